"""English articles of the blind115 set (fictionalised; written and annotated blind to the extraction code).

Theme: Latin America and the war, 2022-2025.
"""

from build import E, S, T

# ---------------------------------------------------------------- b115en01 (El País, English edition)
EN01 = """
Venezuela frees two Americans after US envoys' surprise trip to Caracas

Venezuela released two jailed US citizens on Tuesday night, following a visit by a high-level delegation from Washington at the weekend, the first talks in years between the Biden administration and Nicolás Maduro's government.
Gustavo Cárdenas, one of six Citgo oil executives detained since 2017, and Jorge Fernández, a Cuban-American arrested in 2021, landed in Florida in the early hours of Wednesday, according to their families.
"Tonight, two Americans who were wrongfully detained in Venezuela will be able to hug their families again," US President Joe Biden said in a statement.

The delegation, led by Juan González, the senior director for the Western Hemisphere at the National Security Council, and including the hostage envoy Roger Carstens, met Maduro at the Miraflores presidential palace on Saturday.
Maduro described the meeting on Monday as "respectful, cordial and very diplomatic" and said both sides had agreed to keep working on a joint agenda.
He also announced that his government would resume talks with the opposition in Mexico, which it had broken off in October.
White House press secretary Jen Psaki said on Monday that energy security had been among the topics in Caracas, but denied that Washington was negotiating to buy Venezuelan oil.

The trip came as Biden, on Tuesday, banned imports of Russian oil, gas and coal over the invasion of Ukraine, a step that pushed crude prices above $130 a barrel this week.
Venezuela, which sits on the world's largest proven oil reserves, has been under US oil sanctions since 2019.
Maduro has been one of Vladimir Putin's closest allies in the region: on March 1, the two leaders spoke by phone, and Maduro expressed his "strong support" for Russia's actions, according to the Kremlin.

The contacts drew criticism in Washington from both parties.
Senator Marco Rubio of Florida accused the administration of trying to replace "one dictator's oil with another's" and called on it not to ease any sanctions on Caracas.
Senator Bob Menendez, the Democratic chair of the Foreign Relations Committee, said that propping up Maduro would be "a mistake."
In Moscow, Kremlin spokesman Dmitry Peskov said on Tuesday that Russia would not comment on Venezuela's "sovereign" contacts and that the two countries remained strategic partners.

Diplomats in Caracas expect a second round of talks in the coming weeks, although the White House said no further meeting had been scheduled.
Four other Citgo executives and a former Marine, Matthew Heath, remain in Venezuelan prisons.
"""

# ---------------------------------------------------------------- b115en02 (Prensa Latina, English service)
EN02 = """
Díaz-Canel and Putin reaffirm strategic ties, unveil monument to Fidel in Moscow

Moscow, Nov 22 (Prensa Latina) The President of the Republic of Cuba, Miguel Díaz-Canel, and his Russian counterpart Vladimir Putin held official talks today at the Kremlin, where they reaffirmed the strategic character of relations between the two nations.
Before the talks, both leaders unveiled a monument to the historic leader of the Cuban Revolution, Commander in Chief Fidel Castro, in the Moscow district of Sokol.
"Fidel was a great friend of our country," Putin said at the ceremony, adding that Russia and Cuba were both subjected to "illegitimate sanctions" imposed by the United States and its allies.

Díaz-Canel, who arrived in Moscow on Saturday on the third leg of a tour that has taken him to Algeria and Türkiye, thanked Russia for its solidarity and for supplies of oil and wheat in the face of the economic, commercial and financial blockade imposed by Washington for more than 60 years.
He reiterated Cuba's rejection of the sanctions imposed on Russia by the United States and the European Union and said that the conflict in Ukraine had its origins in the eastward expansion of NATO, promoted by Washington.
Cuba advocates a "serious, constructive and realistic diplomatic solution" that takes into account the legitimate security concerns of all parties, the Cuban president stated.

Putin assured that Russia would continue to support Cuba, including in the energy sector, and noted that trade between the two countries had grown since January despite the difficulties.
The two delegations signed agreements on energy, transport and the deferral of Cuba's debt payments to Russia, according to sources in the Cuban delegation.
During his stay, Díaz-Canel was also received by Patriarch Kirill of Moscow and All Russia.

Kremlin spokesman Dmitry Peskov told reporters on Monday that Moscow and Havana were "reliable partners" and that the talks would address "all aspects" of bilateral cooperation, including the international agenda.
Asked whether the situation in Ukraine would be discussed, he said that "Cuba has always shown an understanding of our position."

From Moscow, the Cuban head of state will travel on Wednesday to Beijing, where he is scheduled to meet President Xi Jinping, the first Latin American leader to be received by Xi since the 20th Congress of the Communist Party of China last month.
At the United Nations General Assembly, Cuba abstained in March in the vote on a resolution demanding Russia's withdrawal from Ukraine, and in April it voted against the suspension of Russia from the Human Rights Council.
"""

# ---------------------------------------------------------------- b115en03 (Havana Times)
EN03 = """
Cuba Arrests 17 Over Network Recruiting Cubans for Russia's War in Ukraine

HAVANA TIMES – Cuban authorities have arrested 17 people in connection with a network that recruited young Cubans to fight for Russia in Ukraine, Interior Ministry officials said on state television on Friday night.
Three of those detained are alleged organizers on the island, said Colonel César Rodríguez of the ministry's criminal investigation division, who did not rule out more arrests in the coming days.
According to the officials, the ring had operated since May, luring men with promises of construction jobs in Russia and then having them sign contracts with the Russian army.

The case came to light on Monday, when the Foreign Ministry (MINREX) said in an unusual late-night statement that it had detected a "human trafficking network" operating from Russia.
"Cuba is not part of the war conflict in Ukraine," the statement said, adding that the government would act "with all rigor" against anyone taking part in such activities.
Foreign Minister Bruno Rodríguez told reporters on Tuesday that Havana had informed Moscow "through official channels" and was working with Russian authorities to dismantle the network.

The government's tone contrasted sharply with remarks by Cuba's ambassador in Moscow, Julio Garmendía Peña.
In an interview with RIA Novosti published last week, the diplomat said Havana had "nothing against" Cubans who wanted to sign legal contracts and take part "in this operation" alongside the Russian army.
MINREX said on Thursday that the remarks had been taken out of context.

In Moscow, Kremlin spokesman Dmitry Peskov said on Wednesday that he had "no information" about the network and referred questions to the Defense Ministry.
Foreign Ministry spokeswoman Maria Zakharova said on Thursday that Russia and Cuba were "in close contact" on the matter and accused Western media of trying to "drive a wedge" between the two countries.

In Washington, State Department spokesman Matthew Miller said the reports showed Russia's "desperation" for manpower after more than 18 months of war.
Ukraine's foreign ministry urged Havana to stop the recruitment of its citizens and warned that Cubans captured on the battlefield would be treated as mercenaries, not as prisoners of war.

Human rights groups say hundreds of Cubans may already be fighting in Ukraine, many of them driven by the island's worst economic crisis in three decades.
The case is an embarrassment for the government ahead of the summit of the G77 and China in Havana on September 15 and 16, which UN Secretary-General António Guterres is due to attend.
"""

# ---------------------------------------------------------------- b115en04 (The Tico Times, San José)
EN04 = """
Ecuador backs down on arms swap after Russia targets its bananas

Ecuador will not send its old Russian-made military equipment to the United States without Moscow's consent, the government of President Daniel Noboa said Thursday, ending a month-long standoff that had put the country's banana exports at risk.
"We are not going to put the jobs of thousands of Ecuadorian families at risk," Foreign Minister Gabriela Sommerfeld told reporters in Quito.

Noboa announced in January that Ecuador would hand over Soviet and Russian equipment he described as "scrap," including Mi-17 helicopters and air-defense systems, in exchange for new US equipment worth about $200 million.
US officials had said the hardware could be passed on to Ukraine later this year.

Moscow reacted quickly.
Foreign Ministry spokeswoman Maria Zakharova warned on January 25 that any transfer without Russia's permission would be "an unfriendly step" and a breach of end-user agreements.
On Feb. 2, Russia's agricultural watchdog, Rosselkhoznadzor, suspended banana imports from five Ecuadorian exporters, citing pests found in shipments, and tightened controls on carnations.
Ecuador, the world's largest banana exporter, sends roughly a fifth of its bananas to Russia.

Russian officials insisted the measures were purely sanitary, but few in Quito doubted the link.
On Tuesday, Russian Foreign Minister Sergey Lavrov met Ecuador's ambassador in Moscow and, according to his ministry, welcomed Quito's "responsible approach."
Rosselkhoznadzor said Wednesday that it had lifted the restrictions on three of the five exporters after an inspection.

In Washington, a State Department spokesperson said the United States "respects Ecuador's sovereign decisions" and would continue its security cooperation with Quito, which is fighting a wave of gang violence.
Noboa declared an "internal armed conflict" in January after gunmen stormed a television studio in Guayaquil.

In Costa Rica, the dispute was followed closely.
Russia is also an important market for Costa Rican bananas, and the National Banana Corporation (Corbana) said exporters had received additional inquiries from Russian buyers over the past two weeks.
"We are not looking to profit from our neighbors' problems, but the market is the market," a Corbana spokesman told The Tico Times.
Costa Rica has voted with the majority at the UN General Assembly to condemn Russia's invasion of Ukraine since 2022.
"""

# ---------------------------------------------------------------- b115en05 (San Antonio Express-News)
EN05 = """
Sheinbaum sworn in as Mexico's first woman president; Russia sends Duma speaker after Putin invitation row

MEXICO CITY — Claudia Sheinbaum was sworn in Tuesday as Mexico's first woman president, promising continuity with her mentor Andrés Manuel López Obrador and a foreign policy based on "non-intervention and the peaceful resolution of conflicts."
More than 100 foreign delegations attended the ceremony at the Chamber of Deputies, among them first lady Jill Biden, who led the U.S. delegation, and Vyacheslav Volodin, the speaker of Russia's lower house of parliament.

Volodin's presence capped a diplomatic spat that began in mid-September, when Mexico's Foreign Ministry confirmed that an invitation had been sent to Russian President Vladimir Putin, along with the leaders of every country with which Mexico has diplomatic relations.
Ukraine's embassy in Mexico City said at the time that it expected Mexico to "honor its obligations" under the Rome Statute, a reference to the arrest warrant the International Criminal Court issued against Putin in March 2023.
The Kremlin said days later that Putin had no plans to travel to Mexico.

Kremlin spokesman Dmitry Peskov said Tuesday that Volodin would convey Putin's congratulations and an invitation to visit Russia, and that Moscow valued Mexico's "balanced position" on the conflict in Ukraine.
Sheinbaum greeted Volodin briefly at a reception at the National Palace on Tuesday evening, according to photos released by the Russian parliament.

Ukraine was represented by a deputy foreign minister, who met Monday with Juan Ramón de la Fuente, Mexico's new foreign secretary, and invited Sheinbaum to a second peace summit that Kyiv hopes to hold before the end of the year.
Sheinbaum, who did not mention Ukraine in her inaugural address, has said Mexico will stay neutral and will not join Western sanctions against Moscow.
President Volodymyr Zelensky congratulated her in a message on X on Tuesday and said he hoped for "a new chapter" in relations between the two countries.

In San Antonio, business leaders were watching other issues.
Trade between Texas and Mexico topped $270 billion last year, and the free trade agreement between the U.S., Mexico and Canada comes up for review in 2026.
"The border and the trade review will matter far more to us than who sat in the gallery," said Marisa Guerra, who heads a cross-border logistics association in San Antonio and attended the ceremony as a guest of the Mexican consulate.
"""

# ---------------------------------------------------------------- b115en06 (Latin America Reports)
EN06 = """
Zelensky courts Latin American leaders at UN as Lula presses for talks

Ukrainian President Volodymyr Zelensky met the presidents of Paraguay and Panama on the sidelines of the UN General Assembly in New York this week, as Kyiv tries to win over a region where many governments still refuse to take sides in the war.
Zelensky and Paraguay's Santiago Peña met on Wednesday for about 40 minutes, hours after the Ukrainian leader told the assembly that the world was living through "the most destructive arms race in human history."

Peña, one of Ukraine's firmest supporters in South America, accepted an invitation to visit Kyiv and offered to host a meeting of Latin American foreign ministers on Ukraine's peace efforts in Asunción next year, according to Zelensky's office.
"Paraguay has stood with Ukraine since the first day," Zelensky wrote on X after the meeting, thanking Peña for his country's votes at the UN.

On Thursday, Zelensky held talks with Panama's José Raúl Mulino, whose government has removed dozens of tankers of Russia's "shadow fleet" from its ship registry this year.
Mulino told reporters afterwards that Panama would keep "working with our partners" to stop sanctioned vessels from flying its flag.

The meetings contrasted with the tone of Brazil's Luiz Inácio Lula da Silva, who opened the general debate on Tuesday.
"There will be no military solution to the war in Ukraine," Lula said, calling for negotiations that take into account "the legitimate security concerns of all parties" and praising the meeting between US President Donald Trump and Russia's Vladimir Putin in Alaska in August.
Trump, who spoke after Lula, said he had run into the Brazilian leader backstage, had "excellent chemistry" with him and had agreed to meet him next week, despite the 50% tariffs Washington imposed on Brazilian goods in August.

Colombia's Gustavo Petro, who used his speech on Tuesday to attack US strikes on alleged drug boats in the Caribbean, did not meet Zelensky.
His government is pushing a law against the recruitment of Colombian veterans as mercenaries, including by Ukraine's International Legion, a move Kyiv has criticized.

Meanwhile, Secretary of State Marco Rubio met Russian Foreign Minister Sergey Lavrov on Wednesday and urged Moscow to take "meaningful steps" toward a durable resolution of the war, according to the State Department.
Lavrov is due to address the General Assembly on Saturday.
"""


def doc(id, published, body, timexes, events, statements, actors, published_basis=None):
    d = dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
             statements=statements, actors=actors)
    if published_basis:
        d["published_basis"] = published_basis
    return d


DOCS = [
    doc(
        "b115en01_caracas_us_delegation_2022_03", "2022-03-09", EN01,
        [
            T("Tuesday night", "TIME", "2022-03-08TNI"),
            T("the weekend", "DATE", "2022-W09-WE"),
            T("years", "DURATION", "PXY"),
            T("2017", "DATE", "2017"),
            T("2021", "DATE", "2021"),
            T("the early hours of Wednesday", "TIME", "2022-03-08TNI", note="night of 8 to 9 March"),
            T("Tonight", "TIME", "2022-03-08TNI", note="in Biden's statement of Tuesday 8 March"),
            T("Saturday", "DATE", "2022-03-05"),
            T("Monday", "DATE", "2022-03-07", 0),
            T("October", "DATE", "2021-10"),
            T("Monday", "DATE", "2022-03-07", 1),
            T("Tuesday", "DATE", "2022-03-08", 1),
            T("this week", "DATE", "2022-W10"),
            T("2019", "DATE", "2019"),
            T("March 1", "DATE", "2022-03-01"),
            T("Tuesday", "DATE", "2022-03-08", 2),
            T("the coming weeks", "DATE", "FUTURE_REF"),
        ],
        [
            E("Venezuela releases two jailed US citizens", "CONCEDE", ["United States"], "2022-03-08TNI", "text",
              "occurred", "Venezuela released two jailed US citizens"),
            E("High-level US delegation visits Caracas", "CONSULT", ["United States"], "2022-W09-WE", "text",
              "occurred", "Venezuela released two jailed US citizens"),
            E("US delegation meets Maduro at Miraflores", "CONSULT", ["United States"], "2022-03-05", "text",
              "occurred", "met Maduro at the Miraflores presidential palace"),
            E("Both sides agree to keep working on a joint agenda", "AGREE", ["United States"], "2022-03-05",
              "context", "occurred", "respectful, cordial and very diplomatic"),
            E("Psaki denies that Washington is negotiating to buy Venezuelan oil", "REJECT", ["White House"],
              "2022-03-07", "text", "occurred", "Jen Psaki said on Monday"),
            E("Biden bans imports of Russian oil, gas and coal", "SANCTION", ["Joe Biden", "Russia"], "2022-03-08",
              "text", "occurred", "banned imports of Russian oil"),
            E("US oil sanctions on Venezuela since 2019", "SANCTION", ["United States"], "2019", "text", "occurred",
              "has been under US oil sanctions", date_mod="START"),
            E("Putin–Maduro phone call", "CONSULT", ["Vladimir Putin"], "2022-03-01", "text", "occurred",
              "the two leaders spoke by phone"),
            E("Maduro expresses strong support for Russia's actions", "SUPPORT", ["Russia"], "2022-03-01", "context",
              "occurred", "the two leaders spoke by phone"),
            E("Rubio accuses the administration of swapping one dictator's oil for another's", "ACCUSE",
              ["Marco Rubio", "White House"], "2022-03-09", "published", "occurred",
              "Senator Marco Rubio of Florida"),
            E("Rubio calls on the administration not to ease sanctions on Caracas", "REQUEST",
              ["Marco Rubio", "White House"], "2022-03-09", "published", "occurred", "Senator Marco Rubio of Florida"),
            E("A second round of US–Venezuelan talks expected", "CONSULT", ["United States"], "FUTURE_REF", "vague",
              "uncertain", "Diplomats in Caracas expect"),
        ],
        [
            S("Joe Biden", "Two wrongfully detained Americans will be able to hug their families again tonight",
              "2022-03-08", "context", "will be able to hug their families"),
            S("White House", "Psaki: energy security was among the topics, but Washington is not negotiating to buy "
              "Venezuelan oil", "2022-03-07", "text", "Jen Psaki said on Monday"),
            S("Kremlin", "Maduro expressed strong support for Russia's actions in the call with Putin", "2022-03-01",
              "context", "the two leaders spoke by phone"),
            S("Marco Rubio", "The administration is replacing one dictator's oil with another's; no sanctions relief",
              "2022-03-09", "published", "Senator Marco Rubio of Florida"),
            S("United States", "Menendez: propping up Maduro would be a mistake", "2022-03-09", "published",
              "Senator Bob Menendez"),
            S("Dmitry Peskov", "Russia will not comment on Venezuela's sovereign contacts; the two remain strategic "
              "partners", "2022-03-08", "text", "Kremlin spokesman Dmitry Peskov said on Tuesday"),
            S("White House", "No further meeting with Caracas has been scheduled", "2022-03-09", "published",
              "Diplomats in Caracas expect"),
        ],
        ["United States", "Joe Biden", "White House", "Russia", "Ukraine", "Vladimir Putin", "Kremlin",
         "Marco Rubio", "Dmitry Peskov"],
    ),
    doc(
        "b115en02_diaz_canel_putin_moscow_2022_11", "2022-11-22", EN02,
        [
            T("Nov 22", "DATE", "2022-11-22"),
            T("today", "DATE", "2022-11-22"),
            T("Saturday", "DATE", "2022-11-19"),
            T("more than 60 years", "DURATION", "P60Y", mod="MORE_THAN"),
            T("January", "DATE", "2022-01"),
            T("Monday", "DATE", "2022-11-21"),
            T("Wednesday", "DATE", "2022-11-23"),
            T("last month", "DATE", "2022-10"),
            T("March", "DATE", "2022-03"),
            T("April", "DATE", "2022-04"),
        ],
        [
            E("Putin and Díaz-Canel hold official talks at the Kremlin", "CONSULT", ["Vladimir Putin"], "2022-11-22",
              "text", "occurred", "held official talks today"),
            E("Putin denounces illegitimate US sanctions against Russia and Cuba", "ACCUSE",
              ["Vladimir Putin", "United States"], "2022-11-22", "context", "occurred", "Fidel was a great friend"),
            E("Díaz-Canel arrives in Moscow on a state visit", "CONSULT", ["Russia"], "2022-11-19", "text", "occurred",
              "who arrived in Moscow on Saturday"),
            E("Díaz-Canel thanks Russia for its solidarity and supplies of oil and wheat", "SUPPORT", ["Russia"],
              "2022-11-22", "context", "occurred", "who arrived in Moscow on Saturday"),
            E("Cuba rejects the US and EU sanctions against Russia", "REJECT", ["United States", "European Union"],
              "2022-11-22", "context", "occurred", "He reiterated Cuba's rejection"),
            E("Díaz-Canel blames NATO's eastward expansion, promoted by Washington, for the conflict", "ACCUSE",
              ["NATO", "United States"], "2022-11-22", "context", "occurred", "He reiterated Cuba's rejection"),
            E("Cuba calls for a diplomatic solution that respects all parties' security concerns", "REQUEST",
              ["Russia", "Ukraine"], "2022-11-22", "context", "occurred", "Cuba advocates a"),
            E("Putin promises continued support for Cuba, including in energy", "AGREE", ["Vladimir Putin"],
              "2022-11-22", "context", "occurred", "Putin assured that Russia"),
            E("Russia and Cuba sign agreements on energy, transport and debt deferral", "AGREE", ["Russia"],
              "2022-11-22", "context", "occurred", "The two delegations signed agreements"),
            E("Díaz-Canel to travel to Beijing to meet Xi Jinping", "CONSULT", ["Xi Jinping", "China"], "2022-11-23",
              "text", "planned", "will travel on Wednesday to Beijing", note="the meeting with Xi took place on 25 "
              "November 2022"),
            E("General Assembly resolution demands Russia's withdrawal from Ukraine", "REQUEST",
              ["United Nations", "Russia"], "2022-03", "text", "occurred", "Cuba abstained in March"),
            E("General Assembly suspends Russia from the Human Rights Council", "SANCTION",
              ["United Nations", "Russia"], "2022-04", "text", "occurred", "Cuba abstained in March"),
            E("Cuba votes against Russia's suspension", "REJECT", ["United Nations"], "2022-04", "text", "occurred",
              "Cuba abstained in March"),
        ],
        [
            S("Vladimir Putin", "Fidel was a great friend of Russia; Russia and Cuba both face illegitimate US "
              "sanctions", "2022-11-22", "context", "Fidel was a great friend"),
            S("Vladimir Putin", "Russia will keep supporting Cuba, including in energy; trade has grown since January",
              "2022-11-22", "context", "Putin assured that Russia"),
            S("Dmitry Peskov", "Moscow and Havana are reliable partners; the talks will cover all aspects of "
              "cooperation", "2022-11-21", "text", "Kremlin spokesman Dmitry Peskov told reporters on Monday"),
            S("Dmitry Peskov", "Cuba has always shown an understanding of Russia's position", "2022-11-21", "context",
              "Cuba has always shown an understanding"),
        ],
        ["Vladimir Putin", "Kremlin", "Russia", "United States", "Turkey", "European Union", "NATO", "Ukraine",
         "Dmitry Peskov", "Xi Jinping", "China", "United Nations"],
    ),
    doc(
        "b115en03_cuba_recruitment_network_2023_09", "2023-09-09", EN03,
        [
            T("Friday night", "TIME", "2023-09-08TNI"),
            T("the coming days", "DATE", "FUTURE_REF"),
            T("May", "DATE", "2023-05"),
            T("Monday", "DATE", "2023-09-04"),
            T("late-night", "TIME", "2023-09-04TNI"),
            T("Tuesday", "DATE", "2023-09-05"),
            T("last week", "DATE", "2023-W35"),
            T("Thursday", "DATE", "2023-09-07", 0),
            T("Wednesday", "DATE", "2023-09-06"),
            T("Thursday", "DATE", "2023-09-07", 1),
            T("more than 18 months", "DURATION", "P18M", mod="MORE_THAN"),
            T("three decades", "DURATION", "P30Y"),
            T("September 15", "DATE", "2023-09-15"),
            T("16", "DATE", "2023-09-16"),
        ],
        [
            E("Cuban recruits signed up with the Russian army through the network since May", "MOBILIZE", ["Russia"],
              "2023-05", "text", "occurred", "the ring had operated since May", date_mod="START"),
            E("Havana informs Moscow through official channels", "CONSULT", ["Russia"], "2023-09-05", "text",
              "occurred", "Foreign Minister Bruno Rodríguez told reporters on Tuesday"),
            E("Cuba works with Russian authorities to dismantle the network", "COOPERATE", ["Russia"], "2023-09-05",
              "text", "occurred", "Foreign Minister Bruno Rodríguez told reporters on Tuesday"),
            E("Cuba's ambassador: nothing against Cubans serving legally with the Russian army", "SUPPORT",
              ["Russia"], "2023-W35", "text", "occurred", "In an interview with RIA Novosti"),
            E("Zakharova: Russia and Cuba in close contact on the case", "CONSULT", ["Russia"], "2023-09-07", "text",
              "occurred", "Maria Zakharova said on Thursday"),
            E("Zakharova accuses Western media of trying to drive a wedge between Russia and Cuba", "ACCUSE",
              ["Maria Zakharova"], "2023-09-07", "text", "occurred", "Maria Zakharova said on Thursday"),
            E("US: the reports show Russia's desperation for manpower", "ACCUSE", ["United States", "Russia"],
              "2023-09-09", "published", "occurred", "Matthew Miller"),
            E("Ukraine urges Havana to stop the recruitment of its citizens", "REQUEST", ["Ukraine"], "2023-09-09",
              "published", "occurred", "Ukraine's foreign ministry urged Havana"),
            E("Ukraine warns that captured Cubans will be treated as mercenaries", "THREATEN", ["Ukraine"],
              "2023-09-09", "published", "occurred", "Ukraine's foreign ministry urged Havana"),
            E("G77 and China summit in Havana with Guterres", "CONSULT", ["António Guterres", "China"], "2023-09-15",
              "text", "planned", "ahead of the summit of the G77"),
        ],
        [
            S("Dmitry Peskov", "Has no information about the network; refers questions to the Defense Ministry",
              "2023-09-06", "text", "Dmitry Peskov said on Wednesday"),
            S("Maria Zakharova", "Russia and Cuba are in close contact; Western media try to drive a wedge between "
              "them", "2023-09-07", "text", "Maria Zakharova said on Thursday"),
            S("United States", "Miller: the reports show Russia's desperation for manpower", "2023-09-09",
              "published", "Matthew Miller"),
            S("Ukraine", "Havana must stop the recruitment; captured Cubans will be treated as mercenaries",
              "2023-09-09", "published", "Ukraine's foreign ministry urged Havana"),
        ],
        ["Russia", "Ukraine", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "United States", "United Nations",
         "António Guterres", "China"],
    ),
    doc(
        "b115en04_ecuador_bananas_arms_swap_2024_02", "2024-02-16", EN04,
        [
            T("Thursday", "DATE", "2024-02-15"),
            T("month-long", "DURATION", "P1M"),
            T("January", "DATE", "2024-01", 0),
            T("this year", "DATE", "2024"),
            T("January 25", "DATE", "2024-01-25"),
            T("Feb. 2", "DATE", "2024-02-02"),
            T("Tuesday", "DATE", "2024-02-13"),
            T("Wednesday", "DATE", "2024-02-14"),
            T("January", "DATE", "2024-01", 2),
            T("the past two weeks", "DURATION", "P2W"),
            T("2022", "DATE", "2022"),
        ],
        [
            E("Ecuador drops the transfer of Russian-made equipment to the US without Moscow's consent", "CONCEDE",
              ["Russia", "United States"], "2024-02-15", "text", "occurred",
              "Ecuador will not send its old Russian-made"),
            E("Noboa announces a swap of Russian-made 'scrap' for new US equipment", "AGREE", ["United States"],
              "2024-01", "text", "occurred", "Noboa announced in January"),
            E("The hardware could be passed on to Ukraine", "AID", ["United States", "Ukraine"], "2024", "text",
              "uncertain", "could be passed on to Ukraine"),
            E("Zakharova warns Ecuador against any transfer without Russia's permission", "REQUEST",
              ["Maria Zakharova"], "2024-01-25", "text", "occurred", "Zakharova warned on January 25"),
            E("Russia suspends banana imports from five Ecuadorian exporters", "SANCTION", ["Russia"], "2024-02-02",
              "text", "occurred", "suspended banana imports"),
            E("Russian officials deny a link and call the measures purely sanitary", "REJECT", ["Russia"],
              "2024-02-16", "published", "occurred", "Russian officials insisted"),
            E("Lavrov meets Ecuador's ambassador in Moscow", "CONSULT", ["Sergey Lavrov"], "2024-02-13", "text",
              "occurred", "On Tuesday, Russian Foreign Minister Sergey Lavrov"),
            E("Lavrov welcomes Quito's responsible approach", "SUPPORT", ["Sergey Lavrov"], "2024-02-13", "context",
              "occurred", "On Tuesday, Russian Foreign Minister Sergey Lavrov"),
            E("Russia lifts the restrictions on three of the five exporters", "CONCEDE", ["Russia"], "2024-02-14",
              "text", "occurred", "Rosselkhoznadzor said Wednesday"),
            E("US to continue its security cooperation with Ecuador", "COOPERATE", ["United States"], "2024-02-16",
              "published", "planned", "respects Ecuador's sovereign decisions"),
        ],
        [
            S("United States", "US officials: the hardware could be passed on to Ukraine", "2024-02-16", "published",
              "could be passed on to Ukraine"),
            S("Russia", "Moscow reacted quickly to the swap plan", "2024-02-16", "published", "Moscow reacted quickly."),
            S("Maria Zakharova", "A transfer without Russia's permission would be an unfriendly step and breach "
              "end-user agreements", "2024-01-25", "text", "Zakharova warned on January 25"),
            S("Russia", "The measures against Ecuadorian exporters are purely sanitary", "2024-02-16", "published",
              "Russian officials insisted"),
            S("Sergey Lavrov, via Russia", "Welcomes Quito's responsible approach", "2024-02-13", "context",
              "On Tuesday, Russian Foreign Minister Sergey Lavrov"),
            S("Russia", "Rosselkhoznadzor: restrictions lifted on three of five exporters after an inspection",
              "2024-02-14", "text", "Rosselkhoznadzor said Wednesday"),
            S("United States", "Respects Ecuador's sovereign decisions and will continue security cooperation",
              "2024-02-16", "published", "respects Ecuador's sovereign decisions"),
        ],
        ["United States", "Russia", "Ukraine", "Maria Zakharova", "Sergey Lavrov", "United Nations"],
    ),
    doc(
        "b115en05_sheinbaum_inauguration_putin_2024_10", "2024-10-02", EN05,
        [
            T("Tuesday", "DATE", "2024-10-01", 0),
            T("mid-September", "DATE", "2024-09", mod="MID"),
            T("March 2023", "DATE", "2023-03"),
            T("Tuesday", "DATE", "2024-10-01", 1),
            T("Tuesday evening", "TIME", "2024-10-01TEV", note="Mexico City local time"),
            T("Monday", "DATE", "2024-09-30"),
            T("the end of the year", "DATE", "2024", mod="END"),
            T("Tuesday", "DATE", "2024-10-01", 3),
            T("last year", "DATE", "2023"),
            T("2026", "DATE", "2026"),
        ],
        [
            E("US delegation led by Jill Biden attends Sheinbaum's inauguration", "CONSULT", ["United States"],
              "2024-10-01", "context", "occurred", "More than 100 foreign delegations"),
            E("Russian Duma speaker Volodin attends the inauguration", "CONSULT", ["Russia"], "2024-10-01", "context",
              "occurred", "More than 100 foreign delegations"),
            E("Mexico invites Putin to the inauguration", "REQUEST", ["Vladimir Putin"], "2024-09", "context",
              "occurred", "an invitation had been sent to Russian President Vladimir Putin", date_mod="MID",
              note="confirmed by Mexico's foreign ministry in mid-September 2024"),
            E("Ukraine's embassy expects Mexico to arrest Putin under the Rome Statute", "REQUEST",
              ["Ukraine", "Vladimir Putin"], "2024-09", "context", "occurred", "honor its obligations",
              date_mod="MID"),
            E("ICC arrest warrant against Putin", "ACCUSE", ["Vladimir Putin"], "2023-03", "text", "occurred",
              "honor its obligations"),
            E("Putin will not travel to Mexico for the inauguration", "CONSULT", ["Vladimir Putin"], "2024-10-01",
              "context", "cancelled", "Putin had no plans to travel to Mexico"),
            E("Putin congratulates Sheinbaum via Volodin", "SUPPORT", ["Vladimir Putin"], "2024-10-01", "context",
              "occurred", "Volodin would convey Putin's congratulations"),
            E("Putin invites Sheinbaum to visit Russia", "REQUEST", ["Vladimir Putin"], "2024-10-01", "context",
              "occurred", "Volodin would convey Putin's congratulations"),
            E("Peskov values Mexico's balanced position on the conflict", "SUPPORT", ["Dmitry Peskov"], "2024-10-01",
              "text", "occurred", "Volodin would convey Putin's congratulations"),
            E("Sheinbaum greets Volodin at the National Palace", "CONSULT", ["Russia"], "2024-10-01TEV", "text",
              "occurred", "Sheinbaum greeted Volodin briefly"),
            E("Ukraine's deputy foreign minister meets de la Fuente", "CONSULT", ["Ukraine"], "2024-09-30", "text",
              "occurred", "Ukraine was represented by a deputy foreign minister"),
            E("Ukraine invites Sheinbaum to a second peace summit", "REQUEST", ["Ukraine"], "2024-09-30", "context",
              "occurred", "Ukraine was represented by a deputy foreign minister"),
            E("Second peace summit hoped for before the end of the year", "CONSULT", ["Ukraine"], "2024", "text",
              "uncertain", "Ukraine was represented by a deputy foreign minister", date_mod="END"),
            E("Mexico will not join Western sanctions against Moscow", "REJECT", ["Russia"], "2024-10-02",
              "published", "occurred", "will not join Western sanctions"),
            E("Zelensky congratulates Sheinbaum", "SUPPORT", ["Volodymyr Zelensky"], "2024-10-01", "text", "occurred",
              "Zelensky congratulated her"),
            E("Review of the US–Mexico–Canada trade agreement in 2026", "CONSULT", ["United States"], "2026", "text",
              "planned", "comes up for review in 2026"),
        ],
        [
            S("Ukraine", "Embassy expects Mexico to honour its obligations under the Rome Statute", "2024-09",
              "context", "honor its obligations"),
            S("Kremlin", "Putin has no plans to travel to Mexico", "2024-09", "context",
              "Putin had no plans to travel to Mexico"),
            S("Dmitry Peskov", "Volodin will convey Putin's congratulations and invitation; Moscow values Mexico's "
              "balanced position", "2024-10-01", "text", "Volodin would convey Putin's congratulations"),
            S("Volodymyr Zelensky", "Congratulates Sheinbaum and hopes for a new chapter in relations", "2024-10-01",
              "text", "Zelensky congratulated her"),
        ],
        ["United States", "Russia", "Vladimir Putin", "Ukraine", "Kremlin", "Dmitry Peskov", "Volodymyr Zelensky"],
    ),
    doc(
        "b115en06_zelensky_latin_america_unga_2025_09", "2025-09-26", EN06,
        [
            T("this week", "DATE", "2025-W39"),
            T("Wednesday", "DATE", "2025-09-24", 0),
            T("about 40 minutes", "DURATION", "PT40M", mod="APPROX"),
            T("next year", "DATE", "2026"),
            T("Thursday", "DATE", "2025-09-25"),
            T("this year", "DATE", "2025"),
            T("Tuesday", "DATE", "2025-09-23", 0),
            T("August", "DATE", "2025-08", 0),
            T("next week", "DATE", "2025-W40"),
            T("August", "DATE", "2025-08", 1),
            T("Tuesday", "DATE", "2025-09-23", 1),
            T("Wednesday", "DATE", "2025-09-24", 1),
            T("Saturday", "DATE", "2025-09-27"),
        ],
        [
            E("Zelensky meets the presidents of Paraguay and Panama in New York", "CONSULT", ["Volodymyr Zelensky"],
              "2025-W39", "text", "occurred", "met the presidents of Paraguay and Panama"),
            E("Zelensky meets Paraguay's Santiago Peña", "CONSULT", ["Volodymyr Zelensky"], "2025-09-24", "text",
              "occurred", "Zelensky and Paraguay's Santiago Peña met"),
            E("Zelensky invites Peña to Kyiv", "REQUEST", ["Volodymyr Zelensky"], "2025-09-24", "context", "occurred",
              "accepted an invitation to visit Kyiv"),
            E("Peña accepts the invitation to visit Kyiv", "AGREE", ["Ukraine"], "2025-09-24", "context", "occurred",
              "accepted an invitation to visit Kyiv"),
            E("Peña offers to host a Latin American ministers' meeting on Ukraine's peace efforts", "REQUEST",
              ["Ukraine"], "2025-09-24", "context", "occurred", "accepted an invitation to visit Kyiv"),
            E("Meeting of Latin American foreign ministers in Asunción next year", "CONSULT", ["Ukraine"], "2026",
              "text", "uncertain", "accepted an invitation to visit Kyiv"),
            E("Zelensky thanks Peña for Paraguay's votes at the UN", "SUPPORT", ["Volodymyr Zelensky"], "2025-09-24",
              "context", "occurred", "Paraguay has stood with Ukraine"),
            E("Zelensky holds talks with Panama's Mulino", "CONSULT", ["Volodymyr Zelensky"], "2025-09-25", "text",
              "occurred", "On Thursday, Zelensky held talks"),
            E("Panama removes Russian shadow-fleet tankers from its registry", "SANCTION", ["Russia"], "2025", "text",
              "occurred", "On Thursday, Zelensky held talks"),
            E("Lula calls for negotiations that respect all parties' security concerns", "REQUEST",
              ["Russia", "Ukraine"], "2025-09-23", "context", "occurred", "There will be no military solution"),
            E("Lula praises the Trump–Putin meeting in Alaska", "SUPPORT", ["Donald Trump", "Vladimir Putin"],
              "2025-09-23", "context", "occurred", "There will be no military solution"),
            E("Trump–Putin meeting in Alaska", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-08", "text",
              "occurred", "There will be no military solution"),
            E("Trump runs into Lula backstage", "CONSULT", ["Donald Trump"], "2025-09-23", "context", "occurred",
              "excellent chemistry"),
            E("Trump and Lula to meet next week", "CONSULT", ["Donald Trump"], "2025-W40", "text", "planned",
              "excellent chemistry"),
            E("US tariffs of 50% on Brazilian goods", "SANCTION", ["United States"], "2025-08", "text", "occurred",
              "excellent chemistry"),
            E("Petro attacks US strikes on alleged drug boats in the Caribbean", "ACCUSE", ["United States"],
              "2025-09-23", "text", "occurred", "Colombia's Gustavo Petro"),
            E("Kyiv criticises Colombia's law against the recruitment of veterans", "ACCUSE", ["Ukraine"],
              "2025-09-26", "published", "occurred", "a move Kyiv has criticized"),
            E("Rubio meets Lavrov", "CONSULT", ["Marco Rubio", "Sergey Lavrov"], "2025-09-24", "text", "occurred",
              "Secretary of State Marco Rubio met"),
            E("Rubio urges Moscow to take meaningful steps toward a durable resolution", "REQUEST",
              ["Marco Rubio", "Russia"], "2025-09-24", "text", "occurred", "Secretary of State Marco Rubio met"),
        ],
        [
            S("Volodymyr Zelensky", "The world is living through the most destructive arms race in human history",
              "2025-09-24", "context", "Zelensky and Paraguay's Santiago Peña met"),
            S("Ukraine", "Zelensky's office: Peña accepted an invitation to Kyiv and offered to host a ministers' "
              "meeting", "2025-09-24", "context", "accepted an invitation to visit Kyiv"),
            S("Volodymyr Zelensky", "Paraguay has stood with Ukraine since the first day; thanks for its UN votes",
              "2025-09-24", "context", "Paraguay has stood with Ukraine"),
            S("Donald Trump", "Had excellent chemistry with Lula and agreed to meet him next week", "2025-09-23",
              "context", "excellent chemistry"),
            S("Ukraine", "Kyiv has criticised Colombia's law against recruiting veterans as mercenaries",
              "2025-09-26", "published", "a move Kyiv has criticized"),
            S("Marco Rubio, via United States", "Urged Moscow to take meaningful steps toward a durable resolution",
              "2025-09-24", "context", "Secretary of State Marco Rubio met"),
        ],
        ["Volodymyr Zelensky", "Ukraine", "United Nations", "Russia", "United States", "Donald Trump",
         "Vladimir Putin", "Marco Rubio", "Sergey Lavrov"],
    ),
]
