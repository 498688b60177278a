"""English articles of the blind130 set (fictionalised; written and annotated blind to the extraction code).

Theme: Switzerland's neutrality and the war, 2022–2025. English texts use straight double quotes.
"""

from build import E, S, T

# ---------------------------------------------------------------- b130en01 (RTL Today, AFP copy)
EN01 = '''
Switzerland again blocks German bid to send Gepard ammunition to Ukraine

Bern (AFP) - Switzerland has for a third time refused to let Germany pass Swiss-made ammunition for Gepard anti-aircraft tanks on to Ukraine, the government in Bern said on Thursday.
Economy Minister Guy Parmelin wrote to German Defence Minister Christine Lambrecht that Swiss law did not allow re-exports of war materiel to a country involved in an international armed conflict, his department said.
Lambrecht had asked in a letter in late October to be allowed to send some 12,000 rounds of 35-millimetre ammunition, arguing that Ukraine urgently needed them to protect its Black Sea grain ports.
Bern had already turned down two similar requests from Berlin in the spring.

A spokesperson for the German defence ministry said on Friday that Berlin took note of the decision and was looking for alternatives, including production in Germany.
Arms maker Rheinmetall has said it could start making the rounds at a German plant next year.
Germany delivered the first Gepards to Ukraine in late July and has promised 30 of them in total.

Kyiv reacted with frustration.
Ukraine's foreign ministry spokesman Oleg Nikolenko said on Friday that "neutrality cannot mean indifference" while Russia was attacking Ukrainian power plants every day.
President Volodymyr Zelensky thanked Germany in his nightly video address on Thursday for the Gepards, which he said had shot down dozens of Iranian-made drones.
Since October 10, Russia has launched waves of missiles and drones at Ukraine's energy grid, knocking out about a third of the country's power stations.

Russia's embassy in Bern said Switzerland was right not to become "an accomplice in prolonging the bloodshed".
Russia's ambassador to Germany, Sergey Nechayev, had warned on Wednesday that every new German weapons delivery drew Berlin deeper into the conflict.
Meanwhile the United States announced on Friday a further 400 million dollars in military aid for Ukraine, including the refurbishment of T-72 tanks and Hawk air defence missiles.

In Switzerland, the debate over neutrality is now reaching parliament.
The security committee of the National Council is due to discuss a proposal to ease re-export rules on November 14.
Luxembourg, which has no arms industry of its own, has so far given Ukraine military equipment worth about 80 million euros, most of it bought abroad.
'''

# ---------------------------------------------------------------- b130en02 (Private Banker International)
EN02 = '''
G7 envoys press Switzerland to hunt harder for Russian wealth

Ambassadors of the G7 countries and the European Union have urged the Swiss government to do more to find and freeze Russian assets, putting the country's wealth managers back in the spotlight.
The letter, dated April 4 and signed by the envoys of the United States, the United Kingdom, France, Germany, Italy, Japan and Canada as well as the head of the EU delegation, was made public on Tuesday.
It asks Bern to join the multilateral REPO task force on Russian elites and to close what the signatories call gaps in sanctions enforcement, including the use of lawyers and trust structures to hide ownership.
The State Secretariat for Economic Affairs (SECO) said on Wednesday it had received the letter and would reply in the coming weeks, but stressed that Switzerland was already applying the EU sanctions in full.
Bern turned down an invitation from Washington to join the REPO task force last year, arguing that its own procedures were sufficient.

The pressure has been building for weeks.
US Ambassador Scott Miller told the Neue Zürcher Zeitung last month that Switzerland could block another 50 to 100 billion francs of Russian money if it looked harder, a claim the Federal Council rejected as unfounded.
According to SECO, 7.5 billion francs of private Russian assets are currently frozen in Switzerland, plus about 7.4 billion francs of central bank reserves.
Swiss bankers estimated last year that Russian clients held some 150 billion francs with Swiss institutions.

Kyiv welcomed the letter.
Andriy Yermak, the head of Ukraine's presidential office, called on Switzerland on Tuesday to "stop being a safe haven for the money of the aggressor" and to use frozen funds for reconstruction.
European Commission President Ursula von der Leyen proposed in late November to invest immobilised Russian central bank reserves and use the proceeds for Ukraine's reconstruction.
Russian foreign ministry spokeswoman Maria Zakharova said on Wednesday that any confiscation would be "theft" and that Russia would respond against Swiss interests.

For private banks, the message is uncomfortable.
The emergency takeover of Credit Suisse by UBS on March 19 has already dented the reputation of Swiss finance, and US prosecutors are examining whether Credit Suisse staff helped Russian clients evade sanctions.
Several Geneva and Zurich houses told PBI they had reviewed their Russian-linked client books again since the start of the year.
A SECO report on enforcement is due in mid-May.
'''

# ---------------------------------------------------------------- b130en03 (Shephard News)
EN03 = '''
Switzerland clears sale of 25 Leopard 2 tanks back to Rheinmetall

The Swiss Federal Council on Wednesday approved the sale of 25 decommissioned Leopard 2A4 main battle tanks to German manufacturer Rheinmetall, on condition that none of them are transferred to Ukraine.
The tanks, known in Swiss service as Panzer 87, have been stored in eastern Switzerland for years and will return to Germany in the coming months.
Rheinmetall plans to refurbish them to backfill the stocks of Germany and of other EU and NATO states that have sent armour to Kyiv.
Berlin had asked Bern in late February to sell back some of its mothballed Leopard 2s, in a letter from Defence Minister Boris Pistorius and Economy Minister Robert Habeck.
Parliament cleared the way in September, when the National Council voted to decommission the 25 tanks, following the Council of States in June.

The decision contrasts with the government's refusal in late June to let RUAG sell 96 Leopard 1A5 tanks stored in Italy to Rheinmetall, which had planned to refurbish them for Ukraine.
At the time, the Federal Council said the sale would breach the war materiel law and neutrality law.

A German defence ministry spokesman welcomed Wednesday's decision as "an important contribution to European security".
Ukraine's ambassador in Bern, Iryna Venediktova, said the condition was "hard to understand" when Ukrainian cities were under attack every night.
The Russian embassy called the deal "a cynical way around neutrality" and said the tanks would free up German Leopards for the front.
NATO Secretary General Jens Stoltenberg urged allies on Tuesday to speed up arms production, warning that Ukraine's needs would outlast the winter.

Germany has so far delivered 18 Leopard 2A6 to Ukraine, the first of them in March, as part of a European coalition that also supplied older Leopard 1 variants.
Rheinmetall did not say which customers would receive the refurbished ex-Swiss tanks, but company sources expect the first to be ready in 2025.
Switzerland keeps another 71 mothballed Leopard 2 in reserve, and armasuisse is reviewing the fleet over the next two years.
The country has been under pressure since last year over its refusal to allow re-exports of Swiss-made arms.
'''

# ---------------------------------------------------------------- b130en04 (WalesOnline, live blog)
EN04 = '''
Ukraine peace summit live: Communique backed by 80 countries as Saudi Arabia and India hold back

17:05 BST: President Volodymyr Zelensky told the closing news conference that a second peace summit could take place "in months, not years" and that several countries had offered to host it.
He said Russia could attend only if it respected Ukraine's territorial integrity, and rejected the demands Vladimir Putin set out on Friday as "an ultimatum".

16:20 BST: The final communique has been endorsed by 80 of the 92 countries taking part, among them the United States, the United Kingdom, Germany, France, Japan and Turkey.
Saudi Arabia, India, South Africa, Brazil, Mexico and the United Arab Emirates did not sign.
The text calls for Ukraine to regain full control of the Zaporizhzhia nuclear plant under IAEA supervision, for free navigation in the Black Sea and for the release of all prisoners of war and the return of deported children.

14:45 BST: Saudi Foreign Minister Prince Faisal bin Farhan told the plenary that any credible process would need Russia at the table and "difficult compromises".
Turkish Foreign Minister Hakan Fidan said the summit would have been "more result-oriented" if the other party had been in the room.

13:10 BST: Kremlin spokesman Dmitry Peskov said in Moscow that the results of the summit were "close to zero".
He said Putin's offer of Friday remained on the table.

11:30 BST: German Chancellor Olaf Scholz told the plenary that peace could not be achieved without involving Russia, but that it must not be a "dictated peace".
French President Emmanuel Macron warned that a peace amounting to Ukraine's capitulation would not last.

09:40 BST: Good morning and welcome to day two of the Summit on Peace in Ukraine at the Bürgenstock resort above Lake Lucerne.
Swiss President Viola Amherd opened the summit on Saturday afternoon with an appeal to Russia to join the process at some point.
US Vice President Kamala Harris met Zelensky on the sidelines on Saturday and announced 1.5 billion dollars in aid for Ukraine's energy sector and humanitarian needs.
Overnight, Russian drones hit energy facilities in the Kharkiv and Poltava regions, Ukraine's air force said.
In Cardiff, around 100 Ukrainians gathered outside the Senedd on Saturday evening to follow the summit on a big screen.
'''

# ---------------------------------------------------------------- b130en05 (Global Geneva)
EN05 = '''
Cassis meets Lavrov in New York as Bern tries to keep the Bürgenstock process alive

Swiss Foreign Minister Ignazio Cassis met his Russian counterpart Sergey Lavrov on the sidelines of the UN General Assembly in New York on Tuesday, their first meeting since Switzerland hosted the Ukraine peace summit in mid-June.
According to the Swiss foreign ministry, Cassis briefed Lavrov on the follow-up to the Bürgenstock conference and explored how Russia might be involved in a future process.
The Russian readout, published on Wednesday, was cooler.
It said Lavrov had told Cassis that the "Bürgenstock formula" had no prospects and that Moscow would not take part in any follow-up conference based on Zelensky's peace formula.
Lavrov also accused Switzerland of having abandoned its neutrality by adopting the EU's sanctions.

A day earlier, Cassis had met Ukraine's new foreign minister, Andrii Sybiha, who took office earlier this month after Dmytro Kuleba's resignation.
Sybiha urged Switzerland to help prepare a second summit before the end of the year, to which Kyiv wants to invite Russian representatives.
President Volodymyr Zelensky is due to present his "victory plan" to President Joe Biden at the White House on Thursday and to meet Vice President Kamala Harris separately.
At the Security Council on Tuesday, Zelensky said Russia could only be "forced into peace" and criticised the Chinese-Brazilian peace initiative as an attempt to reward the aggressor.
China and Brazil are convening a group of "Friends for Peace" at the UN on Friday, and Switzerland has said it will attend as an observer.

In Moscow, Kremlin spokesman Dmitry Peskov said on Wednesday that Russia valued "working contacts" with Bern but did not see Switzerland as a mediator.
Lavrov is due to address the General Assembly on Saturday.

Back home, the Swiss parliament last week approved 1.5 billion francs for Ukraine's reconstruction until 2028, part of a five-billion-franc commitment running to 2036.
The Bürgenstock summit in June drew 92 countries, 80 of which endorsed its final communique; Russia was not invited and China stayed away.
A Swiss diplomat told Global Geneva that the aim for the next three months was to keep as many countries as possible on board.
'''

# ---------------------------------------------------------------- b130en06 (Swiss Review, explainer)
EN06 = '''
Explainer: What Switzerland can and cannot offer Ukraine

President Karin Keller-Sutter met Ukrainian President Volodymyr Zelensky at the World Economic Forum in Davos on Tuesday, their first meeting since she took over the rotating Swiss presidency at the start of the year.
Here is what was discussed, and where neutrality draws the line.

What did the two presidents agree on?
Keller-Sutter told reporters afterwards that Switzerland stood ready to host talks between Kyiv and Moscow "whenever both sides are willing" and would keep up its humanitarian demining work.
Zelensky thanked Switzerland for organising the Bürgenstock summit last June and for its reconstruction aid.
The Federal Council decided last April to set aside five billion francs for Ukraine's reconstruction until 2036.

What did Zelensky ask for?
Above all, weapons.
He asked Switzerland once again to let countries that bought Swiss arms pass them on to Ukraine, and to allow Ukraine to use the interest earned on frozen Russian central bank assets.
In his speech to the forum on Tuesday, he also called on Europe to build up its own defence and said any ceasefire would need at least 200,000 European peacekeepers.

Why does Switzerland say no to arms re-exports?
Buyers of Swiss weapons must sign a declaration not to pass them on, and the war materiel law bars transfers to countries at war.
Bern used that rule in 2022 to stop Germany from sending Gepard ammunition and Denmark from sending Piranha armoured vehicles to Ukraine.
A relaxation is currently before parliament, and the Council of States is expected to vote on it in the summer.

What about the frozen assets?
About 7.4 billion francs of private Russian assets remain frozen in Switzerland.
Keller-Sutter, who was finance minister until December, has repeatedly said that confiscating them without a court ruling would breach the constitution.

How does Moscow see it?
Russia put Switzerland on its list of "unfriendly" countries in March 2022, after Bern adopted the EU's sanctions.
Kremlin spokesman Dmitry Peskov said on Tuesday that Moscow was ready for dialogue with the new US administration but saw "no reason" to accept Switzerland as a venue.

And Washington?
Donald Trump, sworn in on Monday, said on Tuesday that it sounded "likely" he would impose sanctions on Russia if Vladimir Putin refused to negotiate.
Swiss diplomats expect the next months to show whether Bern's offer of good offices will be taken up.
'''


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


G7 = ["United States", "United Kingdom", "France", "Germany", "European Union"]

DOC_EN01 = doc(
    "b130en01_parmelin_gepard_third_no_2022_11", "2022-11-04", EN01,
    [
        T("Thursday", "DATE", "2022-11-03", 0),
        T("late October", "DATE", "2022-10", mod="END"),
        T("the spring", "DATE", "2022-SP"),
        T("Friday", "DATE", "2022-11-04", 0),
        T("next year", "DATE", "2023"),
        T("late July", "DATE", "2022-07", mod="END"),
        T("Friday", "DATE", "2022-11-04", 1),
        T("every day", "SET", "P1D"),
        T("nightly", "SET", "P1D"),
        T("Thursday", "DATE", "2022-11-03", 1),
        T("October 10", "DATE", "2022-10-10"),
        T("Wednesday", "DATE", "2022-11-02"),
        T("Friday", "DATE", "2022-11-04", 2),
        T("now", "DATE", "PRESENT_REF"),
        T("November 14", "DATE", "2022-11-14"),
    ],
    [
        E("Switzerland refuses for a third time to let Germany pass Gepard ammunition on to Ukraine", "REJECT",
          ["Germany", "Ukraine"], "2022-11-03", "text", "occurred", "for a third time refused"),
        E("Lambrecht asks by letter to send 12,000 rounds to Ukraine", "REQUEST", ["Germany"], "2022-10", "text",
          "occurred", "Lambrecht had asked in a letter", date_mod="END"),
        E("Bern turned down two earlier German requests", "REJECT", ["Germany"], "2022-SP", "text", "occurred",
          "Bern had already turned down"),
        E("Germany delivers the first Gepards to Ukraine", "AID", ["Germany", "Ukraine"], "2022-07", "text",
          "occurred", "Germany delivered the first Gepards", date_mod="END"),
        E("Nikolenko criticises the refusal: neutrality cannot mean indifference", "ACCUSE", ["Ukraine"], "2022-11-04",
          "text", "occurred", "Oleg Nikolenko said on Friday"),
        E("Zelensky thanks Germany for the Gepards", "SUPPORT", ["Volodymyr Zelensky", "Germany"], "2022-11-03", "text",
          "occurred", "Zelensky thanked Germany"),
        E("Russian missile and drone waves on Ukraine's energy grid since 10 October", "ASSAULT", ["Russia", "Ukraine"],
          "2022-10-10", "text", "occurred", "Since October 10", date_mod="START"),
        E("Russian embassy approves of the Swiss refusal", "SUPPORT", ["Russia"], "2022-11-04", "published",
          "occurred", "Russia's embassy in Bern said"),
        E("Nechayev: every German delivery draws Berlin deeper into the conflict", "ACCUSE", ["Russia", "Germany"],
          "2022-11-02", "text", "occurred", "Sergey Nechayev, had warned"),
        E("US announces a further 400 million dollars in military aid for Ukraine", "AID", ["United States", "Ukraine"],
          "2022-11-04", "text", "occurred", "Meanwhile the United States announced"),
    ],
    [
        S("Germany", "Takes note of the decision and looks for alternatives, including production in Germany",
          "2022-11-04", "text", "A spokesperson for the German defence ministry"),
        S("Ukraine", "Nikolenko: neutrality cannot mean indifference while Russia attacks power plants every day",
          "2022-11-04", "text", "Oleg Nikolenko said on Friday"),
        S("Volodymyr Zelensky", "Thanks Germany for the Gepards, which shot down dozens of Iranian-made drones",
          "2022-11-03", "text", "Zelensky thanked Germany"),
        S("Russia", "Embassy: Switzerland is right not to become an accomplice in prolonging the bloodshed",
          "2022-11-04", "published", "Russia's embassy in Bern said"),
        S("Russia", "Nechayev: every new German weapons delivery draws Berlin deeper into the conflict", "2022-11-02",
          "text", "Sergey Nechayev, had warned"),
    ],
    ["Germany", "Ukraine", "Volodymyr Zelensky", "Russia", "United States"],
)

DOC_EN02 = doc(
    "b130en02_g7_letter_russian_assets_2023_04", "2023-04-12", EN02,
    [
        T("April 4", "DATE", "2023-04-04"),
        T("Tuesday", "DATE", "2023-04-11", 0),
        T("Wednesday", "DATE", "2023-04-12", 0),
        T("the coming weeks", "DATE", "FUTURE_REF"),
        T("last year", "DATE", "2022", 0),
        T("weeks", "DURATION", "PXW", 1),
        T("last month", "DATE", "2023-03"),
        T("currently", "DATE", "PRESENT_REF"),
        T("last year", "DATE", "2022", 1),
        T("Tuesday", "DATE", "2023-04-11", 1),
        T("late November", "DATE", "2022-11", mod="END"),
        T("Wednesday", "DATE", "2023-04-12", 1),
        T("March 19", "DATE", "2023-03-19"),
        T("the start of the year", "DATE", "2023", mod="START"),
        T("mid-May", "DATE", "2023-05", mod="MID"),
    ],
    [
        E("G7 and EU envoys urge Switzerland by letter to find and freeze more Russian assets", "REQUEST", G7,
          "2023-04-04", "text", "occurred", "The letter, dated April 4"),
        E("The letter asks Bern to join the REPO task force and close enforcement gaps", "REQUEST", G7, "2023-04-04",
          "context", "occurred", "It asks Bern to join"),
        E("Switzerland turned down Washington's invitation to join the REPO task force", "REJECT", ["United States"],
          "2022", "text", "occurred", "Bern turned down an invitation"),
        E("US ambassador Miller says Switzerland could block another 50-100 billion francs", "ACCUSE",
          ["United States"], "2023-03", "text", "occurred", "US Ambassador Scott Miller told"),
        E("Federal Council rejects Miller's claim as unfounded", "REJECT", ["United States"], "2023-03", "context",
          "occurred", "US Ambassador Scott Miller told"),
        E("Kyiv welcomes the G7 letter", "SUPPORT", ["Ukraine"], "2023-04-12", "published", "occurred",
          "Kyiv welcomed the letter"),
        E("Yermak calls on Switzerland to stop being a safe haven and use frozen funds for reconstruction", "REQUEST",
          ["Andriy Yermak"], "2023-04-11", "text", "occurred", "called on Switzerland on Tuesday"),
        E("Von der Leyen proposes investing immobilised Russian reserves for Ukraine's reconstruction", "REQUEST",
          ["Ursula von der Leyen", "Ukraine"], "2022-11", "text", "occurred", "Ursula von der Leyen proposed",
          date_mod="END"),
        E("Zakharova: any confiscation would be theft", "ACCUSE", ["Maria Zakharova"], "2023-04-12", "text",
          "occurred", "Maria Zakharova said on Wednesday"),
        E("Zakharova threatens a response against Swiss interests", "THREATEN", ["Maria Zakharova"], "2023-04-12",
          "text", "occurred", "Maria Zakharova said on Wednesday"),
    ],
    [
        S("Joint statement: United States, United Kingdom, France, Germany, European Union",
          "Switzerland should join the REPO task force and close gaps in sanctions enforcement", "2023-04-04",
          "context", "It asks Bern to join"),
        S("United States", "Miller: Switzerland could block another 50 to 100 billion francs of Russian money",
          "2023-03", "text", "US Ambassador Scott Miller told"),
        S("Andriy Yermak", "Switzerland should stop being a safe haven for the aggressor's money and use frozen funds",
          "2023-04-11", "text", "called on Switzerland on Tuesday"),
        S("Maria Zakharova", "Confiscation would be theft; Russia would respond against Swiss interests", "2023-04-12",
          "text", "Maria Zakharova said on Wednesday"),
    ],
    ["United States", "United Kingdom", "France", "Germany", "European Union", "Russia", "Ukraine", "Andriy Yermak",
     "Ursula von der Leyen", "Maria Zakharova"],
)

DOC_EN03 = doc(
    "b130en03_leopard2_sale_rheinmetall_2023_11", "2023-11-23", EN03,
    [
        T("Wednesday", "DATE", "2023-11-22", 0),
        T("years", "DURATION", "PXY", 0),
        T("the coming months", "DATE", "FUTURE_REF"),
        T("late February", "DATE", "2023-02", mod="END"),
        T("September", "DATE", "2023-09"),
        T("June", "DATE", "2023-06", 0),
        T("late June", "DATE", "2023-06", mod="END"),
        T("Wednesday", "DATE", "2023-11-22", 1),
        T("every night", "SET", "P1D"),
        T("Tuesday", "DATE", "2023-11-21"),
        T("the winter", "DATE", "2023-WI"),
        T("March", "DATE", "2023-03"),
        T("2025", "DATE", "2025"),
        T("the next two years", "DURATION", "P2Y"),
        T("last year", "DATE", "2022"),
    ],
    [
        E("Federal Council approves the sale of 25 Leopard 2A4 tanks back to Germany's Rheinmetall", "AGREE",
          ["Germany"], "2023-11-22", "text", "occurred", "on Wednesday approved the sale"),
        E("Condition that none of the tanks go to Ukraine", "REQUEST", ["Germany", "Ukraine"], "2023-11-22", "text",
          "occurred", "on Wednesday approved the sale"),
        E("Berlin asks Bern to sell back mothballed Leopard 2 tanks", "REQUEST", ["Germany"], "2023-02", "text",
          "occurred", "Berlin had asked Bern in late February", date_mod="END"),
        E("Federal Council refuses RUAG's sale of 96 Leopard 1 tanks meant for Ukraine", "REJECT", ["Ukraine"],
          "2023-06", "text", "occurred", "The decision contrasts", date_mod="END"),
        E("German defence ministry welcomes the decision", "SUPPORT", ["Germany"], "2023-11-23", "published",
          "occurred", "A German defence ministry spokesman welcomed"),
        E("Venediktova criticises the no-Ukraine condition", "ACCUSE", ["Ukraine"], "2023-11-23", "published",
          "occurred", "Iryna Venediktova, said"),
        E("Russian embassy calls the deal a cynical way around neutrality", "ACCUSE", ["Russia", "Germany"],
          "2023-11-23", "published", "occurred", "The Russian embassy called the deal"),
        E("Stoltenberg urges allies to speed up arms production", "REQUEST", ["Jens Stoltenberg", "NATO"],
          "2023-11-21", "text", "occurred", "Jens Stoltenberg urged allies on Tuesday"),
        E("Germany delivers Leopard 2A6 tanks to Ukraine, the first in March", "AID", ["Germany", "Ukraine"], "2023-03",
          "text", "occurred", "Germany has so far delivered 18 Leopard 2A6", date_mod="START"),
    ],
    [
        S("Germany", "Welcomes the decision as an important contribution to European security", "2023-11-23",
          "published", "A German defence ministry spokesman welcomed"),
        S("Ukraine", "Venediktova: the condition is hard to understand while cities are attacked every night",
          "2023-11-23", "published", "Iryna Venediktova, said"),
        S("Russia", "Embassy: the deal is a cynical way around neutrality and frees German Leopards for the front",
          "2023-11-23", "published", "The Russian embassy called the deal"),
        S("Jens Stoltenberg", "Allies must speed up arms production; Ukraine's needs will outlast the winter",
          "2023-11-21", "text", "Jens Stoltenberg urged allies on Tuesday"),
    ],
    ["Germany", "Ukraine", "European Union", "NATO", "Russia", "Jens Stoltenberg"],
)

LIVE = "live-blog time stamp, UK time (BST)"
SIGNERS = ["Ukraine", "United States", "United Kingdom", "Germany", "France", "Turkey"]

DOC_EN04 = doc(
    "b130en04_buergenstock_summit_live_2024_06", "2024-06-16", EN04,
    [
        T("17:05 BST", "TIME", "2024-06-16T17:05", note=LIVE),
        T("months", "DURATION", "PXM"),
        T("years", "DURATION", "PXY"),
        T("Friday", "DATE", "2024-06-14", 0),
        T("16:20 BST", "TIME", "2024-06-16T16:20", note=LIVE),
        T("14:45 BST", "TIME", "2024-06-16T14:45", note=LIVE),
        T("13:10 BST", "TIME", "2024-06-16T13:10", note=LIVE),
        T("Friday", "DATE", "2024-06-14", 1),
        T("11:30 BST", "TIME", "2024-06-16T11:30", note=LIVE),
        T("09:40 BST", "TIME", "2024-06-16T09:40", note=LIVE),
        T("Saturday afternoon", "TIME", "2024-06-15TAF"),
        T("Saturday", "DATE", "2024-06-15", 1),
        T("Overnight", "TIME", "2024-06-15TNI", note="night of 15 to 16 June"),
        T("Saturday evening", "TIME", "2024-06-15TEV"),
    ],
    [
        E("A second peace summit could take place within months", "CONSULT", ["Ukraine"], "FUTURE_REF", "vague",
          "uncertain", "a second peace summit could take place"),
        E("Zelensky: Russia can attend only if it respects Ukraine's territorial integrity", "REQUEST",
          ["Volodymyr Zelensky", "Russia"], "2024-06-16", "published", "occurred", "He said Russia could attend only"),
        E("Zelensky rejects Putin's demands as an ultimatum", "REJECT", ["Volodymyr Zelensky", "Vladimir Putin"],
          "2024-06-16", "published", "occurred", "He said Russia could attend only"),
        E("Putin's demands of Friday", "REQUEST", ["Vladimir Putin", "Ukraine"], "2024-06-14", "text", "occurred",
          "He said Russia could attend only"),
        E("80 countries endorse the final communique", "AGREE", SIGNERS, "2024-06-16", "published", "occurred",
          "The final communique has been endorsed"),
        E("Saudi Arabia and others do not sign the communique", "REJECT", ["Saudi Arabia"], "2024-06-16", "published",
          "occurred", "did not sign"),
        E("Communique calls for Ukrainian control of Zaporizhzhia, free navigation and release of all prisoners",
          "REQUEST", SIGNERS + ["IAEA"], "2024-06-16", "published", "occurred", "The text calls for Ukraine"),
        E("Saudi Arabia: a credible process needs Russia at the table", "REQUEST", ["Saudi Arabia", "Russia"],
          "2024-06-16", "published", "occurred", "Prince Faisal bin Farhan told"),
        E("Peace summit opens on the Bürgenstock", "CONSULT", ["Ukraine"], "2024-06-15TAF", "text", "occurred",
          "opened the summit on Saturday afternoon"),
        E("Amherd appeals to Russia to join the process", "REQUEST", ["Russia"], "2024-06-15TAF", "text", "occurred",
          "opened the summit on Saturday afternoon"),
        E("Harris meets Zelensky", "CONSULT", ["United States", "Volodymyr Zelensky"], "2024-06-15", "text",
          "occurred", "Kamala Harris met Zelensky"),
        E("Harris announces 1.5 billion dollars for Ukraine's energy sector and humanitarian needs", "AID",
          ["United States", "Ukraine"], "2024-06-15", "text", "occurred", "Kamala Harris met Zelensky"),
        E("Russian drones hit energy facilities in the Kharkiv and Poltava regions", "ASSAULT", ["Russia", "Ukraine"],
          "2024-06-15TNI", "text", "occurred", "Overnight, Russian drones"),
    ],
    [
        S("Volodymyr Zelensky", "A second summit could come in months, not years; several countries offered to host",
          "2024-06-16", "published", "told the closing news conference"),
        S("Volodymyr Zelensky", "Russia can attend only if it respects territorial integrity; Putin's demands are an "
          "ultimatum", "2024-06-16", "published", "He said Russia could attend only"),
        S("Saudi Arabia", "A credible process needs Russia at the table and difficult compromises", "2024-06-16",
          "published", "Prince Faisal bin Farhan told"),
        S("Hakan Fidan", "The summit would have been more result-oriented with the other party in the room",
          "2024-06-16", "published", "Hakan Fidan said"),
        S("Dmitry Peskov", "The results of the summit are close to zero", "2024-06-16", "published",
          "the results of the summit were"),
        S("Dmitry Peskov", "Putin's offer of Friday remains on the table", "2024-06-16", "published",
          "remained on the table"),
        S("Olaf Scholz", "Peace cannot be achieved without involving Russia but must not be a dictated peace",
          "2024-06-16", "published", "Olaf Scholz told the plenary"),
        S("Emmanuel Macron", "A peace amounting to Ukraine's capitulation would not last", "2024-06-16", "published",
          "Emmanuel Macron warned"),
        S("Ukraine", "Air force: Russian drones hit energy facilities overnight", "2024-06-16", "published",
          "Overnight, Russian drones"),
    ],
    ["Volodymyr Zelensky", "Ukraine", "Russia", "Vladimir Putin", "United States", "United Kingdom", "Germany",
     "France", "Turkey", "Saudi Arabia", "IAEA", "Hakan Fidan", "Dmitry Peskov", "Kremlin", "Olaf Scholz",
     "Emmanuel Macron"],
)

DOC_EN05 = doc(
    "b130en05_cassis_lavrov_new_york_2024_09", "2024-09-26", EN05,
    [
        T("Tuesday", "DATE", "2024-09-24", 0),
        T("mid-June", "DATE", "2024-06", mod="MID"),
        T("Wednesday", "DATE", "2024-09-25", 0),
        T("A day earlier", "DATE", "2024-09-23"),
        T("this month", "DATE", "2024-09"),
        T("the end of the year", "DATE", "2024", mod="END"),
        T("Thursday", "DATE", "2024-09-26"),
        T("Tuesday", "DATE", "2024-09-24", 1),
        T("Friday", "DATE", "2024-09-27"),
        T("Wednesday", "DATE", "2024-09-25", 1),
        T("Saturday", "DATE", "2024-09-28"),
        T("last week", "DATE", "2024-W38"),
        T("2028", "DATE", "2028"),
        T("2036", "DATE", "2036"),
        T("June", "DATE", "2024-06"),
        T("the next three months", "DURATION", "P3M"),
    ],
    [
        E("Cassis meets Lavrov in New York", "CONSULT", ["Sergey Lavrov"], "2024-09-24", "text", "occurred",
          "met his Russian counterpart Sergey Lavrov"),
        E("Lavrov: the Bürgenstock formula has no prospects; Russia will not join follow-up conferences", "REJECT",
          ["Sergey Lavrov", "Volodymyr Zelensky"], "2024-09-24", "context", "occurred", "It said Lavrov had told Cassis"),
        E("Lavrov accuses Switzerland of abandoning neutrality by adopting EU sanctions", "ACCUSE", ["Sergey Lavrov"],
          "2024-09-24", "context", "occurred", "Lavrov also accused Switzerland"),
        E("Cassis meets Sybiha", "CONSULT", ["Andrii Sybiha"], "2024-09-23", "text", "occurred",
          "A day earlier, Cassis had met"),
        E("Sybiha urges Switzerland to help prepare a second summit before year-end", "REQUEST", ["Andrii Sybiha"],
          "2024-09-23", "context", "occurred", "Sybiha urged Switzerland"),
        E("Second summit with Russian representatives wanted by Kyiv before the end of the year", "CONSULT",
          ["Ukraine", "Russia"], "2024", "text", "uncertain", "Sybiha urged Switzerland", date_mod="END"),
        E("Zelensky to present his victory plan to Biden at the White House", "CONSULT",
          ["Volodymyr Zelensky", "Joe Biden"], "2024-09-26", "text", "planned", "victory plan"),
        E("Zelensky to meet Vice President Harris", "CONSULT", ["Volodymyr Zelensky", "United States"], "2024-09-26",
          "context", "planned", "victory plan"),
        E("Zelensky criticises the Chinese-Brazilian initiative at the Security Council", "ACCUSE",
          ["Volodymyr Zelensky", "China"], "2024-09-24", "text", "occurred", "At the Security Council on Tuesday"),
        E("China and Brazil convene 'Friends for Peace' at the UN; Switzerland to attend as observer", "CONSULT",
          ["China"], "2024-09-27", "text", "planned", "Friends for Peace"),
        E("Peskov: Switzerland is not a mediator", "REJECT", ["Dmitry Peskov"], "2024-09-25", "text", "occurred",
          "Dmitry Peskov said on Wednesday"),
        E("Lavrov to address the General Assembly", "CONSULT", ["Sergey Lavrov", "United Nations"], "2024-09-28", "text",
          "planned", "Lavrov is due to address"),
        E("Swiss parliament approves 1.5 billion francs for Ukraine's reconstruction", "AID", ["Ukraine"], "2024-W38",
          "text", "occurred", "the Swiss parliament last week approved"),
        E("China stays away from the Bürgenstock summit", "REJECT", ["China"], "2024-06", "text", "occurred",
          "China stayed away"),
    ],
    [
        S("Sergey Lavrov", "The Bürgenstock formula has no prospects; Moscow will not join follow-up conferences",
          "2024-09-24", "context", "It said Lavrov had told Cassis"),
        S("Sergey Lavrov", "Switzerland abandoned its neutrality by adopting the EU's sanctions", "2024-09-24",
          "context", "Lavrov also accused Switzerland"),
        S("Andrii Sybiha", "Switzerland should help prepare a second summit before the end of the year", "2024-09-23",
          "context", "Sybiha urged Switzerland"),
        S("Volodymyr Zelensky", "Russia can only be forced into peace; the Chinese-Brazilian initiative rewards the "
          "aggressor", "2024-09-24", "text", "At the Security Council on Tuesday"),
        S("Dmitry Peskov", "Russia values working contacts with Bern but does not see Switzerland as a mediator",
          "2024-09-25", "text", "Dmitry Peskov said on Wednesday"),
    ],
    ["Sergey Lavrov", "Russia", "United Nations", "Volodymyr Zelensky", "European Union", "Andrii Sybiha", "Ukraine",
     "Joe Biden", "White House", "United States", "China", "Dmitry Peskov", "Kremlin"],
)

DOC_EN06 = doc(
    "b130en06_explainer_keller_sutter_davos_2025_01", "2025-01-22", EN06,
    [
        T("Tuesday", "DATE", "2025-01-21", 0),
        T("the start of the year", "DATE", "2025", mod="START"),
        T("last June", "DATE", "2024-06"),
        T("last April", "DATE", "2024-04"),
        T("2036", "DATE", "2036"),
        T("Tuesday", "DATE", "2025-01-21", 1),
        T("2022", "DATE", "2022", 0),
        T("currently", "DATE", "PRESENT_REF"),
        T("the summer", "DATE", "2025-SU"),
        T("December", "DATE", "2024-12"),
        T("March 2022", "DATE", "2022-03"),
        T("Tuesday", "DATE", "2025-01-21", 2),
        T("Monday", "DATE", "2025-01-20"),
        T("Tuesday", "DATE", "2025-01-21", 3),
        T("the next months", "DURATION", "PXM"),
    ],
    [
        E("Keller-Sutter meets Zelensky in Davos", "CONSULT", ["Volodymyr Zelensky"], "2025-01-21", "text", "occurred",
          "met Ukrainian President Volodymyr Zelensky"),
        E("Keller-Sutter offers to host talks between Kyiv and Moscow", "REQUEST", ["Ukraine", "Russia"], "2025-01-21",
          "context", "occurred", "Keller-Sutter told reporters afterwards"),
        E("Switzerland to keep up its humanitarian demining work in Ukraine", "AGREE", ["Ukraine"], "2025-01-21",
          "context", "occurred", "Keller-Sutter told reporters afterwards"),
        E("Zelensky thanks Switzerland for the Bürgenstock summit and reconstruction aid", "SUPPORT",
          ["Volodymyr Zelensky"], "2025-01-21", "context", "occurred", "Zelensky thanked Switzerland"),
        E("Federal Council sets aside five billion francs for Ukraine's reconstruction", "AID", ["Ukraine"], "2024-04",
          "text", "occurred", "The Federal Council decided last April"),
        E("Zelensky asks Switzerland to allow re-exports of Swiss arms to Ukraine", "REQUEST", ["Volodymyr Zelensky"],
          "2025-01-21", "context", "occurred", "He asked Switzerland once again"),
        E("Zelensky asks to use the interest on frozen Russian central bank assets", "REQUEST",
          ["Volodymyr Zelensky", "Russia"], "2025-01-21", "context", "occurred", "He asked Switzerland once again"),
        E("Zelensky calls on Europe to build up its own defence and provide 200,000 peacekeepers", "REQUEST",
          ["Volodymyr Zelensky", "European Union"], "2025-01-21", "text", "occurred", "In his speech to the forum"),
        E("Switzerland stops Germany from sending Gepard ammunition to Ukraine", "REJECT", ["Germany", "Ukraine"],
          "2022", "text", "occurred", "Bern used that rule in 2022"),
        E("Russia puts Switzerland on its list of unfriendly countries", "SANCTION", ["Russia"], "2022-03", "text",
          "occurred", "list of \"unfriendly\" countries"),
        E("Peskov: Moscow ready for dialogue with the new US administration", "AGREE",
          ["Dmitry Peskov", "United States"], "2025-01-21", "text", "occurred", "Dmitry Peskov said on Tuesday"),
        E("Peskov: no reason to accept Switzerland as a venue", "REJECT", ["Dmitry Peskov"], "2025-01-21", "text",
          "occurred", "Dmitry Peskov said on Tuesday"),
        E("Trump threatens sanctions on Russia if Putin refuses to negotiate", "THREATEN",
          ["Donald Trump", "Russia", "Vladimir Putin"], "2025-01-21", "text", "occurred", "sworn in on Monday"),
    ],
    [
        S("Volodymyr Zelensky", "Thanks Switzerland for the Bürgenstock summit and its reconstruction aid",
          "2025-01-21", "context", "Zelensky thanked Switzerland"),
        S("Volodymyr Zelensky", "Switzerland should allow re-exports to Ukraine and the use of interest on frozen "
          "Russian assets", "2025-01-21", "context", "He asked Switzerland once again"),
        S("Volodymyr Zelensky", "Europe must build up its own defence; a ceasefire needs 200,000 European peacekeepers",
          "2025-01-21", "text", "In his speech to the forum"),
        S("Dmitry Peskov", "Moscow is ready for dialogue with the new US administration but sees no reason to accept "
          "Switzerland as a venue", "2025-01-21", "text", "Dmitry Peskov said on Tuesday"),
        S("Donald Trump", "Sanctions on Russia likely if Putin refuses to negotiate", "2025-01-21", "text",
          "sworn in on Monday"),
    ],
    ["Volodymyr Zelensky", "Ukraine", "Russia", "European Union", "Germany", "Dmitry Peskov", "Kremlin",
     "United States", "Donald Trump", "Vladimir Putin"],
)

DOCS = [
    DOC_EN01,
    DOC_EN02,
    DOC_EN03,
    DOC_EN04,
    DOC_EN05,
    DOC_EN06,
]
