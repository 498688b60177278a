"""English articles of the blind68 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b68en01 (Defense News)
EN01 = """
Ukraine fires US-supplied ATACMS for the first time, hitting two Russian-held airfields

WASHINGTON — Ukraine has used American-made Army Tactical Missile Systems against Russian forces for the first time, striking airfields near the occupied cities of Berdyansk and Luhansk early Tuesday, Ukraine's special operations forces said.
The unit claimed nine helicopters, an air defense launcher and an ammunition depot were destroyed.
President Volodymyr Zelenskyy confirmed the strikes in his nightly video address on Tuesday and thanked President Joe Biden: "Our agreements with President Biden are being implemented. And they are being implemented very accurately."

The Pentagon confirmed on Wednesday that it had quietly provided Kyiv with a small number of the missiles in recent weeks, in a version fitted with cluster munitions and a range of about 165 kilometers, or roughly 100 miles.
Biden approved the transfer in September, shortly after Zelenskyy's visit to the White House, but the decision was kept secret to preserve the element of surprise, a U.S. official told Defense News.
National security adviser Jake Sullivan told reporters the missiles would "make a difference on the battlefield," while stressing that Washington sought to avoid a direct confrontation with Moscow.

Russian President Vladimir Putin, speaking to reporters in Beijing on Wednesday, called the decision to send the missiles "another mistake" by the United States.
The weapons would only "prolong the agony" of Ukraine but would not change the situation on the front line, Putin said, adding that Russia's air defenses would be able to repel them.
He had held talks with Chinese leader Xi Jinping earlier in the day on the sidelines of the Belt and Road Forum.
Kremlin spokesman Dmitry Peskov said the strikes showed that the United States was "increasingly drawn into the conflict."

Kyiv first asked Washington for the missiles in the spring of 2022, but the Biden administration held off for more than a year, citing concerns about escalation and the Army's own stockpiles.
Defense Secretary Lloyd Austin told allies at a meeting of the Ukraine Defense Contact Group in Brussels last Wednesday that the United States would support Ukraine "for as long as it takes."

The White House is expected to send Congress a request for about $106 billion in additional national security funding later this week, including roughly $60 billion for Ukraine.
House Republicans remain divided over further Ukraine aid, and the chamber has been without a speaker since early October.
"""

# ---------------------------------------------------------------- b68en02 (Daily Mail)
EN02 = """
Putin threatens to put missiles within striking range of the West if US deploys long-range weapons in Germany

Vladimir Putin has warned the United States that Russia will station long-range missiles within striking distance of Western capitals if Washington goes ahead with plans to deploy its own weapons in Germany.
Speaking at the Navy Day parade in St Petersburg yesterday, the Russian despot said Moscow would take "mirror measures" and would no longer feel bound by its moratorium on producing and deploying intermediate-range missiles.
He claimed the flight time of the American missiles to targets in Russia, including state and military command posts, would be around ten minutes.
"We will take mirror measures to deploy them, taking into account the actions of the United States, its satellites in Europe and in other regions of the world," Putin said.

Washington and Berlin announced earlier this month that the US would begin "episodic deployments" of Tomahawk cruise missiles, SM-6 missiles and new hypersonic weapons in Germany from 2026.
German Chancellor Olaf Scholz has defended the move as a deterrent that makes war less likely, not more.
The Kremlin warned on July 11 that European capitals would once again become targets for Russian missiles, as they were during the Cold War.

Nato secretary general Jens Stoltenberg, who hands over to former Dutch prime minister Mark Rutte in October, dismissed the threat as "an attempt to intimidate allies" and said Russia had long deployed nuclear-capable missiles in its Kaliningrad exclave.
Ukraine's President Volodymyr Zelensky said last night that Putin's words showed the Kremlin was "only interested in escalation, not in peace."

The parade went ahead despite Ukrainian drone attacks on Russian territory, with Kyiv's military intelligence claiming overnight into Sunday that its drones had hit a strategic bomber at the Olenya air base in the far north.
Russia's defence ministry said it had shot down 75 Ukrainian drones over several regions.

Kremlin spokesman Dmitry Peskov told reporters today that Russia's conditions for peace talks, set out by Putin in June, remained unchanged.
Putin had demanded that Ukraine withdraw its troops from the four regions Moscow claims to have annexed and formally abandon its bid to join Nato before any ceasefire.
Kyiv rejected the terms within hours as an "ultimatum."
"""

# ---------------------------------------------------------------- b68en03 (UK Defence Journal)
EN03 = """
Prime Minister tells coalition military planners at Northwood to build a "robust" force for Ukraine

Military planners from more than 20 countries gathered at Permanent Joint Headquarters in Northwood on Thursday to begin turning political commitments into options for a multinational force that would support Ukraine in the event of a ceasefire.
Prime Minister Sir Keir Starmer addressed the meeting in the morning, telling the chiefs that the work had to be "robust" because "a deal without anything to back it up is a deal that Putin will breach."
The talks are being led by the UK and France, with Chief of the Defence Staff Admiral Sir Tony Radakin hosting his counterparts.

The so-called coalition of the willing took shape at a summit of European leaders hosted by Starmer at Lancaster House on 2 March.
Leaders held a further video call on Saturday, after which the Prime Minister said planning was moving into an "operational phase."
The UK and France have indicated they are prepared to put troops on the ground, while other nations are expected to contribute aircraft, ships, logistics or training.
Defence Secretary John Healey said this week that the force would help secure Ukraine's "skies, seas and borders" rather than act as a buffer on the front line.

The Northwood talks came after Donald Trump and Vladimir Putin spoke by phone on Tuesday for about two and a half hours.
Putin agreed to halt strikes on energy infrastructure for 30 days but refused a full 30-day ceasefire, demanding an end to foreign military aid and intelligence sharing with Kyiv.
Ukraine has since accused Russia of continuing to strike its power grid and rail network.

Moscow has made clear it will not accept European troops in Ukraine.
Russian Foreign Minister Sergey Lavrov said on Wednesday that any deployment of forces from NATO countries would amount to the alliance's "direct involvement" in the war and was "unacceptable."
Kremlin spokesman Dmitry Peskov added today that security guarantees should be discussed "with Russia, not behind its back."

French President Emmanuel Macron will host coalition leaders in Paris next Thursday, with Volodymyr Zelensky expected to attend.
Earlier this month Starmer also announced a £1.6 billion deal for more than 5,000 lightweight multirole missiles for Ukraine, to be built by Thales in Belfast.
"""

# ---------------------------------------------------------------- b68en04 (Military Times)
EN04 = """
Contact group returns to Ramstein, pledges $3.4 billion for Ukraine's air defense

RAMSTEIN AIR BASE, Germany — Ukraine's backers pledged roughly $3.4 billion in new air defense aid Wednesday as the Ukraine Defense Contact Group met at Ramstein for the first time in more than a year.
British Defence Secretary John Healey and German Defense Minister Boris Pistorius, the group's co-chairs, told reporters afterward that the money would buy interceptors to get Ukraine "through the winter."

Defense Secretary Pete Hegseth joined by video from Washington and urged European allies to keep buying American weapons for Kyiv through NATO's Prioritized Ukraine Requirements List, known as PURL.
Hegseth said the U.S. had delivered more than $4 billion worth of equipment under the mechanism since it was launched last summer.
He declined to say whether Washington would approve new Patriot interceptor sales to Ukraine this quarter.

Germany committed $1.2 billion for two more Patriot fire units, to be delivered by the end of March.
Britain pledged 5,000 lightweight multirole missiles, to arrive in the spring.
The Netherlands and Norway said they would fund a further PURL package of Patriot interceptors.

Ukraine's delegation was led by Rustem Umerov, secretary of the National Security and Defense Council, who asked allies for at least 30 more air defense systems.
Russia has launched more than 4,000 drones and 180 missiles at Ukraine's energy grid since the start of the year, Umerov said.
President Volodymyr Zelensky, speaking by video from Kyiv, thanked the donors but warned that "every day of delay costs lives."

Kremlin spokesman Dmitry Peskov said Wednesday that the pledges showed Europe "is not interested in peace" and was pumping weapons into Ukraine while talks were under way.
Foreign Ministry spokeswoman Maria Zakharova warned that any foreign troops or "military hubs" set up in Ukraine would be "legitimate targets" for the Russian military.

The coalition of the willing, led by Britain and France, signed a declaration of intent in Paris on Jan. 6 on a multinational force to be deployed after a ceasefire.
U.S.-brokered talks between Russian and Ukrainian negotiators are due to resume in Abu Dhabi next week.
The contact group will next meet in February, on the sidelines of the NATO defense ministers' meeting in Brussels.
"""

# ---------------------------------------------------------------- b68en05 (The Connexion)
EN05 = """
Macron: France ready to send "several thousand" troops to Ukraine after a ceasefire

President Emmanuel Macron has said France is prepared to deploy "several thousand" soldiers to Ukraine as part of a multinational reassurance force once a ceasefire is in place.
Speaking in a televised interview on TF1 on Sunday evening, Mr Macron said French troops would be based "far from the front line", in Kyiv, Odesa and Lviv, and would train and support Ukrainian forces rather than patrol a buffer zone.
He said a Conseil de défense at the Elysée would examine the plans on Wednesday and that the Assemblée nationale would hold a debate, followed by a vote, in June.

France and Britain lead the so-called coalition of the willing, a group of around 30 countries that signed a declaration of intent in Paris in January on a force to be deployed after the fighting stops.
Prime Minister Keir Starmer, who spoke to Mr Macron by phone on Monday, has said Britain would contribute a comparable number of troops.
German Chancellor Friedrich Merz has ruled out sending German ground troops but has offered Eurofighter jets for air policing and two Patriot air defence systems.

Ukraine's President Volodymyr Zelensky welcomed the announcement, saying on Monday that "European boots on the ground are the strongest guarantee that Russia will not come back".
He also repeated his call for a US "backstop", which Washington has so far not committed to.

Moscow reacted angrily.
Foreign ministry spokeswoman Maria Zakharova said on Monday that any French soldiers on Ukrainian soil would become "legitimate targets", and accused Paris of "preparing for war" with Russia.
Foreign Minister Sergei Lavrov said the plan showed that Europe "does not want peace" and demanded that any settlement rule out the presence of troops from Nato countries.
The Kremlin said separately that talks with Washington on a ceasefire would continue in Geneva later this month.

What does it mean for France?
The armed forces ministry said the deployment would not affect Opération Sentinelle or security for the summer's major events.
France currently has around 2,000 soldiers deployed in Romania and Estonia as part of Nato's eastern flank.
An Ifop poll published on Monday found 52% of respondents opposed to sending troops, with 41% in favour.
"""

# ---------------------------------------------------------------- b68en06 (Chicago Tribune)
EN06 = """
Trump to arm Ukraine through NATO allies, gives Putin 50 days to make a deal

WASHINGTON — President Donald Trump said Monday that the United States would send Patriot air defense systems and other weapons to Ukraine with European NATO allies footing the bill, and he threatened Russia with steep tariffs if it does not agree to end the war within 50 days.
Seated in the Oval Office beside NATO Secretary General Mark Rutte, Trump said weapons worth "billions of dollars" would be bought from the U.S. and "quickly distributed to the battlefield."
If there is no deal by then, "we're going to be doing very severe tariffs," he said, describing secondary tariffs of about 100% on countries that keep buying Russian oil.

Rutte said Germany, Finland, Denmark, Sweden, Norway, the Netherlands, Canada and Britain all wanted to take part, calling the arrangement "really big."
German Defense Minister Boris Pistorius was at the Pentagon on Monday for talks with Defense Secretary Pete Hegseth on the details.
Chancellor Friedrich Merz had offered earlier this month to buy two Patriot systems from the U.S. for Ukraine.

Trump, who for months had sought a rapprochement with Moscow, said he was "very disappointed" in President Vladimir Putin.
"I thought we would have had a deal two months ago," he told reporters.
The announcement marked a sharp turn from early July, when the Pentagon briefly paused some shipments of interceptors to Kyiv, citing its own stockpiles.

Ukrainian President Volodymyr Zelenskyy said he had spoken with Trump after the announcement and thanked him "for his readiness to help protect our people."
Earlier on Monday, Zelenskyy met Trump's special envoy Keith Kellogg in Kyiv to discuss air defense and sanctions.

Kremlin spokesman Dmitry Peskov said Tuesday that Trump's statements were "very serious" and that Moscow needed time to analyze them, but he said the decision to supply more weapons would be taken by Kyiv "as a signal to continue the war."
Foreign Minister Sergey Lavrov, speaking in China, said Russia wanted to understand what lay behind the 50-day deadline and would not accept ultimatums.

In the Senate, Republican Lindsey Graham said Trump's deadline would strengthen his bill to impose tariffs of up to 500% on buyers of Russian energy.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b68en01_atacms_first_strikes_2023_10", "2023-10-18", EN01,
        [
            T("early Tuesday", "TIME", "2023-10-17TMO"),
            T("nightly", "SET", "P1D"),
            T("Tuesday", "DATE", "2023-10-17", 1),
            T("Wednesday", "DATE", "2023-10-18", 0),
            T("recent weeks", "DATE", "PAST_REF"),
            T("September", "DATE", "2023-09"),
            T("Wednesday", "DATE", "2023-10-18", 1),
            T("the day", "DATE", "2023-10-18"),
            T("the spring of 2022", "DATE", "2022-SP"),
            T("more than a year", "DURATION", "P1Y", mod="MORE_THAN"),
            T("last Wednesday", "DATE", "2023-10-11"),
            T("this week", "DATE", "2023-W42"),
            T("early October", "DATE", "2023-10", mod="START"),
        ],
        [
            E("Ukraine strikes Russian-held airfields near Berdyansk and Luhansk with ATACMS for the first time",
              "ASSAULT", ["Ukraine", "Russia"], "2023-10-17TMO", "text", "occurred",
              "Ukraine has used American-made Army Tactical Missile Systems"),
            E("Zelenskyy thanks Biden for implementing their agreements", "SUPPORT", ["Volodymyr Zelensky", "Joe Biden"],
              "2023-10-17", "text", "occurred", "confirmed the strikes in his nightly video address"),
            E("US quietly provides Kyiv with a small number of ATACMS", "AID", ["United States", "Ukraine"], "PAST_REF",
              "vague", "occurred", "The Pentagon confirmed on Wednesday"),
            E("Biden approves the ATACMS transfer", "AGREE", ["Joe Biden", "Ukraine"], "2023-09", "text", "occurred",
              "Biden approved the transfer in September"),
            E("Zelenskyy visits the White House", "CONSULT", ["Volodymyr Zelensky", "Joe Biden"], "2023-09", "context",
              "occurred", "Biden approved the transfer in September", note="21 September 2023"),
            E("Putin calls the decision to send the missiles another US mistake", "ACCUSE",
              ["Vladimir Putin", "United States"], "2023-10-18", "text", "occurred", "speaking to reporters in Beijing"),
            E("Putin: the weapons only prolong Ukraine's agony", "ACCUSE", ["Vladimir Putin", "United States"],
              "2023-10-18", "context", "occurred", "prolong the agony"),
            E("Putin: the missiles will not change the situation on the front line", "REJECT",
              ["Vladimir Putin", "United States"], "2023-10-18", "context", "occurred", "prolong the agony"),
            E("Putin holds talks with Xi Jinping at the Belt and Road Forum", "CONSULT", ["Vladimir Putin", "Xi Jinping"],
              "2023-10-18", "text", "occurred", "He had held talks with Chinese leader Xi Jinping"),
            E("Peskov: the US is increasingly drawn into the conflict", "ACCUSE", ["Dmitry Peskov", "United States"],
              "2023-10-18", "published", "occurred", "Kremlin spokesman Dmitry Peskov said the strikes"),
            E("Kyiv asks Washington for ATACMS", "REQUEST", ["Ukraine", "United States"], "2022-SP", "text", "occurred",
              "Kyiv first asked Washington"),
            E("The Biden administration holds off on ATACMS", "REJECT", ["United States", "Ukraine"], "2022-SP",
              "context", "occurred", "Kyiv first asked Washington", date_mod="START",
              note="refusal lasting more than a year from the first request"),
            E("Austin meets allies at the Ukraine Defense Contact Group in Brussels", "CONSULT",
              ["United States", "Ukraine"], "2023-10-11", "text", "occurred", "Defense Secretary Lloyd Austin told allies"),
            E("Austin: the US will support Ukraine for as long as it takes", "AGREE", ["United States", "Ukraine"],
              "2023-10-11", "context", "occurred", "Defense Secretary Lloyd Austin told allies"),
            E("White House to ask Congress for about 106 billion dollars, including about 60 billion for Ukraine", "AID",
              ["White House", "Ukraine"], "2023-W42", "text", "planned", "The White House is expected to send Congress"),
        ],
        [
            S("Ukraine", "Special operations forces: ATACMS struck airfields near Berdyansk and Luhansk", "2023-10-18",
              "published", "Ukraine has used American-made Army Tactical Missile Systems"),
            S("Ukraine", "Nine helicopters, an air defense launcher and an ammunition depot destroyed", "2023-10-18",
              "published", "The unit claimed nine helicopters"),
            S("Volodymyr Zelensky", "Confirms the strikes: the agreements with Biden are being implemented accurately",
              "2023-10-17", "text", "confirmed the strikes in his nightly video address"),
            S("United States", "Pentagon: a small number of ATACMS with cluster munitions was provided in recent weeks",
              "2023-10-18", "text", "The Pentagon confirmed on Wednesday"),
            S("United States", "Official: Biden approved the transfer in September and kept it secret for surprise",
              "2023-10-18", "published", "Biden approved the transfer in September"),
            S("United States", "Sullivan: the missiles will make a difference; Washington avoids direct confrontation "
              "with Moscow", "2023-10-18", "published", "National security adviser Jake Sullivan"),
            S("Vladimir Putin", "Sending the missiles is another US mistake", "2023-10-18", "text",
              "speaking to reporters in Beijing"),
            S("Vladimir Putin", "The weapons prolong the agony but will not change the front line; air defenses will "
              "repel them", "2023-10-18", "context", "prolong the agony"),
            S("Dmitry Peskov", "The strikes show the US is increasingly drawn into the conflict", "2023-10-18",
              "published", "Kremlin spokesman Dmitry Peskov said the strikes"),
            S("United States", "Austin: the US will support Ukraine for as long as it takes", "2023-10-11", "text",
              "Defense Secretary Lloyd Austin told allies"),
        ],
        ["Ukraine", "Russia", "United States", "Volodymyr Zelensky", "Joe Biden", "White House", "Vladimir Putin",
         "China", "Xi Jinping", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b68en02_putin_mirror_measures_navy_day_2024_07", "2024-07-29", EN02,
        [
            T("yesterday", "DATE", "2024-07-28"),
            T("around ten minutes", "DURATION", "PT10M", mod="APPROX"),
            T("this month", "DATE", "2024-07"),
            T("2026", "DATE", "2026"),
            T("July 11", "DATE", "2024-07-11"),
            T("October", "DATE", "2024-10"),
            T("last night", "TIME", "2024-07-28TNI"),
            T("overnight into Sunday", "TIME", "2024-07-27TNI", note="night of 27 to 28 July 2024"),
            T("today", "DATE", "2024-07-29"),
            T("June", "DATE", "2024-06"),
            T("hours", "DURATION", "PTXH"),
        ],
        [
            E("Putin threatens mirror measures and to end Russia's moratorium on intermediate-range missiles",
              "THREATEN", ["Vladimir Putin", "United States"], "2024-07-28", "text", "occurred",
              "Speaking at the Navy Day parade"),
            E("US and Germany announce US long-range weapons deployments in Germany", "AGREE",
              ["United States", "Germany"], "2024-07", "text", "occurred", "Washington and Berlin announced",
              note="joint statement of 10 July 2024"),
            E("US to begin episodic deployments of long-range weapons in Germany from 2026", "MOBILIZE",
              ["United States", "Germany"], "2026", "text", "planned", "Washington and Berlin announced",
              date_mod="START"),
            E("Scholz defends the deployment as a deterrent", "SUPPORT", ["Olaf Scholz", "United States"], "2024-07-29",
              "published", "occurred", "German Chancellor Olaf Scholz has defended"),
            E("Kremlin warns European capitals would again become targets for Russian missiles", "THREATEN",
              ["Kremlin", "European Union"], "2024-07-11", "text", "occurred", "The Kremlin warned on July 11"),
            E("Stoltenberg dismisses Putin's threat", "REJECT", ["Jens Stoltenberg", "Vladimir Putin"], "2024-07-29",
              "published", "occurred", "dismissed the threat"),
            E("Stoltenberg: an attempt to intimidate allies; Russia has long deployed missiles in Kaliningrad",
              "ACCUSE", ["Jens Stoltenberg", "Russia"], "2024-07-29", "published", "occurred", "dismissed the threat"),
            E("Zelensky: the Kremlin is only interested in escalation", "ACCUSE", ["Volodymyr Zelensky", "Kremlin"],
              "2024-07-28TNI", "text", "occurred", "said last night"),
            E("Ukrainian drones hit a strategic bomber at the Olenya air base", "ASSAULT", ["Ukraine", "Russia"],
              "2024-07-27TNI", "text", "occurred", "overnight into Sunday"),
            E("Peskov: Russia's conditions for peace talks remain unchanged", "REQUEST", ["Dmitry Peskov", "Ukraine"],
              "2024-07-29", "text", "occurred", "Kremlin spokesman Dmitry Peskov told reporters today"),
            E("Putin demands Ukraine withdraw from four regions and drop its NATO bid before a ceasefire", "REQUEST",
              ["Vladimir Putin", "Ukraine"], "2024-06", "context", "occurred", "Putin had demanded",
              note="14 June 2024"),
            E("Kyiv rejects Putin's terms as an ultimatum", "REJECT", ["Ukraine", "Vladimir Putin"], "2024-06",
              "context", "occurred", "Kyiv rejected the terms"),
        ],
        [
            S("Vladimir Putin", "Russia will take mirror measures and no longer feel bound by its moratorium",
              "2024-07-28", "text", "Speaking at the Navy Day parade"),
            S("Vladimir Putin", "The flight time of US missiles to Russian command posts would be about ten minutes",
              "2024-07-28", "context", "He claimed the flight time"),
            S("Vladimir Putin", "We will take mirror measures, taking into account the actions of the US and its "
              "satellites", "2024-07-28", "context", "We will take mirror measures"),
            S("Joint statement: United States, Germany", "The US will begin episodic deployments of long-range "
              "weapons in Germany from 2026", "2024-07", "text", "Washington and Berlin announced"),
            S("Olaf Scholz", "The deployment is a deterrent that makes war less likely", "2024-07-29", "published",
              "German Chancellor Olaf Scholz has defended"),
            S("Kremlin", "European capitals would again become targets for Russian missiles", "2024-07-11", "text",
              "The Kremlin warned on July 11"),
            S("Jens Stoltenberg", "An attempt to intimidate allies; Russia has long deployed nuclear-capable missiles "
              "in Kaliningrad", "2024-07-29", "published", "dismissed the threat"),
            S("Volodymyr Zelensky", "The Kremlin is only interested in escalation, not peace", "2024-07-28TNI", "text",
              "said last night"),
            S("Ukraine", "Military intelligence: drones hit a strategic bomber at Olenya", "2024-07-29", "published",
              "overnight into Sunday"),
            S("Russia", "Defence ministry: 75 Ukrainian drones shot down", "2024-07-29", "published",
              "Russia's defence ministry said"),
            S("Dmitry Peskov", "Russia's conditions for peace talks remain unchanged", "2024-07-29", "text",
              "Kremlin spokesman Dmitry Peskov told reporters today"),
            S("Ukraine", "Putin's terms are an ultimatum", "2024-06", "context", "Kyiv rejected the terms"),
        ],
        ["Vladimir Putin", "United States", "Germany", "Russia", "European Union", "Olaf Scholz", "Kremlin", "NATO",
         "Jens Stoltenberg", "Mark Rutte", "Ukraine", "Volodymyr Zelensky", "Dmitry Peskov"],
    ),
    doc(
        "b68en03_northwood_coalition_planners_2025_03", "2025-03-20", EN03,
        [
            T("Thursday", "DATE", "2025-03-20", 0),
            T("the morning", "TIME", "2025-03-20TMO"),
            T("2 March", "DATE", "2025-03-02"),
            T("Saturday", "DATE", "2025-03-15"),
            T("this week", "DATE", "2025-W12"),
            T("Tuesday", "DATE", "2025-03-18"),
            T("about two and a half hours", "DURATION", "PT2H30M", mod="APPROX"),
            T("30 days", "DURATION", "P30D"),
            T("30-day", "DURATION", "P30D"),
            T("Wednesday", "DATE", "2025-03-19"),
            T("today", "DATE", "2025-03-20"),
            T("next Thursday", "DATE", "2025-03-27"),
            T("this month", "DATE", "2025-03"),
        ],
        [
            E("Coalition military planners from more than 20 countries meet at Northwood", "CONSULT",
              ["United Kingdom", "France"], "2025-03-20", "text", "occurred", "Military planners from more than 20"),
            E("Starmer: a deal without backing is a deal Putin will breach", "ACCUSE", ["Keir Starmer", "Vladimir Putin"],
              "2025-03-20TMO", "text", "occurred", "addressed the meeting in the morning"),
            E("Summit of European leaders hosted by Starmer at Lancaster House", "CONSULT",
              ["Keir Starmer", "European Union"], "2025-03-02", "text", "occurred", "took shape at a summit"),
            E("Coalition leaders hold a video call", "CONSULT", ["Keir Starmer"], "2025-03-15", "text", "occurred",
              "Leaders held a further video call on Saturday"),
            E("UK and France prepared to put troops on the ground in Ukraine", "MOBILIZE",
              ["United Kingdom", "France", "Ukraine"], "2025-03-20", "published", "planned",
              "prepared to put troops on the ground", note="after a ceasefire; no date"),
            E("Trump and Putin speak by phone", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-03-18", "text",
              "occurred", "spoke by phone on Tuesday"),
            E("Putin agrees to halt strikes on energy infrastructure for 30 days", "AGREE",
              ["Vladimir Putin", "Donald Trump"], "2025-03-18", "context", "occurred", "Putin agreed to halt strikes"),
            E("Putin refuses a full 30-day ceasefire", "REJECT", ["Vladimir Putin", "Donald Trump"], "2025-03-18",
              "context", "occurred", "Putin agreed to halt strikes"),
            E("Putin demands an end to foreign military aid and intelligence sharing with Kyiv", "REQUEST",
              ["Vladimir Putin", "Donald Trump"], "2025-03-18", "context", "occurred", "Putin agreed to halt strikes"),
            E("Ukraine accuses Russia of continuing to strike its power grid and railways", "ACCUSE",
              ["Ukraine", "Russia"], "2025-03-20", "published", "occurred", "Ukraine has since accused Russia"),
            E("Lavrov: troops from NATO countries in Ukraine are unacceptable", "REJECT", ["Sergey Lavrov", "NATO"],
              "2025-03-19", "text", "occurred", "Russian Foreign Minister Sergey Lavrov said on Wednesday"),
            E("Peskov: guarantees must be discussed with Russia", "REQUEST", ["Dmitry Peskov"], "2025-03-20", "text",
              "occurred", "Kremlin spokesman Dmitry Peskov added today"),
            E("Macron to host coalition leaders in Paris, Zelensky expected", "CONSULT",
              ["Emmanuel Macron", "Volodymyr Zelensky"], "2025-03-27", "text", "planned",
              "will host coalition leaders in Paris"),
            E("Starmer announces a 1.6 billion pound deal for more than 5,000 missiles for Ukraine", "AID",
              ["Keir Starmer", "Ukraine"], "2025-03", "text", "occurred", "Earlier this month Starmer also announced",
              note="announced on 2 March 2025"),
        ],
        [
            S("Keir Starmer", "The work must be robust: a deal without backing is a deal Putin will breach",
              "2025-03-20TMO", "text", "addressed the meeting in the morning"),
            S("Keir Starmer", "Planning is moving into an operational phase", "2025-03-15", "context",
              "Leaders held a further video call on Saturday"),
            S("United Kingdom", "Healey: the force will help secure Ukraine's skies, seas and borders, not act as a "
              "buffer", "2025-W12", "text", "Defence Secretary John Healey said this week"),
            S("Ukraine", "Russia continues to strike the power grid and rail network", "2025-03-20", "published",
              "Ukraine has since accused Russia"),
            S("Russia", "Moscow will not accept European troops in Ukraine", "2025-03-20", "published",
              "Moscow has made clear"),
            S("Sergey Lavrov", "Forces from NATO countries would mean the alliance's direct involvement and are "
              "unacceptable", "2025-03-19", "text", "Russian Foreign Minister Sergey Lavrov said on Wednesday"),
            S("Dmitry Peskov", "Security guarantees should be discussed with Russia, not behind its back", "2025-03-20",
              "text", "Kremlin spokesman Dmitry Peskov added today"),
        ],
        ["Keir Starmer", "Vladimir Putin", "United Kingdom", "France", "European Union", "Donald Trump", "Ukraine",
         "Russia", "Sergey Lavrov", "NATO", "Kremlin", "Dmitry Peskov", "Emmanuel Macron", "Volodymyr Zelensky"],
    ),
    doc(
        "b68en04_ramstein_contact_group_returns_2026_01", "2026-01-22", EN04,
        [
            T("Wednesday", "DATE", "2026-01-21", 0),
            T("more than a year", "DURATION", "P1Y", mod="MORE_THAN"),
            T("the winter", "DATE", "2025-WI", note="winter 2025/26"),
            T("last summer", "DATE", "2025-SU"),
            T("this quarter", "DATE", "2026-Q1"),
            T("the end of March", "DATE", "2026-03", mod="END"),
            T("the spring", "DATE", "2026-SP"),
            T("the start of the year", "DATE", "2026", mod="START"),
            T("every day", "SET", "P1D"),
            T("Wednesday", "DATE", "2026-01-21", 1),
            T("Jan. 6", "DATE", "2026-01-06"),
            T("next week", "DATE", "2026-W05"),
            T("February", "DATE", "2026-02"),
        ],
        [
            E("Ukraine Defense Contact Group meets at Ramstein", "CONSULT",
              ["United Kingdom", "Germany", "United States", "Ukraine"], "2026-01-21", "text", "occurred",
              "pledged roughly $3.4 billion"),
            E("Hegseth urges European allies to keep buying US weapons for Kyiv through PURL", "REQUEST",
              ["United States", "European Union", "NATO"], "2026-01-21", "context", "occurred",
              "Defense Secretary Pete Hegseth joined by video"),
            E("US has delivered more than 4 billion dollars of equipment under PURL since last summer", "AID",
              ["United States", "Ukraine", "NATO"], "2025-SU", "text", "occurred", "since it was launched last summer",
              date_mod="START"),
            E("No word on new Patriot interceptor sales to Ukraine this quarter", "AID", ["United States", "Ukraine"],
              "2026-Q1", "text", "uncertain", "He declined to say"),
            E("Germany commits 1.2 billion dollars for two Patriot fire units by the end of March", "AID",
              ["Germany", "Ukraine"], "2026-03", "text", "planned", "Germany committed", date_mod="END"),
            E("Britain pledges 5,000 lightweight multirole missiles for the spring", "AID", ["United Kingdom", "Ukraine"],
              "2026-SP", "text", "planned", "Britain pledged 5,000"),
            E("Netherlands and Norway to fund a further PURL package of Patriot interceptors", "AID",
              ["Ukraine", "NATO"], "2026-01-21", "context", "planned", "The Netherlands and Norway"),
            E("Umerov asks allies for at least 30 more air-defence systems", "REQUEST", ["Rustem Umerov"], "2026-01-21",
              "context", "occurred", "Ukraine's delegation was led by Rustem Umerov"),
            E("Russia has fired more than 4,000 drones and 180 missiles at Ukraine's grid since the start of the year",
              "ASSAULT", ["Russia", "Ukraine"], "2026", "text", "occurred", "since the start of the year",
              date_mod="START"),
            E("Zelensky thanks the donors", "SUPPORT", ["Volodymyr Zelensky"], "2026-01-21", "context", "occurred",
              "thanked the donors"),
            E("Peskov: Europe is not interested in peace and pumps weapons into Ukraine", "ACCUSE",
              ["Dmitry Peskov", "European Union"], "2026-01-21", "text", "occurred",
              "Kremlin spokesman Dmitry Peskov said Wednesday"),
            E("Zakharova: foreign troops or military hubs in Ukraine would be legitimate targets", "THREATEN",
              ["Maria Zakharova", "NATO"], "2026-01-22", "published", "occurred", "Maria Zakharova warned"),
            E("Coalition of the willing signs a declaration of intent in Paris", "AGREE", ["United Kingdom", "France"],
              "2026-01-06", "text", "occurred", "signed a declaration of intent in Paris"),
            E("Multinational force to be deployed after a ceasefire", "COOPERATE", ["United Kingdom", "France", "Ukraine"],
              "2026-01-22", "published", "planned", "signed a declaration of intent in Paris",
              note="after a ceasefire; no date"),
            E("US-brokered Russia–Ukraine talks to resume in Abu Dhabi", "CONSULT", ["Russia", "Ukraine", "United States"],
              "2026-W05", "text", "planned", "are due to resume in Abu Dhabi"),
            E("Next contact-group meeting in Brussels", "CONSULT", ["United Kingdom", "Germany", "Ukraine"], "2026-02",
              "text", "planned", "The contact group will next meet"),
            E("NATO defence ministers to meet in Brussels", "CONSULT", ["NATO"], "2026-02", "text", "planned",
              "The contact group will next meet"),
        ],
        [
            S("Joint statement: United Kingdom, Germany", "Healey and Pistorius: the money will buy interceptors to get "
              "Ukraine through the winter", "2026-01-21", "context", "the group's co-chairs"),
            S("United States", "Hegseth urges European allies to keep buying US weapons for Kyiv through PURL",
              "2026-01-21", "context", "Defense Secretary Pete Hegseth joined by video"),
            S("United States", "Hegseth: more than 4 billion dollars delivered under PURL since last summer",
              "2026-01-21", "context", "since it was launched last summer"),
            S("United States", "Hegseth declines to say whether new Patriot sales will be approved this quarter",
              "2026-01-21", "context", "He declined to say"),
            S("Rustem Umerov", "Asks for at least 30 more air-defence systems", "2026-01-21", "context",
              "Ukraine's delegation was led by Rustem Umerov"),
            S("Rustem Umerov", "Russia has launched more than 4,000 drones and 180 missiles at the grid this year",
              "2026-01-21", "context", "since the start of the year"),
            S("Volodymyr Zelensky", "Thanks the donors; every day of delay costs lives", "2026-01-21", "context",
              "thanked the donors"),
            S("Dmitry Peskov", "The pledges show Europe is not interested in peace", "2026-01-21", "text",
              "Kremlin spokesman Dmitry Peskov said Wednesday"),
            S("Maria Zakharova", "Foreign troops or military hubs in Ukraine would be legitimate targets", "2026-01-22",
              "published", "Maria Zakharova warned"),
        ],
        ["Ukraine", "United Kingdom", "Germany", "United States", "NATO", "European Union", "Rustem Umerov", "Russia",
         "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "France"],
    ),
    doc(
        "b68en05_macron_troops_after_ceasefire_2026_05", "2026-05-12", EN05,
        [
            T("Sunday evening", "TIME", "2026-05-10TEV"),
            T("Wednesday", "DATE", "2026-05-13"),
            T("June", "DATE", "2026-06"),
            T("January", "DATE", "2026-01"),
            T("Monday", "DATE", "2026-05-11", 0),
            T("Monday", "DATE", "2026-05-11", 1),
            T("Monday", "DATE", "2026-05-11", 2),
            T("this month", "DATE", "2026-05"),
            T("the summer", "DATE", "2026-SU"),
            T("currently", "DATE", "PRESENT_REF"),
            T("Monday", "DATE", "2026-05-11", 3),
        ],
        [
            E("Macron: France ready to deploy several thousand troops to Ukraine after a ceasefire", "MOBILIZE",
              ["Emmanuel Macron", "France", "Ukraine"], "2026-05-12", "published", "planned",
              "Speaking in a televised interview on TF1", note="once a ceasefire is in place; no date"),
            E("France and Britain's coalition signs a declaration of intent in Paris", "AGREE",
              ["France", "United Kingdom"], "2026-01", "text", "occurred", "France and Britain lead"),
            E("Multinational force to be deployed after the fighting stops", "COOPERATE",
              ["France", "United Kingdom", "Ukraine"], "2026-05-12", "published", "planned", "France and Britain lead",
              note="after a ceasefire; no date"),
            E("Starmer and Macron speak by phone", "CONSULT", ["Keir Starmer", "Emmanuel Macron"], "2026-05-11", "text",
              "occurred", "who spoke to Mr Macron by phone on Monday"),
            E("Starmer: Britain would contribute a comparable number of troops", "MOBILIZE",
              ["Keir Starmer", "United Kingdom", "Ukraine"], "2026-05-12", "published", "planned",
              "who spoke to Mr Macron by phone on Monday", note="after a ceasefire; no date"),
            E("Merz rules out German ground troops", "REJECT", ["Friedrich Merz", "Ukraine"], "2026-05-12",
              "published", "occurred", "has ruled out sending German ground troops"),
            E("Merz offers Eurofighters for air policing and two Patriot systems", "AID",
              ["Friedrich Merz", "Germany", "Ukraine"], "2026-05-12", "published", "planned",
              "has ruled out sending German ground troops"),
            E("Zelensky welcomes Macron's announcement", "SUPPORT", ["Volodymyr Zelensky", "Emmanuel Macron"],
              "2026-05-11", "text", "occurred", "welcomed the announcement"),
            E("Zelensky repeats his call for a US backstop", "REQUEST", ["Volodymyr Zelensky", "United States"],
              "2026-05-11", "context", "occurred", "He also repeated his call"),
            E("Zakharova: French soldiers in Ukraine would be legitimate targets", "THREATEN",
              ["Maria Zakharova", "France"], "2026-05-11", "text", "occurred", "Maria Zakharova said on Monday"),
            E("Zakharova accuses Paris of preparing for war with Russia", "ACCUSE", ["Maria Zakharova", "France"],
              "2026-05-11", "text", "occurred", "Maria Zakharova said on Monday"),
            E("Lavrov: the plan shows Europe does not want peace", "ACCUSE", ["Sergey Lavrov", "European Union"],
              "2026-05-12", "published", "occurred", "Foreign Minister Sergei Lavrov said"),
            E("Lavrov demands a settlement ruling out troops from NATO countries", "REQUEST", ["Sergey Lavrov", "NATO"],
              "2026-05-12", "published", "occurred", "Foreign Minister Sergei Lavrov said"),
            E("Russia–US ceasefire talks to continue in Geneva", "CONSULT", ["Russia", "United States"], "2026-05", "text",
              "planned", "The Kremlin said separately"),
        ],
        [
            S("Emmanuel Macron", "France is ready to send several thousand troops, based far from the front line, to "
              "train and support Ukrainian forces", "2026-05-10TEV", "text", "Speaking in a televised interview on TF1"),
            S("Emmanuel Macron", "A defence council will examine the plans on Wednesday; parliament will debate and vote "
              "in June", "2026-05-10TEV", "context", "would examine the plans on Wednesday"),
            S("Keir Starmer", "Britain would contribute a comparable number of troops", "2026-05-12", "published",
              "who spoke to Mr Macron by phone on Monday"),
            S("Friedrich Merz", "No German ground troops, but Eurofighters for air policing and two Patriot systems",
              "2026-05-12", "published", "has ruled out sending German ground troops"),
            S("Volodymyr Zelensky", "European boots on the ground are the strongest guarantee that Russia will not come "
              "back", "2026-05-11", "text", "welcomed the announcement"),
            S("Volodymyr Zelensky", "Repeats his call for a US backstop", "2026-05-11", "context",
              "He also repeated his call"),
            S("Russia", "Moscow reacts angrily", "2026-05-12", "published", "Moscow reacted angrily."),
            S("Maria Zakharova", "French soldiers in Ukraine would be legitimate targets; Paris is preparing for war "
              "with Russia", "2026-05-11", "text", "Maria Zakharova said on Monday"),
            S("Sergey Lavrov", "Europe does not want peace; any settlement must rule out troops from NATO countries",
              "2026-05-12", "published", "Foreign Minister Sergei Lavrov said"),
            S("Kremlin", "Ceasefire talks with Washington will continue in Geneva later this month", "2026-05-12",
              "published", "The Kremlin said separately"),
            S("France", "Armed forces ministry: the deployment will not affect Opération Sentinelle or summer events",
              "2026-05-12", "published", "The armed forces ministry said"),
        ],
        ["Emmanuel Macron", "France", "Ukraine", "United Kingdom", "Keir Starmer", "Friedrich Merz", "Germany",
         "Volodymyr Zelensky", "Russia", "United States", "Maria Zakharova", "Sergey Lavrov", "European Union", "NATO",
         "Kremlin"],
    ),
    doc(
        "b68en06_trump_rutte_patriots_50_days_2025_07", "2025-07-15", EN06,
        [
            T("50 days", "DURATION", "P50D", 0),
            T("Monday", "DATE", "2025-07-14", 0),
            T("50 days", "DURATION", "P50D", 1),
            T("Monday", "DATE", "2025-07-14", 1),
            T("this month", "DATE", "2025-07"),
            T("months", "DURATION", "PXM"),
            T("two months ago", "DATE", "2025-05", note="in Trump's words of 14 July 2025"),
            T("early July", "DATE", "2025-07", mod="START"),
            T("Monday", "DATE", "2025-07-14", 2),
            T("Tuesday", "DATE", "2025-07-15"),
            T("50-day", "DURATION", "P50D"),
        ],
        [
            E("Trump meets Rutte in the Oval Office", "CONSULT", ["Donald Trump", "Mark Rutte"], "2025-07-14", "context",
              "occurred", "Seated in the Oval Office"),
            E("Trump: US weapons worth billions, paid by NATO allies, to be sent quickly to Ukraine", "AID",
              ["Donald Trump", "NATO", "Ukraine"], "2025-07-14", "context", "planned", "Seated in the Oval Office"),
            E("Trump threatens very severe secondary tariffs if there is no deal within 50 days", "THREATEN",
              ["Donald Trump", "Russia"], "2025-07-14", "context", "occurred", "we're going to be doing very severe tariffs",
              note="deadline about 2 September 2025"),
            E("Germany, Britain and other allies want to take part in buying the weapons", "AID",
              ["Germany", "United Kingdom", "Ukraine"], "2025-07-14", "context", "planned", "Rutte said Germany"),
            E("Rutte praises the arrangement as really big", "SUPPORT", ["Mark Rutte", "Donald Trump"], "2025-07-14",
              "context", "occurred", "Rutte said Germany"),
            E("Pistorius and Hegseth discuss the details at the Pentagon", "CONSULT", ["Germany", "United States"],
              "2025-07-14", "text", "occurred", "German Defense Minister Boris Pistorius"),
            E("Merz offers to buy two Patriot systems from the US for Ukraine", "REQUEST",
              ["Friedrich Merz", "United States"], "2025-07", "text", "occurred", "Chancellor Friedrich Merz had offered"),
            E("Trump says he is very disappointed in Putin", "ACCUSE", ["Donald Trump", "Vladimir Putin"], "2025-07-14",
              "context", "occurred", "very disappointed"),
            E("Pentagon briefly pauses some interceptor shipments to Kyiv", "SANCTION", ["United States", "Ukraine"],
              "2025-07", "text", "occurred", "The announcement marked a sharp turn", date_mod="START"),
            E("Zelenskyy speaks with Trump after the announcement", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"],
              "2025-07-14", "context", "occurred", "said he had spoken with Trump"),
            E("Zelenskyy thanks Trump for his readiness to help", "SUPPORT", ["Volodymyr Zelensky", "Donald Trump"],
              "2025-07-14", "context", "occurred", "said he had spoken with Trump"),
            E("Zelenskyy meets Kellogg in Kyiv", "CONSULT", ["Volodymyr Zelensky", "Keith Kellogg"], "2025-07-14", "text",
              "occurred", "Earlier on Monday"),
            E("Peskov: Kyiv will take the weapons as a signal to continue the war", "ACCUSE",
              ["Dmitry Peskov", "United States"], "2025-07-15", "text", "occurred",
              "Kremlin spokesman Dmitry Peskov said Tuesday"),
            E("Lavrov: Russia will not accept ultimatums", "REJECT", ["Sergey Lavrov", "Donald Trump"], "2025-07-15",
              "published", "occurred", "Foreign Minister Sergey Lavrov, speaking in China"),
        ],
        [
            S("Donald Trump", "The US will send Patriots and other weapons paid for by European allies; tariffs on "
              "Russia without a deal in 50 days", "2025-07-14", "text", "President Donald Trump said Monday"),
            S("Donald Trump", "Weapons worth billions will be bought from the US and quickly distributed",
              "2025-07-14", "context", "Seated in the Oval Office"),
            S("Donald Trump", "Without a deal there will be very severe tariffs", "2025-07-14", "context",
              "we're going to be doing very severe tariffs"),
            S("Mark Rutte", "Germany, Britain and other allies want to take part; the arrangement is really big",
              "2025-07-14", "context", "Rutte said Germany"),
            S("Donald Trump", "Very disappointed in Putin", "2025-07-14", "context", "very disappointed"),
            S("Donald Trump", "I thought we would have had a deal two months ago", "2025-07-14", "context",
              "I thought we would have had a deal"),
            S("Volodymyr Zelensky", "Thanks Trump for his readiness to help protect Ukrainians", "2025-07-14",
              "context", "said he had spoken with Trump"),
            S("Dmitry Peskov", "Trump's statements are very serious and need analysis; Kyiv will take the weapons as "
              "a signal to continue the war", "2025-07-15", "text", "Kremlin spokesman Dmitry Peskov said Tuesday"),
            S("Sergey Lavrov", "Russia wants to understand the 50-day deadline and will not accept ultimatums",
              "2025-07-15", "published", "Foreign Minister Sergey Lavrov, speaking in China"),
            S("United States", "Graham: the deadline strengthens his sanctions bill", "2025-07-15", "published",
              "In the Senate, Republican Lindsey Graham"),
        ],
        ["Donald Trump", "United States", "NATO", "Ukraine", "Russia", "Mark Rutte", "Germany", "United Kingdom",
         "Friedrich Merz", "Vladimir Putin", "Volodymyr Zelensky", "Keith Kellogg", "Kremlin", "Dmitry Peskov",
         "Sergey Lavrov"],
    ),
]
