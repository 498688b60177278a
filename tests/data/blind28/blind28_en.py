"""English articles of the blind28 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

DOCS = []

# ---------------------------------------------------------------- b28en01: Yonhap
DOCS.append(dict(
    id="b28en01_umerov_seoul_yoon_2024_11",
    lang="en",
    published="2024-11-28",
    body="""
Ukrainian defense chief asks Yoon for air defense as N. Korean troops fight for Russia

SEOUL, Nov. 28 (Yonhap) -- President Yoon Suk Yeol met Ukrainian Defense Minister Rustem Umerov on Wednesday and discussed how to respond to North Korea's troop deployment to Russia, the presidential office said Thursday.
Umerov, who is visiting Seoul as President Volodymyr Zelensky's special envoy, asked for air defense systems and artillery shells during the roughly hourlong meeting, according to officials familiar with the talks.
Yoon told the delegation that Seoul would review its support "in stages," depending on how far military cooperation between Pyongyang and Moscow develops, presidential spokesperson Chung Hye-jeon said.
On Tuesday, Umerov held separate talks with Defense Minister Kim Yong-hyun and National Security Adviser Shin Won-sik, sharing intelligence on the roughly 11,000 North Korean soldiers sent to Russia's Kursk region.

It was the first visit by a senior Ukrainian official to South Korea since Pyongyang began dispatching troops to fight alongside Russian forces in October.
Kyiv says the North Korean soldiers have already engaged in combat in Kursk, where Ukrainian forces seized a swath of territory in a surprise incursion in August.
Yoon said earlier this month that Seoul no longer rules out sending weapons to Ukraine, a departure from its long-standing policy of not supplying arms to countries at war.
Still, officials here have stressed that any lethal aid would be a last resort.

Moscow has repeatedly warned Seoul against arming Ukraine.
Russian Foreign Ministry spokeswoman Maria Zakharova said Wednesday that weapons deliveries would "destroy" relations between the two countries and that Russia would respond "by all means it deems necessary."
During a visit to Pyongyang in June, President Vladimir Putin signed a mutual defense treaty with North Korean leader Kim Jong-un.
He later warned that supplying arms to Ukraine would be "a very big mistake" on South Korea's part.
Kremlin spokesman Dmitry Peskov declined on Thursday to comment on Umerov's trip, saying only that Moscow was "closely watching" Seoul's steps.

NATO Secretary General Mark Rutte has called the North Korean deployment "a significant escalation" that ties the security of Europe to that of the Indo-Pacific.
The outgoing Biden administration has also urged Seoul in recent weeks to consider sending arms to Kyiv, according to diplomatic sources.
Zelensky said in his nightly video address that he expected "concrete results" from the delegation's talks in Seoul, without elaborating.
Umerov is expected to brief NATO allies on the outcome of the trip in Brussels next week, a Ukrainian official said.
""",
    timexes=[
        T("Nov. 28", "DATE", "2024-11-28"),
        T("Wednesday", "DATE", "2024-11-27"),
        T("Thursday", "DATE", "2024-11-28"),
        T("roughly hourlong", "DURATION", "PT1H", mod="APPROX"),
        T("Tuesday", "DATE", "2024-11-26"),
        T("October", "DATE", "2024-10"),
        T("August", "DATE", "2024-08"),
        T("earlier this month", "DATE", "2024-11"),
        T("Wednesday", "DATE", "2024-11-27", n=1),
        T("June", "DATE", "2024-06"),
        T("Thursday", "DATE", "2024-11-28", n=1),
        T("recent weeks", "DATE", "PAST_REF"),
        T("nightly", "SET", "P1D"),
        T("next week", "DATE", "2024-W49"),
    ],
    events=[
        E("Yoon meets Umerov in Seoul", "CONSULT",
          ["Rustem Umerov"], "2024-11-27", "text", "occurred",
          "President Yoon Suk Yeol met Ukrainian Defense Minister",
          note="Yoon and South Korea are not canonical"),
        E("Umerov asks for air defense systems and artillery shells", "REQUEST",
          ["Rustem Umerov"], "2024-11-27", "context", "occurred",
          "asked for air defense systems and artillery shells"),
        E("Seoul to review support for Ukraine in stages", "AID",
          ["Ukraine"], "2024-11-27", "context", "uncertain",
          "Yoon told the delegation that Seoul would review"),
        E("Umerov holds talks with the South Korean defense minister and national security adviser", "CONSULT",
          ["Rustem Umerov"], "2024-11-26", "text", "occurred",
          "On Tuesday, Umerov held separate talks"),
        E("North Korea begins sending troops to fight alongside Russian forces", "MOBILIZE",
          ["Russia"], "2024-10", "text", "occurred",
          "since Pyongyang began dispatching troops", date_mod="START",
          note="North Korea is not canonical"),
        E("Ukrainian incursion into Kursk", "ASSAULT",
          ["Ukraine", "Russia"], "2024-08", "text", "occurred",
          "Kyiv says the North Korean soldiers"),
        E("Zakharova warns that arms deliveries would destroy relations", "THREATEN",
          ["Maria Zakharova"], "2024-11-27", "text", "occurred",
          "Russian Foreign Ministry spokeswoman Maria Zakharova said Wednesday",
          note="the addressee, South Korea, is not canonical"),
        E("Putin signs a mutual defense treaty with Kim Jong-un in Pyongyang", "AGREE",
          ["Vladimir Putin"], "2024-06", "text", "occurred",
          "During a visit to Pyongyang in June"),
        E("Putin warns Seoul that arming Ukraine would be a very big mistake", "REQUEST",
          ["Vladimir Putin"], "2024-06", "context", "occurred",
          "He later warned that supplying arms to Ukraine"),
        E("Rutte calls the North Korean deployment a significant escalation", "ACCUSE",
          ["Mark Rutte"], "2024-11-28", "published", "occurred",
          "NATO Secretary General Mark Rutte has called"),
        E("Biden administration urges Seoul to consider sending arms to Kyiv", "REQUEST",
          ["United States"], "PAST_REF", "vague", "occurred",
          "The outgoing Biden administration has also urged Seoul"),
        E("Umerov to brief NATO allies in Brussels", "CONSULT",
          ["Rustem Umerov", "NATO"], "2024-W49", "text", "planned",
          "Umerov is expected to brief NATO allies"),
    ],
    statements=[
        S("Ukraine", "North Korean soldiers already in combat in Kursk", "2024-11-28", "published",
          "Kyiv says the North Korean soldiers"),
        S("Russia", "Moscow warns Seoul against arming Ukraine", "2024-11-28", "published",
          "Moscow has repeatedly warned Seoul"),
        S("Maria Zakharova", "Arms deliveries would destroy relations; Russia would respond by all means",
          "2024-11-27", "text", "Russian Foreign Ministry spokeswoman Maria Zakharova said Wednesday"),
        S("Vladimir Putin", "Supplying arms to Ukraine would be a very big mistake for South Korea", "2024-06",
          "context", "He later warned that supplying arms to Ukraine"),
        S("Dmitry Peskov", "Moscow is closely watching Seoul's steps", "2024-11-28", "text",
          "Kremlin spokesman Dmitry Peskov declined on Thursday"),
        S("Mark Rutte", "North Korean deployment a significant escalation", "2024-11-28", "published",
          "NATO Secretary General Mark Rutte has called"),
        S("Volodymyr Zelensky", "Expects concrete results from the talks in Seoul", "2024-11-28", "published",
          "Zelensky said in his nightly video address"),
        S("Ukraine", "Umerov to brief NATO allies in Brussels next week", "2024-11-28", "published",
          "Umerov is expected to brief NATO allies"),
    ],
    actors=["Rustem Umerov", "Ukraine", "Volodymyr Zelensky", "Russia", "Maria Zakharova", "Vladimir Putin",
            "Kremlin", "Dmitry Peskov", "NATO", "Mark Rutte", "United States", "Joe Biden"],
))

# ---------------------------------------------------------------- b28en02: The Straits Times
DOCS.append(dict(
    id="b28en02_zelensky_shangri_la_china_2024_06",
    lang="en",
    published="2024-06-03",
    body="""
Zelensky accuses China of helping Russia undermine Swiss peace summit

SINGAPORE – Ukrainian President Volodymyr Zelensky on June 2 accused China of working with Russia to undermine a peace summit that Switzerland will host later this month, in unusually sharp remarks at the Shangri-La Dialogue.
"Russia, using Chinese influence in the region, using also Chinese diplomats, does everything to disrupt the peace summit," Mr Zelensky told a news conference after his speech at the annual security forum.
He said it was "unfortunate" that China, "such a powerful independent country", had become "an instrument in the hands of Putin".
It was the first time a Ukrainian president had attended the dialogue, organised by the London-based International Institute for Strategic Studies.

Mr Zelensky, who arrived in Singapore on June 1 on an unannounced visit, held talks with Prime Minister Lawrence Wong and President Tharman Shanmugaratnam at the Istana on the same day.
He also met US Defence Secretary Lloyd Austin on the sidelines of the dialogue on June 2, as well as Indonesia's President-elect Prabowo Subianto and Timor-Leste's President Jose Ramos-Horta, both of whom he invited to the Swiss meeting.
Mr Zelensky said 106 countries had confirmed their participation in the summit, to be held at the Burgenstock resort on June 15 and 16, and urged those still undecided to join.
He had appealed in late May to US President Joe Biden and China's President Xi Jinping to attend in person.

Beijing said on May 31 that it would not take part because the summit did not meet its expectations, including recognition by both Russia and Ukraine and the equal participation of all parties.
On June 3, Chinese foreign ministry spokeswoman Mao Ning rejected Mr Zelensky's accusation, saying China's position was "open and transparent" and that Beijing "never adds fuel to the fire".
Russia has not been invited, and the Kremlin has dismissed the gathering as pointless without Moscow at the table.
Mr Biden will not travel to Switzerland; Vice-President Kamala Harris will lead the American delegation instead, the White House said.

The summit comes as Russian forces press an offensive in the north-eastern Kharkiv region that began on May 10.
Singapore is one of the few Asian countries to have imposed sanctions on Russia since 2022, a stance that has put it at odds with some of its neighbours.
Analysts said Mr Zelensky's appearance was aimed as much at the Global South as at Beijing.
"He needs the undecided middle, and Asia is where much of it sits," said Dr Rahul Menon, a senior fellow at the S. Rajaratnam School of International Studies.
""",
    timexes=[
        T("June 2", "DATE", "2024-06-02"),
        T("later this month", "DATE", "2024-06"),
        T("annual", "SET", "P1Y"),
        T("June 1", "DATE", "2024-06-01"),
        T("the same day", "DATE", "2024-06-01"),
        T("June 2", "DATE", "2024-06-02", n=1),
        T("June 15", "DATE", "2024-06-15"),
        T("16", "DATE", "2024-06-16"),
        T("late May", "DATE", "2024-05", mod="END"),
        T("May 31", "DATE", "2024-05-31"),
        T("June 3", "DATE", "2024-06-03"),
        T("May 10", "DATE", "2024-05-10"),
        T("2022", "DATE", "2022"),
    ],
    events=[
        E("Zelensky accuses China of helping Russia undermine the peace summit", "ACCUSE",
          ["Volodymyr Zelensky", "China", "Russia"], "2024-06-02", "text", "occurred",
          "accused China of working with Russia"),
        E("Zelensky meets Singapore's prime minister and president", "CONSULT",
          ["Volodymyr Zelensky"], "2024-06-01", "text", "occurred",
          "held talks with Prime Minister Lawrence Wong",
          note="Singapore is not canonical"),
        E("Zelensky meets US Defence Secretary Austin", "CONSULT",
          ["Volodymyr Zelensky", "United States"], "2024-06-02", "text", "occurred",
          "He also met US Defence Secretary Lloyd Austin"),
        E("Zelensky meets Prabowo and Ramos-Horta", "CONSULT",
          ["Volodymyr Zelensky"], "2024-06-02", "text", "occurred",
          "He also met US Defence Secretary Lloyd Austin"),
        E("Zelensky invites Prabowo and Ramos-Horta to the Swiss summit", "REQUEST",
          ["Volodymyr Zelensky"], "2024-06-02", "context", "occurred",
          "He also met US Defence Secretary Lloyd Austin"),
        E("Peace summit on the Burgenstock", "CONSULT",
          ["Volodymyr Zelensky"], "2024-06-15", "text", "planned",
          "to be held at the Burgenstock resort",
          note="15-16 June; Switzerland is not canonical"),
        E("Zelensky urges undecided countries to join the summit", "REQUEST",
          ["Volodymyr Zelensky"], "2024-06-02", "context", "occurred",
          "to be held at the Burgenstock resort"),
        E("Zelensky appeals to Biden and Xi to attend", "REQUEST",
          ["Volodymyr Zelensky", "Joe Biden", "Xi Jinping"], "2024-05", "text", "occurred",
          "He had appealed in late May", date_mod="END"),
        E("China declines to take part in the summit", "REJECT",
          ["China"], "2024-05-31", "text", "occurred",
          "Beijing said on May 31"),
        E("China's conditions: recognition by Russia and Ukraine, equal participation", "REQUEST",
          ["China", "Russia", "Ukraine"], "2024-05-31", "context", "occurred",
          "Beijing said on May 31"),
        E("China rejects Zelensky's accusation", "REJECT",
          ["China", "Volodymyr Zelensky"], "2024-06-03", "text", "occurred",
          "Chinese foreign ministry spokeswoman Mao Ning rejected"),
        E("Biden will not attend the Swiss summit", "CONSULT",
          ["Joe Biden"], "2024-06-15", "context", "cancelled",
          "Mr Biden will not travel to Switzerland"),
        E("Harris to lead the US delegation to the summit", "CONSULT",
          ["United States"], "2024-06-15", "context", "planned",
          "Mr Biden will not travel to Switzerland"),
        E("Russian offensive in the Kharkiv region", "ASSAULT",
          ["Russia", "Ukraine"], "2024-05-10", "text", "occurred",
          "press an offensive in the north-eastern Kharkiv region"),
        E("Singapore's sanctions on Russia", "SANCTION",
          ["Russia"], "2022", "text", "occurred",
          "Singapore is one of the few Asian countries", date_mod="START",
          note="Singapore is not canonical"),
    ],
    statements=[
        S("Volodymyr Zelensky", "Russia uses Chinese influence and diplomats to disrupt the summit", "2024-06-02",
          "context", "using also Chinese diplomats"),
        S("Volodymyr Zelensky", "China has become an instrument in the hands of Putin", "2024-06-02", "context",
          "an instrument in the hands of Putin"),
        S("Volodymyr Zelensky", "106 countries confirmed; undecided countries should join", "2024-06-02",
          "context", "to be held at the Burgenstock resort"),
        S("China", "Will not take part; summit does not meet China's expectations", "2024-05-31", "text",
          "Beijing said on May 31"),
        S("China", "China's position is open and transparent; never adds fuel to the fire", "2024-06-03", "text",
          "Chinese foreign ministry spokeswoman Mao Ning rejected"),
        S("Kremlin", "The summit is pointless without Moscow", "2024-06-03", "published",
          "the Kremlin has dismissed the gathering"),
        S("White House", "Biden will not travel; Harris leads the delegation", "2024-06-03", "published",
          "Mr Biden will not travel to Switzerland"),
    ],
    actors=["Volodymyr Zelensky", "Ukraine", "China", "Russia", "Vladimir Putin", "United States", "Joe Biden",
            "Xi Jinping", "Kremlin", "White House"],
))

# ---------------------------------------------------------------- b28en03: Euractiv
DOCS.append(dict(
    id="b28en03_windfall_profits_epf_2024_05",
    lang="en",
    published="2024-05-21",
    body="""
EU gives final green light to funnel Russian asset windfall into Ukraine's defence

EU member states on Tuesday (21 May) formally adopted the legal acts allowing the bloc to use windfall profits generated by immobilised Russian central bank assets to arm Ukraine, ending months of wrangling over the unprecedented step.
The decision, taken without debate by ministers meeting in Brussels, is expected to free up between €2.5 billion and €3 billion a year, depending on interest rates.
A first tranche of about €1.4 billion could be available as early as July, EU officials said.

Under the scheme, 90% of the proceeds will be channelled through the European Peace Facility, the off-budget fund that reimburses member states for weapons sent to Kyiv, while the remaining 10% will go to the Ukraine Facility.
Hungary, which has held up several EPF tranches for more than a year, will not take part in the military part of the scheme, allowing Budapest to stay out without wielding its veto, diplomats said.
"There is no better use for that money than to make Ukraine and all of Europe a safer place to live," EU foreign policy chief Josep Borrell said in a statement.

Most of the roughly €210 billion in Russian central bank assets immobilised in the EU after Russia's full-scale invasion in February 2022 are held by the Brussels-based clearing house Euroclear.
In February, member states agreed to ring-fence the windfall profits and to bar Euroclear from distributing them to shareholders, the first step towards Tuesday's decision.
The assets themselves remain untouched, as several capitals, led by Berlin and Paris, have warned that outright confiscation could breach international law.

Moscow reacted with fury.
Kremlin spokesman Dmitry Peskov told reporters on Tuesday that the EU was engaging in "theft" and that Russia would retaliate and fight the decision in court.
Ukraine's foreign ministry welcomed the move as "a step towards justice" but urged the EU to go further and confiscate the assets outright.

The decision comes two days before G7 finance ministers gather in Stresa, Italy, on Thursday, where Washington will push its proposal to use the future profits to back a loan to Ukraine of up to $50 billion.
Italian Prime Minister Giorgia Meloni, who hosts the G7 leaders' summit in Apulia from 13 to 15 June, has said she hopes for a deal by then.
""",
    timexes=[
        T("Tuesday", "DATE", "2024-05-21"),
        T("21 May", "DATE", "2024-05-21"),
        T("months", "DURATION", "PXM"),
        T("a year", "SET", "P1Y"),
        T("July", "DATE", "2024-07"),
        T("more than a year", "DURATION", "P1Y", mod="MORE_THAN"),
        T("February 2022", "DATE", "2022-02"),
        T("February", "DATE", "2024-02", n=1),
        T("Tuesday", "DATE", "2024-05-21", n=1),
        T("Tuesday", "DATE", "2024-05-21", n=2),
        T("Thursday", "DATE", "2024-05-23"),
        T("13", "DATE", "2024-06-13"),
        T("15 June", "DATE", "2024-06-15"),
    ],
    events=[
        E("EU adopts the use of windfall profits from immobilised Russian assets to arm Ukraine", "AID",
          ["European Union", "Ukraine", "Russia"], "2024-05-21", "text", "occurred",
          "formally adopted the legal acts"),
        E("First tranche of about 1.4 billion euros could be paid in July", "AID",
          ["European Union", "Ukraine"], "2024-07", "text", "planned",
          "A first tranche of about"),
        E("Russia's full-scale invasion of Ukraine", "ASSAULT",
          ["Russia", "Ukraine"], "2022-02", "text", "occurred",
          "Most of the roughly €210 billion"),
        E("EU immobilises Russian central bank assets", "SANCTION",
          ["European Union", "Russia"], "2022-02", "context", "occurred",
          "Most of the roughly €210 billion",
          note="immobilised at the end of February 2022"),
        E("EU member states agree to ring-fence the windfall profits", "AGREE",
          ["European Union", "Russia"], "2024-02", "text", "occurred",
          "member states agreed to ring-fence"),
        E("Peskov calls the decision theft", "ACCUSE",
          ["Dmitry Peskov", "European Union"], "2024-05-21", "text", "occurred",
          "Kremlin spokesman Dmitry Peskov told reporters on Tuesday"),
        E("Peskov: Russia will retaliate and go to court", "THREATEN",
          ["Dmitry Peskov", "European Union"], "2024-05-21", "text", "occurred",
          "Kremlin spokesman Dmitry Peskov told reporters on Tuesday"),
        E("Ukraine welcomes the decision", "SUPPORT",
          ["Ukraine", "European Union"], "2024-05-21", "published", "occurred",
          "Ukraine's foreign ministry welcomed the move"),
        E("Ukraine urges the EU to confiscate the assets", "REQUEST",
          ["Ukraine", "European Union"], "2024-05-21", "published", "occurred",
          "Ukraine's foreign ministry welcomed the move"),
        E("G7 finance ministers meet in Stresa", "CONSULT",
          ["United States"], "2024-05-23", "text", "planned",
          "G7 finance ministers gather in Stresa",
          note="the G7 is not canonical; only the United States is named"),
        E("US to push its proposal of a loan of up to 50 billion dollars backed by the profits", "REQUEST",
          ["United States", "Ukraine"], "2024-05-23", "context", "planned",
          "G7 finance ministers gather in Stresa"),
        E("G7 leaders' summit in Apulia hosted by Meloni", "CONSULT",
          ["Giorgia Meloni"], "2024-06-13", "text", "planned",
          "who hosts the G7 leaders' summit in Apulia", note="13-15 June"),
    ],
    statements=[
        S("European Union", "First tranche could be available in July (EU officials)", "2024-05-21", "published",
          "A first tranche of about"),
        S("European Union", "Borrell: no better use for that money than making Ukraine and Europe safer",
          "2024-05-21", "published", "EU foreign policy chief Josep Borrell said"),
        S("Dmitry Peskov", "The EU engages in theft; Russia will retaliate and go to court", "2024-05-21", "text",
          "Kremlin spokesman Dmitry Peskov told reporters on Tuesday"),
        S("Ukraine", "A step towards justice; the EU should confiscate the assets", "2024-05-21", "published",
          "Ukraine's foreign ministry welcomed the move"),
        S("Giorgia Meloni", "Hopes for a deal on the loan by the Apulia summit", "2024-05-21", "published",
          "who hosts the G7 leaders' summit in Apulia"),
    ],
    actors=["European Union", "Ukraine", "Russia", "Germany", "France", "Kremlin", "Dmitry Peskov",
            "United States", "Giorgia Meloni"],
))

# ---------------------------------------------------------------- b28en04: Notes from Poland
DOCS.append(dict(
    id="b28en04_tusk_zelensky_security_pact_2024_07",
    lang="en",
    published="2024-07-08",
    body="""
Poland and Ukraine sign security pact that opens door to shooting down Russian missiles over Ukraine

Prime Minister Donald Tusk and Ukrainian President Volodymyr Zelensky today signed a bilateral security agreement in Warsaw that commits Poland to examine the possibility of shooting down Russian missiles and drones in Ukrainian airspace that are heading towards Polish territory.
Ukraine has now concluded similar agreements with more than 20 countries, including Germany, France and the United Kingdom.
"It is not a declaration, but concrete commitments," said Tusk at a joint press conference, adding that any interception would have to be coordinated with NATO allies.
Zelensky called the deal "a strong signal to Moscow" and thanked Poles for their "solidarity in the hardest time".

Under the agreement, Poland will also help train and equip a "Ukrainian Legion" made up of volunteers from among the Ukrainian citizens living in Poland.
Tusk said Warsaw would soon hand over another package of military aid, without giving details.
The signing took place hours after Russia launched one of its heaviest missile attacks on Ukraine in months, killing at least 31 people and hitting Okhmatdyt, the country's largest children's hospital, in Kyiv.
Zelensky called on Ukraine's partners to respond "not with words, but with air defence".
Tusk described the strike as "an act of barbarity".

Foreign Minister Radosław Sikorski said last week that Poland had "a moral duty" to help protect Ukrainian skies, but would not act alone.
Responding to the signing, Kremlin spokesman Dmitry Peskov said on Monday that any attempt to shoot down Russian missiles over Ukraine would amount to "direct involvement" in the conflict.
Both leaders will travel to Washington for the NATO summit, which opens on Tuesday, where Kyiv is pressing for a clear signal on future membership.

The visit comes days after Hungarian Prime Minister Viktor Orbán, whose country currently holds the EU's rotating presidency, met Vladimir Putin in Moscow on Friday.
Tusk wrote on X at the weekend that "appeasement" would not bring peace.
Relations between Warsaw and Kyiv were strained last year by Poland's ban on Ukrainian grain imports, which remains in place.
""",
    timexes=[
        T("today", "DATE", "2024-07-08"),
        T("now", "DATE", "PRESENT_REF"),
        T("soon", "DATE", "FUTURE_REF"),
        T("months", "DURATION", "PXM"),
        T("last week", "DATE", "2024-W27"),
        T("Monday", "DATE", "2024-07-08"),
        T("Tuesday", "DATE", "2024-07-09"),
        T("currently", "DATE", "PRESENT_REF"),
        T("Friday", "DATE", "2024-07-05"),
        T("the weekend", "DATE", "2024-W27-WE"),
        T("last year", "DATE", "2023"),
    ],
    events=[
        E("Tusk and Zelensky sign a bilateral security agreement in Warsaw", "AGREE",
          ["Donald Tusk", "Volodymyr Zelensky"], "2024-07-08", "text", "occurred",
          "today signed a bilateral security agreement"),
        E("Poland to help train and equip a Ukrainian Legion", "COOPERATE",
          ["Poland", "Ukraine"], "2024-07-08", "published", "planned",
          "Under the agreement, Poland will also help train"),
        E("Poland to hand over another military aid package soon", "AID",
          ["Poland", "Ukraine"], "FUTURE_REF", "vague", "planned",
          "Tusk said Warsaw would soon hand over"),
        E("Russian missile attack hits Okhmatdyt children's hospital in Kyiv", "ASSAULT",
          ["Russia", "Ukraine"], "2024-07-08", "context", "occurred",
          "The signing took place hours after Russia launched"),
        E("Zelensky calls on partners to respond with air defence", "REQUEST",
          ["Volodymyr Zelensky"], "2024-07-08", "context", "occurred",
          "Zelensky called on Ukraine's partners to respond"),
        E("Tusk condemns the strike as barbarity", "ACCUSE",
          ["Donald Tusk", "Russia"], "2024-07-08", "context", "occurred",
          "Tusk described the strike"),
        E("Peskov warns that shooting down Russian missiles would be direct involvement", "REQUEST",
          ["Dmitry Peskov", "Poland"], "2024-07-08", "text", "occurred",
          "Responding to the signing, Kremlin spokesman Dmitry Peskov"),
        E("Tusk and Zelensky to attend the NATO summit in Washington", "CONSULT",
          ["Donald Tusk", "Volodymyr Zelensky", "NATO"], "2024-07-09", "text", "planned",
          "Both leaders will travel to Washington"),
        E("Kyiv presses NATO for a clear signal on membership", "REQUEST",
          ["Ukraine", "NATO"], "2024-07-08", "published", "occurred",
          "Both leaders will travel to Washington"),
        E("Orbán meets Putin in Moscow", "CONSULT",
          ["Viktor Orbán", "Vladimir Putin"], "2024-07-05", "text", "occurred",
          "met Vladimir Putin in Moscow on Friday"),
        E("Tusk criticises Orbán's trip as appeasement", "ACCUSE",
          ["Donald Tusk", "Viktor Orbán"], "2024-W27-WE", "text", "occurred",
          "Tusk wrote on X at the weekend"),
        E("Poland's ban on Ukrainian grain imports", "SANCTION",
          ["Poland", "Ukraine"], "2023", "text", "occurred",
          "Poland's ban on Ukrainian grain imports"),
    ],
    statements=[
        S("Donald Tusk", "Concrete commitments; interceptions only in coordination with NATO", "2024-07-08",
          "context", "It is not a declaration, but concrete commitments"),
        S("Volodymyr Zelensky", "A strong signal to Moscow; thanks Poles for their solidarity", "2024-07-08",
          "context", "Zelensky called the deal"),
        S("Donald Tusk", "Warsaw will soon hand over another aid package", "2024-07-08", "context",
          "Tusk said Warsaw would soon hand over"),
        S("Volodymyr Zelensky", "Partners should respond with air defence, not words", "2024-07-08", "context",
          "Zelensky called on Ukraine's partners to respond"),
        S("Donald Tusk", "The strike is an act of barbarity", "2024-07-08", "context",
          "Tusk described the strike"),
        S("Poland", "Sikorski: a moral duty to help protect Ukrainian skies, but not alone", "2024-W27", "text",
          "Foreign Minister Radosław Sikorski said last week"),
        S("Dmitry Peskov", "Shooting down Russian missiles would be direct involvement in the conflict",
          "2024-07-08", "text", "Responding to the signing, Kremlin spokesman Dmitry Peskov"),
        S("Donald Tusk", "Appeasement will not bring peace", "2024-W27-WE", "text",
          "Tusk wrote on X at the weekend"),
    ],
    actors=["Donald Tusk", "Poland", "Volodymyr Zelensky", "Ukraine", "Russia", "Germany", "France",
            "United Kingdom", "NATO", "Kremlin", "Dmitry Peskov", "Viktor Orbán", "European Union",
            "Vladimir Putin"],
))

# ---------------------------------------------------------------- b28en05: Meduza (English edition)
DOCS.append(dict(
    id="b28en05_putin_bishkek_peace_plan_2025_11",
    lang="en",
    published="2025-11-27",
    body="""
‘Legally meaningless’: Putin says the US plan could be a basis for peace, but only if Kyiv’s troops leave first

Vladimir Putin said on Thursday that the latest version of the US peace plan could "form the basis of future agreements," but insisted that the fighting would stop only once Ukrainian troops withdraw from the territory Russia claims as its own.
Speaking to reporters in Bishkek at the end of a summit of the Collective Security Treaty Organization (CSTO), the Russian president said Moscow had received the amended draft through "various channels" after US and Ukrainian officials met in Geneva last weekend.
"If Ukrainian troops leave the territories they occupy, then we will stop the hostilities. If they don't leave, we will achieve this by military means," Putin said.
He also repeated the Kremlin’s claim that Volodymyr Zelensky lost his legitimacy when his term expired in May 2024, calling any agreement signed with the current leadership in Kyiv "legally meaningless."
At the same time, Putin said Russia was prepared to put in writing that it had no intention of attacking Europe, dismissing such fears as "nonsense."

According to Putin, US special envoy Steve Witkoff will come to Moscow early next week to discuss the document.
Kremlin aide Yuri Ushakov confirmed the visit but said its date had not been fixed.
Belarusian leader Alexander Lukashenko, who also attended the summit, offered Minsk as a venue for any future signing ceremony.

Kyiv’s reaction was swift.
Ukrainian Foreign Minister Andrii Sybiha wrote on X that Putin "continues to demand capitulation" and that Ukraine "will never give up its land."
In his address on Wednesday evening, Zelensky said Ukraine was ready to keep working on the document "with the American side" but would not recognize occupied territory as Russian.

The original 28-point plan, which Witkoff hammered out with Kremlin envoy Kirill Dmitriev during the latter’s visit to the United States in October, was widely read in European capitals as a list of Kremlin demands.
After the Geneva talks, it was trimmed to about 20 points.
On Tuesday, US Army Secretary Dan Driscoll met a Russian delegation in Abu Dhabi, according to US officials.
Hours earlier, Russian missiles and drones had killed at least seven people in Kyiv overnight into Tuesday.
Two sources close to the Kremlin told Meduza that Moscow sees no reason to hurry while its troops are advancing in the Donetsk region.
""",
    timexes=[
        T("Thursday", "DATE", "2025-11-27"),
        T("last weekend", "DATE", "2025-W47-WE"),
        T("May 2024", "DATE", "2024-05"),
        T("early next week", "DATE", "2025-W49", mod="START"),
        T("Wednesday evening", "TIME", "2025-11-26TEV"),
        T("October", "DATE", "2025-10"),
        T("Tuesday", "DATE", "2025-11-25"),
        T("overnight into Tuesday", "TIME", "2025-11-24TNI", note="night of 24 to 25 November"),
    ],
    events=[
        E("Putin: the US plan could form the basis of future agreements", "SUPPORT",
          ["Vladimir Putin", "United States"], "2025-11-27", "text", "occurred",
          "Vladimir Putin said on Thursday that the latest version"),
        E("Putin demands the withdrawal of Ukrainian troops before fighting stops", "REQUEST",
          ["Vladimir Putin", "Ukraine"], "2025-11-27", "text", "occurred",
          "Vladimir Putin said on Thursday that the latest version"),
        E("CSTO summit in Bishkek", "CONSULT",
          ["Vladimir Putin", "Alexander Lukashenko"], "2025-11-27", "context", "occurred",
          "Speaking to reporters in Bishkek",
          note="Lukashenko's attendance is named later in the article"),
        E("US and Ukrainian officials meet in Geneva", "CONSULT",
          ["United States", "Ukraine"], "2025-W47-WE", "text", "occurred",
          "Speaking to reporters in Bishkek", note="the talks were held on 23 November"),
        E("Putin threatens to take the territories by military means", "THREATEN",
          ["Vladimir Putin", "Ukraine"], "2025-11-27", "context", "occurred",
          "we will achieve this by military means"),
        E("Putin rules out signing with Zelensky's leadership", "REJECT",
          ["Vladimir Putin", "Volodymyr Zelensky"], "2025-11-27", "context", "occurred",
          "He also repeated the Kremlin’s claim"),
        E("Putin ready to commit in writing not to attack Europe", "AGREE",
          ["Vladimir Putin", "European Union"], "2025-11-27", "context", "occurred",
          "Putin said Russia was prepared to put in writing"),
        E("Witkoff to come to Moscow early next week", "CONSULT",
          ["Steve Witkoff", "Vladimir Putin"], "2025-W49", "text", "planned",
          "US special envoy Steve Witkoff will come to Moscow", date_mod="START"),
        E("Lukashenko offers Minsk for a signing ceremony", "REQUEST",
          ["Alexander Lukashenko"], "2025-11-27", "context", "occurred",
          "offered Minsk as a venue"),
        E("Sybiha accuses Putin of demanding capitulation", "ACCUSE",
          ["Andrii Sybiha", "Vladimir Putin"], "2025-11-27", "published", "occurred",
          "Ukrainian Foreign Minister Andrii Sybiha wrote on X"),
        E("Sybiha: Ukraine will never give up its land", "REJECT",
          ["Andrii Sybiha", "Russia"], "2025-11-27", "published", "occurred",
          "Ukrainian Foreign Minister Andrii Sybiha wrote on X"),
        E("Zelensky ready to keep working on the document with the US", "AGREE",
          ["Volodymyr Zelensky", "United States"], "2025-11-26TEV", "text", "occurred",
          "In his address on Wednesday evening"),
        E("Zelensky refuses to recognise occupied territory as Russian", "REJECT",
          ["Volodymyr Zelensky", "Russia"], "2025-11-26TEV", "text", "occurred",
          "In his address on Wednesday evening"),
        E("Witkoff and Dmitriev work out the 28-point plan in the US", "CONSULT",
          ["Steve Witkoff", "Kirill Dmitriev"], "2025-10", "text", "occurred",
          "The original 28-point plan"),
        E("Driscoll meets a Russian delegation in Abu Dhabi", "CONSULT",
          ["United States", "Russia"], "2025-11-25", "text", "occurred",
          "US Army Secretary Dan Driscoll met a Russian delegation"),
        E("Russian missiles and drones kill at least seven in Kyiv", "ASSAULT",
          ["Russia", "Ukraine"], "2025-11-24TNI", "text", "occurred",
          "Hours earlier, Russian missiles and drones"),
    ],
    statements=[
        S("Vladimir Putin", "US plan could form the basis; fighting stops only if Ukraine withdraws", "2025-11-27",
          "text", "Vladimir Putin said on Thursday that the latest version"),
        S("Vladimir Putin", "Received the amended draft through various channels", "2025-11-27", "context",
          "Speaking to reporters in Bishkek"),
        S("Vladimir Putin", "If Ukrainian troops do not leave, Russia will achieve it by military means",
          "2025-11-27", "context", "we will achieve this by military means"),
        S("Vladimir Putin", "Zelensky illegitimate; agreements with Kyiv legally meaningless", "2025-11-27",
          "context", "He also repeated the Kremlin’s claim"),
        S("Vladimir Putin", "Ready to put in writing that Russia will not attack Europe", "2025-11-27", "context",
          "Putin said Russia was prepared to put in writing"),
        S("Vladimir Putin", "Witkoff will come to Moscow early next week", "2025-11-27", "context",
          "US special envoy Steve Witkoff will come to Moscow"),
        S("Yuri Ushakov", "Confirms Witkoff's visit; date not fixed", "2025-11-27", "context",
          "Kremlin aide Yuri Ushakov confirmed"),
        S("Andrii Sybiha", "Putin demands capitulation; Ukraine will never give up its land", "2025-11-27",
          "published", "Ukrainian Foreign Minister Andrii Sybiha wrote on X"),
        S("Volodymyr Zelensky", "Ready to keep working with the US; no recognition of occupied territory",
          "2025-11-26TEV", "text", "In his address on Wednesday evening"),
        S("European Union", "European capitals read the 28-point plan as a list of Kremlin demands", "2025-11-27",
          "published", "was widely read in European capitals"),
        S("United States", "Driscoll met a Russian delegation in Abu Dhabi", "2025-11-27", "published",
          "US Army Secretary Dan Driscoll met a Russian delegation"),
        S("Kremlin", "Moscow sees no reason to hurry while its troops advance", "2025-11-27", "published",
          "Two sources close to the Kremlin told Meduza"),
    ],
    actors=["Vladimir Putin", "United States", "Ukraine", "Russia", "Kremlin", "Volodymyr Zelensky",
            "European Union", "Steve Witkoff", "Yuri Ushakov", "Alexander Lukashenko", "Belarus",
            "Andrii Sybiha", "Kirill Dmitriev"],
))

# ---------------------------------------------------------------- b28en06: Kyodo News
DOCS.append(dict(
    id="b28en06_g7_foreign_ministers_niagara_2025_11",
    lang="en",
    published="2025-11-13",
    body="""
G7 foreign ministers vow to raise costs for Russia, back ceasefire push

NIAGARA-ON-THE-LAKE, Canada (Kyodo) -- Foreign ministers from the Group of Seven industrialized nations on Wednesday pledged to step up economic pressure on Russia and called for an immediate ceasefire in Ukraine, wrapping up a two-day meeting in Canada.
In a joint statement, the ministers of Britain, Canada, France, Germany, Italy, Japan and the United States, along with the European Union, said they remained "united in our unwavering support for Ukraine's territorial integrity" and would explore measures against countries and entities that finance Russia's war effort.
They also voiced concern over the supply of dual-use goods by Chinese companies to Russia's defense industry.

Japanese Foreign Minister Toshimitsu Motegi, attending his first G7 ministerial meeting since taking office in October, told reporters that Japan would "firmly maintain" its sanctions on Russia in coordination with its partners.
On Tuesday, Motegi held talks with Ukrainian Foreign Minister Andrii Sybiha on the sidelines and pledged continued support for the repair of Ukraine's energy infrastructure ahead of the winter.
Japan has provided Ukraine with about $12 billion in financial and humanitarian aid since 2022.

U.S. Secretary of State Marco Rubio told reporters that Washington had "done about everything we can do" on sanctions for now and that it was up to the two sides to reach a deal.
He said the United States remained in contact with both Moscow and Kyiv and was "looking for ideas" to end the war.
Sybiha, who joined the session on Ukraine, urged the G7 to use immobilized Russian assets to fund Ukraine's defense and to supply more air defense systems as winter approaches.
EU foreign policy chief Kaja Kallas said the bloc aims to adopt its 20th package of sanctions early next year.

The meeting came as U.S.-led efforts to broker peace have stalled, with President Donald Trump calling off a planned summit with Russian President Vladimir Putin in Budapest last month.
Trump instead imposed sanctions on Russia's two largest oil companies, Rosneft and Lukoil.
Kremlin spokesman Dmitry Peskov said Thursday that the G7 statement "does not contribute to a settlement" and that Russia would not be swayed by further sanctions.

Canada holds the rotating G7 presidency this year.
France takes over in January and will host the leaders' summit in Evian next June.
""",
    timexes=[
        T("Wednesday", "DATE", "2025-11-12"),
        T("two-day", "DURATION", "P2D"),
        T("October", "DATE", "2025-10"),
        T("Tuesday", "DATE", "2025-11-11"),
        T("the winter", "DATE", "2025-WI"),
        T("2022", "DATE", "2022"),
        T("now", "DATE", "PRESENT_REF"),
        T("winter", "DATE", "2025-WI", n=1),
        T("early next year", "DATE", "2026", mod="START"),
        T("last month", "DATE", "2025-10"),
        T("Thursday", "DATE", "2025-11-13"),
        T("this year", "DATE", "2025"),
        T("January", "DATE", "2026-01"),
        T("next June", "DATE", "2026-06"),
    ],
    events=[
        E("G7 foreign ministers' meeting in Canada", "CONSULT",
          ["United States", "United Kingdom", "France", "Germany", "European Union"], "2025-11-12", "text",
          "occurred", "Foreign ministers from the Group of Seven",
          note="two-day meeting, 11-12 November; dated by its closing day; members named in the next sentence"),
        E("G7 pledges to step up economic pressure on Russia", "SANCTION",
          ["United States", "United Kingdom", "France", "Germany", "European Union", "Russia"], "2025-11-12",
          "text", "planned", "Foreign ministers from the Group of Seven"),
        E("G7 calls for an immediate ceasefire in Ukraine", "REQUEST",
          ["United States", "United Kingdom", "France", "Germany", "European Union", "Russia", "Ukraine"],
          "2025-11-12", "text", "occurred", "Foreign ministers from the Group of Seven"),
        E("G7 to explore measures against those financing Russia's war", "SANCTION",
          ["United States", "United Kingdom", "France", "Germany", "European Union", "Russia"], "2025-11-12",
          "context", "uncertain", "In a joint statement, the ministers of Britain"),
        E("G7 voices concern over Chinese dual-use supplies to Russia", "ACCUSE",
          ["United States", "United Kingdom", "France", "Germany", "European Union", "China", "Russia"],
          "2025-11-12", "context", "occurred", "They also voiced concern"),
        E("Japan to firmly maintain its sanctions on Russia", "REJECT",
          ["Russia"], "2025-11-12", "context", "occurred",
          "Japanese Foreign Minister Toshimitsu Motegi",
          note="sanctions kept in place (blind17); Japan is not canonical"),
        E("Motegi and Sybiha hold talks", "CONSULT",
          ["Andrii Sybiha"], "2025-11-11", "text", "occurred",
          "On Tuesday, Motegi held talks"),
        E("Japan pledges support for repairing Ukraine's energy infrastructure", "AID",
          ["Ukraine"], "2025-11-11", "context", "planned",
          "On Tuesday, Motegi held talks"),
        E("Japanese aid to Ukraine since 2022", "AID",
          ["Ukraine"], "2022", "text", "occurred",
          "Japan has provided Ukraine with about", date_mod="START"),
        E("Sybiha urges the G7 to use Russian assets and supply more air defense", "REQUEST",
          ["Andrii Sybiha", "United States", "United Kingdom", "France", "Germany", "European Union"],
          "2025-11-12", "context", "occurred",
          "Sybiha, who joined the session on Ukraine"),
        E("EU aims to adopt its 20th sanctions package", "SANCTION",
          ["European Union", "Russia"], "2026", "text", "planned",
          "EU foreign policy chief Kaja Kallas said", date_mod="START"),
        E("Trump calls off the planned Budapest summit with Putin", "CONSULT",
          ["Donald Trump", "Vladimir Putin"], "2025-10", "text", "cancelled",
          "calling off a planned summit"),
        E("Trump imposes sanctions on Rosneft and Lukoil", "SANCTION",
          ["Donald Trump", "Russia"], "2025-10", "context", "occurred",
          "Trump instead imposed sanctions"),
        E("Peskov criticises the G7 statement", "ACCUSE",
          ["Dmitry Peskov"], "2025-11-13", "text", "occurred",
          "Kremlin spokesman Dmitry Peskov said Thursday"),
        E("G7 leaders' summit in Evian", "CONSULT",
          ["France"], "2026-06", "text", "planned",
          "France takes over in January"),
    ],
    statements=[
        S("Joint statement: United States, United Kingdom, France, Germany, European Union",
          "United in support of Ukraine's territorial integrity; will explore measures against war financiers",
          "2025-11-12", "context", "In a joint statement, the ministers of Britain"),
        S("Joint statement: United States, United Kingdom, France, Germany, European Union",
          "Concern over Chinese dual-use supplies to Russia", "2025-11-12", "context",
          "They also voiced concern"),
        S("Marco Rubio", "Washington has done about everything it can on sanctions; up to the two sides",
          "2025-11-12", "context", "U.S. Secretary of State Marco Rubio told reporters"),
        S("Marco Rubio", "US in contact with Moscow and Kyiv, looking for ideas", "2025-11-12", "context",
          "He said the United States remained in contact"),
        S("Andrii Sybiha", "G7 should use Russian assets and supply more air defense", "2025-11-12", "context",
          "Sybiha, who joined the session on Ukraine"),
        S("Kaja Kallas", "EU aims to adopt the 20th package early next year", "2025-11-12", "context",
          "EU foreign policy chief Kaja Kallas said"),
        S("Dmitry Peskov", "The G7 statement does not contribute to a settlement", "2025-11-13", "text",
          "Kremlin spokesman Dmitry Peskov said Thursday"),
    ],
    actors=["United States", "United Kingdom", "France", "Germany", "European Union", "Russia", "Ukraine",
            "China", "Andrii Sybiha", "Marco Rubio", "Kaja Kallas", "Donald Trump", "Vladimir Putin", "Kremlin",
            "Dmitry Peskov"],
))
