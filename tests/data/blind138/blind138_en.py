"""English articles of the blind138 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b138en01 (Daily Record)
EN01 = """
UEFA boots Russia out of Euro qualifying as Scotland gear up for Ukraine clash

UEFA has thrown Russia out of qualifying for the next European Championship and declared its bid to host a future edition of the tournament ineligible.
European football's governing body announced the measures after a meeting of its executive committee in Nyon on Monday, which also barred Russian clubs from its competitions until further notice.
Russia's women's team, who had qualified for this summer's finals in England, will be replaced by Portugal.
The Football Union of Russia (RFU) said it would challenge the decisions at the Court of Arbitration for Sport in Lausanne.

The RFU had already lodged an appeal in March against the suspension of all Russian teams, which FIFA and UEFA imposed on February 28 following Russia's invasion of Ukraine on February 24.
That ban also cost Russia its World Cup play-off against Poland, who had refused in late February to play the tie.
Kremlin spokesman Dmitry Peskov said on Tuesday the latest ruling was "another example of the politicisation of sport".

Ukraine, meanwhile, are preparing for their rearranged play-off semi-final against Scotland at Hampden on June 1.
The match was postponed in March at the request of the Ukrainian Association of Football because of the war.
Most of Oleksandr Petrakov's squad have not played a competitive match since their domestic league was halted.
Association president Andriy Pavelko welcomed UEFA's decision and thanked Scottish fans for their "incredible solidarity".

UEFA had already stripped Belarus of the right to host matches in March.
The UK government, which froze the assets of Chelsea owner Roman Abramovich in March, said it backed the latest measures "wholeheartedly".
Tickets for the Hampden tie have sold out, and the Scottish FA has promised a show of support for Ukraine before kick-off.

The war continues to cast a long shadow over the fixture.
On Monday, the United Nations said more than 100 civilians had been evacuated on Sunday from the besieged Azovstal steelworks in Mariupol in an operation with the Red Cross.
"""

# ---------------------------------------------------------------- b138en02 (SportsPro)
EN02 = """
Zelensky urges sports ministers to keep Russia out of Paris as boycott talk grows

Ukrainian President Volodymyr Zelensky on Friday urged sports ministers from more than 30 countries to keep Russian athletes out of next year's Olympic and Paralympic Games in Paris.
Speaking by video link to a virtual summit convened by Britain's culture secretary Lucy Frazer, Zelensky said that "any neutral flag of Russian athletes is stained with blood".
Ministers from Germany, France, Poland and the United States were among those taking part in the two-hour call.

The participants agreed to set out their concerns in a joint statement, which Frazer said would be published in the coming days.
"As long as Putin continues this barbaric war, Russia and Belarus should not be represented at the Olympics," Frazer said after the meeting.
Germany's interior minister Nancy Faeser, who is also responsible for sport, told the call that Berlin would not support a return "while bombs are falling on Ukraine".

The summit was called after the International Olympic Committee said on January 25 that it would explore a "pathway" for athletes from Russia and Belarus to compete as neutrals, initially in Asian events.
The following day Zelensky invited IOC president Thomas Bach to visit the frontline city of Bakhmut "to see with his own eyes that neutrality does not exist".
Ukraine's sports minister Vadym Gutsait first raised the prospect of a boycott late last month, and Poland's sports minister Kamil Bortniczuk said on Monday that a coalition of up to 40 countries could stay away from Paris.
The IOC last week called such threats "extremely regrettable" and said a boycott would violate the Olympic Charter.
The White House said last month that Russian athletes must not compete under their own flag if they are allowed back.

In Moscow, Kremlin spokesman Dmitry Peskov accused Kyiv on Friday of trying to "blackmail" the Olympic movement.
Sports minister Oleg Matytsin said Russia would not accept "discriminatory conditions" for its athletes.

The summit took place on a day of heavy Russian strikes.
On Friday morning Russia fired more than 70 missiles at Ukrainian energy facilities, and Kyiv said one of them had crossed the airspace of Moldova and Romania.
The IOC has yet to decide on participation in Paris, where the Games open on July 26, 2024.
"""

# ---------------------------------------------------------------- b138en03 (Sky Sports)
EN03 = """
UEFA drops plan to readmit Russia's under-17 teams after boycott revolt

UEFA has abandoned its plan to let Russia's under-17 teams back into European competition following a revolt by more than a dozen of its member associations.
European football's governing body confirmed on Monday that the draws for the under-17 qualifying rounds had been made without Russia, citing "practical" reasons.
It had announced after an executive committee meeting in Limassol on September 26 that the boys' and girls' sides could return, arguing that children should not be punished for the actions of adults.
It would have been the first step back for Russian football since FIFA and UEFA suspended all Russian teams in February last year.

Last week the Football Association, the Polish and Ukrainian federations and the associations of Sweden, Norway, Denmark and the Baltic states said their teams would not play against Russian sides.
"Our players will not take the pitch against Russia," said Cezary Kulesza, president of the Polish FA.
The Ukrainian Association of Football called the UEFA plan "a betrayal of every child killed in this war" and demanded it be reversed.
British culture secretary Lucy Frazer said on Thursday that the government fully supported the FA's position, and she welcomed UEFA's U-turn on Monday.

In Moscow, Kremlin spokesman Dmitry Peskov said on Tuesday that UEFA had given in to "political pressure".
The Russian Football Union said it was considering an appeal to the Court of Arbitration for Sport.

The row came at an awkward moment for UEFA president Aleksander Ceferin, who had defended the readmission at the weekend as a "gesture of hope".
The IOC, which meets in Mumbai this month, has yet to decide whether Russians can compete at next year's Olympics in Paris.
Ukraine, who drew 1-1 with England in Wroclaw last month, face North Macedonia in a European Championship qualifier on October 14.

Overnight into Monday, Russia launched 31 drones at southern and central Ukraine, and the Ukrainian air force said it had shot down 29 of them.
"""

# ---------------------------------------------------------------- b138en04 (Kyiv Post)
EN04 = """
IOC clears Russians and Belarusians for Paris as neutrals; Kyiv cries foul

The International Olympic Committee (IOC) on Friday cleared athletes from Russia and Belarus who qualify for next summer's Olympic Games in Paris to compete as "individual neutral athletes," drawing sharp condemnation from Kyiv.
Under the conditions set by the IOC Executive Board in Lausanne, the athletes will compete without flag, anthem or national colors, and no teams will be admitted.
Athletes who actively support the war or are contracted to the military or security agencies will be barred, and a special panel will vet each case.
According to the IOC, eight Russians and three Belarusians have qualified so far.

Ukraine's Foreign Ministry said the decision "effectively gives Russia a green light to use athletes for war propaganda."
Acting Sports Minister Matviy Bidnyi said Ukraine would not boycott the Games but would keep pushing for a full ban.
President Volodymyr Zelensky said in his nightly video address on Friday that the IOC had "chosen to help a terrorist state."
Poland's outgoing sports minister Kamil Bortniczuk said the IOC had "capitulated."

In Moscow, Sports Minister Oleg Matytsin called the conditions "discriminatory" and said Russia would decide on participation only after "careful analysis."
Kremlin spokesman Dmitry Peskov said on Friday that the rules were "absurd" but that Russia would not forbid its athletes from going to Paris.
Belarus's sports ministry said it welcomed "any step back towards sport without politics."

The IOC suspended the Russian Olympic Committee in October after it incorporated sports bodies from four occupied regions of Ukraine.
In March, the IOC had recommended that international federations readmit Russians and Belarusians as neutrals in individual events.

The decision comes as Ukraine awaits a summit of EU leaders in Brussels on Thursday and Friday that is expected to decide whether to open accession talks with Kyiv.
Hungarian Prime Minister Viktor Orban threatened this week to block the move.
On Friday morning, Russia attacked Kyiv with ballistic missiles, injuring two people, city officials said.
"""

# ---------------------------------------------------------------- b138en05 (bne IntelliNews)
EN05 = """
Putin opens "Games of the Future" in Kazan, takes aim at IOC as Friendship Games loom

KAZAN - Russian President Vladimir Putin opened the "Games of the Future", a hybrid tournament that mixes video games with physical sport, in the Tatarstan capital on Wednesday evening and used his speech to accuse the International Olympic Committee of turning sport into "an instrument of political pressure."
The organisers say more than 2,000 athletes from over 100 countries are taking part in the 12-day event, which runs until March 3.
"Sport must unite, not divide," Putin told the crowd at the Kazan Arena.
He also invited athletes from around the world to the World Friendship Games, which Russia plans to hold in Moscow and Yekaterinburg in September.
The Kremlin has described the Friendship Games as an alternative for athletes who refuse to accept the IOC's conditions for neutral participation at the Paris Olympics this summer.

Belarusian Prime Minister Roman Golovchenko attended the ceremony and held talks with Putin on the sidelines, the Kremlin said.
Athletes from China, Iran and several Central Asian states make up the largest foreign contingents.
Ukraine's Foreign Ministry on Tuesday urged governments to keep their athletes away from Kazan, calling the event "a propaganda show of a terrorist state."
The IOC, which suspended the Russian Olympic Committee in October, has not commented on the Kazan games.

The opening came as Western governments prepared new sanctions over the death of opposition politician Alexei Navalny in an Arctic penal colony last Friday.
EU ambassadors agreed on Wednesday on a 13th package of sanctions against Russia, which is due to be formally adopted on Friday.
US President Joe Biden said on Tuesday that Washington would announce "major sanctions" against Russia on Friday.
Kremlin spokesman Dmitry Peskov said on Thursday that Russia's economy had "long adapted" to Western sanctions.
Russian Sports Minister Oleg Matytsin said on Thursday that about 40 countries had already confirmed their participation in the Friendship Games.
"""

# ---------------------------------------------------------------- b138en06 (Around the Rings, interview)
EN06 = """
Interview: Ukraine's sports minister rules out Milan Cortina boycott but warns against "Russian flag in the Dolomites"

Ukraine will send its team to the Winter Olympics in Milan and Cortina d'Ampezzo in February even if Russian athletes take part as neutrals, Ukraine's sports minister Matviy Bidnyi said in an interview with Around the Rings.
"A boycott would only punish our own athletes, who have trained through air raids and blackouts," Bidnyi said in the interview, conducted in Kyiv on Thursday.
But he urged the International Olympic Committee to keep the Russian Olympic Committee suspended and to ban any Russian symbols at the Games.
"There must be no Russian flag in the Dolomites, not on a jacket, not in the stands," he said.

Bidnyi welcomed the decision of the International Ski and Snowboard Federation (FIS) in October to keep Russians and Belarusians out of qualifying events, which in effect rules most of them out of the Games.
The Russian ski federation appealed to the Court of Arbitration for Sport in early November, and a ruling is expected next month.
He called the International Paralympic Committee's vote in September to lift the suspensions of Russia and Belarus "a moral failure" and said Ukraine's Paralympic team would nevertheless compete in March.
Bidnyi met IOC president Kirsty Coventry in Lausanne last month, and said she had assured him that the neutral-athlete rules used in Paris last year would apply in Italy.
According to the ministry, more than 600 Ukrainian athletes and coaches have been killed and more than 800 sports facilities damaged or destroyed by Russian attacks since February 2022.

The interview took place as US Army Secretary Dan Driscoll presented a new US peace plan to President Volodymyr Zelensky in Kyiv.
Asked whether a peace deal could open the way for Russia's return to world sport, Bidnyi said sport "cannot be a bargaining chip."

In Moscow, Sports Minister Mikhail Degtyarev, who also heads the Russian Olympic Committee, said this week that Russia would "fight for every athlete" and called on the IOC to lift the committee's suspension before the Games.
Kremlin spokesman Dmitry Peskov said on Wednesday that Russian athletes were the victims of "sporting apartheid."
Bidnyi said Italian Prime Minister Giorgia Meloni had invited Zelensky last month to attend the opening ceremony at Milan's San Siro stadium on February 6, though no visit has been confirmed.
Ukraine expects to send around 45 athletes to the Olympics and about 25 to the Paralympics, which open on March 6.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b138en01_uefa_bans_russia_euro_qualifying_2022_05", "2022-05-03", EN01,
        [
            T("Monday", "DATE", "2022-05-02", 0),
            T("this summer", "DATE", "2022-SU"),
            T("March", "DATE", "2022-03", 0),
            T("February 28", "DATE", "2022-02-28"),
            T("February 24", "DATE", "2022-02-24"),
            T("late February", "DATE", "2022-02", mod="END"),
            T("Tuesday", "DATE", "2022-05-03"),
            T("June 1", "DATE", "2022-06-01"),
            T("March", "DATE", "2022-03", 1),
            T("March", "DATE", "2022-03", 2),
            T("March", "DATE", "2022-03", 3),
            T("Monday", "DATE", "2022-05-02", 1),
            T("Sunday", "DATE", "2022-05-01"),
        ],
        [
            E("UEFA throws Russia out of qualifying for the next European Championship", "SANCTION", ["Russia"],
              "2022-05-02", "context", "occurred", "UEFA has thrown Russia out of qualifying"),
            E("UEFA declares Russia's bid to host a future European Championship ineligible", "SANCTION", ["Russia"],
              "2022-05-02", "context", "occurred", "UEFA has thrown Russia out of qualifying"),
            E("UEFA bars Russian clubs from its competitions until further notice", "SANCTION", ["Russia"],
              "2022-05-02", "text", "occurred", "in Nyon on Monday"),
            E("Russia's women's team excluded from the European Championship and replaced by Portugal", "SANCTION",
              ["Russia"], "2022-05-02", "context", "occurred", "Russia's women's team"),
            E("Russian Football Union to challenge the decisions at CAS", "ACCUSE", ["Russia"], "2022-05-03",
              "published", "planned", "said it would challenge the decisions"),
            E("Russian Football Union appealed against the suspension of all Russian teams", "ACCUSE", ["Russia"],
              "2022-03", "text", "occurred", "The RFU had already lodged an appeal"),
            E("FIFA and UEFA suspend all Russian teams", "SANCTION", ["Russia"], "2022-02-28", "text", "occurred",
              "The RFU had already lodged an appeal"),
            E("Russia's invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24", "text", "occurred",
              "The RFU had already lodged an appeal"),
            E("Poland refuses to play its World Cup play-off against Russia", "REJECT", ["Poland", "Russia"],
              "2022-02", "text", "occurred", "who had refused in late February", date_mod="END"),
            E("Peskov calls the ruling another example of the politicisation of sport", "ACCUSE", ["Dmitry Peskov"],
              "2022-05-03", "text", "occurred", "Kremlin spokesman Dmitry Peskov said on Tuesday"),
            E("Ukrainian football association asks for the play-off to be postponed", "REQUEST", ["Ukraine"],
              "2022-03", "text", "occurred", "The match was postponed in March"),
            E("Ukraine's football association welcomes UEFA's decision and thanks Scottish fans", "SUPPORT",
              ["Ukraine"], "2022-05-03", "published", "occurred", "Association president Andriy Pavelko"),
            E("UEFA strips Belarus of the right to host matches", "SANCTION", ["Belarus"], "2022-03", "text",
              "occurred", "UEFA had already stripped Belarus"),
            E("UK freezes the assets of Chelsea owner Roman Abramovich", "SANCTION", ["United Kingdom"], "2022-03",
              "text", "occurred", "froze the assets of Chelsea owner"),
            E("UK government backs UEFA's measures", "SUPPORT", ["United Kingdom"], "2022-05-03", "published",
              "occurred", "froze the assets of Chelsea owner"),
            E("UN and Red Cross evacuate more than 100 civilians from Azovstal", "AID", ["United Nations", "Ukraine"],
              "2022-05-01", "text", "occurred", "On Monday, the United Nations said"),
        ],
        [
            S("Russia", "RFU: will challenge the decisions at the Court of Arbitration for Sport", "2022-05-03",
              "published", "said it would challenge the decisions"),
            S("Dmitry Peskov", "The ruling is another example of the politicisation of sport", "2022-05-03", "text",
              "Kremlin spokesman Dmitry Peskov said on Tuesday"),
            S("Ukraine", "Pavelko welcomes UEFA's decision and thanks Scottish fans for their solidarity",
              "2022-05-03", "published", "Association president Andriy Pavelko"),
            S("United Kingdom", "The government backs the latest measures wholeheartedly", "2022-05-03", "published",
              "froze the assets of Chelsea owner"),
            S("United Nations", "More than 100 civilians evacuated from Azovstal on Sunday", "2022-05-02", "text",
              "On Monday, the United Nations said"),
        ],
        ["Russia", "Ukraine", "Poland", "Kremlin", "Dmitry Peskov", "Belarus", "United Kingdom", "United Nations"],
    ),
    doc(
        "b138en02_zelensky_sports_ministers_summit_2023_02", "2023-02-11", EN02,
        [
            T("Friday", "DATE", "2023-02-10", 0),
            T("next year", "DATE", "2024"),
            T("two-hour", "DURATION", "PT2H"),
            T("the coming days", "DATE", "FUTURE_REF"),
            T("January 25", "DATE", "2023-01-25"),
            T("The following day", "DATE", "2023-01-26"),
            T("late last month", "DATE", "2023-01", mod="END"),
            T("Monday", "DATE", "2023-02-06"),
            T("last week", "DATE", "2023-W05"),
            T("last month", "DATE", "2023-01", 1),
            T("Friday", "DATE", "2023-02-10", 1),
            T("Friday morning", "TIME", "2023-02-10TMO"),
            T("July 26, 2024", "DATE", "2024-07-26"),
        ],
        [
            E("Zelensky urges sports ministers to keep Russian athletes out of the Paris Games", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2023-02-10", "text", "occurred",
              "Ukrainian President Volodymyr Zelensky on Friday urged"),
            E("Virtual summit of sports ministers with Zelensky, convened by the UK", "CONSULT",
              ["Volodymyr Zelensky", "United Kingdom", "Germany", "France", "Poland", "United States"], "2023-02-10",
              "context", "occurred", "Ministers from Germany, France, Poland and the United States"),
            E("Ministers agree to set out their concerns in a joint statement", "AGREE",
              ["United Kingdom", "Germany", "France", "Poland", "United States"], "2023-02-10", "context",
              "occurred", "The participants agreed"),
            E("Frazer: Russia and Belarus should not be represented at the Olympics while the war goes on",
              "REQUEST", ["United Kingdom", "Russia", "Belarus"], "2023-02-10", "context", "occurred",
              "As long as Putin continues this barbaric war"),
            E("Faeser: Berlin will not support a return of Russian athletes", "REJECT", ["Germany", "Russia"],
              "2023-02-10", "context", "occurred", "told the call that Berlin would not support"),
            E("IOC says it will explore a pathway for Russian and Belarusian athletes as neutrals", "REQUEST",
              ["Russia", "Belarus"], "2023-01-25", "text", "occurred", "The summit was called after"),
            E("Zelensky invites Bach to Bakhmut", "REQUEST", ["Volodymyr Zelensky"], "2023-01-26", "text",
              "occurred", "Zelensky invited IOC president Thomas Bach"),
            E("Ukraine's sports minister raises the prospect of a boycott", "THREATEN", ["Ukraine"], "2023-01",
              "text", "occurred", "first raised the prospect of a boycott", date_mod="END"),
            E("Poland's sports minister: a coalition of up to 40 countries could stay away from Paris", "THREATEN",
              ["Poland"], "2023-02-06", "text", "occurred", "first raised the prospect of a boycott"),
            E("IOC calls the boycott threats extremely regrettable", "ACCUSE", ["Ukraine"], "2023-W05", "text",
              "occurred", "extremely regrettable"),
            E("White House: Russian athletes must not compete under their own flag", "REQUEST",
              ["White House", "Russia"], "2023-01", "text", "occurred", "The White House said last month"),
            E("Peskov accuses Kyiv of trying to blackmail the Olympic movement", "ACCUSE",
              ["Dmitry Peskov", "Ukraine"], "2023-02-10", "text", "occurred", "accused Kyiv on Friday"),
            E("Matytsin: Russia will not accept discriminatory conditions", "REJECT", ["Russia"], "2023-02-11",
              "published", "occurred", "Sports minister Oleg Matytsin said"),
            E("Russia fires more than 70 missiles at Ukrainian energy facilities", "ASSAULT", ["Russia", "Ukraine"],
              "2023-02-10TMO", "text", "occurred", "On Friday morning Russia fired"),
        ],
        [
            S("Volodymyr Zelensky", "Any neutral flag of Russian athletes is stained with blood", "2023-02-10",
              "context", "Speaking by video link to a virtual summit"),
            S("United Kingdom", "Frazer: the joint statement will be published in the coming days", "2023-02-10",
              "context", "The participants agreed"),
            S("United Kingdom", "Frazer: as long as Putin wages this war, Russia and Belarus should not be "
              "represented at the Olympics", "2023-02-10", "context", "As long as Putin continues this barbaric war"),
            S("Germany", "Faeser: Berlin will not support a return while bombs are falling on Ukraine", "2023-02-10",
              "context", "told the call that Berlin would not support"),
            S("Volodymyr Zelensky", "Invites Bach to Bakhmut to see that neutrality does not exist", "2023-01-26",
              "text", "Zelensky invited IOC president Thomas Bach"),
            S("Ukraine", "Gutsait raises the prospect of a boycott", "2023-01", "text",
              "first raised the prospect of a boycott"),
            S("Poland", "Bortniczuk: a coalition of up to 40 countries could stay away from Paris", "2023-02-06",
              "text", "first raised the prospect of a boycott"),
            S("White House", "Russian athletes must not compete under their own flag if allowed back", "2023-01",
              "text", "The White House said last month"),
            S("Dmitry Peskov", "Kyiv is trying to blackmail the Olympic movement", "2023-02-10", "text",
              "accused Kyiv on Friday"),
            S("Russia", "Matytsin: Russia will not accept discriminatory conditions", "2023-02-11", "published",
              "Sports minister Oleg Matytsin said"),
            S("Ukraine", "One of the missiles crossed the airspace of Moldova and Romania", "2023-02-10", "context",
              "On Friday morning Russia fired"),
        ],
        ["Volodymyr Zelensky", "Russia", "Ukraine", "United Kingdom", "Germany", "France", "Poland", "United States",
         "Vladimir Putin", "Belarus", "White House", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b138en03_uefa_u17_u_turn_2023_10", "2023-10-03", EN03,
        [
            T("Monday", "DATE", "2023-10-02", 0),
            T("September 26", "DATE", "2023-09-26"),
            T("February last year", "DATE", "2022-02"),
            T("Last week", "DATE", "2023-W39"),
            T("Thursday", "DATE", "2023-09-28"),
            T("Monday", "DATE", "2023-10-02", 1),
            T("Tuesday", "DATE", "2023-10-03"),
            T("the weekend", "DATE", "2023-W39-WE"),
            T("this month", "DATE", "2023-10"),
            T("next year", "DATE", "2024"),
            T("last month", "DATE", "2023-09"),
            T("October 14", "DATE", "2023-10-14"),
            T("Overnight into Monday", "TIME", "2023-10-01TNI", note="night of 1 to 2 October"),
        ],
        [
            E("UEFA keeps Russia's under-17 teams out: qualifying draws made without Russia", "SANCTION", ["Russia"],
              "2023-10-02", "text", "occurred", "confirmed on Monday that the draws"),
            E("UEFA executive committee decides to readmit Russia's under-17 teams", "AGREE", ["Russia"],
              "2023-09-26", "text", "occurred", "in Limassol on September 26"),
            E("FIFA and UEFA suspended all Russian teams", "SANCTION", ["Russia"], "2022-02", "text", "occurred",
              "the first step back for Russian football"),
            E("The FA and the Polish and Ukrainian federations refuse to play against Russian sides", "REJECT",
              ["United Kingdom", "Poland", "Ukraine", "Russia"], "2023-W39", "text", "occurred",
              "Last week the Football Association"),
            E("Ukrainian association calls the UEFA plan a betrayal", "ACCUSE", ["Ukraine"], "2023-10-03",
              "published", "occurred", "a betrayal of every child"),
            E("Ukrainian association demands that the plan be reversed", "REQUEST", ["Ukraine"], "2023-10-03",
              "published", "occurred", "a betrayal of every child"),
            E("UK government backs the FA's refusal", "SUPPORT", ["United Kingdom"], "2023-09-28", "text",
              "occurred", "British culture secretary Lucy Frazer"),
            E("Frazer welcomes UEFA's U-turn", "SUPPORT", ["United Kingdom"], "2023-10-02", "text", "occurred",
              "British culture secretary Lucy Frazer"),
            E("Peskov: UEFA gave in to political pressure", "ACCUSE", ["Dmitry Peskov"], "2023-10-03", "text",
              "occurred", "Kremlin spokesman Dmitry Peskov said on Tuesday"),
            E("Russian Football Union considers an appeal to CAS", "ACCUSE", ["Russia"], "2023-10-03", "published",
              "uncertain", "considering an appeal"),
            E("Russia launches 31 drones at southern and central Ukraine", "ASSAULT", ["Russia", "Ukraine"],
              "2023-10-01TNI", "text", "occurred", "Overnight into Monday"),
        ],
        [
            S("Poland", "Kulesza: our players will not take the pitch against Russia", "2023-W39", "context",
              "Our players will not take the pitch"),
            S("Ukraine", "The UEFA plan is a betrayal of every child killed in this war and must be reversed",
              "2023-10-03", "published", "a betrayal of every child"),
            S("United Kingdom", "Frazer: the government fully supports the FA's position", "2023-09-28", "text",
              "British culture secretary Lucy Frazer"),
            S("United Kingdom", "Frazer welcomes UEFA's U-turn", "2023-10-02", "text",
              "British culture secretary Lucy Frazer"),
            S("Dmitry Peskov", "UEFA gave in to political pressure", "2023-10-03", "text",
              "Kremlin spokesman Dmitry Peskov said on Tuesday"),
            S("Russia", "Russian Football Union is considering an appeal to CAS", "2023-10-03", "published",
              "considering an appeal"),
            S("Ukraine", "Air force: 29 of 31 drones shot down", "2023-10-02", "context", "Overnight into Monday"),
        ],
        ["Russia", "United Kingdom", "Poland", "Ukraine", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b138en04_ioc_clears_neutrals_for_paris_2023_12", "2023-12-09", EN04,
        [
            T("Friday", "DATE", "2023-12-08", 0),
            T("next summer", "DATE", "2024-SU"),
            T("nightly", "SET", "P1D"),
            T("Friday", "DATE", "2023-12-08", 1),
            T("Friday", "DATE", "2023-12-08", 2),
            T("October", "DATE", "2023-10"),
            T("March", "DATE", "2023-03"),
            T("Thursday", "DATE", "2023-12-14"),
            T("Friday", "DATE", "2023-12-15", 3),
            T("this week", "DATE", "2023-W49"),
            T("Friday morning", "TIME", "2023-12-08TMO"),
        ],
        [
            E("IOC clears qualified Russian and Belarusian athletes to compete in Paris as neutrals", "AGREE",
              ["Russia", "Belarus"], "2023-12-08", "text", "occurred", "on Friday cleared athletes"),
            E("Neutral athletes to compete without flag, anthem or colours; no teams admitted", "SANCTION",
              ["Russia", "Belarus"], "2023-12-08", "context", "occurred", "Under the conditions set by the IOC"),
            E("Athletes who support the war or are contracted to the military barred", "SANCTION",
              ["Russia", "Belarus"], "2023-12-08", "context", "occurred", "Athletes who actively support the war"),
            E("Ukraine's Foreign Ministry: the decision gives Russia a green light for war propaganda", "ACCUSE",
              ["Ukraine", "Russia"], "2023-12-09", "published", "occurred", "Ukraine's Foreign Ministry said"),
            E("Ukraine rules out a boycott of the Paris Games", "REJECT", ["Ukraine"], "2023-12-09", "published",
              "occurred", "Acting Sports Minister Matviy Bidnyi"),
            E("Ukraine will keep pushing for a full ban", "REQUEST", ["Ukraine", "Russia"], "2023-12-09",
              "published", "occurred", "Acting Sports Minister Matviy Bidnyi"),
            E("Zelensky: the IOC has chosen to help a terrorist state", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2023-12-08", "text", "occurred", "chosen to help a terrorist state"),
            E("Bortniczuk: the IOC has capitulated", "ACCUSE", ["Poland"], "2023-12-09", "published", "occurred",
              "Kamil Bortniczuk said the IOC had"),
            E("Matytsin calls the conditions discriminatory", "ACCUSE", ["Russia"], "2023-12-09", "published",
              "occurred", "Sports Minister Oleg Matytsin called"),
            E("Peskov calls the rules absurd", "ACCUSE", ["Dmitry Peskov"], "2023-12-08", "text", "occurred",
              "Kremlin spokesman Dmitry Peskov said on Friday"),
            E("Belarus' sports ministry welcomes the decision", "SUPPORT", ["Belarus"], "2023-12-09", "published",
              "occurred", "Belarus's sports ministry said"),
            E("IOC suspended the Russian Olympic Committee", "SANCTION", ["Russia"], "2023-10", "text", "occurred",
              "The IOC suspended the Russian Olympic Committee"),
            E("Russian Olympic Committee incorporated sports bodies from four occupied Ukrainian regions", "COERCE",
              ["Russia", "Ukraine"], "2023-10", "context", "occurred",
              "The IOC suspended the Russian Olympic Committee"),
            E("IOC recommended readmitting Russians and Belarusians as neutrals in individual events", "REQUEST",
              ["Russia", "Belarus"], "2023-03", "text", "occurred", "In March, the IOC had recommended"),
            E("EU summit in Brussels to decide on opening accession talks with Ukraine", "CONSULT",
              ["European Union", "Ukraine"], "2023-12-14", "text", "planned", "a summit of EU leaders"),
            E("Orbán threatens to block the opening of accession talks", "THREATEN",
              ["Viktor Orbán", "European Union", "Ukraine"], "2023-W49", "text", "occurred",
              "Viktor Orban threatened this week"),
            E("Russian ballistic missile attack on Kyiv", "ASSAULT", ["Russia", "Ukraine"], "2023-12-08TMO", "text",
              "occurred", "Russia attacked Kyiv with ballistic missiles"),
        ],
        [
            S("Ukraine", "Foreign Ministry: the decision gives Russia a green light to use athletes for war propaganda",
              "2023-12-09", "published", "Ukraine's Foreign Ministry said"),
            S("Ukraine", "Bidnyi: no boycott, but Ukraine will keep pushing for a full ban", "2023-12-09",
              "published", "Acting Sports Minister Matviy Bidnyi"),
            S("Volodymyr Zelensky", "The IOC has chosen to help a terrorist state", "2023-12-08", "text",
              "chosen to help a terrorist state"),
            S("Poland", "Bortniczuk: the IOC has capitulated", "2023-12-09", "published",
              "Kamil Bortniczuk said the IOC had"),
            S("Russia", "Matytsin: the conditions are discriminatory; Russia will decide after careful analysis",
              "2023-12-09", "published", "Sports Minister Oleg Matytsin called"),
            S("Dmitry Peskov", "The rules are absurd, but Russia will not forbid its athletes to go to Paris",
              "2023-12-08", "text", "Kremlin spokesman Dmitry Peskov said on Friday"),
            S("Belarus", "Welcomes any step back towards sport without politics", "2023-12-09", "published",
              "Belarus's sports ministry said"),
            S("Viktor Orbán", "Threatens to block the opening of accession talks with Ukraine", "2023-W49", "text",
              "Viktor Orban threatened this week"),
            S("Ukraine", "City officials: two people injured in the missile attack on Kyiv", "2023-12-08", "context",
              "Russia attacked Kyiv with ballistic missiles"),
        ],
        ["Russia", "Belarus", "Ukraine", "Volodymyr Zelensky", "Poland", "Kremlin", "Dmitry Peskov",
         "European Union", "Viktor Orbán"],
    ),
    doc(
        "b138en05_putin_kazan_games_of_the_future_2024_02", "2024-02-22", EN05,
        [
            T("Wednesday evening", "TIME", "2024-02-21TEV"),
            T("12-day", "DURATION", "P12D"),
            T("March 3", "DATE", "2024-03-03"),
            T("September", "DATE", "2024-09"),
            T("this summer", "DATE", "2024-SU"),
            T("Tuesday", "DATE", "2024-02-20", 0),
            T("October", "DATE", "2023-10"),
            T("last Friday", "DATE", "2024-02-16"),
            T("Wednesday", "DATE", "2024-02-21", 1),
            T("Friday", "DATE", "2024-02-23", 1),
            T("Tuesday", "DATE", "2024-02-20", 1),
            T("Friday", "DATE", "2024-02-23", 2),
            T("Thursday", "DATE", "2024-02-22", 0),
            T("Thursday", "DATE", "2024-02-22", 1),
        ],
        [
            E("Putin accuses the IOC of turning sport into an instrument of political pressure", "ACCUSE",
              ["Vladimir Putin"], "2024-02-21TEV", "text", "occurred", "on Wednesday evening and used his speech"),
            E("Putin invites athletes worldwide to the Friendship Games", "REQUEST", ["Vladimir Putin"],
              "2024-02-21TEV", "context", "occurred", "He also invited athletes"),
            E("Putin holds talks with Belarusian Prime Minister Golovchenko", "CONSULT",
              ["Belarus", "Vladimir Putin"], "2024-02-21TEV", "context", "occurred",
              "held talks with Putin on the sidelines"),
            E("Ukraine urges governments to keep their athletes away from Kazan", "REQUEST", ["Ukraine"],
              "2024-02-20", "text", "occurred", "Ukraine's Foreign Ministry on Tuesday urged"),
            E("Ukraine calls the Kazan games a propaganda show of a terrorist state", "ACCUSE",
              ["Ukraine", "Russia"], "2024-02-20", "context", "occurred", "Ukraine's Foreign Ministry on Tuesday urged"),
            E("IOC suspended the Russian Olympic Committee", "SANCTION", ["Russia"], "2023-10", "text", "occurred",
              "which suspended the Russian Olympic Committee in October"),
            E("EU ambassadors agree a 13th sanctions package against Russia", "SANCTION",
              ["European Union", "Russia"], "2024-02-21", "text", "occurred", "EU ambassadors agreed on Wednesday"),
            E("Formal adoption of the 13th sanctions package", "SANCTION", ["European Union", "Russia"], "2024-02-23",
              "text", "planned", "EU ambassadors agreed on Wednesday"),
            E("US to announce major sanctions against Russia", "SANCTION", ["Joe Biden", "United States", "Russia"],
              "2024-02-23", "text", "planned", "US President Joe Biden said on Tuesday"),
        ],
        [
            S("Vladimir Putin", "The IOC turns sport into an instrument of political pressure", "2024-02-21TEV",
              "text", "on Wednesday evening and used his speech"),
            S("Vladimir Putin", "Sport must unite, not divide", "2024-02-21TEV", "context",
              "Sport must unite, not divide"),
            S("Vladimir Putin", "Invites athletes from around the world to the Friendship Games", "2024-02-21TEV",
              "context", "He also invited athletes"),
            S("Kremlin", "The Friendship Games are an alternative for athletes who refuse the IOC's conditions",
              "2024-02-22", "published", "The Kremlin has described"),
            S("Kremlin", "Golovchenko held talks with Putin on the sidelines", "2024-02-21TEV", "context",
              "held talks with Putin on the sidelines"),
            S("Ukraine", "Governments should keep athletes away from Kazan, a propaganda show of a terrorist state",
              "2024-02-20", "text", "Ukraine's Foreign Ministry on Tuesday urged"),
            S("Joe Biden", "Washington will announce major sanctions against Russia on Friday", "2024-02-20", "text",
              "US President Joe Biden said on Tuesday"),
            S("Dmitry Peskov", "Russia's economy has long adapted to Western sanctions", "2024-02-22", "text",
              "Kremlin spokesman Dmitry Peskov said on Thursday"),
            S("Russia", "Matytsin: about 40 countries have confirmed participation in the Friendship Games",
              "2024-02-22", "text", "Russian Sports Minister Oleg Matytsin said on Thursday"),
        ],
        ["Vladimir Putin", "Russia", "Kremlin", "Belarus", "China", "Ukraine", "European Union", "Joe Biden",
         "United States", "Dmitry Peskov"],
    ),
    doc(
        "b138en06_interview_bidnyi_milan_cortina_2025_11", "2025-11-21", EN06,
        [
            T("February", "DATE", "2026-02", 0),
            T("Thursday", "DATE", "2025-11-20"),
            T("October", "DATE", "2025-10"),
            T("early November", "DATE", "2025-11", mod="START"),
            T("next month", "DATE", "2025-12"),
            T("September", "DATE", "2025-09"),
            T("March", "DATE", "2026-03", 0),
            T("last month", "DATE", "2025-10", 0),
            T("last year", "DATE", "2024"),
            T("February 2022", "DATE", "2022-02"),
            T("this week", "DATE", "2025-W47"),
            T("Wednesday", "DATE", "2025-11-19"),
            T("last month", "DATE", "2025-10", 1),
            T("February 6", "DATE", "2026-02-06"),
            T("March 6", "DATE", "2026-03-06"),
        ],
        [
            E("Ukraine rules out a boycott of the Milan Cortina Winter Olympics", "REJECT", ["Ukraine"],
              "2025-11-20", "context", "occurred", "Ukraine will send its team to the Winter Olympics"),
            E("Bidnyi urges the IOC to keep the Russian Olympic Committee suspended and ban Russian symbols",
              "REQUEST", ["Ukraine", "Russia"], "2025-11-20", "context", "occurred",
              "But he urged the International Olympic Committee"),
            E("Bidnyi welcomes the FIS decision", "SUPPORT", ["Ukraine"], "2025-11-20", "context", "occurred",
              "Bidnyi welcomed the decision"),
            E("FIS keeps Russians and Belarusians out of qualifying events", "SANCTION", ["Russia", "Belarus"],
              "2025-10", "text", "occurred", "Bidnyi welcomed the decision"),
            E("Russian ski federation appeals to CAS", "ACCUSE", ["Russia"], "2025-11", "text", "occurred",
              "The Russian ski federation appealed", date_mod="START"),
            E("Bidnyi calls the IPC vote a moral failure", "ACCUSE", ["Ukraine"], "2025-11-20", "context",
              "occurred", "a moral failure"),
            E("IPC votes to lift the suspensions of Russia and Belarus", "CONCEDE", ["Russia", "Belarus"], "2025-09",
              "text", "occurred", "a moral failure"),
            E("Bidnyi meets IOC president Coventry in Lausanne", "CONSULT", ["Ukraine"], "2025-10", "text",
              "occurred", "Bidnyi met IOC president Kirsty Coventry"),
            E("Coventry assures Bidnyi that the Paris neutral-athlete rules will apply in Italy", "AGREE",
              ["Ukraine"], "2025-10", "context", "occurred", "Bidnyi met IOC president Kirsty Coventry"),
            E("Russian attacks have killed Ukrainian athletes and destroyed sports facilities since February 2022",
              "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text", "occurred", "According to the ministry",
              date_mod="START"),
            E("US Army Secretary Driscoll presents a US peace plan to Zelensky in Kyiv", "CONSULT",
              ["United States", "Volodymyr Zelensky"], "2025-11-20", "context", "occurred",
              "The interview took place as"),
            E("US presents a new peace plan", "REQUEST", ["United States", "Volodymyr Zelensky"], "2025-11-20",
              "context", "occurred", "The interview took place as"),
            E("Degtyarev calls on the IOC to lift the ROC suspension before the Games", "REQUEST", ["Russia"],
              "2025-W47", "text", "occurred", "fight for every athlete"),
            E("Peskov: Russian athletes are victims of 'sporting apartheid'", "ACCUSE", ["Dmitry Peskov"],
              "2025-11-19", "text", "occurred", "sporting apartheid"),
            E("Meloni invites Zelensky to the opening ceremony", "REQUEST", ["Giorgia Meloni", "Volodymyr Zelensky"],
              "2025-10", "text", "occurred", "had invited Zelensky last month"),
            E("Zelensky's possible attendance at the opening ceremony in Milan", "CONSULT",
              ["Volodymyr Zelensky", "Giorgia Meloni"], "2026-02-06", "text", "uncertain",
              "had invited Zelensky last month"),
        ],
        [
            S("Ukraine", "Bidnyi: Ukraine will send its team even if Russians take part as neutrals", "2025-11-20",
              "context", "Ukraine will send its team to the Winter Olympics"),
            S("Ukraine", "A boycott would only punish Ukraine's own athletes", "2025-11-20", "text",
              "A boycott would only punish"),
            S("Ukraine", "The IOC must keep the ROC suspended and ban Russian symbols", "2025-11-20", "context",
              "But he urged the International Olympic Committee"),
            S("Ukraine", "There must be no Russian flag in the Dolomites", "2025-11-20", "context",
              "There must be no Russian flag"),
            S("Ukraine", "Welcomes the FIS decision to keep Russians and Belarusians out of qualifying", "2025-11-20",
              "context", "Bidnyi welcomed the decision"),
            S("Ukraine", "The IPC vote was a moral failure; the Paralympic team will compete nevertheless",
              "2025-11-20", "context", "a moral failure"),
            S("Ukraine", "Coventry assured him the Paris neutral-athlete rules will apply in Italy", "2025-11-20",
              "context", "Bidnyi met IOC president Kirsty Coventry"),
            S("Ukraine", "Ministry: more than 600 athletes and coaches killed, 800 sports facilities damaged",
              "2025-11-21", "published", "According to the ministry"),
            S("Ukraine", "Sport cannot be a bargaining chip in a peace deal", "2025-11-20", "context",
              "cannot be a bargaining chip"),
            S("Russia", "Degtyarev: Russia will fight for every athlete; the IOC must lift the suspension",
              "2025-W47", "text", "fight for every athlete"),
            S("Dmitry Peskov", "Russian athletes are victims of sporting apartheid", "2025-11-19", "text",
              "sporting apartheid"),
            S("Ukraine", "Meloni invited Zelensky to the opening ceremony; no visit confirmed", "2025-11-20",
              "context", "had invited Zelensky last month"),
            S("Ukraine", "Expects to send about 45 athletes to the Olympics and 25 to the Paralympics", "2025-11-20",
              "context", "Ukraine expects to send around 45 athletes"),
        ],
        ["Ukraine", "Russia", "Belarus", "United States", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov",
         "Giorgia Meloni"],
    ),
]
