"""English articles of the blind36 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b36en01 (Daily Monitor, Kampala)
EN01 = """
Lavrov in Entebbe: Russia courts Uganda as West piles on pressure

ENTEBBE - Russia's Foreign Minister Sergey Lavrov yesterday held talks with President Museveni at State House Entebbe, the third stop of an African tour that Moscow hopes will counter Western efforts to isolate it over the war in Ukraine.
Mr Lavrov, who arrived from Brazzaville on Monday evening, delivered a message from President Vladimir Putin and an invitation to the second Russia-Africa summit, which Moscow plans to host next year.
Speaking at a joint press conference, Mr Lavrov blamed sanctions imposed by the United States and the European Union for the rise in global food and fertiliser prices.
"We are not running away from our obligations on food and energy," he said, insisting that Russia would honour the grain agreement signed in Istanbul on Friday.

President Museveni said Uganda would not take sides in what he described as a conflict between Russia and the West.
"How can we be against somebody who has never harmed us?" he asked, adding that Moscow had stood with Africa's liberation movements for nearly a century.

The grain deal, brokered by Turkey and the United Nations, is meant to reopen Ukraine's Black Sea ports, but doubts grew when Russian missiles struck the port of Odesa less than 24 hours after the signing.
Kyiv's foreign ministry accused Mr Lavrov of "spreading lies" in Africa and said Russia's blockade of Ukrainian ports, not sanctions, had caused the food crisis.
Ukraine's Foreign Minister Dmytro Kuleba said he would travel to Africa himself in the coming months to "tell the truth about Russia's war".

France's President Emmanuel Macron, who is on a tour of Cameroon, Benin and Guinea-Bissau, said in Yaounde on Tuesday that Russia was "one of the last imperial colonial powers" and was using food and energy as weapons.
Washington has sent its special envoy for the Horn of Africa, Mike Hammer, to Egypt and Ethiopia this week to counter what a State Department spokesperson called Russian "disinformation" about the causes of the food crisis.

Mr Lavrov began his tour in Cairo on Sunday, where he met President Abdel Fattah al-Sisi and addressed the Arab League.
He travels to Addis Ababa today for talks with Ethiopian officials and at the African Union headquarters.

Uganda abstained in the UN General Assembly vote in March that demanded Russia's withdrawal from Ukraine.
Government officials here say the country cannot afford to pick a fight with either side, as wheat prices in Kampala have nearly doubled since February and fertiliser shipments from Russia have slowed.
Opposition MPs criticised the red-carpet reception, saying it sent the wrong signal while Ukrainian cities were being bombarded.
"""

# ---------------------------------------------------------------- b36en02 (CTV News)
EN02 = """
Zelenskyy wraps up Canada visit with $650M pledge, trade deal and a plea to 'keep going'

OTTAWA — Ukrainian President Volodymyr Zelenskyy left Canada on Friday evening after a whirlwind visit that brought a new military aid commitment from Ottawa and a modernized free trade agreement between the two countries.
Prime Minister Justin Trudeau announced $650 million over three years to supply Ukraine with 50 armoured vehicles built in London, Ont., along with training for Ukrainian pilots.
"Ukraine can count on Canada for as long as it takes," Trudeau said at a joint news conference on Parliament Hill.
The two leaders also signed the updated Canada-Ukraine Free Trade Agreement, which expands the 2017 deal to services, investment and digital trade.

In a 25-minute address to Parliament, Zelenskyy thanked Canadians for their support and urged allies not to let their attention drift as Ukraine's counteroffensive grinds on.
"Russia must lose this war once and for all, so that no one in the world is tempted again," he said, calling on Canada to help with more air defence before winter.
Conservative Leader Pierre Poilievre and the other party leaders pledged continued support in the House.

The Ottawa stop followed a day in Washington, where President Joe Biden received Zelenskyy at the White House on Thursday and announced a US$325-million package that includes additional air defence and artillery ammunition.
Biden held off on providing the long-range ATACMS missiles Kyiv has sought for months, though U.S. officials said they had not been ruled out.
On Wednesday, Zelenskyy told the United Nations Security Council in New York that Russia should be stripped of its veto power, as Russian Foreign Minister Sergey Lavrov looked on from across the chamber.

In Moscow, Kremlin spokesperson Dmitry Peskov said the new U.S. and Canadian pledges would "not change the course of the special military operation" and would only prolong the conflict.
The Russian Embassy in Ottawa accused the Canadian government of "pouring fuel on the fire" and warned that Canadian armoured vehicles would become "legitimate targets".

Zelenskyy's trip comes amid a rift with Poland, one of Kyiv's closest allies, after Polish Prime Minister Mateusz Morawiecki said on Wednesday that Warsaw was "no longer transferring weapons" to Ukraine amid a dispute over grain imports.
Polish officials later said deliveries already agreed would continue.

Before flying out, Zelenskyy joined Trudeau at an event with members of the Ukrainian-Canadian community in Toronto, home to one of the largest Ukrainian diasporas in the world.
Canada has committed more than $9 billion in assistance to Ukraine since February 2022, including $2.4 billion in military aid, according to the federal government.
Trudeau said Canada would also help lead a coalition to train Ukrainian F-16 pilots, a commitment first made at the NATO summit in Vilnius in July.
"""

# ---------------------------------------------------------------- b36en03 (Suspilne News)
EN03 = """
Rutte in Kyiv on third day in office: 'Ukraine is closer to NATO than ever'

NATO Secretary General Mark Rutte arrived in Kyiv on Thursday, his first trip since taking office two days ago, and held talks with President Volodymyr Zelensky.
"I'm here to make clear that NATO stands with Ukraine, and Ukraine is closer to NATO than ever before," Rutte said at a joint press conference.
He called support for Ukraine his "top priority" and said the path to membership agreed at the Washington summit in July was "irreversible".

Zelensky presented Rutte with details of his "victory plan", which he showed to US President Joe Biden in Washington last week, and said Ukraine expected a clear invitation to join the alliance.
He also urged partners to lift restrictions on the use of Western long-range weapons against military targets inside Russia and to speed up deliveries of air defence systems before winter.
Rutte said decisions on long-range strikes were for individual allies to take, but added that Ukraine had the right under international law to defend itself.

Foreign Minister Andrii Sybiha, who also met Rutte, said Kyiv was counting on the new NATO command in Wiesbaden, which began coordinating arms deliveries and training last month, to make Western support "more predictable".
At the Washington summit, allies pledged a minimum of 40 billion euros in military aid for Ukraine within the next year.

Zelensky is due to present the plan in full to allied leaders at a meeting of the Ukraine Defense Contact Group at Ramstein Air Base in Germany on October 12, to be chaired by Biden.
Rutte said he would attend.

In Moscow, Kremlin spokesman Dmitry Peskov said Rutte's remarks showed that NATO "remains a tool of confrontation" and was "de facto involved in the conflict".
Overnight, Russia attacked Ukraine with 105 drones and four missiles, the Air Force reported; debris damaged houses in Kyiv region.
On Wednesday, Ukraine's military confirmed that its troops had withdrawn from the eastern town of Vuhledar to avoid encirclement after more than two years of defending it.

Rutte, a former Dutch prime minister, visited Kyiv several times in that role and was among the first leaders to back sending F-16 fighter jets to Ukraine.
He succeeded Jens Stoltenberg, who led NATO for ten years and made his last visit to Kyiv as secretary general in April.
"""

# ---------------------------------------------------------------- b36en04 (Hurriyet Daily News)
EN04 = """
Trump urges Erdoğan to halt Russian oil purchases as leaders meet at White House

WASHINGTON - U.S. President Donald Trump has urged Türkiye to stop buying Russian oil, saying at a meeting with President Recep Tayyip Erdoğan at the White House on Sept. 25 that the best thing Ankara could do was to cut its energy purchases from Moscow "while Russia continues this rampage against Ukraine."
"I think he'd be very influential if he wanted to be," Trump said of Erdoğan's potential role in ending the war, describing the Turkish leader as someone both Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky respect.

Erdoğan, on his first visit to the White House in six years, said Türkiye was ready to host further talks between Moscow and Kyiv.
"We will continue our efforts for a just and lasting peace, and Istanbul is ready," Erdoğan told reporters in the Oval Office.
Türkiye hosted three rounds of direct Russia-Ukraine talks in Istanbul between May and July, which produced the largest prisoner exchanges of the war but no ceasefire.

Trump's remarks came two days after he met Zelensky on the sidelines of the U.N. General Assembly in New York and then declared on social media that Ukraine, with European support, could win back all of its territory.
In the same post, Trump called Russia a "paper tiger", a characterization the Kremlin rejected.
"Russia is not a tiger, it is more associated with a bear," Kremlin spokesman Dmitry Peskov told Russian radio on Sept. 24, adding that Moscow had no alternative to continuing its military operation.

Erdoğan also met Zelensky in New York on Sept. 23 and, according to the Communications Directorate, reiterated Ankara's support for Ukraine's territorial integrity.
Zelensky said he had asked Erdoğan to use his contacts with Moscow to help secure the release of Crimean Tatar prisoners held by Russia.

Türkiye is among the largest buyers of Russian crude and oil products, along with China and India, and imports a substantial share of its natural gas from Russia via the TurkStream and Blue Stream pipelines.
Energy Minister Alparslan Bayraktar said last week that Türkiye was diversifying its supplies, including through long-term liquefied natural gas deals with U.S. companies.
Trump also said he believed Ankara would be able to buy F-35 fighter jets "very quickly" if the two sides reached an agreement, after Türkiye was removed from the program in 2019 over its purchase of Russian S-400 air defense systems.

The leaders also discussed the war in Gaza, where Erdoğan has been one of the fiercest critics of Israel.
Erdoğan invited Trump to visit Türkiye, and the two leaders agreed that their foreign ministers, Hakan Fidan and Marco Rubio, would remain in close contact on Ukraine.
A NATO summit will be held in Ankara in July next year.
"""

# ---------------------------------------------------------------- b36en05 (Radio Sweden)
EN05 = """
Sweden and Ukraine sign letter of intent on up to 150 Gripen jets

Prime Minister Ulf Kristersson and Ukrainian President Volodymyr Zelensky on Wednesday signed a letter of intent in Linköping that could see Ukraine buy between 100 and 150 Gripen E fighter jets from Saab.
The signing took place at Saab's plant after the two leaders watched a flight display, on Zelensky's second visit to Sweden since Russia's full-scale invasion.
Kristersson said the first aircraft could be delivered within three years, but stressed that financing and a final contract still had to be worked out.
"This is the beginning of a very long-term relationship," he told reporters.

Zelensky said Ukraine hoped to receive the first Gripens as early as next year, possibly from Sweden's existing fleet of older C/D models while the new E versions are built.
"For us, it is about protecting our skies against Russian terror every night," he said.
The government has said Ukraine could finance the purchase partly through the EU's proposed loan backed by frozen Russian assets, as well as through Swedish export credits.

Zelensky travels on to Brussels, where EU leaders meet today to discuss the so-called reparations loan of up to 140 billion euros for Ukraine.
Belgium, where most of the frozen Russian central bank assets are held, has demanded legal guarantees before it agrees.
The bloc's 19th sanctions package, which includes a ban on imports of Russian liquefied natural gas from 2027, was formally adopted this morning after Slovakia lifted its objections.

The visit coincided with a sharp turn in Washington.
On Wednesday, U.S. President Donald Trump said he had called off plans for a summit with Vladimir Putin in Budapest in the coming weeks because he "did not want a wasted meeting", and hours later the U.S. Treasury imposed sanctions on Russia's two largest oil companies, Rosneft and Lukoil.
Zelensky welcomed the sanctions as "a very important signal" and thanked Trump.

In Moscow, Putin said on Thursday that the sanctions were "an unfriendly act" that would not significantly affect Russia's economy, and warned of a "very serious, if not overwhelming" response if Ukraine struck Russian territory with U.S. Tomahawk missiles.
Kremlin spokesman Dmitry Peskov said the Gripen deal would "not change anything on the battlefield" and would only drag out the conflict.
Overnight into Wednesday, Russian drones and missiles struck several Ukrainian regions; in Kharkiv, a drone hit a kindergarten, killing one person.

In Linköping, where Saab employs around 8,000 people, shares in the company rose more than four percent on Wednesday.
Sweden has already sent Ukraine two ASC 890 surveillance aircraft, announced in May last year, and Defence Minister Pål Jonson said the Gripen would be "fully interoperable" with them.
"""

# ---------------------------------------------------------------- b36en06 (CNA)
EN06 = """
Trump and Putin meet on APEC sidelines in Shenzhen, agree to new Geneva talks on Ukraine

SHENZHEN: US President Donald Trump and Russian President Vladimir Putin met for about 50 minutes on the sidelines of the Asia-Pacific Economic Cooperation (APEC) summit in Shenzhen on Thursday (Nov 19), their first face-to-face meeting since the Alaska summit in August last year.
The two leaders agreed that their negotiators would meet again in Geneva in early December to work on a ceasefire framework for Ukraine, Kremlin aide Yuri Ushakov told Russian reporters afterwards.
"It was a frank and useful conversation, but there is no breakthrough," Mr Ushakov said, adding that Moscow still insisted on Ukraine's withdrawal from the remaining parts of the Donetsk region.

Mr Trump, speaking to reporters before leaving Shenzhen, called the meeting "very good" and said he would phone Ukrainian President Volodymyr Zelensky on Friday to brief him.
"We're closer than we've ever been, but it takes two to tango and, actually, it takes three," he said.

On Wednesday, Mr Trump held a two-hour bilateral meeting with Chinese President Xi Jinping, the host of this year's APEC gathering.
According to a Chinese readout carried by Xinhua, Mr Xi told Mr Trump that China "supports all efforts conducive to peace" and proposed that the "Friends of Peace" group China launched with Brazil at the United Nations in 2024 meet again before the end of the year.
The White House said the two leaders agreed to keep "open channels" on Ukraine, but that Mr Trump had again raised concerns over Chinese exports of dual-use goods to Russia.

In Kyiv, Mr Zelensky said Ukraine welcomed any effort to end the war but would not accept "decisions about our land taken in rooms where Ukraine is not present".
Foreign Minister Andrii Sybiha said Moscow was using the diplomatic calendar to "buy time" while its drones struck Ukrainian cities every night.
Overnight, Russia launched more than 400 drones and 30 missiles at Ukraine, targeting energy facilities in Odesa and Kyiv, Ukraine's air force said.

European Union foreign policy chief Kaja Kallas warned Washington against "any deal over Ukraine's head", saying pressure on Moscow, not concessions, would bring peace.
German Chancellor Friedrich Merz said European national security advisers would meet in Berlin on Monday to coordinate their position before the Geneva round.

Mr Putin's trip to Shenzhen was his first to an APEC summit since 2019; he skipped last year's meeting in Gyeongju.
The leaders of the 21-member forum adopted a declaration on trade and digital connectivity on Thursday that did not mention Ukraine.
Singapore's Prime Minister Lawrence Wong said a stable relationship between the major powers was "essential for everyone in the region".
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b36en01_lavrov_entebbe_africa_tour_2022_07", "2022-07-27", EN01,
        [
            T("yesterday", "DATE", "2022-07-26"),
            T("Monday evening", "TIME", "2022-07-25TEV"),
            T("next year", "DATE", "2023"),
            T("Friday", "DATE", "2022-07-22"),
            T("nearly a century", "DURATION", "P100Y", mod="APPROX"),
            T("the coming months", "DATE", "FUTURE_REF"),
            T("Tuesday", "DATE", "2022-07-26"),
            T("this week", "DATE", "2022-W30"),
            T("Sunday", "DATE", "2022-07-24"),
            T("today", "DATE", "2022-07-27"),
            T("March", "DATE", "2022-03"),
            T("February", "DATE", "2022-02"),
        ],
        [
            E("Lavrov holds talks with Museveni at State House Entebbe", "CONSULT", ["Sergey Lavrov"], "2022-07-26",
              "text", "occurred", "yesterday held talks", note="Uganda is not canonical"),
            E("Lavrov delivers Putin's invitation to the second Russia-Africa summit", "REQUEST",
              ["Vladimir Putin", "Sergey Lavrov"], "2022-07-26", "context", "occurred",
              "delivered a message from President Vladimir Putin"),
            E("Second Russia-Africa summit planned for next year", "CONSULT", ["Russia"], "2023", "text", "planned",
              "delivered a message from President Vladimir Putin"),
            E("Lavrov blames US and EU sanctions for rising food and fertiliser prices", "ACCUSE",
              ["Sergey Lavrov", "United States", "European Union"], "2022-07-26", "context", "occurred",
              "blamed sanctions imposed"),
            E("Lavrov: Russia will honour the Istanbul grain agreement", "AGREE",
              ["Sergey Lavrov", "Ukraine", "Turkey", "United Nations"], "2022-07-26", "context", "occurred",
              "We are not running away"),
            E("Grain agreement signed in Istanbul, brokered by Turkey and the UN", "AGREE",
              ["Russia", "Ukraine", "Turkey", "United Nations"], "2022-07-22", "text", "occurred",
              "We are not running away"),
            E("Russian missiles strike the port of Odesa", "ASSAULT", ["Russia", "Ukraine"], "2022-07-23", "context",
              "occurred", "Russian missiles struck the port of Odesa",
              note="'less than 24 hours after the signing' on 22 July (event-anchored)"),
            E("Kyiv accuses Lavrov of spreading lies in Africa", "ACCUSE", ["Ukraine", "Sergey Lavrov"], "2022-07-27",
              "published", "occurred", "Kyiv's foreign ministry accused"),
            E("Kuleba to travel to Africa in the coming months", "CONSULT", ["Ukraine"], "FUTURE_REF", "vague",
              "planned", "Dmytro Kuleba said he would travel"),
            E("Macron: Russia is one of the last imperial colonial powers", "ACCUSE", ["Emmanuel Macron", "Russia"],
              "2022-07-26", "text", "occurred", "said in Yaounde on Tuesday"),
            E("Macron tours Cameroon, Benin and Guinea-Bissau", "CONSULT", ["Emmanuel Macron"], "2022-07-27",
              "published", "occurred", "said in Yaounde on Tuesday",
              note="tour of 25-28 July 2022; the hosts are not canonical"),
            E("US envoy Mike Hammer sent to Egypt and Ethiopia", "CONSULT", ["United States"], "2022-W30", "text",
              "occurred", "Mike Hammer"),
            E("State Department accuses Russia of disinformation about the food crisis", "ACCUSE",
              ["United States", "Russia"], "2022-07-27", "published", "occurred", "Mike Hammer"),
            E("Lavrov meets al-Sisi in Cairo", "CONSULT", ["Sergey Lavrov"], "2022-07-24", "text", "occurred",
              "began his tour in Cairo on Sunday"),
            E("Lavrov to hold talks in Addis Ababa and at the African Union", "CONSULT", ["Sergey Lavrov"],
              "2022-07-27", "text", "planned", "He travels to Addis Ababa today"),
            E("UN General Assembly demands Russia's withdrawal from Ukraine", "REQUEST", ["United Nations", "Russia"],
              "2022-03", "text", "occurred", "Uganda abstained", note="2 March 2022; the abstention is not an event"),
        ],
        [
            S("Sergey Lavrov", "Sanctions by the US and the EU caused the rise in food and fertiliser prices",
              "2022-07-26", "context", "blamed sanctions imposed"),
            S("Sergey Lavrov", "Russia is not running away from its obligations and will honour the grain agreement",
              "2022-07-26", "context", "We are not running away"),
            S("Ukraine", "Lavrov is spreading lies in Africa; Russia's blockade, not sanctions, caused the food crisis",
              "2022-07-27", "published", "Kyiv's foreign ministry accused"),
            S("Ukraine", "Kuleba will travel to Africa to tell the truth about Russia's war", "2022-07-27",
              "published", "Dmytro Kuleba said he would travel"),
            S("Emmanuel Macron", "Russia is one of the last imperial colonial powers and uses food and energy as "
              "weapons", "2022-07-26", "text", "said in Yaounde on Tuesday"),
            S("United States", "State Department: Russia spreads disinformation about the causes of the food crisis",
              "2022-07-27", "published", "Mike Hammer"),
        ],
        ["Sergey Lavrov", "Russia", "Ukraine", "Vladimir Putin", "United States", "European Union", "Turkey",
         "United Nations", "Emmanuel Macron", "France"],
    ),
    doc(
        "b36en02_zelenskyy_ottawa_2023_09", "2023-09-23", EN02,
        [
            T("Friday evening", "TIME", "2023-09-22TEV"),
            T("three years", "DURATION", "P3Y"),
            T("2017", "DATE", "2017"),
            T("25-minute", "DURATION", "PT25M"),
            T("winter", "DATE", "2023-WI"),
            T("Thursday", "DATE", "2023-09-21"),
            T("months", "DURATION", "PXM"),
            T("Wednesday", "DATE", "2023-09-20", 0),
            T("Wednesday", "DATE", "2023-09-20", 1),
            T("February 2022", "DATE", "2022-02"),
            T("July", "DATE", "2023-07"),
        ],
        [
            E("Zelenskyy's visit to Canada and talks with Trudeau", "CONSULT", ["Volodymyr Zelensky"], "2023-09-22",
              "context", "occurred", "left Canada on Friday evening",
              note="Canada is not canonical; visit of 21-22 September 2023"),
            E("Canada pledges 650 million dollars over three years for 50 armoured vehicles", "AID", ["Ukraine"],
              "2023-09-22", "context", "occurred", "Trudeau announced $650 million"),
            E("Trudeau: Ukraine can count on Canada for as long as it takes", "AGREE", ["Ukraine"], "2023-09-22",
              "context", "occurred", "Ukraine can count on Canada"),
            E("Canada and Ukraine sign the modernized free trade agreement", "AGREE",
              ["Volodymyr Zelensky", "Ukraine"], "2023-09-22", "context", "occurred",
              "signed the updated Canada-Ukraine Free Trade Agreement"),
            E("The original Canada-Ukraine free trade deal of 2017", "AGREE", ["Ukraine"], "2017", "text", "occurred",
              "signed the updated Canada-Ukraine Free Trade Agreement"),
            E("Zelenskyy thanks Canadians for their support", "SUPPORT", ["Volodymyr Zelensky"], "2023-09-22",
              "context", "occurred", "thanked Canadians"),
            E("Zelenskyy urges allies not to let their attention drift", "REQUEST", ["Volodymyr Zelensky"],
              "2023-09-22", "context", "occurred", "thanked Canadians"),
            E("Zelenskyy asks Canada for more air defence before winter", "REQUEST", ["Volodymyr Zelensky"],
              "2023-09-22", "context", "occurred", "Russia must lose this war"),
            E("Biden receives Zelenskyy at the White House", "CONSULT", ["Joe Biden", "Volodymyr Zelensky"],
              "2023-09-21", "text", "occurred", "President Joe Biden received Zelenskyy"),
            E("Biden announces a 325-million-dollar package", "AID", ["Joe Biden", "United States", "Ukraine"],
              "2023-09-21", "text", "occurred", "President Joe Biden received Zelenskyy"),
            E("Biden holds off on ATACMS", "REJECT", ["Joe Biden", "Ukraine"], "2023-09-21", "context", "occurred",
              "Biden held off"),
            E("UN Security Council session with Zelenskyy, Lavrov present", "CONSULT",
              ["United Nations", "Volodymyr Zelensky", "Sergey Lavrov"], "2023-09-20", "text", "occurred",
              "told the United Nations Security Council"),
            E("Zelenskyy demands that Russia be stripped of its veto", "REQUEST",
              ["Volodymyr Zelensky", "United Nations", "Russia"], "2023-09-20", "text", "occurred",
              "told the United Nations Security Council"),
            E("Peskov: the US and Canadian pledges will only prolong the conflict", "ACCUSE",
              ["Dmitry Peskov", "United States"], "2023-09-23", "published", "occurred",
              "Kremlin spokesperson Dmitry Peskov said"),
            E("Russian Embassy accuses Ottawa of pouring fuel on the fire", "ACCUSE", ["Russia"], "2023-09-23",
              "published", "occurred", "The Russian Embassy in Ottawa"),
            E("Russian Embassy: Canadian armoured vehicles will be legitimate targets", "THREATEN", ["Russia"],
              "2023-09-23", "published", "occurred", "The Russian Embassy in Ottawa"),
            E("Morawiecki: Poland no longer transferring weapons to Ukraine", "REJECT", ["Poland", "Ukraine"],
              "2023-09-20", "text", "occurred", "Mateusz Morawiecki said on Wednesday"),
            E("Polish officials: deliveries already agreed will continue", "AGREE", ["Poland", "Ukraine"],
              "2023-09-23", "published", "occurred", "Polish officials later said"),
            E("Canada's assistance to Ukraine since February 2022", "AID", ["Ukraine"], "2022-02", "text",
              "occurred", "Canada has committed more than $9 billion", date_mod="START"),
            E("Canada commits to help lead an F-16 pilot training coalition", "AID", ["Ukraine"], "2023-07",
              "text", "occurred", "coalition to train Ukrainian F-16 pilots",
              note="commitment first made at the Vilnius summit"),
            E("NATO summit in Vilnius", "CONSULT", ["NATO"], "2023-07", "text", "occurred",
              "coalition to train Ukrainian F-16 pilots"),
        ],
        [
            S("Volodymyr Zelensky", "Thanks Canadians and urges allies not to let their attention drift",
              "2023-09-22", "context", "thanked Canadians"),
            S("Volodymyr Zelensky", "Russia must lose this war once and for all; asks Canada for more air defence "
              "before winter", "2023-09-22", "context", "Russia must lose this war"),
            S("United States", "US officials: ATACMS have not been ruled out", "2023-09-23", "published",
              "Biden held off"),
            S("Volodymyr Zelensky", "Russia should be stripped of its veto power", "2023-09-20", "text",
              "told the United Nations Security Council"),
            S("Dmitry Peskov", "The new US and Canadian pledges will not change the course of the operation and will "
              "only prolong the conflict", "2023-09-23", "published", "Kremlin spokesperson Dmitry Peskov said"),
            S("Russia", "Embassy: Ottawa is pouring fuel on the fire; Canadian armoured vehicles will be legitimate "
              "targets", "2023-09-23", "published", "The Russian Embassy in Ottawa"),
            S("Poland", "Morawiecki: Warsaw is no longer transferring weapons to Ukraine", "2023-09-20", "text",
              "Mateusz Morawiecki said on Wednesday"),
            S("Poland", "Officials: deliveries already agreed will continue", "2023-09-23", "published",
              "Polish officials later said"),
        ],
        ["Volodymyr Zelensky", "Ukraine", "Joe Biden", "United States", "United Nations", "Russia", "Sergey Lavrov",
         "Kremlin", "Dmitry Peskov", "Poland", "NATO"],
    ),
    doc(
        "b36en03_rutte_first_kyiv_visit_2024_10", "2024-10-03", EN03,
        [
            T("Thursday", "DATE", "2024-10-03"),
            T("two days ago", "DATE", "2024-10-01"),
            T("July", "DATE", "2024-07"),
            T("last week", "DATE", "2024-W39"),
            T("winter", "DATE", "2024-WI"),
            T("last month", "DATE", "2024-09"),
            T("the next year", "DURATION", "P1Y"),
            T("October 12", "DATE", "2024-10-12"),
            T("Overnight", "TIME", "2024-10-02TNI"),
            T("Wednesday", "DATE", "2024-10-02"),
            T("more than two years", "DURATION", "P2Y", mod="MORE_THAN"),
            T("ten years", "DURATION", "P10Y"),
            T("April", "DATE", "2024-04"),
        ],
        [
            E("Rutte visits Kyiv and holds talks with Zelensky", "CONSULT",
              ["Mark Rutte", "NATO", "Volodymyr Zelensky"], "2024-10-03", "text", "occurred",
              "arrived in Kyiv on Thursday"),
            E("Rutte: NATO stands with Ukraine", "SUPPORT", ["Mark Rutte", "NATO", "Ukraine"], "2024-10-03",
              "context", "occurred", "I'm here to make clear"),
            E("Washington summit agrees Ukraine's irreversible path to membership", "AGREE", ["NATO", "Ukraine"],
              "2024-07", "text", "occurred", "top priority"),
            E("Zelensky presents his victory plan to Rutte", "REQUEST", ["Volodymyr Zelensky", "Mark Rutte", "NATO"],
              "2024-10-03", "context", "occurred", "Zelensky presented Rutte"),
            E("Zelensky showed the plan to Biden in Washington", "CONSULT", ["Volodymyr Zelensky", "Joe Biden"],
              "2024-W39", "text", "occurred", "Zelensky presented Rutte", note="26 September 2024"),
            E("Zelensky: Ukraine expects a clear invitation to join NATO", "REQUEST", ["Volodymyr Zelensky", "NATO"],
              "2024-10-03", "context", "occurred", "Zelensky presented Rutte"),
            E("Zelensky urges partners to lift restrictions on long-range strikes", "REQUEST",
              ["Volodymyr Zelensky", "NATO"], "2024-10-03", "context", "occurred", "He also urged partners"),
            E("Zelensky urges faster deliveries of air defence before winter", "REQUEST",
              ["Volodymyr Zelensky", "NATO"], "2024-10-03", "context", "occurred", "He also urged partners"),
            E("Sybiha meets Rutte", "CONSULT", ["Andrii Sybiha", "Mark Rutte"], "2024-10-03", "context", "occurred",
              "Foreign Minister Andrii Sybiha, who also met Rutte"),
            E("NATO command in Wiesbaden begins coordinating arms deliveries and training", "COOPERATE",
              ["NATO", "Ukraine"], "2024-09", "text", "occurred", "Foreign Minister Andrii Sybiha, who also met Rutte"),
            E("Allies pledge at least 40 billion euros in military aid within a year", "AID", ["NATO", "Ukraine"],
              "2024-07", "context", "occurred", "At the Washington summit, allies pledged"),
            E("Ukraine Defense Contact Group meeting at Ramstein chaired by Biden", "CONSULT",
              ["Volodymyr Zelensky", "Joe Biden", "Ukraine", "Mark Rutte"], "2024-10-12", "text", "planned",
              "Ukraine Defense Contact Group"),
            E("Peskov: NATO remains a tool of confrontation and is de facto involved in the conflict", "ACCUSE",
              ["Dmitry Peskov", "NATO"], "2024-10-03", "published", "occurred", "Kremlin spokesman Dmitry Peskov said"),
            E("Russian overnight drone and missile attack", "ASSAULT", ["Russia", "Ukraine"], "2024-10-02TNI", "text",
              "occurred", "Overnight, Russia attacked Ukraine"),
            E("Ukrainian troops withdraw from Vuhledar", "RETREAT", ["Ukraine"], "2024-10-02", "text", "occurred",
              "withdrawn from the eastern town of Vuhledar"),
            E("Stoltenberg's last visit to Kyiv as secretary general", "CONSULT",
              ["Jens Stoltenberg", "NATO", "Ukraine"], "2024-04", "text", "occurred", "made his last visit to Kyiv"),
        ],
        [
            S("Mark Rutte", "NATO stands with Ukraine; Ukraine is closer to NATO than ever before", "2024-10-03",
              "context", "I'm here to make clear"),
            S("Mark Rutte", "Support for Ukraine is his top priority; the path to membership is irreversible",
              "2024-10-03", "context", "top priority"),
            S("Volodymyr Zelensky", "Ukraine expects a clear invitation to join the alliance", "2024-10-03",
              "context", "Zelensky presented Rutte"),
            S("Volodymyr Zelensky", "Partners should lift range restrictions and speed up air-defence deliveries",
              "2024-10-03", "context", "He also urged partners"),
            S("Mark Rutte", "Long-range strike decisions are for individual allies; Ukraine has the right to defend "
              "itself", "2024-10-03", "context", "decisions on long-range strikes"),
            S("Andrii Sybiha", "Kyiv counts on the NATO command in Wiesbaden to make support more predictable",
              "2024-10-03", "context", "Foreign Minister Andrii Sybiha, who also met Rutte"),
            S("Mark Rutte", "Will attend the Ramstein meeting", "2024-10-03", "context", "Rutte said he would attend"),
            S("Dmitry Peskov", "NATO remains a tool of confrontation and is de facto involved in the conflict",
              "2024-10-03", "published", "Kremlin spokesman Dmitry Peskov said"),
            S("Ukraine", "Air Force: 105 drones and four missiles overnight", "2024-10-03", "published",
              "Overnight, Russia attacked Ukraine"),
            S("Ukraine", "Military confirms the withdrawal from Vuhledar", "2024-10-02", "text",
              "withdrawn from the eastern town of Vuhledar"),
        ],
        ["Mark Rutte", "NATO", "Volodymyr Zelensky", "Ukraine", "Joe Biden", "United States", "Russia",
         "Andrii Sybiha", "Kremlin", "Dmitry Peskov", "Jens Stoltenberg"],
    ),
    doc(
        "b36en04_erdogan_trump_white_house_2025_09", "2025-09-26", EN04,
        [
            T("Sept. 25", "DATE", "2025-09-25"),
            T("six years", "DURATION", "P6Y"),
            T("May", "DATE", "2025-05"),
            T("July", "DATE", "2025-07", 0),
            T("Sept. 24", "DATE", "2025-09-24"),
            T("Sept. 23", "DATE", "2025-09-23"),
            T("last week", "DATE", "2025-W38"),
            T("2019", "DATE", "2019"),
            T("July next year", "DATE", "2026-07"),
        ],
        [
            E("Trump and Erdoğan meet at the White House", "CONSULT", ["Donald Trump", "Recep Tayyip Erdoğan"],
              "2025-09-25", "text", "occurred", "has urged Türkiye to stop buying Russian oil"),
            E("Trump urges Türkiye to stop buying Russian oil", "REQUEST",
              ["Donald Trump", "Recep Tayyip Erdoğan", "Turkey"], "2025-09-25", "text", "occurred",
              "has urged Türkiye to stop buying Russian oil"),
            E("Erdoğan: Türkiye ready to host further Russia-Ukraine talks", "REQUEST",
              ["Recep Tayyip Erdoğan", "Russia", "Ukraine"], "2025-09-25", "context", "occurred",
              "on his first visit to the White House"),
            E("Three rounds of direct Russia-Ukraine talks in Istanbul", "CONSULT", ["Russia", "Ukraine", "Turkey"],
              "2025-05", "text", "occurred", "three rounds of direct Russia-Ukraine talks", date_mod="START",
              note="16 May, 2 June and 23 July 2025"),
            E("Largest prisoner exchanges of the war", "CONCEDE", ["Russia", "Ukraine"], "2025-05", "context",
              "occurred", "three rounds of direct Russia-Ukraine talks", date_mod="START"),
            E("No ceasefire agreed in Istanbul", "REJECT", ["Russia", "Ukraine"], "2025-05", "context", "occurred",
              "three rounds of direct Russia-Ukraine talks", date_mod="START"),
            E("Trump meets Zelensky at the UN General Assembly", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"],
              "2025-09-23", "context", "occurred", "two days after he met Zelensky",
              note="two days before 25 September (event-anchored)"),
            E("Trump calls Russia a paper tiger", "ACCUSE", ["Donald Trump", "Russia"], "2025-09-23", "context",
              "occurred", "paper tiger"),
            E("Kremlin rejects the paper-tiger characterization", "REJECT", ["Kremlin", "Donald Trump"], "2025-09-24",
              "context", "occurred", "paper tiger"),
            E("Erdoğan meets Zelensky in New York", "CONSULT", ["Recep Tayyip Erdoğan", "Volodymyr Zelensky"],
              "2025-09-23", "text", "occurred", "Erdoğan also met Zelensky in New York"),
            E("Erdoğan reiterates support for Ukraine's territorial integrity", "SUPPORT",
              ["Recep Tayyip Erdoğan", "Ukraine"], "2025-09-23", "context", "occurred",
              "Erdoğan also met Zelensky in New York"),
            E("Zelensky asks Erdoğan to help free Crimean Tatar prisoners held by Russia", "REQUEST",
              ["Volodymyr Zelensky", "Recep Tayyip Erdoğan", "Russia"], "2025-09-23", "context", "occurred",
              "Crimean Tatar prisoners"),
            E("Türkiye removed from the F-35 programme over the S-400 purchase", "SANCTION",
              ["United States", "Turkey"], "2019", "text", "occurred", "removed from the program in 2019"),
            E("Erdoğan invites Trump to visit Türkiye", "REQUEST", ["Recep Tayyip Erdoğan", "Donald Trump"],
              "2025-09-25", "context", "occurred", "Erdoğan invited Trump"),
            E("Fidan and Rubio to stay in close contact on Ukraine", "AGREE",
              ["Recep Tayyip Erdoğan", "Donald Trump", "Hakan Fidan", "Marco Rubio"], "2025-09-25", "context",
              "occurred", "Erdoğan invited Trump"),
            E("NATO summit in Ankara in July next year", "CONSULT", ["NATO", "Turkey"], "2026-07", "text", "planned",
              "A NATO summit will be held"),
        ],
        [
            S("Donald Trump", "The best thing Ankara could do is stop buying Russian oil while Russia continues its "
              "rampage", "2025-09-25", "text", "has urged Türkiye to stop buying Russian oil"),
            S("Donald Trump", "Erdoğan would be very influential if he wanted to be; Putin and Zelensky respect him",
              "2025-09-25", "context", "I think he'd be very influential"),
            S("Recep Tayyip Erdoğan", "Türkiye is ready to host further talks between Moscow and Kyiv", "2025-09-25",
              "context", "on his first visit to the White House"),
            S("Recep Tayyip Erdoğan", "We will continue our efforts for a just and lasting peace; Istanbul is ready",
              "2025-09-25", "context", "Istanbul is ready"),
            S("Donald Trump", "Ukraine, with European support, could win back all of its territory", "2025-09-23",
              "context", "two days after he met Zelensky"),
            S("Donald Trump", "Russia is a paper tiger", "2025-09-23", "context", "paper tiger"),
            S("Kremlin", "Rejects the paper-tiger characterization", "2025-09-24", "context", "paper tiger"),
            S("Dmitry Peskov", "Russia is more a bear than a tiger; Moscow has no alternative to continuing its "
              "military operation", "2025-09-24", "text", "Russia is not a tiger"),
            S("Turkey", "Communications Directorate: Erdoğan reiterated support for Ukraine's territorial integrity",
              "2025-09-26", "published", "Erdoğan also met Zelensky in New York"),
            S("Volodymyr Zelensky", "Asked Erdoğan to help secure the release of Crimean Tatar prisoners",
              "2025-09-26", "published", "Crimean Tatar prisoners"),
            S("Turkey", "Bayraktar: Türkiye is diversifying its supplies, including LNG deals with US companies",
              "2025-W38", "text", "Energy Minister Alparslan Bayraktar"),
            S("Donald Trump", "Ankara could buy F-35s very quickly if an agreement is reached", "2025-09-25",
              "context", "F-35 fighter jets"),
        ],
        ["Donald Trump", "United States", "Turkey", "Recep Tayyip Erdoğan", "Russia", "Ukraine", "Vladimir Putin",
         "Volodymyr Zelensky", "United Nations", "Kremlin", "Dmitry Peskov", "China", "Hakan Fidan", "Marco Rubio",
         "NATO"],
    ),
    doc(
        "b36en05_gripen_letter_linkoping_2025_10", "2025-10-23", EN05,
        [
            T("Wednesday", "DATE", "2025-10-22", 0),
            T("three years", "DURATION", "P3Y"),
            T("next year", "DATE", "2026"),
            T("every night", "SET", "P1D"),
            T("today", "DATE", "2025-10-23"),
            T("2027", "DATE", "2027"),
            T("this morning", "TIME", "2025-10-23TMO"),
            T("Wednesday", "DATE", "2025-10-22", 1),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("Thursday", "DATE", "2025-10-23"),
            T("Overnight into Wednesday", "TIME", "2025-10-21TNI", note="night of 21 to 22 October"),
            T("Wednesday", "DATE", "2025-10-22", 3),
            T("May last year", "DATE", "2024-05"),
        ],
        [
            E("Sweden and Ukraine sign a letter of intent on 100-150 Gripen E jets", "AGREE",
              ["Volodymyr Zelensky", "Ukraine"], "2025-10-22", "text", "occurred",
              "signed a letter of intent in Linköping", note="Sweden is not canonical"),
            E("Zelensky visits the Saab plant in Sweden", "CONSULT", ["Volodymyr Zelensky"], "2025-10-22", "context",
              "occurred", "The signing took place at Saab's plant"),
            E("First Gripen E jets could be delivered within three years", "AID", ["Ukraine"], "2028", "text",
              "uncertain", "the first aircraft could be delivered within three years",
              note="within three years of October 2025"),
            E("Ukraine hopes for the first Gripens next year, possibly older C/D models", "AID", ["Ukraine"], "2026",
              "text", "uncertain", "as early as next year"),
            E("Zelensky travels to Brussels for the EU summit", "CONSULT", ["Volodymyr Zelensky", "European Union"],
              "2025-10-23", "text", "planned", "EU leaders meet today"),
            E("EU leaders discuss a reparations loan of up to 140 billion euros backed by frozen Russian assets",
              "AID", ["European Union", "Russia", "Ukraine"], "2025-10-23", "text", "uncertain",
              "EU leaders meet today", note="the conventions' frozen-assets rule; also named as a source of financing"),
            E("Belgium demands legal guarantees before agreeing to the loan", "REQUEST", ["European Union"],
              "2025-10-23", "published", "occurred", "has demanded legal guarantees",
              note="Belgium is not canonical"),
            E("EU formally adopts its 19th sanctions package", "SANCTION", ["European Union", "Russia"],
              "2025-10-23TMO", "text", "occurred", "19th sanctions package"),
            E("EU ban on Russian LNG imports from 2027", "SANCTION", ["European Union", "Russia"], "2027", "text",
              "planned", "19th sanctions package"),
            E("Slovakia lifts its objections to the package", "CONCEDE", ["European Union"], "2025-10-23TMO",
              "context", "occurred", "19th sanctions package", note="Slovakia is not canonical"),
            E("Trump calls off the planned Budapest summit with Putin", "CONSULT", ["Donald Trump", "Vladimir Putin"],
              "FUTURE_REF", "vague", "cancelled", "did not want a wasted meeting"),
            E("US Treasury sanctions Rosneft and Lukoil", "SANCTION", ["United States", "Russia"], "2025-10-22",
              "context", "occurred", "did not want a wasted meeting", note="'hours later' than Trump's remarks"),
            E("Zelensky welcomes the sanctions and thanks Trump", "SUPPORT", ["Volodymyr Zelensky", "Donald Trump"],
              "2025-10-23", "published", "occurred", "Zelensky welcomed the sanctions"),
            E("Putin calls the sanctions an unfriendly act", "ACCUSE", ["Vladimir Putin", "United States"],
              "2025-10-23", "text", "occurred", "Putin said on Thursday"),
            E("Putin warns of an overwhelming response to Tomahawk strikes on Russia", "THREATEN",
              ["Vladimir Putin", "Ukraine", "United States"], "2025-10-23", "text", "occurred",
              "Putin said on Thursday"),
            E("Peskov: the Gripen deal will only drag out the conflict", "ACCUSE", ["Dmitry Peskov", "Ukraine"],
              "2025-10-23", "published", "occurred", "Gripen deal would"),
            E("Russian overnight strikes, kindergarten hit in Kharkiv", "ASSAULT", ["Russia", "Ukraine"],
              "2025-10-21TNI", "text", "occurred", "Overnight into Wednesday"),
            E("Sweden's ASC 890 surveillance aircraft for Ukraine", "AID", ["Ukraine"], "2024-05", "text",
              "occurred", "ASC 890"),
        ],
        [
            S("Volodymyr Zelensky", "Ukraine hopes to receive the first Gripens as early as next year", "2025-10-22",
              "context", "as early as next year"),
            S("Volodymyr Zelensky", "It is about protecting our skies against Russian terror every night",
              "2025-10-22", "context", "protecting our skies"),
            S("Donald Trump", "Called off the Budapest summit plans because he did not want a wasted meeting",
              "2025-10-22", "text", "did not want a wasted meeting"),
            S("Volodymyr Zelensky", "The US sanctions are a very important signal; thanks Trump", "2025-10-23",
              "published", "Zelensky welcomed the sanctions"),
            S("Vladimir Putin", "The sanctions are an unfriendly act without significant effect; warns of an "
              "overwhelming response to Tomahawk strikes", "2025-10-23", "text", "Putin said on Thursday"),
            S("Dmitry Peskov", "The Gripen deal will not change anything on the battlefield and only drag out the "
              "conflict", "2025-10-23", "published", "Gripen deal would"),
        ],
        ["Volodymyr Zelensky", "Ukraine", "Russia", "European Union", "Donald Trump", "United States",
         "Vladimir Putin", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b36en06_trump_putin_apec_shenzhen_2026_11", "2026-11-19", EN06,
        [
            T("about 50 minutes", "DURATION", "PT50M", mod="APPROX"),
            T("Thursday", "DATE", "2026-11-19", 0),
            T("Nov 19", "DATE", "2026-11-19"),
            T("August last year", "DATE", "2025-08"),
            T("early December", "DATE", "2026-12", mod="START"),
            T("Friday", "DATE", "2026-11-20"),
            T("Wednesday", "DATE", "2026-11-18"),
            T("two-hour", "DURATION", "PT2H"),
            T("this year", "DATE", "2026"),
            T("2024", "DATE", "2024"),
            T("the end of the year", "DATE", "2026", mod="END"),
            T("every night", "SET", "P1D"),
            T("Overnight", "TIME", "2026-11-18TNI"),
            T("Monday", "DATE", "2026-11-23"),
            T("2019", "DATE", "2019"),
            T("last year", "DATE", "2025", 1),
            T("Thursday", "DATE", "2026-11-19", 1),
        ],
        [
            E("Trump and Putin meet on the APEC sidelines in Shenzhen", "CONSULT", ["Donald Trump", "Vladimir Putin"],
              "2026-11-19", "text", "occurred", "met for about 50 minutes"),
            E("Alaska summit", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-08", "text", "occurred",
              "met for about 50 minutes", note="15 August 2025"),
            E("Trump and Putin agree that their negotiators meet again in Geneva", "AGREE",
              ["Donald Trump", "Vladimir Putin"], "2026-11-19", "context", "occurred", "would meet again in Geneva"),
            E("US-Russian talks in Geneva on a ceasefire framework in early December", "CONSULT",
              ["United States", "Russia"], "2026-12", "text", "planned", "would meet again in Geneva",
              date_mod="START"),
            E("No breakthrough at the Trump-Putin meeting", "REJECT", ["Russia", "United States"], "2026-11-19",
              "context", "occurred", "no breakthrough"),
            E("Moscow insists on Ukraine's withdrawal from the rest of the Donetsk region", "REQUEST",
              ["Yuri Ushakov", "Ukraine"], "2026-11-19", "context", "occurred", "no breakthrough"),
            E("Trump to phone Zelensky on Friday", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"], "2026-11-20",
              "text", "planned", "would phone Ukrainian President"),
            E("Trump and Xi hold a bilateral meeting", "CONSULT", ["Donald Trump", "Xi Jinping"], "2026-11-18", "text",
              "occurred", "held a two-hour bilateral meeting"),
            E("Xi: China supports all efforts conducive to peace", "SUPPORT", ["Xi Jinping", "Donald Trump"],
              "2026-11-18", "context", "occurred", "Friends of Peace"),
            E("Xi proposes a new meeting of the Friends of Peace group before the end of the year", "REQUEST",
              ["Xi Jinping", "Donald Trump"], "2026-11-18", "context", "occurred", "Friends of Peace"),
            E("China and Brazil launch the Friends of Peace group at the UN", "COOPERATE", ["China", "United Nations"],
              "2024", "text", "occurred", "Friends of Peace", note="Brazil is not canonical; September 2024"),
            E("Trump and Xi agree to keep open channels on Ukraine", "AGREE", ["Donald Trump", "Xi Jinping"],
              "2026-11-18", "context", "occurred", "open channels"),
            E("Trump raises concerns over Chinese dual-use exports to Russia", "ACCUSE",
              ["Donald Trump", "China", "Russia"], "2026-11-18", "context", "occurred", "open channels"),
            E("Zelensky welcomes any effort to end the war", "SUPPORT", ["Volodymyr Zelensky", "Donald Trump"],
              "2026-11-19", "published", "occurred", "welcomed any effort"),
            E("Zelensky: no decisions about Ukrainian land without Ukraine", "REQUEST",
              ["Volodymyr Zelensky", "Donald Trump", "Vladimir Putin"], "2026-11-19", "published", "occurred",
              "welcomed any effort"),
            E("Sybiha: Moscow uses diplomacy to buy time", "ACCUSE", ["Andrii Sybiha", "Russia"], "2026-11-19",
              "published", "occurred", "buy time"),
            E("Russian overnight drone and missile attack on Odesa and Kyiv", "ASSAULT", ["Russia", "Ukraine"],
              "2026-11-18TNI", "text", "occurred", "Overnight, Russia launched"),
            E("Kallas warns Washington against any deal over Ukraine's head", "REQUEST", ["Kaja Kallas", "United States"],
              "2026-11-19", "published", "occurred", "any deal over Ukraine's head"),
            E("European national security advisers to meet in Berlin", "CONSULT", ["Germany", "European Union"],
              "2026-11-23", "text", "planned", "European national security advisers"),
            E("APEC leaders' summit in Shenzhen attended by Putin", "CONSULT",
              ["Vladimir Putin", "Donald Trump", "Xi Jinping"], "2026-11-19", "context", "occurred",
              "trip to Shenzhen was his first", note="summit of 18-19 November, dated by the lead's Thursday"),
            E("Putin skipped the APEC summit in Gyeongju", "CONSULT", ["Vladimir Putin"], "2025", "text", "cancelled",
              "trip to Shenzhen was his first", note="APEC summit of 31 October-1 November 2025"),
            E("APEC leaders adopt a declaration on trade and digital connectivity", "AGREE",
              ["United States", "China", "Russia"], "2026-11-19", "text", "occurred", "adopted a declaration"),
        ],
        [
            S("Yuri Ushakov", "Trump and Putin agreed their negotiators will meet again in Geneva in early December",
              "2026-11-19", "context", "would meet again in Geneva"),
            S("Yuri Ushakov", "A frank and useful conversation, but no breakthrough; Moscow insists on Ukraine's "
              "withdrawal from Donetsk", "2026-11-19", "context", "no breakthrough"),
            S("Donald Trump", "The meeting was very good; will phone Zelensky on Friday", "2026-11-19", "context",
              "would phone Ukrainian President"),
            S("Donald Trump", "Closer than ever, but it takes three", "2026-11-19", "context", "takes two to tango"),
            S("Xi Jinping, via China", "China supports all efforts conducive to peace; proposes a new Friends of "
              "Peace meeting", "2026-11-18", "context", "Friends of Peace"),
            S("White House", "The leaders agreed to keep open channels on Ukraine; Trump raised dual-use exports",
              "2026-11-19", "published", "open channels"),
            S("Volodymyr Zelensky", "Welcomes any effort but will not accept decisions about Ukrainian land taken "
              "without Ukraine", "2026-11-19", "published", "welcomed any effort"),
            S("Andrii Sybiha", "Moscow uses the diplomatic calendar to buy time", "2026-11-19", "published",
              "buy time"),
            S("Ukraine", "Air force: more than 400 drones and 30 missiles overnight", "2026-11-19", "published",
              "Overnight, Russia launched"),
            S("Kaja Kallas", "Warns Washington against any deal over Ukraine's head", "2026-11-19", "published",
              "any deal over Ukraine's head"),
            S("Friedrich Merz", "European national security advisers will meet in Berlin on Monday", "2026-11-19",
              "published", "European national security advisers"),
        ],
        ["Donald Trump", "Vladimir Putin", "United States", "Russia", "Yuri Ushakov", "Kremlin", "Ukraine",
         "Volodymyr Zelensky", "Xi Jinping", "China", "United Nations", "White House", "Andrii Sybiha",
         "European Union", "Kaja Kallas", "Germany", "Friedrich Merz"],
    ),
]
