"""English articles of the blind76 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b76en01 (The Irish News)
EN01 = """
Belfast-born deputy of UN truce mission says patrol was 'lucky' after shelling

A BELFAST-born officer serving as deputy head of the UN mission monitoring the ceasefire in Ukraine has said his team was "lucky to walk away" after their vehicle was hit by shrapnel on Sunday.
Brigadier General (retd) Declan McAleese, who grew up in west Belfast, told The Irish News that nobody was injured when the armoured jeep was struck near Malokaterynivka in the Zaporizhzhia region.
The incident was the most serious involving the mission since the truce took effect at midnight on October 12.

UN Secretary-General António Guterres condemned the shelling on Monday and demanded that both sides guarantee the monitors "safe and unhindered access" to the front line.
Russia's defence ministry said Ukrainian drones had been active in the area, while Kyiv blamed Russian artillery positioned east of Vasylivka.
Ukraine's Foreign Minister Andrii Sybiha called the shelling "a deliberate attempt to blind the monitors" and urged the UN to publish the findings of its investigation within days.

The mission, which currently has about 340 monitors on the ground, is due to reach its full strength of 800 by the end of November.
Mr McAleese, who helped verify IRA decommissioning in 2005, said the hotline between the two general staffs had worked "better than expected".
Russian and Ukrainian officers had used it 11 times by Monday, he said, mostly to report drone sightings.
A UN spokesperson said Sunday's incident would be raised at the next meeting of the joint coordination commission in Istanbul on Thursday.

Prime Minister Keir Starmer spoke to President Volodymyr Zelensky on Monday evening and pledged surveillance drones and satellite imagery to support the monitors, Downing Street said.
Mr Zelensky thanked Britain and said Russia had committed "more than 400 violations" since the truce began.
In Dublin, the Tánaiste said Ireland was ready to send up to 20 Defence Forces officers if the Dáil approves a deployment next month.

The Kremlin has ruled out any role for Nato countries in the monitoring effort.
Kremlin spokesman Dmitry Peskov said on Tuesday that British drones over the front line would be "an unfriendly act" and warned London against "playing games with the ceasefire".
"""

# ---------------------------------------------------------------- b76en02 (Daily Nation)
EN02 = """
Kenyan officers head for Ukraine as ceasefire violations double

Sixty Kenya Defence Forces officers left Nairobi on Saturday to join the United Nations mission monitoring the ceasefire between Russia and Ukraine, as the UN reported that violations along the front line had doubled in a week.
In its weekly bulletin released on Sunday, the UN Monitoring Mission in Ukraine recorded 428 violations in the seven days to October 31, against 205 the week before.
Most involved drones and artillery, the bulletin said, but it did not attribute blame.

Russia's defence ministry accused Ukraine of a drone attack on a bus depot in Donetsk on Saturday that it said had killed two civilians.
Ukraine's General Staff said Russian forces shelled the city of Nikopol on Sunday night and dropped guided bombs on positions near Siversk.
Foreign Minister Sergey Lavrov said in a television interview on Sunday that the Europeans were "pumping weapons into Kyiv under the cover of the truce".

The Kenyan contingent, led by Brigadier Faith Wanjiru, is the largest from Africa and will be based in Dnipro and Zaporizhzhia.
Ukraine's Foreign Minister Andrii Sybiha, who visited Nairobi in September, thanked Kenya on X for "standing with the monitors".
The Russian embassy in Nairobi said it respected the decision but expected the mission to remain "strictly impartial".
Kenya offered the officers after the Security Council created the mission on October 14 with the backing of both Russia and the United States.
"Our experience in peace support, from Somalia to South Sudan, is exactly what this mission needs," Brig Wanjiru told reporters at Moi Air Base before boarding.

The joint coordination commission of the two armies is due to meet in Istanbul on Tuesday to discuss the pullback of heavy weapons, which should have been completed by October 31 but has barely begun.
UN Secretary-General António Guterres is expected to visit Kyiv and Moscow later this month, his spokesman said.
In Washington, special envoy Keith Kellogg said the truce was "holding better than the headlines suggest" and urged both sides to "use the hotline, not the artillery".
"""

# ---------------------------------------------------------------- b76en03 (Malay Mail)
EN03 = """
Xi offers Chinese monitors for Ukraine truce, Kyiv cool to the idea

SHENZHEN, Nov 18 — Chinese President Xi Jinping has offered to send up to 300 military observers to help monitor the ceasefire between Russia and Ukraine, a proposal welcomed in Moscow but met with open scepticism in Kyiv.
Xi made the offer yesterday in a speech to business leaders on the sidelines of the Asia-Pacific Economic Cooperation (APEC) summit, saying China was "ready to contribute to peace in a concrete way".
The observers would serve under the United Nations mission that has been monitoring the truce since mid-October.
China's special envoy for Eurasian affairs, Li Hui, will travel to Moscow and Kyiv early next month to discuss the proposal, the foreign ministry in Beijing said.

Kremlin spokesman Dmitry Peskov said today that Russia "welcomes the participation of friendly countries" and would back a larger role for Beijing.
Moscow has demanded that officers from Nato member states be withdrawn from the UN mission, which it accuses of bias.

In Kyiv, President Volodymyr Zelensky said China could not act as a neutral monitor "while it keeps Russia's war machine running" with purchases of oil and dual-use goods.
Ukraine would accept observers only from countries that recognise its 1991 borders, he said in his nightly video address.
Foreign Minister Andrii Sybiha said Kyiv had asked Beijing for "clarity" on how its observers would be vetted and would discuss the offer with UN Secretary-General António Guterres in New York next week.

US President Donald Trump, who met Xi for nearly two hours on Monday, told reporters the offer was "interesting" but that Washington had "not been asked".
The two leaders also agreed to resume talks on tariffs and fentanyl in January, according to a White House readout.

Malaysia, which has 24 officers serving with the UN mission, said it would consider sending more if both parties agreed.
Prime Minister Datuk Seri Anwar Ibrahim discussed the ceasefire with Zelensky by telephone last week, Wisma Putra said in a statement.
Seven Malaysian officers were among the first 120 monitors deployed on October 14.
"""

# ---------------------------------------------------------------- b76en04 (Bangkok Post, AFP copy)
EN04 = """
Kyiv says Russian drones hit Kharkiv in worst breach of truce

KYIV: Ukraine on Wednesday accused Russia of the most serious breach of the seven-week ceasefire, saying a swarm of drones had struck a heating plant in Kharkiv overnight and killed three workers.
Moscow denied any involvement and called on the UN monitoring mission to investigate what it described as a Ukrainian "false flag" operation.
The mission said its monitors would visit the site on Thursday.
Its head, retired Brazilian general Tomás Ferreira, said the attack would be "a grave violation" if Russian responsibility were confirmed.
Kharkiv's regional governor said heating had been cut to 40,000 households as temperatures fell to minus eight degrees.

Ukraine's military said it had raised the attack with the Russian general staff over the hotline immediately but had received "no meaningful answer".
It was the first time that both channels, including the satellite link added last month, had been used at the same time.

The strike came days after US envoy Steve Witkoff spent five hours with President Vladimir Putin in Moscow last Friday to discuss the next phase of the Geneva agreement.
According to Kremlin aide Yuri Ushakov, Putin told Witkoff that Russia was ready to pull its heavy weapons back 15 kilometres from the line if Ukraine did the same.
President Donald Trump said on Tuesday he was "very disappointed" with both sides and threatened to walk away from the process "if they can't keep the guns quiet for a few months".

French President Emmanuel Macron and German Chancellor Friedrich Merz called in a joint statement for "immediate consequences" should Russia's responsibility be confirmed.
Russian foreign ministry spokeswoman Maria Zakharova accused Kyiv of "staging tragedies for the cameras" ahead of the summit.
EU leaders are due to discuss new sanctions at their summit in Brussels on December 17.
Ukrainian President Volodymyr Zelensky said he would ask the leaders for more air defence systems "so that a ceasefire does not mean defencelessness".
"""

# ---------------------------------------------------------------- b76en05 (Eurasia Daily Monitor)
EN05 = """
Lukashenka's Minsk Offer Revives the Ghosts of 2015

On December 10, Belarusian ruler Alyaksandr Lukashenka offered to move the joint coordination commission that oversees the two-month-old ceasefire between Russia and Ukraine from Istanbul to Minsk (Belta, December 10).
The next day, Russian President Vladimir Putin called the idea "logical" and said Minsk had "a certain experience" in such matters (Kremlin.ru, December 11).
Lukashenka also proposed that Belarusian officers join the UN monitors, an idea Ukraine's foreign ministry called "absurd".
Kyiv's answer came on December 12, when President Volodymyr Zelensky declared that a city from which Russian troops had invaded northern Ukraine in February 2022 "cannot be a neutral venue" (President.gov.ua, December 12).

The symbolism is hard to miss.
The Minsk II package of February 2015, negotiated by the leaders of Germany, France, Russia and Ukraine, also rested on a ceasefire, a pullback of heavy weapons and international monitors.
The OSCE Special Monitoring Mission, deployed in March 2014, recorded hundreds of thousands of violations before it was shut down in March 2022.
Moscow now appears to want a similar arrangement: a mission it can shape and a venue it controls.

The current truce is under visible strain.
The UN monitoring mission counted more than 3,100 violations in November, and the pullback of heavy weapons agreed in Geneva on October 9 has stalled (UN.org, December 9).
On December 14, Foreign Minister Sergei Lavrov accused Kyiv of "sabotaging" the pullback and said Russia would not move its artillery "one metre" until Ukraine did so first (Interfax, December 14).

Ankara, which has hosted the commission since October, is unlikely to give it up quietly.
Turkish Foreign Minister Hakan Fidan said on Sunday that Istanbul had "proven its worth" and that Turkey saw no reason for a change (Anadolu, December 13).
In Warsaw, Prime Minister Donald Tusk warned the European Union against lending Lukashenka "the legitimacy of a peacemaker".
Washington has stayed silent so far; special envoy Steve Witkoff, who is due to meet Fidan in Ankara later this week, declined to comment.

For Minsk, the offer is a bid to escape isolation; for Moscow, it is a way to pull the process back into its own orbit.
"""

# ---------------------------------------------------------------- b76en06 (Novinite)
EN06 = """
Russia and Ukraine Swap 1,200 Prisoners Each in First Stage of "All-for-All" Exchange

Russia and Ukraine exchanged 1,200 prisoners of war each on Monday in the first stage of the "all-for-all" swap foreseen by the Geneva ceasefire agreement, both sides confirmed.
The exchange took place on the Belarusian-Ukrainian border and was mediated by the United Arab Emirates and the Holy See, whose envoy Cardinal Matteo Zuppi has worked on humanitarian issues between Moscow and Kyiv since 2023.
On the same day, Ukraine received the bodies of 1,000 fallen soldiers and handed over 74 to Russia.

President Volodymyr Zelensky thanked Pope Leo XIV and said that the second stage should follow "by mid-January at the latest".
Kremlin spokesman Dmitry Peskov said Russia had "fulfilled its part" and accused Kyiv of holding back some 300 Russian servicemen captured in the Kursk region.
Kremlin aide Vladimir Medinsky, who heads the Russian side of the humanitarian working group, said the second stage would be discussed in Abu Dhabi on January 8.
Ukraine's human rights commissioner Dmytro Lubinets said it should also include 150 civilians held in Russia since 2022.
Among those freed by Russia were two ethnic Bulgarians from the Odesa region, Bulgaria's Foreign Ministry said on Tuesday.

Zelensky also proposed a "Christmas silence" on the entire front line from December 24 until Orthodox Christmas on January 7, with no drone flights at all.
The Kremlin rejected the idea, saying the ceasefire already applied and that "special truces" were not needed.
UN Secretary-General António Guterres welcomed the exchange as "proof that the Geneva agreement can deliver".
Pope Leo had appealed for "a Christmas without weapons" during his Angelus prayer on Sunday.
EU leaders agreed at their Brussels summit earlier this month to prepare further sanctions against Moscow should the truce collapse.

According to the UN monitoring mission, last week was the quietest since the truce began in October, with 512 recorded violations.
The mission's mandate was extended by the Security Council on Thursday for another six months.
Russia abstained after its demand to exclude officers from Nato countries was rejected.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b76en01_belfast_deputy_patrol_shelled_2026_10", "2026-10-20", EN01,
        [
            T("Sunday", "DATE", "2026-10-18", 0),
            T("midnight", "TIME", "2026-10-12T00:00", note="Kyiv time"),
            T("October 12", "DATE", "2026-10-12"),
            T("Monday", "DATE", "2026-10-19", 0),
            T("days", "DURATION", "PXD"),
            T("currently", "DATE", "PRESENT_REF"),
            T("the end of November", "DATE", "2026-11", mod="END"),
            T("2005", "DATE", "2005"),
            T("Monday", "DATE", "2026-10-19", 1),
            T("Sunday", "DATE", "2026-10-18", 1),
            T("Thursday", "DATE", "2026-10-22"),
            T("Monday evening", "TIME", "2026-10-19TEV"),
            T("next month", "DATE", "2026-11"),
            T("Tuesday", "DATE", "2026-10-20"),
        ],
        [
            E("UN monitors' vehicle hit by shrapnel near Malokaterynivka", "ASSAULT", ["United Nations"],
              "2026-10-18", "text", "occurred", "A BELFAST-born officer"),
            E("Ceasefire took effect at midnight on 12 October", "RETREAT", ["Russia", "Ukraine"], "2026-10-12",
              "text", "occurred", "since the truce took effect at midnight"),
            E("Guterres condemns the shelling of the UN patrol", "ACCUSE", ["António Guterres"], "2026-10-19", "text",
              "occurred", "condemned the shelling on Monday"),
            E("Guterres demands safe and unhindered access for the monitors", "REQUEST",
              ["António Guterres", "Russia", "Ukraine"], "2026-10-19", "text", "occurred",
              "condemned the shelling on Monday"),
            E("Russia blames Ukrainian drones", "ACCUSE", ["Russia", "Ukraine"], "2026-10-20", "published",
              "occurred", "Russia's defence ministry said Ukrainian drones"),
            E("Kyiv blames Russian artillery", "ACCUSE", ["Ukraine", "Russia"], "2026-10-20", "published", "occurred",
              "Russia's defence ministry said Ukrainian drones"),
            E("Sybiha calls the shelling a deliberate attempt to blind the monitors", "ACCUSE",
              ["Andrii Sybiha", "Russia"], "2026-10-20", "published", "occurred", "a deliberate attempt to blind"),
            E("Sybiha urges the UN to publish its findings within days", "REQUEST",
              ["Andrii Sybiha", "United Nations"], "2026-10-20", "published", "occurred",
              "a deliberate attempt to blind"),
            E("UN mission to reach full strength of 800 monitors", "COOPERATE", ["United Nations"], "2026-11", "text",
              "planned", "is due to reach its full strength", date_mod="END"),
            E("Joint coordination commission to meet in Istanbul", "CONSULT", ["Russia", "Ukraine"], "2026-10-22",
              "text", "planned", "A UN spokesperson said Sunday's incident"),
            E("Starmer–Zelensky call", "CONSULT", ["Keir Starmer", "Volodymyr Zelensky"], "2026-10-19TEV", "text",
              "occurred", "Prime Minister Keir Starmer spoke"),
            E("Starmer pledges surveillance drones and satellite imagery for the monitors", "AID",
              ["Keir Starmer", "United Kingdom", "United Nations"], "2026-10-19TEV", "context", "occurred",
              "Prime Minister Keir Starmer spoke"),
            E("Zelensky thanks Britain", "SUPPORT", ["Volodymyr Zelensky", "United Kingdom"], "2026-10-19TEV",
              "context", "occurred", "Mr Zelensky thanked Britain"),
            E("Zelensky accuses Russia of more than 400 violations", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2026-10-19TEV", "context", "occurred", "Mr Zelensky thanked Britain"),
            E("Kremlin rules out any role for NATO countries in the monitoring", "REJECT", ["Kremlin", "NATO"],
              "2026-10-20", "published", "occurred", "The Kremlin has ruled out"),
            E("Peskov warns London against British drones over the front line", "REQUEST",
              ["Dmitry Peskov", "United Kingdom"], "2026-10-20", "text", "occurred",
              "Kremlin spokesman Dmitry Peskov said on Tuesday"),
        ],
        [
            S("United Nations", "Deputy mission head: the team was lucky to walk away after the shrapnel hit",
              "2026-10-20", "published", "A BELFAST-born officer"),
            S("United Nations", "Nobody was injured when the armoured jeep was struck", "2026-10-20", "published",
              "Brigadier General (retd) Declan McAleese"),
            S("António Guterres", "Condemns the shelling; both sides must guarantee safe and unhindered access",
              "2026-10-19", "text", "condemned the shelling on Monday"),
            S("Russia", "Ukrainian drones had been active in the area", "2026-10-20", "published",
              "Russia's defence ministry said Ukrainian drones"),
            S("Ukraine", "Russian artillery east of Vasylivka is to blame", "2026-10-20", "published",
              "Russia's defence ministry said Ukrainian drones"),
            S("Andrii Sybiha", "A deliberate attempt to blind the monitors; the UN should publish its findings",
              "2026-10-20", "published", "a deliberate attempt to blind"),
            S("United Nations", "The general-staff hotline has worked better than expected", "2026-10-20",
              "published", "who helped verify IRA decommissioning"),
            S("United Nations", "Officers used the hotline 11 times by Monday, mostly about drone sightings",
              "2026-10-20", "published", "had used it 11 times by Monday"),
            S("United Nations", "The incident will be raised at the commission in Istanbul on Thursday", "2026-10-20",
              "published", "A UN spokesperson said Sunday's incident"),
            S("United Kingdom", "Starmer pledged surveillance drones and satellite imagery in a call with Zelensky",
              "2026-10-19TEV", "context", "Prime Minister Keir Starmer spoke"),
            S("Volodymyr Zelensky", "Thanks Britain; Russia has committed more than 400 violations",
              "2026-10-19TEV", "context", "Mr Zelensky thanked Britain"),
            S("Kremlin", "No role for NATO countries in the monitoring", "2026-10-20", "published",
              "The Kremlin has ruled out"),
            S("Dmitry Peskov", "British drones over the front would be an unfriendly act; London should not play games",
              "2026-10-20", "text", "Kremlin spokesman Dmitry Peskov said on Tuesday"),
        ],
        ["United Nations", "Russia", "Ukraine", "António Guterres", "Andrii Sybiha", "Keir Starmer",
         "Volodymyr Zelensky", "United Kingdom", "Kremlin", "NATO", "Dmitry Peskov"],
    ),
    doc(
        "b76en02_kenyan_officers_violations_2026_11", "2026-11-02", EN02,
        [
            T("Saturday", "DATE", "2026-10-31", 0),
            T("a week", "DURATION", "P1W"),
            T("weekly", "SET", "P1W"),
            T("Sunday", "DATE", "2026-11-01", 0),
            T("the seven days", "DURATION", "P7D"),
            T("October 31", "DATE", "2026-10-31", 0),
            T("the week before", "DATE", "2026-W43"),
            T("Saturday", "DATE", "2026-10-31", 1),
            T("Sunday night", "TIME", "2026-11-01TNI"),
            T("Sunday", "DATE", "2026-11-01", 2),
            T("September", "DATE", "2026-09"),
            T("October 14", "DATE", "2026-10-14"),
            T("Tuesday", "DATE", "2026-11-03"),
            T("October 31", "DATE", "2026-10-31", 1),
            T("this month", "DATE", "2026-11"),
        ],
        [
            E("Russia accuses Ukraine of a drone attack on a Donetsk bus depot", "ACCUSE", ["Russia", "Ukraine"],
              "2026-11-02", "published", "occurred", "Russia's defence ministry accused Ukraine"),
            E("Alleged Ukrainian drone attack on a bus depot in Donetsk", "ASSAULT", ["Ukraine", "Russia"],
              "2026-10-31", "text", "uncertain", "Russia's defence ministry accused Ukraine"),
            E("Ukraine accuses Russia of shelling Nikopol and bombing positions near Siversk", "ACCUSE",
              ["Ukraine", "Russia"], "2026-11-02", "published", "occurred", "Ukraine's General Staff said"),
            E("Alleged Russian shelling of Nikopol", "ASSAULT", ["Russia", "Ukraine"], "2026-11-01TNI", "text",
              "uncertain", "Ukraine's General Staff said"),
            E("Lavrov accuses the Europeans of arming Kyiv under cover of the truce", "ACCUSE",
              ["Sergey Lavrov", "European Union"], "2026-11-01", "text", "occurred",
              "Foreign Minister Sergey Lavrov said in a television interview"),
            E("Sybiha visited Nairobi", "CONSULT", ["Andrii Sybiha"], "2026-09", "text", "occurred",
              "who visited Nairobi in September"),
            E("Sybiha thanks Kenya for standing with the monitors", "SUPPORT", ["Andrii Sybiha"], "2026-11-02",
              "published", "occurred", "who visited Nairobi in September"),
            E("Russian embassy expects the mission to remain strictly impartial", "REQUEST",
              ["Russia", "United Nations"], "2026-11-02", "published", "occurred", "The Russian embassy in Nairobi"),
            E("Security Council creates the monitoring mission with Russian and US backing", "AGREE",
              ["United Nations", "Russia", "United States"], "2026-10-14", "text", "occurred",
              "Kenya offered the officers after the Security Council"),
            E("Joint coordination commission to meet in Istanbul on the pullback", "CONSULT", ["Russia", "Ukraine"],
              "2026-11-03", "text", "planned", "The joint coordination commission of the two armies"),
            E("Guterres to visit Kyiv", "CONSULT", ["António Guterres", "Ukraine"], "2026-11", "text", "planned",
              "is expected to visit Kyiv and Moscow"),
            E("Guterres to visit Moscow", "CONSULT", ["António Guterres", "Russia"], "2026-11", "text", "planned",
              "is expected to visit Kyiv and Moscow"),
            E("Kellogg urges both sides to use the hotline, not the artillery", "REQUEST",
              ["Keith Kellogg", "Russia", "Ukraine"], "2026-11-02", "published", "occurred",
              "special envoy Keith Kellogg said"),
        ],
        [
            S("United Nations", "Violations along the front line doubled in a week", "2026-11-01", "context",
              "Sixty Kenya Defence Forces officers"),
            S("United Nations", "Weekly bulletin: 428 violations in the seven days to 31 October, against 205",
              "2026-11-01", "text", "In its weekly bulletin released on Sunday"),
            S("United Nations", "Most violations involved drones and artillery; no blame attributed", "2026-11-01",
              "context", "Most involved drones and artillery"),
            S("Russia", "Ukrainian drone attack on a Donetsk bus depot killed two civilians", "2026-11-02",
              "published", "Russia's defence ministry accused Ukraine"),
            S("Ukraine", "Russian forces shelled Nikopol and dropped guided bombs near Siversk", "2026-11-02",
              "published", "Ukraine's General Staff said"),
            S("Sergey Lavrov", "The Europeans are pumping weapons into Kyiv under cover of the truce", "2026-11-01",
              "text", "Foreign Minister Sergey Lavrov said in a television interview"),
            S("Andrii Sybiha", "Thanks Kenya for standing with the monitors", "2026-11-02", "published",
              "who visited Nairobi in September"),
            S("Russia", "Embassy respects Kenya's decision but expects strict impartiality", "2026-11-02", "published",
              "The Russian embassy in Nairobi"),
            S("United Nations", "Guterres is expected in Kyiv and Moscow later this month", "2026-11-02",
              "published", "is expected to visit Kyiv and Moscow"),
            S("Keith Kellogg", "The truce is holding better than the headlines suggest; use the hotline",
              "2026-11-02", "published", "special envoy Keith Kellogg said"),
        ],
        ["United Nations", "Russia", "Ukraine", "Sergey Lavrov", "European Union", "Andrii Sybiha",
         "United States", "António Guterres", "Keith Kellogg"],
    ),
    doc(
        "b76en03_xi_chinese_monitors_offer_2026_11", "2026-11-18", EN03,
        [
            T("Nov 18", "DATE", "2026-11-18", note="dateline"),
            T("yesterday", "DATE", "2026-11-17"),
            T("mid-October", "DATE", "2026-10", mod="MID"),
            T("early next month", "DATE", "2026-12", mod="START"),
            T("today", "DATE", "2026-11-18"),
            T("1991", "DATE", "1991"),
            T("nightly", "SET", "P1D"),
            T("next week", "DATE", "2026-W48"),
            T("nearly two hours", "DURATION", "PT2H", mod="APPROX"),
            T("Monday", "DATE", "2026-11-16"),
            T("January", "DATE", "2027-01"),
            T("last week", "DATE", "2026-W46"),
            T("October 14", "DATE", "2026-10-14"),
        ],
        [
            E("Xi offers up to 300 Chinese observers for the UN monitoring mission", "REQUEST",
              ["Xi Jinping", "United Nations"], "2026-11-17", "text", "occurred", "Xi made the offer yesterday"),
            E("Chinese envoy Li Hui to travel to Moscow", "CONSULT", ["China", "Russia"], "2026-12", "text",
              "planned", "Li Hui, will travel to Moscow and Kyiv", date_mod="START"),
            E("Chinese envoy Li Hui to travel to Kyiv", "CONSULT", ["China", "Ukraine"], "2026-12", "text",
              "planned", "Li Hui, will travel to Moscow and Kyiv", date_mod="START"),
            E("Peskov welcomes a larger Chinese role", "SUPPORT", ["Dmitry Peskov", "China"], "2026-11-18", "text",
              "occurred", "Kremlin spokesman Dmitry Peskov said today"),
            E("Moscow demands officers from NATO states be withdrawn from the UN mission", "REQUEST",
              ["Russia", "United Nations", "NATO"], "2026-11-18", "published", "occurred",
              "Moscow has demanded that officers"),
            E("Moscow accuses the UN mission of bias", "ACCUSE", ["Russia", "United Nations"], "2026-11-18",
              "published", "occurred", "Moscow has demanded that officers"),
            E("Zelensky rejects China as a neutral monitor", "REJECT", ["Volodymyr Zelensky", "China"], "2026-11-18",
              "published", "occurred", "China could not act as a neutral monitor"),
            E("Zelensky accuses China of keeping Russia's war machine running", "ACCUSE",
              ["Volodymyr Zelensky", "China"], "2026-11-18", "published", "occurred",
              "China could not act as a neutral monitor"),
            E("Zelensky: observers only from countries recognising Ukraine's 1991 borders", "REQUEST",
              ["Volodymyr Zelensky", "United Nations"], "2026-11-18", "published", "occurred",
              "Ukraine would accept observers only"),
            E("Kyiv asks Beijing for clarity on vetting its observers", "REQUEST", ["Andrii Sybiha", "China"],
              "2026-11-18", "published", "occurred", "Foreign Minister Andrii Sybiha said Kyiv had asked Beijing"),
            E("Sybiha to discuss the offer with Guterres in New York", "CONSULT", ["Andrii Sybiha", "António Guterres"],
              "2026-W48", "text", "planned", "Foreign Minister Andrii Sybiha said Kyiv had asked Beijing"),
            E("Trump–Xi meeting in Shenzhen", "CONSULT", ["Donald Trump", "Xi Jinping"], "2026-11-16", "text",
              "occurred", "who met Xi for nearly two hours"),
            E("Trump and Xi agree to resume talks on tariffs and fentanyl", "AGREE", ["Donald Trump", "Xi Jinping"],
              "2026-11-16", "context", "occurred", "The two leaders also agreed"),
            E("US–China talks on tariffs and fentanyl to resume", "CONSULT", ["United States", "China"], "2027-01",
              "text", "planned", "The two leaders also agreed"),
            E("Anwar–Zelensky phone call on the ceasefire", "CONSULT", ["Volodymyr Zelensky"], "2026-W46", "text",
              "occurred", "Prime Minister Datuk Seri Anwar Ibrahim"),
            E("First 120 UN monitors deployed", "COOPERATE", ["United Nations"], "2026-10-14", "text", "occurred",
              "Seven Malaysian officers were among"),
        ],
        [
            S("Xi Jinping", "China is ready to contribute to peace in a concrete way", "2026-11-17", "context",
              "Xi made the offer yesterday"),
            S("China", "Li Hui will travel to Moscow and Kyiv early next month to discuss the proposal", "2026-11-18",
              "published", "Li Hui, will travel to Moscow and Kyiv"),
            S("Dmitry Peskov", "Russia welcomes the participation of friendly countries and a larger role for Beijing",
              "2026-11-18", "text", "Kremlin spokesman Dmitry Peskov said today"),
            S("Russia", "Officers from NATO states must leave the biased UN mission", "2026-11-18", "published",
              "Moscow has demanded that officers"),
            S("Volodymyr Zelensky", "China cannot be a neutral monitor while it keeps Russia's war machine running",
              "2026-11-18", "published", "China could not act as a neutral monitor"),
            S("Volodymyr Zelensky", "Observers only from countries that recognise Ukraine's 1991 borders",
              "2026-11-18", "published", "Ukraine would accept observers only"),
            S("Andrii Sybiha", "Kyiv asked Beijing for clarity and will discuss the offer with Guterres",
              "2026-11-18", "published", "Foreign Minister Andrii Sybiha said Kyiv had asked Beijing"),
            S("Donald Trump", "The offer is interesting, but Washington has not been asked", "2026-11-18", "published",
              "who met Xi for nearly two hours"),
            S("White House", "Trump and Xi agreed to resume talks on tariffs and fentanyl in January", "2026-11-16",
              "context", "The two leaders also agreed"),
        ],
        ["China", "Xi Jinping", "Russia", "Ukraine", "United Nations", "Kremlin", "Dmitry Peskov", "NATO",
         "Volodymyr Zelensky", "Andrii Sybiha", "António Guterres", "United States", "Donald Trump", "White House"],
    ),
    doc(
        "b76en04_kharkiv_drones_truce_breach_2026_12", "2026-12-03", EN04,
        [
            T("Wednesday", "DATE", "2026-12-02"),
            T("seven-week", "DURATION", "P7W"),
            T("overnight", "TIME", "2026-12-01TNI", note="night to Wednesday 2 December"),
            T("Thursday", "DATE", "2026-12-03"),
            T("last month", "DATE", "2026-11"),
            T("five hours", "DURATION", "PT5H"),
            T("last Friday", "DATE", "2026-11-27"),
            T("Tuesday", "DATE", "2026-12-01"),
            T("a few months", "DURATION", "PXM"),
            T("December 17", "DATE", "2026-12-17"),
        ],
        [
            E("Ukraine accuses Russia of the worst breach of the ceasefire", "ACCUSE", ["Ukraine", "Russia"],
              "2026-12-02", "text", "occurred", "KYIV: Ukraine on Wednesday accused Russia"),
            E("Alleged Russian drone strike on a Kharkiv heating plant", "ASSAULT", ["Russia", "Ukraine"],
              "2026-12-01TNI", "text", "uncertain", "KYIV: Ukraine on Wednesday accused Russia"),
            E("Moscow denies involvement", "REJECT", ["Russia", "Ukraine"], "2026-12-02", "context", "occurred",
              "Moscow denied any involvement"),
            E("Moscow calls on the UN mission to investigate", "REQUEST", ["Russia", "United Nations"], "2026-12-02",
              "context", "occurred", "Moscow denied any involvement"),
            E("Moscow calls the strike a Ukrainian false flag", "ACCUSE", ["Russia", "Ukraine"], "2026-12-02",
              "context", "occurred", "Moscow denied any involvement"),
            E("Ukraine raises the attack with the Russian general staff over the hotline", "CONSULT",
              ["Ukraine", "Russia"], "2026-12-01TNI", "context", "occurred",
              "Ukraine's military said it had raised the attack"),
            E("Satellite link added to the hotline", "COOPERATE", ["Russia", "Ukraine"], "2026-11", "text",
              "occurred", "including the satellite link added last month"),
            E("Zakharova accuses Kyiv of staging tragedies for the cameras", "ACCUSE", ["Maria Zakharova", "Ukraine"],
              "2026-12-03", "published", "occurred", "Maria Zakharova accused Kyiv"),
            E("Witkoff meets Putin in Moscow for five hours", "CONSULT", ["Steve Witkoff", "Vladimir Putin"],
              "2026-11-27", "text", "occurred", "The strike came days after US envoy Steve Witkoff"),
            E("Putin ready to pull heavy weapons back 15 kilometres", "AGREE", ["Vladimir Putin", "Ukraine"],
              "2026-11-27", "context", "occurred", "According to Kremlin aide Yuri Ushakov"),
            E("Putin's condition: Ukraine must pull back too", "REQUEST", ["Vladimir Putin", "Ukraine"],
              "2026-11-27", "context", "occurred", "According to Kremlin aide Yuri Ushakov"),
            E("Trump criticises both sides", "ACCUSE", ["Donald Trump", "Russia", "Ukraine"], "2026-12-01", "text",
              "occurred", "President Donald Trump said on Tuesday"),
            E("Trump threatens to walk away from the process", "THREATEN", ["Donald Trump", "Russia", "Ukraine"],
              "2026-12-01", "text", "occurred", "President Donald Trump said on Tuesday"),
            E("Macron and Merz call for immediate consequences if Russia is responsible", "REQUEST",
              ["Emmanuel Macron", "Friedrich Merz", "Russia"], "2026-12-03", "published", "occurred",
              "French President Emmanuel Macron and German Chancellor"),
            E("EU summit to discuss new sanctions", "CONSULT", ["European Union"], "2026-12-17", "text", "planned",
              "EU leaders are due to discuss new sanctions"),
            E("Zelensky to ask EU leaders for more air defence", "REQUEST", ["Volodymyr Zelensky", "European Union"],
              "2026-12-17", "context", "planned", "Ukrainian President Volodymyr Zelensky said he would ask"),
        ],
        [
            S("Ukraine", "Russian drones struck a heating plant in Kharkiv overnight, killing three", "2026-12-02",
              "text", "KYIV: Ukraine on Wednesday accused Russia"),
            S("Russia", "Denies involvement; the UN should investigate a Ukrainian false flag", "2026-12-02",
              "context", "Moscow denied any involvement"),
            S("United Nations", "Monitors will visit the site on Thursday", "2026-12-02", "context",
              "The mission said its monitors would visit"),
            S("United Nations", "Ferreira: a grave violation if Russian responsibility is confirmed", "2026-12-02",
              "context", "Its head, retired Brazilian general"),
            S("Ukraine", "Regional governor: heating cut to 40,000 households", "2026-12-03", "published",
              "Kharkiv's regional governor said"),
            S("Ukraine", "Raised the attack over the hotline but received no meaningful answer", "2026-12-02",
              "context", "Ukraine's military said it had raised the attack"),
            S("Vladimir Putin, via Yuri Ushakov", "Russia is ready to pull heavy weapons back 15 km if Ukraine does "
              "the same", "2026-11-27", "context", "According to Kremlin aide Yuri Ushakov"),
            S("Donald Trump", "Very disappointed with both sides; will walk away if they cannot keep the guns quiet",
              "2026-12-01", "text", "President Donald Trump said on Tuesday"),
            S("Joint statement: Emmanuel Macron, Friedrich Merz", "Immediate consequences if Russia's responsibility "
              "is confirmed", "2026-12-03", "published", "French President Emmanuel Macron and German Chancellor"),
            S("Maria Zakharova", "Kyiv is staging tragedies for the cameras", "2026-12-03", "published",
              "Maria Zakharova accused Kyiv"),
            S("Volodymyr Zelensky", "Will ask EU leaders for more air defence so a ceasefire does not mean "
              "defencelessness", "2026-12-03", "published", "Ukrainian President Volodymyr Zelensky said he would ask"),
        ],
        ["Ukraine", "Russia", "United Nations", "Maria Zakharova", "United States", "Steve Witkoff",
         "Vladimir Putin", "Kremlin", "Yuri Ushakov", "Donald Trump", "France", "Emmanuel Macron", "Germany",
         "Friedrich Merz", "European Union", "Volodymyr Zelensky"],
    ),
    doc(
        "b76en05_lukashenka_minsk_offer_2026_12", "2026-12-15", EN05,
        [
            T("2015", "DATE", "2015"),
            T("December 10", "DATE", "2026-12-10", 0),
            T("two-month-old", "DURATION", "P2M"),
            T("December 10", "DATE", "2026-12-10", 1, note="source date"),
            T("The next day", "DATE", "2026-12-11"),
            T("December 11", "DATE", "2026-12-11", note="source date"),
            T("December 12", "DATE", "2026-12-12", 0),
            T("February 2022", "DATE", "2022-02"),
            T("December 12", "DATE", "2026-12-12", 1, note="source date"),
            T("February 2015", "DATE", "2015-02"),
            T("March 2014", "DATE", "2014-03"),
            T("March 2022", "DATE", "2022-03"),
            T("now", "DATE", "PRESENT_REF"),
            T("November", "DATE", "2026-11"),
            T("October 9", "DATE", "2026-10-09"),
            T("December 9", "DATE", "2026-12-09", note="source date"),
            T("December 14", "DATE", "2026-12-14", 0),
            T("December 14", "DATE", "2026-12-14", 1, note="source date"),
            T("October", "DATE", "2026-10", 1),
            T("Sunday", "DATE", "2026-12-13"),
            T("December 13", "DATE", "2026-12-13", note="source date"),
            T("this week", "DATE", "2026-W51"),
        ],
        [
            E("Lukashenko offers to move the joint coordination commission to Minsk", "REQUEST",
              ["Alexander Lukashenko", "Russia", "Ukraine"], "2026-12-10", "text", "occurred",
              "On December 10, Belarusian ruler"),
            E("Putin backs Lukashenko's idea", "SUPPORT", ["Vladimir Putin", "Alexander Lukashenko"], "2026-12-11",
              "text", "occurred", "The next day, Russian President Vladimir Putin"),
            E("Lukashenko proposes Belarusian officers for the UN monitors", "REQUEST",
              ["Alexander Lukashenko", "United Nations"], "2026-12-10", "context", "occurred",
              "Lukashenka also proposed that Belarusian officers"),
            E("Ukraine's foreign ministry dismisses the idea as absurd", "REJECT", ["Ukraine", "Belarus"],
              "2026-12-15", "published", "occurred", "Lukashenka also proposed that Belarusian officers"),
            E("Zelensky rejects Minsk as a venue", "REJECT", ["Volodymyr Zelensky", "Belarus"], "2026-12-12", "text",
              "occurred", "Kyiv's answer came on December 12"),
            E("Russian invasion of northern Ukraine from Belarus", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text",
              "occurred", "Kyiv's answer came on December 12"),
            E("Minsk II package agreed", "AGREE", ["Germany", "France", "Russia", "Ukraine"], "2015-02", "text",
              "occurred", "The Minsk II package of February 2015"),
            E("Pullback of heavy weapons agreed in Geneva", "AGREE", ["Russia", "Ukraine"], "2026-10-09", "text",
              "occurred", "The UN monitoring mission counted more than 3,100"),
            E("Lavrov accuses Kyiv of sabotaging the pullback", "ACCUSE", ["Sergey Lavrov", "Ukraine"], "2026-12-14",
              "text", "occurred", "On December 14, Foreign Minister Sergei Lavrov"),
            E("Lavrov: Russia will not move its artillery", "REJECT", ["Sergey Lavrov", "Ukraine"], "2026-12-14",
              "text", "occurred", "On December 14, Foreign Minister Sergei Lavrov"),
            E("Lavrov's condition: Ukraine must pull back first", "REQUEST", ["Sergey Lavrov", "Ukraine"],
              "2026-12-14", "text", "occurred", "On December 14, Foreign Minister Sergei Lavrov"),
            E("Turkey hosts the joint coordination commission since October", "CONSULT",
              ["Turkey", "Russia", "Ukraine"], "2026-10", "text", "occurred", "Ankara, which has hosted the commission",
              date_mod="START"),
            E("Fidan sees no reason to move the commission from Istanbul", "REJECT",
              ["Hakan Fidan", "Alexander Lukashenko"], "2026-12-13", "text", "occurred",
              "Turkish Foreign Minister Hakan Fidan said on Sunday"),
            E("Tusk warns the EU against legitimising Lukashenko", "REQUEST",
              ["Donald Tusk", "European Union", "Alexander Lukashenko"], "2026-12-15", "published", "occurred",
              "Prime Minister Donald Tusk warned"),
            E("Witkoff to meet Fidan in Ankara", "CONSULT", ["Steve Witkoff", "Hakan Fidan"], "2026-W51", "text",
              "planned", "Washington has stayed silent so far"),
        ],
        [
            S("Alexander Lukashenko", "Offers to move the joint coordination commission from Istanbul to Minsk",
              "2026-12-10", "text", "On December 10, Belarusian ruler"),
            S("Vladimir Putin", "The idea is logical; Minsk has a certain experience in such matters", "2026-12-11",
              "text", "The next day, Russian President Vladimir Putin"),
            S("Ukraine", "Foreign ministry: Belarusian officers among the monitors would be absurd", "2026-12-15",
              "published", "Lukashenka also proposed that Belarusian officers"),
            S("Volodymyr Zelensky", "A city from which Russia invaded cannot be a neutral venue", "2026-12-12", "text",
              "Kyiv's answer came on December 12"),
            S("United Nations", "More than 3,100 violations in November; the pullback has stalled", "2026-12-09",
              "text", "The UN monitoring mission counted more than 3,100"),
            S("Sergey Lavrov", "Kyiv is sabotaging the pullback; no Russian artillery moves until Ukraine goes first",
              "2026-12-14", "text", "On December 14, Foreign Minister Sergei Lavrov"),
            S("Hakan Fidan", "Istanbul has proven its worth; no reason for a change", "2026-12-13", "text",
              "Turkish Foreign Minister Hakan Fidan said on Sunday"),
            S("Donald Tusk", "The EU must not lend Lukashenko the legitimacy of a peacemaker", "2026-12-15",
              "published", "Prime Minister Donald Tusk warned"),
        ],
        ["Alexander Lukashenko", "Belarus", "Russia", "Ukraine", "Vladimir Putin", "United Nations",
         "Volodymyr Zelensky", "Germany", "France", "Sergey Lavrov", "Turkey", "Hakan Fidan", "Donald Tusk",
         "European Union", "United States", "Steve Witkoff"],
    ),
    doc(
        "b76en06_all_for_all_first_stage_2026_12", "2026-12-22", EN06,
        [
            T("Monday", "DATE", "2026-12-21"),
            T("2023", "DATE", "2023"),
            T("the same day", "DATE", "2026-12-21"),
            T("mid-January", "DATE", "2027-01", mod="MID"),
            T("January 8", "DATE", "2027-01-08"),
            T("2022", "DATE", "2022"),
            T("Tuesday", "DATE", "2026-12-22"),
            T("December 24", "DATE", "2026-12-24"),
            T("Orthodox Christmas", "DATE", "2027-01-07"),
            T("January 7", "DATE", "2027-01-07"),
            T("Sunday", "DATE", "2026-12-20"),
            T("this month", "DATE", "2026-12"),
            T("last week", "DATE", "2026-W51"),
            T("October", "DATE", "2026-10"),
            T("Thursday", "DATE", "2026-12-17"),
            T("another six months", "DURATION", "P6M"),
        ],
        [
            E("Russia and Ukraine exchange 1,200 prisoners each", "CONCEDE", ["Russia", "Ukraine"], "2026-12-21",
              "text", "occurred", "Russia and Ukraine exchanged 1,200 prisoners"),
            E("UAE and Holy See mediate the exchange", "CONSULT", ["Vatican", "Russia", "Ukraine"], "2026-12-21",
              "context", "occurred", "The exchange took place on the Belarusian-Ukrainian border"),
            E("Zuppi's humanitarian mediation between Moscow and Kyiv since 2023", "CONSULT",
              ["Vatican", "Russia", "Ukraine"], "2023", "text", "occurred",
              "The exchange took place on the Belarusian-Ukrainian border", date_mod="START"),
            E("Exchange of bodies: 1,000 to Ukraine, 74 to Russia", "CONCEDE", ["Russia", "Ukraine"], "2026-12-21",
              "text", "occurred", "On the same day, Ukraine received the bodies"),
            E("Zelensky thanks Pope Leo XIV", "SUPPORT", ["Volodymyr Zelensky", "Vatican"], "2026-12-22", "published",
              "occurred", "President Volodymyr Zelensky thanked Pope Leo XIV"),
            E("Zelensky demands the second stage by mid-January", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2026-12-22", "published", "occurred", "President Volodymyr Zelensky thanked Pope Leo XIV"),
            E("Peskov accuses Kyiv of holding back some 300 Russian servicemen", "ACCUSE", ["Dmitry Peskov", "Ukraine"],
              "2026-12-22", "published", "occurred", "Kremlin spokesman Dmitry Peskov said Russia"),
            E("Second stage of the exchange to be discussed in Abu Dhabi", "CONSULT", ["Vladimir Medinsky", "Ukraine"],
              "2027-01-08", "text", "planned", "Kremlin aide Vladimir Medinsky"),
            E("Lubinets demands 150 civilians be included in the next stage", "REQUEST", ["Ukraine", "Russia"],
              "2026-12-22", "published", "occurred", "Dmytro Lubinets said"),
            E("Zelensky proposes a Christmas silence from 24 December to 7 January", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2026-12-22", "published", "occurred",
              "Zelensky also proposed a \"Christmas silence\""),
            E("Kremlin rejects special Christmas truces", "REJECT", ["Kremlin", "Volodymyr Zelensky"], "2026-12-22",
              "published", "occurred", "The Kremlin rejected the idea"),
            E("Guterres welcomes the exchange", "SUPPORT", ["António Guterres", "Russia", "Ukraine"], "2026-12-22",
              "published", "occurred", "UN Secretary-General António Guterres welcomed"),
            E("Pope Leo appeals for a Christmas without weapons", "REQUEST", ["Vatican", "Russia", "Ukraine"],
              "2026-12-20", "text", "occurred", "Pope Leo had appealed"),
            E("EU leaders agree to prepare further sanctions should the truce collapse", "THREATEN",
              ["European Union", "Russia"], "2026-12", "text", "occurred", "EU leaders agreed at their Brussels summit"),
            E("Ceasefire began in October", "RETREAT", ["Russia", "Ukraine"], "2026-10", "text", "occurred",
              "According to the UN monitoring mission, last week"),
            E("Security Council extends the mission's mandate for six months", "AGREE", ["United Nations"],
              "2026-12-17", "text", "occurred", "The mission's mandate was extended"),
            E("Russia's demand to exclude officers from NATO countries rejected", "REJECT",
              ["United Nations", "Russia"], "2026-12-17", "context", "occurred", "Russia abstained after its demand"),
        ],
        [
            S("Russia", "Confirms the 1,200-for-1,200 exchange", "2026-12-22", "published",
              "Russia and Ukraine exchanged 1,200 prisoners"),
            S("Ukraine", "Confirms the 1,200-for-1,200 exchange", "2026-12-22", "published",
              "Russia and Ukraine exchanged 1,200 prisoners"),
            S("Volodymyr Zelensky", "Thanks Pope Leo; the second stage should follow by mid-January at the latest",
              "2026-12-22", "published", "President Volodymyr Zelensky thanked Pope Leo XIV"),
            S("Dmitry Peskov", "Russia fulfilled its part; Kyiv holds back some 300 Russian servicemen", "2026-12-22",
              "published", "Kremlin spokesman Dmitry Peskov said Russia"),
            S("Vladimir Medinsky", "The second stage will be discussed in Abu Dhabi on 8 January", "2026-12-22",
              "published", "Kremlin aide Vladimir Medinsky"),
            S("Ukraine", "Lubinets: the next stage should include 150 civilians held since 2022", "2026-12-22",
              "published", "Dmytro Lubinets said"),
            S("Volodymyr Zelensky", "Proposes a Christmas silence on the whole front line", "2026-12-22", "published",
              "Zelensky also proposed a \"Christmas silence\""),
            S("Kremlin", "The ceasefire already applies; special truces are not needed", "2026-12-22", "published",
              "The Kremlin rejected the idea"),
            S("António Guterres", "The exchange is proof that the Geneva agreement can deliver", "2026-12-22",
              "published", "UN Secretary-General António Guterres welcomed"),
            S("Vatican", "Pope Leo appeals for a Christmas without weapons", "2026-12-20", "text",
              "Pope Leo had appealed"),
            S("United Nations", "Last week was the quietest since October, with 512 violations", "2026-12-22",
              "published", "According to the UN monitoring mission, last week"),
        ],
        ["Russia", "Ukraine", "Vatican", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "Vladimir Medinsky",
         "António Guterres", "European Union", "United Nations", "NATO"],
    ),
]
