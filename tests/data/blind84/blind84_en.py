"""English articles of the blind84 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b84en01 (Eastern Daily Press)
EN01 = """
Britain expels Russian defence attache as Putin warns West on Victory Day

Britain has stripped several Russian-owned properties of their diplomatic status, accusing Moscow of a campaign of "malign activity" on British soil.
Home Secretary James Cleverly told the Commons on Wednesday that Colonel Maxim Elovik, Russia's defence attache, was an undeclared military intelligence officer and had been given a week to leave the country.
Visas for Russian diplomats will also be capped, he said.

Maria Zakharova, the Russian foreign ministry spokeswoman, on Wednesday evening called the measures "openly hostile" and promised a response that would not be limited to mirror steps.
The British ambassador, Nigel Casey, was summoned to the ministry in Moscow this morning, Russian news agencies reported.
Earlier this week Moscow had already summoned Casey over Foreign Secretary David Cameron's remark in Kyiv last Thursday that Ukraine had the right to use British weapons to strike targets inside Russia.

In Moscow, Vladimir Putin used his Victory Day speech on Red Square to warn the West that Russia's strategic forces were "always on combat alert".
Russia would not allow anyone to threaten it, he said, accusing "arrogant" Western elites of forgetting the lessons of the Second World War.
The parade, shortened again for security reasons, was attended by the leaders of Belarus, Kazakhstan, Uzbekistan, Cuba and Laos, and Putin later held talks with Alexander Lukashenko in the Kremlin.
Washington, London and most EU governments had boycotted Putin's inauguration for a fifth term on Tuesday.

Volodymyr Zelensky marked the anniversary of the end of the war in Europe on Wednesday with a video address in which he said that "evil has returned" to the continent in a Russian uniform.
The Ukrainian president again urged allies to speed up deliveries of Patriot air defence systems as Russian forces pressed in the Donetsk region.
Antony Blinken, the US secretary of state, is expected in Kyiv next week, according to two officials.

In Norwich, members of the city's Ukrainian community joined the VE Day commemorations at City Hall on Wednesday, laying sunflowers beside the poppy wreaths.
Around 1,500 Ukrainians have settled in Norfolk since 2022 under the Homes for Ukraine scheme.
"""

# ---------------------------------------------------------------- b84en02 (Ottawa Citizen)
EN02 = """
Carney in Kyiv on Independence Day, says Canada ready to help guarantee a peace

Prime Minister Mark Carney spent Sunday in Kyiv, where he joined Ukraine's Independence Day celebrations and held talks with President Volodymyr Zelenskyy.
He had travelled on from Warsaw, where he met Polish Prime Minister Donald Tusk on Saturday to discuss air defence and the reconstruction of Ukraine.
Carney, the first Canadian prime minister to attend the holiday in the Ukrainian capital, announced that the first tranche of Canada's $2-billion military aid package would pay for drones, ammunition and armoured vehicles.
He said Canada was prepared to contribute troops to a multinational reassurance force once a ceasefire was in place, though he would not put a number on it.

In his address on St. Sophia Square, Zelenskyy said Ukraine would never recognize the occupation of its land and would not accept "a peace that is only a pause before the next invasion."
He also posted a letter from U.S. President Donald Trump, who congratulated Ukrainians and wrote that he was working "very hard" toward a lasting peace.
Zelenskyy and several European leaders had met Trump at the White House last Monday to discuss security guarantees.
U.S. special envoy Keith Kellogg, who attended the ceremony, received the Order of Merit from Zelenskyy.

On NBC's Meet the Press on Sunday, Russian Foreign Minister Sergey Lavrov said Vladimir Putin was ready to meet Zelenskyy "when an agenda is ready," but accused the Ukrainian leader of saying "no to everything."
Lavrov also insisted that any security guarantees for Ukraine must include Russia and China among the guarantors.
Appearing on the same program, Vice-President JD Vance said Moscow had made "significant concessions" for the first time in the war.

Overnight into Sunday, Ukrainian drones set a transformer ablaze at the Kursk nuclear power plant and hit the Ust-Luga fuel terminal on the Baltic, Russian officials said.
The International Atomic Energy Agency said it had been informed of the fire and urged maximum military restraint around nuclear sites.
Russia, in turn, launched 72 drones at Ukraine overnight, according to the Ukrainian air force.

In Ottawa, several hundred people gathered at City Hall on Sunday afternoon for a flag-raising organized by the Ukrainian Canadian Congress.
Canada has committed more than $19.5 billion in assistance to Ukraine since 2022, according to Global Affairs Canada.
"""

# ---------------------------------------------------------------- b84en03 (Taipei Times, AFP copy)
EN03 = """
Zelensky offers to step down for NATO membership on eve of war anniversary

AFP, KYIV — Ukrainian President Volodymyr Zelensky yesterday said he was ready to resign "if it means peace for Ukraine" or if his country were admitted to NATO, as Kyiv prepared to mark three years since Russia's full-scale invasion.
"I can exchange it for NATO," Zelensky told a news conference at the "Ukraine. Year 2025" forum in the capital.
US President Donald Trump last Wednesday called Zelensky a "dictator without elections" and accused him of having started the war, remarks that drew criticism across Europe.

Zelensky also said he would not sign a minerals deal under which Ukraine would owe the US US$500 billion, a sum that "ten generations of Ukrainians" would have to repay.
He said he wanted Trump to be "on our side" and hoped to meet him before any meeting between Trump and Russian President Vladimir Putin.
US envoy Keith Kellogg held talks with Zelensky in Kyiv on Thursday, but a joint press appearance planned for the end of the visit was called off at Washington's request.

At least a dozen European leaders, including European Commission President Ursula von der Leyen, are to arrive in Kyiv today for the anniversary.
French President Emmanuel Macron is to meet Trump at the White House today, while British Prime Minister Keir Starmer is due in Washington on Thursday.
The UN General Assembly is also to vote today on a Ukrainian-European resolution that names Russia as the aggressor, while Washington has tabled a rival text that does not.

Foreign Minister Andrii Sybiha said on Saturday that Ukraine would accept no deal "about us without us," after US and Russian delegations led by Secretary of State Marco Rubio and Foreign Minister Sergei Lavrov met in Riyadh on Tuesday.
In Moscow, Kremlin spokesman Dmitry Peskov on Friday said there was no place for the Europeans at the negotiating table.
Overnight into Sunday, Russia launched 267 attack drones at Ukraine, the largest such barrage of the war, Ukraine's air force said.

Taiwan has provided more than US$100 million in humanitarian aid to Ukraine since 2022, the Ministry of Foreign Affairs said.
"""

# ---------------------------------------------------------------- b84en04 (Morning Star)
EN04 = """
Putin hails Soviet sacrifice as truce frays and Trump stays away from Red Square

PRESIDENT Vladimir Putin paid tribute to the 27 million Soviet citizens who died in the war against fascism as troops paraded across Red Square on Saturday.
US President Donald Trump, who had been invited, did not attend, but his special envoy Steve Witkoff held three hours of talks with Mr Putin in the Kremlin on Friday evening.
Kremlin aide Yuri Ushakov said the conversation had been "useful" and that both sides had agreed to keep working towards a meeting of the two presidents.

In a 12-minute address Mr Putin said Russia was "ready for a just and lasting peace" but accused Nato of "pushing its weapons ever closer to our borders."
Belarusian leader Alexander Lukashenko, Chinese Vice-President Han Zheng and Slovak Prime Minister Robert Fico watched from the tribune, and Mr Putin received Mr Han for talks on Sunday.
He made no mention of the invitation to Mr Trump, which the Kremlin had extended last month.

The three-day truce declared by Moscow, which ran from Friday until midnight on Sunday, was overshadowed by mutual accusations.
Russia's Defence Ministry claimed that Ukrainian forces had breached it more than 500 times.
Kyiv said Russian guided bombs had hit Sumy and Kostiantynivka on Saturday morning, killing three civilians.
Ukraine's air force reported 140 Russian drones overnight into Monday, after the ceasefire had run out.

In Kyiv on Friday, German Chancellor Friedrich Merz and French President Emmanuel Macron joined Volodymyr Zelensky in demanding an unconditional 30-day ceasefire starting on Monday.
Mr Zelensky said Kyiv would respect any ceasefire "that lasts longer than a parade."
Kremlin spokesman Dmitry Peskov said on Sunday that "the language of ultimatums" was unacceptable to Moscow.
The British government, which backed the Kyiv demand, called the Russian truce "a cynical piece of theatre."

In London several thousand people joined a Stop the War Coalition march on Saturday calling for negotiations and an end to arms shipments.
Convener Lindsey German told the rally that "delay costs lives on both sides of the front."
The coalition plans a mass lobby of Parliament next month.
"""

# ---------------------------------------------------------------- b84en05 (The Jordan Times)
EN05 = """
UN assembly marks four years of war with call for 'just and lasting peace'

UNITED NATIONS — The UN General Assembly on Tuesday adopted a resolution demanding a "comprehensive, just and lasting peace" in Ukraine, on the fourth anniversary of Russia's full-scale invasion.
The text, drafted by Ukraine, also calls on Russia to withdraw its forces and to return deported Ukrainian children.
It passed by 95 votes to 16 with 52 abstentions; Russia and Belarus voted against, while the United States and China abstained.

Secretary-General Antonio Guterres told the assembly that four years of war had brought "nothing but graves and ruins" and called for an immediate ceasefire as a first step.
Ukrainian Foreign Minister Andrii Sybiha, who addressed the assembly in person, accused Moscow of "mocking every peace effort" and urged member states to "turn votes into pressure."
Russian Ambassador Vassily Nebenzia said Moscow would not consider itself bound by a text that "ignores the root causes of the conflict."
US Ambassador Mike Waltz said Washington had abstained because "resolutions will not end this war, a deal will."

In Kyiv, European Commission President Ursula von der Leyen and European Council President Antonio Costa joined President Volodymyr Zelensky at a memorial ceremony on Tuesday morning.
Von der Leyen pledged a further 5 billion euros this year for Ukraine's power grid and air defence.
But the EU's 20th sanctions package remained blocked after Hungarian Prime Minister Viktor Orban refused on Monday to lift his veto.
Zelensky called the Hungarian move "a gift to the Kremlin on the anniversary."

The Kremlin said on Tuesday that Russia's goals were unchanged but that it would welcome another round of talks with US envoys in the near future.
Overnight, Russian drones and missiles struck energy facilities in the Odesa and Kharkiv regions, Ukrainian officials said.

Jordan voted in favour of the resolution.
Ambassador Walid Obeidat told the assembly that the Kingdom's vote was grounded in "the principles of sovereignty and territorial integrity that we defend in our own region."
"""

# ---------------------------------------------------------------- b84en06 (Georgia Today)
EN06 = """
Russia scales back 9 May celebrations as drone fears grow; Immortal Regiment marches called off

TBILISI — Russian authorities have cancelled this year's Immortal Regiment marches, in which millions carry portraits of relatives who fought in the Second World War, citing security concerns ahead of Victory Day on 9 May.
Parades in occupied Crimea and in the border regions of Belgorod and Kursk have also been called off, while the main parade on Red Square will go ahead.
There are no plans to invite foreign leaders because the anniversary is "not a round one," Kremlin spokesman Dmitry Peskov told reporters on Thursday.

The decisions came as Russia fired more than 20 cruise missiles at Ukraine early on Friday, killing at least 23 people in an apartment block in the central city of Uman.
President Volodymyr Zelensky said the strike showed that "Russian terror must face a fair response" and again appealed to partners for more air defence systems.
Defence Minister Oleksii Reznikov said on Friday that preparations for a long-awaited counter-offensive were "coming to an end."

On Wednesday Zelensky held his first phone call with Chinese President Xi Jinping since the invasion, describing the hour-long conversation as "long and meaningful."
Beijing said it would send a special envoy to Kyiv and other capitals to discuss a "political settlement."
Maria Zakharova, the Russian foreign ministry spokeswoman, said Moscow welcomed China's readiness to help but accused Kyiv of rejecting every sensible initiative.
Earlier this week Foreign Minister Sergei Lavrov chaired a UN Security Council debate in New York, where Secretary-General Antonio Guterres told him that the invasion had violated the UN Charter.

In Tbilisi, the pro-Russian Conservative Movement said it would hold its own Immortal Regiment march on 9 May, despite objections from opposition parties.
Georgia's Foreign Ministry said it had no plans to take part in any commemoration organised by the Russian interests section of the Swiss embassy.
President Salome Zourabichvili is expected to lay a wreath at the Tomb of the Unknown Soldier in Vake Park.
Georgia has had no diplomatic relations with Russia since the war of 2008.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b84en01_attache_expelled_victory_day_2024_05", "2024-05-09", EN01,
        [
            T("Victory Day", "DATE", "2024-05-09", 0),
            T("Wednesday", "DATE", "2024-05-08", 0),
            T("a week", "DURATION", "P1W"),
            T("Wednesday evening", "TIME", "2024-05-08TEV"),
            T("this morning", "TIME", "2024-05-09TMO"),
            T("Earlier this week", "DATE", "2024-W19"),
            T("last Thursday", "DATE", "2024-05-02"),
            T("Tuesday", "DATE", "2024-05-07"),
            T("Wednesday", "DATE", "2024-05-08", 2),
            T("next week", "DATE", "2024-W20"),
            T("Wednesday", "DATE", "2024-05-08", 3),
            T("2022", "DATE", "2022"),
        ],
        [
            E("Britain strips Russian-owned properties of diplomatic status", "SANCTION", ["United Kingdom", "Russia"],
              "2024-05-08", "context", "occurred", "stripped several Russian-owned properties"),
            E("Britain accuses Moscow of malign activity on British soil", "ACCUSE", ["United Kingdom", "Russia"],
              "2024-05-08", "context", "occurred", "stripped several Russian-owned properties"),
            E("Britain expels Russia's defence attache", "SANCTION", ["United Kingdom", "Russia"], "2024-05-08", "text",
              "occurred", "Colonel Maxim Elovik"),
            E("Visas for Russian diplomats to be capped", "SANCTION", ["United Kingdom", "Russia"], "2024-05-08",
              "context", "planned", "Visas for Russian diplomats"),
            E("Zakharova calls the British measures openly hostile", "ACCUSE", ["Maria Zakharova", "United Kingdom"],
              "2024-05-08TEV", "text", "occurred", "openly hostile"),
            E("Zakharova promises a response beyond mirror steps", "THREATEN", ["Maria Zakharova", "United Kingdom"],
              "2024-05-08TEV", "text", "occurred", "openly hostile"),
            E("Russia summons the British ambassador", "ACCUSE", ["Russia", "United Kingdom"], "2024-05-09TMO", "text",
              "occurred", "was summoned to the ministry"),
            E("Russia summoned the British ambassador over Cameron's remark", "ACCUSE", ["Russia", "United Kingdom"],
              "2024-W19", "text", "occurred", "Earlier this week Moscow"),
            E("Cameron visits Kyiv", "CONSULT", ["United Kingdom", "Ukraine"], "2024-05-02", "text", "occurred",
              "Earlier this week Moscow"),
            E("Cameron: Ukraine may use British weapons against targets inside Russia", "AGREE",
              ["United Kingdom", "Ukraine"], "2024-05-02", "text", "occurred", "Earlier this week Moscow"),
            E("Putin warns the West that Russia's strategic forces are always on combat alert", "THREATEN",
              ["Vladimir Putin"], "2024-05-09", "published", "occurred", "always on combat alert"),
            E("Putin accuses arrogant Western elites of forgetting the lessons of the war", "ACCUSE",
              ["Vladimir Putin"], "2024-05-09", "published", "occurred", "arrogant"),
            E("Putin holds talks with Lukashenko after the parade", "CONSULT", ["Vladimir Putin", "Alexander Lukashenko"],
              "2024-05-09", "published", "occurred", "held talks with Alexander Lukashenko"),
            E("Washington, London and most EU governments boycotted Putin's inauguration", "REJECT",
              ["United States", "United Kingdom", "European Union", "Vladimir Putin"], "2024-05-07", "text",
              "occurred", "had boycotted"),
            E("Zelensky: evil has returned to Europe in a Russian uniform", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2024-05-08", "text", "occurred", "evil has returned"),
            E("Zelensky urges allies to speed up Patriot deliveries", "REQUEST", ["Volodymyr Zelensky"], "2024-05-08",
              "context", "occurred", "speed up deliveries of Patriot"),
            E("Russian offensive in the Donetsk region", "ASSAULT", ["Russia", "Ukraine"], "2024-05-08", "context",
              "occurred", "speed up deliveries of Patriot"),
            E("Blinken expected in Kyiv next week", "CONSULT", ["Antony Blinken", "Ukraine"], "2024-W20", "text",
              "planned", "is expected in Kyiv next week"),
        ],
        [
            S("United Kingdom", "Accuses Moscow of a campaign of malign activity on British soil", "2024-05-08",
              "context", "stripped several Russian-owned properties"),
            S("United Kingdom", "Cleverly: the defence attache is an undeclared intelligence officer and has a week to "
              "leave", "2024-05-08", "text", "Colonel Maxim Elovik"),
            S("United Kingdom", "Visas for Russian diplomats will be capped", "2024-05-08", "context",
              "Visas for Russian diplomats"),
            S("Maria Zakharova", "The measures are openly hostile; the response will go beyond mirror steps",
              "2024-05-08TEV", "text", "openly hostile"),
            S("United Kingdom", "Cameron: Ukraine has the right to use British weapons to strike targets inside Russia",
              "2024-05-02", "text", "Earlier this week Moscow"),
            S("Vladimir Putin", "Russia's strategic forces are always on combat alert", "2024-05-09", "published",
              "always on combat alert"),
            S("Vladimir Putin", "Russia will not allow anyone to threaten it; arrogant Western elites forget the lessons "
              "of the war", "2024-05-09", "published", "arrogant"),
            S("Volodymyr Zelensky", "Evil has returned to Europe in a Russian uniform", "2024-05-08", "text",
              "evil has returned"),
            S("Volodymyr Zelensky", "Urges allies to speed up deliveries of Patriot systems", "2024-05-08", "context",
              "speed up deliveries of Patriot"),
        ],
        ["United Kingdom", "Russia", "Maria Zakharova", "Ukraine", "Vladimir Putin", "Belarus", "Alexander Lukashenko",
         "United States", "European Union", "Volodymyr Zelensky", "Antony Blinken"],
    ),
    doc(
        "b84en02_carney_kyiv_independence_day_2025_08", "2025-08-25", EN02,
        [
            T("Independence Day", "DATE", "2025-08-24", 0),
            T("Sunday", "DATE", "2025-08-24", 0),
            T("Saturday", "DATE", "2025-08-23"),
            T("last Monday", "DATE", "2025-08-18"),
            T("Sunday", "DATE", "2025-08-24", 1),
            T("Overnight into Sunday", "TIME", "2025-08-23TNI", note="night of 23 to 24 August"),
            T("overnight", "TIME", "2025-08-24TNI", note="night of 24 to 25 August"),
            T("Sunday afternoon", "TIME", "2025-08-24TAF"),
            T("2022", "DATE", "2022"),
        ],
        [
            E("Carney holds talks with Zelensky in Kyiv", "CONSULT", ["Volodymyr Zelensky", "Ukraine"], "2025-08-24",
              "text", "occurred", "held talks with President Volodymyr Zelenskyy", note="Canada is not canonical"),
            E("Carney meets Tusk in Warsaw", "CONSULT", ["Donald Tusk"], "2025-08-23", "text", "occurred",
              "met Polish Prime Minister Donald Tusk"),
            E("Canada's first tranche of military aid for drones, ammunition and armoured vehicles", "AID", ["Ukraine"],
              "2025-08-24", "context", "occurred", "first tranche"),
            E("Canada ready to contribute troops to a reassurance force after a ceasefire", "MOBILIZE", ["Ukraine"],
              "2025-08-24", "context", "planned", "reassurance force"),
            E("Zelensky: Ukraine will never recognise the occupation", "REJECT", ["Volodymyr Zelensky", "Russia"],
              "2025-08-24", "context", "occurred", "never recognize the occupation"),
            E("Trump congratulates Ukrainians in a letter", "SUPPORT", ["Donald Trump", "Ukraine"], "2025-08-24",
              "context", "occurred", "posted a letter"),
            E("Zelensky and European leaders met Trump at the White House", "CONSULT",
              ["Volodymyr Zelensky", "Donald Trump", "European Union"], "2025-08-18", "text", "occurred",
              "at the White House last Monday"),
            E("Putin ready to meet Zelensky when an agenda is ready", "AGREE", ["Vladimir Putin", "Volodymyr Zelensky"],
              "2025-08-24", "text", "occurred", "when an agenda is ready"),
            E("Lavrov accuses Zelensky of saying no to everything", "ACCUSE", ["Sergey Lavrov", "Volodymyr Zelensky"],
              "2025-08-24", "text", "occurred", "when an agenda is ready"),
            E("Lavrov demands that Russia and China be among the guarantors", "REQUEST",
              ["Sergey Lavrov", "Ukraine", "China"], "2025-08-24", "context", "occurred", "among the guarantors"),
            E("Ukrainian drones hit the Kursk nuclear plant and the Ust-Luga terminal", "ASSAULT", ["Ukraine", "Russia"],
              "2025-08-23TNI", "text", "occurred", "Kursk nuclear power plant"),
            E("IAEA urges maximum military restraint around nuclear sites", "REQUEST", ["IAEA"], "2025-08-24",
              "context", "occurred", "maximum military restraint"),
            E("Russia launches 72 drones at Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2025-08-24TNI", "text",
              "occurred", "72 drones"),
        ],
        [
            S("Volodymyr Zelensky", "Ukraine will never recognise the occupation and will not accept a peace that is "
              "only a pause", "2025-08-24", "context", "never recognize the occupation"),
            S("Donald Trump", "Congratulates Ukrainians; working very hard toward a lasting peace", "2025-08-24",
              "context", "posted a letter"),
            S("Vladimir Putin, via Sergey Lavrov", "Ready to meet Zelensky when an agenda is ready", "2025-08-24",
              "text", "when an agenda is ready"),
            S("Sergey Lavrov", "Zelensky says no to everything", "2025-08-24", "text", "when an agenda is ready"),
            S("Sergey Lavrov", "Security guarantees for Ukraine must include Russia and China", "2025-08-24",
              "context", "among the guarantors"),
            S("JD Vance", "Moscow has made significant concessions for the first time in the war", "2025-08-24",
              "context", "significant concessions"),
            S("Russia", "Officials: Ukrainian drones hit the Kursk nuclear plant and the Ust-Luga terminal",
              "2025-08-24", "context", "Kursk nuclear power plant"),
            S("IAEA", "Was informed of the fire; urges maximum military restraint", "2025-08-24", "context",
              "maximum military restraint"),
            S("Ukraine", "Air force: Russia launched 72 drones overnight", "2025-08-25", "published", "72 drones"),
        ],
        ["Ukraine", "Volodymyr Zelensky", "Donald Trump", "Donald Tusk", "Poland", "European Union",
         "United States", "Keith Kellogg", "Sergey Lavrov", "Russia",
         "Vladimir Putin", "China", "JD Vance", "IAEA"],
    ),
]

DOCS.append(
    doc(
        "b84en03_zelensky_resign_nato_anniversary_eve_2025_02", "2025-02-24", EN03,
        [
            T("yesterday", "DATE", "2025-02-23"),
            T("three years", "DURATION", "P3Y"),
            T("last Wednesday", "DATE", "2025-02-19"),
            T("Thursday", "DATE", "2025-02-20", 0),
            T("today", "DATE", "2025-02-24", 0),
            T("today", "DATE", "2025-02-24", 1),
            T("Thursday", "DATE", "2025-02-27", 1),
            T("today", "DATE", "2025-02-24", 2),
            T("Saturday", "DATE", "2025-02-22"),
            T("Tuesday", "DATE", "2025-02-18"),
            T("Friday", "DATE", "2025-02-21"),
            T("Overnight into Sunday", "TIME", "2025-02-22TNI", note="night of 22 to 23 February"),
            T("2022", "DATE", "2022"),
        ],
        [
            E("Zelensky offers to resign in exchange for peace or NATO membership", "REQUEST",
              ["Volodymyr Zelensky", "NATO"], "2025-02-23", "text", "occurred", "ready to resign"),
            E("Trump calls Zelensky a dictator and blames him for starting the war", "ACCUSE",
              ["Donald Trump", "Volodymyr Zelensky"], "2025-02-19", "text", "occurred", "dictator without elections"),
            E("Zelensky refuses to sign a minerals deal with a 500-billion-dollar debt", "REJECT",
              ["Volodymyr Zelensky", "United States"], "2025-02-23", "context", "occurred", "minerals deal"),
            E("Zelensky wants to meet Trump before any Trump–Putin meeting", "REQUEST",
              ["Volodymyr Zelensky", "Donald Trump"], "2025-02-23", "context", "occurred", "on our side"),
            E("Kellogg holds talks with Zelensky in Kyiv", "CONSULT", ["Keith Kellogg", "Volodymyr Zelensky"],
              "2025-02-20", "text", "occurred", "Keith Kellogg held talks"),
            E("Joint Kellogg–Zelensky press appearance called off at Washington's request", "CONSULT",
              ["Keith Kellogg", "Volodymyr Zelensky", "United States"], "2025-02-20", "context", "cancelled",
              "Keith Kellogg held talks"),
            E("European leaders including von der Leyen arrive in Kyiv for the anniversary", "CONSULT",
              ["Ursula von der Leyen", "European Union", "Ukraine"], "2025-02-24", "text", "planned",
              "At least a dozen European leaders"),
            E("Macron to meet Trump at the White House", "CONSULT", ["Emmanuel Macron", "Donald Trump"], "2025-02-24",
              "text", "planned", "French President Emmanuel Macron"),
            E("Starmer due in Washington", "CONSULT", ["Keir Starmer", "Donald Trump"], "2025-02-27", "text",
              "planned", "French President Emmanuel Macron", note="visit to Trump"),
            E("UN General Assembly to vote on a resolution naming Russia as the aggressor", "REQUEST",
              ["United Nations", "Russia"], "2025-02-24", "text", "planned", "names Russia as the aggressor"),
            E("Ukraine and the Europeans put forward the draft resolution", "REQUEST",
              ["Ukraine", "European Union", "United Nations"], "2025-02-24", "published", "occurred",
              "names Russia as the aggressor"),
            E("US tables a rival text that does not name Russia as the aggressor", "REQUEST",
              ["United States", "United Nations"], "2025-02-24", "published", "occurred",
              "names Russia as the aggressor"),
            E("Sybiha: Ukraine will accept no deal about it without it", "REJECT",
              ["Andrii Sybiha", "United States", "Russia"], "2025-02-22", "text", "occurred", "about us without us"),
            E("US and Russian delegations led by Rubio and Lavrov meet in Riyadh", "CONSULT",
              ["Marco Rubio", "Sergey Lavrov", "United States", "Russia"], "2025-02-18", "text", "occurred",
              "met in Riyadh"),
            E("Peskov: no place for the Europeans at the negotiating table", "REJECT",
              ["Dmitry Peskov", "European Union"], "2025-02-21", "text", "occurred", "no place for the Europeans"),
            E("Russia launches 267 drones at Ukraine, the largest barrage of the war", "ASSAULT", ["Russia", "Ukraine"],
              "2025-02-22TNI", "text", "occurred", "267 attack drones"),
            E("Taiwan's humanitarian aid to Ukraine since 2022", "AID", ["Ukraine"], "2022", "text", "occurred",
              "Taiwan has provided", date_mod="START", note="Taiwan is not canonical"),
        ],
        [
            S("Volodymyr Zelensky", "Ready to resign if it means peace for Ukraine or NATO membership", "2025-02-23",
              "text", "ready to resign"),
            S("Volodymyr Zelensky", "'I can exchange it for NATO'", "2025-02-23", "context",
              "I can exchange it for NATO"),
            S("Donald Trump", "Zelensky is a dictator without elections who started the war", "2025-02-19", "text",
              "dictator without elections"),
            S("Volodymyr Zelensky", "Will not sign a minerals deal that ten generations would have to repay",
              "2025-02-23", "context", "minerals deal"),
            S("Volodymyr Zelensky", "Wants Trump on Ukraine's side and to meet him before any Trump–Putin meeting",
              "2025-02-23", "context", "on our side"),
            S("Andrii Sybiha", "Ukraine will accept no deal about us without us", "2025-02-22", "text",
              "about us without us"),
            S("Dmitry Peskov", "There is no place for the Europeans at the negotiating table", "2025-02-21", "text",
              "no place for the Europeans"),
            S("Ukraine", "Air force: Russia launched 267 attack drones, the largest barrage of the war", "2025-02-23",
              "context", "267 attack drones"),
        ],
        ["Volodymyr Zelensky", "Ukraine", "NATO", "Russia", "Donald Trump", "United States", "Vladimir Putin",
         "Keith Kellogg", "European Union", "Ursula von der Leyen", "Emmanuel Macron", "France", "Keir Starmer",
         "United Kingdom", "United Nations", "Andrii Sybiha", "Marco Rubio", "Sergey Lavrov", "Kremlin",
         "Dmitry Peskov"],
    )
)

DOCS.append(
    doc(
        "b84en04_red_square_parade_truce_frays_2026_05", "2026-05-11", EN04,
        [
            T("Saturday", "DATE", "2026-05-09", 0),
            T("three hours", "DURATION", "PT3H"),
            T("Friday evening", "TIME", "2026-05-08TEV"),
            T("12-minute", "DURATION", "PT12M"),
            T("Sunday", "DATE", "2026-05-10", 0),
            T("last month", "DATE", "2026-04"),
            T("three-day", "DURATION", "P3D"),
            T("Friday", "DATE", "2026-05-08", 1),
            T("midnight", "TIME", "2026-05-10T24:00", note="Moscow time"),
            T("Sunday", "DATE", "2026-05-10", 1),
            T("Saturday morning", "TIME", "2026-05-09TMO"),
            T("overnight into Monday", "TIME", "2026-05-10TNI", note="night of 10 to 11 May"),
            T("Friday", "DATE", "2026-05-08", 2),
            T("30-day", "DURATION", "P30D"),
            T("Monday", "DATE", "2026-05-11", 1),
            T("Sunday", "DATE", "2026-05-10", 2),
            T("Saturday", "DATE", "2026-05-09", 2),
            T("next month", "DATE", "2026-06"),
        ],
        [
            E("Trump does not attend the parade", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2026-05-09",
              "context", "cancelled", "who had been invited, did not attend"),
            E("Witkoff holds three hours of talks with Putin in the Kremlin", "CONSULT",
              ["Steve Witkoff", "Vladimir Putin"], "2026-05-08TEV", "text", "occurred",
              "who had been invited, did not attend"),
            E("Both sides agree to keep working towards a Putin–Trump meeting", "AGREE", ["Russia", "United States"],
              "2026-05-08TEV", "context", "occurred", "keep working towards a meeting"),
            E("Putin accuses NATO of pushing its weapons towards Russia's borders", "ACCUSE",
              ["Vladimir Putin", "NATO"], "2026-05-09", "context", "occurred", "12-minute address"),
            E("Putin receives Chinese Vice-President Han Zheng for talks", "CONSULT", ["Vladimir Putin", "China"],
              "2026-05-10", "text", "occurred", "received Mr Han"),
            E("Kremlin's invitation to Trump", "REQUEST", ["Kremlin", "Donald Trump"], "2026-04", "text", "occurred",
              "which the Kremlin had extended last month"),
            E("Three-day truce declared by Moscow", "RETREAT", ["Russia", "Ukraine"], "2026-05-08", "text",
              "occurred", "The three-day truce declared by Moscow"),
            E("Russia's defence ministry accuses Ukraine of breaching the truce more than 500 times", "ACCUSE",
              ["Russia", "Ukraine"], "2026-05-11", "published", "occurred", "more than 500 times"),
            E("Kyiv accuses Russia of hitting Sumy and Kostiantynivka during the truce", "ACCUSE", ["Ukraine", "Russia"],
              "2026-05-11", "published", "occurred", "Sumy and Kostiantynivka"),
            E("Russian guided bombs hit Sumy and Kostiantynivka", "ASSAULT", ["Russia", "Ukraine"], "2026-05-09TMO",
              "text", "occurred", "Sumy and Kostiantynivka"),
            E("Russia launches 140 drones after the truce ends", "ASSAULT", ["Russia", "Ukraine"], "2026-05-10TNI",
              "text", "occurred", "140 Russian drones"),
            E("Merz and Macron with Zelensky in Kyiv", "CONSULT",
              ["Friedrich Merz", "Emmanuel Macron", "Volodymyr Zelensky"], "2026-05-08", "text", "occurred",
              "In Kyiv on Friday"),
            E("Merz, Macron and Zelensky demand an unconditional 30-day ceasefire from Monday", "REQUEST",
              ["Friedrich Merz", "Emmanuel Macron", "Volodymyr Zelensky", "Russia"], "2026-05-08", "context",
              "occurred", "In Kyiv on Friday"),
            E("Zelensky: Kyiv would respect a ceasefire that lasts longer than a parade", "AGREE",
              ["Volodymyr Zelensky", "Russia"], "2026-05-08", "context", "occurred", "longer than a parade"),
            E("Peskov rejects the language of ultimatums", "REJECT",
              ["Dmitry Peskov", "Friedrich Merz", "Emmanuel Macron"], "2026-05-10", "text", "occurred",
              "language of ultimatums"),
            E("Britain backs the Kyiv ceasefire demand", "SUPPORT", ["United Kingdom", "Ukraine"], "2026-05-11",
              "published", "occurred", "cynical piece of theatre"),
            E("Britain calls the Russian truce cynical theatre", "ACCUSE", ["United Kingdom", "Russia"], "2026-05-11",
              "published", "occurred", "cynical piece of theatre"),
        ],
        [
            S("Yuri Ushakov", "The conversation was useful; both sides will keep working towards a presidents' meeting",
              "2026-05-08TEV", "context", "keep working towards a meeting"),
            S("Vladimir Putin", "Russia is ready for a just and lasting peace; NATO pushes its weapons closer to "
              "Russia's borders", "2026-05-09", "context", "12-minute address"),
            S("Russia", "Defence ministry: Ukrainian forces breached the truce more than 500 times", "2026-05-11",
              "published", "more than 500 times"),
            S("Ukraine", "Russian guided bombs hit Sumy and Kostiantynivka, killing three civilians", "2026-05-11",
              "published", "Sumy and Kostiantynivka"),
            S("Ukraine", "Air force: 140 Russian drones overnight", "2026-05-11", "published", "140 Russian drones"),
            S("Joint statement: Friedrich Merz, Emmanuel Macron, Volodymyr Zelensky",
              "Demand an unconditional 30-day ceasefire starting on Monday", "2026-05-08", "text", "In Kyiv on Friday"),
            S("Volodymyr Zelensky", "Kyiv will respect any ceasefire that lasts longer than a parade", "2026-05-08",
              "context", "longer than a parade"),
            S("Dmitry Peskov", "The language of ultimatums is unacceptable to Moscow", "2026-05-10", "text",
              "language of ultimatums"),
            S("United Kingdom", "The Russian truce is a cynical piece of theatre", "2026-05-11", "published",
              "cynical piece of theatre"),
        ],
        ["Vladimir Putin", "Donald Trump", "United States", "Steve Witkoff", "Kremlin", "Yuri Ushakov", "Russia",
         "NATO", "Alexander Lukashenko", "Belarus", "China", "Ukraine", "Friedrich Merz", "Germany",
         "Emmanuel Macron", "France", "Volodymyr Zelensky", "Dmitry Peskov", "United Kingdom"],
    )
)

DOCS.append(
    doc(
        "b84en05_un_assembly_fourth_anniversary_2026_02", "2026-02-25", EN05,
        [
            T("four years", "DURATION", "P4Y", 0),
            T("Tuesday", "DATE", "2026-02-24", 0),
            T("four years", "DURATION", "P4Y", 1),
            T("Tuesday morning", "TIME", "2026-02-24TMO"),
            T("this year", "DATE", "2026"),
            T("Monday", "DATE", "2026-02-23"),
            T("Tuesday", "DATE", "2026-02-24", 2),
            T("the near future", "DATE", "FUTURE_REF"),
            T("Overnight", "TIME", "2026-02-24TNI", note="night of 24 to 25 February"),
        ],
        [
            E("UN General Assembly adopts a resolution demanding a just and lasting peace in Ukraine", "REQUEST",
              ["United Nations"], "2026-02-24", "text", "occurred", "adopted a resolution demanding"),
            E("The resolution calls on Russia to withdraw and to return deported children", "REQUEST",
              ["United Nations", "Russia"], "2026-02-24", "context", "occurred", "drafted by Ukraine"),
            E("Ukraine's draft resolution", "REQUEST", ["Ukraine", "United Nations"], "2026-02-24", "context",
              "occurred", "drafted by Ukraine"),
            E("Russia and Belarus vote against", "REJECT", ["Russia", "Belarus"], "2026-02-24", "context", "occurred",
              "95 votes to 16"),
            E("Guterres calls for an immediate ceasefire", "REQUEST", ["António Guterres"], "2026-02-24", "context",
              "occurred", "graves and ruins"),
            E("Sybiha accuses Moscow of mocking every peace effort", "ACCUSE", ["Andrii Sybiha", "Russia"],
              "2026-02-24", "context", "occurred", "mocking every peace effort"),
            E("Sybiha urges member states to turn votes into pressure", "REQUEST", ["Andrii Sybiha", "United Nations"],
              "2026-02-24", "context", "occurred", "mocking every peace effort"),
            E("Nebenzia: Russia will not consider itself bound by the resolution", "REJECT", ["Russia", "United Nations"],
              "2026-02-24", "context", "occurred", "root causes"),
            E("Von der Leyen and Costa join Zelensky in Kyiv", "CONSULT",
              ["Ursula von der Leyen", "European Union", "Volodymyr Zelensky"], "2026-02-24TMO", "text", "occurred",
              "memorial ceremony"),
            E("Von der Leyen pledges 5 billion euros for the power grid and air defence", "AID",
              ["Ursula von der Leyen", "Ukraine"], "2026-02-24", "context", "occurred", "5 billion euros"),
            E("Orbán refuses to lift his veto on the 20th sanctions package", "REJECT", ["Viktor Orbán", "European Union"],
              "2026-02-23", "text", "occurred", "20th sanctions package"),
            E("Zelensky calls Hungary's veto a gift to the Kremlin", "ACCUSE", ["Volodymyr Zelensky", "Viktor Orbán"],
              "2026-02-24", "context", "occurred", "a gift to the Kremlin"),
            E("Kremlin would welcome another round of talks with US envoys", "AGREE", ["Kremlin", "United States"],
              "2026-02-24", "text", "occurred", "another round of talks"),
            E("Russian drones and missiles strike energy facilities in the Odesa and Kharkiv regions", "ASSAULT",
              ["Russia", "Ukraine"], "2026-02-24TNI", "text", "occurred", "struck energy facilities"),
        ],
        [
            S("António Guterres", "Four years of war brought nothing but graves and ruins; an immediate ceasefire as "
              "a first step", "2026-02-24", "context", "graves and ruins"),
            S("Andrii Sybiha", "Moscow mocks every peace effort; member states should turn votes into pressure",
              "2026-02-24", "context", "mocking every peace effort"),
            S("Russia", "Nebenzia: Moscow is not bound by a text that ignores the root causes of the conflict",
              "2026-02-24", "context", "root causes"),
            S("United States", "Waltz: abstained because resolutions will not end the war, a deal will", "2026-02-24",
              "context", "Mike Waltz"),
            S("Ursula von der Leyen", "Pledges a further 5 billion euros this year for the grid and air defence",
              "2026-02-24TMO", "context", "5 billion euros"),
            S("Volodymyr Zelensky", "Hungary's veto is a gift to the Kremlin on the anniversary", "2026-02-24",
              "context", "a gift to the Kremlin"),
            S("Kremlin", "Russia's goals are unchanged; it would welcome another round of talks with US envoys",
              "2026-02-24", "text", "another round of talks"),
            S("Ukraine", "Officials: Russian drones and missiles struck energy facilities in Odesa and Kharkiv regions",
              "2026-02-25", "published", "struck energy facilities"),
        ],
        ["United Nations", "Ukraine", "Russia", "Belarus", "United States", "China", "António Guterres",
         "Andrii Sybiha", "Ursula von der Leyen", "European Union", "Volodymyr Zelensky", "Viktor Orbán", "Kremlin"],
    )
)

DOCS.append(
    doc(
        "b84en06_immortal_regiment_cancelled_uman_2023_04", "2023-04-29", EN06,
        [
            T("9 May", "DATE", "2023-05-09", 0),
            T("this year", "DATE", "2023"),
            T("Victory Day", "DATE", "2023-05-09"),
            T("9 May", "DATE", "2023-05-09", 1),
            T("Thursday", "DATE", "2023-04-27"),
            T("Friday", "DATE", "2023-04-28", 0),
            T("Friday", "DATE", "2023-04-28", 1),
            T("Wednesday", "DATE", "2023-04-26"),
            T("hour-long", "DURATION", "PT1H"),
            T("Earlier this week", "DATE", "2023-W17"),
            T("9 May", "DATE", "2023-05-09", 2),
            T("2008", "DATE", "2008"),
        ],
        [
            E("Russian cruise missiles kill at least 23 people in Uman", "ASSAULT", ["Russia", "Ukraine"], "2023-04-28",
              "text", "occurred", "Uman"),
            E("Zelensky: Russian terror must face a fair response", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2023-04-28", "context", "occurred", "Russian terror"),
            E("Zelensky appeals to partners for more air defence", "REQUEST", ["Volodymyr Zelensky"], "2023-04-28",
              "context", "occurred", "Russian terror"),
            E("Ukraine's counter-offensive in preparation", "ASSAULT", ["Ukraine", "Russia"], "2023-04-29", "published",
              "planned", "counter-offensive", note="no date given; preparations 'coming to an end'"),
            E("First Zelensky–Xi phone call since the invasion", "CONSULT", ["Volodymyr Zelensky", "Xi Jinping"],
              "2023-04-26", "text", "occurred", "first phone call"),
            E("China to send a special envoy to Kyiv and other capitals", "CONSULT", ["China", "Ukraine"], "2023-04-29",
              "published", "planned", "special envoy", note="no date given"),
            E("Zakharova welcomes China's readiness to help", "SUPPORT", ["Maria Zakharova", "China"], "2023-04-29",
              "published", "occurred", "Maria Zakharova"),
            E("Zakharova accuses Kyiv of rejecting every sensible initiative", "ACCUSE", ["Maria Zakharova", "Ukraine"],
              "2023-04-29", "published", "occurred", "Maria Zakharova"),
            E("Lavrov chairs a UN Security Council debate", "CONSULT", ["Sergey Lavrov", "United Nations"], "2023-W17",
              "text", "occurred", "Earlier this week"),
            E("Guterres tells Lavrov the invasion violated the UN Charter", "ACCUSE", ["António Guterres", "Russia"],
              "2023-W17", "context", "occurred", "Earlier this week"),
        ],
        [
            S("Dmitry Peskov", "No foreign leaders will be invited because the anniversary is not a round one",
              "2023-04-27", "text", "not a round one"),
            S("Volodymyr Zelensky", "Russian terror must face a fair response; appeals for more air defence",
              "2023-04-28", "context", "Russian terror"),
            S("Ukraine", "Reznikov: preparations for the counter-offensive are coming to an end", "2023-04-28", "text",
              "counter-offensive"),
            S("Volodymyr Zelensky", "The call with Xi was long and meaningful", "2023-04-26", "context",
              "first phone call"),
            S("China", "Will send a special envoy to Kyiv and other capitals to discuss a political settlement",
              "2023-04-26", "context", "special envoy"),
            S("Maria Zakharova", "Moscow welcomes China's readiness to help; Kyiv rejects every sensible initiative",
              "2023-04-29", "published", "Maria Zakharova"),
            S("António Guterres", "The invasion violated the UN Charter", "2023-W17", "context", "Earlier this week"),
        ],
        ["Russia", "Kremlin", "Dmitry Peskov", "Ukraine", "Volodymyr Zelensky", "Xi Jinping", "China",
         "Maria Zakharova", "Sergey Lavrov", "United Nations", "António Guterres"],
    )
)
