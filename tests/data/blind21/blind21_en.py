"""English articles of blind21 (written and annotated blind to the extraction code).

Each body: headline on the first line, then one sentence per line, a blank line between paragraphs.
"""

from build import E, S, T

DOCS = [
    # ------------------------------------------------------------------ en01: The Times (London)
    dict(
        id="b21en01_truss_lavrov_moscow_2022_02",
        lang="en",
        published="2022-02-11",
        body="""
Lavrov mocks Truss after Moscow talks descend into 'dialogue of the deaf'

Sergei Lavrov compared his talks with Liz Truss yesterday to a conversation between "the dumb and the deaf" as the foreign secretary warned that an invasion of Ukraine would bring "massive consequences" for Russia.
The meeting, the first between the two countries' foreign ministers in Moscow for more than four years, lasted about two hours and ended in an ill-tempered press conference.
Lavrov accused Truss of refusing to listen and said that British "ultimatums" would lead nowhere.
He also asked whether she recognised Russian sovereignty over the Rostov and Voronezh regions, to which she replied that Britain would "never" do so, before an aide pointed out that both regions were in Russia.

Truss told reporters that Russia had massed more than 100,000 troops on Ukraine's borders "for no reason" and demanded that they be withdrawn.
"There is still time for Russia to end its aggression towards Ukraine and pursue the path of diplomacy," she said.
The Kremlin brushed the demand aside.
Dmitry Peskov, President Putin's spokesman, said Russia had "no intention" of attacking anyone and accused Britain and the United States of spreading "hysteria".

Ben Wallace, the defence secretary, is due to meet his Russian counterpart, Sergei Shoigu, in Moscow today, the first such talks between the two countries since 2013.
Boris Johnson, who met Jens Stoltenberg, the Nato secretary-general, in Brussels yesterday before flying on to Warsaw, said Europe faced "the most dangerous moment" for its security in a generation.
In Berlin, Olaf Scholz, the German chancellor, confirmed that he would travel to Kyiv on Monday and to Moscow on Tuesday.

Russia and Belarus began ten days of joint military exercises yesterday, with about 30,000 Russian troops deployed close to Belarus's border with Ukraine.
Dmytro Kuleba, Ukraine's foreign minister, called the drills "psychological pressure" and said Kyiv had invoked a procedure under the Vienna Document requiring Moscow and Minsk to explain them within 48 hours.
Antony Blinken, the US secretary of state, said in Melbourne that an invasion could begin "at any time", including during the Winter Olympics in Beijing.
""",
        timexes=[
            T("yesterday", "DATE", "2022-02-10"),
            T("more than four years", "DURATION", "P4Y", mod="MORE_THAN"),
            T("about two hours", "DURATION", "PT2H", mod="APPROX"),
            T("today", "DATE", "2022-02-11"),
            T("2013", "DATE", "2013"),
            T("yesterday", "DATE", "2022-02-10", n=1),
            T("Monday", "DATE", "2022-02-14"),
            T("Tuesday", "DATE", "2022-02-15"),
            T("ten days", "DURATION", "P10D"),
            T("yesterday", "DATE", "2022-02-10", n=2),
            T("48 hours", "DURATION", "PT48H"),
        ],
        events=[
            E("Truss-Lavrov talks in Moscow", "CONSULT", ["Sergey Lavrov", "United Kingdom"],
              "2022-02-10", "text", "occurred", "Sergei Lavrov compared his talks"),
            E("Lavrov derides the talks as a conversation of the dumb and the deaf", "ACCUSE",
              ["Sergey Lavrov", "United Kingdom"], "2022-02-10", "context", "occurred", "Sergei Lavrov compared his talks"),
            E("Truss warns of massive consequences if Russia invades", "THREATEN", ["United Kingdom", "Russia"],
              "2022-02-10", "context", "occurred", "Sergei Lavrov compared his talks"),
            E("Lavrov accuses Truss of refusing to listen", "ACCUSE", ["Sergey Lavrov", "United Kingdom"],
              "2022-02-10", "context", "occurred", "Lavrov accused Truss of refusing to listen"),
            E("Lavrov rejects British 'ultimatums'", "REJECT", ["Sergey Lavrov", "United Kingdom"],
              "2022-02-10", "context", "occurred", "Lavrov accused Truss of refusing to listen"),
            E("Truss accuses Russia of massing troops for no reason", "ACCUSE", ["United Kingdom", "Russia"],
              "2022-02-10", "context", "occurred", "Truss told reporters"),
            E("Truss demands the withdrawal of Russian troops", "REQUEST", ["United Kingdom", "Russia"],
              "2022-02-10", "context", "occurred", "Truss told reporters"),
            E("Russian troop build-up on Ukraine's borders", "MOBILIZE", ["Russia", "Ukraine"],
              "2022-02-11", "published", "occurred", "Truss told reporters",
              note="no date in the text"),
            E("Peskov: Russia has no intention of attacking anyone", "REJECT", ["Dmitry Peskov", "United Kingdom"],
              "2022-02-11", "published", "occurred", "no intention"),
            E("Peskov accuses Britain and the US of spreading hysteria", "ACCUSE",
              ["Dmitry Peskov", "United Kingdom", "United States"], "2022-02-11", "published", "occurred", "no intention"),
            E("Wallace to meet Shoigu in Moscow", "CONSULT", ["United Kingdom", "Russia"],
              "2022-02-11", "text", "planned", "Ben Wallace, the defence secretary"),
            E("Johnson meets Stoltenberg in Brussels", "CONSULT", ["United Kingdom", "Jens Stoltenberg"],
              "2022-02-10", "text", "occurred", "Boris Johnson, who met Jens Stoltenberg"),
            E("Johnson visits Warsaw", "CONSULT", ["United Kingdom", "Poland"],
              "2022-02-10", "context", "occurred", "Boris Johnson, who met Jens Stoltenberg"),
            E("Scholz to travel to Kyiv", "CONSULT", ["Olaf Scholz", "Ukraine"],
              "2022-02-14", "text", "planned", "confirmed that he would travel to Kyiv"),
            E("Scholz to travel to Moscow", "CONSULT", ["Olaf Scholz", "Russia"],
              "2022-02-15", "text", "planned", "confirmed that he would travel to Kyiv"),
            E("Russia and Belarus begin joint military exercises", "MOBILIZE", ["Russia", "Belarus"],
              "2022-02-10", "text", "occurred", "Russia and Belarus began ten days"),
            E("Kuleba calls the drills psychological pressure", "ACCUSE", ["Ukraine", "Russia", "Belarus"],
              "2022-02-11", "published", "occurred", "Dmytro Kuleba, Ukraine's foreign minister"),
            E("Kyiv invokes the Vienna Document, demanding an explanation within 48 hours", "REQUEST",
              ["Ukraine", "Russia", "Belarus"], "2022-02-11", "published", "occurred",
              "Dmytro Kuleba, Ukraine's foreign minister"),
        ],
        statements=[
            S("Sergey Lavrov", "The talks were like a conversation between the dumb and the deaf", "2022-02-10", "text",
              "Sergei Lavrov compared his talks"),
            S("United Kingdom", "An invasion of Ukraine would bring massive consequences for Russia", "2022-02-10",
              "context", "Sergei Lavrov compared his talks"),
            S("Sergey Lavrov", "Truss refused to listen; British ultimatums lead nowhere", "2022-02-10", "context",
              "Lavrov accused Truss of refusing to listen"),
            S("United Kingdom", "Britain would never recognise Russian sovereignty over Rostov and Voronezh",
              "2022-02-10", "context", "He also asked whether she recognised"),
            S("United Kingdom", "Russia massed 100,000 troops for no reason; they must be withdrawn", "2022-02-10",
              "context", "Truss told reporters"),
            S("United Kingdom", "Still time for Russia to end its aggression and pursue diplomacy", "2022-02-10",
              "context", "There is still time for Russia"),
            S("Kremlin", "Brushed aside the British demand", "2022-02-11", "published", "The Kremlin brushed the demand aside."),
            S("Dmitry Peskov", "Russia has no intention of attacking anyone; Britain and the US spread hysteria",
              "2022-02-11", "published", "no intention"),
            S("United Kingdom", "Europe faces the most dangerous moment for its security in a generation",
              "2022-02-10", "context", "Boris Johnson, who met Jens Stoltenberg"),
            S("Olaf Scholz", "Will travel to Kyiv on Monday and to Moscow on Tuesday", "2022-02-11", "published",
              "confirmed that he would travel to Kyiv"),
            S("Ukraine", "The drills are psychological pressure; Kyiv invoked the Vienna Document", "2022-02-11",
              "published", "Dmytro Kuleba, Ukraine's foreign minister"),
            S("Antony Blinken", "An invasion could begin at any time, including during the Winter Olympics",
              "2022-02-11", "published", "said in Melbourne"),
        ],
        actors=["Sergey Lavrov", "United Kingdom", "Russia", "Ukraine", "Kremlin", "Dmitry Peskov", "Vladimir Putin",
                "United States", "Jens Stoltenberg", "NATO", "Poland", "Olaf Scholz", "Germany", "Belarus",
                "Antony Blinken"],
    ),
    # ------------------------------------------------------------------ en02: France 24
    dict(
        id="b21en02_macron_humiliate_sochi_2022_06",
        lang="en",
        published="2022-06-04",
        body="""
Ukraine hits back at Macron over call not to 'humiliate' Russia

Ukraine on Saturday hit back at French President Emmanuel Macron after he said world powers should not "humiliate" Russia so that a diplomatic solution remained possible once the fighting stopped.
"Calls to avoid humiliation of Russia can only humiliate France and every other country that would call for it," Ukrainian Foreign Minister Dmytro Kuleba wrote on Twitter.
"Because it is Russia that humiliates itself," he added.

In an interview with French regional newspapers published on Saturday, Macron said France's role was to be a "mediating power" and that he had spent more than 100 hours talking to Russian President Vladimir Putin since December.
"We must not humiliate Russia so that the day the fighting stops, we can build a way out through diplomatic channels," he said.
He said he had told Putin during their most recent phone call, on May 28, that he was making "a historic and fundamental error".
That call, held jointly with German Chancellor Olaf Scholz, lasted 80 minutes.

On Friday, African Union chairman Macky Sall met Putin in the Black Sea resort of Sochi to press for grain and fertiliser stocks blocked in Ukraine to be released.
Putin said Russia was ready to guarantee safe passage for ships leaving Ukrainian ports if Kyiv first cleared the waters of mines.
In a television interview broadcast on Friday evening, he blamed the global food crisis on sanctions imposed by the United States and the European Union and said grain could also be shipped through Belarus if sanctions on Minsk were lifted.
In the same interview, Putin warned that Moscow would strike "new targets" if the United States supplied longer-range missiles to Kyiv.

The European Union on Friday formally adopted its sixth package of sanctions, which will ban most imports of Russian oil by the end of the year, after weeks of wrangling with Hungary.
Kremlin spokesman Dmitry Peskov said on Friday that the "special military operation" would continue until all of its goals had been achieved.
Ukrainian officials said Russian forces had stepped up their assault on the eastern city of Sievierodonetsk overnight.
Zelensky told Luxembourg's parliament on Thursday that Russian forces now controlled about 20 percent of Ukraine's territory.
Washington announced earlier this week that it would send Ukraine advanced HIMARS rocket systems after Kyiv gave assurances it would not use them to strike targets inside Russia.
""",
        timexes=[
            T("Saturday", "DATE", "2022-06-04"),
            T("Saturday", "DATE", "2022-06-04", n=1),
            T("more than 100 hours", "DURATION", "PT100H", mod="MORE_THAN"),
            T("December", "DATE", "2021-12"),
            T("May 28", "DATE", "2022-05-28"),
            T("80 minutes", "DURATION", "PT80M"),
            T("Friday", "DATE", "2022-06-03"),
            T("Friday evening", "TIME", "2022-06-03TEV"),
            T("the end of the year", "DATE", "2022", mod="END"),
            T("weeks", "DURATION", "PXW"),
            T("Friday", "DATE", "2022-06-03", n=2),
            T("Friday", "DATE", "2022-06-03", n=3),
            T("overnight", "TIME", "2022-06-03TNI"),
            T("Thursday", "DATE", "2022-06-02"),
            T("now", "DATE", "PRESENT_REF"),
            T("earlier this week", "DATE", "2022-W22"),
        ],
        events=[
            E("Kuleba: calls not to humiliate Russia humiliate France", "ACCUSE",
              ["Ukraine", "Emmanuel Macron", "France"], "2022-06-04", "context", "occurred",
              "Calls to avoid humiliation of Russia"),
            E("Macron: world powers must not humiliate Russia", "REQUEST", ["Emmanuel Macron"],
              "2022-06-04", "context", "occurred", "We must not humiliate Russia",
              note="addressed to 'world powers', not canonical"),
            E("Macron has spent more than 100 hours talking to Putin since December", "CONSULT",
              ["Emmanuel Macron", "Vladimir Putin"], "2021-12", "text", "occurred",
              "In an interview with French regional newspapers", date_mod="START",
              note="a series of conversations since December 2021"),
            E("Macron-Scholz call with Putin", "CONSULT", ["Emmanuel Macron", "Vladimir Putin", "Olaf Scholz"],
              "2022-05-28", "text", "occurred", "He said he had told Putin"),
            E("Macron tells Putin he is making a historic error", "ACCUSE", ["Emmanuel Macron", "Vladimir Putin"],
              "2022-05-28", "context", "occurred", "He said he had told Putin"),
            E("Macky Sall meets Putin in Sochi", "CONSULT", ["Vladimir Putin"],
              "2022-06-03", "text", "occurred", "African Union chairman Macky Sall met Putin",
              note="Sall and the African Union are not canonical"),
            E("Sall presses Putin to release blocked grain and fertiliser", "REQUEST", ["Vladimir Putin"],
              "2022-06-03", "context", "occurred", "African Union chairman Macky Sall met Putin"),
            E("Putin offers safe passage for ships leaving Ukrainian ports", "AGREE", ["Vladimir Putin", "Ukraine"],
              "2022-06-03", "context", "occurred", "Putin said Russia was ready to guarantee safe passage"),
            E("Putin's condition: Kyiv must first clear its mines", "REQUEST", ["Vladimir Putin", "Ukraine"],
              "2022-06-03", "context", "occurred", "Putin said Russia was ready to guarantee safe passage"),
            E("Putin blames the food crisis on US and EU sanctions", "ACCUSE",
              ["Vladimir Putin", "United States", "European Union"], "2022-06-03TEV", "text", "occurred",
              "In a television interview broadcast on Friday evening"),
            E("Putin proposes shipping grain via Belarus if sanctions on Minsk are lifted", "REQUEST",
              ["Vladimir Putin", "Belarus"], "2022-06-03TEV", "text", "occurred",
              "In a television interview broadcast on Friday evening"),
            E("Putin threatens to strike new targets if the US supplies longer-range missiles", "THREATEN",
              ["Vladimir Putin", "United States", "Ukraine"], "2022-06-03TEV", "context", "occurred",
              "In the same interview, Putin warned"),
            E("EU adopts its sixth sanctions package including an oil embargo", "SANCTION",
              ["European Union", "Russia"], "2022-06-03", "text", "occurred", "formally adopted its sixth package"),
            E("Peskov: the military operation will continue until its goals are achieved", "ASSAULT",
              ["Russia", "Ukraine"], "2022-06-03", "text", "planned", "Kremlin spokesman Dmitry Peskov said on Friday"),
            E("Russia steps up its assault on Sievierodonetsk", "ASSAULT", ["Russia", "Ukraine"],
              "2022-06-03TNI", "text", "occurred", "stepped up their assault on the eastern city"),
            E("US to send HIMARS rocket systems to Ukraine", "AID", ["United States", "Ukraine"],
              "2022-W22", "text", "occurred", "Washington announced earlier this week"),
            E("Kyiv assures it will not use HIMARS against targets inside Russia", "AGREE", ["Ukraine", "United States"],
              "2022-W22", "context", "occurred", "Washington announced earlier this week"),
        ],
        statements=[
            S("Ukraine", "Hit back at Macron's call not to humiliate Russia", "2022-06-04", "text",
              "Ukraine on Saturday hit back"),
            S("Ukraine", "Calls to avoid humiliating Russia can only humiliate France", "2022-06-04", "context",
              "Calls to avoid humiliation of Russia"),
            S("Ukraine", "It is Russia that humiliates itself", "2022-06-04", "context",
              "Because it is Russia that humiliates itself"),
            S("Emmanuel Macron", "France must be a mediating power; has spent over 100 hours talking to Putin",
              "2022-06-04", "text", "In an interview with French regional newspapers"),
            S("Emmanuel Macron", "We must not humiliate Russia so that a diplomatic way out remains", "2022-06-04",
              "context", "We must not humiliate Russia"),
            S("Emmanuel Macron", "Told Putin he was making a historic and fundamental error", "2022-06-04", "context",
              "He said he had told Putin"),
            S("Vladimir Putin", "Russia will guarantee safe passage if Kyiv clears its mines", "2022-06-03", "context",
              "Putin said Russia was ready to guarantee safe passage"),
            S("Vladimir Putin", "The food crisis is caused by US and EU sanctions; grain could go via Belarus",
              "2022-06-03TEV", "text", "In a television interview broadcast on Friday evening"),
            S("Vladimir Putin", "Moscow will strike new targets if the US supplies longer-range missiles",
              "2022-06-03TEV", "context", "In the same interview, Putin warned"),
            S("Dmitry Peskov", "The special military operation will continue until all goals are achieved",
              "2022-06-03", "text", "Kremlin spokesman Dmitry Peskov said on Friday"),
            S("Ukraine", "Russian forces stepped up their assault on Sievierodonetsk overnight", "2022-06-04",
              "published", "stepped up their assault on the eastern city"),
            S("Volodymyr Zelensky", "Russian forces control about 20 percent of Ukraine's territory", "2022-06-02",
              "text", "Zelensky told Luxembourg's parliament"),
            S("United States", "Will send HIMARS rocket systems to Ukraine", "2022-W22", "text",
              "Washington announced earlier this week"),
        ],
        actors=["Ukraine", "Emmanuel Macron", "France", "Russia", "Vladimir Putin", "Olaf Scholz", "Germany",
                "United States", "European Union", "Belarus", "Kremlin", "Dmitry Peskov", "Volodymyr Zelensky"],
    ),
    # ------------------------------------------------------------------ en03: Ukrinform
    dict(
        id="b21en03_largest_pow_exchange_uae_2024_01",
        lang="en",
        published="2024-01-03",
        body="""
Ukraine returns 230 people from Russian captivity in largest exchange since full-scale invasion

Ukraine has returned 230 of its citizens from Russian captivity in the largest prisoner exchange since the start of the full-scale invasion, President of Ukraine Volodymyr Zelensky said on Wednesday, Ukrinform reports.
"Our people are home," the Head of State wrote on Telegram.
Among those released are 213 servicemen and 17 civilians, including defenders of Mariupol and Snake Island.

In return, Russia received 248 prisoners, the Russian Defense Ministry said.
According to the ministry, the exchange was made possible through the mediation of the United Arab Emirates.
Zelensky thanked the UAE and said Ukraine would keep working "to bring every one of our people home."

This was the 49th exchange since February 2022 and the first in almost five months, Verkhovna Rada Commissioner for Human Rights Dmytro Lubinets said.
The previous exchange took place on August 7, 2023, when 22 Ukrainians were brought home.
Lubinets accused Moscow of deliberately blocking exchanges for months and of ignoring its obligations under the Geneva Conventions.
He said he had again called on the UN and the International Committee of the Red Cross to press for access to Ukrainian prisoners held in Russia.

The Coordination Headquarters for the Treatment of Prisoners of War said the Russian side had repeatedly refused in recent weeks to return to previously agreed lists.
Russian human rights commissioner Tatyana Moskalkova said at the end of December that the parties had agreed to exchange new lists of prisoners.
Russian Foreign Ministry spokeswoman Maria Zakharova accused Kyiv of "politicizing" the issue, a claim the Ukrainian side dismissed.
Head of the Defense Intelligence of Ukraine Kyrylo Budanov said the next exchange was already being prepared and could take place soon.

The exchange came days after Russia launched its largest air attack since the start of the war on December 29, firing 158 missiles and drones at Ukrainian cities.
On Tuesday, Russian troops again struck Kyiv and Kharkiv with missiles, killing at least five people.
Zelensky called on partners to speed up deliveries of air defense systems and urged the EU to approve the 50 billion euro support package blocked by Hungary in December.
""",
        timexes=[
            T("Wednesday", "DATE", "2024-01-03"),
            T("February 2022", "DATE", "2022-02"),
            T("almost five months", "DURATION", "P5M", mod="APPROX"),
            T("August 7, 2023", "DATE", "2023-08-07"),
            T("months", "DURATION", "PXM", n=1),
            T("recent weeks", "DATE", "PAST_REF"),
            T("the end of December", "DATE", "2023-12", mod="END"),
            T("soon", "DATE", "FUTURE_REF"),
            T("December 29", "DATE", "2023-12-29"),
            T("Tuesday", "DATE", "2024-01-02"),
            T("December", "DATE", "2023-12", n=2),
        ],
        events=[
            E("Prisoner exchange: 230 Ukrainians for 248 Russians", "CONCEDE", ["Ukraine", "Russia"],
              "2024-01-03", "context", "occurred", "Ukraine has returned 230 of its citizens"),
            E("UAE mediation of the exchange", "CONSULT", ["Russia", "Ukraine"],
              "2024-01-03", "context", "occurred", "made possible through the mediation",
              note="the UAE is not canonical"),
            E("Zelensky thanks the UAE", "SUPPORT", ["Volodymyr Zelensky"],
              "2024-01-03", "context", "occurred", "Zelensky thanked the UAE"),
            E("Previous exchange, 22 Ukrainians returned", "CONCEDE", ["Ukraine", "Russia"],
              "2023-08-07", "text", "occurred", "The previous exchange took place"),
            E("Lubinets accuses Moscow of blocking exchanges", "ACCUSE", ["Ukraine", "Russia"],
              "2024-01-03", "published", "occurred", "Lubinets accused Moscow"),
            E("Lubinets calls on the UN to press for access to prisoners", "REQUEST",
              ["Ukraine", "United Nations", "Russia"], "2024-01-03", "published", "occurred",
              "He said he had again called on the UN"),
            E("Russia refuses to return to agreed lists", "REJECT", ["Russia", "Ukraine"],
              "PAST_REF", "vague", "occurred", "had repeatedly refused in recent weeks"),
            E("Sides agree to exchange new lists of prisoners", "AGREE", ["Russia", "Ukraine"],
              "2023-12", "context", "occurred", "Tatyana Moskalkova said", date_mod="END"),
            E("Zakharova accuses Kyiv of politicizing the issue", "ACCUSE", ["Maria Zakharova", "Ukraine"],
              "2024-01-03", "published", "occurred", "accused Kyiv of \"politicizing\""),
            E("Kyiv dismisses Zakharova's claim", "REJECT", ["Ukraine", "Maria Zakharova"],
              "2024-01-03", "published", "occurred", "accused Kyiv of \"politicizing\""),
            E("Next prisoner exchange being prepared", "CONCEDE", ["Ukraine", "Russia"],
              "FUTURE_REF", "vague", "planned", "Kyrylo Budanov said"),
            E("Russia's largest air attack of the war", "ASSAULT", ["Russia", "Ukraine"],
              "2023-12-29", "text", "occurred", "The exchange came days after"),
            E("Russian missile strikes on Kyiv and Kharkiv", "ASSAULT", ["Russia", "Ukraine"],
              "2024-01-02", "text", "occurred", "On Tuesday, Russian troops again struck"),
            E("Zelensky urges the EU to approve the 50 billion euro package", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2024-01-03", "published", "occurred",
              "Zelensky called on partners"),
            E("EU support package blocked in December", "REJECT", ["European Union", "Ukraine"],
              "2023-12", "text", "occurred", "Zelensky called on partners",
              note="blocked by Hungary, which is not canonical"),
        ],
        statements=[
            S("Volodymyr Zelensky", "Ukraine returned 230 citizens in the largest exchange since the full-scale invasion",
              "2024-01-03", "text", "Ukraine has returned 230 of its citizens"),
            S("Volodymyr Zelensky", "Our people are home", "2024-01-03", "context", "Our people are home"),
            S("Russia", "Russia received 248 prisoners", "2024-01-03", "published", "In return, Russia received"),
            S("Russia", "The exchange was made possible by UAE mediation", "2024-01-03", "published",
              "made possible through the mediation"),
            S("Volodymyr Zelensky", "Thanked the UAE; Ukraine will keep working to bring everyone home",
              "2024-01-03", "context", "Zelensky thanked the UAE"),
            S("Ukraine", "The 49th exchange since February 2022 and the first in almost five months",
              "2024-01-03", "published", "This was the 49th exchange"),
            S("Ukraine", "Moscow deliberately blocks exchanges and ignores the Geneva Conventions", "2024-01-03",
              "published", "Lubinets accused Moscow"),
            S("Ukraine", "Called again on the UN and the ICRC to press for access to prisoners", "2024-01-03",
              "published", "He said he had again called on the UN"),
            S("Ukraine", "The Russian side repeatedly refused to return to agreed lists", "2024-01-03", "published",
              "had repeatedly refused in recent weeks"),
            S("Russia", "The parties agreed to exchange new lists of prisoners", "2023-12", "text",
              "Tatyana Moskalkova said"),
            S("Maria Zakharova", "Kyiv politicizes the prisoner issue", "2024-01-03", "published",
              "accused Kyiv of \"politicizing\""),
            S("Ukraine", "Dismissed Zakharova's claim", "2024-01-03", "published", "accused Kyiv of \"politicizing\""),
            S("Ukraine", "The next exchange is being prepared and could take place soon", "2024-01-03", "published",
              "Kyrylo Budanov said"),
            S("Volodymyr Zelensky", "Partners must speed up air defence; the EU must approve the 50 billion euro package",
              "2024-01-03", "published", "Zelensky called on partners"),
        ],
        actors=["Ukraine", "Russia", "Volodymyr Zelensky", "United Nations", "Maria Zakharova", "European Union"],
    ),
    # ------------------------------------------------------------------ en04: Anadolu Agency
    dict(
        id="b21en04_zelenskyy_istanbul_erdogan_2024_03",
        lang="en",
        published="2024-03-08",
        body="""
Türkiye ready to host peace summit with Russia, Ukraine: Erdogan

ISTANBUL (AA) - Turkish President Recep Tayyip Erdogan said on Friday that Türkiye is ready to host a peace summit that would include Russia, as he received his Ukrainian counterpart Volodymyr Zelenskyy in Istanbul.
The two leaders met for about two hours at the Dolmabahce Office, first one-on-one and then with their delegations.
"Since the first day of the war, Türkiye has been working to end the conflict through negotiations," Erdogan said at a joint news conference.

He said the two sides had also discussed the safety of navigation in the Black Sea and a new exchange of prisoners of war, an area in which Ankara has mediated before.
Zelenskyy thanked Türkiye for its support for Ukraine's sovereignty and territorial integrity and said the two countries had agreed to expand cooperation in the defense industry.
Earlier on Friday, he visited a shipyard where a corvette is being built for the Ukrainian navy, calling it "a symbol of our partnership."

The Ukrainian president, however, said Russia should not take part in the first peace summit, which Switzerland plans to host later this year.
"First we have to agree on the principles with our partners, and then we can present them to representatives of Russia," he said.
Kremlin spokesman Dmitry Peskov said on Friday that a conference on Ukraine without Russia was pointless and that Moscow had not been invited.
He added that the Kremlin appreciated Ankara's mediation efforts but saw no basis for talks as long as Kyiv refused to negotiate with Russian President Vladimir Putin.

Zelenskyy arrived in Türkiye after a Russian missile struck near his motorcade in Odesa on Wednesday during a visit with Greek Prime Minister Kyriakos Mitsotakis, killing five people.
Russia's Defense Ministry said it had hit a hangar in the port where Ukraine was preparing naval drones.
Ukrainian Foreign Minister Dmytro Kuleba also held talks with his Turkish counterpart Hakan Fidan, the Turkish Foreign Ministry said.

Türkiye, which brokered the Black Sea Grain Initiative together with the UN in July 2022, has maintained contacts with both Kyiv and Moscow throughout the war.
Erdogan last spoke to Putin by phone in early February, and a visit by the Russian leader to Türkiye has been announced several times, but no date has been set.
""",
        timexes=[
            T("Friday", "DATE", "2024-03-08"),
            T("about two hours", "DURATION", "PT2H", mod="APPROX"),
            T("Friday", "DATE", "2024-03-08", n=1),
            T("later this year", "DATE", "2024"),
            T("Friday", "DATE", "2024-03-08", n=2),
            T("Wednesday", "DATE", "2024-03-06"),
            T("July 2022", "DATE", "2022-07"),
            T("early February", "DATE", "2024-02", mod="START"),
        ],
        events=[
            E("Erdoğan offers to host a peace summit that would include Russia", "REQUEST",
              ["Recep Tayyip Erdoğan", "Russia", "Ukraine"], "2024-03-08", "text", "occurred",
              "Turkish President Recep Tayyip Erdogan said on Friday"),
            E("Erdoğan receives Zelensky in Istanbul", "CONSULT", ["Recep Tayyip Erdoğan", "Volodymyr Zelensky"],
              "2024-03-08", "text", "occurred", "Turkish President Recep Tayyip Erdogan said on Friday"),
            E("Zelensky thanks Türkiye for supporting Ukraine's territorial integrity", "SUPPORT",
              ["Volodymyr Zelensky", "Turkey"], "2024-03-08", "context", "occurred", "Zelenskyy thanked Türkiye"),
            E("Ukraine and Türkiye agree to expand defence-industry cooperation", "AGREE", ["Ukraine", "Turkey"],
              "2024-03-08", "context", "occurred", "Zelenskyy thanked Türkiye"),
            E("Zelensky: Russia should not take part in the first peace summit", "REJECT",
              ["Volodymyr Zelensky", "Russia"], "2024-03-08", "context", "occurred",
              "The Ukrainian president, however, said Russia should not"),
            E("Peace summit to be hosted by Switzerland", "CONSULT", ["Ukraine"],
              "2024", "text", "planned", "The Ukrainian president, however, said Russia should not",
              note="Switzerland is not canonical"),
            E("Peskov: a conference on Ukraine without Russia is pointless", "REJECT", ["Dmitry Peskov", "Ukraine"],
              "2024-03-08", "text", "occurred", "Kremlin spokesman Dmitry Peskov said on Friday"),
            E("Kremlin appreciates Ankara's mediation efforts", "SUPPORT", ["Kremlin", "Turkey"],
              "2024-03-08", "context", "occurred", "He added that the Kremlin appreciated"),
            E("Kremlin sees no basis for talks while Kyiv refuses to negotiate with Putin", "REJECT",
              ["Kremlin", "Ukraine"], "2024-03-08", "context", "occurred", "He added that the Kremlin appreciated"),
            E("Russian missile strike near Zelensky's motorcade in Odesa", "ASSAULT", ["Russia", "Ukraine"],
              "2024-03-06", "text", "occurred", "Zelenskyy arrived in Türkiye after"),
            E("Zelensky hosts Greek Prime Minister Mitsotakis in Odesa", "CONSULT", ["Volodymyr Zelensky"],
              "2024-03-06", "context", "occurred", "Zelenskyy arrived in Türkiye after",
              note="Mitsotakis and Greece are not canonical"),
            E("Kuleba-Fidan talks", "CONSULT", ["Ukraine", "Hakan Fidan"],
              "2024-03-08", "context", "occurred", "also held talks with his Turkish counterpart"),
            E("Black Sea Grain Initiative brokered by Türkiye and the UN", "AGREE",
              ["Turkey", "United Nations", "Russia", "Ukraine"], "2022-07", "text", "occurred",
              "which brokered the Black Sea Grain Initiative"),
            E("Erdoğan-Putin phone call", "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"],
              "2024-02", "text", "occurred", "Erdogan last spoke to Putin", date_mod="START"),
            E("Announced visit by Putin to Türkiye, no date set", "CONSULT", ["Vladimir Putin", "Turkey"],
              "2024-03-08", "published", "uncertain", "Erdogan last spoke to Putin",
              note="announced several times; no date set"),
        ],
        statements=[
            S("Recep Tayyip Erdoğan", "Türkiye is ready to host a peace summit that would include Russia",
              "2024-03-08", "text", "Turkish President Recep Tayyip Erdogan said on Friday"),
            S("Recep Tayyip Erdoğan", "Türkiye has worked since the first day of the war to end it through negotiations",
              "2024-03-08", "context", "Since the first day of the war"),
            S("Recep Tayyip Erdoğan", "The sides discussed Black Sea navigation and a new prisoner exchange",
              "2024-03-08", "context", "He said the two sides had also discussed"),
            S("Volodymyr Zelensky", "Thanked Türkiye for its support; agreed to expand defence-industry cooperation",
              "2024-03-08", "context", "Zelenskyy thanked Türkiye"),
            S("Volodymyr Zelensky", "The corvette is a symbol of partnership", "2024-03-08", "text",
              "Earlier on Friday, he visited a shipyard"),
            S("Volodymyr Zelensky", "Russia should not take part in the first peace summit", "2024-03-08", "context",
              "The Ukrainian president, however, said Russia should not"),
            S("Volodymyr Zelensky", "First agree on principles with partners, then present them to Russia",
              "2024-03-08", "context", "First we have to agree on the principles"),
            S("Dmitry Peskov", "A conference on Ukraine without Russia is pointless; Moscow was not invited",
              "2024-03-08", "text", "Kremlin spokesman Dmitry Peskov said on Friday"),
            S("Dmitry Peskov", "The Kremlin appreciates Ankara's mediation but sees no basis for talks while Kyiv refuses to negotiate with Putin",
              "2024-03-08", "context", "He added that the Kremlin appreciated"),
            S("Russia", "Hit a hangar where Ukraine was preparing naval drones", "2024-03-08", "published",
              "Russia's Defense Ministry said"),
            S("Turkey", "Kuleba and Fidan held talks", "2024-03-08", "published",
              "also held talks with his Turkish counterpart"),
        ],
        actors=["Recep Tayyip Erdoğan", "Turkey", "Russia", "Ukraine", "Volodymyr Zelensky", "Dmitry Peskov", "Kremlin",
                "Vladimir Putin", "Hakan Fidan", "United Nations"],
    ),
    # ------------------------------------------------------------------ en05: ABC News (Australia)
    dict(
        id="b21en05_trump_xi_beijing_ukraine_2026_04",
        lang="en",
        published="2026-04-15",
        body="""
Xi tells Trump China will 'play a constructive role' on Ukraine as Beijing summit ends

In short: Donald Trump and Xi Jinping have discussed the war in Ukraine during two days of talks in Beijing.
Mr Trump says Mr Xi promised to "help" end the war, but China's official readout did not mention any such commitment.
What's next? Mr Trump says he will speak to Vladimir Putin "very soon".

US President Donald Trump says Chinese President Xi Jinping promised him during their final meeting in Beijing on Wednesday to "help" bring an end to the war in Ukraine.
The two leaders spoke for more than four hours on Tuesday at the Great Hall of the People and met again over breakfast on Wednesday morning, before Mr Trump flew on to Tokyo.
"He wants it to end, and he's going to help," Mr Trump told reporters travelling with him, adding that China had "a lot of power" over Moscow.

A Chinese foreign ministry readout of Tuesday's talks made no mention of such a commitment.
It said Mr Xi had told Mr Trump that China would "continue to play a constructive role" and supported "all efforts conducive to peace", while opposing "unilateral sanctions and long-arm jurisdiction".
Mr Trump said he had raised China's purchases of Russian oil and that the two sides had agreed to set up a working group on energy.
Washington imposed sanctions on two Chinese refineries in March for buying Russian crude.

In Moscow, Kremlin spokesman Dmitry Peskov said Russia valued China's "balanced position" but did not need intermediaries in its contacts with Washington.
Ukrainian President Volodymyr Zelenskyy welcomed the talks but said Beijing could prove its sincerity by stopping the supply of drone components to Russia.
Overnight, Russia launched more than 300 drones and 20 missiles at Ukraine, Kyiv's air force said, hitting energy facilities in the Kharkiv and Odesa regions.

Mr Trump said he would speak to Mr Putin "very soon", and that his special envoy Steve Witkoff would return to Moscow later this month.
Three rounds of US-brokered talks between Russian and Ukrainian negotiators in Abu Dhabi since January have failed to produce a ceasefire.
Mr Xi is expected to make a return visit to the United States later this year.
Foreign Minister Penny Wong said Australia welcomed any dialogue that could bring a "just and lasting peace" to Ukraine.
""",
        timexes=[
            T("two days", "DURATION", "P2D"),
            T("very soon", "DATE", "FUTURE_REF"),
            T("Wednesday", "DATE", "2026-04-15"),
            T("more than four hours", "DURATION", "PT4H", mod="MORE_THAN"),
            T("Tuesday", "DATE", "2026-04-14"),
            T("Wednesday morning", "TIME", "2026-04-15TMO"),
            T("Tuesday", "DATE", "2026-04-14", n=1),
            T("March", "DATE", "2026-03"),
            T("Overnight", "TIME", "2026-04-14TNI"),
            T("very soon", "DATE", "FUTURE_REF", n=1),
            T("later this month", "DATE", "2026-04"),
            T("January", "DATE", "2026-01"),
            T("later this year", "DATE", "2026"),
        ],
        events=[
            E("Xi promises Trump to help end the war, according to Trump", "AGREE", ["Xi Jinping", "Donald Trump"],
              "2026-04-15", "text", "uncertain", "Chinese President Xi Jinping promised him",
              note="claimed by Trump; not in the Chinese readout"),
            E("Trump-Xi talks in the Great Hall of the People", "CONSULT", ["Donald Trump", "Xi Jinping"],
              "2026-04-14", "text", "occurred", "The two leaders spoke for more than four hours"),
            E("Trump-Xi breakfast meeting", "CONSULT", ["Donald Trump", "Xi Jinping"],
              "2026-04-15TMO", "text", "occurred", "The two leaders spoke for more than four hours"),
            E("Xi: China will continue to play a constructive role", "AGREE", ["Xi Jinping", "Donald Trump"],
              "2026-04-14", "context", "occurred", "It said Mr Xi had told Mr Trump"),
            E("Xi opposes unilateral sanctions and long-arm jurisdiction", "ACCUSE", ["Xi Jinping", "United States"],
              "2026-04-14", "context", "occurred", "It said Mr Xi had told Mr Trump"),
            E("US and China agree to set up a working group on energy", "AGREE", ["United States", "China"],
              "2026-04-15", "published", "occurred", "agreed to set up a working group"),
            E("US-China working group on energy", "COOPERATE", ["United States", "China"],
              "2026-04-15", "published", "planned", "agreed to set up a working group"),
            E("US sanctions two Chinese refineries for buying Russian crude", "SANCTION", ["United States", "China"],
              "2026-03", "text", "occurred", "Washington imposed sanctions"),
            E("Peskov values China's balanced position", "SUPPORT", ["Dmitry Peskov", "China"],
              "2026-04-15", "published", "occurred", "did not need intermediaries"),
            E("Peskov: Russia needs no intermediaries with Washington", "REJECT", ["Dmitry Peskov", "China"],
              "2026-04-15", "published", "occurred", "did not need intermediaries"),
            E("Zelensky welcomes the Trump-Xi talks", "SUPPORT", ["Volodymyr Zelensky", "Donald Trump", "Xi Jinping"],
              "2026-04-15", "published", "occurred", "Zelenskyy welcomed the talks"),
            E("Zelensky calls on Beijing to stop supplying drone components to Russia", "REQUEST",
              ["Volodymyr Zelensky", "China"], "2026-04-15", "published", "occurred", "Zelenskyy welcomed the talks"),
            E("Zelensky implies China supplies drone components to Russia", "ACCUSE", ["Volodymyr Zelensky", "China"],
              "2026-04-15", "published", "occurred", "Zelenskyy welcomed the talks"),
            E("Russian drone and missile attack on Ukraine", "ASSAULT", ["Russia", "Ukraine"],
              "2026-04-14TNI", "text", "occurred", "Overnight, Russia launched"),
            E("Trump to speak to Putin very soon", "CONSULT", ["Donald Trump", "Vladimir Putin"],
              "FUTURE_REF", "vague", "planned", "Mr Trump said he would speak to Mr Putin"),
            E("Witkoff to return to Moscow", "CONSULT", ["Steve Witkoff", "Russia"],
              "2026-04", "text", "planned", "Mr Trump said he would speak to Mr Putin"),
            E("US-brokered Russia-Ukraine talks in Abu Dhabi", "CONSULT", ["Russia", "Ukraine", "United States"],
              "2026-01", "text", "occurred", "Three rounds of US-brokered talks", date_mod="START",
              note="three rounds since January 2026"),
            E("Abu Dhabi talks fail to produce a ceasefire", "REJECT", ["Russia", "Ukraine"],
              "2026-01", "context", "occurred", "Three rounds of US-brokered talks", date_mod="START"),
            E("Xi to make a return visit to the United States", "CONSULT", ["Xi Jinping", "United States"],
              "2026", "text", "planned", "Mr Xi is expected to make a return visit"),
        ],
        statements=[
            S("Xi Jinping, via Donald Trump", "Promised to help bring an end to the war in Ukraine", "2026-04-15", "text",
              "Chinese President Xi Jinping promised him"),
            S("Donald Trump", "Xi wants the war to end and will help; China has a lot of power over Moscow",
              "2026-04-15", "context", "He wants it to end"),
            S("Xi Jinping, via China", "China will continue to play a constructive role and opposes unilateral sanctions",
              "2026-04-14", "context", "It said Mr Xi had told Mr Trump"),
            S("Donald Trump", "Raised China's purchases of Russian oil; agreed on an energy working group", "2026-04-15",
              "context", "agreed to set up a working group"),
            S("Dmitry Peskov", "Russia values China's balanced position but needs no intermediaries with Washington",
              "2026-04-15", "published", "did not need intermediaries"),
            S("Volodymyr Zelensky", "Welcomed the talks; Beijing could prove its sincerity by stopping drone components",
              "2026-04-15", "published", "Zelenskyy welcomed the talks"),
            S("Ukraine", "Russia launched more than 300 drones and 20 missiles overnight", "2026-04-15", "published",
              "Overnight, Russia launched"),
            S("Donald Trump", "Will speak to Putin very soon; Witkoff will return to Moscow later this month",
              "2026-04-15", "context", "Mr Trump said he would speak to Mr Putin"),
        ],
        actors=["Donald Trump", "Xi Jinping", "Ukraine", "Vladimir Putin", "United States", "China", "Russia",
                "Kremlin", "Dmitry Peskov", "Volodymyr Zelensky", "Steve Witkoff"],
    ),
    # ------------------------------------------------------------------ en06: TASS
    dict(
        id="b21en06_istanbul_embassy_consultations_2026_06",
        lang="en",
        published="2026-06-30",
        body="""
Russia, US hold fourth round of consultations on embassies in Istanbul — MFA

ISTANBUL, June 30. /TASS/. Russian and US delegations held a fourth round of consultations on the operation of their diplomatic missions in Istanbul on Tuesday, the Russian Foreign Ministry said.
The talks, which lasted about six hours, took place at the residence of the Russian consul general.
According to the ministry, the sides agreed to simplify the issuance of visas to diplomats and to continue working on the return of six Russian diplomatic properties seized by the US authorities in 2016 and 2017.
The resumption of direct flights between the two countries was also discussed, but no agreement was reached on this issue.

Russian Foreign Minister Sergey Lavrov said on Tuesday at a news conference in Moscow following talks with his Turkish counterpart Hakan Fidan that the consultations were proceeding "in a businesslike manner," although Washington "has not yet lifted a single restriction."
"We are ready to move forward as far as the Americans are ready," the minister stressed.
He also thanked Turkey for hosting the consultations.

Foreign Ministry Spokeswoman Maria Zakharova, in turn, accused the European Union of trying to "torpedo" the normalization of Russian-US relations by "inciting the Kiev regime to continue the war."
She said that the EU's 21st package of sanctions, which Brussels intends to adopt in July, would "boomerang" on the Europeans themselves.

Presidential Press Secretary Dmitry Peskov told reporters that a new telephone conversation between Russian President Vladimir Putin and US President Donald Trump could be organized "quickly if necessary," but no such contact was currently on the schedule.
He recalled that the two leaders last spoke on June 14, when Putin congratulated Trump on his 80th birthday.
Russian Direct Investment Fund (RDIF) CEO Kirill Dmitriev, the Russian president's special envoy for investment and economic cooperation with foreign countries, who has met with US special envoy Steve Witkoff several times this year, wrote on X that "dialogue is more productive than sanctions."

Meanwhile, Vladimir Zelensky said in a video address on Monday evening that Kiev "will not accept any agreements between Moscow and Washington concluded behind its back."
Over the past day, Russian air defense systems intercepted and destroyed 87 Ukrainian fixed-wing drones over the Belgorod, Kursk and Bryansk regions and over the Black Sea, the Russian Defense Ministry reported.
Russian troops also delivered a massive strike with high-precision weapons on energy facilities used by the Ukrainian army, the ministry said.
The Russian-US consultations on embassies began in Istanbul in February 2025; the previous round was held in Washington in March.
""",
        timexes=[
            T("June 30", "DATE", "2026-06-30"),
            T("Tuesday", "DATE", "2026-06-30"),
            T("about six hours", "DURATION", "PT6H", mod="APPROX"),
            T("2016", "DATE", "2016"),
            T("2017", "DATE", "2017"),
            T("Tuesday", "DATE", "2026-06-30", n=1),
            T("July", "DATE", "2026-07"),
            T("currently", "DATE", "PRESENT_REF"),
            T("June 14", "DATE", "2026-06-14"),
            T("this year", "DATE", "2026"),
            T("Monday evening", "TIME", "2026-06-29TEV"),
            T("the past day", "DURATION", "P1D"),
            T("February 2025", "DATE", "2025-02"),
            T("March", "DATE", "2026-03"),
        ],
        events=[
            E("Fourth round of Russia-US consultations on embassies in Istanbul", "CONSULT",
              ["Russia", "United States"], "2026-06-30", "text", "occurred",
              "Russian and US delegations held a fourth round"),
            E("Agreement to simplify diplomats' visas and keep working on the return of properties", "AGREE",
              ["Russia", "United States"], "2026-06-30", "context", "occurred", "the sides agreed to simplify"),
            E("US seizure of six Russian diplomatic properties", "SANCTION", ["United States", "Russia"],
              "2016", "text", "occurred", "the sides agreed to simplify", note="seized in 2016 and 2017"),
            E("No agreement on resuming direct flights", "REJECT", ["Russia", "United States"],
              "2026-06-30", "context", "occurred", "The resumption of direct flights"),
            E("Lavrov-Fidan talks in Moscow", "CONSULT", ["Sergey Lavrov", "Hakan Fidan"],
              "2026-06-30", "context", "occurred", "following talks with his Turkish counterpart"),
            E("Lavrov: Washington has not lifted a single restriction", "ACCUSE", ["Sergey Lavrov", "United States"],
              "2026-06-30", "context", "occurred", "following talks with his Turkish counterpart"),
            E("Lavrov: ready to move forward as far as the Americans are", "AGREE", ["Sergey Lavrov", "United States"],
              "2026-06-30", "context", "occurred", "We are ready to move forward"),
            E("Lavrov thanks Turkey for hosting the consultations", "SUPPORT", ["Sergey Lavrov", "Turkey"],
              "2026-06-30", "context", "occurred", "He also thanked Turkey"),
            E("Zakharova accuses the EU of trying to torpedo Russian-US normalisation", "ACCUSE",
              ["Maria Zakharova", "European Union"], "2026-06-30", "published", "occurred",
              "Foreign Ministry Spokeswoman Maria Zakharova"),
            E("EU's 21st sanctions package due in July", "SANCTION", ["European Union", "Russia"],
              "2026-07", "text", "planned", "21st package of sanctions"),
            E("Putin-Trump phone call", "CONSULT", ["Vladimir Putin", "Donald Trump"],
              "2026-06-14", "text", "occurred", "He recalled that the two leaders last spoke"),
            E("Putin congratulates Trump on his 80th birthday", "SUPPORT", ["Vladimir Putin", "Donald Trump"],
              "2026-06-14", "context", "occurred", "He recalled that the two leaders last spoke"),
            E("Dmitriev's meetings with Witkoff", "CONSULT", ["Kirill Dmitriev", "Steve Witkoff"],
              "2026", "text", "occurred", "Russian Direct Investment Fund (RDIF) CEO",
              note="several meetings this year"),
            E("Zelensky: Kyiv will not accept Moscow-Washington deals behind its back", "REJECT",
              ["Volodymyr Zelensky", "Russia", "United States"], "2026-06-29TEV", "text", "occurred",
              "Meanwhile, Vladimir Zelensky said"),
            E("Ukrainian drone attacks on Russian regions", "ASSAULT", ["Ukraine", "Russia"],
              "2026-06-30", "published", "occurred", "Over the past day",
              note="over the past day, as reported by the Russian defence ministry"),
            E("Russian strike on energy facilities in Ukraine", "ASSAULT", ["Russia", "Ukraine"],
              "2026-06-30", "published", "occurred", "Russian troops also delivered a massive strike"),
            E("Russia-US consultations on embassies begin in Istanbul", "CONSULT", ["Russia", "United States"],
              "2025-02", "text", "occurred", "The Russian-US consultations on embassies began"),
            E("Previous round of consultations in Washington", "CONSULT", ["Russia", "United States"],
              "2026-03", "text", "occurred", "The Russian-US consultations on embassies began"),
        ],
        statements=[
            S("Russia", "Held a fourth round of consultations on the diplomatic missions in Istanbul", "2026-06-30",
              "published", "Russian and US delegations held a fourth round"),
            S("Russia", "The sides agreed to simplify visas for diplomats and keep working on the return of properties",
              "2026-06-30", "published", "the sides agreed to simplify"),
            S("Sergey Lavrov", "The consultations are businesslike, but Washington has not lifted a single restriction",
              "2026-06-30", "text", "following talks with his Turkish counterpart"),
            S("Sergey Lavrov", "Ready to move forward as far as the Americans are ready", "2026-06-30", "context",
              "We are ready to move forward"),
            S("Sergey Lavrov", "Thanked Turkey for hosting the consultations", "2026-06-30", "context",
              "He also thanked Turkey"),
            S("Maria Zakharova", "The EU tries to torpedo Russian-US normalisation by inciting Kyiv to continue the war",
              "2026-06-30", "published", "Foreign Ministry Spokeswoman Maria Zakharova"),
            S("Maria Zakharova", "The EU's 21st sanctions package will boomerang on the Europeans", "2026-06-30",
              "published", "21st package of sanctions"),
            S("Dmitry Peskov", "A Putin-Trump call could be organised quickly if needed; none is scheduled",
              "2026-06-30", "published", "Presidential Press Secretary Dmitry Peskov"),
            S("Dmitry Peskov", "The two leaders last spoke on June 14, when Putin congratulated Trump",
              "2026-06-30", "published", "He recalled that the two leaders last spoke"),
            S("Kirill Dmitriev", "Dialogue is more productive than sanctions", "2026-06-30", "published",
              "Russian Direct Investment Fund (RDIF) CEO"),
            S("Volodymyr Zelensky", "Kyiv will not accept Moscow-Washington agreements concluded behind its back",
              "2026-06-29TEV", "text", "Meanwhile, Vladimir Zelensky said"),
            S("Russia", "Air defences destroyed 87 Ukrainian drones over the past day", "2026-06-30", "published",
              "Over the past day"),
            S("Russia", "Russian troops struck energy facilities used by the Ukrainian army", "2026-06-30", "published",
              "Russian troops also delivered a massive strike"),
        ],
        actors=["Russia", "United States", "Sergey Lavrov", "Hakan Fidan", "Turkey", "Maria Zakharova",
                "European Union", "Ukraine", "Dmitry Peskov", "Vladimir Putin", "Donald Trump", "Kirill Dmitriev",
                "Steve Witkoff", "Volodymyr Zelensky"],
    ),
]
