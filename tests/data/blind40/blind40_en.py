"""English articles of the blind40 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

EN01 = """
Biden, in Helsinki, says Putin has 'already lost' the war in Ukraine

HELSINKI — President Biden said Thursday that Russian President Vladimir Putin had "already lost" the war in Ukraine, as he closed a five-day European trip with a summit of Nordic leaders in a capital that until last year embodied Cold War neutrality.
"There is no possibility of him winning the war in Ukraine," Biden told reporters at a news conference with Finnish President Sauli Niinisto.
Putin, he added, "has a real problem" at home after a short-lived mutiny by the Wagner mercenary group in June.

Biden arrived in Helsinki late Wednesday from Vilnius, Lithuania, where a NATO summit had offered Ukraine a path to membership but no timetable, to the frustration of President Volodymyr Zelensky.
Before leaving Vilnius on Wednesday, Biden and the other leaders of the Group of Seven, including German Chancellor Olaf Scholz and French President Emmanuel Macron, signed a declaration pledging long-term security commitments to Kyiv.
Each G7 country is to negotiate its own bilateral agreement with Ukraine, and national security advisor Jake Sullivan said talks with Kyiv would begin "in the coming weeks."

At the Presidential Palace on Thursday, Biden met the leaders of Finland, Sweden, Norway, Denmark and Iceland, who in a joint statement with him pledged to support Ukraine "for as long as it takes."
The statement also welcomed Turkey's decision to back Sweden's bid to join NATO, which Turkish President Recep Tayyip Erdogan announced Monday after talks with Swedish Prime Minister Ulf Kristersson and NATO Secretary-General Jens Stoltenberg.
Biden said he was "absolutely confident" that the Turkish parliament would ratify Sweden's membership, and he urged Hungarian Prime Minister Viktor Orban to do the same.
Finland joined the alliance in April, ending its long tradition of military nonalignment and doubling NATO's land border with Russia.

The Kremlin was dismissive.
Kremlin spokesman Dmitry Peskov said Wednesday that the G7 guarantees were "a mistake" and "potentially very dangerous," arguing that they would infringe on Russia's security.
Peskov also said Moscow saw no grounds to extend the Black Sea grain deal, which expires Monday, as long as its demands on Russian agricultural exports were not met.

Biden was scheduled to fly back to Washington on Thursday evening, ending a trip that had begun in London, where he held talks with Prime Minister Rishi Sunak and King Charles III on Monday.
"""

EN02 = """
Biden tells Bucharest Nine 'every inch' of NATO will be defended

US President Joe Biden on Wednesday met the leaders of NATO's eastern flank in Warsaw and assured them that the United States would defend "every inch" of the alliance's territory.
The summit of the Bucharest Nine (B9), a group of countries on NATO's eastern flank set up by Poland and Romania in 2015, was co-hosted by Polish President Andrzej Duda and Romanian President Klaus Iohannis at the Presidential Palace.
NATO Secretary General Jens Stoltenberg also took part.
"Article 5 is a sacred commitment," Biden told the leaders.
"We will defend literally every inch of NATO."

In a joint declaration, the B9 leaders condemned Russia's "brutal, unprovoked and unjustified aggression" against Ukraine and pledged to strengthen NATO's deterrence on the eastern flank.
They also backed Ukraine's right to choose its own security arrangements, ahead of the NATO summit in Vilnius in July.
President Duda said Poland expected more American troops to be stationed on the flank "permanently, not rotationally."

On Tuesday evening, Biden delivered a speech in the gardens of Warsaw's Royal Castle, a day after his surprise visit to Kyiv.
"Ukraine will never be a victory for Russia. Never," he told a crowd of several thousand.
Earlier on Tuesday in Moscow, Russian President Vladimir Putin had announced that Russia was suspending its participation in New START, the last remaining nuclear arms control treaty with the US.
Asked about the move on Wednesday, Biden called it "a big mistake."

Putin on Wednesday received China's top diplomat Wang Yi in the Kremlin and said he expected Chinese President Xi Jinping to visit Russia.
Wang told Putin that Beijing and Moscow would not bow to pressure from third countries, Russian state media reported.

Friday marks one year since Russia's full-scale invasion of Ukraine.
On Thursday, the UN General Assembly is expected to vote on a resolution calling for a "comprehensive, just and lasting peace" and for Russia to withdraw its troops.
Duda said he would travel to Kyiv "in the coming weeks" and called on NATO allies to speed up deliveries of Leopard tanks.
Poland has taken in more than 1.5 million refugees from Ukraine since February last year, according to government figures.
"""

EN03 = """
Zelensky asks Nordic leaders to back NATO invitation at Reykjavík session

Ukrainian President Volodymyr Zelensky addressed the Nordic Council in Reykjavík on Tuesday, asking the five Nordic countries to support an immediate invitation for Ukraine to join NATO.
It was his first visit to Iceland.
He arrived late Monday and met the prime ministers of Denmark, Finland, Iceland, Norway and Sweden at the Harpa concert hall on Tuesday morning, before the session opened.
Zelensky presented his "victory plan", which he first unveiled to the Ukrainian parliament on October 16.

Zelensky told the session that North Korea had already sent around 3,000 soldiers to Russia and that the number could rise to 12,000.
NATO Secretary General Mark Rutte confirmed on Monday that North Korean troops had been deployed to Russia's Kursk region, calling it "a significant escalation."
"Where is the reaction of the world?" Zelensky asked, adding that "the silence of Beijing" was encouraging Putin.

The Nordic prime ministers said in a joint statement that Russia's war was "a direct threat to Nordic and European security."
Danish Prime Minister Mette Frederiksen said the Nordic countries would keep financing weapons production inside Ukraine under the so-called Danish model.
Norway's Jonas Gahr Store said his government would propose raising its support programme for Ukraine next year.

Kremlin spokesman Dmitry Peskov said on Tuesday that Russia's cooperation with North Korea "is not directed against third countries."
He accused NATO of "direct involvement" in the conflict.

Zelensky also referred to the US presidential election on November 5, saying Ukraine would work with "whoever wins" but needed to know that American support would continue.
Republican candidate Donald Trump has said he would end the war "in 24 hours" if elected, without saying how.

The visit came with one of the largest security operations in Iceland's recent history, with police closing streets around Harpa and the Althingi.
Prime Minister Bjarni Benediktsson, who leads a caretaker government ahead of the snap election on November 30, said Iceland's support for Ukraine would not depend on the outcome of the vote.
Iceland, which has no army of its own, has mainly funded medical supplies, winter clothing and demining equipment for Ukraine since 2022.
"""

EN04 = """
Carney signs defence pact with EU, vows to keep pressure on Russia

BRUSSELS — Prime Minister Mark Carney signed a security and defence partnership with the European Union on Monday, a step he said would bring Canada closer to Europe as the war in Ukraine grinds on.
The agreement, reached at the first EU-Canada summit in more than two years, opens the door for Canadian companies to take part in the EU's 150-billion-euro rearmament loan program known as SAFE.
Carney met European Council President Antonio Costa and European Commission President Ursula von der Leyen at the Europa building.

In a joint statement, the leaders called for "a full and unconditional ceasefire" in Ukraine and said they would keep increasing pressure on Russia, including through sanctions on its shadow fleet of oil tankers.
"Russia is not serious about peace," Carney told reporters after the meeting, saying Moscow had answered every proposal for a truce with more missile and drone strikes.
Von der Leyen said the EU's 18th sanctions package, which targets Russian energy revenues and banks, should be adopted quickly.
Slovakia has blocked the package, and EU leaders are to take it up at their summit in Brussels on Thursday.

Last week, Carney hosted Ukrainian President Volodymyr Zelenskyy at the G7 summit in Kananaskis, Alta., where he announced $2 billion in new military assistance for Ukraine and fresh sanctions against Russian individuals and entities.
Zelenskyy had hoped to meet U.S. President Donald Trump there, but Trump left the summit early, citing the conflict between Israel and Iran.

Carney travels to The Hague later Monday for a NATO summit on Tuesday and Wednesday, where allies are expected to agree to raise defence spending to five per cent of GDP by 2035.
Carney said Canada would meet the target, a pledge that would roughly double its military budget.
Zelenskyy is expected to attend a dinner hosted by the Dutch king on Tuesday evening, but not the main session.

In Moscow, Kremlin spokesman Dmitry Peskov said NATO was "rapidly moving towards militarization" and that the spending target would not contribute to stability in Europe.

This report by The Canadian Press was first published June 23, 2025.
"""

EN05 = """
NB8 leaders agree joint shadow fleet checks in Riga, demand seat at peace talks

Leaders of the Nordic and Baltic countries agreed in Riga on Friday to carry out joint inspections of tankers of Russia's so-called shadow fleet in the Baltic Sea, Latvian Prime Minister Evika Silina said after the summit, LETA reports.
Ukrainian President Volodymyr Zelensky and EU foreign policy chief Kaja Kallas joined the meeting of the Nordic-Baltic Eight (NB8), which Finnish President Alexander Stubb and Swedish Prime Minister Ulf Kristersson also attended.
Under the arrangement, vessels without valid insurance will be stopped and checked by the coast guards of the eight countries from July 1.

In a joint declaration, the leaders said no agreement on European security could be reached "without Europe at the table" and proposed that a Nordic-Baltic envoy join the US-brokered talks between Russia and Ukraine.
Stubb told reporters that Europe "cannot be a spectator" when its own security is negotiated.
Zelensky welcomed the decision and asked the NB8 countries to finance more interceptor drones for Ukraine's air defence, which faces nightly attacks.
Kallas said the EU's 22nd sanctions package, which she wants adopted by September, would list another 100 shadow fleet vessels.

Moscow reacted sharply.
Russian Foreign Ministry spokeswoman Maria Zakharova called the plan "a blockade in all but name" and warned that the Russian navy would protect Russian shipping "by all available means."
Kremlin spokesman Dmitry Peskov said the Baltic states were not a party to the negotiations and had no business in them.

The fourth round of talks between US, Russian and Ukrainian delegations in Abu Dhabi ended last week without agreement on a ceasefire line.
US special envoy Steve Witkoff is due in Moscow next week.

On Thursday, NATO fighter jets on the Baltic Air Policing mission were scrambled after a Russian Il-20 reconnaissance aircraft flew along the Latvian border with its transponder switched off, the Latvian armed forces said.
It was the third such incident this year.
The summit was held at the House of the Blackheads in Riga's old town, which was closed to the public for two days.
"""

EN06 = """
Sybiha tells Halifax forum Ukraine 'will not trade land for a pause'

Ukraine's foreign minister told the Halifax International Security Forum on Saturday that Kyiv would not accept a ceasefire that required it to withdraw from the parts of the Donetsk region it still holds.
Andrii Sybiha, speaking to a packed ballroom at the Westin Nova Scotian, said Russia was using the US-brokered talks "to buy time" while it kept striking Ukraine's power grid every night.
He asked Canada and the United States to speed up deliveries of air-defence interceptors before winter sets in.

Defence Minister David McGuinty announced that Canada would contribute another $500 million to NATO's PURL program, which buys U.S.-made Patriot interceptors for Ukraine.
A bipartisan group of U.S. senators, led by Republican Roger Wicker and Democrat Jeanne Shaheen, pressed for a vote on new sanctions against buyers of Russian oil before Christmas.
Wicker said Russian President Vladimir Putin "only understands strength" and that Congress would not allow sanctions to be lifted without a deal Ukraine accepts.
Secretary of State Marco Rubio, who had been due to speak on Saturday, cancelled his appearance to stay in Washington for talks with Ukraine's chief negotiator Rustem Umerov on Monday.
Sybiha later met McGuinty and Foreign Minister Anita Anand on the sidelines of the forum.

EU foreign policy chief Kaja Kallas, speaking by video, said Europe would keep Russian central bank assets frozen "until Russia pays for the damage it has caused."

The Russian Embassy in Ottawa dismissed the forum as "a gathering of warmongers."
Kremlin spokesman Dmitry Peskov said on Friday that Moscow remained open to talks, but that a ceasefire was only possible once Ukrainian troops left what he called Russian territory.

Outside the hotel, about 200 members of Nova Scotia's Ukrainian community rallied on Saturday afternoon, waving flags and holding photos of children deported to Russia.
The forum, now in its 18th year, ends Sunday.
Local organizers said it has brought more than 300 delegates from 70 countries to Halifax this weekend.
"""


def doc(id, published, body, timexes, events, statements, actors, basis=None):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors, published_basis=basis)


DOCS = [
    doc(
        "b40en01_us_nordic_summit_helsinki_2023_07", "2023-07-13", EN01,
        [
            T("Thursday", "DATE", "2023-07-13", 0),
            T("five-day", "DURATION", "P5D"),
            T("last year", "DATE", "2022"),
            T("June", "DATE", "2023-06"),
            T("late Wednesday", "TIME", "2023-07-12TNI"),
            T("Wednesday", "DATE", "2023-07-12", 1),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("Thursday", "DATE", "2023-07-13", 1),
            T("Monday", "DATE", "2023-07-10", 0),
            T("April", "DATE", "2023-04"),
            T("Wednesday", "DATE", "2023-07-12", 2),
            T("Monday", "DATE", "2023-07-17", 1),
            T("Thursday evening", "TIME", "2023-07-13TEV"),
            T("Monday", "DATE", "2023-07-10", 2),
        ],
        [
            E("US-Nordic leaders' summit in Helsinki", "CONSULT", ["Joe Biden"], "2023-07-13", "text", "occurred",
              "closed a five-day European trip", note="the Nordic states are not canonical"),
            E("NATO summit in Vilnius", "CONSULT", ["NATO", "Joe Biden", "Volodymyr Zelensky"], "2023-07-12",
              "context", "occurred", "Biden arrived in Helsinki late Wednesday", note="11-12 July 2023"),
            E("NATO offers Ukraine a path to membership", "AGREE", ["NATO", "Ukraine"], "2023-07-12", "context",
              "occurred", "Biden arrived in Helsinki late Wednesday"),
            E("NATO gives Ukraine no timetable for membership", "REJECT", ["NATO", "Ukraine"], "2023-07-12",
              "context", "occurred", "Biden arrived in Helsinki late Wednesday"),
            E("G7 leaders sign a declaration on long-term security commitments to Ukraine", "AGREE",
              ["Joe Biden", "Olaf Scholz", "Emmanuel Macron", "Ukraine"], "2023-07-12", "text", "occurred",
              "Before leaving Vilnius"),
            E("US talks with Kyiv on a bilateral security agreement to begin in the coming weeks", "CONSULT",
              ["United States", "Ukraine"], "FUTURE_REF", "vague", "planned", "Jake Sullivan"),
            E("Biden meets the leaders of Finland, Sweden, Norway, Denmark and Iceland", "CONSULT", ["Joe Biden"],
              "2023-07-13", "text", "occurred", "At the Presidential Palace on Thursday"),
            E("Biden and the Nordic leaders pledge to support Ukraine for as long as it takes", "AGREE",
              ["Joe Biden", "Ukraine"], "2023-07-13", "text", "occurred", "At the Presidential Palace on Thursday"),
            E("Joint statement welcomes Turkey's decision to back Sweden's NATO bid", "SUPPORT",
              ["Joe Biden", "Turkey"], "2023-07-13", "context", "occurred", "The statement also welcomed"),
            E("Erdogan agrees to back Sweden's bid to join NATO", "AGREE", ["Recep Tayyip Erdoğan", "NATO"],
              "2023-07-10", "text", "occurred", "The statement also welcomed"),
            E("Erdogan's talks with Kristersson and Stoltenberg", "CONSULT",
              ["Recep Tayyip Erdoğan", "Jens Stoltenberg"], "2023-07-10", "text", "occurred",
              "The statement also welcomed"),
            E("Biden urges Orban to ratify Sweden's membership", "REQUEST", ["Joe Biden", "Viktor Orbán"],
              "2023-07-13", "context", "occurred", "absolutely confident"),
            E("Finland joins NATO", "AGREE", ["NATO"], "2023-04", "text", "occurred", "Finland joined the alliance",
              note="Finland is not canonical; accession on 4 April 2023"),
            E("Peskov calls the G7 guarantees a mistake and potentially very dangerous", "ACCUSE",
              ["Dmitry Peskov", "Joe Biden", "Olaf Scholz", "Emmanuel Macron"], "2023-07-12", "text", "occurred",
              "potentially very dangerous"),
            E("Peskov: no grounds to extend the Black Sea grain deal", "REJECT", ["Dmitry Peskov"], "2023-07-12",
              "context", "occurred", "Black Sea grain deal", note="the deal expired on 17 July 2023"),
            E("Peskov: Russia's demands on its agricultural exports must be met", "REQUEST", ["Dmitry Peskov"],
              "2023-07-12", "context", "occurred", "Black Sea grain deal"),
            E("Biden's talks with Sunak and King Charles III in London", "CONSULT", ["Joe Biden", "United Kingdom"],
              "2023-07-10", "text", "occurred", "King Charles III"),
        ],
        [
            S("Joe Biden", "Putin has already lost the war in Ukraine", "2023-07-13", "text",
              "closed a five-day European trip"),
            S("Joe Biden", "There is no possibility of Putin winning the war in Ukraine", "2023-07-13", "context",
              "There is no possibility"),
            S("Joe Biden", "Putin has a real problem at home after the Wagner mutiny", "2023-07-13", "context",
              "has a real problem"),
            S("Joint statement: Joe Biden, Olaf Scholz, Emmanuel Macron",
              "G7 declaration pledging long-term security commitments to Kyiv", "2023-07-12", "text",
              "Before leaving Vilnius"),
            S("United States", "Sullivan: talks with Kyiv on a bilateral agreement will begin in the coming weeks",
              "2023-07-13", "published", "Jake Sullivan"),
            S("Joe Biden", "Joint statement with the Nordic leaders: support for Ukraine for as long as it takes",
              "2023-07-13", "text", "At the Presidential Palace on Thursday"),
            S("Joe Biden", "The joint statement welcomes Turkey's decision to back Sweden's NATO bid", "2023-07-13",
              "context", "The statement also welcomed"),
            S("Recep Tayyip Erdoğan", "Turkey will back Sweden's bid to join NATO", "2023-07-10", "text",
              "The statement also welcomed"),
            S("Joe Biden", "Absolutely confident Turkey's parliament will ratify; Hungary should do the same",
              "2023-07-13", "context", "absolutely confident"),
            S("Kremlin", "The Kremlin was dismissive of the Vilnius pledges", "2023-07-13", "published",
              "The Kremlin was dismissive."),
            S("Dmitry Peskov", "The G7 guarantees are a mistake and potentially very dangerous", "2023-07-12", "text",
              "potentially very dangerous"),
            S("Dmitry Peskov", "No grounds to extend the grain deal unless Russia's export demands are met",
              "2023-07-12", "context", "Black Sea grain deal"),
        ],
        ["Joe Biden", "Vladimir Putin", "Ukraine", "Russia", "NATO", "Volodymyr Zelensky", "Olaf Scholz", "Germany",
         "Emmanuel Macron", "France", "United States", "Turkey", "Recep Tayyip Erdoğan", "Jens Stoltenberg",
         "Viktor Orbán", "Kremlin", "Dmitry Peskov", "United Kingdom"],
    ),
    doc(
        "b40en02_bucharest_nine_warsaw_2023_02", "2023-02-22", EN02,
        [
            T("Wednesday", "DATE", "2023-02-22", 0),
            T("2015", "DATE", "2015"),
            T("July", "DATE", "2023-07"),
            T("Tuesday evening", "TIME", "2023-02-21TEV"),
            T("Tuesday", "DATE", "2023-02-21", 1),
            T("Wednesday", "DATE", "2023-02-22", 1),
            T("Wednesday", "DATE", "2023-02-22", 2),
            T("Friday", "DATE", "2023-02-24"),
            T("Thursday", "DATE", "2023-02-23"),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("February last year", "DATE", "2022-02"),
        ],
        [
            E("Biden meets the Bucharest Nine leaders in Warsaw", "CONSULT",
              ["Joe Biden", "Poland", "Jens Stoltenberg"], "2023-02-22", "text", "occurred",
              "met the leaders of NATO's eastern flank",
              note="co-hosts Poland and Romania; Stoltenberg named as taking part; Romania is not canonical"),
            E("Biden assures the eastern flank that the US will defend every inch of NATO territory", "AGREE",
              ["Joe Biden", "NATO"], "2023-02-22", "text", "occurred", "met the leaders of NATO's eastern flank"),
            E("Bucharest Nine set up by Poland and Romania", "COOPERATE", ["Poland"], "2015", "text", "occurred",
              "set up by Poland and Romania in 2015"),
            E("B9 leaders condemn Russia's aggression against Ukraine", "ACCUSE", ["Poland", "Russia"], "2023-02-22",
              "context", "occurred", "In a joint declaration"),
            E("B9 leaders pledge to strengthen NATO deterrence on the eastern flank", "AGREE", ["Poland", "NATO"],
              "2023-02-22", "context", "occurred", "In a joint declaration"),
            E("B9 leaders back Ukraine's right to choose its security arrangements", "SUPPORT", ["Poland", "Ukraine"],
              "2023-02-22", "context", "occurred", "They also backed"),
            E("NATO summit in Vilnius in July", "CONSULT", ["NATO"], "2023-07", "text", "planned",
              "They also backed"),
            E("Duda asks for permanently stationed US troops on the flank", "REQUEST", ["Poland", "United States"],
              "2023-02-22", "context", "occurred", "permanently, not rotationally"),
            E("Biden's surprise visit to Kyiv", "CONSULT", ["Joe Biden", "Ukraine"], "2023-02-20", "context",
              "occurred", "surprise visit to Kyiv", note="the day before the Tuesday speech"),
            E("Putin suspends Russia's participation in New START", "SANCTION", ["Vladimir Putin", "United States"],
              "2023-02-21", "text", "occurred", "New START"),
            E("Biden calls the New START suspension a big mistake", "ACCUSE", ["Joe Biden", "Vladimir Putin"],
              "2023-02-22", "text", "occurred", "a big mistake"),
            E("Putin receives Wang Yi in the Kremlin", "CONSULT", ["Vladimir Putin", "China"], "2023-02-22", "text",
              "occurred", "received China's top diplomat"),
            E("Putin expects Xi Jinping to visit Russia", "CONSULT", ["Xi Jinping", "Vladimir Putin"], "2023-02-22",
              "published", "planned", "received China's top diplomat", note="no date given; Xi visited 20-22 March"),
            E("Russia's full-scale invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24", "context",
              "occurred", "Friday marks one year", note="one year before Friday 24 February 2023"),
            E("UN General Assembly to vote on a resolution demanding peace and Russia's withdrawal", "REQUEST",
              ["United Nations", "Russia"], "2023-02-23", "text", "planned", "UN General Assembly"),
            E("Duda to travel to Kyiv in the coming weeks", "CONSULT", ["Poland", "Ukraine"], "FUTURE_REF", "vague",
              "planned", "Duda said he would travel"),
            E("Duda urges NATO allies to speed up Leopard deliveries", "REQUEST", ["Poland", "NATO"], "2023-02-22",
              "context", "occurred", "Duda said he would travel"),
        ],
        [
            S("Joe Biden", "Article 5 is a sacred commitment", "2023-02-22", "context", "sacred commitment"),
            S("Joe Biden", "We will defend literally every inch of NATO", "2023-02-22", "context",
              "We will defend literally"),
            S("Poland", "B9 declaration condemns Russia's aggression and pledges stronger deterrence", "2023-02-22",
              "context", "In a joint declaration"),
            S("Poland", "Duda expects more US troops stationed permanently on the flank", "2023-02-22", "context",
              "permanently, not rotationally"),
            S("Joe Biden", "Ukraine will never be a victory for Russia", "2023-02-21TEV", "context",
              "Ukraine will never be a victory"),
            S("Vladimir Putin", "Russia suspends its participation in New START", "2023-02-21", "text", "New START"),
            S("Joe Biden", "The New START suspension is a big mistake", "2023-02-22", "text", "a big mistake"),
            S("Vladimir Putin", "Expects Xi Jinping to visit Russia", "2023-02-22", "text",
              "received China's top diplomat"),
            S("China", "Wang Yi: Beijing and Moscow will not bow to pressure from third countries", "2023-02-22",
              "context", "would not bow to pressure"),
            S("Poland", "Duda will travel to Kyiv in the coming weeks; allies should speed up Leopard deliveries",
              "2023-02-22", "context", "Duda said he would travel"),
            S("Poland", "Poland has taken in more than 1.5 million refugees from Ukraine", "2023-02-22", "published",
              "according to government figures"),
        ],
        ["Joe Biden", "United States", "NATO", "Poland", "Jens Stoltenberg", "Russia", "Ukraine", "Vladimir Putin",
         "China", "Xi Jinping", "United Nations"],
    ),
    doc(
        "b40en03_zelensky_nordic_council_reykjavik_2024_10", "2024-10-29", EN03,
        [
            T("Tuesday", "DATE", "2024-10-29", 0),
            T("late Monday", "TIME", "2024-10-28TNI"),
            T("Tuesday morning", "TIME", "2024-10-29TMO"),
            T("October 16", "DATE", "2024-10-16"),
            T("Monday", "DATE", "2024-10-28", 1),
            T("next year", "DATE", "2025"),
            T("Tuesday", "DATE", "2024-10-29", 2),
            T("November 5", "DATE", "2024-11-05"),
            T("24 hours", "DURATION", "PT24H"),
            T("November 30", "DATE", "2024-11-30"),
            T("2022", "DATE", "2022"),
        ],
        [
            E("Zelensky asks the Nordic countries to back an immediate NATO invitation for Ukraine", "REQUEST",
              ["Volodymyr Zelensky", "NATO"], "2024-10-29", "text", "occurred", "addressed the Nordic Council"),
            E("Zelensky meets the five Nordic prime ministers at Harpa", "CONSULT", ["Volodymyr Zelensky"],
              "2024-10-29TMO", "text", "occurred", "He arrived late Monday",
              note="the Nordic states are not canonical"),
            E("Zelensky presents his victory plan to the Nordic leaders", "REQUEST", ["Volodymyr Zelensky"],
              "2024-10-29", "context", "occurred", "victory plan"),
            E("North Korean troops deployed to Russia's Kursk region", "MOBILIZE", ["Russia"], "2024-10-28",
              "context", "occurred", "Mark Rutte confirmed",
              note="North Korea is not canonical; dated by Rutte's confirmation"),
            E("Rutte calls the deployment a significant escalation", "ACCUSE", ["Mark Rutte", "Russia"],
              "2024-10-28", "text", "occurred", "Mark Rutte confirmed"),
            E("Zelensky: Beijing's silence encourages Putin", "ACCUSE", ["Volodymyr Zelensky", "China"],
              "2024-10-29", "context", "occurred", "the silence of Beijing"),
            E("Nordic prime ministers call Russia's war a direct threat to Nordic and European security", "ACCUSE",
              ["Russia"], "2024-10-29", "context", "occurred", "The Nordic prime ministers said",
              note="speakers not canonical"),
            E("Nordic countries to keep financing weapons production in Ukraine under the Danish model", "AGREE",
              ["Ukraine"], "2024-10-29", "context", "occurred", "Danish model", note="Denmark is not canonical"),
            E("Norway to propose raising its support programme for Ukraine next year", "AID", ["Ukraine"], "2025",
              "text", "uncertain", "Jonas Gahr Store", note="Norway is not canonical"),
            E("Peskov accuses NATO of direct involvement in the conflict", "ACCUSE", ["Dmitry Peskov", "NATO"],
              "2024-10-29", "context", "occurred", "direct involvement"),
            E("Zelensky: Ukraine will work with whoever wins the US election", "AGREE",
              ["Volodymyr Zelensky", "United States"], "2024-10-29", "context", "occurred", "whoever wins"),
            E("Zelensky: Ukraine needs to know that US support will continue", "REQUEST",
              ["Volodymyr Zelensky", "United States"], "2024-10-29", "context", "occurred", "whoever wins"),
            E("Trump's promise to end the war in 24 hours if elected", "AGREE", ["Donald Trump"], "2024-10-29",
              "published", "occurred", "in 24 hours", note="standing campaign promise, no date given"),
            E("Iceland's support for Ukraine will not depend on the election outcome", "AGREE", ["Ukraine"],
              "2024-10-29", "context", "occurred", "Bjarni Benediktsson", note="Iceland is not canonical"),
            E("Iceland funds medical supplies, winter clothing and demining equipment for Ukraine since 2022", "AID",
              ["Ukraine"], "2022", "text", "occurred", "has no army of its own", date_mod="START"),
        ],
        [
            S("Volodymyr Zelensky", "Asks the Nordic countries to support an immediate NATO invitation",
              "2024-10-29", "text", "addressed the Nordic Council"),
            S("Volodymyr Zelensky", "North Korea has sent about 3,000 soldiers to Russia, possibly rising to 12,000",
              "2024-10-29", "context", "Zelensky told the session"),
            S("Mark Rutte", "North Korean troops are in the Kursk region; a significant escalation", "2024-10-28",
              "text", "Mark Rutte confirmed"),
            S("Volodymyr Zelensky", "Where is the world's reaction; Beijing's silence encourages Putin",
              "2024-10-29", "context", "the silence of Beijing"),
            S("Dmitry Peskov", "Russia's cooperation with North Korea is not directed against third countries",
              "2024-10-29", "text", "not directed against third countries"),
            S("Dmitry Peskov", "NATO is directly involved in the conflict", "2024-10-29", "context",
              "direct involvement"),
            S("Volodymyr Zelensky", "Ukraine will work with whoever wins but needs continued US support",
              "2024-10-29", "context", "whoever wins"),
            S("Donald Trump", "Would end the war in 24 hours if elected", "2024-10-29", "published",
              "in 24 hours"),
        ],
        ["Volodymyr Zelensky", "Ukraine", "NATO", "Russia", "Mark Rutte", "China", "Vladimir Putin", "Kremlin",
         "Dmitry Peskov", "United States", "Donald Trump"],
    ),
    doc(
        "b40en04_carney_eu_canada_summit_2025_06", "2025-06-23", EN04,
        [
            T("Monday", "DATE", "2025-06-23", 0),
            T("more than two years", "DURATION", "P2Y", mod="MORE_THAN"),
            T("Thursday", "DATE", "2025-06-26"),
            T("Last week", "DATE", "2025-W25"),
            T("Monday", "DATE", "2025-06-23", 1),
            T("Tuesday", "DATE", "2025-06-24", 0),
            T("Wednesday", "DATE", "2025-06-25"),
            T("2035", "DATE", "2035"),
            T("Tuesday evening", "TIME", "2025-06-24TEV"),
            T("June 23, 2025", "DATE", "2025-06-23"),
        ],
        [
            E("Canada and the EU sign a security and defence partnership", "AGREE", ["European Union"], "2025-06-23",
              "text", "occurred", "signed a security and defence partnership", note="Canada is not canonical"),
            E("EU-Canada summit: Carney meets Costa and von der Leyen", "CONSULT",
              ["Ursula von der Leyen", "European Union"], "2025-06-23", "context", "occurred",
              "at the Europa building"),
            E("Leaders call for a full and unconditional ceasefire in Ukraine", "REQUEST",
              ["Ursula von der Leyen", "European Union", "Russia", "Ukraine"], "2025-06-23", "context", "occurred",
              "In a joint statement"),
            E("Leaders to keep increasing pressure on Russia, including sanctions on the shadow fleet", "SANCTION",
              ["Ursula von der Leyen", "European Union", "Russia"], "2025-06-23", "published", "planned",
              "In a joint statement"),
            E("Carney: Russia is not serious about peace and answers truce proposals with strikes", "ACCUSE",
              ["Russia"], "2025-06-23", "context", "occurred", "Russia is not serious about peace",
              note="Carney is not canonical"),
            E("Von der Leyen urges quick adoption of the 18th sanctions package", "REQUEST",
              ["Ursula von der Leyen", "European Union"], "2025-06-23", "context", "occurred",
              "18th sanctions package"),
            E("Slovakia blocks the 18th package", "REJECT", ["European Union"], "2025-06-23", "published",
              "occurred", "Slovakia has blocked", note="standing block; Slovakia is not canonical"),
            E("EU leaders to take up the 18th package at their summit on Thursday", "SANCTION",
              ["European Union", "Russia"], "2025-06-26", "text", "planned", "Slovakia has blocked"),
            E("EU summit in Brussels on Thursday", "CONSULT", ["European Union"], "2025-06-26", "text", "planned",
              "Slovakia has blocked"),
            E("Carney hosts Zelenskyy at the G7 summit in Kananaskis", "CONSULT", ["Volodymyr Zelensky"], "2025-W25",
              "text", "occurred", "Kananaskis"),
            E("Canada announces $2 billion in military assistance for Ukraine", "AID", ["Ukraine"], "2025-W25",
              "text", "occurred", "Kananaskis"),
            E("Canada announces new sanctions against Russian individuals and entities", "SANCTION", ["Russia"],
              "2025-W25", "text", "occurred", "Kananaskis"),
            E("Planned Zelenskyy-Trump meeting at the G7 falls through as Trump leaves early", "CONSULT",
              ["Volodymyr Zelensky", "Donald Trump"], "2025-W25", "context", "cancelled", "left the summit early"),
            E("NATO summit in The Hague on Tuesday and Wednesday", "CONSULT", ["NATO"], "2025-06-24", "text",
              "planned", "Carney travels to The Hague", note="24-25 June 2025"),
            E("Allies expected to agree to spend five per cent of GDP on defence by 2035", "AGREE", ["NATO"],
              "2025-06-24", "context", "planned", "Carney travels to The Hague",
              note="dated by the summit's opening day"),
            E("Carney: Canada will meet NATO's five per cent target", "AGREE", ["NATO"], "2025-06-23", "context",
              "occurred", "Carney said Canada would meet the target"),
            E("Zelenskyy to attend the dinner hosted by the Dutch king", "CONSULT",
              ["Volodymyr Zelensky", "NATO"], "2025-06-24TEV", "text", "planned", "Dutch king"),
            E("Peskov accuses NATO of rapid militarization", "ACCUSE", ["Dmitry Peskov", "NATO"], "2025-06-23",
              "published", "occurred", "rapidly moving towards militarization"),
        ],
        [
            S("Joint statement: Ursula von der Leyen, European Union",
              "Call for a full and unconditional ceasefire; pressure on Russia will keep increasing", "2025-06-23",
              "context", "In a joint statement"),
            S("Ursula von der Leyen", "The 18th sanctions package should be adopted quickly", "2025-06-23",
              "context", "18th sanctions package"),
            S("Dmitry Peskov", "NATO is rapidly militarizing; the target will not bring stability to Europe",
              "2025-06-23", "published", "rapidly moving towards militarization"),
        ],
        ["European Union", "Ukraine", "Ursula von der Leyen", "Russia", "Volodymyr Zelensky", "United States",
         "Donald Trump", "NATO", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b40en05_nb8_riga_shadow_fleet_2026_06", "2026-06-05", EN05,
        [
            T("Friday", "DATE", "2026-06-05"),
            T("July 1", "DATE", "2026-07-01"),
            T("nightly", "SET", "P1D"),
            T("September", "DATE", "2026-09"),
            T("last week", "DATE", "2026-W22"),
            T("next week", "DATE", "2026-W24"),
            T("Thursday", "DATE", "2026-06-04"),
            T("this year", "DATE", "2026"),
            T("two days", "DURATION", "P2D"),
        ],
        [
            E("NB8 leaders agree joint inspections of Russian shadow-fleet tankers", "AGREE",
              ["Alexander Stubb", "Russia"], "2026-06-05", "text", "occurred", "agreed in Riga on Friday",
              note="Stubb is the canonical NB8 participant; the other states are not canonical"),
            E("NB8 summit in Riga with Zelensky and Kallas", "CONSULT",
              ["Volodymyr Zelensky", "Kaja Kallas", "Alexander Stubb"], "2026-06-05", "context", "occurred",
              "joined the meeting of the Nordic-Baltic Eight"),
            E("Coast guards to stop and check uninsured vessels from July 1", "SANCTION",
              ["Alexander Stubb", "Russia"], "2026-07-01", "text", "planned", "Under the arrangement",
              date_mod="START"),
            E("NB8 declaration: no agreement on European security without Europe at the table", "REQUEST",
              ["Alexander Stubb", "United States"], "2026-06-05", "context", "occurred", "In a joint declaration"),
            E("NB8 proposes a Nordic-Baltic envoy at the US-brokered Russia-Ukraine talks", "REQUEST",
              ["Alexander Stubb", "United States", "Russia", "Ukraine"], "2026-06-05", "context", "occurred",
              "In a joint declaration"),
            E("Zelensky welcomes the NB8 decision", "SUPPORT", ["Volodymyr Zelensky", "Alexander Stubb"],
              "2026-06-05", "context", "occurred", "Zelensky welcomed the decision"),
            E("Zelensky asks the NB8 to finance more interceptor drones", "REQUEST", ["Volodymyr Zelensky"],
              "2026-06-05", "context", "occurred", "Zelensky welcomed the decision"),
            E("Kallas: the 22nd EU package, to be adopted by September, will list 100 more shadow-fleet vessels",
              "SANCTION", ["Kaja Kallas", "European Union", "Russia"], "2026-09", "text", "planned",
              "22nd sanctions package"),
            E("Zakharova calls the plan a blockade in all but name", "ACCUSE", ["Maria Zakharova"], "2026-06-05",
              "published", "occurred", "a blockade in all but name"),
            E("Zakharova: the Russian navy will protect Russian shipping by all available means", "THREATEN",
              ["Maria Zakharova"], "2026-06-05", "published", "occurred", "a blockade in all but name"),
            E("Peskov rejects a Baltic role in the negotiations", "REJECT", ["Dmitry Peskov"], "2026-06-05",
              "published", "occurred", "not a party to the negotiations"),
            E("Fourth US-Russia-Ukraine round in Abu Dhabi", "CONSULT", ["United States", "Russia", "Ukraine"],
              "2026-W22", "text", "occurred", "The fourth round of talks"),
            E("No agreement on a ceasefire line in Abu Dhabi", "REJECT", ["Russia", "Ukraine"], "2026-W22", "text",
              "occurred", "The fourth round of talks"),
            E("Witkoff due in Moscow next week", "CONSULT", ["Steve Witkoff", "Russia"], "2026-W24", "text",
              "planned", "Steve Witkoff"),
            E("NATO Baltic Air Policing jets scrambled after a Russian Il-20 flight along the Latvian border",
              "MOBILIZE", ["NATO"], "2026-06-04", "text", "occurred", "were scrambled"),
        ],
        [
            S("Joint statement: Alexander Stubb",
              "NB8 declaration: no agreement on European security without Europe; a Nordic-Baltic envoy for the talks",
              "2026-06-05", "context", "In a joint declaration"),
            S("Alexander Stubb", "Europe cannot be a spectator when its own security is negotiated", "2026-06-05",
              "context", "cannot be a spectator"),
            S("Volodymyr Zelensky", "Welcomes the decision and asks for more interceptor drones", "2026-06-05",
              "context", "Zelensky welcomed the decision"),
            S("Kaja Kallas", "The 22nd package, due by September, will list another 100 shadow-fleet vessels",
              "2026-06-05", "context", "22nd sanctions package"),
            S("Russia", "Moscow reacted sharply", "2026-06-05", "published", "Moscow reacted sharply."),
            S("Maria Zakharova", "The plan is a blockade in all but name; the navy will protect Russian shipping",
              "2026-06-05", "published", "a blockade in all but name"),
            S("Dmitry Peskov", "The Baltic states are not a party to the negotiations", "2026-06-05", "published",
              "not a party to the negotiations"),
        ],
        ["Russia", "Volodymyr Zelensky", "Ukraine", "Kaja Kallas", "European Union", "Alexander Stubb",
         "United States", "Maria Zakharova", "Dmitry Peskov", "Kremlin", "Steve Witkoff", "NATO"],
        basis="Fiction in a plausible setting: an NB8 summit in Riga on Friday 5 June 2026; the report is from "
              "the same day.",
    ),
    doc(
        "b40en06_halifax_forum_sybiha_2026_11", "2026-11-21", EN06,
        [
            T("Saturday", "DATE", "2026-11-21", 0),
            T("every night", "SET", "P1D"),
            T("winter", "DATE", "2026-WI"),
            T("Christmas", "DATE", "2026-12-25"),
            T("Saturday", "DATE", "2026-11-21", 1),
            T("Monday", "DATE", "2026-11-23"),
            T("Friday", "DATE", "2026-11-20"),
            T("Saturday afternoon", "TIME", "2026-11-21TAF"),
            T("now", "DATE", "PRESENT_REF"),
            T("Sunday", "DATE", "2026-11-22"),
            T("this weekend", "DATE", "2026-W47-WE"),
        ],
        [
            E("Sybiha: Ukraine will not accept a ceasefire requiring withdrawal from Donetsk", "REJECT",
              ["Andrii Sybiha", "Russia"], "2026-11-21", "text", "occurred", "told the Halifax International"),
            E("Sybiha accuses Russia of using the talks to buy time", "ACCUSE", ["Andrii Sybiha", "Russia"],
              "2026-11-21", "context", "occurred", "to buy time"),
            E("Russian strikes on Ukraine's power grid every night", "ASSAULT", ["Russia", "Ukraine"], "2026-11-21",
              "published", "occurred", "to buy time", note="ongoing strikes, as Sybiha describes them"),
            E("Sybiha asks Canada and the US to speed up interceptor deliveries before winter", "REQUEST",
              ["Andrii Sybiha", "United States"], "2026-11-21", "context", "occurred", "before winter sets in"),
            E("Canada contributes another $500 million to NATO's PURL for Ukraine", "AID", ["NATO", "Ukraine"],
              "2026-11-21", "context", "occurred", "David McGuinty announced", note="Canada is not canonical"),
            E("US senators press for new sanctions on buyers of Russian oil before Christmas", "SANCTION",
              ["United States", "Russia"], "2026-12-25", "text", "uncertain", "bipartisan group of U.S. senators"),
            E("Wicker: Putin only understands strength", "ACCUSE", ["United States", "Vladimir Putin"], "2026-11-21",
              "context", "occurred", "only understands strength"),
            E("Congress will not let sanctions be lifted without a deal Ukraine accepts", "REJECT",
              ["United States", "Russia"], "2026-11-21", "context", "occurred", "only understands strength"),
            E("Rubio cancels his appearance at the Halifax forum", "CONSULT", ["Marco Rubio"], "2026-11-21", "text",
              "cancelled", "Marco Rubio"),
            E("Rubio-Umerov talks in Washington on Monday", "CONSULT", ["Marco Rubio", "Rustem Umerov"],
              "2026-11-23", "text", "planned", "Marco Rubio"),
            E("Sybiha meets McGuinty and Anand", "CONSULT", ["Andrii Sybiha"], "2026-11-21", "context", "occurred",
              "Sybiha later met", note="Canada is not canonical"),
            E("Kallas: Russian central-bank assets stay frozen until Russia pays", "REJECT",
              ["Kaja Kallas", "Russia"], "2026-11-21", "context", "occurred", "Kaja Kallas"),
            E("Russian Embassy calls the forum a gathering of warmongers", "ACCUSE", ["Russia"], "2026-11-21",
              "published", "occurred", "gathering of warmongers"),
            E("Peskov: Moscow remains open to talks", "AGREE", ["Dmitry Peskov", "Ukraine"], "2026-11-20", "text",
              "occurred", "remained open to talks"),
            E("Peskov: ceasefire only once Ukrainian troops leave what Moscow calls Russian territory", "REQUEST",
              ["Dmitry Peskov", "Ukraine"], "2026-11-20", "text", "occurred", "remained open to talks"),
        ],
        [
            S("Andrii Sybiha", "Kyiv will not accept a ceasefire requiring withdrawal from Donetsk", "2026-11-21",
              "text", "told the Halifax International"),
            S("Andrii Sybiha", "Russia uses the talks to buy time while striking the power grid every night",
              "2026-11-21", "context", "to buy time"),
            S("Andrii Sybiha", "Canada and the US should speed up interceptor deliveries before winter",
              "2026-11-21", "context", "before winter sets in"),
            S("United States", "Senators press for a vote on sanctions against buyers of Russian oil before Christmas",
              "2026-11-21", "context", "bipartisan group of U.S. senators"),
            S("United States", "Wicker: Putin only understands strength; no lifting of sanctions without a deal "
              "Ukraine accepts", "2026-11-21", "context", "only understands strength"),
            S("Kaja Kallas", "Russian central-bank assets stay frozen until Russia pays for the damage",
              "2026-11-21", "context", "Kaja Kallas"),
            S("Russia", "The forum is a gathering of warmongers", "2026-11-21", "published",
              "gathering of warmongers"),
            S("Dmitry Peskov", "Open to talks, but a ceasefire only once Ukrainian troops leave Russian territory",
              "2026-11-20", "text", "remained open to talks"),
        ],
        ["Ukraine", "Andrii Sybiha", "Russia", "United States", "NATO", "Vladimir Putin", "Marco Rubio",
         "Rustem Umerov", "Kaja Kallas", "European Union", "Kremlin", "Dmitry Peskov"],
        basis="Fiction in a plausible setting: the Halifax International Security Forum of 20-22 November 2026; "
              "the report is from the Saturday.",
    ),
]
