"""English articles of the blind33 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b33en01 (swissinfo.ch)
EN01 = """
UN suspends Russia from Geneva-based Human Rights Council

The UN General Assembly on Thursday suspended Russia from the Human Rights Council in Geneva over reports of "gross and systematic" violations by Russian troops in Ukraine.
The resolution, drafted by the United States, received 93 votes in favour and 24 against, with 58 abstentions, among them India, Brazil and South Africa.
Russia and China were among the countries that voted no.
Switzerland, which hosts the 47-member council but does not currently sit on it, voted in favour.

Only one country had previously been suspended from the body: Libya, in 2011.
Moscow's deputy ambassador Gennady Kuzmin called the vote "an illegitimate and politically motivated step" by the United States and its allies.
Minutes later he announced that Russia had decided to end its membership of the council early.
Russia had already been expelled from the Council of Europe in Strasbourg in March.

US Ambassador Linda Thomas-Greenfield had first called for the suspension on Monday during a visit to Bucharest, after images of killed civilians emerged from the town of Bucha near Kyiv.
"Russia's participation on the Human Rights Council is a farce," she said at the time.
Ukraine accuses Russian forces of killing hundreds of civilians in Bucha during their occupation of the town in March; Moscow denies this and speaks of a staged provocation.
UN human rights chief Michelle Bachelet said on Wednesday that the images raised "serious and disturbing questions about possible war crimes" by Russian troops.

Kremlin spokesman Dmitry Peskov said Russia regretted the decision and would "continue to defend its interests by all legal means".
In an interview with Britain's Sky News on Thursday, Peskov also acknowledged that Russia had suffered "significant losses of troops".

Ukraine's foreign minister Dmytro Kuleba welcomed the vote.
"War criminals have no place in UN bodies aimed at protecting human rights," he wrote on Twitter.
Kuleba was in Brussels on Thursday for talks with NATO foreign ministers, at which he asked for "weapons, weapons and weapons".
NATO Secretary General Jens Stoltenberg said allies had agreed to step up their support, including with heavier equipment.

In Bern, Foreign Minister Ignazio Cassis said Switzerland had backed the resolution because "neutrality does not mean indifference".
The Federal Council had adopted the EU's sanctions against Russia at the end of February.
Switzerland is running for a non-permanent seat on the UN Security Council for 2023 and 2024, with the vote in the General Assembly due in June.
"""

# ---------------------------------------------------------------- b33en02 (The Jakarta Post)
EN02 = """
Blinken, Lavrov share a room but not a word as ASEAN meetings end in Phnom Penh

The Jakarta Post, Phnom Penh: The annual meetings of ASEAN foreign ministers and their partners ended in Phnom Penh on Friday with the war in Ukraine and rising tensions over Taiwan hanging over the talks.
US Secretary of State Antony Blinken and Russian Foreign Minister Sergey Lavrov both attended the East Asia Summit foreign ministers' meeting on Friday but did not speak to each other.
Blinken told reporters afterwards that he had no plans to meet Lavrov, saying Moscow had shown no interest in "meaningful diplomacy".
Lavrov and China's Foreign Minister Wang Yi left the room while Japanese Foreign Minister Yoshimasa Hayashi was speaking, according to diplomats present.

Lavrov and Wang had met on Thursday and, according to the Russian Foreign Ministry, agreed to coordinate more closely in multilateral forums.
On Friday Lavrov accused Washington of provoking China with House Speaker Nancy Pelosi's visit to Taiwan earlier this week.
On a possible prisoner exchange, he said the issue could only be discussed through the channel agreed by Presidents Vladimir Putin and Joe Biden at their Geneva summit in June last year, not through "public diplomacy".

Blinken had raised the cases of basketball player Brittney Griner and former Marine Paul Whelan in a phone call with Lavrov on July 29, their first conversation since the start of the war.
Washington made what Blinken called a "substantial proposal" to Moscow in June.
A Russian court on Thursday sentenced Griner to nine years in prison for drug smuggling, a verdict that US President Biden called "unacceptable".

Foreign Minister Retno Marsudi met Lavrov on Thursday and, in her words, conveyed Indonesia's hope "that the war ends soon".
In April, Indonesia, which holds the Group of 20 presidency this year, invited both Putin and Ukrainian President Volodymyr Zelensky to the leaders' summit in Bali.
Whether either will attend the summit in November remains unclear.
"The G20 must remain a forum where everyone can talk," Retno told reporters.

In their joint communique, the ASEAN ministers repeated their call for respect for sovereignty and territorial integrity and for a peaceful resolution of the conflict.
Meanwhile, Turkish President Recep Tayyip Erdogan met Putin in the Russian resort of Sochi on Friday.
Grain exports from Ukraine's Black Sea ports have resumed under a deal that Russia and Ukraine signed with Türkiye and the United Nations in Istanbul in July.
Indonesia, one of the largest importers of Ukrainian wheat, has welcomed the agreement.
"""

# ---------------------------------------------------------------- b33en03 (The Hindu)
EN03 = """
Modi, Putin hold talks in Moscow; PM says solution to Ukraine conflict not possible on battlefield

MOSCOW: Prime Minister Narendra Modi told Russian President Vladimir Putin on Tuesday that a solution to the conflict in Ukraine could not be found on the battlefield and that peace talks could not succeed "amid bombs, guns and bullets".
"As a friend, I have always said that dialogue and diplomacy are the only way," Mr. Modi said at the start of delegation-level talks in the Kremlin.
He also referred to the killing of children in a missile strike on a children's hospital in Kyiv on Monday, saying: "When innocent children are killed, the heart bleeds."

The two leaders had met informally on Monday evening at Mr. Putin's residence at Novo-Ogaryovo outside Moscow, where, according to the Kremlin, Mr. Putin thanked the Prime Minister for his efforts to find a peaceful solution.
Foreign Secretary Vinay Kwatra told reporters that Russia had agreed to discharge Indian nationals recruited into its army and to facilitate their return.
The two sides also set a target of $100 billion in bilateral trade by 2030 and signed nine agreements.
Mr. Putin conferred on Mr. Modi the Order of St. Andrew the Apostle, Russia's highest state honour, at a ceremony in the Kremlin.

The visit drew sharp criticism from Kyiv.
Ukrainian President Volodymyr Zelenskyy said on Monday it was "a huge disappointment and a devastating blow to peace efforts to see the leader of the world's largest democracy hug the world's most bloody criminal in Moscow on such a day".
At least 38 people were killed in missile attacks across Ukraine on Monday, Ukrainian officials said.
Russia's Defence Ministry denied targeting the hospital and blamed a Ukrainian air defence missile.

In Washington, State Department spokesperson Matthew Miller said the United States had made its concerns about India's relationship with Russia "very clear" and urged New Delhi to support any effort to achieve a peace that respects Ukraine's territorial integrity.
Kremlin spokesperson Dmitry Peskov said the West was watching the visit "with jealousy".

The visit, Mr. Modi's first to Russia since the start of the conflict in February 2022, coincided with the opening of the NATO summit in Washington, where allies are expected to pledge new air defence systems for Ukraine.
Mr. Modi had skipped the Shanghai Cooperation Organisation summit in Astana last week, where Mr. Putin met Chinese President Xi Jinping.
He left for Vienna on Tuesday evening, the first visit by an Indian Prime Minister to Austria in 41 years.
"""

# ---------------------------------------------------------------- b33en04 (The Baltic Times)
EN04 = """
JEF leaders in Tallinn pledge to keep Ukraine "in the strongest possible position"

TALLINN - Leaders of the ten-nation Joint Expeditionary Force (JEF) met in Tallinn on Tuesday and pledged to keep supporting Ukraine through the winter and into any negotiations next year.
Estonian Prime Minister Kristen Michal hosted the summit, which was attended by British Prime Minister Keir Starmer, Finnish President Alexander Stubb and the leaders of the other Nordic and Baltic states and the Netherlands.
Ukrainian President Volodymyr Zelensky joined by video link and asked the partners for more air defence systems and for "real guarantees" before any talks with Moscow.
"We must put Ukraine in the strongest possible position, in the war and at the negotiating table," Starmer told reporters after the meeting.

Britain on Tuesday also imposed sanctions on 20 more vessels of Russia's so-called shadow fleet, bringing the number of tankers it has blacklisted to 93.
The JEF leaders agreed to step up joint monitoring of undersea cables and pipelines in the Baltic Sea, following a series of incidents in which ships dragged their anchors across the seabed.
Michal said the shadow fleet was "not only an environmental threat, but a security threat".

On Monday, EU foreign ministers in Brussels adopted a 15th package of sanctions against Russia, which targets more shadow fleet vessels and Chinese companies supplying components for drones.
It was the first such package under the EU's new foreign policy chief and former Estonian prime minister Kaja Kallas, who said Europe "must keep up the pressure on the Kremlin".

In Moscow, Lieutenant General Igor Kirillov, head of Russia's nuclear, biological and chemical protection troops, was killed on Tuesday morning when a bomb hidden in a scooter exploded outside his apartment building.
A source in Ukraine's SBU security service told media the service was behind the attack.
The SBU had on Monday charged Kirillov in absentia with ordering the use of banned chemical weapons on the battlefield.
Dmitry Medvedev, deputy head of Russia's Security Council, vowed "inevitable punishment" for Ukraine's military and political leadership.

Kremlin spokesman Dmitry Peskov on Wednesday dismissed talk of a European peacekeeping force in Ukraine, an idea promoted by French President Emmanuel Macron, as "premature".
Macron discussed the idea with Polish Prime Minister Donald Tusk in Warsaw last Thursday.
Tusk said afterwards that Poland had no plans to send troops.
Zelensky is due in Brussels on Wednesday evening for a dinner hosted by NATO Secretary General Mark Rutte with several European leaders, ahead of an EU summit on Thursday.

Nearly 40,000 Ukrainian refugees currently live in Estonia, according to the Interior Ministry.
"""

# ---------------------------------------------------------------- b33en05 (Novaya Gazeta Europe)
EN05 = """
'Unique weapon': Putin boasts of nuclear-powered missile as Dmitriev tours US talk shows

Vladimir Putin on Sunday announced the completion of tests of the Burevestnik nuclear-powered cruise missile, a weapon he first unveiled in 2018, in what appeared to be a message to Washington days after the United States imposed its first sanctions on Russia since Donald Trump's return to the White House.
Dressed in military fatigues, Putin met Chief of the General Staff Valery Gerasimov and other commanders at a headquarters of the joint group of forces, according to footage released by the Kremlin.
Gerasimov reported that the missile had flown about 14,000 kilometres and stayed in the air for around 15 hours during a test on 21 October.
Putin ordered work to begin on preparing the infrastructure to deploy the weapon.

Trump reacted on Monday aboard Air Force One on his way to Japan.
"I don't think it's an appropriate thing for Putin to be saying," he told reporters.
"He ought to end the war - a war that should have taken one week is now heading into its fourth year."
He added that the United States had a nuclear submarine "right off their coast".
Kremlin spokesman Dmitry Peskov said the test should not affect relations with Washington and was not directed against anyone.

Kirill Dmitriev, Putin's special envoy for investment and economic cooperation, spent three days in the United States over the weekend, his first visit since the Anchorage summit in August.
He met Trump's envoy Steve Witkoff in Miami on Saturday and told CNN that Russia, the United States and Ukraine were "very close" to a diplomatic solution.
Treasury Secretary Scott Bessent had dismissed Dmitriev on Friday as "a Russian propagandist".

The trip came after Trump on Wednesday imposed sanctions on Rosneft and Lukoil, Russia's two largest oil companies, and shelved a summit with Putin in Budapest that had been floated for early November, saying it "didn't feel right".
The EU adopted its 19th sanctions package on Thursday, including a ban on imports of Russian liquefied natural gas from 2027.
Putin said the same day that the US sanctions were "an unfriendly act" that would not significantly affect the Russian economy.
Volodymyr Zelensky welcomed the sanctions and said the Burevestnik test showed that Moscow was "investing in new weapons instead of peace".
Overnight, Russian drones struck Kyiv again, killing two people and injuring at least 20, the city's military administration said.

Independent experts are sceptical.
The Burevestnik's record of failed tests, including a 2019 explosion near Severodvinsk that killed five nuclear engineers, suggests the weapon is still years away from deployment, one Russian military analyst told Novaya Gazeta Europe on condition of anonymity.
"""

# ---------------------------------------------------------------- b33en06 (Stars and Stripes)
EN06 = """
New START expires, but US and Russia pledge to keep nuclear limits for a year

WASHINGTON - The last treaty limiting the nuclear arsenals of the United States and Russia expired on Thursday, but both governments said they would continue to observe its central limits for at least one year.
The White House said in a statement that President Donald Trump had accepted Russian President Vladimir Putin's offer, first made in September, to stay within the caps of 1,550 deployed strategic warheads and 700 deployed missiles and bombers as long as Washington did the same.
"It's a good deal for now, and we'll see if we can make a bigger one, maybe with China," Trump told reporters in the Oval Office on Thursday.

In Moscow, Kremlin spokesman Dmitry Peskov on Friday welcomed the decision as "a responsible step" but said a follow-on agreement would require Washington to take Russia's security concerns, including NATO's expansion, into account.
Secretary of State Marco Rubio spoke with Foreign Minister Sergey Lavrov by phone on Wednesday, and both sides agreed that expert groups would meet in Geneva in March to discuss what might follow the treaty, according to the State Department.

China, whose arsenal the Pentagon estimates at more than 600 warheads, has repeatedly refused to join arms control talks.
Foreign ministry spokesman Lin Jian said on Friday that Beijing "will not take part in trilateral negotiations".
NATO Secretary General Mark Rutte called the one-year arrangement "better than nothing" but warned that Russia was expanding its arsenal of non-strategic nuclear weapons, which New START never covered.

In Kyiv, President Volodymyr Zelenskyy urged Washington not to let arms control talks with Moscow become "a bargaining chip" over Ukraine.
His remarks came as the second round of U.S.-Russia-Ukraine talks in Abu Dhabi ended on Thursday without agreement on a ceasefire, although the two warring sides agreed to exchange 150 prisoners each.

For the roughly 400 Minuteman III missiles on alert at F.E. Warren, Malmstrom and Minot air force bases, nothing changes for now, Air Force Global Strike Command said.
Russian inspectors have not visited U.S. bases since 2020, when on-site inspections were halted during the coronavirus pandemic.
Moscow suspended its participation in the treaty in February 2023.
At U.S. European Command in Stuttgart, officials said the arrangement would not affect the rotation of American troops in Europe.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b33en01_unga_suspends_russia_hrc_2022_04", "2022-04-08", EN01,
        [
            T("Thursday", "DATE", "2022-04-07", 0),
            T("currently", "DATE", "PRESENT_REF"),
            T("2011", "DATE", "2011"),
            T("March", "DATE", "2022-03", 0),
            T("Monday", "DATE", "2022-04-04"),
            T("March", "DATE", "2022-03", 1),
            T("Wednesday", "DATE", "2022-04-06"),
            T("Thursday", "DATE", "2022-04-07", 1),
            T("Thursday", "DATE", "2022-04-07", 2),
            T("the end of February", "DATE", "2022-02", mod="END"),
            T("2023", "DATE", "2023"),
            T("2024", "DATE", "2024"),
            T("June", "DATE", "2022-06"),
        ],
        [
            E("UN General Assembly suspends Russia from the Human Rights Council", "SANCTION",
              ["United Nations", "Russia"], "2022-04-07", "text", "occurred",
              "suspended Russia from the Human Rights Council in Geneva"),
            E("US-drafted resolution to suspend Russia", "REQUEST", ["United States", "United Nations", "Russia"],
              "2022-04-07", "context", "occurred", "The resolution, drafted by the United States"),
            E("Russia and China vote against the resolution", "REJECT", ["Russia", "China"], "2022-04-07", "context",
              "occurred", "Russia and China were among"),
            E("Libya was suspended from the council", "SANCTION", ["United Nations"], "2011", "text", "occurred",
              "Only one country had previously", note="Libya is not canonical"),
            E("Kuzmin calls the vote an illegitimate, politically motivated step by the US and its allies", "ACCUSE",
              ["Russia", "United States"], "2022-04-07", "context", "occurred", "Gennady Kuzmin called the vote"),
            E("Russia ends its membership of the Human Rights Council early", "SANCTION", ["Russia", "United Nations"],
              "2022-04-07", "context", "occurred", "Minutes later he announced"),
            E("Russia expelled from the Council of Europe", "SANCTION", ["Russia"], "2022-03", "text", "occurred",
              "expelled from the Council of Europe", note="16 March 2022; the Council of Europe is not canonical"),
            E("Thomas-Greenfield calls for Russia's suspension", "REQUEST", ["United States", "United Nations", "Russia"],
              "2022-04-04", "text", "occurred", "had first called for the suspension on Monday"),
            E("Ukraine accuses Russian forces of killing civilians in Bucha", "ACCUSE", ["Ukraine", "Russia"],
              "2022-04-08", "published", "occurred", "Ukraine accuses Russian forces"),
            E("Killings of civilians in Bucha during the Russian occupation", "ASSAULT", ["Russia", "Ukraine"],
              "2022-03", "text", "occurred", "Ukraine accuses Russian forces", note="attribution denied by Moscow"),
            E("Moscow denies and speaks of a staged provocation", "ACCUSE", ["Russia", "Ukraine"], "2022-04-08",
              "published", "occurred", "Ukraine accuses Russian forces"),
            E("Bachelet: the images raise questions about possible war crimes by Russian troops", "ACCUSE",
              ["United Nations", "Russia"], "2022-04-06", "text", "occurred", "Michelle Bachelet said on Wednesday"),
            E("Kuleba welcomes the vote", "SUPPORT", ["Ukraine", "United Nations"], "2022-04-07", "context", "occurred",
              "Dmytro Kuleba welcomed the vote"),
            E("Kuleba meets NATO foreign ministers in Brussels", "CONSULT", ["Ukraine", "NATO"], "2022-04-07", "text",
              "occurred", "Kuleba was in Brussels on Thursday"),
            E("Kuleba asks NATO for weapons", "REQUEST", ["Ukraine", "NATO"], "2022-04-07", "context", "occurred",
              "Kuleba was in Brussels on Thursday"),
            E("NATO allies agree to step up support for Ukraine", "AGREE", ["Jens Stoltenberg", "NATO", "Ukraine"],
              "2022-04-07", "context", "occurred", "allies had agreed to step up"),
            E("Switzerland adopted the EU sanctions against Russia", "SANCTION", ["Russia"], "2022-02", "text",
              "occurred", "The Federal Council had adopted", date_mod="END",
              note="28 February 2022; Switzerland is not canonical"),
        ],
        [
            S("Russia", "Kuzmin: the vote is an illegitimate and politically motivated step by the US and its allies",
              "2022-04-07", "context", "Gennady Kuzmin called the vote"),
            S("Russia", "Russia has decided to end its membership of the council early", "2022-04-07", "context",
              "Minutes later he announced"),
            S("United States", "Thomas-Greenfield calls for Russia's suspension from the council", "2022-04-04", "text",
              "had first called for the suspension on Monday"),
            S("United States", "Russia's participation on the Human Rights Council is a farce", "2022-04-04",
              "context", "is a farce"),
            S("Ukraine", "Russian forces killed hundreds of civilians in Bucha", "2022-04-08", "published",
              "Ukraine accuses Russian forces"),
            S("Russia", "Denies the killings in Bucha and speaks of a staged provocation", "2022-04-08", "published",
              "Ukraine accuses Russian forces"),
            S("United Nations", "Bachelet: the images raise serious questions about possible war crimes by Russian "
              "troops", "2022-04-06", "text", "Michelle Bachelet said on Wednesday"),
            S("Dmitry Peskov", "Russia regrets the decision and will defend its interests by all legal means",
              "2022-04-08", "published", "Russia regretted the decision"),
            S("Dmitry Peskov", "Russia has suffered significant losses of troops", "2022-04-07", "text", "Sky News"),
            S("Ukraine", "Kuleba welcomes the vote", "2022-04-07", "context", "Dmytro Kuleba welcomed the vote"),
            S("Ukraine", "War criminals have no place in UN bodies meant to protect human rights", "2022-04-07",
              "context", "War criminals have no place"),
            S("Ukraine", "Kuleba asks NATO for 'weapons, weapons and weapons'", "2022-04-07", "context",
              "Kuleba was in Brussels on Thursday"),
            S("Jens Stoltenberg", "Allies agreed to step up support, including with heavier equipment", "2022-04-07",
              "context", "allies had agreed to step up"),
        ],
        ["United Nations", "Russia", "United States", "China", "Ukraine", "Kremlin", "Dmitry Peskov", "NATO",
         "Jens Stoltenberg", "European Union"],
    ),
    doc(
        "b33en02_asean_phnom_penh_blinken_lavrov_2022_08", "2022-08-06", EN02,
        [
            T("annual", "SET", "P1Y"),
            T("Friday", "DATE", "2022-08-05", 0),
            T("Friday", "DATE", "2022-08-05", 1),
            T("Thursday", "DATE", "2022-08-04", 0),
            T("Friday", "DATE", "2022-08-05", 2),
            T("this week", "DATE", "2022-W31"),
            T("June last year", "DATE", "2021-06"),
            T("July 29", "DATE", "2022-07-29"),
            T("June", "DATE", "2022-06", 1),
            T("Thursday", "DATE", "2022-08-04", 1),
            T("nine years", "DURATION", "P9Y"),
            T("Thursday", "DATE", "2022-08-04", 2),
            T("soon", "DATE", "FUTURE_REF"),
            T("April", "DATE", "2022-04"),
            T("this year", "DATE", "2022"),
            T("November", "DATE", "2022-11"),
            T("Friday", "DATE", "2022-08-05", 3),
            T("July", "DATE", "2022-07", 1),
        ],
        [
            E("East Asia Summit foreign ministers' meeting with Blinken, Lavrov and Wang", "CONSULT",
              ["Antony Blinken", "Sergey Lavrov", "China"], "2022-08-05", "text", "occurred",
              "both attended the East Asia Summit"),
            E("Blinken rules out a meeting with Lavrov", "REJECT", ["Antony Blinken", "Sergey Lavrov"], "2022-08-05",
              "context", "occurred", "no plans to meet Lavrov"),
            E("Blinken: Moscow has shown no interest in meaningful diplomacy", "ACCUSE", ["Antony Blinken", "Russia"],
              "2022-08-05", "context", "occurred", "no plans to meet Lavrov"),
            E("Lavrov and Wang leave the room while Japan's foreign minister speaks", "REJECT",
              ["Sergey Lavrov", "China"], "2022-08-05", "context", "occurred", "left the room while"),
            E("Lavrov meets Wang Yi", "CONSULT", ["Sergey Lavrov", "China"], "2022-08-04", "text", "occurred",
              "Lavrov and Wang had met on Thursday"),
            E("Lavrov and Wang agree to coordinate more closely in multilateral forums", "AGREE",
              ["Sergey Lavrov", "China"], "2022-08-04", "context", "occurred", "Lavrov and Wang had met on Thursday"),
            E("Lavrov accuses Washington of provoking China with Pelosi's visit to Taiwan", "ACCUSE",
              ["Sergey Lavrov", "United States"], "2022-08-05", "text", "occurred", "On Friday Lavrov accused Washington"),
            E("Pelosi visits Taiwan", "CONSULT", ["United States"], "2022-W31", "text", "occurred",
              "On Friday Lavrov accused Washington", note="2–3 August 2022; Taiwan is not canonical"),
            E("Lavrov: a prisoner exchange only through the presidents' channel, not public diplomacy", "REQUEST",
              ["Sergey Lavrov", "United States"], "2022-08-05", "context", "occurred", "On a possible prisoner exchange"),
            E("Putin and Biden agreed on the channel at their Geneva summit", "AGREE", ["Vladimir Putin", "Joe Biden"],
              "2021-06", "text", "occurred", "On a possible prisoner exchange", note="16 June 2021"),
            E("Putin–Biden summit in Geneva", "CONSULT", ["Vladimir Putin", "Joe Biden"], "2021-06", "text",
              "occurred", "On a possible prisoner exchange", note="16 June 2021"),
            E("Blinken–Lavrov phone call", "CONSULT", ["Antony Blinken", "Sergey Lavrov"], "2022-07-29", "text",
              "occurred", "in a phone call with Lavrov on July 29"),
            E("Blinken presses for the release of Griner and Whelan", "REQUEST", ["Antony Blinken", "Sergey Lavrov"],
              "2022-07-29", "context", "occurred", "in a phone call with Lavrov on July 29"),
            E("US makes a 'substantial proposal' for a prisoner exchange", "REQUEST", ["United States", "Russia"],
              "2022-06", "text", "occurred", "substantial proposal"),
            E("Russian court sentences Griner to nine years in prison", "COERCE", ["Russia", "United States"],
              "2022-08-04", "text", "occurred", "sentenced Griner to nine years"),
            E("Biden calls the verdict unacceptable", "ACCUSE", ["Joe Biden", "Russia"], "2022-08-04", "context",
              "occurred", "sentenced Griner to nine years"),
            E("Retno Marsudi meets Lavrov", "CONSULT", ["Sergey Lavrov"], "2022-08-04", "text", "occurred",
              "Retno Marsudi met Lavrov on Thursday", note="Indonesia is not canonical"),
            E("Indonesia conveys its hope that the war ends soon", "REQUEST", ["Sergey Lavrov"], "2022-08-04",
              "context", "occurred", "Retno Marsudi met Lavrov on Thursday"),
            E("Indonesia invites Putin and Zelensky to the G20 summit in Bali", "REQUEST",
              ["Vladimir Putin", "Volodymyr Zelensky"], "2022-04", "text", "occurred", "In April, Indonesia"),
            E("Putin's and Zelensky's attendance at the Bali summit unclear", "CONSULT",
              ["Vladimir Putin", "Volodymyr Zelensky"], "2022-11", "text", "uncertain", "Whether either will attend"),
            E("Erdogan meets Putin in Sochi", "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2022-08-05",
              "text", "occurred", "met Putin in the Russian resort of Sochi"),
            E("Grain deal signed by Russia and Ukraine with Türkiye and the UN in Istanbul", "AGREE",
              ["Russia", "Ukraine", "Turkey", "United Nations"], "2022-07", "text", "occurred",
              "Grain exports from Ukraine's Black Sea ports", note="22 July 2022"),
        ],
        [
            S("Antony Blinken", "Has no plans to meet Lavrov; Moscow has shown no interest in meaningful diplomacy",
              "2022-08-05", "context", "no plans to meet Lavrov"),
            S("Russia", "Foreign ministry: Lavrov and Wang agreed to coordinate more closely in multilateral forums",
              "2022-08-04", "context", "Lavrov and Wang had met on Thursday"),
            S("Sergey Lavrov", "Washington provoked China with Pelosi's visit to Taiwan", "2022-08-05", "text",
              "On Friday Lavrov accused Washington"),
            S("Sergey Lavrov", "A prisoner exchange can only be discussed through the channel agreed by Putin and "
              "Biden, not through public diplomacy", "2022-08-05", "context", "On a possible prisoner exchange"),
            S("Antony Blinken", "Washington made a substantial proposal to Moscow", "2022-08-06", "published",
              "substantial proposal"),
            S("Joe Biden", "The verdict against Griner is unacceptable", "2022-08-04", "context",
              "sentenced Griner to nine years"),
        ],
        ["Antony Blinken", "Sergey Lavrov", "Russia", "China", "United States", "Vladimir Putin", "Joe Biden",
         "Volodymyr Zelensky", "Ukraine", "Recep Tayyip Erdoğan", "Turkey", "United Nations"],
    ),
    doc(
        "b33en03_modi_putin_moscow_2024_07", "2024-07-10", EN03,
        [
            T("Tuesday", "DATE", "2024-07-09", 0),
            T("Monday", "DATE", "2024-07-08", 0),
            T("Monday evening", "TIME", "2024-07-08TEV"),
            T("2030", "DATE", "2030"),
            T("Monday", "DATE", "2024-07-08", 2),
            T("Monday", "DATE", "2024-07-08", 3),
            T("February 2022", "DATE", "2022-02"),
            T("last week", "DATE", "2024-W27"),
            T("Tuesday evening", "TIME", "2024-07-09TEV"),
            T("41 years", "DURATION", "P41Y"),
        ],
        [
            E("Modi and Putin hold talks in the Kremlin", "CONSULT", ["Vladimir Putin", "Russia"], "2024-07-09", "text",
              "occurred", "Prime Minister Narendra Modi told Russian President", note="India and Modi are not canonical"),
            E("Modi tells Putin a solution cannot be found on the battlefield", "REQUEST", ["Vladimir Putin"],
              "2024-07-09", "text", "occurred", "Prime Minister Narendra Modi told Russian President"),
            E("Missile strike on a children's hospital in Kyiv", "ASSAULT", ["Russia", "Ukraine"], "2024-07-08", "text",
              "occurred", "missile strike on a children's hospital", note="Okhmatdyt; Russia denies targeting it"),
            E("Informal meeting at Novo-Ogaryovo", "CONSULT", ["Vladimir Putin"], "2024-07-08TEV", "text", "occurred",
              "met informally on Monday evening"),
            E("Russia agrees to discharge Indian recruits from its army", "AGREE", ["Russia"], "2024-07-09", "context",
              "occurred", "agreed to discharge Indian nationals"),
            E("Trade target of $100 billion by 2030 and nine agreements", "AGREE", ["Russia"], "2024-07-09", "context",
              "occurred", "set a target of $100 billion"),
            E("Zelenskyy condemns the hug with 'the world's most bloody criminal'", "ACCUSE",
              ["Volodymyr Zelensky", "Vladimir Putin"], "2024-07-08", "text", "occurred", "a huge disappointment"),
            E("Missile attacks across Ukraine kill at least 38", "ASSAULT", ["Russia", "Ukraine"], "2024-07-08", "text",
              "occurred", "At least 38 people were killed"),
            E("Russia's Defence Ministry blames a Ukrainian air defence missile", "ACCUSE", ["Russia", "Ukraine"],
              "2024-07-10", "published", "occurred", "Russia's Defence Ministry denied"),
            E("US urges India to support a peace that respects Ukraine's territorial integrity", "REQUEST",
              ["United States"], "2024-07-10", "published", "occurred", "State Department spokesperson Matthew Miller"),
            E("Peskov: the West is watching with jealousy", "ACCUSE", ["Dmitry Peskov"], "2024-07-10", "published",
              "occurred", "with jealousy"),
            E("Russia's invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text", "occurred",
              "since the start of the conflict in February 2022"),
            E("NATO summit opens in Washington", "CONSULT", ["NATO"], "2024-07-09", "context", "occurred",
              "coincided with the opening of the NATO summit"),
            E("Allies expected to pledge new air defence systems for Ukraine", "AID", ["NATO", "Ukraine"], "2024-07-09",
              "context", "planned", "coincided with the opening of the NATO summit"),
            E("Putin meets Xi at the SCO summit in Astana", "CONSULT", ["Vladimir Putin", "Xi Jinping"], "2024-W27",
              "text", "occurred", "where Mr. Putin met Chinese President Xi Jinping"),
        ],
        [
            S("Vladimir Putin, via Kremlin", "Thanks Modi for his efforts to find a peaceful solution", "2024-07-08TEV",
              "context", "met informally on Monday evening"),
            S("Ukraine", "Sharp criticism of the visit from Kyiv", "2024-07-10", "published",
              "The visit drew sharp criticism from Kyiv."),
            S("Volodymyr Zelensky", "A huge disappointment and a devastating blow to peace efforts to see Modi hug "
              "the world's most bloody criminal", "2024-07-08", "text", "a huge disappointment"),
            S("Ukraine", "At least 38 people killed in missile attacks across Ukraine", "2024-07-10", "published",
              "At least 38 people were killed"),
            S("Russia", "The Defence Ministry denies targeting the hospital and blames a Ukrainian air defence missile",
              "2024-07-10", "published", "Russia's Defence Ministry denied"),
            S("United States", "Miller: US concerns about India's ties with Russia are very clear; urges support for a "
              "peace respecting Ukraine's territorial integrity", "2024-07-10", "published",
              "State Department spokesperson Matthew Miller"),
            S("Dmitry Peskov", "The West is watching the visit with jealousy", "2024-07-10", "published",
              "with jealousy"),
        ],
        ["Russia", "Vladimir Putin", "Ukraine", "Kremlin", "Volodymyr Zelensky", "United States", "Dmitry Peskov",
         "NATO", "China", "Xi Jinping"],
    ),
    doc(
        "b33en04_jef_tallinn_summit_2024_12", "2024-12-18", EN04,
        [
            T("Tuesday", "DATE", "2024-12-17", 0),
            T("the winter", "DATE", "2024-WI"),
            T("next year", "DATE", "2025"),
            T("Tuesday", "DATE", "2024-12-17", 1),
            T("Monday", "DATE", "2024-12-16", 0),
            T("Tuesday morning", "TIME", "2024-12-17TMO"),
            T("Monday", "DATE", "2024-12-16", 1),
            T("Wednesday", "DATE", "2024-12-18", 0),
            T("last Thursday", "DATE", "2024-12-12"),
            T("Wednesday evening", "TIME", "2024-12-18TEV"),
            T("Thursday", "DATE", "2024-12-19", 1),
            T("currently", "DATE", "PRESENT_REF"),
        ],
        [
            E("JEF leaders' summit in Tallinn", "CONSULT", ["Keir Starmer", "Alexander Stubb", "Volodymyr Zelensky"],
              "2024-12-17", "text", "occurred", "met in Tallinn on Tuesday",
              note="the JEF, Estonia and Michal are not canonical"),
            E("JEF leaders pledge to keep supporting Ukraine", "AGREE", ["Keir Starmer", "Alexander Stubb", "Ukraine"],
              "2024-12-17", "text", "occurred", "met in Tallinn on Tuesday"),
            E("Zelensky asks for more air defence and real guarantees", "REQUEST",
              ["Volodymyr Zelensky", "Keir Starmer", "Alexander Stubb"], "2024-12-17", "context", "occurred",
              "joined by video link"),
            E("UK sanctions 20 more shadow-fleet vessels", "SANCTION", ["United Kingdom", "Russia"], "2024-12-17", "text",
              "occurred", "Britain on Tuesday also imposed sanctions"),
            E("JEF leaders agree to step up monitoring of undersea infrastructure", "AGREE",
              ["Keir Starmer", "Alexander Stubb"], "2024-12-17", "context", "occurred",
              "agreed to step up joint monitoring"),
            E("Joint monitoring of undersea cables and pipelines in the Baltic", "COOPERATE",
              ["Keir Starmer", "Alexander Stubb"], "2024-12-17", "context", "planned", "agreed to step up joint monitoring"),
            E("EU adopts its 15th sanctions package", "SANCTION", ["European Union", "Russia", "China"], "2024-12-16",
              "text", "occurred", "adopted a 15th package"),
            E("Killing of Lieutenant General Kirillov in Moscow", "ASSAULT", ["Ukraine", "Russia"], "2024-12-17TMO",
              "text", "occurred", "Igor Kirillov", note="claimed by a source in the SBU"),
            E("SBU charges Kirillov in absentia", "ACCUSE", ["Ukraine", "Russia"], "2024-12-16", "text", "occurred",
              "charged Kirillov in absentia"),
            E("Medvedev vows inevitable punishment for Ukraine's leadership", "THREATEN", ["Russia", "Ukraine"],
              "2024-12-18", "published", "occurred", "inevitable punishment"),
            E("Peskov dismisses a European peacekeeping force as premature", "REJECT",
              ["Dmitry Peskov", "Emmanuel Macron"], "2024-12-18", "text", "occurred",
              "dismissed talk of a European peacekeeping force"),
            E("Macron and Tusk meet in Warsaw", "CONSULT", ["Emmanuel Macron", "Donald Tusk"], "2024-12-12", "text",
              "occurred", "Macron discussed the idea"),
            E("Macron promotes a European peacekeeping force", "REQUEST", ["Emmanuel Macron", "Donald Tusk"],
              "2024-12-12", "context", "occurred", "Macron discussed the idea"),
            E("Tusk: Poland has no plans to send troops", "REJECT", ["Donald Tusk", "Ukraine"], "2024-12-12", "context",
              "occurred", "no plans to send troops"),
            E("Rutte's dinner with Zelensky and European leaders in Brussels", "CONSULT",
              ["Volodymyr Zelensky", "Mark Rutte"], "2024-12-18TEV", "text", "planned",
              "dinner hosted by NATO Secretary General"),
            E("EU summit", "CONSULT", ["European Union"], "2024-12-19", "text", "planned",
              "dinner hosted by NATO Secretary General"),
        ],
        [
            S("Volodymyr Zelensky", "Asks for more air defence and real guarantees before any talks with Moscow",
              "2024-12-17", "context", "joined by video link"),
            S("Keir Starmer", "Ukraine must be put in the strongest possible position, in the war and at the table",
              "2024-12-17", "context", "We must put Ukraine"),
            S("Kaja Kallas", "Europe must keep up the pressure on the Kremlin", "2024-12-16", "context",
              "must keep up the pressure"),
            S("Ukraine", "SBU source: the service was behind the attack", "2024-12-18", "published",
              "A source in Ukraine's SBU"),
            S("Russia", "Medvedev vows inevitable punishment for Ukraine's military and political leadership",
              "2024-12-18", "published", "inevitable punishment"),
            S("Dmitry Peskov", "Talk of a European peacekeeping force is premature", "2024-12-18", "text",
              "dismissed talk of a European peacekeeping force"),
            S("Donald Tusk", "Poland has no plans to send troops", "2024-12-12", "context", "no plans to send troops"),
        ],
        ["Keir Starmer", "United Kingdom", "Alexander Stubb", "Volodymyr Zelensky", "Ukraine", "Russia",
         "European Union", "China", "Kaja Kallas", "Kremlin", "Dmitry Peskov", "Emmanuel Macron", "France",
         "Donald Tusk", "Poland", "NATO", "Mark Rutte"],
    ),
    doc(
        "b33en05_burevestnik_dmitriev_us_2025_10", "2025-10-27", EN05,
        [
            T("Sunday", "DATE", "2025-10-26"),
            T("2018", "DATE", "2018"),
            T("around 15 hours", "DURATION", "PT15H", mod="APPROX"),
            T("21 October", "DATE", "2025-10-21"),
            T("Monday", "DATE", "2025-10-27"),
            T("one week", "DURATION", "P1W"),
            T("now", "DATE", "PRESENT_REF", note="in Trump's quote"),
            T("three days", "DURATION", "P3D"),
            T("the weekend", "DATE", "2025-W43-WE"),
            T("August", "DATE", "2025-08"),
            T("Saturday", "DATE", "2025-10-25"),
            T("Friday", "DATE", "2025-10-24"),
            T("Wednesday", "DATE", "2025-10-22"),
            T("early November", "DATE", "2025-11", mod="START"),
            T("Thursday", "DATE", "2025-10-23"),
            T("2027", "DATE", "2027"),
            T("the same day", "DATE", "2025-10-23"),
            T("Overnight", "TIME", "2025-10-26TNI"),
            T("2019", "DATE", "2019"),
            T("years", "DURATION", "PXY"),
        ],
        [
            E("Putin orders preparations to deploy the Burevestnik", "MOBILIZE", ["Vladimir Putin", "Russia"],
              "2025-10-26", "context", "planned", "Putin ordered work to begin"),
            E("Trump: Putin's remarks are not appropriate", "ACCUSE", ["Donald Trump", "Vladimir Putin"], "2025-10-27",
              "context", "occurred", "an appropriate thing"),
            E("Trump: Putin ought to end the war", "REQUEST", ["Donald Trump", "Vladimir Putin"], "2025-10-27",
              "context", "occurred", "He ought to end the war"),
            E("Trump points to a US nuclear submarine off Russia's coast", "THREATEN", ["Donald Trump", "Russia"],
              "2025-10-27", "context", "occurred", "nuclear submarine"),
            E("Dmitriev's three-day visit to the United States", "CONSULT", ["Kirill Dmitriev", "United States"],
              "2025-W43-WE", "text", "occurred", "spent three days in the United States"),
            E("Trump–Putin summit in Anchorage", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-08", "text",
              "occurred", "spent three days in the United States", note="15 August 2025"),
            E("Dmitriev meets Witkoff in Miami", "CONSULT", ["Kirill Dmitriev", "Steve Witkoff"], "2025-10-25", "text",
              "occurred", "He met Trump's envoy Steve Witkoff"),
            E("Bessent dismisses Dmitriev as a Russian propagandist", "ACCUSE", ["United States", "Kirill Dmitriev"],
              "2025-10-24", "text", "occurred", "Russian propagandist"),
            E("Trump imposes sanctions on Rosneft and Lukoil", "SANCTION", ["Donald Trump", "Russia"], "2025-10-22",
              "text", "occurred", "imposed sanctions on Rosneft and Lukoil"),
            E("Budapest summit with Putin shelved", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-11", "text",
              "cancelled", "imposed sanctions on Rosneft and Lukoil", date_mod="START",
              note="called off on 22 October"),
            E("EU adopts its 19th sanctions package", "SANCTION", ["European Union", "Russia"], "2025-10-23", "text",
              "occurred", "19th sanctions package"),
            E("EU ban on Russian LNG imports from 2027", "SANCTION", ["European Union", "Russia"], "2027", "text",
              "planned", "19th sanctions package"),
            E("Putin: the US sanctions are an unfriendly act", "ACCUSE", ["Vladimir Putin", "United States"],
              "2025-10-23", "text", "occurred", "unfriendly act"),
            E("Zelensky welcomes the sanctions", "SUPPORT", ["Volodymyr Zelensky", "United States", "European Union"],
              "2025-10-27", "published", "occurred", "Volodymyr Zelensky welcomed the sanctions"),
            E("Zelensky: Moscow invests in new weapons instead of peace", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2025-10-27", "published", "occurred", "Volodymyr Zelensky welcomed the sanctions"),
            E("Russian drone strike on Kyiv", "ASSAULT", ["Russia", "Ukraine"], "2025-10-26TNI", "text", "occurred",
              "Overnight, Russian drones struck Kyiv"),
        ],
        [
            S("Vladimir Putin", "Announces the completion of the Burevestnik tests", "2025-10-26", "text",
              "Vladimir Putin on Sunday announced"),
            S("Russia", "Gerasimov: the missile flew about 14,000 km and stayed aloft about 15 hours in a test on "
              "21 October", "2025-10-26", "context", "Gerasimov reported"),
            S("Donald Trump", "Reacts to the test aboard Air Force One", "2025-10-27", "text", "Trump reacted on Monday"),
            S("Donald Trump", "It is not appropriate for Putin to be saying this", "2025-10-27", "context",
              "an appropriate thing"),
            S("Donald Trump", "Putin ought to end a war that should have taken one week", "2025-10-27", "context",
              "He ought to end the war"),
            S("Donald Trump", "The US has a nuclear submarine right off their coast", "2025-10-27", "context",
              "nuclear submarine"),
            S("Dmitry Peskov", "The test should not affect relations with Washington and is not directed against "
              "anyone", "2025-10-27", "published", "should not affect relations"),
            S("Kirill Dmitriev", "Russia, the US and Ukraine are very close to a diplomatic solution", "2025-10-25",
              "context", "told CNN"),
            S("United States", "Bessent: Dmitriev is a Russian propagandist", "2025-10-24", "text",
              "Russian propagandist"),
            S("Donald Trump", "A summit in Budapest did not feel right", "2025-10-22", "context", "didn't feel right"),
            S("Vladimir Putin", "The US sanctions are an unfriendly act that will not significantly affect the "
              "economy", "2025-10-23", "text", "unfriendly act"),
            S("Volodymyr Zelensky", "Welcomes the sanctions; the test shows Moscow invests in new weapons instead of "
              "peace", "2025-10-27", "published", "Volodymyr Zelensky welcomed the sanctions"),
            S("Ukraine", "Kyiv military administration: two killed and at least 20 injured", "2025-10-27", "published",
              "Overnight, Russian drones struck Kyiv"),
        ],
        ["Vladimir Putin", "United States", "Russia", "Donald Trump", "Kremlin", "Dmitry Peskov", "Kirill Dmitriev",
         "Steve Witkoff", "Ukraine", "European Union", "Volodymyr Zelensky"],
    ),
    doc(
        "b33en06_new_start_expires_2026_02", "2026-02-06", EN06,
        [
            T("a year", "DURATION", "P1Y"),
            T("Thursday", "DATE", "2026-02-05", 0),
            T("at least one year", "DURATION", "P1Y", mod="EQUAL_OR_MORE"),
            T("September", "DATE", "2025-09"),
            T("now", "DATE", "PRESENT_REF", 0),
            T("Thursday", "DATE", "2026-02-05", 1),
            T("Friday", "DATE", "2026-02-06", 0),
            T("Wednesday", "DATE", "2026-02-04"),
            T("March", "DATE", "2026-03"),
            T("Friday", "DATE", "2026-02-06", 1),
            T("one-year", "DURATION", "P1Y"),
            T("Thursday", "DATE", "2026-02-05", 2),
            T("now", "DATE", "PRESENT_REF", 1),
            T("2020", "DATE", "2020"),
            T("February 2023", "DATE", "2023-02"),
        ],
        [
            E("Trump accepts Putin's offer to stay within the caps", "AGREE", ["Donald Trump", "Vladimir Putin"],
              "2026-02-05", "context", "occurred", "had accepted Russian President"),
            E("Putin offered to stay within the New START caps", "AGREE", ["Vladimir Putin", "United States"],
              "2025-09", "text", "occurred", "had accepted Russian President", note="offer of 22 September 2025"),
            E("Putin's condition: Washington must do the same", "REQUEST", ["Vladimir Putin", "United States"],
              "2025-09", "text", "occurred", "had accepted Russian President"),
            E("Trump floats a bigger deal, maybe including China", "REQUEST", ["Donald Trump", "China"], "2026-02-05",
              "text", "occurred", "maybe with China"),
            E("Peskov welcomes the decision as a responsible step", "SUPPORT", ["Dmitry Peskov", "United States"],
              "2026-02-06", "text", "occurred", "a responsible step"),
            E("Peskov: a follow-on deal requires Washington to address Russia's concerns, including NATO expansion",
              "REQUEST", ["Dmitry Peskov", "United States", "NATO"], "2026-02-06", "text", "occurred",
              "a responsible step"),
            E("Rubio–Lavrov phone call", "CONSULT", ["Marco Rubio", "Sergey Lavrov"], "2026-02-04", "text", "occurred",
              "spoke with Foreign Minister Sergey Lavrov"),
            E("Rubio and Lavrov agree that expert groups will meet in Geneva", "AGREE", ["Marco Rubio", "Sergey Lavrov"],
              "2026-02-04", "context", "occurred", "spoke with Foreign Minister Sergey Lavrov"),
            E("US and Russian expert groups to meet in Geneva in March", "CONSULT", ["United States", "Russia"],
              "2026-03", "text", "planned", "spoke with Foreign Minister Sergey Lavrov"),
            E("China will not take part in trilateral negotiations", "REJECT", ["China", "United States", "Russia"],
              "2026-02-06", "text", "occurred", "will not take part"),
            E("Rutte: Russia is expanding its non-strategic nuclear arsenal", "ACCUSE", ["Mark Rutte", "Russia"],
              "2026-02-06", "published", "occurred", "better than nothing"),
            E("Zelenskyy urges Washington not to make arms control a bargaining chip over Ukraine", "REQUEST",
              ["Volodymyr Zelensky", "United States"], "2026-02-06", "published", "occurred", "a bargaining chip"),
            E("Second round of US–Russia–Ukraine talks in Abu Dhabi", "CONSULT", ["United States", "Russia", "Ukraine"],
              "2026-02-05", "text", "occurred", "second round of U.S.-Russia-Ukraine talks", note="ended on Thursday"),
            E("No agreement on a ceasefire", "REJECT", ["Russia", "Ukraine"], "2026-02-05", "context", "occurred",
              "second round of U.S.-Russia-Ukraine talks"),
            E("Russia and Ukraine agree to exchange 150 prisoners each", "AGREE", ["Russia", "Ukraine"], "2026-02-05",
              "context", "occurred", "second round of U.S.-Russia-Ukraine talks"),
            E("Russia suspended its participation in New START", "SANCTION", ["Russia", "United States"], "2023-02",
              "text", "occurred", "Moscow suspended its participation"),
        ],
        [
            S("United States", "Will continue to observe the treaty's central limits for at least one year",
              "2026-02-05", "context", "expired on Thursday"),
            S("Russia", "Will continue to observe the treaty's central limits for at least one year", "2026-02-05",
              "context", "expired on Thursday"),
            S("Donald Trump, via White House", "Trump accepted Putin's offer to stay within the caps as long as "
              "Washington does the same", "2026-02-05", "context", "had accepted Russian President"),
            S("Donald Trump", "A good deal for now; maybe a bigger one, with China", "2026-02-05", "text",
              "maybe with China"),
            S("Dmitry Peskov", "A responsible step; a follow-on deal needs Russia's security concerns, including NATO "
              "expansion, addressed", "2026-02-06", "text", "a responsible step"),
            S("United States", "State Department: Rubio and Lavrov agreed that expert groups will meet in Geneva in "
              "March", "2026-02-04", "context", "spoke with Foreign Minister Sergey Lavrov"),
            S("United States", "Pentagon estimates China's arsenal at more than 600 warheads", "2026-02-06",
              "published", "the Pentagon estimates"),
            S("China", "Lin Jian: Beijing will not take part in trilateral negotiations", "2026-02-06", "text",
              "will not take part"),
            S("Mark Rutte", "The one-year arrangement is better than nothing; Russia is expanding its non-strategic "
              "arsenal", "2026-02-06", "published", "better than nothing"),
            S("Volodymyr Zelensky", "Arms control talks with Moscow must not become a bargaining chip over Ukraine",
              "2026-02-06", "published", "a bargaining chip"),
            S("United States", "Air Force Global Strike Command: nothing changes for the Minuteman III force for now",
              "2026-02-06", "published", "Air Force Global Strike Command said"),
            S("United States", "EUCOM officials: no effect on the rotation of US troops in Europe", "2026-02-06",
              "published", "European Command"),
        ],
        ["United States", "Russia", "White House", "Donald Trump", "Vladimir Putin", "China", "Kremlin",
         "Dmitry Peskov", "NATO", "Marco Rubio", "Sergey Lavrov", "Mark Rutte", "Volodymyr Zelensky", "Ukraine"],
    ),
]
