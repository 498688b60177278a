"""English articles of the blind60 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b60en01 (OSV News)
EN01 = """
Papal peace envoy meets Biden at White House, presses for return of Ukrainian children

WASHINGTON (OSV News) -- Cardinal Matteo Zuppi, Pope Francis' special envoy for peace in Ukraine, met with President Joe Biden at the White House July 18, delivering a letter from the pope and discussing efforts to reunite Ukrainian children taken to Russia with their families.
The meeting lasted about an hour, according to the apostolic nunciature in Washington, which said the two men also spoke about the fate of Ukraine's grain exports.

White House press secretary Karine Jean-Pierre said the president "welcomed the Holy See's humanitarian efforts" and that both men agreed on the need to relieve the suffering caused by Russia's war, including the "forced deportation" of Ukrainian children.
Cardinal Zuppi, archbishop of Bologna and president of the Italian bishops' conference, did not speak to reporters as he left.
The Vatican said in a brief statement Wednesday that the visit was part of the "mission of peace" Pope Francis entrusted to the cardinal in May and aimed at "fostering humanitarian initiatives."
On Monday, the cardinal met with members of Congress and with Archbishop Timothy P. Broglio, president of the U.S. Conference of Catholic Bishops, who called the plight of the children "a wound that cannot be left to fester."

Ukraine says more than 19,000 children have been taken to Russia or Russian-occupied territory since February 2022, and that only a few hundred have returned.
In March, the International Criminal Court issued arrest warrants for Russian President Vladimir Putin and his children's rights commissioner, Maria Lvova-Belova, over the deportations.
Cardinal Zuppi met Lvova-Belova in Moscow at the end of June, a day after talks with Kremlin foreign policy adviser Yuri Ushakov.
In early June he was received in Kyiv by President Volodymyr Zelenskyy, who told him Ukraine needed the Vatican's help on humanitarian questions but would not accept a ceasefire that froze Russian gains.

Kremlin spokesman Dmitry Peskov said Monday that the Black Sea grain deal had "de facto" ended, and that Russia would return to it only once its own demands on food and fertilizer exports were met.
Peskov had said earlier this month that Moscow valued the Vatican's efforts but currently saw no "prospects" for mediation.
Secretary of State Antony Blinken on Monday called Russia's exit from the grain deal "unconscionable" and accused Moscow of "weaponizing food."

Pope Francis, who has repeatedly offered the Vatican's services, said in June that the Holy See was ready to do "whatever is possible" to end the war.
Vatican sources said the cardinal was expected to travel to Beijing for talks with the Chinese government in the coming months, although no date has been set.
"""

# ---------------------------------------------------------------- b60en02 (Church Times)
EN02 = """
Archbishop in Kyiv: ‘Every child must come home’

THE Archbishop of Canterbury, the Most Revd Sarah Mullally, has called for the return of Ukraine’s deported children at the end of her first visit to the country, which concluded on Wednesday.
Archbishop Mullally, who was installed at Canterbury Cathedral in March, met President Zelensky at the Mariinsky Palace on Tuesday, and told journalists afterwards that they had spoken about ‘the 20,000 children whose names are known and whose families are still waiting’.
President Zelensky thanked her for ‘standing with Ukraine’, and asked the Church of England to use its ties with the Orthodox world to press for access to children held in Russia.
On Wednesday, she visited a rehabilitation centre in Irpin for children who have returned from Russia, and prayed at the memorial to the victims of the massacre in Bucha.

The visit coincided with new measures from the Government.
On Monday, the Foreign Secretary, Yvette Cooper, announced sanctions against 12 Russian officials and institutions which, the Foreign Office says, are involved in the ‘re-education’ and adoption of Ukrainian children, and pledged a further £8 million to the international coalition for their return.
The Prime Minister, Sir Keir Starmer, told the Commons on Wednesday that Britain would ‘not rest until every child is home’.

The Russian Embassy in London described the visit as ‘a propaganda tour’, and said that the children had been ‘evacuated from combat zones’ for their own safety.
In Moscow, the Foreign Ministry spokeswoman, Maria Zakharova, accused the Church of England of ‘serving the political agenda of Downing Street’.
The Kremlin’s spokesman, Dmitry Peskov, said on Thursday that Russia was ‘open to humanitarian contacts with all Churches’, but rejected the word ‘deportation’.

During her visit, Archbishop Mullally also met Metropolitan Epifaniy of the Orthodox Church of Ukraine and the head of the Ukrainian Greek Catholic Church, Major Archbishop Sviatoslav Shevchuk.
She said that she had discussed her journey with Pope Leo XIV when they met in Rome last month.
The Pope’s peace envoy, Cardinal Matteo Zuppi, handed the Russian authorities a new list of children during a visit to Moscow in April.
The Ukrainian Foreign Minister, Andrii Sybiha, said on Thursday that the Anglican and Roman Catholic Churches ‘can open doors that remain closed to governments’.

The Archbishop, who travelled with her chaplain and the Bishop in Europe, Dr Robert Innes, is due to report on the visit to the General Synod in York next month.
"""

# ---------------------------------------------------------------- b60en03 (The Tablet)
EN03 = """
Pope warns Kyiv over church law: "Churches are not to be touched"

Pope Francis on Sunday voiced concern over a new Ukrainian law that could lead to a ban on the Ukrainian Orthodox Church linked to the Moscow Patriarchate, telling pilgrims in St Peter's Square that no Christian church should be abolished "directly or indirectly".
"Please, let no Christian church be abolished directly or indirectly," the Pope said after the Angelus.
"Churches are not to be touched!"
He added that he was following events in Ukraine "with concern" and that those who pray should be free to pray "in what they consider to be their church".

The law, passed by the Verkhovna Rada on 20 August with 265 votes and signed by President Volodymyr Zelensky on Saturday, Ukraine's Independence Day, bans religious organisations governed from Russia and gives the Ukrainian Orthodox Church (UOC) nine months to prove that it has severed its ties with Moscow.
In his address that day, Mr Zelensky said the law strengthened Ukraine's "spiritual independence".
Ukraine's ambassador to the Holy See, Andrii Yurash, responded on Monday that the law "does not ban any church or any faith" and was aimed only at structures "serving the aggressor state".
The head of the Ukrainian Greek Catholic Church, Major Archbishop Sviatoslav Shevchuk, told journalists in Rome that UOC believers were "not being persecuted".

In Moscow, Patriarch Kirill wrote last week to Pope Francis, to the UN Secretary-General, António Guterres, and to the World Council of Churches, asking them to "raise their voices" against what he called the persecution of Orthodox believers.
The Russian Foreign Ministry's spokeswoman, Maria Zakharova, called the law "a crime against believers", and the Kremlin spokesman, Dmitry Peskov, said on Monday that Kyiv was "destroying freedom of conscience".
The UN human rights office had warned in June that the bill could breach Ukraine's obligations on freedom of religion, a concern Kyiv dismissed at the time.
Ukraine's State Service for Ethnopolitics and Freedom of Conscience is expected to begin its review of the UOC's ties to Moscow in the coming weeks.

The row comes as Kyiv presses the Vatican to help bring home prisoners of war and civilians.
In June, the Holy See's mediation secured the release of two Greek Catholic priests who had been held by Russian forces since November 2022.
Vatican diplomats say privately that the Pope's words were meant as a warning against collective punishment, not as a judgement on the war.
"""

# ---------------------------------------------------------------- b60en04 (AsiaNews)
EN04 = """
Leo XIV and Bartholomew appeal for peace in Ukraine as Erdoğan offers Istanbul for talks

Istanbul (AsiaNews) – Pope Leo XIV and Ecumenical Patriarch Bartholomew I today signed a joint declaration at the Phanar in which they appeal for "a just and lasting peace" in Ukraine and urge "those who bear responsibility" to choose dialogue over weapons.
The document, signed on the third day of the Pope's first apostolic journey, marks the 1,700th anniversary of the Council of Nicaea, which the two leaders commemorated yesterday with a prayer beside the ruins of the Basilica of St Neophytos in İznik.
The Russian Orthodox Church, which broke communion with Constantinople in 2018 over the independence of the Orthodox Church of Ukraine, did not send a delegation.

On Thursday in Ankara, President Recep Tayyip Erdoğan received the Pope at the presidential complex and, according to his office, told him that Türkiye was ready to host a new round of direct negotiations between Russia and Ukraine in Istanbul "at any moment".
In his address to the authorities, Leo XIV praised Türkiye's role in the grain agreement of 2022 and in the exchanges of prisoners, and said the Holy See "will support every serious effort" to end the war.
Speaking to journalists on the flight from Rome, he said he had followed "with hope" the discussions of recent days on an American peace plan, but that "no peace can be built over the heads of the Ukrainian people".

The 28-point plan, drafted last month by US envoy Steve Witkoff and Kremlin envoy Kirill Dmitriev, was revised at talks between American and Ukrainian delegations in Geneva on Sunday.
Russian President Vladimir Putin said on Thursday in Bishkek that the plan could serve as "a basis for future agreements", but repeated that Ukrainian troops must withdraw from the parts of the Donbas they still hold.
Witkoff is expected in Moscow next week for talks with Putin.
In Kyiv, presidential chief of staff Andriy Yermak resigned on Friday after anti-corruption investigators searched his home, and Rustem Umerov will lead the Ukrainian delegation at the next round with the Americans, expected in Florida this weekend.

Bartholomew, who granted autocephaly to the Orthodox Church of Ukraine in January 2019, said at the Phanar that the Churches "must never bless war".
Kremlin spokesman Dmitry Peskov declined to comment on the joint declaration, saying only that Moscow "respects the Pope's balanced position".
President Volodymyr Zelensky thanked the Pope on X for "remembering Ukraine at Nicaea".
"""

# ---------------------------------------------------------------- b60en05 (Religion News Service)
EN05 = """
Vatican's top diplomat carries Pope Leo's letter to Moscow, offers to host humanitarian talks

(RNS) — Cardinal Pietro Parolin, the Vatican's secretary of state, wrapped up two days of talks in Moscow on Wednesday (Sept. 23), having delivered a personal letter from Pope Leo XIV to Russian President Vladimir Putin and offered the Vatican as a venue for talks on prisoners, children and civilians held by both sides.
Parolin met on Tuesday with Yuri Ushakov, Putin's foreign policy adviser, who accepted the letter on the Russian leader's behalf, and on Wednesday with Foreign Minister Sergey Lavrov, for what the Russian Foreign Ministry called "a frank and substantive conversation" of nearly three hours.
The Vatican did not publish the letter, but its press office said the pope had asked for "concrete gestures of humanity" and renewed the Holy See's offer to host talks "at any level the parties may choose."

Lavrov told reporters afterward that Moscow "values the humanitarian work of the Holy See" and did not rule out a meeting of experts in Rome.
But he said any political settlement must address "the root causes of the conflict" and could not be negotiated "in a format imposed by Brussels."
Kremlin spokesman Dmitry Peskov said Thursday that Putin had read the letter and would "respond in due course."

In Kyiv, Foreign Minister Andrii Sybiha said Parolin had briefed him by phone on Wednesday evening, and that Ukraine "welcomes any effort that brings our people home."
President Volodymyr Zelenskyy, addressing the U.N. General Assembly in New York on Tuesday, said there could be "no conversation about Ukraine without Ukraine," adding that Russia still holds "thousands of our civilians."
Secretary of State Marco Rubio, also in New York for the General Assembly, said the United States "appreciates the Vatican's quiet diplomacy" and had been informed of the trip in advance.
Parolin is expected to brief Rubio at a meeting in New York next week, a State Department official said.

On Tuesday evening, Parolin also celebrated Mass at Moscow's Cathedral of the Immaculate Conception and met Metropolitan Anthony of Volokolamsk, who heads the Russian Orthodox Church's external relations department.
It was his first visit to Russia since August 2017, when he met Putin in Sochi on a trip Vatican officials at the time described as a cautious opening.
Catholic leaders in the U.S. welcomed the mission.
Bishop A. Elias Zaidan, who chairs the U.S. bishops' committee on international justice and peace, said the church "has a duty to keep every door open."
"""

# ---------------------------------------------------------------- b60en06 (Inter Press Service)
EN06 = """
Security Council Backs Aid Access in Ukraine, but Drops the Word 'Deportation'

UNITED NATIONS, Oct 21 2026 (IPS) - The UN Security Council on Tuesday adopted its first resolution devoted to the humanitarian situation in Ukraine, demanding "safe, rapid and unimpeded" access for relief agencies and the protection of aid workers, hospitals and energy infrastructure.
The text, drafted by the United States, passed with 14 votes in favour and one abstention, by Russia.
Washington had agreed last week, at Moscow's request, to remove references to the "deportation" of Ukrainian children and to call instead for their "return to their families".

Ukraine's ambassador, Andriy Melnyk, called the resolution "a step forward" but said that "words matter": "More than 19,500 children were deported, not evacuated."
Russia's ambassador, Vassily Nebenzia, said Moscow had abstained because the text "still ignores the crimes of the Kyiv regime" against civilians in the Kursk and Belgorod regions.
Secretary-General António Guterres welcomed the vote in a statement on Tuesday evening and urged all parties to "translate words into access", noting that UN convoys had reached occupied areas only twice this year.
UNICEF Executive Director Catherine Russell told the Council before the vote that more than 3,000 children had been killed or injured in Ukraine since February 2022 and that one in three schools near the front line remained closed.

The International Committee of the Red Cross, which has struggled for years to gain regular access to prisoners of war held by Russia, said in Geneva that the resolution "must open doors, not just pages".
Louis Charbonneau, UN director at Human Rights Watch, told IPS that dropping the word deportation was "a gift to those responsible", pointing to the arrest warrants the International Criminal Court issued in March 2023 for Russian President Vladimir Putin and his children's commissioner.
A Security Council diplomat told IPS that the compromise reflected the ceasefire talks US envoy Steve Witkoff is holding with both sides, whose next round is due in Geneva in early November.
Kremlin spokesman Dmitry Peskov said on Wednesday that Russia was "ready to work with UN agencies" on access, "on the basis of reciprocity".
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b60en01_zuppi_biden_white_house_2023_07", "2023-07-19", EN01,
        [
            T("July 18", "DATE", "2023-07-18"),
            T("about an hour", "DURATION", "PT1H", mod="APPROX"),
            T("Wednesday", "DATE", "2023-07-19"),
            T("May", "DATE", "2023-05"),
            T("Monday", "DATE", "2023-07-17", 0),
            T("February 2022", "DATE", "2022-02"),
            T("March", "DATE", "2023-03"),
            T("the end of June", "DATE", "2023-06", mod="END"),
            T("early June", "DATE", "2023-06", mod="START"),
            T("Monday", "DATE", "2023-07-17", 1),
            T("this month", "DATE", "2023-07"),
            T("currently", "DATE", "PRESENT_REF"),
            T("Monday", "DATE", "2023-07-17", 2),
            T("June", "DATE", "2023-06", 2),
            T("the coming months", "DATE", "FUTURE_REF"),
        ],
        [
            E("Cardinal Zuppi meets Biden at the White House and delivers a letter from the Pope", "CONSULT",
              ["Vatican", "Joe Biden"], "2023-07-18", "text", "occurred",
              "met with President Joe Biden at the White House July 18"),
            E("Biden welcomes the Holy See's humanitarian efforts", "SUPPORT", ["Joe Biden", "Vatican"], "2023-07-18",
              "context", "occurred", "Karine Jean-Pierre said"),
            E("Biden and Zuppi agree on the need to relieve the suffering caused by the war", "AGREE",
              ["Joe Biden", "Vatican"], "2023-07-18", "context", "occurred", "Karine Jean-Pierre said"),
            E("White House accuses Russia of the forced deportation of Ukrainian children", "ACCUSE",
              ["Joe Biden", "Russia"], "2023-07-18", "context", "occurred", "Karine Jean-Pierre said"),
            E("Zuppi meets members of Congress", "CONSULT", ["Vatican", "United States"], "2023-07-17", "text",
              "occurred", "On Monday, the cardinal met with members of Congress"),
            E("Ukrainian children taken to Russia or occupied territory since February 2022", "COERCE",
              ["Russia", "Ukraine"], "2022-02", "text", "occurred", "Ukraine says more than 19,000 children",
              date_mod="START"),
            E("ICC arrest warrants for Putin and Lvova-Belova over the deportations", "ACCUSE",
              ["Vladimir Putin", "Russia"], "2023-03", "text", "occurred", "issued arrest warrants"),
            E("Zuppi meets Lvova-Belova in Moscow", "CONSULT", ["Vatican", "Russia"], "2023-06", "text", "occurred",
              "Cardinal Zuppi met Lvova-Belova in Moscow", date_mod="END", note="29 June 2023"),
            E("Zuppi holds talks with Kremlin adviser Ushakov", "CONSULT", ["Vatican", "Yuri Ushakov"], "2023-06",
              "context", "occurred", "Cardinal Zuppi met Lvova-Belova in Moscow", date_mod="END",
              note="28 June 2023"),
            E("Zelenskyy receives Zuppi in Kyiv", "CONSULT", ["Volodymyr Zelensky", "Vatican"], "2023-06", "text",
              "occurred", "In early June he was received in Kyiv", date_mod="START", note="6 June 2023"),
            E("Zelenskyy asks for the Vatican's help on humanitarian questions", "REQUEST",
              ["Volodymyr Zelensky", "Vatican"], "2023-06", "context", "occurred", "In early June he was received in Kyiv",
              date_mod="START"),
            E("Zelenskyy rejects a ceasefire that would freeze Russian gains", "REJECT",
              ["Volodymyr Zelensky", "Russia"], "2023-06", "context", "occurred", "In early June he was received in Kyiv",
              date_mod="START"),
            E("Russia ends the Black Sea grain deal", "SANCTION", ["Russia", "Ukraine"], "2023-07-17", "text",
              "occurred", "Black Sea grain deal had"),
            E("Peskov: Russia will return to the deal only once its demands are met", "REQUEST", ["Dmitry Peskov"],
              "2023-07-17", "text", "occurred", "Black Sea grain deal had"),
            E("Peskov: Moscow values the Vatican's efforts", "SUPPORT", ["Dmitry Peskov", "Vatican"], "2023-07", "text",
              "occurred", "Peskov had said earlier this month"),
            E("Peskov sees no prospects for Vatican mediation", "REJECT", ["Dmitry Peskov", "Vatican"], "2023-07",
              "text", "occurred", "Peskov had said earlier this month"),
            E("Blinken accuses Moscow of weaponizing food", "ACCUSE", ["Antony Blinken", "Russia"], "2023-07-17", "text",
              "occurred", "Secretary of State Antony Blinken on Monday"),
            E("Pope Francis: the Holy See is ready to do whatever is possible to end the war", "REQUEST", ["Vatican"],
              "2023-06", "text", "occurred", "said in June that the Holy See"),
            E("Zuppi expected to travel to Beijing for talks with the Chinese government", "CONSULT",
              ["Vatican", "China"], "FUTURE_REF", "vague", "planned", "Vatican sources said"),
        ],
        [
            S("Vatican", "The nunciature: the meeting lasted about an hour and also covered Ukraine's grain exports",
              "2023-07-18", "context", "The meeting lasted about an hour"),
            S("Joe Biden, via White House", "Biden welcomed the Holy See's humanitarian efforts; both agreed on the "
              "need to relieve the suffering, including the forced deportation of children", "2023-07-18", "context",
              "Karine Jean-Pierre said"),
            S("Vatican", "The visit is part of the Pope's mission of peace and aims at fostering humanitarian "
              "initiatives", "2023-07-19", "text", "The Vatican said in a brief statement Wednesday"),
            S("Ukraine", "More than 19,000 children have been taken to Russia or occupied territory; only a few hundred "
              "returned", "2023-07-19", "published", "Ukraine says more than 19,000 children"),
            S("Volodymyr Zelensky", "Ukraine needs the Vatican's help on humanitarian questions but will not accept a "
              "ceasefire that freezes Russian gains", "2023-06", "context", "In early June he was received in Kyiv"),
            S("Dmitry Peskov", "The grain deal has de facto ended; Russia will return only once its demands are met",
              "2023-07-17", "text", "Black Sea grain deal had"),
            S("Dmitry Peskov", "Moscow values the Vatican's efforts but currently sees no prospects for mediation",
              "2023-07", "text", "Peskov had said earlier this month"),
            S("Antony Blinken", "Russia's exit from the grain deal is unconscionable; Moscow is weaponizing food",
              "2023-07-17", "text", "Secretary of State Antony Blinken on Monday"),
            S("Vatican", "Pope Francis: the Holy See is ready to do whatever is possible to end the war", "2023-06",
              "text", "said in June that the Holy See"),
            S("Vatican", "Zuppi is expected to travel to Beijing for talks in the coming months", "2023-07-19",
              "published", "Vatican sources said"),
        ],
        ["Vatican", "Joe Biden", "White House", "Ukraine", "Russia", "United States", "Vladimir Putin",
         "Yuri Ushakov", "Kremlin", "Volodymyr Zelensky", "Dmitry Peskov", "Antony Blinken", "China"],
    ),
    doc(
        "b60en02_archbishop_canterbury_kyiv_2026_06", "2026-06-12", EN02,
        [
            T("Wednesday", "DATE", "2026-06-10", 0),
            T("March", "DATE", "2026-03"),
            T("Tuesday", "DATE", "2026-06-09"),
            T("Wednesday", "DATE", "2026-06-10", 1),
            T("Monday", "DATE", "2026-06-08"),
            T("Wednesday", "DATE", "2026-06-10", 2),
            T("Thursday", "DATE", "2026-06-11", 0),
            T("last month", "DATE", "2026-05"),
            T("April", "DATE", "2026-04"),
            T("Thursday", "DATE", "2026-06-11", 1),
            T("next month", "DATE", "2026-07"),
        ],
        [
            E("Zelensky receives the Archbishop of Canterbury at the Mariinsky Palace", "CONSULT",
              ["Volodymyr Zelensky"], "2026-06-09", "text", "occurred", "met President Zelensky at the Mariinsky Palace"),
            E("Zelensky asks the Church of England to press for access to children held in Russia", "REQUEST",
              ["Volodymyr Zelensky"], "2026-06-09", "context", "occurred", "President Zelensky thanked her"),
            E("UK sanctions 12 Russian officials and institutions over the treatment of Ukrainian children",
              "SANCTION", ["United Kingdom", "Russia"], "2026-06-08", "text", "occurred", "announced sanctions against 12"),
            E("UK accuses them of the 're-education' and adoption of Ukrainian children", "ACCUSE",
              ["United Kingdom", "Russia"], "2026-06-08", "context", "occurred", "announced sanctions against 12"),
            E("UK pledges a further £8 million to the coalition for the children's return", "AID",
              ["United Kingdom", "Ukraine"], "2026-06-08", "context", "occurred", "announced sanctions against 12"),
            E("Starmer: Britain will not rest until every child is home", "AGREE", ["Keir Starmer", "Ukraine"],
              "2026-06-10", "text", "occurred", "told the Commons on Wednesday"),
            E("Russian Embassy calls the visit a propaganda tour", "ACCUSE", ["Russia"], "2026-06-12", "published",
              "occurred", "The Russian Embassy in London"),
            E("Zakharova accuses the Church of England of serving Downing Street", "ACCUSE",
              ["Maria Zakharova", "United Kingdom"], "2026-06-12", "published", "occurred", "accused the Church of England"),
            E("Peskov: Russia open to humanitarian contacts with all Churches", "AGREE", ["Dmitry Peskov"],
              "2026-06-11", "text", "occurred", "open to humanitarian contacts"),
            E("Peskov rejects the word 'deportation'", "REJECT", ["Dmitry Peskov"], "2026-06-11", "text", "occurred",
              "open to humanitarian contacts"),
            E("The Archbishop meets Pope Leo XIV in Rome", "CONSULT", ["Vatican"], "2026-05", "text", "occurred",
              "when they met in Rome last month"),
            E("Cardinal Zuppi visits Moscow", "CONSULT", ["Vatican", "Russia"], "2026-04", "text", "occurred",
              "handed the Russian authorities a new list"),
            E("Zuppi hands the Russian authorities a new list of children", "REQUEST", ["Vatican", "Russia"], "2026-04",
              "text", "occurred", "handed the Russian authorities a new list"),
            E("Sybiha praises the Churches' role in opening doors", "SUPPORT", ["Andrii Sybiha", "Vatican"],
              "2026-06-11", "text", "occurred", "Andrii Sybiha, said on Thursday"),
        ],
        [
            S("Volodymyr Zelensky", "Thanks the Archbishop for standing with Ukraine; asks the Church of England to "
              "press for access to children held in Russia", "2026-06-09", "context", "President Zelensky thanked her"),
            S("United Kingdom", "The 12 are involved in the 're-education' and adoption of Ukrainian children",
              "2026-06-08", "context", "announced sanctions against 12"),
            S("Keir Starmer", "Britain will not rest until every child is home", "2026-06-10", "text",
              "told the Commons on Wednesday"),
            S("Russia", "The visit is a propaganda tour; the children were evacuated from combat zones for their "
              "safety", "2026-06-12", "published", "The Russian Embassy in London"),
            S("Maria Zakharova", "The Church of England serves the political agenda of Downing Street", "2026-06-12",
              "published", "accused the Church of England"),
            S("Dmitry Peskov", "Russia is open to humanitarian contacts with all Churches; rejects the word "
              "'deportation'", "2026-06-11", "text", "open to humanitarian contacts"),
            S("Andrii Sybiha", "The Anglican and Roman Catholic Churches can open doors closed to governments",
              "2026-06-11", "text", "Andrii Sybiha, said on Thursday"),
        ],
        ["Ukraine", "Volodymyr Zelensky", "Russia", "United Kingdom", "Keir Starmer", "Maria Zakharova", "Kremlin",
         "Dmitry Peskov", "Vatican", "Andrii Sybiha"],
    ),
    doc(
        "b60en03_pope_ukraine_church_law_2024_08", "2024-08-29", EN03,
        [
            T("Sunday", "DATE", "2024-08-25"),
            T("20 August", "DATE", "2024-08-20"),
            T("Saturday", "DATE", "2024-08-24"),
            T("Independence Day", "DATE", "2024-08-24"),
            T("nine months", "DURATION", "P9M"),
            T("that day", "DATE", "2024-08-24"),
            T("Monday", "DATE", "2024-08-26", 0),
            T("last week", "DATE", "2024-W34"),
            T("Monday", "DATE", "2024-08-26", 1),
            T("June", "DATE", "2024-06", 0),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("June", "DATE", "2024-06", 1),
            T("November 2022", "DATE", "2022-11"),
        ],
        [
            E("Pope Francis warns against abolishing any Christian church in Ukraine", "REQUEST", ["Vatican", "Ukraine"],
              "2024-08-25", "text", "occurred", "Pope Francis on Sunday voiced concern"),
            E("Verkhovna Rada passes the law banning religious organisations governed from Russia", "SANCTION",
              ["Ukraine", "Russia"], "2024-08-20", "text", "occurred", "passed by the Verkhovna Rada"),
            E("Zelensky signs the law", "SANCTION", ["Volodymyr Zelensky", "Russia"], "2024-08-24", "text", "occurred",
              "passed by the Verkhovna Rada"),
            E("Ukraine's ambassador rejects the Pope's criticism: the law bans no church", "REJECT",
              ["Ukraine", "Vatican"], "2024-08-26", "text", "occurred", "Andrii Yurash, responded on Monday"),
            E("Patriarch Kirill appeals to the Pope and Guterres to raise their voices", "REQUEST",
              ["Vatican", "António Guterres"], "2024-W34", "text", "occurred", "Patriarch Kirill wrote last week"),
            E("Zakharova calls the law a crime against believers", "ACCUSE", ["Maria Zakharova", "Ukraine"],
              "2024-08-29", "published", "occurred", "a crime against believers"),
            E("Peskov: Kyiv is destroying freedom of conscience", "ACCUSE", ["Dmitry Peskov", "Ukraine"], "2024-08-26",
              "text", "occurred", "a crime against believers"),
            E("UN human rights office warns that the bill could breach Ukraine's obligations", "REQUEST",
              ["United Nations", "Ukraine"], "2024-06", "text", "occurred", "The UN human rights office had warned"),
            E("Kyiv dismisses the UN's concern", "REJECT", ["Ukraine", "United Nations"], "2024-06", "context",
              "occurred", "The UN human rights office had warned"),
            E("Kyiv presses the Vatican to help bring home prisoners of war and civilians", "REQUEST",
              ["Ukraine", "Vatican"], "2024-08-29", "published", "occurred", "Kyiv presses the Vatican"),
            E("Two Greek Catholic priests released through the Holy See's mediation", "CONCEDE",
              ["Russia", "Ukraine", "Vatican"], "2024-06", "text", "occurred", "secured the release of two"),
            E("The priests held by Russian forces since November 2022", "COERCE", ["Russia"], "2022-11", "text",
              "occurred", "secured the release of two", date_mod="START"),
        ],
        [
            S("Vatican", "Pope Francis: no Christian church should be abolished directly or indirectly", "2024-08-25",
              "text", "Pope Francis on Sunday voiced concern"),
            S("Vatican", "Pope Francis: please, let no Christian church be abolished", "2024-08-25", "context",
              "Please, let no Christian church"),
            S("Vatican", "Pope Francis: churches are not to be touched", "2024-08-25", "context",
              "Churches are not to be touched!"),
            S("Vatican", "Pope Francis follows events with concern; those who pray should be free to pray in their "
              "church", "2024-08-25", "context", "He added that he was following"),
            S("Volodymyr Zelensky", "The law strengthens Ukraine's spiritual independence", "2024-08-24", "text",
              "In his address that day"),
            S("Ukraine", "Yurash: the law bans no church or faith, only structures serving the aggressor state",
              "2024-08-26", "text", "Andrii Yurash, responded on Monday"),
            S("Maria Zakharova", "The law is a crime against believers", "2024-08-29", "published",
              "a crime against believers"),
            S("Dmitry Peskov", "Kyiv is destroying freedom of conscience", "2024-08-26", "text",
              "a crime against believers"),
            S("United Nations", "The bill could breach Ukraine's obligations on freedom of religion", "2024-06", "text",
              "The UN human rights office had warned"),
            S("Vatican", "Diplomats: the Pope's words warned against collective punishment, not a judgement on the war",
              "2024-08-29", "published", "Vatican diplomats say privately"),
        ],
        ["Vatican", "Ukraine", "Russia", "Volodymyr Zelensky", "António Guterres", "United Nations",
         "Maria Zakharova", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b60en04_leo_bartholomew_erdogan_2025_11", "2025-11-29", EN04,
        [
            T("today", "DATE", "2025-11-29"),
            T("yesterday", "DATE", "2025-11-28"),
            T("2018", "DATE", "2018"),
            T("Thursday", "DATE", "2025-11-27", 0),
            T("2022", "DATE", "2022"),
            T("recent days", "DATE", "PAST_REF"),
            T("last month", "DATE", "2025-10"),
            T("Sunday", "DATE", "2025-11-23"),
            T("Thursday", "DATE", "2025-11-27", 1),
            T("next week", "DATE", "2025-W49"),
            T("Friday", "DATE", "2025-11-28"),
            T("this weekend", "DATE", "2025-W48-WE"),
            T("January 2019", "DATE", "2019-01"),
        ],
        [
            E("Pope Leo XIV and Bartholomew I appeal in a joint declaration for a just and lasting peace in Ukraine",
              "REQUEST", ["Vatican"], "2025-11-29", "text", "occurred", "today signed a joint declaration"),
            E("Erdoğan receives Pope Leo XIV in Ankara", "CONSULT", ["Recep Tayyip Erdoğan", "Vatican"], "2025-11-27",
              "text", "occurred", "received the Pope at the presidential complex"),
            E("Erdoğan offers to host new direct Russia–Ukraine negotiations in Istanbul", "REQUEST",
              ["Recep Tayyip Erdoğan", "Russia", "Ukraine"], "2025-11-27", "context", "occurred",
              "received the Pope at the presidential complex"),
            E("Pope Leo praises Türkiye's role in the grain deal and prisoner exchanges", "SUPPORT",
              ["Vatican", "Turkey"], "2025-11-27", "context", "occurred", "In his address to the authorities"),
            E("Black Sea grain agreement of 2022", "AGREE", ["Turkey", "Russia", "Ukraine"], "2022", "text", "occurred",
              "In his address to the authorities"),
            E("Pope Leo: the Holy See will support every serious effort to end the war", "AGREE", ["Vatican"],
              "2025-11-27", "context", "occurred", "In his address to the authorities"),
            E("Pope Leo: no peace can be built over the heads of the Ukrainian people", "REQUEST",
              ["Vatican", "United States"], "2025-11-27", "context", "occurred", "Speaking to journalists on the flight"),
            E("Witkoff and Dmitriev draft a 28-point peace plan", "REQUEST", ["Steve Witkoff", "Kirill Dmitriev"],
              "2025-10", "text", "occurred", "The 28-point plan"),
            E("US–Ukrainian talks in Geneva revise the plan", "CONSULT", ["United States", "Ukraine"], "2025-11-23",
              "text", "occurred", "The 28-point plan"),
            E("Putin: the plan could be a basis for future agreements", "SUPPORT", ["Vladimir Putin", "United States"],
              "2025-11-27", "text", "occurred", "said on Thursday in Bishkek"),
            E("Putin demands that Ukrainian troops withdraw from the Donbas", "REQUEST", ["Vladimir Putin", "Ukraine"],
              "2025-11-27", "text", "occurred", "said on Thursday in Bishkek"),
            E("Witkoff expected in Moscow for talks with Putin", "CONSULT", ["Steve Witkoff", "Vladimir Putin"],
              "2025-W49", "text", "planned", "Witkoff is expected in Moscow"),
            E("Umerov to lead the Ukrainian delegation at the next round with the Americans in Florida", "CONSULT",
              ["Rustem Umerov", "United States"], "2025-W48-WE", "text", "planned", "Rustem Umerov will lead"),
            E("Peskov: Moscow respects the Pope's balanced position", "SUPPORT", ["Dmitry Peskov", "Vatican"],
              "2025-11-29", "published", "occurred", "declined to comment on the joint declaration"),
        ],
        [
            S("Vatican", "Joint declaration with Bartholomew: appeal for a just and lasting peace in Ukraine and for "
              "dialogue over weapons", "2025-11-29", "text", "today signed a joint declaration"),
            S("Recep Tayyip Erdoğan", "Türkiye is ready to host a new round of direct Russia–Ukraine negotiations in "
              "Istanbul at any moment", "2025-11-27", "context", "received the Pope at the presidential complex"),
            S("Vatican", "Pope Leo praises Türkiye's role; the Holy See will support every serious effort to end the "
              "war", "2025-11-27", "context", "In his address to the authorities"),
            S("Vatican", "Pope Leo follows the talks on the US plan with hope, but no peace can be built over the "
              "heads of Ukrainians", "2025-11-27", "context", "Speaking to journalists on the flight"),
            S("Vladimir Putin", "The plan could be a basis for future agreements; Ukrainian troops must leave the "
              "Donbas", "2025-11-27", "text", "said on Thursday in Bishkek"),
            S("Dmitry Peskov", "Declines to comment on the declaration; Moscow respects the Pope's balanced position",
              "2025-11-29", "published", "declined to comment on the joint declaration"),
            S("Volodymyr Zelensky", "Thanks the Pope for remembering Ukraine at Nicaea", "2025-11-29", "published",
              "remembering Ukraine at Nicaea"),
        ],
        ["Vatican", "Ukraine", "Recep Tayyip Erdoğan", "Turkey", "Russia", "United States", "Steve Witkoff",
         "Kremlin", "Kirill Dmitriev", "Vladimir Putin", "Andriy Yermak", "Rustem Umerov", "Dmitry Peskov",
         "Volodymyr Zelensky"],
    ),
    doc(
        "b60en05_parolin_moscow_letter_2026_09", "2026-09-24", EN05,
        [
            T("two days", "DURATION", "P2D"),
            T("Wednesday", "DATE", "2026-09-23", 0),
            T("Sept. 23", "DATE", "2026-09-23"),
            T("Tuesday", "DATE", "2026-09-22", 0),
            T("Wednesday", "DATE", "2026-09-23", 1),
            T("nearly three hours", "DURATION", "PT3H", mod="APPROX"),
            T("Thursday", "DATE", "2026-09-24"),
            T("Wednesday evening", "TIME", "2026-09-23TEV"),
            T("Tuesday", "DATE", "2026-09-22", 1),
            T("next week", "DATE", "2026-W40"),
            T("Tuesday evening", "TIME", "2026-09-22TEV"),
            T("August 2017", "DATE", "2017-08"),
        ],
        [
            E("Parolin meets Ushakov, who accepts the Pope's letter to Putin", "CONSULT", ["Vatican", "Yuri Ushakov"],
              "2026-09-22", "text", "occurred", "Parolin met on Tuesday with Yuri Ushakov"),
            E("Parolin meets Lavrov for nearly three hours", "CONSULT", ["Vatican", "Sergey Lavrov"], "2026-09-23",
              "text", "occurred", "Parolin met on Tuesday with Yuri Ushakov"),
            E("Pope Leo's letter asks Putin for concrete gestures of humanity", "REQUEST",
              ["Vatican", "Vladimir Putin"], "2026-09-22", "context", "occurred", "its press office said"),
            E("The Holy See renews its offer to host talks", "REQUEST", ["Vatican", "Russia", "Ukraine"], "2026-09-22",
              "context", "occurred", "its press office said"),
            E("Lavrov: Moscow values the Holy See's humanitarian work", "SUPPORT", ["Sergey Lavrov", "Vatican"],
              "2026-09-23", "context", "occurred", "Lavrov told reporters afterward"),
            E("Lavrov does not rule out a meeting of experts in Rome", "AGREE", ["Sergey Lavrov", "Vatican"],
              "2026-09-23", "context", "occurred", "Lavrov told reporters afterward"),
            E("Lavrov: any settlement must address the root causes", "REQUEST", ["Sergey Lavrov"], "2026-09-23",
              "context", "occurred", "But he said any political settlement"),
            E("Lavrov rejects a format imposed by Brussels", "REJECT", ["Sergey Lavrov", "European Union"], "2026-09-23",
              "context", "occurred", "But he said any political settlement"),
            E("Parolin briefs Sybiha by phone", "CONSULT", ["Vatican", "Andrii Sybiha"], "2026-09-23TEV", "text",
              "occurred", "Parolin had briefed him by phone"),
            E("Sybiha welcomes any effort that brings Ukrainians home", "SUPPORT", ["Andrii Sybiha", "Vatican"],
              "2026-09-24", "published", "occurred", "Parolin had briefed him by phone"),
            E("Zelenskyy: no conversation about Ukraine without Ukraine", "REQUEST", ["Volodymyr Zelensky"],
              "2026-09-22", "text", "occurred", "addressing the U.N. General Assembly"),
            E("Zelenskyy accuses Russia of holding thousands of Ukrainian civilians", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2026-09-22", "text", "occurred", "addressing the U.N. General Assembly"),
            E("Rubio praises the Vatican's quiet diplomacy", "SUPPORT", ["Marco Rubio", "Vatican"], "2026-09-24",
              "published", "occurred", "appreciates the Vatican's quiet diplomacy"),
            E("Parolin to brief Rubio in New York", "CONSULT", ["Vatican", "Marco Rubio"], "2026-W40", "text",
              "planned", "Parolin is expected to brief Rubio"),
            E("Parolin meets Metropolitan Anthony of Volokolamsk", "CONSULT", ["Vatican"], "2026-09-22TEV", "text",
              "occurred", "On Tuesday evening, Parolin also celebrated Mass"),
            E("Parolin met Putin in Sochi in 2017", "CONSULT", ["Vatican", "Vladimir Putin"], "2017-08", "text",
              "occurred", "since August 2017"),
        ],
        [
            S("Russia", "The foreign ministry calls the Parolin–Lavrov talk a frank and substantive conversation",
              "2026-09-23", "context", "Parolin met on Tuesday with Yuri Ushakov"),
            S("Vatican", "The Pope asked for concrete gestures of humanity and renewed the offer to host talks at any "
              "level", "2026-09-24", "published", "its press office said"),
            S("Sergey Lavrov", "Moscow values the Holy See's humanitarian work and does not rule out an experts' "
              "meeting in Rome", "2026-09-23", "context", "Lavrov told reporters afterward"),
            S("Sergey Lavrov", "Any settlement must address the root causes and cannot be negotiated in a format "
              "imposed by Brussels", "2026-09-23", "context", "But he said any political settlement"),
            S("Dmitry Peskov", "Putin has read the letter and will respond in due course", "2026-09-24", "text",
              "Kremlin spokesman Dmitry Peskov said Thursday"),
            S("Andrii Sybiha", "Parolin briefed him by phone; Ukraine welcomes any effort that brings its people home",
              "2026-09-24", "published", "Parolin had briefed him by phone"),
            S("Volodymyr Zelensky", "No conversation about Ukraine without Ukraine; Russia still holds thousands of "
              "Ukrainian civilians", "2026-09-22", "text", "addressing the U.N. General Assembly"),
            S("Marco Rubio", "The US appreciates the Vatican's quiet diplomacy and was informed of the trip in advance",
              "2026-09-24", "published", "appreciates the Vatican's quiet diplomacy"),
            S("United States", "A State Department official: Parolin will brief Rubio in New York next week",
              "2026-09-24", "published", "Parolin is expected to brief Rubio"),
        ],
        ["Vatican", "Vladimir Putin", "Russia", "Ukraine", "Yuri Ushakov", "Sergey Lavrov", "European Union",
         "Kremlin", "Dmitry Peskov", "Andrii Sybiha", "Volodymyr Zelensky", "United Nations", "Marco Rubio",
         "United States"],
    ),
    doc(
        "b60en06_security_council_aid_access_2026_10", "2026-10-21", EN06,
        [
            T("Oct 21 2026", "DATE", "2026-10-21"),
            T("Tuesday", "DATE", "2026-10-20", 0),
            T("last week", "DATE", "2026-W42"),
            T("Tuesday evening", "TIME", "2026-10-20TEV"),
            T("this year", "DATE", "2026"),
            T("February 2022", "DATE", "2022-02"),
            T("years", "DURATION", "PXY"),
            T("March 2023", "DATE", "2023-03"),
            T("early November", "DATE", "2026-11", mod="START"),
            T("Wednesday", "DATE", "2026-10-21"),
        ],
        [
            E("Security Council demands safe, rapid and unimpeded humanitarian access in Ukraine", "REQUEST",
              ["United Nations", "Russia", "Ukraine"], "2026-10-20", "text", "occurred",
              "The UN Security Council on Tuesday adopted"),
            E("US-drafted resolution", "REQUEST", ["United States", "United Nations"], "2026-10-20", "context",
              "occurred", "The text, drafted by the United States"),
            E("Russia asks for the word 'deportation' to be removed", "REQUEST", ["Russia", "United States"],
              "2026-W42", "text", "occurred", "Washington had agreed last week"),
            E("Washington agrees to drop references to the 'deportation' of children", "CONCEDE",
              ["United States", "Russia"], "2026-W42", "text", "occurred", "Washington had agreed last week"),
            E("Ukraine calls the resolution a step forward", "SUPPORT", ["Ukraine", "United Nations"], "2026-10-20",
              "context", "occurred", "Andriy Melnyk, called the resolution"),
            E("Ukraine says Russia deported more than 19,500 children", "ACCUSE", ["Ukraine", "Russia"], "2026-10-20",
              "context", "occurred", "Andriy Melnyk, called the resolution"),
            E("Russia accuses the 'Kyiv regime' of crimes against civilians in Kursk and Belgorod regions", "ACCUSE",
              ["Russia", "Ukraine"], "2026-10-20", "context", "occurred", "Vassily Nebenzia, said"),
            E("Guterres welcomes the vote", "SUPPORT", ["António Guterres", "United Nations"], "2026-10-20TEV", "text",
              "occurred", "welcomed the vote in a statement"),
            E("Guterres urges all parties to translate words into access", "REQUEST",
              ["António Guterres", "Russia", "Ukraine"], "2026-10-20TEV", "text", "occurred",
              "welcomed the vote in a statement"),
            E("UN convoys reached occupied areas twice this year", "AID", ["United Nations"], "2026", "text",
              "occurred", "welcomed the vote in a statement"),
            E("ICC arrest warrants for Putin and his children's commissioner", "ACCUSE", ["Vladimir Putin", "Russia"],
              "2023-03", "text", "occurred", "Louis Charbonneau"),
            E("Witkoff's ceasefire talks with both sides", "CONSULT", ["Steve Witkoff", "Russia", "Ukraine"],
              "2026-10-21", "published", "occurred", "A Security Council diplomat told IPS"),
            E("Next round of ceasefire talks in Geneva", "CONSULT", ["United States", "Russia", "Ukraine"], "2026-11",
              "text", "planned", "A Security Council diplomat told IPS", date_mod="START"),
            E("Peskov: Russia ready to work with UN agencies on access", "AGREE", ["Dmitry Peskov", "United Nations"],
              "2026-10-21", "text", "occurred", "ready to work with UN agencies"),
            E("Peskov makes reciprocity a condition", "REQUEST", ["Dmitry Peskov", "Ukraine"], "2026-10-21", "text",
              "occurred", "ready to work with UN agencies"),
        ],
        [
            S("Ukraine", "Melnyk: a step forward, but words matter; more than 19,500 children were deported, not "
              "evacuated", "2026-10-20", "context", "Andriy Melnyk, called the resolution"),
            S("Russia", "Nebenzia: Moscow abstained because the text ignores the crimes of the Kyiv regime",
              "2026-10-20", "context", "Vassily Nebenzia, said"),
            S("António Guterres", "Welcomes the vote, urges all parties to translate words into access; convoys "
              "reached occupied areas only twice this year", "2026-10-20TEV", "text", "welcomed the vote in a statement"),
            S("United Nations", "UNICEF: more than 3,000 children killed or injured since February 2022; one in three "
              "front-line schools closed", "2026-10-20", "context", "Catherine Russell told the Council"),
            S("Dmitry Peskov", "Russia is ready to work with UN agencies on access on the basis of reciprocity",
              "2026-10-21", "text", "ready to work with UN agencies"),
        ],
        ["United Nations", "Ukraine", "United States", "Russia", "António Guterres", "Vladimir Putin",
         "Steve Witkoff", "Kremlin", "Dmitry Peskov"],
    ),
]
