"""English articles of the blind58 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b58en01 (Haaretz)
EN01 = """
After Gaza, Trump points Witkoff at Moscow: 'Let's get Russia done'

U.S. President Donald Trump used his address to the Knesset on Monday, hours after the last living hostages were returned from Gaza, to signal that his next target is the war in Ukraine.
"We have to get Russia done," Trump said, turning to his special envoy Steve Witkoff in the gallery and adding that the envoy and his team would "focus on Russia first" once the Gaza ceasefire was secured.
Later on Monday, Trump flew to Sharm el-Sheikh, where he signed a declaration on the Gaza ceasefire with the leaders of Egypt, Qatar and Turkey in front of some 30 heads of state and government.

On board Air Force One on Sunday, Trump had told reporters that he might warn Russian President Vladimir Putin that Washington could send Tomahawk cruise missiles to Ukraine if the war was not settled.
"Does he want Tomahawks going in his direction? I don't think so," Trump said, adding that he might speak with Putin in the coming days.
Kremlin spokesman Dmitry Peskov said on Monday that the topic of the Tomahawks was "of extreme concern" to Moscow and that their delivery would lead to "a new round of escalation."

Ukrainian President Volodymyr Zelensky, who spoke to Trump twice over the weekend, congratulated him on Monday on the Gaza agreement.
"If a war can be stopped in one region, then surely other wars can be stopped as well, including the Russian war," Zelensky wrote on X.
He is due to meet Trump at the White House on Friday, his fourth visit to Washington this year, and is expected to press for the missiles and for more air defense.

In Sharm el-Sheikh, Turkish President Recep Tayyip Erdogan, whose country hosted three rounds of direct Russian-Ukrainian talks in Istanbul this year, told Trump that Ankara was ready to do for Ukraine what it had done for Gaza, according to the Turkish presidency.
Qatar's emir, Sheikh Tamim bin Hamad Al Thani, who co-mediated the Gaza deal, offered his good offices in a call with Zelensky last month, and Doha has brokered the return of dozens of Ukrainian children from Russia since 2023.

Moscow, for its part, has postponed the first Russian-Arab summit, which had been scheduled for Wednesday, citing the situation in the Middle East.
Israel has trodden carefully on Ukraine since February 2022, weighing its sympathy for Kyiv against its security coordination with Moscow over Syria.
Prime Minister Benjamin Netanyahu, who did not travel to Egypt, last spoke with Putin by phone in early October, according to the Kremlin.
"""


# ---------------------------------------------------------------- b58en02 (Türkiye Today)
EN02 = """
Türkiye, Ukraine sign powership deal for Odesa as Moscow warns of 'consequences'

ANKARA - Türkiye and Ukraine on Monday signed an agreement under which two Turkish floating power plants will be moored off the Odesa region before the end of November to help the country's battered grid through the winter, Foreign Minister Hakan Fidan announced.
The deal was signed in Ankara by Fidan and his Ukrainian counterpart Andrii Sybiha after talks that lasted nearly three hours, and it covers about 470 megawatts of capacity, enough to supply roughly a million households, according to the Energy Ministry.
The ships, operated by an Istanbul-based company, will sail under the Turkish flag with Turkish crews, a point Ankara hopes will shield them from Russian strikes.

"These ships carry electricity, not weapons, and they carry our flag," Fidan told a joint news conference.
He called on Russia and Ukraine to agree on a moratorium on strikes against energy infrastructure for the winter months and said Türkiye was ready to host technical talks on it in Istanbul "at any moment."
Sybiha thanked Ankara for "a lifeline for our people" and said Russia had hit Ukraine's power plants and substations almost every night since the start of October.

Moscow's response came swiftly: Foreign Ministry spokeswoman Maria Zakharova said on Monday evening that any vessel supplying energy to the Ukrainian armed forces could become "a legitimate military target" and warned Ankara of "consequences" for its relations with Russia.
Kremlin spokesman Dmitry Peskov, asked about the deal on Tuesday, was more cautious, saying Moscow valued its "special relationship" with Türkiye and would discuss the matter "through diplomatic channels."

The agreement comes ahead of a visit by President Recep Tayyip Erdogan to the Gulf next week, where he is expected to discuss the war with Saudi Crown Prince Mohammed bin Salman and Qatar's Emir Sheikh Tamim bin Hamad Al Thani.
Erdogan spoke by phone with Russian President Vladimir Putin on Oct. 9 and with Ukrainian President Volodymyr Zelenskyy on Oct. 11, urging both to return to the negotiating table, the Communications Directorate said.
Türkiye hosted three rounds of direct talks between Russian and Ukrainian delegations in Istanbul in 2025.

The European Union welcomed the deal, with foreign policy chief Kaja Kallas saying it showed "what solidarity looks like in practice."
Turkish floating power plants already supply electricity to several countries in Africa and Asia.
"""


# ---------------------------------------------------------------- b58en03 (Doha News)
EN03 = """
Trump leaves Doha with record Boeing deal, says nothing will move on Ukraine until he meets Putin

Doha: US President Donald Trump left Qatar on Thursday for the last leg of his Gulf tour, telling reporters that there would be no breakthrough in the war in Ukraine until he met Russian President Vladimir Putin in person.
"Nothing's going to happen until Putin and I get together," Trump said aboard Air Force One as it flew from Doha to Abu Dhabi.

During his two-day visit, Trump was received by His Highness the Amir Sheikh Tamim bin Hamad Al Thani at the Amiri Diwan on Wednesday, where the two leaders witnessed the signing of agreements including Qatar Airways' order for up to 210 Boeing aircraft, which the White House described as the largest widebody order in the company's history.
According to the Amiri Diwan, the talks also covered regional and international developments, including efforts to end the war in Ukraine, and His Highness the Amir reaffirmed Qatar's readiness to support any path that leads to a just and lasting peace.

Qatar has mediated between Moscow and Kyiv on the return of Ukrainian children since 2023, a channel credited with reuniting dozens of families.
Dr Majed bin Mohammed Al Ansari, the Advisor to the Prime Minister and Official Spokesperson of the Ministry of Foreign Affairs, told the weekly media briefing on Tuesday that Qatar "stands ready to play any role the parties ask of it."

Russian and Ukrainian delegations are expected to hold their first direct talks since 2022 in Istanbul on Friday.
In Ankara, Ukrainian President Volodymyr Zelensky met President Recep Tayyip Erdogan on Thursday and said the Russian delegation, led by presidential aide Vladimir Medinsky, was "decorative."
Zelensky had challenged Putin to come to Istanbul in person after the Russian leader proposed direct talks on Sunday, but the Kremlin announced late Wednesday that Putin would not attend.
US Secretary of State Marco Rubio is expected in Istanbul on Friday, along with special envoys Steve Witkoff and Keith Kellogg, and is due to meet the Ukrainian delegation and Turkish Foreign Minister Hakan Fidan.

Trump had floated the idea of joining the Istanbul talks himself if Putin went, telling reporters in Doha on Wednesday: "I don't know that he's going to show up if I'm not there."
"""


# ---------------------------------------------------------------- b58en04 (Arabian Business)
EN04 = """
Zelensky in Abu Dhabi: Prisoner mediation and trade pact on agenda as US and Russia prepare Riyadh talks

ABU DHABI: Ukrainian President Volodymyr Zelensky held talks with UAE President His Highness Sheikh Mohamed bin Zayed Al Nahyan in Abu Dhabi on Monday, a day before US and Russian officials are due to sit down in Riyadh for their first high-level talks since the start of the war.
The two leaders discussed the exchange of prisoners of war, in which the UAE has played a leading mediating role, as well as economic cooperation and investment, the UAE state news agency WAM reported.
Zelensky, who arrived in the Emirates on Sunday with First Lady Olena Zelenska, thanked the UAE for its "important humanitarian work," writing on X that it had helped bring thousands of Ukrainians home.

According to the UAE's Ministry of Foreign Affairs, the country's mediation has secured the release of more than 3,000 prisoners from both sides in 13 exchanges since December 2022.
The two sides also reviewed negotiations on a Comprehensive Economic Partnership Agreement (CEPA), which officials hope to sign in the first half of this year.
Bilateral non-oil trade reached about $1 billion in 2024, driven by Ukrainian grain, sunflower oil and poultry, Ukraine's embassy in Abu Dhabi said.

Zelensky told reporters that Ukraine had not been invited to the Riyadh meeting and would not recognize any agreements about Ukraine reached without its participation.
"We consider any negotiations about Ukraine without Ukraine to have no results," he said.
He said he would travel to Turkey on Tuesday and to Saudi Arabia on Wednesday, but stressed that his visit to the Kingdom had nothing to do with the US-Russia talks.

US Secretary of State Marco Rubio, national security adviser Mike Waltz and special envoy Steve Witkoff are expected to meet Russian Foreign Minister Sergey Lavrov and Kremlin aide Yuri Ushakov in the Saudi capital on Tuesday.
Kremlin spokesman Dmitry Peskov said the talks would focus on "restoring the whole complex of US-Russian relations" and on preparing a possible meeting between Presidents Vladimir Putin and Donald Trump.
Trump said on Sunday that he could meet Putin "very soon."

The UAE has hosted several rounds of indirect contacts between Moscow and Kyiv in recent years, and Abu Dhabi airport was the venue of the December 2022 exchange between the United States and Russia that freed basketball player Brittney Griner in exchange for arms dealer Viktor Bout.
"""


# ---------------------------------------------------------------- b58en05 (The Jerusalem Post)
EN05 = """
Ukraine's FM Sybiha asks Israel to use its Moscow channel to free civilians

Ukrainian Foreign Minister Andrii Sybiha asked Israel on Wednesday to use its "unique channel" to the Kremlin to help free Ukrainian civilians held in Russia, during the first visit to Israel by a Ukrainian foreign minister since the start of the full-scale invasion.
Sybiha met Foreign Minister Gideon Sa'ar at the Foreign Ministry in Jerusalem for more than two hours and was later received by Prime Minister Benjamin Netanyahu, according to a statement from the Prime Minister's Office.
The two foreign ministers signed a memorandum on cooperation in civil defense and early-warning systems, under which Israeli experts will help train Ukrainian emergency services from next year.

"Israel knows better than anyone what it means when families wait for hostages to come home," Sybiha told reporters after the meeting.
He said Russia was holding thousands of Ukrainian civilians, among them journalists and clergy, and that Kyiv had handed Israeli officials a list of 40 names, including several people with family ties to Israel.
Sa'ar said Israel would "examine every humanitarian request" but stressed that it would not act as a mediator without the consent of both sides.

The visit comes ahead of Rosh Hashanah, when tens of thousands of Hasidic pilgrims from Israel are expected to travel to the grave of Rabbi Nachman in Uman in central Ukraine, despite a travel warning by the Foreign Ministry.
Sybiha said Kyiv would again guarantee the pilgrims' safety and had agreed with Israel on a joint coordination center for the pilgrimage.

Russian Foreign Ministry spokeswoman Maria Zakharova said on Wednesday that any Israeli support for "the Kyiv regime's militarized civil defense" would be seen as an unfriendly step, adding that Moscow expected Israel to "remain balanced."
Netanyahu last spoke with Russian President Vladimir Putin by phone in August, when the two discussed Syria and Iran, according to the Kremlin.

Israel has not joined Western sanctions against Russia and has turned down Ukrainian requests for air-defense systems, while sending humanitarian aid and opening a field hospital in Ukraine in 2022.
Sybiha is scheduled to travel on to Amman on Thursday for talks with Jordanian officials.
"""


# ---------------------------------------------------------------- b58en06 (Turkish Minute)
EN06 = """
Turkey invokes Montreux to restrict warships but Erdoğan rules out break with Moscow

Turkey has begun to apply the provisions of the 1936 Montreux Convention that allow it to restrict the passage of warships through the Bosporus and the Dardanelles, Turkish President Recep Tayyip Erdoğan said on Monday, after days of pressure from Kyiv and Turkey's NATO allies.
"We will use the authority given to our country by the Montreux Convention in a way that will prevent the escalation of the crisis," Erdoğan told reporters after a cabinet meeting in Ankara that lasted nearly four hours.
In the same breath, he made clear that Ankara would not join the sanctions imposed on Russia by the European Union and the United States, saying Turkey "cannot give up" on either Russia or Ukraine.

The move came a day after Foreign Minister Mevlüt Çavuşoğlu described the Russian invasion as a "war" for the first time, a legal step that triggers the convention's provisions for belligerents, and warned all countries, whether on the Black Sea or not, against sending warships through the straits.
Under the treaty, warships of warring states may still return to their home bases in the Black Sea, a loophole that Russian vessels could use.
Ukraine's ambassador in Ankara, Vasyl Bodnar, had formally asked Turkey to close the straits to Russian ships on Thursday, the day Russian troops crossed into Ukraine.

Ukrainian President Volodymyr Zelensky thanked Erdoğan on Saturday in a tweet for "banning the passage of Russian warships" and for Turkey's "significant military and humanitarian support," prompting an awkward correction from Ankara, which said no decision had yet been taken.
The US State Department welcomed Turkey's decision on Monday and said Washington appreciated the support of "our NATO ally."
Moscow's reaction was muted: The Russian Embassy in Ankara said Russia trusted Turkey to apply the convention "in good faith."

Critics say the government's balancing act has more to do with Turkey's dependence on Russian gas, wheat and tourists than with diplomacy.
Erdoğan, who called the invasion unacceptable on Thursday, offered on Monday to host talks between Russia and Ukraine, while Turkish-made Bayraktar TB2 drones have been used by the Ukrainian army against Russian columns.
"You cannot be a mediator while selling drones to one side," said a former Turkish ambassador who asked not to be named, given the pressure on critics of the government.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b58en01_knesset_sharm_get_russia_done_2025_10", "2025-10-14", EN01,
        [
            T("Monday", "DATE", "2025-10-13", 0),
            T("Monday", "DATE", "2025-10-13", 1),
            T("Sunday", "DATE", "2025-10-12"),
            T("the coming days", "DATE", "FUTURE_REF"),
            T("Monday", "DATE", "2025-10-13", 2),
            T("the weekend", "DATE", "2025-W41-WE"),
            T("Monday", "DATE", "2025-10-13", 3),
            T("Friday", "DATE", "2025-10-17"),
            T("this year", "DATE", "2025", 0),
            T("this year", "DATE", "2025", 1),
            T("last month", "DATE", "2025-09"),
            T("2023", "DATE", "2023"),
            T("Wednesday", "DATE", "2025-10-15"),
            T("February 2022", "DATE", "2022-02"),
            T("early October", "DATE", "2025-10", mod="START"),
        ],
        [
            E("Trump signs the Gaza ceasefire declaration with the leaders of Egypt, Qatar and Turkey in Sharm "
              "el-Sheikh", "AGREE", ["Donald Trump", "Qatar", "Turkey"], "2025-10-13", "text", "occurred",
              "Later on Monday"),
            E("Trump says he might warn Putin that Washington could send Tomahawks to Ukraine", "THREATEN",
              ["Donald Trump", "Vladimir Putin"], "2025-10-12", "text", "occurred", "On board Air Force One"),
            E("Trump may speak with Putin in the coming days", "CONSULT", ["Donald Trump", "Vladimir Putin"],
              "FUTURE_REF", "vague", "uncertain", "Does he want Tomahawks"),
            E("Peskov warns that Tomahawk deliveries would mean a new round of escalation", "REQUEST",
              ["Dmitry Peskov", "United States"], "2025-10-13", "text", "occurred", "of extreme concern"),
            E("Zelensky and Trump speak twice by phone", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"],
              "2025-W41-WE", "text", "occurred", "spoke to Trump twice"),
            E("Zelensky congratulates Trump on the Gaza agreement", "SUPPORT", ["Volodymyr Zelensky", "Donald Trump"],
              "2025-10-13", "text", "occurred", "spoke to Trump twice"),
            E("Zelensky to meet Trump at the White House", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"],
              "2025-10-17", "text", "planned", "He is due to meet Trump"),
            E("Zelensky expected to press for Tomahawks and more air defense", "REQUEST",
              ["Volodymyr Zelensky", "United States"], "2025-10-17", "context", "planned",
              "He is due to meet Trump"),
            E("Turkey hosted three rounds of direct Russia–Ukraine talks in Istanbul", "CONSULT",
              ["Russia", "Ukraine", "Turkey"], "2025", "text", "occurred", "whose country hosted three rounds"),
            E("Erdoğan tells Trump that Ankara is ready to do for Ukraine what it did for Gaza", "REQUEST",
              ["Recep Tayyip Erdoğan", "Donald Trump", "Russia", "Ukraine"], "2025-10-13", "context", "occurred",
              "whose country hosted three rounds"),
            E("Qatar's emir offers his good offices in a call with Zelensky", "REQUEST",
              ["Qatar", "Volodymyr Zelensky"], "2025-09", "text", "occurred", "offered his good offices"),
            E("Qatar brokers the return of Ukrainian children from Russia", "CONSULT", ["Qatar", "Russia", "Ukraine"],
              "2023", "text", "occurred", "offered his good offices", date_mod="START"),
            E("Russia postpones the first Russian-Arab summit", "CONSULT", ["Russia"], "2025-10-15", "text",
              "cancelled", "Russian-Arab summit"),
            E("Netanyahu–Putin phone call", "CONSULT", ["Vladimir Putin"], "2025-10", "text", "occurred",
              "last spoke with Putin", date_mod="START"),
        ],
        [
            S("Donald Trump", "His next target is the war in Ukraine", "2025-10-13", "text", "address to the Knesset"),
            S("Donald Trump", "We have to get Russia done; Witkoff's team will focus on Russia first", "2025-10-13",
              "context", "We have to get Russia done"),
            S("Donald Trump", "He might warn Putin that Washington could send Tomahawks if the war is not settled",
              "2025-10-12", "text", "On board Air Force One"),
            S("Donald Trump", "Putin does not want Tomahawks going in his direction; he might speak with Putin",
              "2025-10-12", "context", "Does he want Tomahawks"),
            S("Dmitry Peskov", "The Tomahawk topic is of extreme concern; deliveries would mean a new round of "
              "escalation", "2025-10-13", "text", "of extreme concern"),
            S("Volodymyr Zelensky", "If a war can be stopped in one region, others can be stopped too, including "
              "Russia's war", "2025-10-13", "context", "If a war can be stopped"),
            S("Recep Tayyip Erdoğan", "Ankara is ready to do for Ukraine what it did for Gaza", "2025-10-13",
              "context", "whose country hosted three rounds"),
            S("Russia", "The Russian-Arab summit is postponed because of the situation in the Middle East",
              "2025-10-14", "published", "Russian-Arab summit"),
            S("Kremlin", "Netanyahu and Putin last spoke by phone in early October", "2025-10", "context",
              "last spoke with Putin"),
        ],
        ["Donald Trump", "United States", "Steve Witkoff", "Russia", "Ukraine", "Qatar", "Turkey", "Vladimir Putin",
         "Kremlin", "Dmitry Peskov", "Volodymyr Zelensky", "Recep Tayyip Erdoğan"],
    ),
    doc(
        "b58en02_ankara_powerships_odesa_2026_10", "2026-10-20", EN02,
        [
            T("Monday", "DATE", "2026-10-19"),
            T("the end of November", "DATE", "2026-11", mod="END"),
            T("the winter", "DATE", "2026-WI"),
            T("nearly three hours", "DURATION", "PT3H", mod="APPROX"),
            T("the winter months", "DATE", "2026-WI"),
            T("almost every night", "SET", "P1D", mod="APPROX"),
            T("the start of October", "DATE", "2026-10", mod="START"),
            T("Monday evening", "TIME", "2026-10-19TEV"),
            T("Tuesday", "DATE", "2026-10-20"),
            T("next week", "DATE", "2026-W44"),
            T("Oct. 9", "DATE", "2026-10-09"),
            T("Oct. 11", "DATE", "2026-10-11"),
            T("2025", "DATE", "2025"),
        ],
        [
            E("Türkiye and Ukraine sign an agreement on two Turkish floating power plants for the Odesa region",
              "AGREE", ["Turkey", "Ukraine", "Hakan Fidan", "Andrii Sybiha"], "2026-10-19", "text", "occurred",
              "signed an agreement under which"),
            E("Two Turkish powerships to be moored off Odesa before the end of November", "AID",
              ["Turkey", "Ukraine"], "2026-11", "text", "planned", "signed an agreement under which",
              date_mod="END"),
            E("Fidan and Sybiha hold talks in Ankara", "CONSULT", ["Hakan Fidan", "Andrii Sybiha"], "2026-10-19",
              "context", "occurred", "nearly three hours"),
            E("Fidan calls on Russia and Ukraine to agree a winter moratorium on strikes on energy infrastructure",
              "REQUEST", ["Hakan Fidan", "Russia", "Ukraine"], "2026-10-19", "context", "occurred",
              "He called on Russia and Ukraine"),
            E("Fidan offers to host technical talks in Istanbul", "REQUEST", ["Turkey", "Russia", "Ukraine"],
              "2026-10-19", "context", "occurred", "He called on Russia and Ukraine"),
            E("Sybiha thanks Ankara", "SUPPORT", ["Andrii Sybiha", "Turkey"], "2026-10-19", "context", "occurred",
              "a lifeline for our people"),
            E("Sybiha accuses Russia of hitting power plants and substations almost every night", "ACCUSE",
              ["Andrii Sybiha", "Russia"], "2026-10-19", "context", "occurred", "a lifeline for our people"),
            E("Russian strikes on Ukraine's power plants and substations", "ASSAULT", ["Russia", "Ukraine"], "2026-10",
              "text", "occurred", "a lifeline for our people", date_mod="START"),
            E("Zakharova: the powerships could become legitimate targets; warns Ankara of consequences", "THREATEN",
              ["Maria Zakharova", "Turkey"], "2026-10-19TEV", "text", "occurred", "Monday evening"),
            E("Erdoğan to visit the Gulf for talks with the Saudi Crown Prince and the Emir of Qatar", "CONSULT",
              ["Recep Tayyip Erdoğan", "Saudi Arabia", "Qatar"], "2026-W44", "text", "planned", "to the Gulf"),
            E("Erdoğan–Putin phone call", "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2026-10-09", "text",
              "occurred", "Oct. 9"),
            E("Erdoğan–Zelensky phone call", "CONSULT", ["Recep Tayyip Erdoğan", "Volodymyr Zelensky"], "2026-10-11",
              "text", "occurred", "Oct. 9"),
            E("Erdoğan urges Putin to return to the negotiating table", "REQUEST",
              ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2026-10-09", "context", "occurred", "Oct. 9"),
            E("Erdoğan urges Zelensky to return to the negotiating table", "REQUEST",
              ["Recep Tayyip Erdoğan", "Volodymyr Zelensky"], "2026-10-11", "context", "occurred", "Oct. 9"),
            E("Türkiye hosted three rounds of direct Russia–Ukraine talks in Istanbul", "CONSULT",
              ["Turkey", "Russia", "Ukraine"], "2025", "text", "occurred", "hosted three rounds"),
            E("The EU welcomes the deal", "SUPPORT", ["European Union", "Kaja Kallas", "Turkey", "Ukraine"],
              "2026-10-20", "published", "occurred", "The European Union welcomed"),
        ],
        [
            S("Hakan Fidan", "Announces the powership agreement with Ukraine", "2026-10-19", "context",
              "signed an agreement under which"),
            S("Turkey", "Energy Ministry: the deal covers about 470 megawatts", "2026-10-20", "published",
              "nearly three hours"),
            S("Hakan Fidan", "The ships carry electricity, not weapons, and the Turkish flag", "2026-10-19", "context",
              "These ships carry electricity"),
            S("Hakan Fidan", "Russia and Ukraine should agree a winter moratorium on energy strikes; Türkiye ready to "
              "host technical talks", "2026-10-19", "context", "He called on Russia and Ukraine"),
            S("Andrii Sybiha", "Thanks Ankara for a lifeline; Russia hits power plants almost every night",
              "2026-10-19", "context", "a lifeline for our people"),
            S("Maria Zakharova", "Vessels supplying energy to the Ukrainian armed forces could become legitimate "
              "targets; warns Ankara of consequences", "2026-10-19TEV", "text", "Monday evening"),
            S("Dmitry Peskov", "Moscow values its special relationship with Türkiye and will discuss the matter "
              "through diplomatic channels", "2026-10-20", "text", "Peskov, asked about the deal"),
            S("Turkey", "Communications Directorate: Erdoğan urged Putin and Zelenskyy to return to the negotiating "
              "table", "2026-10-20", "published", "Oct. 9"),
            S("Kaja Kallas", "The deal shows what solidarity looks like in practice", "2026-10-20", "published",
              "The European Union welcomed"),
        ],
        ["Turkey", "Ukraine", "Hakan Fidan", "Andrii Sybiha", "Russia", "Maria Zakharova", "Kremlin", "Dmitry Peskov",
         "Recep Tayyip Erdoğan", "Saudi Arabia", "Qatar", "Vladimir Putin", "Volodymyr Zelensky", "European Union",
         "Kaja Kallas"],
    ),
    doc(
        "b58en03_trump_doha_istanbul_ahead_2025_05", "2025-05-15", EN03,
        [
            T("Thursday", "DATE", "2025-05-15", 0),
            T("two-day", "DURATION", "P2D"),
            T("Wednesday", "DATE", "2025-05-14", 0),
            T("2023", "DATE", "2023"),
            T("weekly", "SET", "P1W"),
            T("Tuesday", "DATE", "2025-05-13"),
            T("2022", "DATE", "2022"),
            T("Friday", "DATE", "2025-05-16", 0),
            T("Thursday", "DATE", "2025-05-15", 1),
            T("Sunday", "DATE", "2025-05-11"),
            T("late Wednesday", "TIME", "2025-05-14TNI"),
            T("Friday", "DATE", "2025-05-16", 1),
            T("Wednesday", "DATE", "2025-05-14", 2),
        ],
        [
            E("The Amir of Qatar receives Trump at the Amiri Diwan", "CONSULT", ["Qatar", "Donald Trump"],
              "2025-05-14", "text", "occurred", "Amiri Diwan on Wednesday"),
            E("Signing of agreements including Qatar Airways' order for up to 210 Boeing aircraft", "AGREE",
              ["Qatar", "United States"], "2025-05-14", "text", "occurred", "Amiri Diwan on Wednesday"),
            E("The Amir reaffirms Qatar's readiness to support a path to a just and lasting peace", "REQUEST",
              ["Qatar", "Russia", "Ukraine"], "2025-05-14", "context", "occurred", "According to the Amiri Diwan"),
            E("Qatar mediates between Moscow and Kyiv on the return of Ukrainian children", "CONSULT",
              ["Qatar", "Russia", "Ukraine"], "2023", "text", "occurred", "Qatar has mediated", date_mod="START"),
            E("Qatar's foreign ministry spokesman: Qatar ready to play any role the parties ask of it", "REQUEST",
              ["Qatar", "Russia", "Ukraine"], "2025-05-13", "text", "occurred", "stands ready to play any role"),
            E("First direct Russia–Ukraine talks since 2022 in Istanbul", "CONSULT", ["Russia", "Ukraine"],
              "2025-05-16", "text", "planned", "first direct talks since 2022"),
            E("Zelensky meets Erdoğan in Ankara", "CONSULT", ["Volodymyr Zelensky", "Recep Tayyip Erdoğan"],
              "2025-05-15", "text", "occurred", "In Ankara, Ukrainian President"),
            E("Zelensky calls the Russian delegation 'decorative'", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2025-05-15", "text", "occurred", "In Ankara, Ukrainian President"),
            E("Putin proposes direct talks with Ukraine", "REQUEST", ["Vladimir Putin", "Ukraine"], "2025-05-11",
              "text", "occurred", "Zelensky had challenged Putin"),
            E("Zelensky challenges Putin to come to Istanbul in person", "REQUEST",
              ["Volodymyr Zelensky", "Vladimir Putin"], "2025-05-11", "context", "occurred",
              "Zelensky had challenged Putin", note="after Putin's proposal of Sunday 11 May"),
            E("Putin will not attend the Istanbul talks", "CONSULT", ["Vladimir Putin", "Volodymyr Zelensky"],
              "2025-05-16", "context", "cancelled", "Zelensky had challenged Putin",
              note="dated by the day of the Istanbul talks"),
            E("Rubio, Witkoff and Kellogg to meet the Ukrainian delegation and Fidan in Istanbul", "CONSULT",
              ["Marco Rubio", "Steve Witkoff", "Keith Kellogg", "Ukraine", "Hakan Fidan"], "2025-05-16", "text",
              "planned", "Rubio is expected in Istanbul"),
            E("Trump floats joining the Istanbul talks if Putin goes", "AGREE", ["Donald Trump", "Vladimir Putin"],
              "2025-05-14", "text", "occurred", "Trump had floated the idea"),
        ],
        [
            S("Donald Trump", "No breakthrough on Ukraine until he meets Putin in person", "2025-05-15", "text",
              "telling reporters that there would be no breakthrough"),
            S("Donald Trump", "Nothing's going to happen until Putin and I get together", "2025-05-15", "context",
              "Nothing's going to happen"),
            S("White House", "The Qatar Airways order is the largest widebody order in Boeing's history",
              "2025-05-15", "published", "Amiri Diwan on Wednesday"),
            S("Qatar", "Amiri Diwan: the talks covered efforts to end the war; the Amir reaffirmed Qatar's readiness "
              "to support a just and lasting peace", "2025-05-14", "context", "According to the Amiri Diwan"),
            S("Qatar", "Qatar stands ready to play any role the parties ask of it", "2025-05-13", "text",
              "stands ready to play any role"),
            S("Volodymyr Zelensky", "The Russian delegation led by Medinsky is decorative", "2025-05-15", "text",
              "In Ankara, Ukrainian President"),
            S("Kremlin", "Putin will not attend the Istanbul talks", "2025-05-14TNI", "text",
              "Zelensky had challenged Putin"),
            S("Donald Trump", "I don't know that he's going to show up if I'm not there", "2025-05-14", "text",
              "Trump had floated the idea"),
        ],
        ["Donald Trump", "United States", "Vladimir Putin", "Russia", "Ukraine", "Qatar", "White House",
         "Volodymyr Zelensky", "Recep Tayyip Erdoğan", "Vladimir Medinsky", "Kremlin", "Marco Rubio", "Steve Witkoff",
         "Keith Kellogg", "Turkey", "Hakan Fidan"],
    ),
    doc(
        "b58en04_zelensky_abu_dhabi_riyadh_ahead_2025_02", "2025-02-17", EN04,
        [
            T("Monday", "DATE", "2025-02-17"),
            T("Sunday", "DATE", "2025-02-16", 0),
            T("December 2022", "DATE", "2022-12", 0),
            T("the first half of this year", "DATE", "2025-H1"),
            T("2024", "DATE", "2024"),
            T("Tuesday", "DATE", "2025-02-18", 0),
            T("Wednesday", "DATE", "2025-02-19"),
            T("Tuesday", "DATE", "2025-02-18", 1),
            T("Sunday", "DATE", "2025-02-16", 1),
            T("very soon", "DATE", "FUTURE_REF"),
            T("recent years", "DATE", "PAST_REF"),
            T("December 2022", "DATE", "2022-12", 1),
        ],
        [
            E("Zelensky holds talks with UAE President Mohamed bin Zayed in Abu Dhabi", "CONSULT",
              ["Volodymyr Zelensky"], "2025-02-17", "text", "occurred", "held talks with UAE President"),
            E("Zelensky thanks the UAE for its humanitarian work", "SUPPORT", ["Volodymyr Zelensky"], "2025-02-17",
              "published", "occurred", "important humanitarian work"),
            E("UAE-mediated exchanges free more than 3,000 prisoners from both sides", "CONCEDE",
              ["Russia", "Ukraine"], "2022-12", "text", "occurred", "13 exchanges", date_mod="START"),
            E("Ukraine and the UAE hope to sign a CEPA", "AGREE", ["Ukraine"], "2025-H1", "text", "planned",
              "Comprehensive Economic Partnership Agreement"),
            E("Zelensky: Ukraine will not recognise agreements about it reached without it", "REJECT",
              ["Volodymyr Zelensky", "United States", "Russia"], "2025-02-17", "context", "occurred",
              "had not been invited"),
            E("Zelensky to travel to Turkey", "CONSULT", ["Volodymyr Zelensky", "Turkey"], "2025-02-18", "text",
              "planned", "travel to Turkey"),
            E("Zelensky to travel to Saudi Arabia", "CONSULT", ["Volodymyr Zelensky", "Saudi Arabia"], "2025-02-19",
              "text", "planned", "travel to Turkey"),
            E("Rubio, Waltz and Witkoff to meet Lavrov and Ushakov in Riyadh", "CONSULT",
              ["Marco Rubio", "Steve Witkoff", "Sergey Lavrov", "Yuri Ushakov", "United States", "Russia"],
              "2025-02-18", "text", "planned", "in the Saudi capital on Tuesday"),
            E("Trump could meet Putin very soon", "CONSULT", ["Donald Trump", "Vladimir Putin"], "FUTURE_REF", "vague",
              "uncertain", "very soon"),
            E("The UAE hosts indirect contacts between Moscow and Kyiv", "CONSULT", ["Russia", "Ukraine"],
              "PAST_REF", "vague", "occurred", "indirect contacts"),
            E("Griner–Bout exchange at Abu Dhabi airport", "CONCEDE", ["United States", "Russia"], "2022-12", "text",
              "occurred", "indirect contacts"),
        ],
        [
            S("Volodymyr Zelensky", "Thanks the UAE for its humanitarian work that helped bring thousands of "
              "Ukrainians home", "2025-02-17", "published", "important humanitarian work"),
            S("Ukraine", "Embassy: bilateral non-oil trade reached about $1 billion in 2024", "2025-02-17",
              "published", "non-oil trade"),
            S("Volodymyr Zelensky", "Ukraine was not invited to Riyadh and will not recognise agreements reached "
              "without it", "2025-02-17", "context", "had not been invited"),
            S("Volodymyr Zelensky", "Negotiations about Ukraine without Ukraine have no results", "2025-02-17",
              "context", "We consider any negotiations"),
            S("Volodymyr Zelensky", "Will travel to Turkey and Saudi Arabia; the Riyadh visit is unrelated to the "
              "US-Russia talks", "2025-02-17", "context", "travel to Turkey"),
            S("Dmitry Peskov", "The talks will focus on restoring US-Russian relations and preparing a Putin–Trump "
              "meeting", "2025-02-17", "published", "restoring the whole complex"),
            S("Donald Trump", "He could meet Putin very soon", "2025-02-16", "text", "very soon"),
        ],
        ["Volodymyr Zelensky", "Ukraine", "United States", "Russia", "Turkey", "Saudi Arabia", "Marco Rubio",
         "Steve Witkoff", "Sergey Lavrov", "Yuri Ushakov", "Kremlin", "Dmitry Peskov", "Vladimir Putin",
         "Donald Trump"],
    ),
    doc(
        "b58en05_sybiha_jerusalem_civilians_2026_09", "2026-09-10", EN05,
        [
            T("Wednesday", "DATE", "2026-09-09", 0),
            T("more than two hours", "DURATION", "PT2H", mod="MORE_THAN"),
            T("next year", "DATE", "2027"),
            T("Rosh Hashanah", "DATE", "2026-09-12", note="the holiday begins on the evening of 11 September 2026"),
            T("Wednesday", "DATE", "2026-09-09", 1),
            T("August", "DATE", "2026-08"),
            T("2022", "DATE", "2022"),
            T("Thursday", "DATE", "2026-09-10"),
        ],
        [
            E("Sybiha asks Israel to use its channel to the Kremlin to help free Ukrainian civilians", "REQUEST",
              ["Andrii Sybiha", "Kremlin"], "2026-09-09", "text", "occurred", "unique channel"),
            E("Sybiha meets Israeli Foreign Minister Sa'ar in Jerusalem", "CONSULT", ["Andrii Sybiha"], "2026-09-09",
              "context", "occurred", "Sybiha met Foreign Minister Gideon Sa'ar"),
            E("Netanyahu receives Sybiha", "CONSULT", ["Andrii Sybiha"], "2026-09-09", "context", "occurred",
              "Sybiha met Foreign Minister Gideon Sa'ar"),
            E("Memorandum on civil defense and early-warning cooperation signed", "AGREE", ["Andrii Sybiha"],
              "2026-09-09", "context", "occurred", "signed a memorandum"),
            E("Israeli experts to help train Ukrainian emergency services", "COOPERATE", ["Ukraine"], "2027", "text",
              "planned", "signed a memorandum"),
            E("Sybiha accuses Russia of holding thousands of Ukrainian civilians", "ACCUSE", ["Andrii Sybiha", "Russia"],
              "2026-09-09", "context", "occurred", "list of 40 names"),
            E("Kyiv hands Israel a list of 40 names", "REQUEST", ["Ukraine"], "2026-09-09", "context", "occurred",
              "list of 40 names"),
            E("Israel promises to examine every humanitarian request", "AGREE", ["Ukraine"], "2026-09-09", "context",
              "occurred", "examine every humanitarian request"),
            E("Sybiha promises the pilgrims' safety", "AGREE", ["Andrii Sybiha"], "2026-09-09", "context", "occurred",
              "pilgrims' safety"),
            E("Ukraine and Israel agree a joint coordination center for the pilgrimage", "AGREE", ["Ukraine"],
              "2026-09-09", "context", "occurred", "pilgrims' safety"),
            E("Zakharova warns Israel against supporting Kyiv's civil defense", "REQUEST", ["Maria Zakharova"],
              "2026-09-09", "text", "occurred", "unfriendly step"),
            E("Netanyahu–Putin phone call", "CONSULT", ["Vladimir Putin"], "2026-08", "text", "occurred",
              "Netanyahu last spoke"),
            E("Israel sends humanitarian aid and opens a field hospital in Ukraine", "AID", ["Ukraine"], "2022", "text",
              "occurred", "field hospital"),
            E("Sybiha to travel on to Amman", "CONSULT", ["Andrii Sybiha"], "2026-09-10", "text", "planned",
              "Amman"),
        ],
        [
            S("Andrii Sybiha", "Asks Israel to use its channel to the Kremlin to help free Ukrainian civilians",
              "2026-09-09", "text", "unique channel"),
            S("Andrii Sybiha", "Israel knows what it means when families wait for hostages to come home",
              "2026-09-09", "context", "Israel knows better than anyone"),
            S("Andrii Sybiha", "Russia holds thousands of Ukrainian civilians; Kyiv handed Israel a list of 40 names",
              "2026-09-09", "context", "list of 40 names"),
            S("Andrii Sybiha", "Kyiv will guarantee the pilgrims' safety and agreed a joint coordination center with "
              "Israel", "2026-09-09", "context", "pilgrims' safety"),
            S("Maria Zakharova", "Israeli support for Kyiv's civil defense would be an unfriendly step; Israel should "
              "remain balanced", "2026-09-09", "text", "unfriendly step"),
            S("Kremlin", "Netanyahu and Putin discussed Syria and Iran", "2026-08", "context",
              "Netanyahu last spoke"),
        ],
        ["Andrii Sybiha", "Ukraine", "Kremlin", "Russia", "Maria Zakharova", "Vladimir Putin"],
    ),
    doc(
        "b58en06_montreux_straits_warships_2022_03", "2022-03-01", EN06,
        [
            T("1936", "DATE", "1936"),
            T("Monday", "DATE", "2022-02-28", 0),
            T("days", "DURATION", "PXD"),
            T("nearly four hours", "DURATION", "PT4H", mod="APPROX"),
            T("Thursday", "DATE", "2022-02-24", 0),
            T("Saturday", "DATE", "2022-02-26"),
            T("Monday", "DATE", "2022-02-28", 1),
            T("Thursday", "DATE", "2022-02-24", 1),
            T("Monday", "DATE", "2022-02-28", 2),
        ],
        [
            E("Turkey applies the Montreux Convention to restrict the passage of warships through the straits",
              "SANCTION", ["Turkey", "Russia"], "2022-02-28", "text", "occurred", "has begun to apply"),
            E("Erdoğan: Turkey will not join the EU and US sanctions on Russia", "REJECT",
              ["Recep Tayyip Erdoğan", "European Union", "United States", "Russia"], "2022-02-28", "context",
              "occurred", "would not join the sanctions"),
            E("Turkey warns all countries against sending warships through the straits", "REQUEST", ["Turkey"],
              "2022-02-27", "context", "occurred", "described the Russian invasion", note="a day before 28 February"),
            E("Ukraine's ambassador asks Turkey to close the straits to Russian ships", "REQUEST",
              ["Ukraine", "Turkey", "Russia"], "2022-02-24", "text", "occurred", "Vasyl Bodnar"),
            E("Russian troops invade Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24", "context", "occurred",
              "Vasyl Bodnar"),
            E("Zelensky thanks Erdoğan for banning Russian warships and for Turkey's support", "SUPPORT",
              ["Volodymyr Zelensky", "Recep Tayyip Erdoğan"], "2022-02-26", "text", "occurred", "thanked Erdoğan"),
            E("The US State Department welcomes Turkey's decision", "SUPPORT", ["United States", "Turkey"],
              "2022-02-28", "text", "occurred", "State Department welcomed"),
            E("Erdoğan calls the invasion unacceptable", "ACCUSE", ["Recep Tayyip Erdoğan", "Russia"], "2022-02-24",
              "text", "occurred", "called the invasion unacceptable"),
            E("Erdoğan offers to host talks between Russia and Ukraine", "REQUEST",
              ["Recep Tayyip Erdoğan", "Russia", "Ukraine"], "2022-02-28", "text", "occurred",
              "called the invasion unacceptable"),
        ],
        [
            S("Recep Tayyip Erdoğan", "Turkey applies the Montreux provisions on warships", "2022-02-28", "text",
              "has begun to apply"),
            S("Recep Tayyip Erdoğan", "Turkey will use its Montreux authority to prevent escalation", "2022-02-28",
              "context", "We will use the authority"),
            S("Recep Tayyip Erdoğan", "Turkey will not join the sanctions and cannot give up on Russia or Ukraine",
              "2022-02-28", "context", "would not join the sanctions"),
            S("Turkey", "Çavuşoğlu: the invasion is a war; all countries warned against sending warships through "
              "the straits", "2022-02-27", "context", "described the Russian invasion"),
            S("Ukraine", "Ambassador Bodnar asks Turkey to close the straits to Russian ships", "2022-02-24", "text",
              "Vasyl Bodnar"),
            S("Volodymyr Zelensky", "Thanks Erdoğan for banning Russian warships and for Turkey's support",
              "2022-02-26", "text", "thanked Erdoğan"),
            S("Turkey", "No decision on the straits had yet been taken", "2022-02-26", "context", "thanked Erdoğan"),
            S("United States", "Welcomes Turkey's decision and appreciates the support of a NATO ally", "2022-02-28",
              "text", "State Department welcomed"),
            S("Russia", "Embassy: Russia trusts Turkey to apply the convention in good faith", "2022-03-01",
              "published", "Moscow's reaction was muted"),
            S("Recep Tayyip Erdoğan", "The invasion is unacceptable", "2022-02-24", "text",
              "called the invasion unacceptable"),
        ],
        ["Turkey", "Recep Tayyip Erdoğan", "Ukraine", "NATO", "Russia", "European Union", "United States",
         "Volodymyr Zelensky"],
    ),
]
