"""English articles of the blind88 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b88en01 (San Francisco Chronicle)
EN01 = """
Pelosi leads surprise congressional delegation to Kyiv, pledges support "until the fight is done"

KYIV, Ukraine — House Speaker Nancy Pelosi met Ukrainian President Volodymyr Zelensky in Kyiv on Saturday, becoming the highest-ranking American official to visit the country since Russia invaded in February.
The San Francisco Democrat led a delegation of six House members, including Rep. Adam Schiff of Burbank, on a trip that was kept secret for security reasons until Zelensky's office posted a video of the meeting on Sunday.
The lawmakers spent nearly three hours with the Ukrainian leader and his top aides.

"We believe that we are visiting you to say thank you for your fight for freedom," Pelosi told Zelensky in the video.
"Our commitment is to be there for you until the fight is done."
Zelensky thanked the delegation for "a powerful signal of support" and said the talks had focused on weapons, financial aid and sanctions against Russia.

The visit came two days after President Joe Biden asked Congress on Thursday for $33 billion in additional military, economic and humanitarian aid for Ukraine, more than twice the package lawmakers approved in March.
Pelosi said in a statement that the House would take up the request in the coming weeks and that "America stands firmly with Ukraine."
Secretary of State Antony Blinken and Defense Secretary Lloyd Austin had traveled to Kyiv last Sunday, and U.N. Secretary-General António Guterres met Zelensky there on Thursday, when Russian missiles struck the capital during his visit.
Guterres condemned the strike as "shocking."

In Moscow, Kremlin spokesman Dmitry Peskov said American weapons deliveries "do not contribute to peace."
Russia's ambassador in Washington, Anatoly Antonov, warned that the flow of U.S. arms risked a direct clash between the two nuclear powers.

The delegation traveled on to Poland, where it is scheduled to meet President Andrzej Duda in Warsaw on Monday.
Back home, several hundred people rallied in support of Ukraine at Civic Center Plaza on Saturday, some carrying signs that thanked Pelosi by name.
"""

# ---------------------------------------------------------------- b88en02 (The Parliament Magazine)
EN02 = """
MEPs brand Russia a state sponsor of terrorism as Parliament website is knocked offline

The European Parliament on Wednesday declared Russia a state sponsor of terrorism, adopting a resolution by 494 votes to 58, with 44 abstentions, during its plenary session in Strasbourg.
The non-binding text describes Moscow's strikes on Ukraine's energy infrastructure, hospitals and schools as acts of terror and calls on the Council to add the Wagner Group to the EU's terrorist list.
It also urges member states to start work on a special tribunal for the crime of aggression against Ukraine.
Lithuanian EPP deputy Rasa Juknevičienė, who drafted the resolution, told the chamber that Russia's crimes "cannot go unpunished."

Shortly after the vote, Parliament's website went down.
President Roberta Metsola said the institution was under "a sophisticated cyberattack" and that a pro-Kremlin group had claimed responsibility.
"Our IT experts are pushing back against it and protecting our systems," she wrote on Twitter.

Ukrainian President Volodymyr Zelensky welcomed the decision and said Russia must be "isolated at all levels and held accountable."
Foreign Minister Dmytro Kuleba called on EU member states to follow Parliament's lead and adopt similar designations at national level.

The reaction from Moscow was swift.
Maria Zakharova, the Russian foreign ministry spokeswoman, proposed on Telegram that the European Parliament be declared "a sponsor of idiocy."
Kremlin spokesman Dmitry Peskov said Moscow did not take such resolutions seriously.

The vote came as Russian missiles knocked out power across much of Ukraine on Wednesday, also cutting supplies to the Zaporizhzhia nuclear plant and neighbouring Moldova.
NATO foreign ministers, meeting in Bucharest next Tuesday and Wednesday, are expected to pledge more help to repair the grid.
In Berlin, the Bundestag is set to vote next week on a motion recognising the Holodomor, the famine engineered by Stalin's regime in 1932 and 1933, as genocide.
The Commission, for its part, has argued that the EU currently has no legal framework to designate states as sponsors of terrorism.
"""

# ---------------------------------------------------------------- b88en03 (The Post and Courier, Charleston)
EN03 = """
Russia puts Lindsey Graham on wanted list; senator calls it "a badge of honor"

Russia's Interior Ministry placed U.S. Sen. Lindsey Graham on its wanted list Monday, days after the South Carolina Republican met Ukrainian President Volodymyr Zelensky in Kyiv.
Russia's Investigative Committee had opened a criminal case against Graham on Sunday over remarks he made during Friday's meeting, parts of which Zelensky's office posted online in an edited video.
In the clip, Graham says "the Russians are dying" and calls U.S. assistance to Ukraine "the best money we've ever spent."
Graham and Ukrainian officials said Russian state media had spliced together two remarks that were unrelated in the original conversation.
According to Zelensky's office, the meeting focused on fighter jets for Ukraine and on the NATO summit in Vilnius in July.

Kremlin spokesman Dmitry Peskov said Friday it was "hard to imagine a greater shame" for a country than to have such senators.
Dmitry Medvedev, the deputy chairman of Russia's Security Council, called Graham "an old fool" in a post on Telegram.
Foreign ministry spokeswoman Maria Zakharova said the senator had simply "confessed" what Washington's real aims in Ukraine were.

"I will wear the arrest warrant by Putin's corrupt and immoral regime as a badge of honor," Graham said in a statement Monday.
He vowed to keep supporting Ukraine "until every Russian soldier is expelled" and urged the Biden administration to send F-16 fighter jets and long-range ATACMS missiles without delay.

Graham traveled to Kyiv with Sen. Richard Blumenthal, D-Conn., with whom he introduced a resolution last year calling on the State Department to designate Russia a state sponsor of terrorism.
The two senators have visited Ukraine several times since the full-scale invasion began in February 2022.
Two days after their latest visit, Russia launched its largest drone attack on Kyiv since the start of the war overnight into Sunday, as the capital prepared to mark its founding day.
Ukraine's air force said it had shot down 52 of 54 drones.

Graham's office said he planned to return to South Carolina later this week for events in Greenville and Charleston.
"""

# ---------------------------------------------------------------- b88en04 (The Times-Tribune, Scranton)
EN04 = """
Johnson demands Ukraine fire ambassador over Zelenskyy's Scranton visit

SCRANTON — House Speaker Mike Johnson has demanded that Ukraine remove its ambassador to the United States, Oksana Markarova, after President Volodymyr Zelenskyy toured the Scranton Army Ammunition Plant on Sunday alongside Gov. Josh Shapiro and other Democrats.
In a letter sent Wednesday, Johnson called the visit "a clearly partisan campaign event designed to help Democrats" and said Markarova should be fired "immediately."
The Ukrainian Embassy said the tour had been organized as a thank-you to the workers and that Republican officials had been invited as well.

At the plant, Zelenskyy thanked the workers who produce 155 mm artillery shells for Ukraine and told them, "You are saving lives."
The facility, operated by General Dynamics, has more than doubled its output since 2022 and employs about 300 people.

The dispute overshadowed Zelenskyy's visit to Washington on Thursday, when he met a bipartisan group of senators on Capitol Hill; Johnson did not see him.
Later Thursday, President Joe Biden received Zelenskyy at the White House and announced nearly $8 billion in security assistance, including an additional Patriot air defense battery.
Vice President Kamala Harris met him separately and said proposals that Ukraine give up territory were "proposals for surrender."

Former President Donald Trump, who had criticized Zelenskyy at a rally on Wednesday for refusing to make a deal with Russia, said Thursday he would meet the Ukrainian president at Trump Tower in New York on Friday morning.
Zelenskyy had called Trump's running mate, Sen. JD Vance, "too radical" in an interview published Monday.

In Moscow, Kremlin spokesman Dmitry Peskov dismissed Zelenskyy's "victory plan" as "doomed to failure."
President Vladimir Putin had announced on Wednesday that Russia would treat an attack by a non-nuclear state backed by a nuclear power as a joint attack, a warning widely read as aimed at Kyiv's Western backers.
"""

# ---------------------------------------------------------------- b88en05 (The Malta Independent)
EN05 = """
PACE calls deportation of Ukrainian children genocide; Maltese delegation backs text

The Parliamentary Assembly of the Council of Europe (PACE) on Thursday described the forcible transfer of Ukrainian children to Russia as genocide and called for their immediate return, in a resolution adopted without a single vote against.
The text, approved during the Assembly's spring session in Strasbourg, urges member states to cooperate with the International Criminal Court, which last month issued an arrest warrant for President Vladimir Putin over the deportations.
All three members of Malta's delegation voted in favour, and Labour MP Clayton Mifsud said small states depended more than most on the protection of international law.

Ukraine's parliamentary commissioner for human rights, Dmytro Lubinets, told the Assembly on Wednesday that more than 19,000 children had been taken to Russia or to occupied areas since February 2022 and that only 361 had been brought back.
"These children are being taught to forget that they are Ukrainian," he said.
PACE President Tiny Kox said the Assembly would follow the issue "child by child."

Moscow rejected the resolution.
Foreign ministry spokeswoman Maria Zakharova said the Assembly had "lost any connection with reality" and insisted that Russia had rescued the children from shelling.
Kremlin spokesman Dmitry Peskov repeated that Russia does not recognise the jurisdiction of the ICC.

Ukrainian President Volodymyr Zelensky thanked the Assembly in his video address on Thursday evening and promised that every child would be brought home.
A day earlier, he had held his first phone call with Chinese President Xi Jinping since the invasion, describing it as "long and meaningful."
Beijing said afterwards that it would send a special envoy to Ukraine for talks on a political settlement.
On Friday morning, Russian cruise missiles struck an apartment block in the central city of Uman, killing at least 20 people, Ukrainian officials said.

Leaders of the Council of Europe's 46 member states, among them German Chancellor Olaf Scholz and French President Emmanuel Macron, are due to meet in Reykjavík on May 16 and 17 to set up a register of damage caused by Russia's aggression.
"""

# ---------------------------------------------------------------- b88en06 (Concord Monitor)
EN06 = """
Shaheen leads Senate delegation to Kyiv, presses for vote on Russia sanctions

U.S. Sen. Jeanne Shaheen led a bipartisan Senate delegation to Kyiv over the weekend as talks on ending Russia's war against Ukraine remain stalled.
The New Hampshire Democrat, the ranking member of the Senate Foreign Relations Committee, and three colleagues met President Volodymyr Zelensky for about two hours on Saturday and held talks with Ukraine's parliamentary speaker, Ruslan Stefanchuk, on Sunday.
"The message we carried is simple: the United States Senate has not forgotten Ukraine," Shaheen said in a phone interview Sunday night from Rzeszów, Poland.

She said Zelensky had asked the senators to help secure more Patriot interceptors and to push for a vote on the bipartisan sanctions bill, which would impose steep tariffs on countries that keep buying Russian oil.
Shaheen said she expected the Senate to take up the bill in May, and Republican Sen. Thom Tillis said a House delegation would follow in two weeks.
The White House has said President Donald Trump would sign the measure only if it allowed him to waive the penalties.

Hours before the senators arrived, Russia struck Kyiv with drones and missiles overnight into Saturday, killing four people, Ukrainian officials said.
Zelensky told reporters after meeting the delegation that the attack showed Moscow was "not interested in peace."

Kremlin spokesman Dmitry Peskov on Monday dismissed the trip as "a tour by sponsors of the war" and warned that new U.S. sanctions would only harden Russia's position.
U.S. envoy Steve Witkoff is due in Moscow later this week for talks with President Vladimir Putin, the Kremlin confirmed.
Secretary of State Marco Rubio said last Thursday that Washington still hoped for a "framework agreement" before summer.
He is due to meet Ukraine's chief negotiator, Rustem Umerov, in Washington on Wednesday.

Shaheen, who is not seeking re-election this year, has made Ukraine a signature issue of her final term in the Senate.
She plans to brief constituents at a town hall meeting in Concord on April 9.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b88en01_pelosi_kyiv_2022_05", "2022-05-01", EN01,
        [
            T("Saturday", "DATE", "2022-04-30", 0),
            T("February", "DATE", "2022-02"),
            T("Sunday", "DATE", "2022-05-01", 0),
            T("nearly three hours", "DURATION", "PT3H", mod="APPROX"),
            T("Thursday", "DATE", "2022-04-28", 0),
            T("March", "DATE", "2022-03"),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("last Sunday", "DATE", "2022-04-24"),
            T("Thursday", "DATE", "2022-04-28", 1),
            T("Monday", "DATE", "2022-05-02"),
            T("Saturday", "DATE", "2022-04-30", 1),
        ],
        [
            E("Pelosi meets Zelensky in Kyiv", "CONSULT", ["United States", "Volodymyr Zelensky"], "2022-04-30",
              "text", "occurred", "House Speaker Nancy Pelosi met"),
            E("Russia's invasion of Ukraine in February", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text",
              "occurred", "House Speaker Nancy Pelosi met"),
            E("Pelosi: US commitment to Ukraine until the fight is done", "AGREE", ["United States", "Ukraine"],
              "2022-04-30", "context", "occurred", "Our commitment is to be there"),
            E("Zelensky thanks the congressional delegation", "SUPPORT", ["Volodymyr Zelensky", "United States"],
              "2022-04-30", "context", "occurred", "Zelensky thanked the delegation"),
            E("Biden asks Congress for $33 billion for Ukraine", "AID", ["Joe Biden", "Ukraine"], "2022-04-28", "text",
              "planned", "asked Congress on Thursday"),
            E("Congress approved a Ukraine aid package in March", "AID", ["United States", "Ukraine"], "2022-03",
              "text", "occurred", "asked Congress on Thursday"),
            E("House to take up the aid request in the coming weeks", "AID", ["United States", "Ukraine"],
              "FUTURE_REF", "vague", "planned", "Pelosi said in a statement"),
            E("Blinken and Austin visit Kyiv", "CONSULT", ["Antony Blinken", "United States", "Ukraine"],
              "2022-04-24", "text", "occurred", "Secretary of State Antony Blinken and Defense Secretary"),
            E("Guterres meets Zelensky in Kyiv", "CONSULT", ["António Guterres", "Volodymyr Zelensky"], "2022-04-28",
              "text", "occurred", "Secretary of State Antony Blinken and Defense Secretary"),
            E("Russian missiles strike Kyiv during Guterres's visit", "ASSAULT", ["Russia", "Ukraine"], "2022-04-28",
              "context", "occurred", "Secretary of State Antony Blinken and Defense Secretary"),
            E("Guterres condemns the strike", "ACCUSE", ["António Guterres", "Russia"], "2022-04-28", "context",
              "occurred", "Guterres condemned the strike"),
            E("Peskov: US weapons deliveries do not contribute to peace", "ACCUSE", ["Dmitry Peskov", "United States"],
              "2022-05-01", "published", "occurred", "do not contribute to peace"),
            E("Antonov warns US arms risk a direct clash between the nuclear powers", "REQUEST",
              ["Russia", "United States"], "2022-05-01", "published", "occurred", "Anatoly Antonov"),
            E("Pelosi delegation to meet Duda in Warsaw", "CONSULT", ["United States", "Poland"], "2022-05-02", "text",
              "planned", "scheduled to meet President Andrzej Duda"),
        ],
        [
            S("United States", "Pelosi: we are visiting to thank you for your fight for freedom", "2022-04-30",
              "context", "We believe that we are visiting you"),
            S("United States", "Pelosi: our commitment is to be there for you until the fight is done", "2022-04-30",
              "context", "Our commitment is to be there"),
            S("Volodymyr Zelensky", "Thanks the delegation; talks focused on weapons, financial aid and sanctions",
              "2022-04-30", "context", "Zelensky thanked the delegation"),
            S("United States", "Pelosi: the House will take up the request soon; America stands firmly with Ukraine",
              "2022-05-01", "published", "Pelosi said in a statement"),
            S("António Guterres", "Condemns the strike on Kyiv as shocking", "2022-04-28", "context",
              "Guterres condemned the strike"),
            S("Dmitry Peskov", "American weapons deliveries do not contribute to peace", "2022-05-01", "published",
              "do not contribute to peace"),
            S("Russia", "Antonov: the flow of US arms risks a direct clash between nuclear powers", "2022-05-01",
              "published", "Anatoly Antonov"),
        ],
        ["United States", "Volodymyr Zelensky", "Ukraine", "Russia", "Joe Biden", "Antony Blinken",
         "António Guterres", "United Nations", "Kremlin", "Dmitry Peskov", "Poland"],
    ),
    doc(
        "b88en02_ep_state_sponsor_terrorism_2022_11", "2022-11-24", EN02,
        [
            T("Wednesday", "DATE", "2022-11-23", 0),
            T("Wednesday", "DATE", "2022-11-23", 1),
            T("next Tuesday", "DATE", "2022-11-29"),
            T("Wednesday", "DATE", "2022-11-30", 2),
            T("next week", "DATE", "2022-W48"),
            T("1932", "DATE", "1932"),
            T("1933", "DATE", "1933"),
            T("currently", "DATE", "PRESENT_REF"),
        ],
        [
            E("European Parliament declares Russia a state sponsor of terrorism", "ACCUSE",
              ["European Union", "Russia"], "2022-11-23", "text", "occurred",
              "The European Parliament on Wednesday declared"),
            E("Parliament calls on the Council to list the Wagner Group as a terrorist organisation", "REQUEST",
              ["European Union", "Russia"], "2022-11-23", "context", "occurred", "The non-binding text"),
            E("Parliament urges work on a special tribunal for the crime of aggression", "REQUEST",
              ["European Union", "Russia"], "2022-11-23", "context", "occurred", "It also urges member states"),
            E("Cyberattack takes Parliament's website offline", "ASSAULT", ["European Union"], "2022-11-23",
              "context", "occurred", "Parliament's website went down",
              note="the pro-Kremlin group that claimed it is not a canonical actor"),
            E("Zelensky welcomes the resolution", "SUPPORT", ["Volodymyr Zelensky", "European Union"], "2022-11-24",
              "published", "occurred", "Zelensky welcomed the decision"),
            E("Zelensky: Russia must be isolated and held accountable", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2022-11-24", "published", "occurred", "Zelensky welcomed the decision"),
            E("Kuleba calls on EU member states to adopt similar designations", "REQUEST", ["Ukraine", "European Union"],
              "2022-11-24", "published", "occurred", "Foreign Minister Dmytro Kuleba called"),
            E("Zakharova mocks the Parliament as a sponsor of idiocy", "ACCUSE", ["Maria Zakharova", "European Union"],
              "2022-11-24", "published", "occurred", "sponsor of idiocy"),
            E("Peskov: Moscow does not take such resolutions seriously", "REJECT",
              ["Dmitry Peskov", "European Union"], "2022-11-24", "published", "occurred",
              "Kremlin spokesman Dmitry Peskov said"),
            E("Russian missiles knock out power across Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-11-23", "text",
              "occurred", "Russian missiles knocked out power"),
            E("NATO foreign ministers to meet in Bucharest", "CONSULT", ["NATO"], "2022-11-29", "text", "planned",
              "NATO foreign ministers, meeting in Bucharest", note="29–30 November 2022"),
            E("NATO expected to pledge more help to repair Ukraine's grid", "AID", ["NATO", "Ukraine"], "2022-11-29",
              "context", "planned", "NATO foreign ministers, meeting in Bucharest"),
            E("Bundestag to vote on recognising the Holodomor as genocide", "ACCUSE", ["Germany"], "2022-W48", "text",
              "planned", "the Bundestag is set to vote next week"),
        ],
        [
            S("European Union", "Resolution: Russia's strikes on civilian infrastructure are acts of terror; Wagner "
              "should be listed", "2022-11-23", "context", "The non-binding text"),
            S("European Union", "Metsola: Parliament is under a sophisticated cyberattack claimed by a pro-Kremlin "
              "group", "2022-11-23", "context", "President Roberta Metsola said"),
            S("European Union", "Metsola: our IT experts are pushing back", "2022-11-23", "context",
              "Our IT experts are pushing back"),
            S("Volodymyr Zelensky", "Welcomes the decision; Russia must be isolated and held accountable",
              "2022-11-24", "published", "Zelensky welcomed the decision"),
            S("Ukraine", "Kuleba calls on EU member states to follow Parliament's lead", "2022-11-24", "published",
              "Foreign Minister Dmytro Kuleba called"),
            S("Russia", "Moscow reacted swiftly", "2022-11-24", "published", "The reaction from Moscow was swift"),
            S("Maria Zakharova", "The European Parliament should be declared a sponsor of idiocy", "2022-11-24",
              "published", "sponsor of idiocy"),
            S("Dmitry Peskov", "Moscow does not take such resolutions seriously", "2022-11-24", "published",
              "Kremlin spokesman Dmitry Peskov said"),
            S("European Union", "Commission: the EU has no legal framework to designate state sponsors of terrorism",
              "2022-11-24", "published", "The Commission, for its part"),
        ],
        ["European Union", "Russia", "Ukraine", "Volodymyr Zelensky", "Maria Zakharova", "Kremlin", "Dmitry Peskov",
         "NATO", "Germany"],
    ),
    doc(
        "b88en03_graham_wanted_list_2023_05", "2023-05-30", EN03,
        [
            T("Monday", "DATE", "2023-05-29", 0),
            T("Sunday", "DATE", "2023-05-28", 0),
            T("Friday", "DATE", "2023-05-26", 0),
            T("July", "DATE", "2023-07"),
            T("Friday", "DATE", "2023-05-26", 1),
            T("Monday", "DATE", "2023-05-29", 1),
            T("last year", "DATE", "2022"),
            T("February 2022", "DATE", "2022-02"),
            T("overnight into Sunday", "TIME", "2023-05-27TNI", note="night to Sunday 28 May 2023"),
            T("this week", "DATE", "2023-W22"),
        ],
        [
            E("Russia puts Senator Graham on its wanted list", "SANCTION", ["Russia", "United States"], "2023-05-29",
              "text", "occurred", "placed U.S. Sen. Lindsey Graham"),
            E("Russia's Investigative Committee opens a criminal case against Graham", "ACCUSE",
              ["Russia", "United States"], "2023-05-28", "text", "occurred", "Investigative Committee"),
            E("Graham meets Zelensky in Kyiv", "CONSULT", ["United States", "Volodymyr Zelensky"], "2023-05-26",
              "text", "occurred", "Investigative Committee"),
            E("Graham and Ukrainian officials accuse Russian state media of splicing his remarks", "ACCUSE",
              ["United States", "Ukraine", "Russia"], "2023-05-30", "published", "occurred",
              "Russian state media had spliced"),
            E("NATO summit in Vilnius in July", "CONSULT", ["NATO"], "2023-07", "text", "planned",
              "According to Zelensky's office"),
            E("Peskov: hard to imagine a greater shame than such senators", "ACCUSE",
              ["Dmitry Peskov", "United States"], "2023-05-26", "text", "occurred", "hard to imagine"),
            E("Medvedev calls Graham an old fool", "ACCUSE", ["Russia", "United States"], "2023-05-30", "published",
              "occurred", "an old fool"),
            E("Zakharova: Graham confessed Washington's real aims in Ukraine", "ACCUSE",
              ["Maria Zakharova", "United States"], "2023-05-30", "published", "occurred", "confessed"),
            E("Graham calls Putin's regime corrupt and immoral", "ACCUSE", ["United States", "Vladimir Putin"],
              "2023-05-29", "text", "occurred", "badge of honor,"),
            E("Graham vows to keep supporting Ukraine", "AGREE", ["United States", "Ukraine"], "2023-05-29", "context",
              "occurred", "He vowed"),
            E("Graham urges the Biden administration to send F-16s and ATACMS", "REQUEST",
              ["United States", "Joe Biden", "Ukraine"], "2023-05-29", "context", "occurred", "He vowed"),
            E("Graham–Blumenthal resolution calls for designating Russia a state sponsor of terrorism", "REQUEST",
              ["United States", "Russia"], "2022", "text", "occurred", "introduced a resolution last year"),
            E("Russia's full-scale invasion of Ukraine in February 2022", "ASSAULT", ["Russia", "Ukraine"], "2022-02",
              "text", "occurred", "since the full-scale invasion began"),
            E("Russia's largest drone attack on Kyiv", "ASSAULT", ["Russia", "Ukraine"], "2023-05-27TNI", "text",
              "occurred", "largest drone attack"),
        ],
        [
            S("United States", "Graham in the clip: the Russians are dying; US aid is the best money ever spent",
              "2023-05-26", "context", "In the clip"),
            S("United States", "Graham: Russian state media spliced together unrelated remarks", "2023-05-30",
              "published", "Russian state media had spliced"),
            S("Ukraine", "Russian state media spliced together unrelated remarks", "2023-05-30", "published",
              "Russian state media had spliced"),
            S("Ukraine", "Zelensky's office: the meeting focused on fighter jets and the Vilnius summit",
              "2023-05-26", "context", "According to Zelensky's office"),
            S("Maria Zakharova", "Graham simply confessed Washington's real aims in Ukraine", "2023-05-30",
              "published", "confessed"),
            S("Dmitry Peskov", "Hard to imagine a greater shame for a country than such senators", "2023-05-26",
              "text", "hard to imagine"),
            S("Russia", "Medvedev calls Graham an old fool", "2023-05-30", "published", "an old fool"),
            S("United States", "Graham will wear the arrest warrant of Putin's regime as a badge of honor",
              "2023-05-29", "text", "badge of honor,"),
            S("United States", "Graham vows support until every Russian soldier is expelled, urges F-16s and ATACMS",
              "2023-05-29", "context", "He vowed"),
            S("Ukraine", "Air force: 52 of 54 drones shot down", "2023-05-30", "published",
              "Ukraine's air force said"),
        ],
        ["Russia", "United States", "Volodymyr Zelensky", "Ukraine", "NATO", "Kremlin", "Dmitry Peskov",
         "Maria Zakharova", "Vladimir Putin", "Joe Biden"],
    ),
    doc(
        "b88en04_johnson_markarova_scranton_2024_09", "2024-09-27", EN04,
        [
            T("Sunday", "DATE", "2024-09-22"),
            T("Wednesday", "DATE", "2024-09-25", 0),
            T("2022", "DATE", "2022"),
            T("Thursday", "DATE", "2024-09-26", 0),
            T("Thursday", "DATE", "2024-09-26", 1),
            T("Wednesday", "DATE", "2024-09-25", 1),
            T("Thursday", "DATE", "2024-09-26", 2),
            T("Friday morning", "TIME", "2024-09-27TMO"),
            T("Monday", "DATE", "2024-09-23"),
            T("Wednesday", "DATE", "2024-09-25", 2),
        ],
        [
            E("Zelenskyy tours the Scranton Army Ammunition Plant with Governor Shapiro", "CONSULT",
              ["Volodymyr Zelensky", "United States"], "2024-09-22", "text", "occurred",
              "House Speaker Mike Johnson has demanded",
              note="hosted by Pennsylvania's governor; the visit is counted as a visit to the United States"),
            E("Johnson calls the visit a partisan campaign event", "ACCUSE", ["United States", "Ukraine"],
              "2024-09-25", "text", "occurred", "In a letter sent Wednesday"),
            E("Johnson demands Ukraine fire Ambassador Markarova", "REQUEST", ["United States", "Ukraine"],
              "2024-09-25", "text", "occurred", "In a letter sent Wednesday"),
            E("Ukrainian Embassy rejects the charge", "REJECT", ["Ukraine", "United States"], "2024-09-27",
              "published", "occurred", "The Ukrainian Embassy said"),
            E("Zelenskyy meets a bipartisan group of senators", "CONSULT", ["Volodymyr Zelensky", "United States"],
              "2024-09-26", "text", "occurred", "The dispute overshadowed"),
            E("Biden receives Zelenskyy at the White House", "CONSULT", ["Joe Biden", "Volodymyr Zelensky"],
              "2024-09-26", "text", "occurred", "Later Thursday"),
            E("Biden announces nearly $8 billion in security assistance", "AID", ["Joe Biden", "Ukraine"],
              "2024-09-26", "context", "occurred", "Later Thursday"),
            E("Harris meets Zelenskyy", "CONSULT", ["United States", "Volodymyr Zelensky"], "2024-09-26", "context",
              "occurred", "Vice President Kamala Harris"),
            E("Harris rejects proposals that Ukraine give up territory", "REJECT", ["United States"], "2024-09-26",
              "context", "occurred", "Vice President Kamala Harris"),
            E("Trump criticises Zelenskyy for refusing to make a deal", "ACCUSE",
              ["Donald Trump", "Volodymyr Zelensky"], "2024-09-25", "text", "occurred", "Former President Donald Trump"),
            E("Trump to meet Zelenskyy at Trump Tower", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"],
              "2024-09-27TMO", "text", "planned", "Former President Donald Trump"),
            E("Zelenskyy calls Vance too radical", "ACCUSE", ["Volodymyr Zelensky", "JD Vance"], "2024-09-23", "text",
              "occurred", "too radical"),
            E("Peskov dismisses Zelenskyy's victory plan", "REJECT", ["Dmitry Peskov", "Volodymyr Zelensky"],
              "2024-09-27", "published", "occurred", "doomed to failure"),
            E("Putin announces a nuclear doctrine change aimed at Kyiv's backers", "THREATEN",
              ["Vladimir Putin", "Ukraine"], "2024-09-25", "text", "occurred", "President Vladimir Putin had announced"),
        ],
        [
            S("United States", "Johnson: the visit was a partisan campaign event; Markarova should be fired",
              "2024-09-25", "text", "In a letter sent Wednesday"),
            S("Ukraine", "Embassy: the tour thanked the workers; Republicans were invited too", "2024-09-27",
              "published", "The Ukrainian Embassy said"),
            S("Volodymyr Zelensky", "Tells the workers: you are saving lives", "2024-09-22", "context",
              "You are saving lives"),
            S("United States", "Harris: proposals that Ukraine give up territory are proposals for surrender",
              "2024-09-26", "context", "Vice President Kamala Harris"),
            S("Donald Trump", "Criticises Zelenskyy at a rally for refusing to make a deal", "2024-09-25", "text",
              "Former President Donald Trump"),
            S("Donald Trump", "Will meet Zelenskyy at Trump Tower on Friday morning", "2024-09-26", "text",
              "Former President Donald Trump"),
            S("Volodymyr Zelensky", "Vance is too radical", "2024-09-23", "text", "too radical"),
            S("Dmitry Peskov", "Zelenskyy's victory plan is doomed to failure", "2024-09-27", "published",
              "doomed to failure"),
            S("Vladimir Putin", "An attack by a non-nuclear state backed by a nuclear power will be treated as a "
              "joint attack", "2024-09-25", "text", "President Vladimir Putin had announced"),
        ],
        ["United States", "Ukraine", "Volodymyr Zelensky", "Joe Biden", "Donald Trump", "JD Vance", "Russia",
         "Kremlin", "Dmitry Peskov", "Vladimir Putin"],
    ),
    doc(
        "b88en05_pace_children_genocide_2023_04", "2023-04-28", EN05,
        [
            T("Thursday", "DATE", "2023-04-27", 0),
            T("last month", "DATE", "2023-03"),
            T("Wednesday", "DATE", "2023-04-26"),
            T("February 2022", "DATE", "2022-02"),
            T("Thursday evening", "TIME", "2023-04-27TEV"),
            T("A day earlier", "DATE", "2023-04-26"),
            T("Friday morning", "TIME", "2023-04-28TMO"),
            T("May 16", "DATE", "2023-05-16"),
            T("17", "DATE", "2023-05-17"),
        ],
        [
            E("PACE calls the deportation of Ukrainian children genocide", "ACCUSE", ["Russia"], "2023-04-27", "text",
              "occurred", "on Thursday described the forcible transfer",
              note="the Parliamentary Assembly of the Council of Europe is not a canonical actor"),
            E("PACE calls for the immediate return of the children", "REQUEST", ["Russia", "Ukraine"], "2023-04-27",
              "text", "occurred", "on Thursday described the forcible transfer"),
            E("ICC issues an arrest warrant for Putin over the deportations", "ACCUSE", ["Vladimir Putin"], "2023-03",
              "text", "occurred", "International Criminal Court", note="17 March 2023"),
            E("Russia deports Ukrainian children since February 2022, as Kyiv reports", "COERCE", ["Russia", "Ukraine"],
              "2022-02", "text", "occurred", "Dmytro Lubinets", date_mod="START"),
            E("Zakharova dismisses the resolution", "REJECT", ["Maria Zakharova"], "2023-04-28", "published",
              "occurred", "lost any connection with reality"),
            E("Peskov: Russia does not recognise the ICC's jurisdiction", "REJECT", ["Dmitry Peskov"], "2023-04-28",
              "published", "occurred", "jurisdiction of the ICC"),
            E("Zelensky thanks the Assembly", "SUPPORT", ["Volodymyr Zelensky"], "2023-04-27TEV", "text", "occurred",
              "thanked the Assembly"),
            E("Zelensky promises every child will be brought home", "AGREE", ["Volodymyr Zelensky"], "2023-04-27TEV",
              "text", "occurred", "thanked the Assembly"),
            E("First Zelensky–Xi phone call since the invasion", "CONSULT", ["Volodymyr Zelensky", "Xi Jinping"],
              "2023-04-26", "text", "occurred", "A day earlier"),
            E("China to send a special envoy to Ukraine", "CONSULT", ["China", "Ukraine"], "2023-04-28", "published",
              "planned", "Beijing said afterwards", note="no date given for the envoy's trip"),
            E("Russian missiles strike an apartment block in Uman", "ASSAULT", ["Russia", "Ukraine"],
              "2023-04-28TMO", "text", "occurred", "Uman"),
            E("Council of Europe summit in Reykjavík", "CONSULT", ["Olaf Scholz", "Emmanuel Macron"], "2023-05-16",
              "text", "planned", "Reykjavík", note="16–17 May 2023"),
            E("Leaders to set up a register of damage caused by Russia's aggression", "AGREE",
              ["Olaf Scholz", "Emmanuel Macron", "Ukraine"], "2023-05-16", "context", "planned", "Reykjavík"),
        ],
        [
            S("Ukraine", "Lubinets: more than 19,000 children deported, only 361 brought back", "2023-04-26", "text",
              "Dmytro Lubinets"),
            S("Ukraine", "The children are being taught to forget that they are Ukrainian", "2023-04-26", "context",
              "These children are being taught"),
            S("Russia", "Moscow rejected the resolution", "2023-04-28", "published",
              "Moscow rejected the resolution"),
            S("Maria Zakharova", "The Assembly has lost any connection with reality; Russia rescued the children",
              "2023-04-28", "published", "lost any connection with reality"),
            S("Dmitry Peskov", "Russia does not recognise the ICC's jurisdiction", "2023-04-28", "published",
              "jurisdiction of the ICC"),
            S("Volodymyr Zelensky", "Thanks the Assembly and promises every child will be brought home",
              "2023-04-27TEV", "text", "thanked the Assembly"),
            S("Volodymyr Zelensky", "The call with Xi was long and meaningful", "2023-04-26", "context",
              "A day earlier"),
            S("China", "Will send a special envoy to Ukraine for talks on a settlement", "2023-04-26", "context",
              "Beijing said afterwards"),
            S("Ukraine", "At least 20 killed in the Uman strike", "2023-04-28", "published", "Uman"),
        ],
        ["Russia", "Ukraine", "Vladimir Putin", "Maria Zakharova", "Kremlin", "Dmitry Peskov", "Volodymyr Zelensky",
         "Xi Jinping", "China", "Olaf Scholz", "Germany", "Emmanuel Macron", "France"],
    ),
    doc(
        "b88en06_shaheen_senate_kyiv_2026_03", "2026-03-30", EN06,
        [
            T("the weekend", "DATE", "2026-W13-WE"),
            T("about two hours", "DURATION", "PT2H", mod="APPROX"),
            T("Saturday", "DATE", "2026-03-28", 0),
            T("Sunday", "DATE", "2026-03-29", 0),
            T("Sunday night", "TIME", "2026-03-29TNI"),
            T("May", "DATE", "2026-05"),
            T("two weeks", "DURATION", "P2W", note="about 13 April 2026 (2026-W16)"),
            T("overnight into Saturday", "TIME", "2026-03-27TNI", note="night to Saturday 28 March 2026"),
            T("Monday", "DATE", "2026-03-30"),
            T("this week", "DATE", "2026-W14"),
            T("last Thursday", "DATE", "2026-03-26"),
            T("summer", "DATE", "2026-SU"),
            T("Wednesday", "DATE", "2026-04-01"),
            T("this year", "DATE", "2026"),
            T("April 9", "DATE", "2026-04-09"),
        ],
        [
            E("Senate delegation meets Zelensky in Kyiv", "CONSULT", ["United States", "Volodymyr Zelensky"],
              "2026-03-28", "text", "occurred", "met President Volodymyr Zelensky for about two hours"),
            E("Senators hold talks with Rada Speaker Stefanchuk", "CONSULT", ["United States", "Ukraine"],
              "2026-03-29", "text", "occurred", "met President Volodymyr Zelensky for about two hours"),
            E("Zelensky asks the senators for Patriot interceptors and a sanctions vote", "REQUEST",
              ["Volodymyr Zelensky", "United States"], "2026-03-28", "context", "occurred",
              "She said Zelensky had asked"),
            E("Senate expected to take up the Russia sanctions bill in May", "SANCTION", ["United States", "Russia"],
              "2026-05", "text", "planned", "Shaheen said she expected"),
            E("A House delegation to visit Ukraine in two weeks", "CONSULT", ["United States", "Ukraine"], "2026-W16",
              "text", "planned", "Shaheen said she expected", note="'in two weeks' from 30 March 2026"),
            E("Russian drone and missile attack on Kyiv", "ASSAULT", ["Russia", "Ukraine"], "2026-03-27TNI", "text",
              "occurred", "Hours before the senators arrived"),
            E("Zelensky: the attack shows Moscow is not interested in peace", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2026-03-28", "context", "occurred", "not interested in peace"),
            E("Peskov dismisses the trip as a tour by sponsors of the war", "ACCUSE", ["Dmitry Peskov", "United States"],
              "2026-03-30", "text", "occurred", "a tour by sponsors of the war"),
            E("Peskov warns that new US sanctions would harden Russia's position", "REQUEST",
              ["Dmitry Peskov", "United States"], "2026-03-30", "context", "occurred", "a tour by sponsors of the war"),
            E("Witkoff due in Moscow for talks with Putin", "CONSULT", ["Steve Witkoff", "Vladimir Putin"], "2026-W14",
              "text", "planned", "Steve Witkoff is due in Moscow"),
            E("Rubio to meet Umerov in Washington", "CONSULT", ["Marco Rubio", "Rustem Umerov"], "2026-04-01", "text",
              "planned", "He is due to meet Ukraine's chief negotiator"),
        ],
        [
            S("United States", "Shaheen: the Senate has not forgotten Ukraine", "2026-03-29TNI", "text",
              "The message we carried is simple"),
            S("Volodymyr Zelensky, via United States", "Asked the senators for Patriot interceptors and a vote on the "
              "sanctions bill", "2026-03-28", "context", "She said Zelensky had asked"),
            S("United States", "Shaheen expects a Senate vote in May; Tillis: a House delegation in two weeks",
              "2026-03-29TNI", "context", "Shaheen said she expected"),
            S("Donald Trump, via White House", "Would sign the bill only with the power to waive the penalties",
              "2026-03-30", "published", "The White House has said"),
            S("Ukraine", "Four people killed in the overnight attack on Kyiv", "2026-03-30", "published",
              "Hours before the senators arrived"),
            S("Volodymyr Zelensky", "The attack shows Moscow is not interested in peace", "2026-03-28", "context",
              "not interested in peace"),
            S("Dmitry Peskov", "The trip was a tour by sponsors of the war; new sanctions would harden Russia's "
              "position", "2026-03-30", "text", "a tour by sponsors of the war"),
            S("Kremlin", "Witkoff is due in Moscow this week for talks with Putin", "2026-03-30", "published",
              "Steve Witkoff is due in Moscow"),
            S("Marco Rubio", "Washington still hopes for a framework agreement before summer", "2026-03-26", "text",
              "Secretary of State Marco Rubio said last Thursday"),
        ],
        ["United States", "Volodymyr Zelensky", "Ukraine", "Russia", "White House", "Donald Trump", "Kremlin",
         "Dmitry Peskov", "Steve Witkoff", "Vladimir Putin", "Marco Rubio", "Rustem Umerov"],
    ),
]
