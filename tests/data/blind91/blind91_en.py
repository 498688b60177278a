"""English articles of the blind91 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


# ---------------------------------------------------------------- b91en01 (Gulf Today)
EN01 = """
Ukraine, US open crucial talks in Jeddah hours after Kyiv's biggest drone strike on Moscow

JEDDAH: Senior Ukrainian and American officials sat down for high-stakes talks in Jeddah on Tuesday, their first formal meeting since the public clash between US President Donald Trump and Ukrainian President Volodymyr Zelensky at the White House on Feb. 28.
The meeting at a hotel on the Red Sea coast was opened by Saudi Foreign Minister Prince Faisal Bin Farhan and National Security Adviser Musaed Al-Aiban, who welcomed both delegations before leaving them to negotiate on their own.
The Ukrainian delegation is led by Andriy Yermak, head of the Presidential Office, and includes Foreign Minister Andrii Sybiha and Defence Minister Rustem Umerov, while Secretary of State Marco Rubio and National Security Adviser Mike Waltz head the US team.
"We are ready to do everything to achieve peace," Yermak told reporters as he arrived at the venue in the morning.

Kyiv is expected to propose a ceasefire in the skies and at sea, the release of prisoners of war and the return of deported children, officials in Kyiv said.
Speaking to reporters on his way to the Kingdom on Monday, Rubio called the idea of a partial truce "not bad" but said it would not be enough on its own to end the war.
He also said Ukraine would have to be prepared to make "difficult concessions" on territory.

Hours before the talks began, Kyiv launched its biggest drone attack on the Russian capital since the start of the war, a move Ukrainian officials described as a reminder that Moscow, too, should be interested in a truce in the air.
Russia's Defence Ministry said its air defences had shot down 337 Ukrainian drones overnight, 91 of them over the Moscow region, where at least three people were killed and all four Moscow airports were temporarily closed.
Foreign Ministry spokeswoman Maria Zakharova accused "the Kyiv regime" of trying to sabotage peace efforts and said the attack "will not go unanswered."
Russia in turn fired 126 drones and a ballistic missile at Ukraine during the night, damaging energy facilities in the Odesa and Kharkiv regions, Ukraine's air force said.

The Kremlin said it had no plans for contacts with the Ukrainian delegation but was following the talks closely.
Spokesman Dmitry Peskov said Moscow expected Washington to inform it about the results "through the channels that exist."
Zelensky, who was received by Crown Prince Mohammed Bin Salman on Monday evening, stayed in Jeddah but did not join the talks.
In a post on X, he thanked the Crown Prince for a "substantive" meeting and said Saudi mediation had already helped bring home Ukrainian prisoners of war.

The Kingdom hosted the first high-level US-Russian talks since the invasion in Riyadh on Feb. 18, when Rubio met Russian Foreign Minister Sergey Lavrov.
Saudi officials have said the Kingdom is ready to keep hosting such contacts "for as long as the parties need," and Riyadh is also seen as a possible venue for a meeting between Trump and Russian President Vladimir Putin later this year.
"""

D01 = doc(
    "b91en01_jeddah_talks_open_moscow_drones_2025_03", "2025-03-11", EN01,
    [
        T("Tuesday", "DATE", "2025-03-11"),
        T("Feb. 28", "DATE", "2025-02-28"),
        T("the morning", "TIME", "2025-03-11TMO"),
        T("Monday", "DATE", "2025-03-10"),
        T("overnight", "TIME", "2025-03-10TNI", note="night of 10 to 11 March"),
        T("the night", "TIME", "2025-03-10TNI"),
        T("Monday evening", "TIME", "2025-03-10TEV"),
        T("Feb. 18", "DATE", "2025-02-18"),
        T("this year", "DATE", "2025"),
    ],
    [
        E("US–Ukrainian talks in Jeddah", "CONSULT",
          ["United States", "Ukraine", "Andriy Yermak", "Andrii Sybiha", "Rustem Umerov", "Marco Rubio"],
          "2025-03-11", "text", "occurred", "sat down for high-stakes talks"),
        E("Oval Office clash between Trump and Zelensky", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"],
          "2025-02-28", "text", "occurred", "sat down for high-stakes talks"),
        E("Saudi ministers open the meeting and welcome both delegations", "CONSULT",
          ["Saudi Arabia", "United States", "Ukraine"], "2025-03-11", "context", "occurred",
          "welcomed both delegations"),
        E("Kyiv to propose a ceasefire in the skies and at sea, a prisoner release and the return of children",
          "REQUEST", ["Ukraine", "United States"], "2025-03-11", "context", "planned",
          "Kyiv is expected to propose"),
        E("Rubio: Ukraine must be prepared for difficult concessions on territory", "REQUEST",
          ["Marco Rubio", "Ukraine"], "2025-03-10", "context", "occurred", "difficult concessions"),
        E("Ukraine's drone attack on the Moscow region", "ASSAULT", ["Ukraine", "Russia"], "2025-03-10TNI", "text",
          "occurred", "337 Ukrainian drones overnight"),
        E("Zakharova accuses Kyiv of trying to sabotage peace efforts", "ACCUSE", ["Maria Zakharova", "Ukraine"],
          "2025-03-11", "published", "occurred", "Foreign Ministry spokeswoman Maria Zakharova"),
        E("Zakharova: the attack will not go unanswered", "THREATEN", ["Maria Zakharova", "Ukraine"], "2025-03-11",
          "published", "occurred", "Foreign Ministry spokeswoman Maria Zakharova"),
        E("Russia fires 126 drones and a ballistic missile at Ukraine", "ASSAULT", ["Russia", "Ukraine"],
          "2025-03-10TNI", "text", "occurred", "Russia in turn fired 126 drones"),
        E("Crown Prince Mohammed Bin Salman receives Zelensky", "CONSULT", ["Saudi Arabia", "Volodymyr Zelensky"],
          "2025-03-10TEV", "text", "occurred", "was received by Crown Prince"),
        E("Zelensky thanks the Crown Prince", "SUPPORT", ["Volodymyr Zelensky", "Saudi Arabia"], "2025-03-10",
          "context", "occurred", "he thanked the Crown Prince"),
        E("Rubio and Lavrov meet in Riyadh", "CONSULT",
          ["Saudi Arabia", "United States", "Russia", "Marco Rubio", "Sergey Lavrov"], "2025-02-18", "text",
          "occurred", "The Kingdom hosted the first high-level"),
        E("Saudi Arabia offers to keep hosting US–Russian contacts", "REQUEST",
          ["Saudi Arabia", "United States", "Russia"], "2025-03-11", "published", "occurred",
          "ready to keep hosting"),
        E("Possible Trump–Putin meeting in Riyadh", "CONSULT", ["Donald Trump", "Vladimir Putin", "Saudi Arabia"],
          "2025", "text", "uncertain", "ready to keep hosting"),
    ],
    [
        S("Andriy Yermak", "We are ready to do everything to achieve peace", "2025-03-11TMO", "text",
          "We are ready to do everything"),
        S("Ukraine", "Kyiv will propose a ceasefire in the skies and at sea, a prisoner release and the return of "
          "children", "2025-03-11", "published", "Kyiv is expected to propose"),
        S("Marco Rubio", "A partial truce is not bad but not enough to end the war", "2025-03-10", "text",
          "Speaking to reporters on his way"),
        S("Marco Rubio", "Ukraine must be prepared to make difficult concessions on territory", "2025-03-10",
          "context", "difficult concessions"),
        S("Ukraine", "The drone attack is a reminder that Moscow should want a truce in the air", "2025-03-11",
          "published", "Hours before the talks began"),
        S("Russia", "Defence Ministry: 337 Ukrainian drones shot down overnight", "2025-03-11", "published",
          "337 Ukrainian drones overnight"),
        S("Maria Zakharova", "The Kyiv regime tries to sabotage peace efforts; the attack will not go unanswered",
          "2025-03-11", "published", "Foreign Ministry spokeswoman Maria Zakharova"),
        S("Ukraine", "Air force: Russia fired 126 drones and a ballistic missile", "2025-03-11", "published",
          "Russia in turn fired 126 drones"),
        S("Kremlin", "No contacts planned with the Ukrainian delegation; following the talks closely", "2025-03-11",
          "published", "The Kremlin said it had no plans"),
        S("Dmitry Peskov", "Moscow expects Washington to inform it through existing channels", "2025-03-11",
          "published", "Spokesman Dmitry Peskov said"),
        S("Volodymyr Zelensky", "Thanks the Crown Prince for a substantive meeting; Saudi mediation helped free POWs",
          "2025-03-10", "context", "he thanked the Crown Prince"),
        S("Saudi Arabia", "The Kingdom is ready to keep hosting contacts as long as the parties need", "2025-03-11",
          "published", "ready to keep hosting"),
    ],
    ["United States", "Ukraine", "Donald Trump", "Volodymyr Zelensky", "Saudi Arabia", "Andriy Yermak",
     "Andrii Sybiha", "Rustem Umerov", "Marco Rubio", "Russia", "Maria Zakharova", "Kremlin", "Dmitry Peskov",
     "Sergey Lavrov", "Vladimir Putin"],
)

# ---------------------------------------------------------------- b91en02 (The Insider)
EN02 = """
Putin dons uniform in Kursk as his aide calls US truce plan a "respite" for Ukraine's army

Vladimir Putin has given his first answer to the US-Ukrainian ceasefire proposal, and he did not deliver it at a negotiating table.
On Wednesday evening, the Kremlin released footage of the Russian president in military fatigues, the first time he has worn them since the full-scale invasion, visiting a command post in the Kursk region, where Ukrainian troops have held territory since last August.
He told commanders that captured Ukrainian fighters in the region should be treated as terrorists under Russian law, and demanded that the area be "completely liberated" as soon as possible.

On Thursday morning, Putin's foreign policy aide Yuri Ushakov went further.
He told state television he had spoken by phone on Wednesday with US National Security Adviser Mike Waltz and told him that a 30-day ceasefire would be "nothing other than a temporary respite for the Ukrainian military."
"Nobody needs steps that only imitate peaceful actions," Ushakov said, adding that Moscow's goal was a long-term settlement that takes Russia's "legitimate interests" into account.
It was the first substantive reaction from the Kremlin since the Jeddah talks on Tuesday, at which Kyiv accepted the US proposal for a 30-day truce and Washington resumed military aid and intelligence sharing.

US special envoy Steve Witkoff was due to land in Moscow later on Thursday.
Kremlin spokesman Dmitry Peskov confirmed that meetings with him were planned but would not say whether Putin would receive him.
Witkoff was last in Moscow a month ago, when he flew home the American teacher Marc Fogel, who had been serving a 14-year sentence in a Russian penal colony.
Putin himself was scheduled to receive Belarusian leader Alexander Lukashenko at the Kremlin in the afternoon, followed by a joint press conference.

In Washington, President Donald Trump said on Wednesday he hoped Putin would agree, but warned that he could do things "financially" that would be "very bad for Russia."
The same day, the US Treasury quietly allowed a licence to expire that had permitted energy-related payments through Russian banks such as Sberbank and Gazprombank.
Presenters on Russian state television nevertheless portrayed the Jeddah outcome as proof that Washington had "forced" Kyiv back to the table.

Ukrainian President Volodymyr Zelensky said on Wednesday evening that he expected "strong steps" from the United States if Moscow rejected the ceasefire.
"We have made our move. Now it is up to Russia to show whether it wants to end the war or to continue it," he said in his nightly address.
Defence Minister Rustem Umerov said Ukraine had also handed the Americans in Jeddah a list of prisoners of war and deported children it wants returned.
"""

D02 = doc(
    "b91en02_putin_kursk_ushakov_respite_2025_03", "2025-03-13", EN02,
    [
        T("Wednesday evening", "TIME", "2025-03-12TEV", 0),
        T("last August", "DATE", "2024-08"),
        T("Thursday morning", "TIME", "2025-03-13TMO"),
        T("Wednesday", "DATE", "2025-03-12", 1),
        T("30-day", "DURATION", "P30D", 0),
        T("Tuesday", "DATE", "2025-03-11"),
        T("30-day", "DURATION", "P30D", 1),
        T("Thursday", "DATE", "2025-03-13", 1),
        T("a month ago", "DATE", "2025-02"),
        T("14-year", "DURATION", "P14Y"),
        T("the afternoon", "TIME", "2025-03-13TAF"),
        T("Wednesday", "DATE", "2025-03-12", 2),
        T("The same day", "DATE", "2025-03-12"),
        T("Wednesday evening", "TIME", "2025-03-12TEV", 1),
        T("Now", "DATE", "PRESENT_REF", note="in Zelensky's quote"),
        T("nightly", "SET", "P1D"),
    ],
    [
        E("Ukrainian troops hold territory in the Kursk region since August 2024", "COERCE", ["Ukraine", "Russia"],
          "2024-08", "text", "occurred", "where Ukrainian troops have held territory", date_mod="START"),
        E("Putin: captured Ukrainian fighters to be treated as terrorists", "THREATEN", ["Vladimir Putin", "Ukraine"],
          "2025-03-12TEV", "context", "occurred", "should be treated as terrorists"),
        E("Putin demands that Ukrainian troops be driven out of the Kursk region", "ASSAULT",
          ["Vladimir Putin", "Ukraine"], "2025-03-13", "published", "planned", "should be treated as terrorists",
          note="no date given for the offensive; demand made on 12 March"),
        E("Ushakov–Waltz phone call", "CONSULT", ["Yuri Ushakov", "United States"], "2025-03-12", "text", "occurred",
          "spoken by phone on Wednesday"),
        E("Ushakov dismisses the 30-day ceasefire as a respite for the Ukrainian military", "REJECT",
          ["Yuri Ushakov", "United States", "Ukraine"], "2025-03-12", "context", "occurred",
          "spoken by phone on Wednesday"),
        E("Ushakov: a settlement must take Russia's legitimate interests into account", "REQUEST",
          ["Yuri Ushakov", "United States"], "2025-03-13", "context", "occurred", "Nobody needs steps"),
        E("US–Ukrainian talks in Jeddah", "CONSULT", ["United States", "Ukraine"], "2025-03-11", "text", "occurred",
          "since the Jeddah talks on Tuesday"),
        E("Kyiv accepts the US proposal for a 30-day truce", "AGREE", ["Ukraine", "United States"], "2025-03-11",
          "context", "occurred", "since the Jeddah talks on Tuesday"),
        E("Washington resumes military aid and intelligence sharing", "AID", ["United States", "Ukraine"],
          "2025-03-11", "context", "occurred", "since the Jeddah talks on Tuesday"),
        E("Witkoff due in Moscow", "CONSULT", ["Steve Witkoff", "Russia"], "2025-03-13", "text", "planned",
          "was due to land in Moscow"),
        E("Whether Putin will receive Witkoff is left open", "CONSULT", ["Vladimir Putin", "Steve Witkoff"],
          "2025-03-13", "context", "uncertain", "would not say whether Putin would receive him"),
        E("Witkoff's earlier visit to Moscow", "CONSULT", ["Steve Witkoff", "Russia"], "2025-02", "text", "occurred",
          "Witkoff was last in Moscow"),
        E("Russia releases the American teacher Marc Fogel", "CONCEDE", ["Russia", "United States"], "2025-02",
          "context", "occurred", "Witkoff was last in Moscow"),
        E("Putin to receive Lukashenko at the Kremlin", "CONSULT", ["Vladimir Putin", "Alexander Lukashenko"],
          "2025-03-13TAF", "text", "planned", "scheduled to receive Belarusian leader"),
        E("Trump warns of financial steps that would be very bad for Russia", "THREATEN", ["Donald Trump", "Russia"],
          "2025-03-12", "text", "occurred", "very bad for Russia"),
        E("US Treasury lets a licence for energy payments through Russian banks expire", "SANCTION",
          ["United States", "Russia"], "2025-03-12", "text", "occurred", "The same day"),
        E("Zelensky expects strong steps from the US if Moscow rejects the ceasefire", "REQUEST",
          ["Volodymyr Zelensky", "United States"], "2025-03-12TEV", "text", "occurred", "strong steps"),
        E("Ukraine hands the Americans a list of prisoners and deported children", "REQUEST",
          ["Rustem Umerov", "United States"], "2025-03-11", "context", "occurred", "handed the Americans in Jeddah"),
    ],
    [
        S("Vladimir Putin", "Captured Ukrainian fighters are terrorists; the region must be completely liberated",
          "2025-03-12TEV", "context", "should be treated as terrorists"),
        S("Yuri Ushakov", "Told Waltz a 30-day ceasefire would only be a respite for the Ukrainian military",
          "2025-03-13", "context", "spoken by phone on Wednesday"),
        S("Yuri Ushakov", "Nobody needs steps imitating peace; the goal is a settlement respecting Russia's interests",
          "2025-03-13", "context", "Nobody needs steps"),
        S("Dmitry Peskov", "Meetings with Witkoff are planned; no word on whether Putin receives him", "2025-03-13",
          "published", "Kremlin spokesman Dmitry Peskov confirmed"),
        S("Donald Trump", "Hopes Putin agrees; could do financial things very bad for Russia", "2025-03-12", "text",
          "very bad for Russia"),
        S("Volodymyr Zelensky", "Expects strong steps from the US if Moscow rejects the ceasefire", "2025-03-12TEV",
          "text", "strong steps"),
        S("Volodymyr Zelensky", "We have made our move; it is up to Russia to show whether it wants to end the war",
          "2025-03-12TEV", "context", "We have made our move"),
        S("Rustem Umerov", "Ukraine handed the Americans a list of POWs and deported children", "2025-03-13",
          "published", "handed the Americans in Jeddah"),
    ],
    ["Vladimir Putin", "United States", "Ukraine", "Kremlin", "Russia", "Yuri Ushakov", "Steve Witkoff",
     "Dmitry Peskov", "Alexander Lukashenko", "Belarus", "Donald Trump", "Volodymyr Zelensky", "Rustem Umerov"],
)

# ---------------------------------------------------------------- b91en03 (Daily Record)
EN03 = """
Trump to speak to Putin on Tuesday as 'land and power plants' put on table

Donald Trump will speak to Vladimir Putin tomorrow in a bid to secure a ceasefire in Ukraine, after claiming "a lot of work" had been done over the weekend.
The US President told reporters aboard Air Force One on Sunday night that the two leaders would discuss "land" and "power plants".
Asked about possible concessions, he said they were already talking about "dividing up certain assets".

The Kremlin confirmed this morning that the call would go ahead, with spokesman Dmitry Peskov saying preparations were under way but refusing to say what Putin would put forward.
US envoy Steve Witkoff, who spent more than three hours with Putin in Moscow on Thursday, told CNN yesterday that the gaps between the two sides had "narrowed".
Mike Waltz, the White House national security adviser, added in a separate interview that Ukraine would have to face "realities" about the territory Russia now holds.

In Kyiv, President Volodymyr Zelensky said on Sunday evening that Putin was "dragging out" the process and insisted Ukraine would never recognise occupied land as Russian.
Prime Minister Sir Keir Starmer, who hosted a video call with around 25 leaders on Saturday, said the "coalition of the willing" was moving into an "operational phase" and that military chiefs would meet in the UK on Thursday.
"Putin cannot keep playing games," Sir Keir said.
EU foreign ministers were meeting in Brussels today, where the bloc's foreign policy chief Kaja Kallas urged member states to agree a new package of military aid before Thursday's summit of EU leaders.

Russia, meanwhile, kept up its attacks, firing 90 drones at Ukraine overnight, while Moscow said it had downed 31 Ukrainian drones over its border regions.
Foreign Ministry spokeswoman Maria Zakharova on Thursday ruled out British or French peacekeepers in Ukraine and branded such plans "a provocation".

In Scotland, where more than 26,000 Ukrainians have arrived under the Scottish Government's super sponsor scheme since 2022, community groups said the news brought "hope but no illusions".
First Minister John Swinney said on Saturday that Scotland would stand with Ukraine "for as long as it takes".
"""

D03 = doc(
    "b91en03_trump_putin_call_ahead_2025_03", "2025-03-17", EN03,
    [
        T("Tuesday", "DATE", "2025-03-18"),
        T("tomorrow", "DATE", "2025-03-18"),
        T("the weekend", "DATE", "2025-W11-WE"),
        T("Sunday night", "TIME", "2025-03-16TNI"),
        T("this morning", "TIME", "2025-03-17TMO"),
        T("more than three hours", "DURATION", "PT3H", mod="MORE_THAN"),
        T("Thursday", "DATE", "2025-03-13", 0),
        T("yesterday", "DATE", "2025-03-16"),
        T("now", "DATE", "PRESENT_REF"),
        T("Sunday evening", "TIME", "2025-03-16TEV"),
        T("Saturday", "DATE", "2025-03-15", 0),
        T("Thursday", "DATE", "2025-03-20", 1),
        T("today", "DATE", "2025-03-17"),
        T("Thursday", "DATE", "2025-03-20", 2),
        T("overnight", "TIME", "2025-03-16TNI", note="night of 16 to 17 March"),
        T("Thursday", "DATE", "2025-03-13", 3),
        T("2022", "DATE", "2022"),
        T("Saturday", "DATE", "2025-03-15", 1),
    ],
    [
        E("Trump–Putin phone call planned for Tuesday", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-03-18",
          "text", "planned", "will speak to Vladimir Putin tomorrow"),
        E("Witkoff spends more than three hours with Putin in Moscow", "CONSULT", ["Steve Witkoff", "Vladimir Putin"],
          "2025-03-13", "text", "occurred", "spent more than three hours"),
        E("Waltz: Ukraine will have to face realities about the territory Russia holds", "REQUEST",
          ["White House", "Ukraine"], "2025-03-16", "context", "occurred", "separate interview"),
        E("Zelensky accuses Putin of dragging out the process", "ACCUSE", ["Volodymyr Zelensky", "Vladimir Putin"],
          "2025-03-16TEV", "text", "occurred", "dragging out"),
        E("Zelensky: Ukraine will never recognise occupied land as Russian", "REJECT",
          ["Volodymyr Zelensky", "Russia"], "2025-03-16TEV", "text", "occurred", "dragging out"),
        E("Starmer hosts a video call with about 25 leaders", "CONSULT", ["Keir Starmer"], "2025-03-15", "text",
          "occurred", "hosted a video call"),
        E("Military chiefs of the coalition to meet in the UK", "CONSULT", ["United Kingdom"], "2025-03-20", "text",
          "planned", "hosted a video call"),
        E("Starmer: Putin cannot keep playing games", "ACCUSE", ["Keir Starmer", "Vladimir Putin"], "2025-03-15",
          "context", "occurred", "Putin cannot keep playing games"),
        E("EU foreign ministers meet in Brussels", "CONSULT", ["European Union", "Kaja Kallas"], "2025-03-17", "text",
          "occurred", "EU foreign ministers were meeting"),
        E("Kallas urges member states to agree a new military aid package", "REQUEST",
          ["Kaja Kallas", "European Union"], "2025-03-17", "context", "occurred", "EU foreign ministers were meeting"),
        E("Summit of EU leaders on Thursday", "CONSULT", ["European Union"], "2025-03-20", "text", "planned",
          "EU foreign ministers were meeting"),
        E("Russia fires 90 drones at Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2025-03-16TNI", "text", "occurred",
          "firing 90 drones"),
        E("Ukrainian drones over Russia's border regions", "ASSAULT", ["Ukraine", "Russia"], "2025-03-16TNI",
          "context", "occurred", "firing 90 drones"),
        E("Zakharova rules out British or French peacekeepers in Ukraine", "REJECT",
          ["Maria Zakharova", "United Kingdom", "France"], "2025-03-13", "text", "occurred", "ruled out British"),
        E("Zakharova brands the peacekeeper plans a provocation", "ACCUSE",
          ["Maria Zakharova", "United Kingdom", "France"], "2025-03-13", "text", "occurred", "ruled out British"),
    ],
    [
        S("Donald Trump", "A lot of work has been done over the weekend", "2025-03-16TNI", "context",
          "will speak to Vladimir Putin tomorrow"),
        S("Donald Trump", "The leaders will discuss land and power plants", "2025-03-16TNI", "text",
          "aboard Air Force One"),
        S("Donald Trump", "They are already talking about dividing up certain assets", "2025-03-16TNI", "context",
          "dividing up certain assets"),
        S("Dmitry Peskov", "The call will go ahead; preparations are under way", "2025-03-17TMO", "text",
          "The Kremlin confirmed this morning"),
        S("Steve Witkoff", "The gaps between the two sides have narrowed", "2025-03-16", "text",
          "spent more than three hours"),
        S("White House", "Waltz: Ukraine will have to face realities about the territory Russia holds", "2025-03-16",
          "context", "separate interview"),
        S("Volodymyr Zelensky", "Putin is dragging out the process; Ukraine will never recognise occupied land",
          "2025-03-16TEV", "text", "dragging out"),
        S("Keir Starmer", "The coalition is moving into an operational phase; military chiefs meet on Thursday",
          "2025-03-15", "context", "hosted a video call"),
        S("Keir Starmer", "Putin cannot keep playing games", "2025-03-15", "context", "Putin cannot keep playing games"),
        S("Kaja Kallas", "Member states should agree a new military aid package", "2025-03-17", "context",
          "EU foreign ministers were meeting"),
        S("Russia", "Downed 31 Ukrainian drones over border regions", "2025-03-17", "published", "firing 90 drones"),
        S("Maria Zakharova", "Rules out British or French peacekeepers; such plans are a provocation", "2025-03-13",
          "text", "ruled out British"),
    ],
    ["Donald Trump", "Vladimir Putin", "Ukraine", "United States", "Kremlin", "Dmitry Peskov", "Steve Witkoff",
     "White House", "Russia", "Volodymyr Zelensky", "Keir Starmer", "United Kingdom", "European Union",
     "Kaja Kallas", "Maria Zakharova", "France"],
)

# ---------------------------------------------------------------- b91en04 (Middle East Monitor)
EN04 = """
UAE-mediated swap frees 372 prisoners as Zelensky backs energy truce after Trump call

Russia and Ukraine exchanged 175 prisoners of war each on Wednesday in a swap mediated by the United Arab Emirates, a day after US President Donald Trump and Russian President Vladimir Putin agreed on it in a phone call.
Moscow also handed over 22 seriously wounded Ukrainian soldiers as a "gesture of goodwill", the Russian Defence Ministry said.
The Emirati Foreign Ministry said it was the 13th exchange mediated by Abu Dhabi since the start of the war.

Hours later, Ukrainian President Volodymyr Zelensky said after a phone call with Trump that Kyiv was ready to halt strikes on Russian energy facilities for 30 days.
The conversation, which lasted about an hour, was "very good", Trump wrote on his Truth Social platform, adding that they were "very much on track".
In a statement, Secretary of State Marco Rubio said Trump had suggested that the United States could help run Ukraine's power plants and that "American ownership of those plants" would be the best protection for them.
Zelensky said they had discussed only the Zaporizhzhia nuclear plant, which is occupied by Russia, and that he had asked for more Patriot air defence systems, which Trump promised to help find in Europe.

Zelensky was speaking in Helsinki, where he met Finnish President Alexander Stubb on Wednesday.
He said technical teams from Ukraine and the United States would meet in Saudi Arabia in the coming days to work out how a truce on energy and at sea could be monitored.
Stubb said Europe had to be ready to strengthen Ukraine's hand and to increase pressure on Russia.

The Kremlin accused Kyiv of having already violated the energy truce, saying Ukrainian drones had hit an oil depot near the town of Kropotkin in Russia's Krasnodar region overnight.
Kremlin spokesman Dmitry Peskov said the attack showed that Kyiv "does not want peace", while Ukraine's General Staff dismissed the claim as "fabricated".
Russia itself launched more than 140 drones at Ukraine during the night, hitting a hospital in Sumy and power lines near Sloviansk.

The Gulf states have become the main venues of this diplomacy: Saudi Arabia hosted the US-Ukraine talks in Jeddah last week and, in February, the first high-level US-Russian meeting in Riyadh.
Saudi Crown Prince Mohammed Bin Salman spoke by phone with Putin on Tuesday and welcomed the outcome of his call with Trump, the Saudi Press Agency reported.
"""

D04 = doc(
    "b91en04_prisoner_swap_trump_zelensky_call_2025_03", "2025-03-19", EN04,
    [
        T("Wednesday", "DATE", "2025-03-19", 0),
        T("30 days", "DURATION", "P30D"),
        T("about an hour", "DURATION", "PT1H", mod="APPROX"),
        T("Wednesday", "DATE", "2025-03-19", 1),
        T("the coming days", "DATE", "FUTURE_REF"),
        T("overnight", "TIME", "2025-03-18TNI", note="night of 18 to 19 March"),
        T("the night", "TIME", "2025-03-18TNI"),
        T("last week", "DATE", "2025-W11"),
        T("February", "DATE", "2025-02"),
        T("Tuesday", "DATE", "2025-03-18"),
    ],
    [
        E("Russia and Ukraine exchange 175 prisoners of war each", "CONCEDE", ["Russia", "Ukraine"], "2025-03-19",
          "text", "occurred", "exchanged 175 prisoners of war each"),
        E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-03-18", "context",
          "occurred", "exchanged 175 prisoners of war each"),
        E("Trump and Putin agree on the prisoner swap", "AGREE", ["Donald Trump", "Vladimir Putin"], "2025-03-18",
          "context", "occurred", "exchanged 175 prisoners of war each"),
        E("Russia hands over 22 seriously wounded Ukrainian soldiers", "CONCEDE", ["Russia", "Ukraine"],
          "2025-03-19", "context", "occurred", "handed over 22 seriously wounded"),
        E("Trump–Zelensky phone call", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"], "2025-03-19", "context",
          "occurred", "after a phone call with Trump"),
        E("Zelensky: Kyiv ready to halt strikes on Russian energy facilities for 30 days", "AGREE",
          ["Volodymyr Zelensky", "Russia"], "2025-03-19", "context", "occurred", "after a phone call with Trump"),
        E("Trump suggests the US could run or own Ukraine's power plants", "REQUEST", ["Donald Trump", "Ukraine"],
          "2025-03-19", "context", "occurred", "help run Ukraine's power plants"),
        E("Zelensky asks Trump for more Patriot systems", "REQUEST", ["Volodymyr Zelensky", "Donald Trump"],
          "2025-03-19", "context", "occurred", "asked for more Patriot"),
        E("Trump promises to help find Patriots in Europe", "AGREE", ["Donald Trump", "Volodymyr Zelensky"],
          "2025-03-19", "context", "occurred", "asked for more Patriot"),
        E("Zelensky meets Stubb in Helsinki", "CONSULT", ["Volodymyr Zelensky", "Alexander Stubb"], "2025-03-19",
          "text", "occurred", "where he met Finnish President"),
        E("Ukrainian and US technical teams to meet in Saudi Arabia", "CONSULT", ["Ukraine", "United States"],
          "FUTURE_REF", "vague", "planned", "technical teams from Ukraine"),
        E("Stubb: Europe must strengthen Ukraine and increase pressure on Russia", "REQUEST",
          ["Alexander Stubb", "European Union", "Russia"], "2025-03-19", "context", "occurred",
          "Stubb said Europe had to be ready"),
        E("Kremlin accuses Kyiv of violating the energy truce", "ACCUSE", ["Kremlin", "Ukraine"], "2025-03-19",
          "published", "occurred", "The Kremlin accused Kyiv"),
        E("Ukrainian drones hit an oil depot near Kropotkin", "ASSAULT", ["Ukraine", "Russia"], "2025-03-18TNI",
          "text", "uncertain", "The Kremlin accused Kyiv", note="alleged by Moscow; Kyiv calls it fabricated"),
        E("Peskov: Kyiv does not want peace", "ACCUSE", ["Dmitry Peskov", "Ukraine"], "2025-03-19", "published",
          "occurred", "does not want peace"),
        E("Ukraine's General Staff dismisses the claim as fabricated", "REJECT", ["Ukraine", "Russia"], "2025-03-19",
          "published", "occurred", "does not want peace"),
        E("Russia launches more than 140 drones at Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2025-03-18TNI",
          "text", "occurred", "Russia itself launched more than 140 drones"),
        E("Saudi Arabia hosts the US–Ukraine talks in Jeddah", "CONSULT", ["Saudi Arabia", "United States", "Ukraine"],
          "2025-W11", "text", "occurred", "Saudi Arabia hosted the US-Ukraine talks"),
        E("Saudi Arabia hosts the first high-level US–Russian meeting in Riyadh", "CONSULT",
          ["Saudi Arabia", "United States", "Russia"], "2025-02", "text", "occurred",
          "Saudi Arabia hosted the US-Ukraine talks"),
        E("Crown Prince Mohammed Bin Salman and Putin speak by phone", "CONSULT", ["Saudi Arabia", "Vladimir Putin"],
          "2025-03-18", "text", "occurred", "spoke by phone with Putin on Tuesday"),
        E("Saudi Crown Prince welcomes the outcome of the Trump–Putin call", "SUPPORT",
          ["Saudi Arabia", "Vladimir Putin", "Donald Trump"], "2025-03-18", "context", "occurred",
          "spoke by phone with Putin on Tuesday"),
    ],
    [
        S("Russia", "Defence Ministry: 22 seriously wounded Ukrainian soldiers handed over as a gesture of goodwill",
          "2025-03-19", "published", "handed over 22 seriously wounded"),
        S("Volodymyr Zelensky", "Kyiv is ready to halt strikes on Russian energy facilities for 30 days", "2025-03-19",
          "context", "after a phone call with Trump"),
        S("Donald Trump", "A very good call; very much on track", "2025-03-19", "context", "Truth Social"),
        S("Marco Rubio", "Trump suggested the US could help run Ukraine's power plants; ownership is the best "
          "protection", "2025-03-19", "context", "help run Ukraine's power plants"),
        S("Volodymyr Zelensky", "Discussed only Zaporizhzhia; asked for more Patriot systems", "2025-03-19", "context",
          "asked for more Patriot"),
        S("Volodymyr Zelensky", "Technical teams will meet in Saudi Arabia in the coming days", "2025-03-19",
          "context", "technical teams from Ukraine"),
        S("Alexander Stubb", "Europe must strengthen Ukraine's hand and increase pressure on Russia", "2025-03-19",
          "context", "Stubb said Europe had to be ready"),
        S("Kremlin", "Kyiv has already violated the energy truce by hitting an oil depot near Kropotkin",
          "2025-03-19", "published", "The Kremlin accused Kyiv"),
        S("Dmitry Peskov", "The attack shows that Kyiv does not want peace", "2025-03-19", "published",
          "does not want peace"),
        S("Ukraine", "General Staff: the claim is fabricated", "2025-03-19", "published", "does not want peace"),
        S("Saudi Arabia", "The Crown Prince welcomed the outcome of the Trump–Putin call", "2025-03-18", "context",
          "spoke by phone with Putin on Tuesday"),
    ],
    ["Russia", "Ukraine", "Donald Trump", "United States", "Vladimir Putin", "Volodymyr Zelensky", "Marco Rubio",
     "Alexander Stubb", "European Union", "Kremlin", "Dmitry Peskov", "Saudi Arabia"],
)

# ---------------------------------------------------------------- b91en05 (World-Grain.com)
EN05 = """
US says Russia, Ukraine agree to safe Black Sea navigation; Moscow links deal to bank sanctions

KANSAS CITY, MISSOURI, US — The United States reached separate agreements with Ukraine and Russia on Tuesday to ensure safe navigation in the Black Sea, the White House said, in a move that could reduce risks for grain and fertilizer shipments from the region.
Under the two statements, issued after three days of talks in Riyadh, the parties agreed to "eliminate the use of force" and to prevent the use of commercial vessels for military purposes.
They also agreed to develop measures for implementing the ban on strikes against energy facilities in Russia and Ukraine that Presidents Donald Trump and Vladimir Putin agreed in their phone call on March 18.

The statement on the talks with Russia went further: Washington committed to help restore Russia's access to the world market for agricultural and fertilizer exports, lower maritime insurance costs and improve access to ports and payment systems for such transactions.
The Kremlin said later, however, that the Black Sea arrangement would take effect only after sanctions were lifted on Rosselkhozbank and other banks involved in food and fertilizer trade and after they were reconnected to the SWIFT payment system.
Moscow also wants restrictions on Russian-flagged ships and on deliveries of farm machinery to Russia removed.
Rosselkhozbank, the state agricultural lender, was cut off from SWIFT by the European Union in June 2022.

Ukrainian President Volodymyr Zelensky said Moscow was "already trying to distort" the agreements and warned that any easing of sanctions would weaken pressure on Russia.
Defence Minister Rustem Umerov said any movement of Russian warships beyond the eastern part of the Black Sea would be seen as a violation and a threat, giving Ukraine "full right" to self-defence.
Trump told reporters at the White House that his administration was "looking at" Moscow's conditions.
The European Commission said it would not consider lifting any sanctions before an unconditional withdrawal of Russian troops from Ukraine.

Chicago Board of Trade wheat futures for May delivery fell 1.2% to $5.52 a bushel in early trading, as traders weighed the prospect of lower risk premiums on Black Sea cargoes.
Ukraine has shipped more than 100 million tonnes of cargo, about two-thirds of it farm products, through its own corridor since August 2023, after Russia quit the UN- and Turkish-brokered Black Sea Grain Initiative in July of that year.
"""

D05 = doc(
    "b91en05_black_sea_navigation_rosselkhozbank_2025_03", "2025-03-25", EN05,
    [
        T("Tuesday", "DATE", "2025-03-25"),
        T("three days", "DURATION", "P3D"),
        T("March 18", "DATE", "2025-03-18"),
        T("June 2022", "DATE", "2022-06"),
        T("May", "DATE", "2025-05", note="delivery month of the futures contract"),
        T("August 2023", "DATE", "2023-08"),
        T("July of that year", "DATE", "2023-07"),
    ],
    [
        E("US and Ukraine agree to ensure safe navigation in the Black Sea", "AGREE", ["United States", "Ukraine"],
          "2025-03-25", "text", "occurred", "reached separate agreements"),
        E("US and Russia agree to ensure safe navigation in the Black Sea", "AGREE", ["United States", "Russia"],
          "2025-03-25", "text", "occurred", "reached separate agreements"),
        E("Three days of talks in Riyadh", "CONSULT", ["United States", "Ukraine", "Russia"], "2025-03-25",
          "context", "occurred", "three days of talks in Riyadh",
          note="talks of 23-25 March, dated by the White House statements"),
        E("Parties agree to develop measures to implement the energy-strike ban", "AGREE",
          ["United States", "Russia", "Ukraine"], "2025-03-25", "context", "occurred",
          "They also agreed to develop measures"),
        E("Trump and Putin agree on the ban on strikes against energy facilities", "AGREE",
          ["Donald Trump", "Vladimir Putin"], "2025-03-18", "text", "occurred", "They also agreed to develop measures"),
        E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-03-18", "text", "occurred",
          "They also agreed to develop measures"),
        E("Washington commits to help restore Russia's access to agricultural and fertilizer markets", "AGREE",
          ["United States", "Russia"], "2025-03-25", "context", "occurred", "Washington committed to help restore"),
        E("Kremlin: the Black Sea arrangement takes effect only after sanctions on Rosselkhozbank are lifted",
          "REQUEST", ["Kremlin", "United States"], "2025-03-25", "published", "occurred",
          "would take effect only after"),
        E("Moscow wants restrictions on Russian-flagged ships and farm machinery removed", "REQUEST",
          ["Russia", "United States"], "2025-03-25", "published", "occurred", "Moscow also wants"),
        E("EU cut Rosselkhozbank off from SWIFT", "SANCTION", ["European Union", "Russia"], "2022-06", "text",
          "occurred", "was cut off from SWIFT"),
        E("Zelensky accuses Moscow of distorting the agreements", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
          "2025-03-25", "published", "occurred", "already trying to distort"),
        E("Zelensky warns against easing sanctions", "REQUEST", ["Volodymyr Zelensky", "United States"],
          "2025-03-25", "published", "occurred", "already trying to distort"),
        E("Umerov warns Russian warships not to move beyond the eastern Black Sea", "REQUEST",
          ["Rustem Umerov", "Russia"], "2025-03-25", "published", "occurred", "any movement of Russian warships"),
        E("Umerov: Ukraine would have the full right to self-defence", "THREATEN", ["Rustem Umerov", "Russia"],
          "2025-03-25", "published", "occurred", "any movement of Russian warships"),
        E("European Commission will not lift sanctions before a withdrawal", "REJECT", ["European Union", "Russia"],
          "2025-03-25", "published", "occurred", "The European Commission said"),
        E("European Commission demands an unconditional withdrawal of Russian troops", "REQUEST",
          ["European Union", "Russia"], "2025-03-25", "published", "occurred", "The European Commission said"),
        E("Ukraine's own shipping corridor since August 2023", "COOPERATE", ["Ukraine"], "2023-08", "text",
          "occurred", "through its own corridor", date_mod="START"),
        E("Russia quits the Black Sea Grain Initiative", "SANCTION", ["Russia", "Ukraine", "United Nations", "Turkey"],
          "2023-07", "text", "occurred", "through its own corridor"),
    ],
    [
        S("White House", "The US reached separate agreements with Ukraine and Russia on safe navigation",
          "2025-03-25", "text", "reached separate agreements"),
        S("White House", "The parties agreed to eliminate the use of force and not use commercial vessels for "
          "military purposes", "2025-03-25", "context", "three days of talks in Riyadh"),
        S("White House", "Washington will help restore Russia's access to agricultural and fertilizer markets",
          "2025-03-25", "context", "Washington committed to help restore"),
        S("Kremlin", "The Black Sea arrangement takes effect only after sanctions on Rosselkhozbank are lifted",
          "2025-03-25", "published", "would take effect only after"),
        S("Russia", "Restrictions on Russian-flagged ships and farm machinery must be removed", "2025-03-25",
          "published", "Moscow also wants"),
        S("Volodymyr Zelensky", "Moscow is already distorting the agreements; easing sanctions would weaken pressure",
          "2025-03-25", "published", "already trying to distort"),
        S("Rustem Umerov", "Russian warships beyond the eastern Black Sea would be a violation and a threat",
          "2025-03-25", "published", "any movement of Russian warships"),
        S("Donald Trump", "The administration is looking at Moscow's conditions", "2025-03-25", "published",
          "looking at"),
        S("European Union", "No lifting of sanctions before an unconditional Russian withdrawal", "2025-03-25",
          "published", "The European Commission said"),
    ],
    ["United States", "Ukraine", "Russia", "White House", "Donald Trump", "Vladimir Putin", "Kremlin",
     "European Union", "Volodymyr Zelensky", "Rustem Umerov", "United Nations", "Turkey"],
)

# ---------------------------------------------------------------- b91en06 (The Observer)
EN06 = """
Kyiv hit by deadly drone strike as negotiators head to Riyadh for truce talks

Russian drones struck Kyiv overnight, killing three people, among them a child, hours before Ukrainian and American negotiators were due to sit down in Saudi Arabia to discuss a limited ceasefire.
The Ukrainian delegation, led by defence minister Rustem Umerov, is to meet a US team in Riyadh today, while Russian and American officials hold separate talks there tomorrow.
The Kremlin has named Grigory Karasin, a former diplomat who chairs the upper house's foreign affairs committee, and Sergei Beseda, an adviser to the director of the FSB, to lead its side.

Donald Trump's envoy Steve Witkoff said on Friday that he expected "real progress" in Riyadh, particularly on a ceasefire at sea that would let ships move freely across the Black Sea.
"I feel that he wants peace," Witkoff told the rightwing commentator Tucker Carlson of Vladimir Putin, a remark that drew scorn in Kyiv.
The talks are meant to turn last Tuesday's phone call between Trump and Putin into something concrete.
In that call the Russian president agreed to halt strikes on energy infrastructure for 30 days but rejected the full ceasefire that Ukraine had accepted in Jeddah on 11 March.

Since then, each side has accused the other of breaking the moratorium.
On Friday Moscow blamed Kyiv for blowing up the gas metering station at Sudzha, once the main entry point for Russian gas into Ukraine, which Russian troops had retaken on 13 March.
Ukraine's general staff said the station had been shelled by Russian artillery in a "staged provocation".
Volodymyr Zelensky said Russia had launched almost 1,600 guided bombs, more than 1,000 drones and 15 missiles at Ukraine in the past week alone.
"Putin's words about a truce are worth nothing while his drones keep flying," he wrote on Saturday.

At an EU summit in Brussels on Thursday, 26 of the 27 leaders backed a statement of support for Kyiv after Hungary's Viktor Orbán again refused to sign it.
Zelensky, who joined by video link, urged the bloc to speed up deliveries of air defence systems and ammunition.
Turkey, which helped broker the 2022 grain deal, has offered to monitor any agreement at sea, Turkish officials said on Saturday.
Downing Street said on Friday that Britain would keep up "maximum pressure" on Moscow until it agreed to a full and unconditional ceasefire.
"""

D06 = doc(
    "b91en06_kyiv_strike_riyadh_talks_ahead_2025_03", "2025-03-23", EN06,
    [
        T("overnight", "TIME", "2025-03-22TNI", note="night of 22 to 23 March"),
        T("today", "DATE", "2025-03-23"),
        T("tomorrow", "DATE", "2025-03-24"),
        T("Friday", "DATE", "2025-03-21", 0),
        T("last Tuesday", "DATE", "2025-03-18"),
        T("30 days", "DURATION", "P30D"),
        T("11 March", "DATE", "2025-03-11"),
        T("Friday", "DATE", "2025-03-21", 1),
        T("13 March", "DATE", "2025-03-13"),
        T("the past week", "DATE", "2025-W12"),
        T("Saturday", "DATE", "2025-03-22", 0),
        T("Thursday", "DATE", "2025-03-20"),
        T("2022", "DATE", "2022"),
        T("Saturday", "DATE", "2025-03-22", 1),
        T("Friday", "DATE", "2025-03-21", 2),
    ],
    [
        E("Russian drone strike on Kyiv kills three", "ASSAULT", ["Russia", "Ukraine"], "2025-03-22TNI", "text",
          "occurred", "Russian drones struck Kyiv overnight"),
        E("Ukrainian delegation led by Umerov to meet a US team in Riyadh", "CONSULT",
          ["Rustem Umerov", "Ukraine", "United States"], "2025-03-23", "text", "planned", "is to meet a US team"),
        E("Russian and American officials to hold talks in Riyadh", "CONSULT", ["Russia", "United States"],
          "2025-03-24", "text", "planned", "is to meet a US team"),
        E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-03-18", "text", "occurred",
          "last Tuesday's phone call"),
        E("Putin agrees to halt strikes on energy infrastructure for 30 days", "AGREE",
          ["Vladimir Putin", "Donald Trump"], "2025-03-18", "context", "occurred", "In that call the Russian president"),
        E("Moratorium on strikes against energy infrastructure", "RETREAT", ["Russia", "Ukraine"], "2025-03-18",
          "context", "occurred", "In that call the Russian president"),
        E("Putin rejects the full ceasefire", "REJECT", ["Vladimir Putin", "Donald Trump", "Ukraine"], "2025-03-18",
          "context", "occurred", "In that call the Russian president"),
        E("Ukraine accepted the full ceasefire in Jeddah", "AGREE", ["Ukraine", "United States"], "2025-03-11",
          "text", "occurred", "In that call the Russian president"),
        E("Moscow blames Kyiv for blowing up the Sudzha gas metering station", "ACCUSE", ["Russia", "Ukraine"],
          "2025-03-21", "text", "occurred", "On Friday Moscow blamed Kyiv"),
        E("Russian troops retake Sudzha", "ASSAULT", ["Russia", "Ukraine"], "2025-03-13", "text", "occurred",
          "On Friday Moscow blamed Kyiv"),
        E("Ukraine's general staff blames Russian artillery, calls it a staged provocation", "ACCUSE",
          ["Ukraine", "Russia"], "2025-03-21", "context", "occurred", "staged provocation"),
        E("Russia launches bombs, drones and missiles at Ukraine over the week", "ASSAULT", ["Russia", "Ukraine"],
          "2025-W12", "text", "occurred", "in the past week alone"),
        E("Zelensky: Putin's words about a truce are worth nothing", "ACCUSE", ["Volodymyr Zelensky", "Vladimir Putin"],
          "2025-03-22", "text", "occurred", "worth nothing"),
        E("EU summit in Brussels", "CONSULT", ["European Union"], "2025-03-20", "text", "occurred",
          "At an EU summit in Brussels"),
        E("26 EU leaders back a statement of support for Kyiv", "SUPPORT", ["European Union", "Ukraine"],
          "2025-03-20", "context", "occurred", "At an EU summit in Brussels"),
        E("Orbán refuses to sign the statement on Ukraine", "REJECT", ["Viktor Orbán", "European Union", "Ukraine"],
          "2025-03-20", "context", "occurred", "At an EU summit in Brussels"),
        E("Zelensky urges the EU to speed up deliveries of air defence and ammunition", "REQUEST",
          ["Volodymyr Zelensky", "European Union"], "2025-03-20", "context", "occurred", "urged the bloc"),
        E("Turkey offers to monitor an agreement at sea", "REQUEST", ["Turkey", "Russia", "Ukraine"], "2025-03-22",
          "text", "occurred", "has offered to monitor"),
        E("Turkey helped broker the 2022 grain deal", "AGREE", ["Turkey", "Russia", "Ukraine"], "2022", "text",
          "occurred", "has offered to monitor"),
        E("Britain to keep up maximum pressure on Moscow until a full ceasefire", "REQUEST",
          ["United Kingdom", "Russia"], "2025-03-21", "text", "occurred", "maximum pressure"),
    ],
    [
        S("Kremlin", "Karasin and Beseda will lead the Russian side in Riyadh", "2025-03-23", "published",
          "The Kremlin has named"),
        S("Steve Witkoff", "Expects real progress in Riyadh, particularly on a ceasefire at sea", "2025-03-21", "text",
          "real progress"),
        S("Steve Witkoff", "I feel that Putin wants peace", "2025-03-21", "context", "I feel that he wants peace"),
        S("Russia", "Kyiv blew up the Sudzha gas metering station", "2025-03-21", "text",
          "On Friday Moscow blamed Kyiv"),
        S("Ukraine", "General staff: Russian artillery shelled the station in a staged provocation", "2025-03-21",
          "context", "staged provocation"),
        S("Volodymyr Zelensky", "Russia launched almost 1,600 guided bombs, over 1,000 drones and 15 missiles this "
          "week", "2025-03-23", "published", "in the past week alone"),
        S("Volodymyr Zelensky", "Putin's words about a truce are worth nothing while his drones keep flying",
          "2025-03-22", "text", "worth nothing"),
        S("Volodymyr Zelensky", "The EU should speed up deliveries of air defence and ammunition", "2025-03-20",
          "context", "urged the bloc"),
        S("Turkey", "Offers to monitor any agreement at sea", "2025-03-22", "text", "has offered to monitor"),
        S("United Kingdom", "Britain will keep up maximum pressure on Moscow until a full ceasefire", "2025-03-21",
          "text", "maximum pressure"),
    ],
    ["Russia", "Ukraine", "United States", "Rustem Umerov", "Kremlin", "Donald Trump", "Steve Witkoff",
     "Vladimir Putin", "Volodymyr Zelensky", "European Union", "Viktor Orbán", "Turkey", "United Kingdom"],
)

DOCS = [D01, D02, D03, D04, D05, D06]
