"""English articles of the blind19 evaluation set (written and annotated blind; see README.md).

One sentence per line, the headline on the first line, paragraphs separated by a blank line.
Timexes: T(surface, type, value, n=whole-word occurrence index, mod, note).
Events: E(summary, type, actors, date, date_basis, occurrence, evidence key, date_mod, note).
Statements: S(speaker, summary, date, date_basis, evidence key).
"""
from build import E, S, T

# ---------------------------------------------------------------------------------------------
# b19en01: Reuters, Friday 9 December 2022.
EN01 = dict(
    id="b19en01_griner_bout_swap_abu_dhabi_2022_12",
    lang="en",
    published="2022-12-09",
    body="""
Griner home after swap for arms dealer Bout; Kremlin says deal no sign of thaw
WASHINGTON/MOSCOW, Dec 9 (Reuters) - U.S. basketball star Brittney Griner landed in Texas on Friday after Washington freed Russian arms dealer Viktor Bout in a prisoner exchange on the tarmac of Abu Dhabi airport on Thursday.
President Joe Biden announced the swap from the White House with Griner's wife Cherelle at his side, saying the athlete was "safe" and on her way home after "months of being unjustly detained."
"We never forgot about Brittney, and we will never give up on Paul Whelan," Biden said, vowing to keep pressing for the release of the former Marine, who has been held in Russia since 2018 on espionage charges that he denies.

Griner was detained at a Moscow airport in February with vape cartridges containing cannabis oil and sentenced in August to nine years in a penal colony.
Russia's foreign ministry confirmed the exchange, saying Bout, 55, had been "returned to the homeland" after serving more than 11 years of a 25-year sentence in the United States for conspiring to kill Americans.

Kremlin spokesman Dmitry Peskov told reporters on Friday that the swap was the result of talks Moscow and Washington had held behind closed doors in recent months.
Asked whether the exchange could pave the way for broader contacts, including on Ukraine, Peskov said: "These are different things."
President Vladimir Putin, speaking later on Friday at a news conference in Bishkek, said further exchanges were possible and that "compromises were found."

Saudi Arabia and the United Arab Emirates said in a joint statement that Crown Prince Mohammed bin Salman and President Sheikh Mohamed bin Zayed had mediated the release.
A White House official, speaking on condition of anonymity, said the Emirates had provided the venue but that the deal was negotiated directly between the two governments.

Secretary of State Antony Blinken had disclosed in July that Washington had put a "substantial proposal" on the table to free Griner and Whelan, and he raised it with Foreign Minister Sergei Lavrov in a phone call late that month.
That call was the first between the two since the invasion of Ukraine.
Former President Donald Trump, who has launched a new White House bid, called the trade a "stupid and unpatriotic embarrassment" in a post late Thursday.
Whelan's family said they were devastated, but thanked the administration for telling them in advance.
""",
    timexes=[
        T("Dec 9", "DATE", "2022-12-09"),
        T("Friday", "DATE", "2022-12-09"),
        T("Thursday", "DATE", "2022-12-08"),
        T("months", "DURATION", "PXM"),
        T("2018", "DATE", "2018"),
        T("February", "DATE", "2022-02"),
        T("August", "DATE", "2022-08"),
        T("nine years", "DURATION", "P9Y"),
        T("more than 11 years", "DURATION", "P11Y", mod="MORE_THAN"),
        T("25-year", "DURATION", "P25Y"),
        T("Friday", "DATE", "2022-12-09", n=1),
        T("recent months", "DATE", "PAST_REF"),
        T("Friday", "DATE", "2022-12-09", n=2),
        T("July", "DATE", "2022-07"),
        T("late that month", "DATE", "2022-07", mod="END"),
        T("late Thursday", "TIME", "2022-12-08TNI"),
    ],
    events=[
        E("US frees Viktor Bout in exchange for Brittney Griner in Abu Dhabi", "CONCEDE", ["United States", "Russia"],
          "2022-12-08", "text", "occurred", "freed Russian arms dealer Viktor Bout"),
        E("Biden: Griner was unjustly detained", "ACCUSE", ["Joe Biden", "Russia"], "2022-12-08", "context",
          "occurred", "unjustly detained"),
        E("Biden vows to keep pressing for Paul Whelan's release", "REQUEST", ["Joe Biden", "Russia"], "2022-12-08",
          "context", "occurred", "never give up on Paul Whelan"),
        E("Paul Whelan held in Russia since 2018", "COERCE", ["Russia"], "2018", "text", "occurred",
          "never give up on Paul Whelan", note="Detention dated by its start (Dec 2018)."),
        E("Griner detained at a Moscow airport", "COERCE", ["Russia"], "2022-02", "text", "occurred",
          "Griner was detained at a Moscow airport"),
        E("Griner sentenced to nine years in a penal colony", "COERCE", ["Russia"], "2022-08", "text", "occurred",
          "Griner was detained at a Moscow airport"),
        E("Closed-door US-Russian talks on the swap", "CONSULT", ["Russia", "United States"], "PAST_REF", "vague",
          "occurred", "behind closed doors"),
        E("Putin: further exchanges are possible", "AGREE", ["Vladimir Putin", "United States"], "2022-12-09",
          "text", "occurred", "further exchanges were possible"),
        E("Saudi Arabia (with the UAE) says it mediated the release", "CONSULT",
          ["Saudi Arabia", "United States", "Russia"], "2022-12-08", "context", "occurred", "had mediated the release",
          note="Mediation claimed by Saudi Arabia and the UAE; dated by the swap it led to. The White House disputes it."),
        E("US makes a 'substantial proposal' to free Griner and Whelan", "REQUEST",
          ["United States", "Antony Blinken", "Russia"], "2022-07", "text", "occurred", "substantial proposal"),
        E("Blinken-Lavrov phone call on the proposal", "CONSULT", ["Antony Blinken", "Sergey Lavrov"], "2022-07",
          "text", "occurred", "substantial proposal", date_mod="END", note="29 July 2022."),
        E("Trump calls the trade a stupid and unpatriotic embarrassment", "ACCUSE", ["Donald Trump", "Joe Biden"],
          "2022-12-08TNI", "text", "occurred", "unpatriotic embarrassment"),
    ],
    statements=[
        S("Joe Biden", "Griner is safe and on her way home after months of unjust detention", "2022-12-08", "context",
          "unjustly detained"),
        S("Joe Biden", "We never forgot Brittney and will never give up on Paul Whelan", "2022-12-08", "context",
          "never give up on Paul Whelan"),
        S("Russia", "Bout has been returned to the homeland", "2022-12-09", "published", "returned to the homeland"),
        S("Dmitry Peskov", "The swap resulted from closed-door talks with Washington", "2022-12-09", "text",
          "behind closed doors"),
        S("Dmitry Peskov", "The exchange and broader contacts, including on Ukraine, are different things",
          "2022-12-09", "context", "These are different things"),
        S("Vladimir Putin", "Further exchanges are possible; compromises were found", "2022-12-09", "text",
          "further exchanges were possible"),
        S("Saudi Arabia", "The crown prince and the UAE president mediated the release", "2022-12-09", "published",
          "had mediated the release"),
        S("White House", "The UAE provided the venue; the deal was negotiated directly between the two governments",
          "2022-12-09", "published", "provided the venue"),
        S("Antony Blinken", "Washington put a substantial proposal on the table to free Griner and Whelan", "2022-07",
          "text", "substantial proposal"),
        S("Donald Trump", "The trade is a stupid and unpatriotic embarrassment", "2022-12-08TNI", "text",
          "unpatriotic embarrassment"),
    ],
    actors=["United States", "Russia", "Joe Biden", "White House", "Kremlin", "Dmitry Peskov", "Ukraine",
            "Vladimir Putin", "Saudi Arabia", "Antony Blinken", "Sergey Lavrov", "Donald Trump"],
)

# ---------------------------------------------------------------------------------------------
# b19en02: Associated Press, Friday 6 September 2024.
EN02 = dict(
    id="b19en02_zelenskyy_ramstein_long_range_2024_09",
    lang="en",
    published="2024-09-06",
    body="""
Zelenskyy presses allies at Ramstein to allow strikes deep inside Russia
RAMSTEIN AIR BASE, Germany (AP) — Ukrainian President Volodymyr Zelenskyy made an in-person appeal on Friday to the United States and Ukraine's other Western backers to let his forces use long-range weapons against targets deep inside Russia and to speed up deliveries of air defense systems already promised.
"We need to have this long-range capability, not only on the occupied Ukrainian territory, but also on Russian territory," Zelenskyy told the roughly 50 nations of the Ukraine Defense Contact Group, which met at the U.S. base in southwestern Germany.

U.S. Defense Secretary Lloyd Austin, who leads the group, announced an additional $250 million in military aid but gave no ground on the main request.
"There's no one single capability that will in and of itself be decisive," Austin told reporters after the meeting.
The Biden administration has allowed Kyiv to fire U.S.-supplied weapons only at targets just across the border near Kharkiv, a restriction it eased in May.

Germany's defense minister, Boris Pistorius, said Berlin would send 12 more self-propelled howitzers, six of them this year and six in 2025.
Zelenskyy then flew to Frankfurt for talks with German Chancellor Olaf Scholz, who has refused to supply long-range Taurus cruise missiles.
Scholz told reporters afterward that Germany would remain Ukraine's biggest backer in Europe but that his position on the Taurus "has not changed."

In Moscow, Kremlin spokesman Dmitry Peskov said no amount of Western weapons would change the situation at the front, and warned Washington that allowing deeper strikes would be a dangerous escalation.
President Vladimir Putin said Thursday at an economic forum in Vladivostok that Russia had never refused to negotiate and could build on a draft agreement initialed by the two sides' negotiators in Istanbul in the spring of 2022.
He named China, Brazil and India as countries that could help mediate.
Ukraine's Foreign Ministry dismissed his remarks as an attempt to mislead the world.

The meeting came after a Russian ballistic missile strike on a military institute in Poltava on Tuesday killed more than 50 people, one of the deadliest single attacks of the war.
Zelenskyy was due to travel on to Italy on Saturday to meet Prime Minister Giorgia Meloni on the sidelines of a business forum on Lake Como.
President Joe Biden is to host British Prime Minister Keir Starmer at the White House next Friday, when the long-range question is expected to top the agenda.
""",
    timexes=[
        T("Friday", "DATE", "2024-09-06"),
        T("May", "DATE", "2024-05"),
        T("this year", "DATE", "2024"),
        T("2025", "DATE", "2025"),
        T("Thursday", "DATE", "2024-09-05"),
        T("the spring of 2022", "DATE", "2022-SP"),
        T("Tuesday", "DATE", "2024-09-03"),
        T("Saturday", "DATE", "2024-09-07"),
        T("next Friday", "DATE", "2024-09-13"),
    ],
    events=[
        E("Zelensky urges the US and other backers to allow long-range strikes inside Russia and speed up air defence",
          "REQUEST", ["Volodymyr Zelensky", "United States"], "2024-09-06", "text", "occurred",
          "made an in-person appeal"),
        E("Zelensky attends the Ukraine Defense Contact Group meeting at Ramstein", "CONSULT",
          ["Volodymyr Zelensky", "United States"], "2024-09-06", "context", "occurred", "Ukraine Defense Contact Group",
          note="The contact group is not canonical; the US chairs it."),
        E("US announces $250 million in military aid", "AID", ["United States", "Ukraine"], "2024-09-06", "context",
          "occurred", "additional $250 million"),
        E("US gives no ground on the long-range request", "REJECT", ["United States", "Ukraine"], "2024-09-06",
          "context", "occurred", "additional $250 million"),
        E("US eased restrictions on strikes across the border near Kharkiv", "AID", ["United States", "Ukraine"],
          "2024-05", "text", "occurred", "a restriction it eased in May"),
        E("Germany to send 12 more self-propelled howitzers", "AID", ["Germany", "Ukraine"], "2024-09-06", "context",
          "occurred", "12 more self-propelled howitzers"),
        E("Zelensky and Scholz hold talks in Frankfurt", "CONSULT", ["Volodymyr Zelensky", "Olaf Scholz"], "2024-09-06",
          "context", "occurred", "flew to Frankfurt"),
        E("Scholz: Germany will remain Ukraine's biggest backer in Europe", "AGREE", ["Olaf Scholz", "Germany", "Ukraine"],
          "2024-09-06", "context", "occurred", "biggest backer in Europe"),
        E("Scholz keeps refusing Taurus missiles", "REJECT", ["Olaf Scholz", "Ukraine"], "2024-09-06", "context",
          "occurred", "biggest backer in Europe"),
        E("Peskov warns Washington that allowing deeper strikes would be a dangerous escalation", "REQUEST",
          ["Dmitry Peskov", "United States"], "2024-09-06", "published", "occurred", "dangerous escalation"),
        E("Putin: Russia ready to negotiate on the basis of the Istanbul draft", "AGREE",
          ["Vladimir Putin", "Russia", "Ukraine"], "2024-09-05", "text", "occurred", "economic forum in Vladivostok"),
        E("Draft agreement initialed in Istanbul in spring 2022", "AGREE", ["Russia", "Ukraine"], "2022-SP", "text",
          "occurred", "economic forum in Vladivostok", note="As described by Putin."),
        E("Putin names China, Brazil and India as possible mediators", "REQUEST", ["Vladimir Putin", "China"],
          "2024-09-05", "context", "occurred", "could help mediate"),
        E("Ukraine dismisses Putin's remarks as an attempt to mislead", "REJECT", ["Ukraine", "Vladimir Putin"],
          "2024-09-06", "published", "occurred", "attempt to mislead the world"),
        E("Russian missile strike on a military institute in Poltava", "ASSAULT", ["Russia", "Ukraine"], "2024-09-03",
          "text", "occurred", "military institute in Poltava"),
        E("Zelensky to meet Meloni in Italy", "CONSULT", ["Volodymyr Zelensky", "Giorgia Meloni"], "2024-09-07",
          "text", "planned", "to meet Prime Minister Giorgia Meloni"),
        E("Biden to host Starmer at the White House", "CONSULT", ["Joe Biden", "Keir Starmer"], "2024-09-13", "text",
          "planned", "host British Prime Minister Keir Starmer"),
    ],
    statements=[
        S("Volodymyr Zelensky", "Ukraine needs long-range capability also against Russian territory", "2024-09-06",
          "context", "We need to have this long-range capability"),
        S("United States", "No single capability will be decisive", "2024-09-06", "context",
          "There's no one single capability"),
        S("Germany", "Berlin will send 12 more self-propelled howitzers", "2024-09-06", "context",
          "12 more self-propelled howitzers"),
        S("Olaf Scholz", "Germany remains Ukraine's biggest backer in Europe; Taurus position unchanged", "2024-09-06",
          "context", "biggest backer in Europe"),
        S("Dmitry Peskov", "Western weapons will not change the situation; deeper strikes would be a dangerous escalation",
          "2024-09-06", "published", "dangerous escalation"),
        S("Vladimir Putin", "Russia never refused to negotiate and could build on the Istanbul draft", "2024-09-05",
          "text", "economic forum in Vladivostok"),
        S("Vladimir Putin", "China, Brazil and India could help mediate", "2024-09-05", "context",
          "could help mediate"),
        S("Ukraine", "Putin's remarks are an attempt to mislead the world", "2024-09-06", "published",
          "attempt to mislead the world"),
    ],
    actors=["Volodymyr Zelensky", "United States", "Ukraine", "Russia", "Germany", "Olaf Scholz", "Kremlin",
            "Dmitry Peskov", "Vladimir Putin", "China", "Giorgia Meloni", "Joe Biden", "Keir Starmer",
            "United Kingdom"],
)

# ---------------------------------------------------------------------------------------------
# b19en03: Wall Street Journal, Tuesday 15 December 2026 (fiction).
EN03 = dict(
    id="b19en03_g20_doral_trump_lavrov_2026_12",
    lang="en",
    published="2026-12-15",
    body="""
Lavrov Gets Face Time With Trump at G-20, Unsettling Europeans
MIAMI—President Trump spent 40 minutes with Russian Foreign Minister Sergei Lavrov on the sidelines of the Group of 20 summit at his Doral golf resort on Monday, their first face-to-face encounter since the Alaska summit with Vladimir Putin in August 2025.
Mr. Putin stayed away from the gathering, and the Kremlin said the Russian leader's schedule didn't allow the trip.

Mr. Trump told reporters afterward that the meeting was "very productive" and that he expected to speak with Mr. Putin "very soon," possibly before Christmas.
Mr. Lavrov said the two sides had agreed to keep working on what he called "the parameters of a settlement" and that a new round of talks between Russian and American negotiators could take place in the coming weeks.

The encounter unsettled European leaders, who had spent the two-day summit pressing for language in the final communiqué that would name Russia as the aggressor.
Diplomats said the U.S. delegation, led in the drafting talks by Secretary of State Marco Rubio, rejected that wording.
The communiqué adopted on Tuesday instead calls for "a comprehensive, just and lasting peace in Ukraine" without assigning blame.
"It is not a good day when the aggressor gets a front-row seat," European Union foreign-policy chief Kaja Kallas wrote on X.
German Chancellor Friedrich Merz, who met Mr. Trump for breakfast on Tuesday, said he had urged him not to strike any deal "over the heads of the Ukrainians."

Ukraine isn't a member of the G-20, and President Volodymyr Zelensky wasn't invited.
In his nightly address on Monday, Mr. Zelensky said Kyiv would not recognize any understanding reached "without Ukraine at the table."
Mr. Trump has invited him to Washington in January, according to people familiar with the matter.

Saudi Crown Prince Mohammed bin Salman offered to host the next round of U.S.-Russian talks in Riyadh, and Turkish President Recep Tayyip Erdogan made a similar offer for Istanbul.
China was represented by Premier Li Qiang, who met Mr. Lavrov separately.
Kremlin spokesman Dmitry Peskov called the Doral meeting "useful" and said Moscow valued Mr. Trump's "pragmatic approach."

Last month the United Nations Security Council, with Russia abstaining, passed a resolution demanding a cease-fire, but the fighting hasn't stopped.
Russia launched one of its largest drone attacks in months on Ukraine's power grid overnight into Monday, Ukrainian officials said.
""",
    timexes=[
        T("40 minutes", "DURATION", "PT40M"),
        T("Monday", "DATE", "2026-12-14"),
        T("August 2025", "DATE", "2025-08"),
        T("very soon", "DATE", "FUTURE_REF"),
        T("Christmas", "DATE", "2026-12-25"),
        T("the coming weeks", "DATE", "FUTURE_REF"),
        T("two-day", "DURATION", "P2D"),
        T("Tuesday", "DATE", "2026-12-15"),
        T("Tuesday", "DATE", "2026-12-15", n=1),
        T("nightly", "SET", "P1D"),
        T("Monday", "DATE", "2026-12-14", n=1),
        T("January", "DATE", "2027-01"),
        T("Last month", "DATE", "2026-11"),
        T("months", "DURATION", "PXM"),
        T("overnight into Monday", "TIME", "2026-12-13TNI"),
    ],
    events=[
        E("Trump meets Lavrov on the sidelines of the G20 summit at Doral", "CONSULT", ["Donald Trump", "Sergey Lavrov"],
          "2026-12-14", "text", "occurred", "spent 40 minutes"),
        E("Alaska summit of Trump and Putin, attended by Lavrov", "CONSULT",
          ["Donald Trump", "Vladimir Putin", "Sergey Lavrov"], "2025-08", "text", "occurred", "spent 40 minutes",
          note="15 Aug 2025 in Anchorage."),
        E("Putin stays away from the G20 summit", "CONSULT", ["Vladimir Putin"], "2026-12-14", "context", "cancelled",
          "stayed away from the gathering"),
        E("Trump expects to speak with Putin very soon, possibly before Christmas", "CONSULT",
          ["Donald Trump", "Vladimir Putin"], "FUTURE_REF", "vague", "planned", "possibly before Christmas"),
        E("Lavrov: both sides agreed to keep working on the parameters of a settlement", "AGREE",
          ["Sergey Lavrov", "Russia", "United States"], "2026-12-14", "context", "occurred",
          "the parameters of a settlement"),
        E("Possible new round of US-Russian talks", "CONSULT", ["Russia", "United States"], "FUTURE_REF", "vague",
          "uncertain", "the parameters of a settlement"),
        E("Europeans press for communiqué language naming Russia the aggressor", "REQUEST",
          ["European Union", "Russia"], "2026-12-15", "published", "occurred", "name Russia as the aggressor",
          note="Throughout the two-day summit (14-15 Dec 2026)."),
        E("US delegation led by Rubio rejects the wording", "REJECT", ["United States", "Marco Rubio", "European Union"],
          "2026-12-15", "published", "occurred", "rejected that wording",
          note="During the drafting talks of the two-day summit."),
        E("G20 adopts its communiqué", "AGREE",
          ["United States", "Russia", "Germany", "China", "Saudi Arabia", "Turkey", "European Union"], "2026-12-15",
          "text", "occurred", "The communiqué adopted on Tuesday",
          note="The G20 is not canonical; members named in the article."),
        E("G20 communiqué calls for a just and lasting peace in Ukraine", "REQUEST",
          ["United States", "Russia", "Germany", "China", "Saudi Arabia", "Turkey", "European Union", "Ukraine"],
          "2026-12-15", "text", "occurred", "The communiqué adopted on Tuesday"),
        E("Kallas criticises giving the aggressor a front-row seat", "ACCUSE", ["Kaja Kallas", "Russia"], "2026-12-15",
          "published", "occurred", "front-row seat"),
        E("Merz meets Trump for breakfast", "CONSULT", ["Friedrich Merz", "Donald Trump"], "2026-12-15", "text",
          "occurred", "met Mr. Trump for breakfast"),
        E("Merz urges Trump not to strike a deal over the heads of Ukrainians", "REQUEST",
          ["Friedrich Merz", "Donald Trump", "Ukraine"], "2026-12-15", "context", "occurred",
          "met Mr. Trump for breakfast"),
        E("Zelensky: Kyiv will not recognise any understanding reached without Ukraine", "REJECT",
          ["Volodymyr Zelensky", "United States", "Russia"], "2026-12-14", "text", "occurred",
          "without Ukraine at the table"),
        E("Zelensky to visit Washington at Trump's invitation", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"],
          "2027-01", "text", "planned", "invited him to Washington"),
        E("Saudi Arabia offers to host the next US-Russian round in Riyadh", "REQUEST",
          ["Saudi Arabia", "United States", "Russia"], "2026-12-15", "published", "occurred", "offered to host"),
        E("Erdoğan offers Istanbul as a venue", "REQUEST", ["Recep Tayyip Erdoğan", "United States", "Russia"],
          "2026-12-15", "published", "occurred", "offered to host"),
        E("Chinese premier Li Qiang meets Lavrov", "CONSULT", ["China", "Sergey Lavrov"], "2026-12-15", "published",
          "occurred", "met Mr. Lavrov separately", note="Li Qiang is not canonical; credited to China."),
        E("Peskov calls the Doral meeting useful and praises Trump's approach", "SUPPORT",
          ["Dmitry Peskov", "Donald Trump"], "2026-12-15", "published", "occurred", "pragmatic approach"),
        E("UN Security Council resolution demanding a ceasefire", "REQUEST", ["United Nations", "Russia", "Ukraine"],
          "2026-11", "text", "occurred", "passed a resolution demanding a cease-fire"),
        E("Large Russian drone attack on Ukraine's power grid", "ASSAULT", ["Russia", "Ukraine"], "2026-12-13TNI",
          "text", "occurred", "largest drone attacks"),
    ],
    statements=[
        S("Kremlin", "Putin's schedule did not allow the trip", "2026-12-15", "published",
          "stayed away from the gathering"),
        S("Donald Trump", "The meeting was very productive; expects to speak with Putin very soon", "2026-12-14",
          "context", "possibly before Christmas"),
        S("Sergey Lavrov", "Both sides agreed to keep working on a settlement; new talks could follow in coming weeks",
          "2026-12-14", "context", "the parameters of a settlement"),
        S("Kaja Kallas", "It is not a good day when the aggressor gets a front-row seat", "2026-12-15", "published",
          "front-row seat"),
        S("Friedrich Merz", "Urged Trump not to strike a deal over the heads of Ukrainians", "2026-12-15", "context",
          "met Mr. Trump for breakfast"),
        S("Volodymyr Zelensky", "Kyiv will not recognise any understanding reached without Ukraine at the table",
          "2026-12-14", "text", "without Ukraine at the table"),
        S("Saudi Arabia", "Offers to host the next round of US-Russian talks in Riyadh", "2026-12-15", "published",
          "offered to host"),
        S("Recep Tayyip Erdoğan", "Offers Istanbul for the next round of talks", "2026-12-15", "published",
          "offered to host"),
        S("Dmitry Peskov", "The Doral meeting was useful; Moscow values Trump's pragmatic approach", "2026-12-15",
          "published", "pragmatic approach"),
        S("Ukraine", "Russia launched one of its largest drone attacks in months on the power grid", "2026-12-15",
          "published", "largest drone attacks"),
    ],
    actors=["Donald Trump", "Sergey Lavrov", "Russia", "United States", "Ukraine", "Vladimir Putin", "Kremlin",
            "European Union", "Marco Rubio", "Kaja Kallas", "Friedrich Merz", "Germany", "Volodymyr Zelensky",
            "Saudi Arabia", "Recep Tayyip Erdoğan", "Turkey", "China", "Dmitry Peskov", "United Nations"],
)

# ---------------------------------------------------------------------------------------------
# b19en04: Kyiv Post, Saturday 20 July 2024.
EN04 = dict(
    id="b19en04_zelensky_trump_call_blenheim_2024_07",
    lang="en",
    published="2024-07-20",
    body="""
Zelensky, Trump Agree to Meet in First Call Since Assassination Attempt
President Volodymyr Zelensky said he had a "very good" phone call with Donald Trump on Friday, congratulating the Republican on his nomination and condemning last weekend's attempt on his life in Pennsylvania.
"We agreed to discuss at a personal meeting what steps can make peace fair and truly lasting," Zelensky wrote on X after the call.
Trump, who accepted his party's nomination at the convention in Milwaukee on Thursday night, posted on Truth Social that he and Zelensky would "bring peace to the world" and end a war that "has cost so many lives."
His running mate, Ohio Senator JD Vance, has been one of the most outspoken opponents of further U.S. aid to Kyiv.

The Kremlin was quick to react.
Kremlin spokesman Dmitry Peskov said on Friday that Trump's declared wish to end the war was welcome, but that Moscow would judge him by deeds rather than words.
Peskov also repeated Moscow's demand that Ukraine pull its troops out of the four regions Russia claims as its own, a condition Russian dictator Vladimir Putin first set out in June.

The call came after Zelensky attended the European Political Community summit at Blenheim Palace near Oxford on Thursday, where British Prime Minister Keir Starmer, in office for just two weeks, confirmed London's pledge of £3 billion a year in military aid "for as long as it takes."
On Friday, Zelensky addressed the British cabinet in Downing Street, the first foreign leader to do so in person since Bill Clinton in 1997.

Hungarian Prime Minister Viktor Orban, who met Putin in Moscow and Trump in Florida this month on what he calls a "peace mission," told EU leaders in a letter that Trump would be ready to mediate immediately after the U.S. election.
Zelensky had accused Orban earlier this month of acting without any mandate from Ukraine or the EU.

Overnight, Russia launched 26 drones and two missiles at Ukraine, according to the Air Force, which said 24 of the drones were shot down.
Foreign Minister Dmytro Kuleba is set to travel to China next week, the ministry said, his first visit since the full-scale invasion.
""",
    timexes=[
        T("Friday", "DATE", "2024-07-19"),
        T("last weekend", "DATE", "2024-W28-WE"),
        T("Thursday night", "TIME", "2024-07-18TNI"),
        T("Friday", "DATE", "2024-07-19", n=1),
        T("June", "DATE", "2024-06"),
        T("Thursday", "DATE", "2024-07-18", n=1),
        T("two weeks", "DURATION", "P2W"),
        T("a year", "SET", "P1Y"),
        T("Friday", "DATE", "2024-07-19", n=2),
        T("1997", "DATE", "1997"),
        T("this month", "DATE", "2024-07"),
        T("earlier this month", "DATE", "2024-07"),
        T("Overnight", "TIME", "2024-07-19TNI"),
        T("next week", "DATE", "2024-W30"),
    ],
    events=[
        E("Zelensky-Trump phone call", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"], "2024-07-19", "text",
          "occurred", "phone call with Donald Trump on Friday"),
        E("Zelensky congratulates Trump on his nomination", "SUPPORT", ["Volodymyr Zelensky", "Donald Trump"],
          "2024-07-19", "text", "occurred", "phone call with Donald Trump on Friday"),
        E("Zelensky and Trump agree to discuss peace at a personal meeting", "AGREE",
          ["Volodymyr Zelensky", "Donald Trump"], "2024-07-19", "context", "occurred", "We agreed to discuss"),
        E("Planned personal meeting of Zelensky and Trump", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"],
          "2024-07-20", "published", "planned", "We agreed to discuss", note="No date given."),
        E("Peskov welcomes Trump's wish to end the war", "SUPPORT", ["Dmitry Peskov", "Donald Trump"], "2024-07-19",
          "text", "occurred", "declared wish to end the war"),
        E("Peskov repeats the demand that Ukraine withdraw from four regions", "REQUEST",
          ["Dmitry Peskov", "Russia", "Ukraine"], "2024-07-19", "context", "occurred", "repeated Moscow's demand"),
        E("Putin sets the condition that Ukraine withdraw from four regions", "REQUEST", ["Vladimir Putin", "Ukraine"],
          "2024-06", "text", "occurred", "repeated Moscow's demand", note="14 June 2024."),
        E("Zelensky attends the European Political Community summit at Blenheim Palace hosted by Starmer", "CONSULT",
          ["Volodymyr Zelensky", "Keir Starmer"], "2024-07-18", "text", "occurred", "Blenheim Palace"),
        E("Starmer confirms the UK's pledge of £3 billion a year in military aid", "AID",
          ["Keir Starmer", "United Kingdom", "Ukraine"], "2024-07-18", "context", "occurred", "Blenheim Palace"),
        E("Zelensky addresses the British cabinet in Downing Street", "CONSULT", ["Volodymyr Zelensky", "United Kingdom"],
          "2024-07-19", "text", "occurred", "addressed the British cabinet"),
        E("Orbán meets Putin in Moscow", "CONSULT", ["Viktor Orbán", "Vladimir Putin"], "2024-07", "text", "occurred",
          "peace mission", note="5 July 2024."),
        E("Orbán meets Trump in Florida", "CONSULT", ["Viktor Orbán", "Donald Trump"], "2024-07", "text", "occurred",
          "peace mission", note="11 July 2024."),
        E("Zelensky accuses Orbán of acting without a mandate", "ACCUSE", ["Volodymyr Zelensky", "Viktor Orbán"],
          "2024-07", "text", "occurred", "without any mandate"),
        E("Russian drone and missile attack overnight", "ASSAULT", ["Russia", "Ukraine"], "2024-07-19TNI", "text",
          "occurred", "26 drones and two missiles"),
        E("Kuleba to travel to China", "CONSULT", ["Ukraine", "China"], "2024-W30", "text", "planned",
          "set to travel to China", note="Kuleba is not canonical; credited to Ukraine."),
    ],
    statements=[
        S("Volodymyr Zelensky", "Had a very good call with Trump; congratulated him and condemned the attempt on his life",
          "2024-07-19", "text", "phone call with Donald Trump on Friday"),
        S("Volodymyr Zelensky", "Agreed with Trump to discuss at a personal meeting how to make peace fair and lasting",
          "2024-07-19", "context", "We agreed to discuss"),
        S("Donald Trump", "He and Zelensky will bring peace to the world and end the war", "2024-07-19", "context",
          "bring peace to the world"),
        S("Dmitry Peskov", "Trump's wish to end the war is welcome; Moscow will judge him by deeds", "2024-07-19",
          "text", "declared wish to end the war"),
        S("Dmitry Peskov", "Ukraine must withdraw its troops from the four regions", "2024-07-19", "context",
          "repeated Moscow's demand"),
        S("Viktor Orbán", "Trump would be ready to mediate immediately after the US election", "2024-07-20",
          "published", "peace mission"),
        S("Volodymyr Zelensky", "Orbán acts without any mandate from Ukraine or the EU", "2024-07", "text",
          "without any mandate"),
        S("Ukraine", "Russia launched 26 drones and two missiles; 24 drones were shot down", "2024-07-20", "published",
          "26 drones and two missiles"),
        S("Ukraine", "Kuleba will travel to China next week", "2024-07-20", "published", "set to travel to China"),
    ],
    actors=["Volodymyr Zelensky", "Donald Trump", "JD Vance", "United States", "Kremlin", "Dmitry Peskov", "Russia",
            "Ukraine", "Vladimir Putin", "Keir Starmer", "United Kingdom", "Viktor Orbán", "European Union", "China"],
)

# ---------------------------------------------------------------------------------------------
# b19en05: Radio Free Europe/Radio Liberty, Wednesday 8 June 2022.
EN05 = dict(
    id="b19en05_lavrov_ankara_grain_corridor_2022_06",
    lang="en",
    published="2022-06-08",
    body="""
Lavrov In Ankara Says Ball In Ukraine's Court On Grain Corridor; Kyiv Cries Foul
ANKARA -- Russian Foreign Minister Sergei Lavrov said on June 8 that it was up to Ukraine to clear the mines from its Black Sea ports if grain exports were to resume, as he held talks in Ankara with his Turkish counterpart on a UN-backed plan for safe shipping corridors.
Russia would not use the corridors to attack Odesa, Lavrov told a joint news conference with Mevlut Cavusoglu, adding that Moscow had given that assurance "to our Turkish colleagues."
Cavusoglu called the UN plan "reasonable" and said Turkey was ready to host a meeting of Russian, Ukrainian, and UN officials in Istanbul to finalize it.

Lavrov repeated Moscow's demand that restrictions imposed by the United States and the European Union on Russian ships, insurance, and payments be eased as part of any arrangement.
Asked by a Ukrainian journalist about grain allegedly stolen from occupied areas, Lavrov brushed the question aside, saying Ukrainians were "always concerned about something."

Kyiv, which was not invited to the talks, was quick to object.
"Any agreements without Ukraine will be rejected," Ukrainian Foreign Ministry spokesman Oleh Nikolenko said, warning that Moscow could use cleared sea lanes to attack the southern coast.
Ukraine's ambassador to Turkey, Vasyl Bodnar, accused Russia of stealing Ukrainian grain and shipping it abroad, including to Turkish ports.
President Volodymyr Zelensky said on June 7 that Ukraine needed weapons and guarantees from partners such as Britain and Turkey so that Russian warships could not enter the port of Odesa once the mines were gone.

UN Secretary-General Antonio Guterres, who discussed grain exports with Vladimir Putin in Moscow in late April, has spent weeks trying to broker a package deal that would also ease Russia's own exports of grain and fertilizer.
Turkish President Recep Tayyip Erdogan raised the corridor idea in a phone call with Putin on May 30.
Kremlin spokesman Dmitry Peskov said no date had been set for a four-way meeting in Istanbul.

Some 20 million tons of grain are stuck in Ukrainian silos, and the UN's World Food Program has warned that the blockade threatens millions with hunger.
Western officials accuse Moscow of using food as a weapon, a charge the Kremlin rejects.
""",
    timexes=[
        T("June 8", "DATE", "2022-06-08"),
        T("June 7", "DATE", "2022-06-07"),
        T("late April", "DATE", "2022-04", mod="END"),
        T("weeks", "DURATION", "PXW"),
        T("May 30", "DATE", "2022-05-30"),
    ],
    events=[
        E("Lavrov holds talks in Ankara with Turkish foreign minister Cavusoglu", "CONSULT", ["Sergey Lavrov", "Turkey"],
          "2022-06-08", "text", "occurred", "held talks in Ankara"),
        E("Lavrov: Ukraine must clear the mines from its ports", "REQUEST", ["Sergey Lavrov", "Ukraine"],
          "2022-06-08", "text", "occurred", "held talks in Ankara"),
        E("Lavrov assures Russia will not use the corridors to attack Odesa", "AGREE",
          ["Sergey Lavrov", "Russia", "Turkey", "Ukraine"], "2022-06-08", "context", "occurred",
          "would not use the corridors"),
        E("Turkey calls the UN plan reasonable", "SUPPORT", ["Turkey", "United Nations"], "2022-06-08", "context",
          "occurred", "Cavusoglu called the UN plan"),
        E("Turkey offers to host a four-way meeting in Istanbul", "REQUEST",
          ["Turkey", "Russia", "Ukraine", "United Nations"], "2022-06-08", "context", "occurred",
          "Cavusoglu called the UN plan"),
        E("Lavrov demands easing of US and EU restrictions on Russian ships and payments", "REQUEST",
          ["Sergey Lavrov", "United States", "European Union"], "2022-06-08", "context", "occurred",
          "Lavrov repeated Moscow's demand"),
        E("Lavrov brushes aside the grain-theft question", "REJECT", ["Sergey Lavrov", "Ukraine"], "2022-06-08",
          "context", "occurred", "always concerned about something"),
        E("Kyiv rejects any agreement made without Ukraine", "REJECT", ["Ukraine", "Russia", "Turkey"], "2022-06-08",
          "published", "occurred", "Any agreements without Ukraine"),
        E("Ukraine's ambassador accuses Russia of stealing Ukrainian grain", "ACCUSE", ["Ukraine", "Russia"],
          "2022-06-08", "published", "occurred", "Vasyl Bodnar"),
        E("Zelensky asks partners such as Britain and Turkey for weapons and guarantees", "REQUEST",
          ["Volodymyr Zelensky", "United Kingdom", "Turkey"], "2022-06-07", "text", "occurred",
          "partners such as Britain and Turkey"),
        E("Guterres discusses grain exports with Putin in Moscow", "CONSULT", ["António Guterres", "Vladimir Putin"],
          "2022-04", "text", "occurred", "discussed grain exports with Vladimir Putin", date_mod="END",
          note="26 April 2022."),
        E("Erdoğan-Putin phone call on the corridor", "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"],
          "2022-05-30", "text", "occurred", "raised the corridor idea"),
        E("Erdoğan proposes the corridor idea to Putin", "REQUEST", ["Recep Tayyip Erdoğan", "Vladimir Putin"],
          "2022-05-30", "text", "occurred", "raised the corridor idea"),
        E("Possible four-way meeting in Istanbul, no date set", "CONSULT",
          ["Russia", "Ukraine", "Turkey", "United Nations"], "2022-06-08", "published", "uncertain",
          "no date had been set", note="No date given."),
    ],
    statements=[
        S("Sergey Lavrov", "It is up to Ukraine to demine its ports for grain exports to resume", "2022-06-08", "text",
          "held talks in Ankara"),
        S("Sergey Lavrov", "Russia will not use the corridors to attack Odesa; assurance given to Turkey", "2022-06-08",
          "context", "would not use the corridors"),
        S("Turkey", "The UN plan is reasonable; Turkey ready to host a meeting in Istanbul", "2022-06-08", "context",
          "Cavusoglu called the UN plan"),
        S("Sergey Lavrov", "US and EU restrictions on Russian ships, insurance and payments must be eased",
          "2022-06-08", "context", "Lavrov repeated Moscow's demand"),
        S("Sergey Lavrov", "Ukrainians are always concerned about something", "2022-06-08", "context",
          "always concerned about something"),
        S("Ukraine", "Any agreements without Ukraine will be rejected; Moscow could use cleared lanes to attack",
          "2022-06-08", "published", "Any agreements without Ukraine"),
        S("Ukraine", "Russia is stealing Ukrainian grain and shipping it abroad", "2022-06-08", "published",
          "Vasyl Bodnar"),
        S("Volodymyr Zelensky", "Ukraine needs weapons and guarantees so Russian warships cannot enter Odesa",
          "2022-06-07", "text", "partners such as Britain and Turkey"),
        S("Dmitry Peskov", "No date has been set for a four-way meeting in Istanbul", "2022-06-08", "published",
          "no date had been set"),
        S("United Nations", "The blockade threatens millions with hunger", "2022-06-08", "published",
          "World Food Program"),
    ],
    actors=["Sergey Lavrov", "Ukraine", "Turkey", "United Nations", "Russia", "United States", "European Union",
            "Volodymyr Zelensky", "United Kingdom", "António Guterres", "Vladimir Putin", "Recep Tayyip Erdoğan",
            "Kremlin", "Dmitry Peskov"],
)

# ---------------------------------------------------------------------------------------------
# b19en06: BBC live page, Friday 30 September 2022 (newest entry first; times BST).
EN06 = dict(
    id="b19en06_live_putin_annexation_nato_application_2022_09",
    lang="en",
    published="2022-09-30",
    body="""
Ukraine war live: Putin annexes four regions as Zelensky applies for fast-track Nato membership
20:05 Russia has vetoed a draft UN Security Council resolution, put forward by the US and Albania, that would have declared the referendums illegal and urged states not to recognise the annexation.
Ten of the council's 15 members voted in favour, while China, India, Brazil and Gabon abstained.
US ambassador Linda Thomas-Greenfield said Washington would take the matter to the General Assembly.

18:30 Nato Secretary General Jens Stoltenberg told reporters in Brussels that the annexation was the largest attempt to seize European territory by force since World War Two.
On Ukraine's application, he said any decision on membership had to be taken by all 30 allies.

17:15 The US has announced sanctions on hundreds of Russian lawmakers and military suppliers.
In a statement, President Joe Biden said the US would "never, never, never" recognise Russia's claims, calling the annexation "fraudulent".
Britain followed with its own measures against officials involved in organising the votes.
EU leaders said in a joint statement that they "firmly reject and unequivocally condemn" the illegal annexation.

16:02 President Volodymyr Zelensky has signed what he called an application for Ukraine's accelerated accession to Nato.
In a video address, he said Kyiv was ready for dialogue with Russia, "but with another president of Russia".

13:20 Speaking in the Kremlin's St George's Hall before signing the annexation treaties with the four Moscow-installed leaders, Vladimir Putin said the residents of Donetsk, Luhansk, Zaporizhzhia and Kherson had become "our citizens, forever".
He called on Kyiv to halt hostilities and return to the negotiating table, but said the annexation itself would not be discussed.
He also accused the United States and its allies of sabotaging the Nord Stream gas pipelines, which were damaged by underwater explosions on Monday.

12:10 At least 25 people were killed when Russian missiles hit a convoy of civilian cars in Zaporizhzhia this morning, Ukrainian officials say.
Moscow-installed officials blamed Ukrainian forces for the strike.

09:40 Kremlin spokesman Dmitry Peskov said yesterday that any attack on the four regions would be treated as an attack on Russia itself.
Meanwhile, Ukrainian troops have almost encircled the strategic town of Lyman in the Donetsk region, according to Ukrainian commanders.
""",
    timexes=[
        T("20:05", "TIME", "2022-09-30T20:05", note="live-page time, BST"),
        T("18:30", "TIME", "2022-09-30T18:30", note="live-page time, BST"),
        T("17:15", "TIME", "2022-09-30T17:15", note="live-page time, BST"),
        T("16:02", "TIME", "2022-09-30T16:02", note="live-page time, BST"),
        T("13:20", "TIME", "2022-09-30T13:20", note="live-page time, BST"),
        T("Monday", "DATE", "2022-09-26"),
        T("12:10", "TIME", "2022-09-30T12:10", note="live-page time, BST"),
        T("this morning", "TIME", "2022-09-30TMO"),
        T("09:40", "TIME", "2022-09-30T09:40", note="live-page time, BST"),
        T("yesterday", "DATE", "2022-09-29"),
    ],
    events=[
        E("Russia vetoes the UN Security Council resolution condemning the annexation", "REJECT",
          ["Russia", "United Nations", "United States"], "2022-09-30", "published", "occurred",
          "Russia has vetoed a draft UN Security Council resolution"),
        E("US (with Albania) proposes a resolution declaring the referendums illegal", "REQUEST",
          ["United States", "United Nations", "Russia"], "2022-09-30", "published", "occurred",
          "Russia has vetoed a draft UN Security Council resolution"),
        E("US to take the matter to the UN General Assembly", "REQUEST", ["United States", "United Nations"],
          "2022-09-30", "published", "planned", "take the matter to the General Assembly", note="No date given."),
        E("Stoltenberg condemns the annexation as the largest land grab since WWII", "ACCUSE",
          ["Jens Stoltenberg", "Russia"], "2022-09-30", "published", "occurred", "largest attempt to seize"),
        E("US sanctions hundreds of Russian lawmakers and military suppliers", "SANCTION", ["United States", "Russia"],
          "2022-09-30", "published", "occurred", "The US has announced sanctions"),
        E("Biden: the US will never recognise Russia's claims", "REJECT", ["Joe Biden", "United States", "Russia"],
          "2022-09-30", "published", "occurred", "never, never, never"),
        E("Biden calls the annexation fraudulent", "ACCUSE", ["Joe Biden", "Russia"], "2022-09-30", "published",
          "occurred", "never, never, never"),
        E("UK sanctions officials involved in the votes", "SANCTION", ["United Kingdom", "Russia"], "2022-09-30",
          "published", "occurred", "Britain followed with its own measures"),
        E("EU leaders reject the annexation", "REJECT", ["European Union", "Russia"], "2022-09-30", "published",
          "occurred", "firmly reject and unequivocally condemn"),
        E("EU leaders condemn the annexation", "ACCUSE", ["European Union", "Russia"], "2022-09-30", "published",
          "occurred", "firmly reject and unequivocally condemn"),
        E("Zelensky signs Ukraine's application for accelerated NATO accession", "REQUEST",
          ["Volodymyr Zelensky", "NATO"], "2022-09-30", "published", "occurred", "accelerated accession to Nato"),
        E("Zelensky rules out talks with Putin", "REJECT", ["Volodymyr Zelensky", "Vladimir Putin"], "2022-09-30",
          "published", "occurred", "but with another president of Russia"),
        E("Putin signs treaties annexing four Ukrainian regions", "COERCE", ["Vladimir Putin", "Russia", "Ukraine"],
          "2022-09-30", "published", "occurred", "St George's Hall"),
        E("Putin signs the annexation treaties with the Moscow-installed leaders", "AGREE", ["Vladimir Putin"],
          "2022-09-30", "published", "occurred", "St George's Hall",
          note="The other signatories are not canonical."),
        E("Putin calls on Kyiv to halt hostilities and return to talks", "REQUEST", ["Vladimir Putin", "Ukraine"],
          "2022-09-30", "published", "occurred", "return to the negotiating table"),
        E("Putin: the annexation is not up for discussion", "REJECT", ["Vladimir Putin", "Ukraine"], "2022-09-30",
          "published", "occurred", "return to the negotiating table"),
        E("Putin accuses the US and its allies of sabotaging Nord Stream", "ACCUSE", ["Vladimir Putin", "United States"],
          "2022-09-30", "published", "occurred", "sabotaging the Nord Stream"),
        E("Explosions damage the Nord Stream pipelines", "ASSAULT", ["Russia"], "2022-09-26", "text", "occurred",
          "sabotaging the Nord Stream",
          note="Perpetrator unknown; Putin blames the US. Only the affected party named in the text is listed."),
        E("Russian missile strike on a civilian convoy in Zaporizhzhia", "ASSAULT", ["Russia", "Ukraine"],
          "2022-09-30TMO", "text", "occurred", "convoy of civilian cars"),
        E("Moscow-installed officials blame Ukraine for the convoy strike", "ACCUSE", ["Russia", "Ukraine"],
          "2022-09-30", "published", "occurred", "Moscow-installed officials blamed"),
        E("Peskov: an attack on the four regions would be an attack on Russia", "THREATEN", ["Dmitry Peskov", "Ukraine"],
          "2022-09-29", "text", "occurred", "treated as an attack on Russia itself"),
        E("Ukrainian troops almost encircle Lyman", "ASSAULT", ["Ukraine", "Russia"], "2022-09-30", "published",
          "occurred", "almost encircled the strategic town of Lyman"),
    ],
    statements=[
        S("United States", "Washington will take the matter to the General Assembly", "2022-09-30", "published",
          "take the matter to the General Assembly"),
        S("Jens Stoltenberg", "The annexation is the largest attempt to seize European territory by force since WWII",
          "2022-09-30", "published", "largest attempt to seize"),
        S("Jens Stoltenberg", "Any decision on Ukraine's membership must be taken by all 30 allies", "2022-09-30",
          "published", "all 30 allies"),
        S("Joe Biden", "The US will never recognise Russia's claims; the annexation is fraudulent", "2022-09-30",
          "published", "never, never, never"),
        S("European Union", "Firmly reject and unequivocally condemn the illegal annexation", "2022-09-30",
          "published", "firmly reject and unequivocally condemn"),
        S("Volodymyr Zelensky", "Kyiv is ready for dialogue with Russia, but with another president", "2022-09-30",
          "published", "but with another president of Russia"),
        S("Vladimir Putin", "Residents of the four regions are Russian citizens forever", "2022-09-30", "published",
          "St George's Hall"),
        S("Vladimir Putin", "Kyiv should halt hostilities and negotiate, but the annexation is not up for discussion",
          "2022-09-30", "published", "return to the negotiating table"),
        S("Vladimir Putin", "The US and its allies sabotaged the Nord Stream pipelines", "2022-09-30", "published",
          "sabotaging the Nord Stream"),
        S("Ukraine", "At least 25 killed when Russian missiles hit a civilian convoy in Zaporizhzhia", "2022-09-30",
          "published", "convoy of civilian cars"),
        S("Russia", "Ukrainian forces carried out the convoy strike", "2022-09-30", "published",
          "Moscow-installed officials blamed"),
        S("Dmitry Peskov", "Any attack on the four regions would be treated as an attack on Russia", "2022-09-29",
          "text", "treated as an attack on Russia itself"),
        S("Ukraine", "Ukrainian troops have almost encircled Lyman", "2022-09-30", "published",
          "almost encircled the strategic town of Lyman"),
    ],
    actors=["Russia", "Volodymyr Zelensky", "NATO", "Vladimir Putin", "United Nations", "United States", "China",
            "Jens Stoltenberg", "Ukraine", "Joe Biden", "United Kingdom", "European Union", "Kremlin",
            "Dmitry Peskov"],
)

DOCS = [EN01, EN02, EN03, EN04, EN05, EN06]
