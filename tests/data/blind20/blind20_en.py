"""English articles of the blind20 evaluation set (written and annotated blind; see README.md).

One sentence per line, the headline on the first line, paragraphs separated by a blank line.
Timexes: T(surface, type, value, n=whole-word occurrence index, mod, note).
Events: E(summary, type, actors, date, date_basis, occurrence, evidence key, date_mod, note).
Statements: S(speaker, summary, date, date_basis, evidence key).
"""
from build import E, S, T

DOCS = [
    dict(
        id="b20en01_g20_bali_peace_formula_2022_11",
        lang="en",
        published="2022-11-15",
        body="""Zelensky tells G20 'now is the time' to stop Russia's war

Nusa Dua (Indonesia) (AFP) - Ukrainian President Volodymyr Zelensky on Tuesday urged G20 leaders gathered in Bali to help end Russia's invasion "now", laying out a 10-point peace plan in a video address as Moscow's top diplomat looked on.
Speaking in Ukrainian and wearing his trademark khaki, Zelensky addressed the summit as the "G19", pointedly leaving Russia out of the group.
He demanded that Moscow withdraw all its troops, release every prisoner under an "all for all" formula and stop attacking Ukraine's power grid, and called for the Black Sea grain deal to be extended indefinitely.
"I am convinced now is the time when the Russian destructive war must and can be stopped," he said.
Zelensky also ruled out any ceasefire that would merely let Russia regroup, saying there would be "no Minsk-3".

Russian Foreign Minister Sergei Lavrov, who is leading Moscow's delegation in place of President Vladimir Putin, dismissed the proposals as "unrealistic".
He accused Western countries of trying to "politicise" the summit and said it was Kyiv, not Moscow, that was refusing to negotiate.
Lavrov was due to fly home later Tuesday, leaving Finance Minister Anton Siluanov to represent Russia on the second day.

Diplomats said negotiators had agreed on a draft declaration stating that "most members strongly condemned the war in Ukraine", while noting that "there were other views".
The text was expected to be adopted on Wednesday.
It also calls the threat or use of nuclear weapons "inadmissible", echoing language agreed on Monday by US President Joe Biden and Chinese leader Xi Jinping.
The two met for more than three hours in their first in-person talks since Biden took office and "reiterated their agreement that a nuclear war should never be fought", according to a White House readout.
German Chancellor Olaf Scholz, who visited Beijing earlier this month, said Xi's stance sent "an important signal" to Moscow.

French President Emmanuel Macron told reporters he planned to call Putin in the coming days, after returning from the APEC summit in Bangkok.
Within hours of Zelensky's speech, Russia unleashed one of its heaviest missile barrages of the war, striking energy facilities across Ukraine and cutting power to millions.
"Does anyone seriously think the Kremlin really wants peace?" Zelensky's chief of staff Andriy Yermak wrote on Telegram.
""",
        timexes=[
            T("now", "DATE", "PRESENT_REF"),
            T("Tuesday", "DATE", "2022-11-15"),
            T("now", "DATE", "PRESENT_REF", n=1),
            T("now", "DATE", "PRESENT_REF", n=2),
            T("Tuesday", "DATE", "2022-11-15", n=1),
            T("Wednesday", "DATE", "2022-11-16"),
            T("Monday", "DATE", "2022-11-14"),
            T("more than three hours", "DURATION", "PT3H", mod="MORE_THAN"),
            T("earlier this month", "DATE", "2022-11"),
            T("the coming days", "DATE", "FUTURE_REF"),
        ],
        events=[
            E("Zelensky urges G20 leaders to help end the invasion and presents a 10-point peace plan", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2022-11-15", "text", "occurred", "urged G20 leaders gathered in Bali",
              note="addressed to the G20 leaders (the G20 is not canonical)"),
            E("Zelensky demands Russian withdrawal, an all-for-all exchange, an end to grid strikes and an open-ended grain deal",
              "REQUEST", ["Volodymyr Zelensky", "Russia"], "2022-11-15", "context", "occurred", "He demanded that Moscow withdraw"),
            E("Zelensky rules out a ceasefire that lets Russia regroup ('no Minsk-3')", "REJECT",
              ["Volodymyr Zelensky", "Russia"], "2022-11-15", "context", "occurred", "no Minsk-3"),
            E("Lavrov leads Russia's delegation at the G20 summit", "CONSULT",
              ["Sergey Lavrov", "Russia"], "2022-11-15", "context", "occurred", "who is leading Moscow's delegation"),
            E("Putin stays away from the G20 summit", "CONSULT",
              ["Vladimir Putin"], "2022-11-15", "context", "cancelled", "who is leading Moscow's delegation"),
            E("Lavrov dismisses Zelensky's proposals as unrealistic", "REJECT",
              ["Sergey Lavrov", "Volodymyr Zelensky"], "2022-11-15", "context", "occurred", "who is leading Moscow's delegation"),
            E("Lavrov accuses the West of politicising the summit and Kyiv of refusing to negotiate", "ACCUSE",
              ["Sergey Lavrov", "Ukraine"], "2022-11-15", "context", "occurred", "politicise"),
            E("G20 negotiators agree a draft declaration condemning the war", "AGREE",
              ["United States", "China", "Germany", "France", "Russia"], "2022-11-15", "published", "occurred",
              "negotiators had agreed on a draft declaration",
              note="the G20 is not canonical; members named in the article"),
            E("Declaration to be adopted on Wednesday", "AGREE",
              ["United States", "China", "Germany", "France", "Russia"], "2022-11-16", "text", "planned",
              "expected to be adopted on Wednesday", note="the G20 is not canonical; members named in the article"),
            E("Biden and Xi agree that the use of nuclear weapons is inadmissible", "AGREE",
              ["Joe Biden", "Xi Jinping"], "2022-11-14", "text", "occurred", "echoing language agreed on Monday"),
            E("Biden-Xi meeting in Bali", "CONSULT",
              ["Joe Biden", "Xi Jinping"], "2022-11-14", "context", "occurred", "The two met for more than three hours"),
            E("Scholz visits Beijing", "CONSULT",
              ["Olaf Scholz", "China"], "2022-11", "text", "occurred", "who visited Beijing earlier this month"),
            E("Scholz welcomes Xi's stance as an important signal to Moscow", "SUPPORT",
              ["Olaf Scholz", "Xi Jinping"], "2022-11-15", "published", "occurred", "who visited Beijing earlier this month"),
            E("Macron plans to call Putin", "CONSULT",
              ["Emmanuel Macron", "Vladimir Putin"], "FUTURE_REF", "vague", "planned", "planned to call Putin"),
            E("Massive Russian missile barrage on Ukraine's energy facilities", "ASSAULT",
              ["Russia", "Ukraine"], "2022-11-15", "context", "occurred", "heaviest missile barrages"),
            E("Yermak questions whether the Kremlin wants peace", "ACCUSE",
              ["Andriy Yermak", "Kremlin"], "2022-11-15", "published", "occurred", "Does anyone seriously think"),
        ],
        statements=[
            S("Volodymyr Zelensky", "G20 leaders should help end Russia's invasion now", "2022-11-15", "text",
              "urged G20 leaders gathered in Bali"),
            S("Volodymyr Zelensky", "Russia must withdraw, free all prisoners and stop grid attacks; extend the grain deal",
              "2022-11-15", "context", "He demanded that Moscow withdraw"),
            S("Volodymyr Zelensky", "Now is the time the war must and can be stopped", "2022-11-15", "context", "I am convinced"),
            S("Volodymyr Zelensky", "There will be no Minsk-3", "2022-11-15", "context", "no Minsk-3"),
            S("Sergey Lavrov", "Zelensky's proposals are unrealistic", "2022-11-15", "context", "who is leading Moscow's delegation"),
            S("Sergey Lavrov", "The West politicises the summit; Kyiv refuses to negotiate", "2022-11-15", "context", "politicise"),
            S("White House", "Biden and Xi reiterated that a nuclear war should never be fought", "2022-11-14", "context",
              "The two met for more than three hours"),
            S("Olaf Scholz", "Xi's stance is an important signal to Moscow", "2022-11-15", "published",
              "who visited Beijing earlier this month"),
            S("Emmanuel Macron", "Plans to call Putin in the coming days", "2022-11-15", "published", "planned to call Putin"),
            S("Andriy Yermak", "Does anyone seriously think the Kremlin wants peace?", "2022-11-15", "published",
              "Does anyone seriously think"),
        ],
        actors=["Volodymyr Zelensky", "Ukraine", "Russia", "Sergey Lavrov", "Vladimir Putin", "Joe Biden", "United States",
                "Xi Jinping", "China", "White House", "Olaf Scholz", "Germany", "Emmanuel Macron", "France", "Kremlin",
                "Andriy Yermak"],
    ),
    dict(
        id="b20en02_russia_africa_summit_grain_2023_07",
        lang="en",
        published="2023-07-28",
        body="""Putin offers free grain to six African nations as peace push stalls

Russian President Vladimir Putin has promised to ship free grain to six African countries, seeking to reassure the continent after Moscow pulled out of a United Nations-brokered deal that allowed Ukraine to export its crops through the Black Sea.
Speaking on Thursday at the opening of the Russia-Africa summit in St Petersburg, Putin said Russia would send 25,000 to 50,000 tonnes of grain each to Burkina Faso, Zimbabwe, Mali, Somalia, the Central African Republic and Eritrea "in the coming months".
He said Russia was able to replace Ukrainian grain shipments to Africa "both on a commercial and a free basis".
Only 17 heads of state travelled to the two-day gathering, compared with 43 at the first summit in Sochi in 2019.
The Kremlin blamed what spokesman Dmitry Peskov called "unprecedented pressure" from the United States and France on African governments to stay away.

On Friday, a delegation of African leaders led by Comoros President Azali Assoumani, who chairs the African Union, pressed Putin on their peace initiative, which they had presented to him in June during a mission that took them to Kyiv and St Petersburg.
Putin told them he was studying the proposals carefully but that a ceasefire was impossible while Ukraine's army was on the offensive.
"We cannot cease fire when we are being attacked," he said.
Assoumani also urged Moscow to return to the grain deal, saying that donations alone could not replace open markets.

Russia quit the Black Sea Grain Initiative on July 17, arguing that Western promises to ease restrictions on its own food and fertiliser exports had not been kept.
Since then, Russian missiles and drones have repeatedly struck Odesa and other Ukrainian ports, destroying tens of thousands of tonnes of grain.
Putin said on Thursday that Moscow was ready to return to the agreement once its own demands were met.

Ukraine's foreign ministry called the offer "cynical", saying Russia was trying to buy African loyalty with grain stolen from occupied Ukrainian territory.
UN Secretary-General Antonio Guterres, who helped broker the original deal together with Turkey in July 2022, warned last week that "people in need everywhere will pay the price".
Turkish President Recep Tayyip Erdogan, who hopes to persuade Putin to revive the arrangement, has said he expects to host the Russian leader in August.
""",
        timexes=[
            T("Thursday", "DATE", "2023-07-27"),
            T("the coming months", "DATE", "FUTURE_REF"),
            T("two-day", "DURATION", "P2D"),
            T("2019", "DATE", "2019"),
            T("Friday", "DATE", "2023-07-28"),
            T("June", "DATE", "2023-06"),
            T("July 17", "DATE", "2023-07-17"),
            T("Thursday", "DATE", "2023-07-27", n=1),
            T("July 2022", "DATE", "2022-07"),
            T("last week", "DATE", "2023-W29"),
            T("August", "DATE", "2023-08"),
        ],
        events=[
            E("Putin pledges free grain to six African countries", "AID",
              ["Vladimir Putin", "Russia"], "2023-07-27", "text", "occurred", "Putin said Russia would send",
              note="recipients are not canonical"),
            E("Russia-Africa summit opens in St Petersburg", "CONSULT",
              ["Vladimir Putin", "Russia"], "2023-07-27", "text", "occurred", "Putin said Russia would send",
              note="27-28 July 2023; African participants are not canonical"),
            E("First Russia-Africa summit in Sochi", "CONSULT",
              ["Russia"], "2019", "text", "occurred", "first summit in Sochi in 2019"),
            E("Kremlin blames US and French pressure for the low attendance", "ACCUSE",
              ["Kremlin", "Dmitry Peskov", "United States", "France"], "2023-07-28", "published", "occurred",
              "unprecedented pressure"),
            E("African leaders meet Putin", "CONSULT",
              ["Vladimir Putin"], "2023-07-28", "text", "occurred", "pressed Putin on their peace initiative"),
            E("African delegation presses its peace initiative", "REQUEST",
              ["Vladimir Putin"], "2023-07-28", "text", "occurred", "pressed Putin on their peace initiative"),
            E("African peace mission in Kyiv and St Petersburg", "CONSULT",
              ["Vladimir Putin", "Ukraine"], "2023-06", "text", "occurred", "pressed Putin on their peace initiative"),
            E("African leaders present their peace initiative", "REQUEST",
              ["Vladimir Putin", "Ukraine"], "2023-06", "text", "occurred", "pressed Putin on their peace initiative"),
            E("Putin rules out a ceasefire while Ukraine is on the offensive", "REJECT",
              ["Vladimir Putin", "Ukraine"], "2023-07-28", "context", "occurred", "a ceasefire was impossible"),
            E("Assoumani urges Moscow to return to the grain deal", "REQUEST",
              ["Russia"], "2023-07-28", "context", "occurred", "urged Moscow to return to the grain deal"),
            E("Russia quits the Black Sea Grain Initiative", "SANCTION",
              ["Russia", "Ukraine", "United Nations"], "2023-07-17", "text", "occurred", "Russia quit the Black Sea Grain Initiative"),
            E("Russia says Western promises on its exports were not kept", "ACCUSE",
              ["Russia"], "2023-07-17", "context", "occurred", "Russia quit the Black Sea Grain Initiative"),
            E("Russian strikes on Odesa and other ports", "ASSAULT",
              ["Russia", "Ukraine"], "2023-07-17", "context", "occurred", "repeatedly struck Odesa",
              note="repeated strikes since the exit from the deal on 17 July"),
            E("Putin: Moscow ready to return to the deal", "AGREE",
              ["Vladimir Putin", "Russia"], "2023-07-27", "text", "occurred", "ready to return to the agreement"),
            E("Condition: Russia's own demands must be met", "REQUEST",
              ["Vladimir Putin"], "2023-07-27", "text", "occurred", "ready to return to the agreement"),
            E("Ukraine calls the grain offer cynical", "ACCUSE",
              ["Ukraine", "Russia"], "2023-07-28", "published", "occurred", "cynical"),
            E("Grain deal brokered by the UN and Turkey", "AGREE",
              ["António Guterres", "Turkey", "Russia", "Ukraine"], "2022-07", "text", "occurred",
              "helped broker the original deal", note="signed in Istanbul on 22 July 2022"),
            E("Guterres criticises Russia's exit from the deal", "ACCUSE",
              ["António Guterres", "Russia"], "2023-W29", "text", "occurred", "people in need everywhere"),
            E("Erdoğan expects to host Putin", "CONSULT",
              ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2023-08", "text", "planned", "expects to host the Russian leader"),
        ],
        statements=[
            S("Vladimir Putin", "Russia will send 25,000-50,000 tonnes of free grain to six African countries", "2023-07-27",
              "text", "Putin said Russia would send"),
            S("Vladimir Putin", "Russia can replace Ukrainian grain on a commercial and free basis", "2023-07-27", "context",
              "both on a commercial and a free basis"),
            S("Dmitry Peskov", "'Unprecedented pressure' from the US and France kept African leaders away", "2023-07-28",
              "published", "unprecedented pressure"),
            S("Vladimir Putin", "Studying the proposals, but a ceasefire is impossible while Ukraine attacks", "2023-07-28",
              "context", "a ceasefire was impossible"),
            S("Vladimir Putin", "'We cannot cease fire when we are being attacked'", "2023-07-28", "context",
              "We cannot cease fire"),
            S("Russia", "Western promises to ease restrictions on Russian exports were not kept", "2023-07-17", "context",
              "Russia quit the Black Sea Grain Initiative"),
            S("Vladimir Putin", "Moscow is ready to return to the deal once its demands are met", "2023-07-27", "text",
              "ready to return to the agreement"),
            S("Ukraine", "The offer is cynical; Russia buys loyalty with stolen grain", "2023-07-28", "published", "cynical"),
            S("António Guterres", "'People in need everywhere will pay the price'", "2023-W29", "text",
              "people in need everywhere"),
            S("Recep Tayyip Erdoğan", "Expects to host Putin in August", "2023-07-28", "published",
              "expects to host the Russian leader"),
        ],
        actors=["Vladimir Putin", "Russia", "United Nations", "Ukraine", "Kremlin", "Dmitry Peskov", "United States",
                "France", "António Guterres", "Turkey", "Recep Tayyip Erdoğan"],
    ),
    dict(
        id="b20en03_finland_sweden_nato_bids_2022_05",
        lang="en",
        published="2022-05-18",
        body="""Finland and Sweden knock on NATO's door, and run straight into Erdoğan

BRUSSELS — Finland and Sweden formally applied to join NATO on Wednesday, a step triggered by Russia's invasion of Ukraine that ends more than 200 years of Swedish neutrality.
The two countries' ambassadors handed their letters of application to Secretary-General Jens Stoltenberg at the alliance's headquarters at 8 a.m. Brussels time, in a brief ceremony that officials had choreographed for maximum symbolism.
"This is a historic moment, which we must seize," Stoltenberg said, adding that he hoped the accession process could be wrapped up quickly.

The celebratory mood did not last.
Within hours, Turkey blocked a decision by NATO ambassadors to fast-track the start of accession talks, according to two diplomats familiar with the discussions.
President Recep Tayyip Erdoğan has accused both Nordic countries of harbouring members of the Kurdistan Workers' Party (PKK) and said Swedish and Finnish delegations should not bother travelling to Ankara to change his mind.
Secretary of State Antony Blinken met his Turkish counterpart Mevlüt Çavuşoğlu in New York on Wednesday and said afterwards he was "confident" the dispute would be resolved.

U.S. President Joe Biden, who will host Finnish President Sauli Niinistö and Swedish Prime Minister Magdalena Andersson at the White House on Thursday, said Washington would "strongly support" both applications.
Britain signed mutual security declarations with both countries last week, pledging to come to their aid if they were attacked while their bids are pending.
German Chancellor Olaf Scholz told lawmakers in Berlin that Germany would ratify the accession "very quickly".

Moscow's response has so far been more measured than its earlier threats suggested.
Vladimir Putin said on Monday that NATO's expansion posed "no direct threat" to Russia, but warned that the deployment of military infrastructure on Finnish or Swedish territory would "certainly provoke a response".
On Saturday, Putin told Niinistö in a phone call that abandoning neutrality would be "a mistake", according to the Kremlin's readout.
The same day, the Russian state-controlled utility Inter RAO halted electricity exports to Finland, citing unpaid bills.
""",
        timexes=[
            T("Wednesday", "DATE", "2022-05-18"),
            T("more than 200 years", "DURATION", "P200Y", mod="MORE_THAN"),
            T("8 a.m. Brussels time", "TIME", "2022-05-18T08:00", note="Brussels time (CEST)"),
            T("hours", "DURATION", "PTXH"),
            T("Wednesday", "DATE", "2022-05-18", n=1),
            T("Thursday", "DATE", "2022-05-19"),
            T("last week", "DATE", "2022-W19"),
            T("Monday", "DATE", "2022-05-16"),
            T("Saturday", "DATE", "2022-05-14"),
            T("The same day", "DATE", "2022-05-14"),
        ],
        events=[
            E("Finland and Sweden hand their NATO membership applications to Stoltenberg", "REQUEST",
              ["Jens Stoltenberg", "NATO"], "2022-05-18T08:00", "text", "occurred", "handed their letters of application",
              note="Finland and Sweden are not canonical"),
            E("Stoltenberg welcomes the applications as a historic moment", "SUPPORT",
              ["Jens Stoltenberg"], "2022-05-18", "context", "occurred", "This is a historic moment"),
            E("NATO ambassadors meet on the start of accession talks", "CONSULT",
              ["NATO", "Turkey"], "2022-05-18", "context", "occurred", "Turkey blocked a decision by NATO ambassadors"),
            E("Turkey blocks fast-tracking the accession talks", "REJECT",
              ["Turkey", "NATO"], "2022-05-18", "context", "occurred", "Turkey blocked a decision by NATO ambassadors"),
            E("Erdoğan accuses the Nordic countries of harbouring PKK members", "ACCUSE",
              ["Recep Tayyip Erdoğan"], "2022-05-18", "published", "occurred", "harbouring members"),
            E("Erdoğan tells Swedish and Finnish delegations not to bother coming to Ankara", "REJECT",
              ["Recep Tayyip Erdoğan"], "2022-05-18", "published", "occurred", "harbouring members"),
            E("Blinken meets Turkish foreign minister Çavuşoğlu in New York", "CONSULT",
              ["Antony Blinken", "Turkey"], "2022-05-18", "text", "occurred", "met his Turkish counterpart"),
            E("Biden to host the Finnish president and the Swedish prime minister", "CONSULT",
              ["Joe Biden"], "2022-05-19", "text", "planned", "will host Finnish President"),
            E("Biden: the US will strongly support both applications", "SUPPORT",
              ["Joe Biden", "United States"], "2022-05-18", "published", "occurred", "will host Finnish President"),
            E("Britain signs mutual security declarations with Finland and Sweden", "AGREE",
              ["United Kingdom"], "2022-W19", "text", "occurred", "mutual security declarations"),
            E("Scholz: Germany will ratify very quickly", "AGREE",
              ["Olaf Scholz", "Germany"], "2022-05-18", "published", "occurred", "would ratify the accession"),
            E("Putin warns that military infrastructure in Finland or Sweden would provoke a response", "THREATEN",
              ["Vladimir Putin", "NATO"], "2022-05-16", "text", "occurred", "certainly provoke a response"),
            E("Putin-Niinistö phone call", "CONSULT",
              ["Vladimir Putin"], "2022-05-14", "text", "occurred", "Putin told Niinistö in a phone call",
              note="Niinistö and Finland are not canonical"),
            E("Putin warns that abandoning neutrality would be a mistake", "REQUEST",
              ["Vladimir Putin"], "2022-05-14", "text", "occurred", "Putin told Niinistö in a phone call"),
            E("Inter RAO halts electricity exports to Finland", "SANCTION",
              ["Russia"], "2022-05-14", "text", "occurred", "halted electricity exports"),
        ],
        statements=[
            S("Jens Stoltenberg", "A historic moment; hopes accession can be wrapped up quickly", "2022-05-18", "context",
              "This is a historic moment"),
            S("Recep Tayyip Erdoğan", "The Nordic countries harbour PKK members; their delegations should not come to Ankara",
              "2022-05-18", "published", "harbouring members"),
            S("Antony Blinken", "Confident the dispute will be resolved", "2022-05-18", "text", "met his Turkish counterpart"),
            S("Joe Biden", "Washington will strongly support both applications", "2022-05-18", "published",
              "will host Finnish President"),
            S("Olaf Scholz", "Germany will ratify the accession very quickly", "2022-05-18", "published",
              "would ratify the accession"),
            S("Vladimir Putin", "Expansion is no direct threat, but military infrastructure would provoke a response",
              "2022-05-16", "text", "certainly provoke a response"),
            S("Vladimir Putin, via Kremlin", "Abandoning neutrality would be a mistake", "2022-05-14", "text",
              "Putin told Niinistö in a phone call"),
            S("Russia", "Electricity exports halted over unpaid bills", "2022-05-14", "text", "halted electricity exports"),
        ],
        actors=["NATO", "Russia", "Ukraine", "Jens Stoltenberg", "Turkey", "Recep Tayyip Erdoğan", "Antony Blinken",
                "United States", "Joe Biden", "United Kingdom", "Olaf Scholz", "Germany", "Vladimir Putin", "Kremlin"],
    ),
    dict(
        id="b20en04_trump_invites_putin_g20_doral_2026_11",
        lang="en",
        published="2026-11-12",
        body="""Trump Invites Putin to G-20 at Doral, Testing Allies and Kyiv

President Donald Trump said he has invited Vladimir Putin to next month's Group of 20 summit at his Doral golf resort near Miami, a trip that would bring the Russian leader to the U.S. for the first time since their meeting in Alaska in August 2025.
"I think he'd like to come, and I think it would be good for everybody," Trump told reporters at the White House on Wednesday, adding that he had extended the invitation during a phone call with Putin last week.
The Kremlin confirmed receipt of the invitation on Thursday, with foreign-policy aide Yuri Ushakov saying Putin would "carefully consider" it.
Kremlin spokesman Dmitry Peskov said a decision would depend on "progress in our dialog with Washington" over Ukraine.

The ruble gained as much as 1.4% against the dollar in Moscow, its biggest advance in three weeks.
Ukrainian President Volodymyr Zelensky said in his nightly video address that Ukraine "must be at the table" if Putin attends, and that no decision about the war could be taken without Kyiv.
European officials were blunter in private.
Several European leaders are considering staying away from Miami if Putin comes, according to two diplomats involved in preparations for the summit, who asked not to be identified discussing confidential deliberations.
German Chancellor Friedrich Merz said publicly that a Putin visit would send "the wrong signal" as long as Russian strikes on Ukrainian cities continued.
European Union foreign policy chief Kaja Kallas said the bloc's sanctions would stay in place "no matter who is invited where".

The U.S. isn't a member of the International Criminal Court, which issued an arrest warrant for Putin in March 2023, so he wouldn't face detention on American soil.
Secretary of State Marco Rubio, who last met Russian Foreign Minister Sergei Lavrov on the sidelines of the United Nations General Assembly in September, said Wednesday that sanctions on Rosneft PJSC and Lukoil PJSC would remain until a ceasefire is agreed.
The Treasury Department imposed those measures in October 2025.
China's foreign ministry said Thursday that President Xi Jinping's attendance had "not yet been decided".
The two-day summit opens Dec. 14.
""",
        timexes=[
            T("next month", "DATE", "2026-12"),
            T("August 2025", "DATE", "2025-08"),
            T("Wednesday", "DATE", "2026-11-11"),
            T("last week", "DATE", "2026-W45"),
            T("Thursday", "DATE", "2026-11-12"),
            T("three weeks", "DURATION", "P3W"),
            T("nightly", "SET", "P1D"),
            T("March 2023", "DATE", "2023-03"),
            T("September", "DATE", "2026-09"),
            T("Wednesday", "DATE", "2026-11-11", n=1),
            T("October 2025", "DATE", "2025-10"),
            T("Thursday", "DATE", "2026-11-12", n=1),
            T("two-day", "DURATION", "P2D"),
            T("Dec. 14", "DATE", "2026-12-14"),
        ],
        events=[
            E("Putin may attend the G-20 summit at Doral", "CONSULT",
              ["Donald Trump", "Vladimir Putin"], "2026-12", "text", "uncertain", "has invited Vladimir Putin",
              note="the summit opens on 14 Dec 2026"),
            E("Trump-Putin summit in Alaska", "CONSULT",
              ["Donald Trump", "Vladimir Putin"], "2025-08", "text", "occurred", "has invited Vladimir Putin"),
            E("Trump invites Putin to the G-20 summit", "REQUEST",
              ["Donald Trump", "Vladimir Putin"], "2026-W45", "text", "occurred", "extended the invitation"),
            E("Trump-Putin phone call", "CONSULT",
              ["Donald Trump", "Vladimir Putin"], "2026-W45", "text", "occurred", "extended the invitation"),
            E("Zelensky: Ukraine must be at the table if Putin attends", "REQUEST",
              ["Volodymyr Zelensky", "Donald Trump"], "2026-11-12", "published", "occurred", "must be at the table"),
            E("Zelensky: no decision about the war without Kyiv", "REJECT",
              ["Volodymyr Zelensky", "Ukraine"], "2026-11-12", "published", "occurred", "must be at the table"),
            E("European leaders consider staying away from the summit if Putin comes", "REJECT",
              ["European Union"], "2026-11-12", "published", "uncertain", "considering staying away",
              note="reported by anonymous diplomats; conditional on Putin attending"),
            E("Merz warns that a Putin visit would send the wrong signal", "REQUEST",
              ["Friedrich Merz", "Donald Trump", "Vladimir Putin"], "2026-11-12", "published", "occurred", "the wrong signal"),
            E("Kallas: EU sanctions stay in place", "REJECT",
              ["Kaja Kallas", "European Union", "Russia"], "2026-11-12", "published", "occurred",
              "no matter who is invited where"),
            E("ICC arrest warrant for Putin", "ACCUSE",
              ["Vladimir Putin"], "2023-03", "text", "occurred", "arrest warrant for Putin in March 2023",
              note="the ICC is not canonical"),
            E("Rubio and Lavrov meet on the sidelines of the UN General Assembly", "CONSULT",
              ["Marco Rubio", "Sergey Lavrov"], "2026-09", "text", "occurred", "last met Russian Foreign Minister"),
            E("Rubio: sanctions on Rosneft and Lukoil stay until a ceasefire", "REJECT",
              ["Marco Rubio", "Russia"], "2026-11-11", "text", "occurred", "would remain until a ceasefire is agreed"),
            E("US Treasury sanctions Rosneft and Lukoil", "SANCTION",
              ["United States", "Russia"], "2025-10", "text", "occurred", "imposed those measures in October 2025"),
            E("Xi's attendance at the G-20 summit undecided", "CONSULT",
              ["Xi Jinping"], "2026-12-14", "context", "uncertain", "attendance had"),
        ],
        statements=[
            S("Donald Trump", "Putin would like to come; it would be good for everybody", "2026-11-11", "text",
              "I think he'd like to come"),
            S("Kremlin", "Confirms receipt of the invitation", "2026-11-12", "text", "confirmed receipt of the invitation"),
            S("Yuri Ushakov", "Putin will carefully consider the invitation", "2026-11-12", "text",
              "confirmed receipt of the invitation"),
            S("Dmitry Peskov", "A decision depends on progress in the dialogue with Washington", "2026-11-12", "context",
              "progress in our dialog"),
            S("Volodymyr Zelensky", "Ukraine must be at the table; no decision on the war without Kyiv", "2026-11-12",
              "published", "must be at the table"),
            S("Friedrich Merz", "A Putin visit would send the wrong signal while strikes continue", "2026-11-12",
              "published", "the wrong signal"),
            S("Kaja Kallas", "EU sanctions stay 'no matter who is invited where'", "2026-11-12", "published",
              "no matter who is invited where"),
            S("Marco Rubio", "Sanctions on Rosneft and Lukoil remain until a ceasefire", "2026-11-11", "text",
              "would remain until a ceasefire is agreed"),
            S("China", "Xi's attendance not yet decided", "2026-11-12", "text", "attendance had"),
        ],
        actors=["Donald Trump", "Vladimir Putin", "United States", "Kremlin", "Yuri Ushakov", "Dmitry Peskov",
                "Volodymyr Zelensky", "Ukraine", "Russia", "European Union", "Friedrich Merz", "Germany", "Kaja Kallas",
                "Marco Rubio", "Sergey Lavrov", "United Nations", "China", "Xi Jinping"],
    ),
    dict(
        id="b20en05_london_summit_live_blog_2025_03",
        lang="en",
        published="2025-03-02",
        body="""Ukraine war live: Starmer says 'coalition of the willing' will draw up peace plan after London summit

17.21 GMT: Keir Starmer has told a press conference at Lancaster House that the UK, France and other countries will form a "coalition of the willing" to work with Ukraine on a plan to stop the fighting, which would then be discussed with the US.
He said leaders had agreed on four steps: keeping military aid flowing and economic pressure on Russia rising, ensuring Ukraine is at the table in any talks, deterring future aggression after a deal, and building the coalition itself.
Starmer said Britain was prepared to back a deal with "boots on the ground and planes in the air", but that the effort needed "strong US backing".

16.40 GMT: The prime minister also announced a £1.6bn deal allowing Ukraine to use UK export finance to buy more than 5,000 air defence missiles, to be made in Belfast.

15.55 GMT: Ursula von der Leyen said Europe had to "urgently rearm" and that she would present a plan to EU leaders at their special summit in Brussels on Thursday.
"We have to put Ukraine in a position of strength," the Commission president told reporters as she left.

15.20 GMT: Italy's prime minister, Giorgia Meloni, warned against splitting the west and proposed a summit between the US and its European allies.
She said she would speak to Donald Trump herself in the coming days.

14.30 GMT: Nato's secretary general, Mark Rutte, said several European countries had promised to increase defence spending, calling it "a very positive message".

13.05 GMT: In Washington, national security adviser Mike Waltz told CNN the US needed "a leader who can deal with us", fuelling speculation that the White House wants Zelenskyy gone.

11.30 GMT: In an interview broadcast this morning, Kremlin spokesman Dmitry Peskov said the new US administration's foreign policy "largely coincides" with Moscow's vision.
He said any deployment of European troops to Ukraine would be unacceptable to Russia.

10.45 GMT: Emmanuel Macron has told Le Figaro that France and Britain are proposing a one-month truce "in the air, at sea and on energy infrastructure", which would not cover fighting on the ground.

09.40 GMT: A recap for readers just joining us: leaders from 18 countries and institutions are meeting in London today, two days after Zelenskyy's visit to the White House ended in a shouting match.
Trump accused the Ukrainian president on Friday of "gambling with world war three", and a planned signing of a minerals deal was called off.
Among those attending are Olaf Scholz, Emmanuel Macron, Donald Tusk, Giorgia Meloni, Mark Rutte and Turkey's foreign minister, Hakan Fidan.
On Saturday, Starmer embraced Zelenskyy outside Downing Street and assured him of the UK's "unwavering support", before the two men signed a £2.26bn loan that will be repaid with profits from immobilised Russian assets.
Zelenskyy is due to meet King Charles at Sandringham this afternoon.
""",
        timexes=[
            T("17.21 GMT", "TIME", "2025-03-02T17:21", note="live-blog time, GMT"),
            T("16.40 GMT", "TIME", "2025-03-02T16:40", note="live-blog time, GMT"),
            T("15.55 GMT", "TIME", "2025-03-02T15:55", note="live-blog time, GMT"),
            T("Thursday", "DATE", "2025-03-06"),
            T("15.20 GMT", "TIME", "2025-03-02T15:20", note="live-blog time, GMT"),
            T("the coming days", "DATE", "FUTURE_REF"),
            T("14.30 GMT", "TIME", "2025-03-02T14:30", note="live-blog time, GMT"),
            T("13.05 GMT", "TIME", "2025-03-02T13:05", note="live-blog time, GMT"),
            T("11.30 GMT", "TIME", "2025-03-02T11:30", note="live-blog time, GMT"),
            T("this morning", "TIME", "2025-03-02TMO"),
            T("10.45 GMT", "TIME", "2025-03-02T10:45", note="live-blog time, GMT"),
            T("one-month", "DURATION", "P1M"),
            T("09.40 GMT", "TIME", "2025-03-02T09:40", note="live-blog time, GMT"),
            T("today", "DATE", "2025-03-02"),
            T("Friday", "DATE", "2025-02-28"),
            T("Saturday", "DATE", "2025-03-01"),
            T("this afternoon", "TIME", "2025-03-02TAF"),
        ],
        events=[
            E("UK, France and others to form a 'coalition of the willing' to work with Ukraine on a peace plan", "COOPERATE",
              ["Keir Starmer", "United Kingdom", "France", "Ukraine"], "2025-03-02", "published", "planned",
              "will form a \"coalition of the willing\""),
            E("The plan to be discussed with the US", "CONSULT",
              ["United Kingdom", "France", "Ukraine", "United States"], "2025-03-02", "published", "planned",
              "will form a \"coalition of the willing\"", note="no date given"),
            E("Leaders agree on four steps", "AGREE",
              ["Keir Starmer", "Volodymyr Zelensky", "Emmanuel Macron", "Olaf Scholz", "Giorgia Meloni", "Donald Tusk",
               "Mark Rutte", "Ursula von der Leyen", "Hakan Fidan"], "2025-03-02", "published", "occurred",
              "leaders had agreed on four steps"),
            E("Starmer: Britain prepared to back a deal with troops and planes", "MOBILIZE",
              ["Keir Starmer", "United Kingdom", "Ukraine"], "2025-03-02", "published", "planned", "boots on the ground"),
            E("Starmer: the effort needs strong US backing", "REQUEST",
              ["Keir Starmer", "United States"], "2025-03-02", "published", "occurred", "boots on the ground"),
            E("UK deal lets Ukraine buy more than 5,000 air defence missiles with export finance", "AID",
              ["Keir Starmer", "United Kingdom", "Ukraine"], "2025-03-02", "published", "occurred", "£1.6bn deal"),
            E("Von der Leyen: Europe must urgently rearm", "REQUEST",
              ["Ursula von der Leyen", "European Union"], "2025-03-02", "published", "occurred", "urgently rearm"),
            E("EU special summit in Brussels on Thursday", "CONSULT",
              ["Ursula von der Leyen", "European Union"], "2025-03-06", "text", "planned", "urgently rearm"),
            E("Meloni warns against splitting the West and proposes a US-Europe summit", "REQUEST",
              ["Giorgia Meloni", "United States", "European Union"], "2025-03-02", "published", "occurred",
              "warned against splitting the west"),
            E("Meloni to speak to Trump", "CONSULT",
              ["Giorgia Meloni", "Donald Trump"], "FUTURE_REF", "vague", "planned", "speak to Donald Trump herself"),
            E("Peskov: US foreign policy largely coincides with Moscow's vision", "SUPPORT",
              ["Dmitry Peskov", "United States"], "2025-03-02TMO", "text", "occurred", "largely coincides"),
            E("Peskov: European troops in Ukraine unacceptable", "REJECT",
              ["Dmitry Peskov", "European Union"], "2025-03-02TMO", "context", "occurred",
              "any deployment of European troops"),
            E("France and Britain propose a one-month truce in the air, at sea and on energy infrastructure", "REQUEST",
              ["Emmanuel Macron", "France", "United Kingdom", "Russia", "Ukraine"], "2025-03-02", "published", "occurred",
              "one-month truce"),
            E("London summit of European leaders", "CONSULT",
              ["Keir Starmer", "Volodymyr Zelensky", "Olaf Scholz", "Emmanuel Macron", "Donald Tusk", "Giorgia Meloni",
               "Mark Rutte", "Ursula von der Leyen", "Hakan Fidan"], "2025-03-02", "text", "occurred",
              "meeting in London today"),
            E("Zelensky's White House visit ends in a shouting match", "CONSULT",
              ["Volodymyr Zelensky", "Donald Trump"], "2025-02-28", "context", "occurred", "meeting in London today"),
            E("Trump accuses Zelensky of gambling with world war three", "ACCUSE",
              ["Donald Trump", "Volodymyr Zelensky"], "2025-02-28", "text", "occurred", "gambling with world war three"),
            E("Planned signing of the minerals deal called off", "AGREE",
              ["United States", "Ukraine"], "2025-02-28", "text", "cancelled", "gambling with world war three"),
            E("Starmer receives Zelensky at Downing Street", "CONSULT",
              ["Keir Starmer", "Volodymyr Zelensky"], "2025-03-01", "text", "occurred", "Starmer embraced Zelenskyy"),
            E("Starmer assures Zelensky of the UK's unwavering support", "AGREE",
              ["Keir Starmer", "United Kingdom", "Volodymyr Zelensky"], "2025-03-01", "text", "occurred",
              "Starmer embraced Zelenskyy"),
            E("UK-Ukraine £2.26bn loan repaid from immobilised Russian assets", "AID",
              ["Keir Starmer", "Volodymyr Zelensky", "United Kingdom", "Ukraine", "Russia"], "2025-03-01", "text",
              "occurred", "Starmer embraced Zelenskyy"),
            E("Zelensky to meet King Charles at Sandringham", "CONSULT",
              ["Volodymyr Zelensky"], "2025-03-02TAF", "text", "planned", "King Charles at Sandringham",
              note="the King is not canonical"),
        ],
        statements=[
            S("Keir Starmer", "A coalition of the willing will work with Ukraine on a plan to stop the fighting",
              "2025-03-02", "published", "will form a \"coalition of the willing\""),
            S("Keir Starmer", "Leaders agreed on four steps", "2025-03-02", "published", "leaders had agreed on four steps"),
            S("Keir Starmer", "Britain prepared to back a deal with boots on the ground; needs strong US backing",
              "2025-03-02", "published", "boots on the ground"),
            S("Ursula von der Leyen", "Europe must urgently rearm; plan for the special summit", "2025-03-02", "published",
              "urgently rearm"),
            S("Ursula von der Leyen", "Ukraine must be put in a position of strength", "2025-03-02", "published",
              "position of strength"),
            S("Giorgia Meloni", "Warns against splitting the West; proposes a US-Europe summit", "2025-03-02", "published",
              "warned against splitting the west"),
            S("Giorgia Meloni", "Will speak to Trump herself", "2025-03-02", "published", "speak to Donald Trump herself"),
            S("Mark Rutte", "Several European countries promised higher defence spending; a very positive message",
              "2025-03-02", "published", "a very positive message"),
            S("United States", "The US needs 'a leader who can deal with us'", "2025-03-02", "published",
              "a leader who can deal with us"),
            S("Dmitry Peskov", "US foreign policy largely coincides with Moscow's vision", "2025-03-02TMO", "text",
              "largely coincides"),
            S("Dmitry Peskov", "A European troop deployment to Ukraine is unacceptable", "2025-03-02TMO", "context",
              "any deployment of European troops"),
            S("Emmanuel Macron", "France and Britain propose a one-month truce in the air, at sea and on energy",
              "2025-03-02", "published", "one-month truce"),
            S("Donald Trump", "Zelensky is 'gambling with world war three'", "2025-02-28", "text",
              "gambling with world war three"),
            S("Keir Starmer", "Assures Zelensky of the UK's unwavering support", "2025-03-01", "text",
              "Starmer embraced Zelenskyy"),
        ],
        actors=["Keir Starmer", "United Kingdom", "France", "Ukraine", "United States", "Russia", "Ursula von der Leyen",
                "European Union", "Giorgia Meloni", "Donald Trump", "Mark Rutte", "NATO", "White House", "Kremlin",
                "Dmitry Peskov", "Emmanuel Macron", "Volodymyr Zelensky", "Olaf Scholz", "Donald Tusk", "Hakan Fidan",
                "Turkey"],
    ),
    dict(
        id="b20en06_epc_moldova_nato_invitation_2023_06",
        lang="en",
        published="2023-06-01",
        body="""Zelenskyy presses for NATO invitation as Europe's leaders gather in Moldova

Ukrainian President Volodymyr Zelenskyy has urged NATO to issue Kyiv a clear invitation to join the alliance at its summit in Vilnius next month, telling European leaders gathered in Moldova on Thursday that any hesitation would only embolden Moscow.
"Every doubt we show here in Europe is a trench that Russia will try to occupy," he said at the opening of the second summit of the European Political Community at Mimi Castle in Bulboaca, some 20 kilometres from the Ukrainian border.
Zelenskyy also called for security guarantees for Ukraine before it joins NATO and for a coalition of countries to supply it with modern fighter jets.

Nearly 50 leaders attended the one-day gathering, which Moldovan President Maia Sandu described as a message that her country "will not be intimidated".
Kremlin spokesman Dmitry Peskov dismissed the meeting on Thursday as an attempt to "drag countries into an anti-Russian bloc".

French President Emmanuel Macron, speaking in Bratislava on Wednesday, said Ukraine should be given "tangible and credible" security guarantees and admitted that western Europe had not always listened to the warnings of its eastern members.
In Bulboaca, Macron and German Chancellor Olaf Scholz held talks with the leaders of Serbia and Kosovo after a fresh flare-up of violence in northern Kosovo.
Zelenskyy held separate meetings with Italian Prime Minister Giorgia Meloni and his Dutch counterpart Mark Rutte.
Hungary's Viktor Orbán, whose government is blocking a €500mn tranche of EU military aid for Ukraine, told reporters on arrival that talking about NATO membership for Kyiv while the war was raging made no sense.

At a meeting of allied foreign ministers in Oslo, NATO Secretary General Jens Stoltenberg said all allies agreed that Ukraine would become a member, but that the Vilnius summit would focus on support rather than on an invitation.
US Secretary of State Antony Blinken said Washington would back a multi-year assistance programme for Ukraine through the alliance.

The gathering came hours after Russia fired another wave of missiles at Kyiv overnight, killing three people, including a child.
Britain will host the next meeting of the European Political Community in the first half of 2024.
""",
        timexes=[
            T("next month", "DATE", "2023-07"),
            T("Thursday", "DATE", "2023-06-01"),
            T("one-day", "DURATION", "P1D"),
            T("Thursday", "DATE", "2023-06-01", n=1),
            T("Wednesday", "DATE", "2023-05-31"),
            T("multi-year", "DURATION", "PXY"),
            T("overnight", "TIME", "2023-05-31TNI"),
            T("the first half of 2024", "DATE", "2024-H1"),
        ],
        events=[
            E("Zelensky urges NATO to invite Ukraine at the Vilnius summit", "REQUEST",
              ["Volodymyr Zelensky", "NATO"], "2023-06-01", "text", "occurred", "urged NATO to issue Kyiv"),
            E("NATO summit in Vilnius", "CONSULT",
              ["NATO"], "2023-07", "text", "planned", "urged NATO to issue Kyiv"),
            E("Zelensky calls for security guarantees and a fighter-jet coalition", "REQUEST",
              ["Volodymyr Zelensky", "NATO"], "2023-06-01", "context", "occurred", "called for security guarantees"),
            E("Second European Political Community summit in Moldova", "CONSULT",
              ["Volodymyr Zelensky", "Emmanuel Macron", "Olaf Scholz", "Giorgia Meloni", "Mark Rutte", "Viktor Orbán"],
              "2023-06-01", "context", "occurred", "Nearly 50 leaders attended"),
            E("Peskov dismisses the summit as an attempt to build an anti-Russian bloc", "REJECT",
              ["Dmitry Peskov"], "2023-06-01", "text", "occurred", "anti-Russian bloc"),
            E("Macron backs tangible and credible security guarantees for Ukraine", "SUPPORT",
              ["Emmanuel Macron", "Ukraine"], "2023-05-31", "text", "occurred", "tangible and credible"),
            E("Macron and Scholz meet the leaders of Serbia and Kosovo", "CONSULT",
              ["Emmanuel Macron", "Olaf Scholz"], "2023-06-01", "context", "occurred", "leaders of Serbia and Kosovo",
              note="Serbia and Kosovo are not canonical"),
            E("Zelensky meets Meloni", "CONSULT",
              ["Volodymyr Zelensky", "Giorgia Meloni"], "2023-06-01", "context", "occurred", "held separate meetings"),
            E("Zelensky meets Rutte", "CONSULT",
              ["Volodymyr Zelensky", "Mark Rutte"], "2023-06-01", "context", "occurred", "held separate meetings"),
            E("Hungary blocks a €500mn tranche of EU military aid for Ukraine", "REJECT",
              ["Viktor Orbán", "European Union", "Ukraine"], "2023-06-01", "published", "occurred", "€500mn tranche"),
            E("Orbán: talking about NATO membership for Kyiv makes no sense during the war", "REJECT",
              ["Viktor Orbán", "Ukraine", "NATO"], "2023-06-01", "context", "occurred", "€500mn tranche"),
            E("NATO foreign ministers meet in Oslo", "CONSULT",
              ["NATO", "Jens Stoltenberg", "Antony Blinken"], "2023-06-01", "published", "occurred",
              "At a meeting of allied foreign ministers in Oslo"),
            E("Allies agree that Ukraine will become a member", "AGREE",
              ["NATO", "Jens Stoltenberg", "Ukraine"], "2023-06-01", "published", "occurred",
              "At a meeting of allied foreign ministers in Oslo"),
            E("US to back a multi-year NATO assistance programme for Ukraine", "AID",
              ["Antony Blinken", "United States", "Ukraine", "NATO"], "2023-06-01", "published", "planned",
              "multi-year assistance programme"),
            E("Russian missile attack on Kyiv kills three", "ASSAULT",
              ["Russia", "Ukraine"], "2023-05-31TNI", "text", "occurred", "fired another wave of missiles"),
            E("Britain to host the next European Political Community meeting", "CONSULT",
              ["United Kingdom"], "2024-H1", "text", "planned", "Britain will host the next meeting"),
        ],
        statements=[
            S("Volodymyr Zelensky", "Any hesitation over an invitation would embolden Moscow", "2023-06-01", "text",
              "urged NATO to issue Kyiv"),
            S("Volodymyr Zelensky", "'Every doubt we show here in Europe is a trench that Russia will try to occupy'",
              "2023-06-01", "context", "Every doubt we show"),
            S("Volodymyr Zelensky", "Calls for security guarantees before NATO accession and a fighter-jet coalition",
              "2023-06-01", "context", "called for security guarantees"),
            S("Dmitry Peskov", "The summit tries to drag countries into an anti-Russian bloc", "2023-06-01", "text",
              "anti-Russian bloc"),
            S("Emmanuel Macron", "Ukraine needs tangible and credible guarantees; the West did not listen to the east",
              "2023-05-31", "text", "tangible and credible"),
            S("Viktor Orbán", "Talking about NATO membership for Kyiv during the war makes no sense", "2023-06-01",
              "context", "€500mn tranche"),
            S("Jens Stoltenberg", "All allies agree Ukraine will become a member; Vilnius will focus on support",
              "2023-06-01", "published", "At a meeting of allied foreign ministers in Oslo"),
            S("Antony Blinken", "Washington will back a multi-year assistance programme", "2023-06-01", "published",
              "multi-year assistance programme"),
        ],
        actors=["Volodymyr Zelensky", "NATO", "Ukraine", "Russia", "Kremlin", "Dmitry Peskov", "Emmanuel Macron",
                "France", "Olaf Scholz", "Germany", "Giorgia Meloni", "Mark Rutte", "Viktor Orbán", "European Union",
                "Jens Stoltenberg", "Antony Blinken", "United States", "United Kingdom"],
    ),
]
