"""English articles of the blind29 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

DOCS = []

# ---------------------------------------------------------------- b29en01 (Press Trust of India)
DOCS.append(dict(
    id="b29en01_jaishankar_lavrov_moscow_2022_11",
    lang="en",
    published="2022-11-08",
    published_basis="PTI wire copy datelined Moscow, Tuesday 8 November 2022, the day of the talks.",
    body="""
India strongly advocates return to dialogue, Jaishankar tells Lavrov in Moscow

Moscow, Nov 8 (PTI) External Affairs Minister S Jaishankar on Tuesday held wide-ranging talks with his Russian counterpart Sergey Lavrov here, telling him that India strongly advocates a return to dialogue and diplomacy to end the conflict in Ukraine.
The talks, the first between the two ministers since the Shanghai Cooperation Organisation summit in Samarkand in September, lasted nearly three hours, officials said.

"The global economy is simply too interdependent for a significant conflict anywhere not to have major consequences elsewhere," Jaishankar said in his opening remarks.
He said the impact on food, fuel and fertiliser supplies was being felt most acutely in the Global South.
Recalling Prime Minister Narendra Modi's remark to President Vladimir Putin in Samarkand that "this is not an era of war", he said India was on the side of peace and would support all efforts to end the fighting.

Lavrov, for his part, said Moscow was not opposed to negotiations but that Kyiv and its Western backers had to accept "the realities on the ground".
He accused Washington of preventing Ukraine from engaging in talks and said President Volodymyr Zelensky's decree of last month ruling out negotiations with Putin showed that Kyiv was not interested in peace.
The Russian foreign minister also reiterated Moscow's support for India's bid for a permanent seat on the UN Security Council.

The two sides reviewed bilateral trade, which has surged since April largely on account of India's purchases of discounted Russian crude oil.
Jaishankar defended the purchases, saying it was in India's interest to continue an arrangement that worked to its advantage when energy markets were under stress.
They also discussed the Black Sea grain deal, which Russia rejoined last week after suspending its participation on October 29 over an attack on its fleet in Sevastopol.

On Monday, Jaishankar held talks with Deputy Prime Minister and Trade Minister Denis Manturov on trade, fertilisers and connectivity projects, including the International North-South Transport Corridor.

The visit comes a week ahead of the G20 summit in Bali, where India will take over the presidency of the grouping from Indonesia.
Kremlin spokesman Dmitry Peskov said on Tuesday that no decision had yet been taken on whether Putin would travel to Bali next week.
India has so far abstained from UN resolutions condemning Russia's actions in Ukraine and has not joined Western sanctions, while calling for respect for the territorial integrity of all states.
""",
    timexes=[
        T("Nov 8", "DATE", "2022-11-08"),
        T("Tuesday", "DATE", "2022-11-08"),
        T("September", "DATE", "2022-09"),
        T("nearly three hours", "DURATION", "PT3H", mod="APPROX"),
        T("last month", "DATE", "2022-10"),
        T("April", "DATE", "2022-04"),
        T("last week", "DATE", "2022-W44"),
        T("October 29", "DATE", "2022-10-29"),
        T("Monday", "DATE", "2022-11-07"),
        T("Tuesday", "DATE", "2022-11-08", n=1),
        T("next week", "DATE", "2022-W46"),
    ],
    events=[
        E("Jaishankar holds talks with Lavrov in Moscow", "CONSULT", ["Sergey Lavrov", "Russia"], "2022-11-08", "text",
          "occurred", "External Affairs Minister S Jaishankar on Tuesday"),
        E("India urges a return to dialogue and diplomacy to end the conflict", "REQUEST", ["Sergey Lavrov", "Russia"],
          "2022-11-08", "text", "occurred", "External Affairs Minister S Jaishankar on Tuesday"),
        E("Modi met Putin in Samarkand", "CONSULT", ["Vladimir Putin"], "2022-09", "context", "occurred",
          "Recalling Prime Minister Narendra Modi's remark"),
        E("Modi told Putin that this is not an era of war", "REQUEST", ["Vladimir Putin"], "2022-09", "context",
          "occurred", "Recalling Prime Minister Narendra Modi's remark"),
        E("Lavrov: Moscow not opposed to negotiations", "AGREE", ["Sergey Lavrov", "Ukraine"], "2022-11-08",
          "context", "occurred", "Lavrov, for his part"),
        E("Lavrov: Kyiv and the West must accept the realities on the ground", "REQUEST", ["Sergey Lavrov", "Ukraine"],
          "2022-11-08", "context", "occurred", "Lavrov, for his part"),
        E("Lavrov accuses Washington of preventing Ukraine from talking", "ACCUSE", ["Sergey Lavrov", "United States"],
          "2022-11-08", "context", "occurred", "He accused Washington"),
        E("Lavrov: Zelensky's decree shows Kyiv is not interested in peace", "ACCUSE",
          ["Sergey Lavrov", "Volodymyr Zelensky", "Ukraine"], "2022-11-08", "context", "occurred",
          "He accused Washington"),
        E("Zelensky's decree rules out negotiations with Putin", "REJECT", ["Volodymyr Zelensky", "Vladimir Putin"],
          "2022-10", "text", "occurred", "He accused Washington"),
        E("Lavrov reiterates support for India's bid for a permanent Security Council seat", "SUPPORT",
          ["Sergey Lavrov"], "2022-11-08", "context", "occurred", "The Russian foreign minister also reiterated"),
        E("Russia rejoined the Black Sea grain deal", "AGREE", ["Russia", "Ukraine"], "2022-W44", "text", "occurred",
          "They also discussed the Black Sea grain deal", note="2 November 2022"),
        E("Russia suspended its participation in the grain deal", "SANCTION", ["Russia", "Ukraine"], "2022-10-29",
          "text", "occurred", "They also discussed the Black Sea grain deal"),
        E("Jaishankar holds talks with Deputy Prime Minister Manturov", "CONSULT", ["Russia"], "2022-11-07", "text",
          "occurred", "On Monday, Jaishankar held talks"),
        E("Putin's attendance at the G20 summit in Bali undecided", "CONSULT", ["Vladimir Putin"], "2022-W46", "text",
          "uncertain", "Kremlin spokesman Dmitry Peskov said on Tuesday"),
    ],
    statements=[
        S("Sergey Lavrov", "Moscow is not opposed to negotiations, but Kyiv and the West must accept the realities on the ground",
          "2022-11-08", "context", "Lavrov, for his part"),
        S("Sergey Lavrov", "Washington prevents Ukraine from talks; Zelensky's decree shows Kyiv does not want peace",
          "2022-11-08", "context", "He accused Washington"),
        S("Sergey Lavrov", "Moscow supports India's bid for a permanent Security Council seat", "2022-11-08",
          "context", "The Russian foreign minister also reiterated"),
        S("Dmitry Peskov", "No decision yet on whether Putin travels to Bali", "2022-11-08", "text",
          "Kremlin spokesman Dmitry Peskov said on Tuesday"),
    ],
    actors=["Sergey Lavrov", "Russia", "Ukraine", "Vladimir Putin", "United States", "Volodymyr Zelensky",
            "United Nations", "Dmitry Peskov", "Kremlin"],
))

# ---------------------------------------------------------------- b29en02 (The Astana Times)
DOCS.append(dict(
    id="b29en02_sco_summit_astana_2024_07",
    lang="en",
    published="2024-07-04",
    published_basis="The Astana Times online report of Thursday 4 July 2024, the second day of the summit.",
    body="""
SCO summit in Astana admits Belarus as leaders discuss Ukraine on sidelines

ASTANA – Leaders of the Shanghai Cooperation Organisation (SCO) member states met in the Kazakh capital on Wednesday and Thursday for the organisation's annual summit, chaired by President Kassym-Jomart Tokayev.
On Thursday, the heads of state signed the decision admitting Belarus as the SCO's tenth full member, and Belarusian President Alexander Lukashenko thanked the partners for their "trust and support".
The leaders also adopted the Astana Declaration, which does not mention the war in Ukraine directly but calls for the settlement of disputes "through dialogue and consultation".

On the sidelines of the summit, Russian President Vladimir Putin and Chinese President Xi Jinping held talks on Wednesday, their second meeting in less than two months after Putin's state visit to China in May.
Xi said China and Russia should "stay true to their original aspiration" of lasting friendship, while Putin described bilateral relations as being at their best in history.
According to the Chinese readout, Xi told Putin that China supports the convening of an international peace conference that is recognised by both Russia and Ukraine.

Turkish President Recep Tayyip Erdogan, who attended as the leader of a dialogue partner, met Putin on Wednesday and offered Türkiye's help in reaching a "just peace" through negotiations.
Kremlin spokesman Dmitry Peskov told reporters later that day that a mediating role for Türkiye in settling the conflict was "not possible".

Speaking to journalists at the end of the summit on Thursday, Putin said Russia would not agree to a ceasefire that allowed Ukraine to regroup and rearm.
He repeated his June demand that Kyiv withdraw its troops from the four Ukrainian regions that Moscow claims as its own.
Putin also said he took seriously former U.S. President Donald Trump's pledge to end the war quickly if he returns to the White House, calling it sincere.

UN Secretary-General Antonio Guterres, addressing the "SCO Plus" session on Thursday, called for a just peace in Ukraine in line with the UN Charter and international law.
Ukraine's Foreign Ministry said on Thursday that Putin's remarks in Astana showed Moscow had no interest in peace and only sought Ukraine's capitulation.

In his address, Tokayev said the SCO was "not directed against third countries" and called for "a unity of nations for a just peace and harmony".
Kazakhstan handed over the rotating chairmanship to China, which will host the next summit in 2025.
India was represented by External Affairs Minister Subrahmanyam Jaishankar, as Prime Minister Narendra Modi skipped the gathering.
""",
    timexes=[
        T("Wednesday", "DATE", "2024-07-03"),
        T("Thursday", "DATE", "2024-07-04"),
        T("Thursday", "DATE", "2024-07-04", n=1),
        T("Wednesday", "DATE", "2024-07-03", n=1),
        T("less than two months", "DURATION", "P2M", mod="LESS_THAN"),
        T("May", "DATE", "2024-05"),
        T("Wednesday", "DATE", "2024-07-03", n=2),
        T("that day", "DATE", "2024-07-03"),
        T("Thursday", "DATE", "2024-07-04", n=2),
        T("June", "DATE", "2024-06"),
        T("Thursday", "DATE", "2024-07-04", n=3),
        T("Thursday", "DATE", "2024-07-04", n=4),
        T("2025", "DATE", "2025"),
    ],
    events=[
        E("SCO summit in Astana", "CONSULT",
          ["Vladimir Putin", "Xi Jinping", "Alexander Lukashenko", "Recep Tayyip Erdoğan", "António Guterres",
           "Russia", "China", "Belarus"], "2024-07-03", "text", "occurred", "Leaders of the Shanghai Cooperation",
          note="3–4 July 2024"),
        E("Belarus admitted as the SCO's tenth full member", "AGREE",
          ["Belarus", "Alexander Lukashenko", "Russia", "China"], "2024-07-04", "text", "occurred",
          "the heads of state signed the decision admitting Belarus"),
        E("SCO leaders adopt the Astana Declaration", "AGREE", ["Russia", "China", "Belarus"], "2024-07-04",
          "context", "occurred", "The leaders also adopted the Astana Declaration"),
        E("Putin and Xi hold talks on the sidelines", "CONSULT", ["Vladimir Putin", "Xi Jinping"], "2024-07-03",
          "text", "occurred", "On the sidelines of the summit"),
        E("Putin's state visit to China", "CONSULT", ["Vladimir Putin", "China"], "2024-05", "text", "occurred",
          "On the sidelines of the summit"),
        E("Xi backs an international peace conference recognised by Russia and Ukraine", "REQUEST",
          ["Xi Jinping", "Russia", "Ukraine"], "2024-07-03", "context", "occurred",
          "According to the Chinese readout"),
        E("Erdoğan meets Putin", "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2024-07-03", "text",
          "occurred", "Turkish President Recep Tayyip Erdogan"),
        E("Erdoğan offers Türkiye's help towards a just peace through negotiations", "REQUEST",
          ["Recep Tayyip Erdoğan", "Russia", "Ukraine"], "2024-07-03", "text", "occurred",
          "Turkish President Recep Tayyip Erdogan"),
        E("Peskov rules out a Turkish mediating role", "REJECT", ["Dmitry Peskov", "Turkey"], "2024-07-03", "text",
          "occurred", "Kremlin spokesman Dmitry Peskov told reporters"),
        E("Putin rejects a ceasefire that would let Ukraine regroup", "REJECT", ["Vladimir Putin", "Ukraine"],
          "2024-07-04", "text", "occurred", "Speaking to journalists at the end of the summit"),
        E("Putin repeats his demand that Kyiv withdraw from four regions", "REQUEST", ["Vladimir Putin", "Ukraine"],
          "2024-07-04", "context", "occurred", "He repeated his June demand"),
        E("Guterres calls for a just peace in Ukraine in line with the UN Charter", "REQUEST",
          ["António Guterres", "Russia", "Ukraine"], "2024-07-04", "text", "occurred",
          "UN Secretary-General Antonio Guterres"),
        E("Ukraine's Foreign Ministry: Putin's remarks show Moscow wants capitulation, not peace", "ACCUSE",
          ["Ukraine", "Vladimir Putin"], "2024-07-04", "text", "occurred", "Ukraine's Foreign Ministry said"),
        E("China to host the next SCO summit", "CONSULT", ["China"], "2025", "text", "planned",
          "Kazakhstan handed over the rotating chairmanship"),
    ],
    statements=[
        S("Alexander Lukashenko", "Thanks the partners for their trust and support", "2024-07-04", "text",
          "the heads of state signed the decision admitting Belarus"),
        S("Joint statement: Russia, China, Belarus", "Astana Declaration: disputes to be settled through dialogue and consultation",
          "2024-07-04", "context", "The leaders also adopted the Astana Declaration"),
        S("Xi Jinping", "China and Russia should stay true to their original aspiration", "2024-07-03", "context",
          "Xi said China and Russia should"),
        S("Vladimir Putin", "Bilateral relations are at their best in history", "2024-07-03", "context",
          "Xi said China and Russia should"),
        S("Xi Jinping, via China", "China supports a peace conference recognised by Russia and Ukraine", "2024-07-03",
          "context", "According to the Chinese readout"),
        S("Recep Tayyip Erdoğan", "Offers help towards a just peace through negotiations", "2024-07-03", "text",
          "Turkish President Recep Tayyip Erdogan"),
        S("Dmitry Peskov", "A Turkish mediating role is not possible", "2024-07-03", "text",
          "Kremlin spokesman Dmitry Peskov told reporters"),
        S("Vladimir Putin", "No ceasefire that lets Ukraine regroup and rearm", "2024-07-04", "text",
          "Speaking to journalists at the end of the summit"),
        S("Vladimir Putin", "Kyiv must withdraw from the four regions Moscow claims", "2024-07-04", "context",
          "He repeated his June demand"),
        S("Vladimir Putin", "Takes Trump's pledge to end the war quickly seriously; calls it sincere", "2024-07-04",
          "context", "Putin also said he took seriously"),
        S("António Guterres", "Calls for a just peace in Ukraine in line with the UN Charter", "2024-07-04", "text",
          "UN Secretary-General Antonio Guterres"),
        S("Ukraine", "Putin's remarks show Moscow wants Ukraine's capitulation, not peace", "2024-07-04", "text",
          "Ukraine's Foreign Ministry said"),
    ],
    actors=["Vladimir Putin", "Xi Jinping", "Alexander Lukashenko", "Recep Tayyip Erdoğan", "António Guterres",
            "Russia", "China", "Belarus", "Ukraine", "Turkey", "Dmitry Peskov", "Kremlin", "Donald Trump",
            "United States", "United Nations"],
))

# ---------------------------------------------------------------- b29en03 (Xinhua)
DOCS.append(dict(
    id="b29en03_xi_putin_phone_call_2025_08",
    lang="en",
    published="2025-08-08",
    published_basis="Xinhua English wire copy datelined Beijing, Friday 8 August 2025, the day of the call.",
    body="""
Xi, Putin hold phone talks on bilateral ties, Ukraine crisis

BEIJING, Aug. 8 (Xinhua) -- Chinese President Xi Jinping held a phone conversation with Russian President Vladimir Putin on Friday at the latter's request.
Putin briefed Xi on the latest contacts between Russia and the United States, including his meeting with U.S. special envoy Steve Witkoff in Moscow on Wednesday, and on Russia's position on the Ukraine crisis.

Xi said that China is glad to see Russia and the United States maintain contact, improve their relations and promote the political settlement of the Ukraine crisis.
"Complex problems have no simple solutions," Xi said, noting that China has always upheld an objective and impartial position on the Ukraine issue and actively promoted peace talks.
China will continue to play a constructive role and stands ready to work with the international community to this end, Xi added.

The two heads of state agreed to maintain close exchanges at all levels and to strengthen strategic coordination within multilateral frameworks such as the Shanghai Cooperation Organization and BRICS.
Putin said he looks forward to attending the SCO summit in the northern Chinese city of Tianjin later this month and the commemorations in Beijing in early September marking the 80th anniversary of the victory of the Chinese People's War of Resistance Against Japanese Aggression and the World Anti-Fascist War.

The phone call came as diplomatic activity surrounding the Ukraine crisis has intensified in recent days.
Kremlin aide Yuri Ushakov said on Thursday that Russia and the United States had agreed in principle to hold a meeting between Putin and U.S. President Donald Trump in the coming days, with the venue to be announced later.
On Wednesday, Trump signed an executive order imposing an additional 25 percent tariff on imports from India over its purchases of Russian oil, which is set to take effect in three weeks.

Chinese Foreign Ministry spokesperson Guo Jiakun said on Thursday that China firmly opposes the abuse of tariffs and that normal economic and trade cooperation between China and Russia should not be interfered with.
Putin also held phone talks with Indian Prime Minister Narendra Modi and Brazilian President Luiz Inacio Lula da Silva on Friday, according to the Kremlin.
Ukrainian President Volodymyr Zelensky said on Friday that Kyiv must take part in any negotiations on ending the conflict and that peace "cannot be decided without Ukraine."
""",
    timexes=[
        T("Aug. 8", "DATE", "2025-08-08"),
        T("Friday", "DATE", "2025-08-08"),
        T("Wednesday", "DATE", "2025-08-06"),
        T("this month", "DATE", "2025-08"),
        T("early September", "DATE", "2025-09", mod="START"),
        T("recent days", "DATE", "PAST_REF"),
        T("Thursday", "DATE", "2025-08-07"),
        T("the coming days", "DATE", "FUTURE_REF"),
        T("Wednesday", "DATE", "2025-08-06", n=1),
        T("three weeks", "DURATION", "P3W", note="the tariff takes effect on 27 August 2025"),
        T("Thursday", "DATE", "2025-08-07", n=1),
        T("Friday", "DATE", "2025-08-08", n=1),
        T("Friday", "DATE", "2025-08-08", n=2),
    ],
    events=[
        E("Xi and Putin hold a phone conversation", "CONSULT", ["Xi Jinping", "Vladimir Putin"], "2025-08-08", "text",
          "occurred", "Chinese President Xi Jinping held a phone conversation"),
        E("Putin met US special envoy Witkoff in Moscow", "CONSULT", ["Vladimir Putin", "Steve Witkoff"], "2025-08-06",
          "text", "occurred", "Putin briefed Xi on the latest contacts"),
        E("Xi welcomes Russia–US contacts and their push for a political settlement", "SUPPORT",
          ["Xi Jinping", "Russia", "United States"], "2025-08-08", "context", "occurred",
          "Xi said that China is glad"),
        E("Xi: China will continue to play a constructive role", "AGREE", ["Xi Jinping", "China"], "2025-08-08",
          "context", "occurred", "China will continue to play a constructive role"),
        E("Xi and Putin agree to keep close exchanges and strengthen strategic coordination", "AGREE",
          ["Xi Jinping", "Vladimir Putin"], "2025-08-08", "context", "occurred",
          "The two heads of state agreed"),
        E("Putin to attend the SCO summit in Tianjin", "CONSULT", ["Vladimir Putin", "China"], "2025-08", "text",
          "planned", "Putin said he looks forward"),
        E("Putin to attend the commemorations in Beijing", "CONSULT", ["Vladimir Putin", "China"], "2025-09", "text",
          "planned", "Putin said he looks forward", date_mod="START"),
        E("Russia and the United States agree in principle on a Putin–Trump meeting", "AGREE",
          ["Russia", "United States"], "2025-08-07", "context", "occurred", "Kremlin aide Yuri Ushakov said"),
        E("Putin–Trump meeting in the coming days", "CONSULT", ["Vladimir Putin", "Donald Trump"], "FUTURE_REF",
          "vague", "planned", "Kremlin aide Yuri Ushakov said"),
        E("Trump orders an extra 25 percent tariff on India over Russian oil purchases", "SANCTION", ["Donald Trump"],
          "2025-08-06", "text", "occurred", "On Wednesday, Trump signed an executive order"),
        E("The extra tariff on India takes effect", "SANCTION", ["Donald Trump"], "2025-08-27", "text", "planned",
          "On Wednesday, Trump signed an executive order", note="'in three weeks'"),
        E("China opposes the abuse of tariffs", "ACCUSE", ["China", "United States"], "2025-08-07", "text",
          "occurred", "Chinese Foreign Ministry spokesperson Guo Jiakun"),
        E("China: its cooperation with Russia must not be interfered with", "REQUEST", ["China", "United States"],
          "2025-08-07", "text", "occurred", "Chinese Foreign Ministry spokesperson Guo Jiakun"),
        E("Putin phones Modi and Lula", "CONSULT", ["Vladimir Putin"], "2025-08-08", "text", "occurred",
          "Putin also held phone talks"),
        E("Zelensky: Kyiv must take part in any negotiations", "REQUEST",
          ["Volodymyr Zelensky", "United States", "Russia"], "2025-08-08", "text", "occurred",
          "Ukrainian President Volodymyr Zelensky said on Friday"),
    ],
    statements=[
        S("Vladimir Putin, via China", "Briefed Xi on Russia–US contacts, the Witkoff meeting and Russia's position",
          "2025-08-08", "context", "Putin briefed Xi on the latest contacts"),
        S("Xi Jinping, via China", "Glad to see Russia and the US keep contact and promote a political settlement",
          "2025-08-08", "context", "Xi said that China is glad"),
        S("Xi Jinping, via China", "Complex problems have no simple solutions; China is objective and impartial",
          "2025-08-08", "context", "Complex problems have no simple solutions"),
        S("Xi Jinping, via China", "China will continue to play a constructive role", "2025-08-08", "context",
          "China will continue to play a constructive role"),
        S("Vladimir Putin, via China", "Looks forward to the SCO summit in Tianjin and the Beijing commemorations",
          "2025-08-08", "context", "Putin said he looks forward"),
        S("Yuri Ushakov", "Russia and the US agreed in principle on a Putin–Trump meeting in the coming days",
          "2025-08-07", "text", "Kremlin aide Yuri Ushakov said"),
        S("China", "China firmly opposes the abuse of tariffs; China–Russia cooperation must not be interfered with",
          "2025-08-07", "text", "Chinese Foreign Ministry spokesperson Guo Jiakun"),
        S("Kremlin", "Putin also spoke to Modi and Lula by phone", "2025-08-08", "published",
          "Putin also held phone talks"),
        S("Volodymyr Zelensky", "Kyiv must take part in any negotiations; peace cannot be decided without Ukraine",
          "2025-08-08", "text", "Ukrainian President Volodymyr Zelensky said on Friday"),
    ],
    actors=["Xi Jinping", "Vladimir Putin", "China", "Russia", "United States", "Steve Witkoff", "Yuri Ushakov",
            "Kremlin", "Donald Trump", "Volodymyr Zelensky", "Ukraine"],
))

# ---------------------------------------------------------------- b29en04 (RTÉ News)
DOCS.append(dict(
    id="b29en04_zelensky_dublin_visit_2025_12",
    lang="en",
    published="2025-12-02",
    published_basis="RTÉ News online report of Tuesday 2 December 2025, written during the visit.",
    body="""
Zelensky thanks Ireland for 'unwavering solidarity' on first official visit

Ukrainian President Volodymyr Zelensky has thanked the Irish people for their "unwavering solidarity" on his first official visit to Ireland since Russia launched its full-scale invasion.
Mr Zelensky, who arrived at Dublin Airport last night with his wife Olena Zelenska, held talks with Taoiseach Micheál Martin at Government Buildings this morning.
He was later received by President Catherine Connolly at Áras an Uachtaráin.

The Taoiseach announced a further €125 million in support for Ukraine, including €100m in non-lethal military assistance through the European Peace Facility.
Mr Martin said Ireland would continue to back Ukraine's path to EU membership and would use its presidency of the Council of the EU, which begins in July, to advance the accession process.

Speaking at a joint press conference, Mr Zelensky said he hoped a just and lasting peace could be reached "in the coming weeks", but warned that Russia was using the talks to buy time.
He said Ukrainian and American negotiators had made progress in Florida on Sunday on a revised version of the US peace plan, but that "difficult issues" remained, including the question of territory.
"Nothing about Ukraine can be decided without Ukraine, and nothing about Europe without Europe," he said.

Meanwhile, US special envoy Steve Witkoff and Jared Kushner, Donald Trump's son-in-law, were due to meet Russian President Vladimir Putin in Moscow this evening to discuss the revised plan.
Speaking before the meeting, Mr Putin accused European governments of trying to sabotage the US initiative and said Russia was not planning to go to war with Europe, but was "ready right now" if Europe started one.
Kremlin spokesman Dmitry Peskov had said yesterday that no breakthrough should be expected from a single meeting.

On Monday, Mr Zelensky was in Paris for talks with French President Emmanuel Macron, who said no peace deal could be finalised without the involvement of Ukraine and its European partners.

The visit was one of the largest security operations mounted by gardaí in recent years, with the Defence Forces and the Air Corps providing support.
More than 100,000 Ukrainians have sought temporary protection in Ireland since 2022.
Mr Zelensky was due to leave Ireland this afternoon.
""",
    timexes=[
        T("last night", "TIME", "2025-12-01TNI"),
        T("this morning", "TIME", "2025-12-02TMO"),
        T("July", "DATE", "2026-07"),
        T("the coming weeks", "DATE", "FUTURE_REF"),
        T("Sunday", "DATE", "2025-11-30"),
        T("this evening", "TIME", "2025-12-02TEV", note="Moscow time"),
        T("right now", "DATE", "PRESENT_REF"),
        T("yesterday", "DATE", "2025-12-01"),
        T("Monday", "DATE", "2025-12-01"),
        T("recent years", "DATE", "PAST_REF"),
        T("2022", "DATE", "2022"),
        T("this afternoon", "TIME", "2025-12-02TAF"),
    ],
    events=[
        E("Zelensky holds talks with Taoiseach Micheál Martin in Dublin", "CONSULT", ["Volodymyr Zelensky"],
          "2025-12-02TMO", "text", "occurred", "who arrived at Dublin Airport last night"),
        E("Zelensky received by President Catherine Connolly", "CONSULT", ["Volodymyr Zelensky"], "2025-12-02",
          "context", "occurred", "He was later received by President Catherine Connolly"),
        E("Ireland announces a further €125 million for Ukraine, €100m of it through the European Peace Facility",
          "AID", ["Ukraine", "European Union"], "2025-12-02", "published", "occurred",
          "The Taoiseach announced a further"),
        E("Ireland to back Ukraine's EU accession, also during its Council presidency", "SUPPORT",
          ["Ukraine", "European Union"], "2025-12-02", "published", "occurred",
          "Mr Martin said Ireland would continue"),
        E("Zelensky: Russia is using the talks to buy time", "ACCUSE", ["Volodymyr Zelensky", "Russia"], "2025-12-02",
          "context", "occurred", "Speaking at a joint press conference"),
        E("Ukrainian and American negotiators make progress in Florida on the revised US plan", "CONSULT",
          ["Ukraine", "United States"], "2025-11-30", "text", "occurred",
          "He said Ukrainian and American negotiators"),
        E("Zelensky: nothing about Ukraine without Ukraine", "REQUEST",
          ["Volodymyr Zelensky", "United States", "Russia"], "2025-12-02", "context", "occurred",
          "Nothing about Ukraine can be decided"),
        E("Witkoff and Kushner to meet Putin in Moscow", "CONSULT", ["Steve Witkoff", "Vladimir Putin"],
          "2025-12-02TEV", "text", "planned", "Meanwhile, US special envoy Steve Witkoff"),
        E("Putin accuses European governments of sabotaging the US initiative", "ACCUSE",
          ["Vladimir Putin", "European Union"], "2025-12-02", "published", "occurred",
          "Speaking before the meeting, Mr Putin accused"),
        E("Putin: Russia is ready for war if Europe starts one", "THREATEN", ["Vladimir Putin", "European Union"],
          "2025-12-02", "published", "occurred", "Speaking before the meeting, Mr Putin accused"),
        E("Zelensky holds talks with Macron in Paris", "CONSULT", ["Volodymyr Zelensky", "Emmanuel Macron"],
          "2025-12-01", "text", "occurred", "On Monday, Mr Zelensky was in Paris"),
        E("Macron: no peace deal without Ukraine and its European partners", "REQUEST",
          ["Emmanuel Macron", "United States", "Russia"], "2025-12-01", "context", "occurred",
          "On Monday, Mr Zelensky was in Paris"),
    ],
    statements=[
        S("Volodymyr Zelensky", "Thanks the Irish people for their unwavering solidarity", "2025-12-02", "published",
          "has thanked the Irish people"),
        S("Volodymyr Zelensky", "Hopes for a just peace in the coming weeks; Russia uses the talks to buy time",
          "2025-12-02", "context", "Speaking at a joint press conference"),
        S("Volodymyr Zelensky", "Progress in Florida on the revised US plan, but difficult issues remain",
          "2025-12-02", "context", "He said Ukrainian and American negotiators"),
        S("Volodymyr Zelensky", "Nothing about Ukraine without Ukraine, nothing about Europe without Europe",
          "2025-12-02", "context", "Nothing about Ukraine can be decided"),
        S("Vladimir Putin", "Europeans try to sabotage the US initiative; Russia ready if Europe starts a war",
          "2025-12-02", "published", "Speaking before the meeting, Mr Putin accused"),
        S("Dmitry Peskov", "No breakthrough should be expected from a single meeting", "2025-12-01", "text",
          "Kremlin spokesman Dmitry Peskov had said yesterday"),
        S("Emmanuel Macron", "No peace deal can be finalised without Ukraine and its European partners",
          "2025-12-01", "context", "On Monday, Mr Zelensky was in Paris"),
    ],
    actors=["Volodymyr Zelensky", "Ukraine", "Russia", "European Union", "United States", "Steve Witkoff",
            "Donald Trump", "Vladimir Putin", "Dmitry Peskov", "Kremlin", "Emmanuel Macron", "France"],
))

# ---------------------------------------------------------------- b29en05 (The Brussels Times, fiction)
DOCS.append(dict(
    id="b29en05_belgian_f16_handover_2026_03",
    lang="en",
    published="2026-03-11",
    published_basis="Fiction: The Brussels Times online report of Wednesday 11 March 2026.",
    body="""
First Belgian F-16s handed over to Ukraine, Francken confirms

The first two Belgian F-16 fighter jets have been handed over to Ukraine, Defence Minister Theo Francken confirmed on Tuesday, almost two years after Belgium first promised the aircraft.
Speaking at Florennes air base, where the jets had been prepared for the transfer, Francken said Belgium was "keeping its word, even if later than we had hoped".
The aircraft were flown to a "safe location" outside Belgium last week and will be followed by two more before the summer, he said.

Belgium pledged 30 F-16s by 2028 in May 2024, when then-Prime Minister Alexander De Croo signed a ten-year security agreement with President Volodymyr Zelensky in Brussels.
Delays in the arrival of the F-35s that are to replace the ageing fleet have repeatedly pushed back the schedule.

Zelensky thanked Belgium in his nightly video address on Tuesday evening, saying the jets would "strengthen the protection of our skies against Russian missiles and drones".
He also called on European partners to speed up deliveries of air defence systems ahead of what he warned could be a new Russian offensive in the spring.

Moscow responded with a warning.
Kremlin spokesman Dmitry Peskov said the F-16s would "burn like all other Western equipment" and that airfields used to service them abroad could be considered legitimate targets.
On Monday, the Belgian foreign ministry summoned the Russian ambassador after the embassy described Belgian instructors training Ukrainian pilots as "mercenaries" on social media.

The delivery comes at a time of strained relations between Brussels and Moscow over the roughly €185 billion in Russian central bank assets held by Euroclear.
In December, Prime Minister Bart De Wever blocked an EU plan to use the funds for a reparations loan to Ukraine, and EU leaders instead agreed to raise €90 billion on the markets.
Russia's central bank sued Euroclear in a Moscow court the same month, seeking damages of more than €200 billion.

NATO Secretary General Mark Rutte welcomed the handover, writing on X that it was "another sign that Allies are stepping up".
Norway, Denmark and the Netherlands have already supplied F-16s to Ukraine, the first of which arrived in the summer of 2024.
Francken is expected to travel to Kyiv later this month to discuss a maintenance hub for the aircraft in Belgium.
""",
    timexes=[
        T("Tuesday", "DATE", "2026-03-10"),
        T("last week", "DATE", "2026-W10"),
        T("the summer", "DATE", "2026-SU"),
        T("2028", "DATE", "2028"),
        T("May 2024", "DATE", "2024-05"),
        T("ten-year", "DURATION", "P10Y"),
        T("nightly", "SET", "P1D"),
        T("Tuesday evening", "TIME", "2026-03-10TEV"),
        T("the spring", "DATE", "2026-SP"),
        T("Monday", "DATE", "2026-03-09"),
        T("December", "DATE", "2025-12"),
        T("the same month", "DATE", "2025-12"),
        T("the summer of 2024", "DATE", "2024-SU"),
        T("this month", "DATE", "2026-03"),
    ],
    events=[
        E("First two Belgian F-16s handed over to Ukraine", "AID", ["Ukraine"], "2026-03-10", "context", "occurred",
          "The first two Belgian F-16 fighter jets", note="handover confirmed on Tuesday; the jets left the week before"),
        E("Two more Belgian F-16s to follow before the summer", "AID", ["Ukraine"], "2026-SU", "text", "planned",
          "The aircraft were flown to a", note="before the summer"),
        E("Belgium pledged 30 F-16s by 2028", "AGREE", ["Ukraine", "Volodymyr Zelensky"], "2024-05", "text",
          "occurred", "Belgium pledged 30 F-16s"),
        E("De Croo and Zelensky sign a ten-year security agreement in Brussels", "AGREE",
          ["Volodymyr Zelensky", "Ukraine"], "2024-05", "text", "occurred", "Belgium pledged 30 F-16s"),
        E("Zelensky visited Brussels", "CONSULT", ["Volodymyr Zelensky"], "2024-05", "text", "occurred",
          "Belgium pledged 30 F-16s"),
        E("Zelensky asks European partners to speed up air-defence deliveries", "REQUEST",
          ["Volodymyr Zelensky", "European Union"], "2026-03-10TEV", "context", "occurred",
          "He also called on European partners"),
        E("Possible new Russian offensive in the spring", "ASSAULT", ["Russia", "Ukraine"], "2026-SP", "text",
          "uncertain", "He also called on European partners"),
        E("Peskov: F-16s will burn; airfields servicing them abroad could be legitimate targets", "THREATEN",
          ["Dmitry Peskov", "Ukraine"], "2026-03-11", "published", "occurred", "Kremlin spokesman Dmitry Peskov said"),
        E("Belgium summons the Russian ambassador", "ACCUSE", ["Russia"], "2026-03-09", "text", "occurred",
          "On Monday, the Belgian foreign ministry summoned"),
        E("Russian embassy calls Belgian instructors of Ukrainian pilots mercenaries", "ACCUSE", ["Russia", "Ukraine"],
          "2026-03-09", "context", "occurred", "On Monday, the Belgian foreign ministry summoned",
          note="posted before the summons; no date given"),
        E("De Wever blocks the EU reparations-loan plan", "REJECT", ["European Union", "Ukraine"], "2025-12", "text",
          "occurred", "In December, Prime Minister Bart De Wever"),
        E("EU leaders agree to raise €90 billion on the markets for Ukraine", "AID", ["European Union", "Ukraine"],
          "2025-12", "context", "occurred", "In December, Prime Minister Bart De Wever"),
        E("Russia's central bank sues Euroclear in Moscow", "ACCUSE", ["Russia"], "2025-12", "text", "occurred",
          "Russia's central bank sued Euroclear"),
        E("Rutte welcomes the handover", "SUPPORT", ["Mark Rutte", "Ukraine"], "2026-03-11", "published", "occurred",
          "NATO Secretary General Mark Rutte"),
        E("Norway, Denmark and the Netherlands supplied F-16s, first arriving in summer 2024", "AID", ["Ukraine"],
          "2024-SU", "text", "occurred", "Norway, Denmark and the Netherlands"),
        E("Francken to travel to Kyiv", "CONSULT", ["Ukraine"], "2026-03", "text", "planned",
          "Francken is expected to travel to Kyiv"),
    ],
    statements=[
        S("Volodymyr Zelensky", "Thanks Belgium; the jets will strengthen the protection of Ukraine's skies",
          "2026-03-10TEV", "text", "Zelensky thanked Belgium"),
        S("Volodymyr Zelensky", "European partners should speed up air defence before a possible spring offensive",
          "2026-03-10TEV", "context", "He also called on European partners"),
        S("Russia", "Moscow responded with a warning", "2026-03-11", "published", "Moscow responded with a warning."),
        S("Dmitry Peskov", "F-16s will burn; airfields servicing them abroad could be legitimate targets",
          "2026-03-11", "published", "Kremlin spokesman Dmitry Peskov said"),
        S("Russia", "Embassy calls Belgian instructors of Ukrainian pilots mercenaries", "2026-03-11", "published",
          "On Monday, the Belgian foreign ministry summoned"),
        S("Mark Rutte", "The handover is another sign that Allies are stepping up", "2026-03-11", "published",
          "NATO Secretary General Mark Rutte"),
    ],
    actors=["Ukraine", "Volodymyr Zelensky", "European Union", "Russia", "Dmitry Peskov", "Kremlin", "Mark Rutte",
            "NATO"],
))

# ---------------------------------------------------------------- b29en06 (DutchNews.nl)
DOCS.append(dict(
    id="b29en06_f16_eindhoven_zelensky_2023_08",
    lang="en",
    published="2023-08-20",
    published_basis="DutchNews.nl report of Sunday 20 August 2023, the day of the visit.",
    body="""
Zelensky visits Eindhoven as Netherlands and Denmark commit F-16s to Ukraine

Ukrainian president Volodymyr Zelensky made a surprise visit to Eindhoven air base on Sunday, where he and caretaker prime minister Mark Rutte announced that the Netherlands and Denmark will supply F-16 fighter jets to Ukraine.
The two leaders stood in front of one of the jets in a hangar as Zelensky described the decision as "historic" and "a powerful motivation" for Ukrainian soldiers.
Zelensky said Ukraine would receive 42 jets from the two countries, though Rutte said the final number had not yet been fixed and would depend on how many aircraft are still airworthy.

The jets will only be delivered once Ukrainian pilots and engineers have completed their training, which Dutch officials say could take at least six months.
The announcement follows formal approval from the United States for the transfer of the American-made jets, with secretary of state Antony Blinken writing to his Dutch and Danish counterparts on Friday that Washington would expedite the requests.
Ukrainian pilots have been training in Denmark since earlier this month, and a training centre for F-16 crews is being set up in Romania with Dutch help.

Later on Sunday, Zelensky flew on to Denmark, where prime minister Mette Frederiksen confirmed that Copenhagen would donate 19 jets, the first six of them by the end of the year.
Russia's ambassador to Denmark, Vladimir Barbin, said the decision would lead to "an escalation of the conflict".
The Kremlin has repeatedly said that Western jets would not change the situation on the battlefield and would be destroyed.

On Saturday, a Russian missile struck the centre of the northern Ukrainian city of Chernihiv, killing seven people and injuring more than 100, including children.
Zelensky condemned the attack on a theatre square as a deliberate strike on civilians and said Russia would "feel the consequences".

The Dutch cabinet, which has been in caretaker mode since the coalition collapsed in July, has set aside €2.5 billion for military support to Ukraine this year.
Rutte, who is leaving national politics after the general election in November, said backing for Kyiv would not depend on who forms the next government.
"This is a commitment of the whole country, not of one cabinet," he said.
""",
    timexes=[
        T("Sunday", "DATE", "2023-08-20"),
        T("at least six months", "DURATION", "P6M", mod="EQUAL_OR_MORE"),
        T("Friday", "DATE", "2023-08-18"),
        T("earlier this month", "DATE", "2023-08"),
        T("Sunday", "DATE", "2023-08-20", n=1),
        T("the end of the year", "DATE", "2023", mod="END"),
        T("Saturday", "DATE", "2023-08-19"),
        T("July", "DATE", "2023-07"),
        T("this year", "DATE", "2023"),
        T("November", "DATE", "2023-11"),
    ],
    events=[
        E("Zelensky visits Eindhoven air base with Rutte", "CONSULT", ["Volodymyr Zelensky", "Mark Rutte"],
          "2023-08-20", "text", "occurred", "made a surprise visit to Eindhoven"),
        E("The Netherlands and Denmark will supply F-16s to Ukraine", "AID", ["Mark Rutte", "Ukraine"], "2023-08-20",
          "text", "planned", "made a surprise visit to Eindhoven"),
        E("US formally approves the transfer of F-16s; Blinken's letters", "AGREE",
          ["United States", "Antony Blinken", "Ukraine"], "2023-08-18", "text", "occurred",
          "The announcement follows formal approval"),
        E("Ukrainian pilots training in Denmark since earlier this month", "AID", ["Ukraine"], "2023-08", "text",
          "occurred", "Ukrainian pilots have been training in Denmark", date_mod="START"),
        E("Zelensky flies on to Denmark and meets Frederiksen", "CONSULT", ["Volodymyr Zelensky"], "2023-08-20",
          "text", "occurred", "Later on Sunday, Zelensky flew on"),
        E("Denmark to donate 19 F-16s, the first six by the end of the year", "AID", ["Ukraine"], "2023", "text",
          "planned", "Later on Sunday, Zelensky flew on", date_mod="END"),
        E("Russia's ambassador: the decision will lead to escalation", "ACCUSE", ["Russia"], "2023-08-20",
          "published", "occurred", "Russia's ambassador to Denmark"),
        E("Kremlin: Western jets will be destroyed", "THREATEN", ["Kremlin", "Ukraine"], "2023-08-20", "published",
          "occurred", "The Kremlin has repeatedly said"),
        E("Russian missile strike on the centre of Chernihiv", "ASSAULT", ["Russia", "Ukraine"], "2023-08-19", "text",
          "occurred", "On Saturday, a Russian missile struck"),
        E("Zelensky condemns the strike as a deliberate attack on civilians", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
          "2023-08-20", "published", "occurred", "Zelensky condemned the attack"),
        E("Zelensky: Russia will feel the consequences", "THREATEN", ["Volodymyr Zelensky", "Russia"], "2023-08-20",
          "published", "occurred", "Zelensky condemned the attack"),
        E("Dutch cabinet sets aside €2.5 billion for military support to Ukraine this year", "AID", ["Ukraine"],
          "2023", "text", "occurred", "The Dutch cabinet, which has been in caretaker mode"),
        E("Rutte: backing for Kyiv will not depend on the next government", "AGREE", ["Mark Rutte", "Ukraine"],
          "2023-08-20", "published", "occurred", "Rutte, who is leaving national politics"),
    ],
    statements=[
        S("Volodymyr Zelensky", "The decision is historic and a powerful motivation for Ukrainian soldiers",
          "2023-08-20", "context", "The two leaders stood in front of one of the jets"),
        S("Volodymyr Zelensky", "Ukraine will receive 42 jets from the two countries", "2023-08-20", "context",
          "Zelensky said Ukraine would receive 42 jets"),
        S("Mark Rutte", "The final number is not fixed and depends on how many jets are airworthy", "2023-08-20",
          "context", "Zelensky said Ukraine would receive 42 jets"),
        S("Antony Blinken", "Washington will expedite the Dutch and Danish requests", "2023-08-18", "text",
          "The announcement follows formal approval"),
        S("Russia", "Ambassador Barbin: the decision will lead to an escalation of the conflict", "2023-08-20",
          "published", "Russia's ambassador to Denmark"),
        S("Kremlin", "Western jets will not change the battlefield and will be destroyed", "2023-08-20", "published",
          "The Kremlin has repeatedly said"),
        S("Volodymyr Zelensky", "A deliberate strike on civilians; Russia will feel the consequences", "2023-08-20",
          "published", "Zelensky condemned the attack"),
        S("Mark Rutte", "Backing for Kyiv will not depend on who forms the next government", "2023-08-20",
          "published", "Rutte, who is leaving national politics"),
        S("Mark Rutte", "A commitment of the whole country, not of one cabinet", "2023-08-20", "published",
          "This is a commitment of the whole country"),
    ],
    actors=["Volodymyr Zelensky", "Mark Rutte", "Ukraine", "United States", "Antony Blinken", "Russia", "Kremlin"],
))
