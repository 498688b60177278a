"""English articles of the blind51 set (fictionalised; written and annotated blind to the extraction code).

Humanitarian diplomacy and civilians, told by UK, Irish and Australian outlets.
"""

from build import E, S, T

# ---------------------------------------------------------------- b51en01 (The Age, Melbourne)
EN01 = """
Captured Melbourne teacher Oscar Jenkins is alive, Russia tells Canberra

Russia has told the Australian government that Oscar Jenkins, the Melbourne man captured while fighting for Ukraine, is alive and being held as a prisoner of war, Foreign Minister Penny Wong said on Wednesday.
The assurance was passed on by the Russian embassy in Canberra on Tuesday night, Senator Wong said, adding that the government would keep pressing Moscow for his release and for the International Committee of the Red Cross to be given access to him.
"This is welcome news for Oscar's family, but our work is not done," she told reporters in Adelaide.

The teacher, 32, from Melbourne's east, appeared in a video in December being interrogated by a Russian soldier after his unit was overrun in the Donbas.
Reports in January that he had been killed prompted Prime Minister Anthony Albanese to warn of "the strongest possible action", and the government summoned Russia's ambassador, Alexey Pavlovsky, to explain.
Mr Pavlovsky told reporters after that meeting that Russia treated all prisoners "in accordance with the Geneva Conventions".

The news came as Russia freed the American teacher Marc Fogel, who had been serving a 14-year sentence for carrying medical marijuana, on Tuesday.
US special envoy Steve Witkoff flew to Moscow to collect Mr Fogel and met Russian officials there, before bringing him to the White House on Tuesday night.
President Donald Trump said Russia had treated the United States "very nicely" and that he hoped the release would be "the beginning of a relationship where we can end that war".
Kremlin spokesman Dmitry Peskov said on Wednesday that the release was part of an exchange and that Washington would free a Russian citizen in return.

In Kyiv, Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said Mr Jenkins was on its lists for future exchanges, alongside more than 100 foreign nationals who served in the Ukrainian army.
President Volodymyr Zelensky said in an interview published on Tuesday that Kyiv was prepared to offer Russian territory it holds in the Kursk region in exchange for occupied Ukrainian land.
He also repeated his offer to hand over two North Korean soldiers captured in Kursk in return for Ukrainians held in Russia.
Mr Peskov rejected the first idea, saying Russia "has never discussed and will never discuss" an exchange of its territory.

Ukraine says more than 8,000 of its soldiers and civilians are held in Russia, and UN monitors reported last year that most prisoners released by Moscow described beatings, electric shocks and starvation.
Australian officials have not been able to visit Mr Jenkins, Senator Wong said.
His family said in a statement they were "relieved beyond words" and asked for privacy.
"""


# ---------------------------------------------------------------- b51en02 (Western Morning News, Plymouth)
EN02 = """
Bodies of Cornish aid volunteer Chris Parry and Andrew Bagshaw returned in prisoner swap

The bodies of Cornish volunteer Chris Parry and his colleague Andrew Bagshaw, who were killed while trying to evacuate civilians from the frontline town of Soledar, have been handed back to Ukraine as part of a prisoner exchange.
The swap took place on Saturday, when 116 Ukrainian prisoners of war returned home and 63 Russian servicemen were handed over, according to Andriy Yermak, the head of President Volodymyr Zelensky's office.
Mr Yermak said the bodies of the two Britons had also been returned "thanks to the mediation" of the United Arab Emirates, and thanked both families for their patience.
Russia's defence ministry said the 63 men included soldiers of a "special category" whose release had been secured with the help of the Emirates.

Mr Parry, 28, from Truro, and Mr Bagshaw, 48, who held British and New Zealand citizenship, went missing on January 6 after setting off towards Soledar, in the Donetsk region, to help an elderly woman leave her home.
Their families confirmed their deaths on January 24.
The Wagner mercenary group had claimed in mid-January that it had found the body of one of the men, and Russian state media later showed pictures of their passports.

The Foreign Office said it was supporting both families and remained "in close contact with the Ukrainian authorities" about bringing the men home.
Prime Minister Rishi Sunak paid tribute last month to the "selfless" work of the two volunteers, who he said had put their own lives at risk to help others.
Foreign Secretary James Cleverly discussed the case and the fate of other missing British nationals with his Ukrainian counterpart Dmytro Kuleba in a call on Thursday, officials said.

The International Committee of the Red Cross said on Friday that it had visited hundreds of prisoners on both sides since the start of the war, but called on Moscow and Kyiv to give it access to all of them, as the Geneva Conventions require.
Kyiv says more than 1,700 Ukrainians have been freed in exchanges since last February, while thousands remain in Russian captivity.
Russia's human rights commissioner Tatyana Moskalkova said after meeting her Ukrainian counterpart Dmytro Lubinets in Ankara last month that both sides wanted to "expand the humanitarian agenda".

A memorial service for Mr Parry is planned at Truro Cathedral later this month, his family said.
Friends have set up a fund in his name to continue the evacuation work he began in the spring of last year, driving a battered van between Kharkiv and the towns of the Donbas.
"He went out to help people who had no one else," his parents said in a statement.
"""


# ---------------------------------------------------------------- b51en03 (The Herald, Glasgow)
EN03 = """
Dumfriesshire charity welcomes minefield map deal as Ukrainian deminer is killed

The HALO Trust, the demining charity based in Thornhill, Dumfriesshire, has welcomed an agreement between Russia and Ukraine to exchange maps of minefields along part of the front line, announced in Geneva on Tuesday.
The deal came on the same day that a Ukrainian deminer working for the charity, a father of two, was killed when a Russian drone struck his team's vehicle near Izium, in the Kharkiv region.

Under the arrangement, brokered by the International Committee of the Red Cross, both sides will hand over records of the mines they laid along a first 40-kilometre stretch of the Zaporizhzhia front by mid-July.
The agreement was reached after two days of talks between military and humanitarian officials, the first of their kind since the full-scale invasion in February 2022.
James Cowan, HALO's chief executive, said the maps could save "months, perhaps years" of painstaking work, but warned that no piece of paper would make the land safe.
HALO employs about 1,200 Ukrainians, most of them women, and has cleared more than 20 million square metres since it returned to the country in 2022.
Its staff in Thornhill held a minute's silence on Wednesday morning.

Foreign Secretary Yvette Cooper said on Tuesday evening that the attack was "a deliberate strike on people whose only job is to save lives" and that Britain would raise it at the UN Security Council on Thursday.
Prime Minister Keir Starmer announced £25 million for humanitarian demining during a visit to Kyiv in April.
The money forms part of the 100-year partnership that Britain and Ukraine signed in January 2025.

Kremlin spokesman Dmitry Peskov said on Wednesday that the map exchange was "a purely humanitarian matter" and did not signal any change in Moscow's position on a ceasefire.
Russia's foreign ministry spokeswoman Maria Zakharova rejected what she called "unfounded British accusations" over the Izium strike and accused Kyiv of using humanitarian organisations as cover for military activity.
Ukraine's foreign minister Andrii Sybiha said the deal showed "what is possible when Moscow stops lying" and called for it to be extended to the entire front.

Ukraine estimates that around 139,000 square kilometres, almost a quarter of its territory, may be contaminated by mines and unexploded ordnance.
Clearing all of it could take more than 30 years, according to the World Bank.
HALO, which began work in Afghanistan in 1988, is now the largest humanitarian demining organisation in Ukraine.
"""


# ---------------------------------------------------------------- b51en04 (Irish Independent)
EN04 = """
'Every child has a name': Dublin Castle summit presses Russia over deported children

Ministers from more than 40 countries gathered at Dublin Castle yesterday for the largest international meeting yet on the return of Ukrainian children taken to Russia, with Taoiseach Micheál Martin calling their deportation "a crime that cannot be allowed to become permanent".
The meeting of the International Coalition for the Return of Ukrainian Children, co-chaired by Ukraine and Canada, was held under Ireland's presidency of the Council of the EU.

Ukraine's foreign minister Andrii Sybiha told delegates that Kyiv had verified the names of 19,546 children deported or forcibly displaced since February 2022, of whom just over 1,900 had been brought back.
"Every one of these children has a name, a family and a home in Ukraine," he said, calling on Moscow to hand over lists of all children in its care.
The conference adopted a Dublin Declaration, signed by 43 states including Germany, France and the UK as well as by the EU, which commits signatories to support tracing, rehabilitation and the prosecution of those responsible.

Qatar's Minister of State for International Cooperation, Lolwah Al-Khater, announced that 23 more children had been reunited with their families this week through Doha's mediation.
EU foreign policy chief Kaja Kallas said the bloc would add a further 12 Russian officials involved in the deportations to its sanctions list before the end of the year.
A video message was played from US first lady Melania Trump, whose direct channel to the Kremlin has helped reunite several families since last year.

Moscow was not invited.
Kremlin spokesman Dmitry Peskov dismissed the gathering as "a propaganda show", saying Russia had "saved" the children from shelling and returned them whenever relatives came forward.
Russia's children's ombudswoman Maria Lvova-Belova, who is subject to an arrest warrant from the International Criminal Court, said on Telegram that 31 children had been handed back to relatives in Ukraine since the summer.

Cardinal Pietro Parolin, the Vatican's secretary of state, told the conference that the Holy See would continue its "discreet work" and offered to host technical talks between Russian and Ukrainian officials on individual cases.
President Volodymyr Zelensky, addressing delegates by video from Kyiv, said no peace agreement could be signed "while a single Ukrainian child remains in Russia against their will".
Minister for Foreign Affairs Helen McEntee announced €3 million in Irish Aid funding for child tracing and psychological support in Ukraine.
The coalition's next ministerial meeting will take place in Ottawa in the spring.
"""


# ---------------------------------------------------------------- b51en05 (Brisbane Times)
EN05 = """
Brisbane nurse on Red Cross convoy as hundreds evacuated under rare local truce

A Brisbane intensive-care nurse was among the Red Cross staff who helped evacuate more than 600 civilians from the frontline town of Kostiantynivka in eastern Ukraine on Wednesday, during a 12-hour local ceasefire agreed by Moscow and Kyiv.
Annika Hollis, 41, who has worked for the International Committee of the Red Cross since 2019, said the convoy of buses and ambulances left the town shortly after 6am local time, once the guns fell silent.
"For twelve hours you could hear birds. Then, at six in the evening, it all started again," she told Brisbane Times by phone from Dnipro.

The pause was confirmed by both sides on Monday after almost three weeks of talks brokered by the ICRC.
It was the first such arrangement since the US-brokered talks in Abu Dhabi in January, where delegations led by Ukraine's Rustem Umerov and Russian military intelligence chief Igor Kostyukov agreed in principle to humanitarian pauses for evacuations.
Kremlin spokesman Dmitry Peskov said on Wednesday that the pause was "a humanitarian gesture" and should not be seen as a step towards a wider ceasefire, which Moscow would accept only once Kyiv withdrew from the rest of the Donetsk region.
President Volodymyr Zelensky thanked the ICRC in his nightly address on Wednesday and said Ukraine was ready to agree similar pauses "anywhere along the front, tomorrow".
US special envoy Steve Witkoff, who is expected in Moscow next week, welcomed the evacuation as proof that "the humanitarian track is working".

UN humanitarian officials said about 9,000 people remained in Kostiantynivka, many of them elderly, without running water or heating.
The UN's humanitarian coordinator for Ukraine called for such pauses to become "regular and predictable" rather than a rare exception.
On Wednesday night, Russian glide bombs struck the centre of the town, regional governor Vadym Filashkin said.

Ms Hollis, who grew up in Indooroopilly and trained at the Royal Brisbane and Women's Hospital, has spent the past two years in eastern Ukraine.
She said the hardest moment of the day was an elderly woman who refused to leave without her cat, until a volunteer found a carrier.
Foreign Minister Penny Wong said Australia would give a further $5 million to the ICRC's work in Ukraine.
Ms Hollis is due to return to Queensland in May.
"""


# ---------------------------------------------------------------- b51en06 (TheJournal.ie)
EN06 = """
Explained: What happens to Ukrainian soldiers taken prisoner by Russia

A UN report published yesterday found that almost all Ukrainian prisoners of war released by Russia described being tortured in captivity, and that executions of soldiers trying to surrender have risen sharply since late August.
Here is what we know about how prisoners are held, who can see them and how they come home.

How many are there?
Ukraine says around 8,000 of its soldiers and civilians are held in Russia, although officials admit the true figure is unknown.
Since the full-scale invasion in February 2022, the two sides have carried out more than 55 exchanges, most of them mediated by the United Arab Emirates, and 3,672 Ukrainians have come home, according to Kyiv's Coordination Headquarters.
The most recent swap took place on 14 September, when 103 prisoners were returned to each side.

What does the UN report say?
The UN Human Rights Monitoring Mission in Ukraine interviewed 174 released prisoners, 169 of whom said they had been beaten, given electric shocks or threatened with execution.
Danielle Bell, who heads the mission, said the torture was "widespread and systematic".

What role does the Red Cross play?
Under the Third Geneva Convention, the International Committee of the Red Cross should be able to visit all prisoners of war, but its delegates have seen only a fraction of those held by Russia.
Ukraine's human rights commissioner Dmytro Lubinets wrote to the ICRC president, Mirjana Spoljaric, in September, demanding a permanent presence in Russian prison camps.
The ICRC says it works "confidentially" with both parties and has passed news of thousands of prisoners to their families.
Russia's foreign ministry spokeswoman Maria Zakharova on Tuesday called the UN report "biased" and accused Kyiv of mistreating Russian prisoners.

What has Ireland said?
Tánaiste and Minister for Foreign Affairs Micheál Martin said yesterday the findings were "deeply disturbing" and that those responsible must be held to account.
The Government has given €2 million to the ICRC's work in Ukraine this year, according to the Department of Foreign Affairs.

Are talks possible?
President Volodymyr Zelensky told the UN General Assembly last week that an "all for all" exchange should be part of any peace plan.
The idea was endorsed in June by more than 80 countries, including the United States, Germany and the UK, at the Bürgenstock summit in Switzerland.
Kremlin spokesman Dmitry Peskov said on Tuesday that Russia remained "open to humanitarian exchanges" but that an all-for-all swap could only come "at the end of the process".
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b51en01_oscar_jenkins_alive_2025_02", "2025-02-12", EN01,
        [
            T("Wednesday", "DATE", "2025-02-12", 0),
            T("Tuesday night", "TIME", "2025-02-11TNI", 0, note="Canberra time"),
            T("December", "DATE", "2024-12"),
            T("January", "DATE", "2025-01"),
            T("14-year", "DURATION", "P14Y"),
            T("Tuesday", "DATE", "2025-02-11", 1),
            T("Tuesday night", "TIME", "2025-02-11TNI", 1, note="Washington time"),
            T("Wednesday", "DATE", "2025-02-12", 1),
            T("Tuesday", "DATE", "2025-02-11", 3),
            T("last year", "DATE", "2024"),
        ],
        [
            E("Australia presses Moscow for Jenkins's release and ICRC access", "REQUEST", ["Russia"], "2025-02-12",
              "context", "occurred", "would keep pressing Moscow"),
            E("Oscar Jenkins captured and interrogated by Russian forces", "COERCE", ["Russia"], "2024-12", "text",
              "occurred", "appeared in a video in December"),
            E("Albanese warns Russia of the strongest possible action", "THREATEN", ["Russia"], "2025-01", "context",
              "occurred", "Reports in January"),
            E("Australia summons Russia's ambassador", "ACCUSE", ["Russia"], "2025-01", "context", "occurred",
              "Reports in January"),
            E("Russia frees the American teacher Marc Fogel", "CONCEDE", ["Russia", "United States"], "2025-02-11",
              "text", "occurred", "Russia freed the American teacher Marc Fogel"),
            E("Witkoff meets Russian officials in Moscow", "CONSULT", ["Steve Witkoff", "Russia"], "2025-02-11",
              "context", "occurred", "flew to Moscow to collect Mr Fogel"),
            E("US to free a Russian citizen in return", "CONCEDE", ["United States", "Russia"], "2025-02-12",
              "published", "planned", "Washington would free a Russian citizen"),
            E("Zelensky offers Russian territory held in Kursk in exchange for occupied Ukrainian land", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2025-02-11", "text", "occurred", "in an interview published on Tuesday"),
            E("Zelensky offers two captured North Korean soldiers for Ukrainians held in Russia", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2025-02-11", "context", "occurred", "He also repeated his offer"),
            E("Peskov rejects any exchange of Russian territory", "REJECT", ["Dmitry Peskov", "Volodymyr Zelensky"],
              "2025-02-12", "context", "occurred", "Mr Peskov rejected the first idea"),
            E("UN monitors report torture and starvation of prisoners released by Russia", "ACCUSE",
              ["United Nations", "Russia"], "2024", "text", "occurred", "UN monitors reported last year"),
        ],
        [
            S("Russia", "Oscar Jenkins is alive and held as a prisoner of war", "2025-02-11TNI", "text",
              "The assurance was passed on"),
            S("Russia", "Pavlovsky: Russia treats all prisoners in accordance with the Geneva Conventions", "2025-01",
              "context", "Mr Pavlovsky told reporters"),
            S("Donald Trump", "Russia treated the US very nicely; hopes the release begins a relationship that ends "
              "the war", "2025-02-11", "context", "President Donald Trump said"),
            S("Dmitry Peskov", "The release was part of an exchange; Washington will free a Russian citizen",
              "2025-02-12", "text", "Kremlin spokesman Dmitry Peskov said on Wednesday"),
            S("Ukraine", "Coordination headquarters: Jenkins is on the lists for future exchanges", "2025-02-12",
              "published", "Coordination Headquarters"),
            S("Volodymyr Zelensky", "Ready to offer Russian territory held in Kursk in exchange for occupied land",
              "2025-02-11", "text", "in an interview published on Tuesday"),
            S("Volodymyr Zelensky", "Offers two North Korean soldiers for Ukrainians held in Russia", "2025-02-11",
              "context", "He also repeated his offer"),
            S("Dmitry Peskov", "Russia has never discussed and will never discuss an exchange of its territory",
              "2025-02-12", "context", "Mr Peskov rejected the first idea"),
            S("Ukraine", "More than 8,000 Ukrainian soldiers and civilians are held in Russia", "2025-02-12",
              "published", "Ukraine says more than 8,000"),
            S("United Nations", "Most prisoners released by Moscow described beatings, electric shocks and "
              "starvation", "2024", "text", "UN monitors reported last year"),
        ],
        ["Russia", "United States", "Steve Witkoff", "Donald Trump", "Kremlin", "Dmitry Peskov", "Ukraine",
         "Volodymyr Zelensky", "United Nations"],
    ),
    doc(
        "b51en02_parry_bagshaw_bodies_swap_2023_02", "2023-02-06", EN02,
        [
            T("Saturday", "DATE", "2023-02-04"),
            T("January 6", "DATE", "2023-01-06"),
            T("January 24", "DATE", "2023-01-24"),
            T("mid-January", "DATE", "2023-01", mod="MID"),
            T("last month", "DATE", "2023-01", 0),
            T("Thursday", "DATE", "2023-02-02"),
            T("Friday", "DATE", "2023-02-03"),
            T("last February", "DATE", "2022-02"),
            T("last month", "DATE", "2023-01", 1),
            T("this month", "DATE", "2023-02"),
            T("the spring of last year", "DATE", "2022-SP"),
        ],
        [
            E("Prisoner exchange: 116 Ukrainians for 63 Russians", "CONCEDE", ["Russia", "Ukraine"], "2023-02-04",
              "text", "occurred", "The swap took place on Saturday"),
            E("Russia returns the bodies of the two British volunteers", "CONCEDE", ["Russia", "Ukraine"],
              "2023-02-04", "context", "occurred", "the bodies of the two Britons had also been returned"),
            E("Cleverly–Kuleba phone call", "CONSULT", ["United Kingdom", "Ukraine"], "2023-02-02", "text",
              "occurred", "Foreign Secretary James Cleverly discussed"),
            E("ICRC calls on Moscow and Kyiv to give it access to all prisoners", "REQUEST", ["Russia", "Ukraine"],
              "2023-02-03", "text", "occurred", "The International Committee of the Red Cross said on Friday"),
            E("Prisoner exchanges since February 2022", "CONCEDE", ["Russia", "Ukraine"], "2022-02", "context",
              "occurred", "Kyiv says more than 1,700 Ukrainians", date_mod="START"),
            E("Moskalkova meets Lubinets in Ankara", "CONSULT", ["Russia", "Ukraine"], "2023-01", "text",
              "occurred", "Tatyana Moskalkova"),
        ],
        [
            S("Andriy Yermak", "116 Ukrainian prisoners returned home and 63 Russians were handed over",
              "2023-02-04", "context", "The swap took place on Saturday"),
            S("Andriy Yermak", "The bodies of the two Britons were also returned thanks to the UAE's mediation; "
              "thanks the families", "2023-02-04", "context", "the bodies of the two Britons had also been returned"),
            S("Russia", "Defence ministry: the 63 included 'special category' soldiers freed with the Emirates' help",
              "2023-02-04", "context", "Russia's defence ministry said"),
            S("United Kingdom", "Foreign Office supports both families and is in contact with Ukraine about "
              "bringing the men home", "2023-02-06", "published", "The Foreign Office said"),
            S("United Kingdom", "Sunak pays tribute to the volunteers' selfless work", "2023-01", "text",
              "Prime Minister Rishi Sunak"),
            S("United Kingdom", "Officials: Cleverly discussed the case and missing Britons with Kuleba",
              "2023-02-06", "published", "Foreign Secretary James Cleverly discussed"),
            S("Ukraine", "More than 1,700 Ukrainians freed in exchanges since last February", "2023-02-06",
              "published", "Kyiv says more than 1,700 Ukrainians"),
            S("Russia", "Moskalkova: both sides want to expand the humanitarian agenda", "2023-01", "context",
              "Tatyana Moskalkova"),
        ],
        ["Russia", "Ukraine", "Andriy Yermak", "Volodymyr Zelensky", "United Kingdom"],
    ),
    doc(
        "b51en03_halo_minefield_maps_2026_06", "2026-06-10", EN03,
        [
            T("Tuesday", "DATE", "2026-06-09", 0),
            T("the same day", "DATE", "2026-06-09"),
            T("mid-July", "DATE", "2026-07", mod="MID"),
            T("two days", "DURATION", "P2D"),
            T("February 2022", "DATE", "2022-02"),
            T("months", "DURATION", "PXM"),
            T("years", "DURATION", "PXY", 0),
            T("2022", "DATE", "2022", 1),
            T("a minute's", "DURATION", "PT1M"),
            T("Wednesday morning", "TIME", "2026-06-10TMO"),
            T("Tuesday evening", "TIME", "2026-06-09TEV"),
            T("Thursday", "DATE", "2026-06-11"),
            T("April", "DATE", "2026-04"),
            T("January 2025", "DATE", "2025-01"),
            T("Wednesday", "DATE", "2026-06-10", 1),
            T("more than 30 years", "DURATION", "P30Y", mod="MORE_THAN"),
            T("1988", "DATE", "1988"),
            T("now", "DATE", "PRESENT_REF"),
        ],
        [
            E("Russia and Ukraine agree to exchange minefield maps", "AGREE", ["Russia", "Ukraine"], "2026-06-09",
              "text", "occurred", "has welcomed an agreement between Russia and Ukraine"),
            E("Russian drone kills a HALO deminer near Izium", "ASSAULT", ["Russia", "Ukraine"], "2026-06-09", "text",
              "occurred", "The deal came on the same day"),
            E("Both sides to hand over records of mines on a first stretch of the Zaporizhzhia front", "COOPERATE",
              ["Russia", "Ukraine"], "2026-07", "text", "planned", "both sides will hand over records",
              date_mod="MID"),
            E("Two days of talks between Russian and Ukrainian military and humanitarian officials", "CONSULT",
              ["Russia", "Ukraine"], "2026-06-08", "context", "occurred", "after two days of talks",
              note="talks of 8–9 June, the agreement announced on Tuesday 9 June"),
            E("Russia's full-scale invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text",
              "occurred", "after two days of talks", note="24 February 2022"),
            E("Cooper condemns the strike on the deminers as deliberate", "ACCUSE", ["United Kingdom", "Russia"],
              "2026-06-09TEV", "text", "occurred", "Foreign Secretary Yvette Cooper"),
            E("UK to raise the strike at the UN Security Council", "CONSULT", ["United Kingdom", "United Nations"],
              "2026-06-11", "text", "planned", "Foreign Secretary Yvette Cooper"),
            E("Starmer visits Kyiv", "CONSULT", ["Keir Starmer", "Ukraine"], "2026-04", "text", "occurred",
              "during a visit to Kyiv in April"),
            E("Starmer announces 25 million pounds for humanitarian demining", "AID", ["Keir Starmer", "Ukraine"],
              "2026-04", "text", "occurred", "during a visit to Kyiv in April"),
            E("UK and Ukraine sign the 100-year partnership", "AGREE", ["United Kingdom", "Ukraine"], "2025-01",
              "text", "occurred", "100-year partnership"),
            E("Zakharova rejects the British accusations", "REJECT", ["Maria Zakharova", "United Kingdom"],
              "2026-06-10", "published", "occurred", "unfounded British accusations"),
            E("Zakharova accuses Kyiv of using humanitarian groups as cover", "ACCUSE", ["Maria Zakharova", "Ukraine"],
              "2026-06-10", "published", "occurred", "unfounded British accusations"),
            E("Sybiha calls for the deal to be extended to the entire front", "REQUEST", ["Andrii Sybiha", "Russia"],
              "2026-06-10", "published", "occurred", "what is possible when Moscow stops lying"),
        ],
        [
            S("United Kingdom", "Cooper: a deliberate strike on people whose job is to save lives; Britain will raise "
              "it at the Security Council", "2026-06-09TEV", "text", "Foreign Secretary Yvette Cooper"),
            S("Dmitry Peskov", "The map exchange is purely humanitarian and does not change Moscow's position on a "
              "ceasefire", "2026-06-10", "text", "Kremlin spokesman Dmitry Peskov said on Wednesday"),
            S("Maria Zakharova", "Rejects unfounded British accusations; Kyiv uses humanitarian organisations as "
              "cover", "2026-06-10", "published", "unfounded British accusations"),
            S("Andrii Sybiha", "The deal shows what is possible; it should cover the entire front", "2026-06-10",
              "published", "what is possible when Moscow stops lying"),
            S("Ukraine", "About 139,000 square kilometres may be contaminated", "2026-06-10", "published",
              "Ukraine estimates that around 139,000"),
        ],
        ["Russia", "Ukraine", "United Kingdom", "United Nations", "Keir Starmer", "Kremlin", "Dmitry Peskov",
         "Maria Zakharova", "Andrii Sybiha"],
    ),
    doc(
        "b51en04_dublin_castle_children_2026_11", "2026-11-13", EN04,
        [
            T("yesterday", "DATE", "2026-11-12"),
            T("February 2022", "DATE", "2022-02"),
            T("this week", "DATE", "2026-W46"),
            T("the end of the year", "DATE", "2026", mod="END"),
            T("last year", "DATE", "2025"),
            T("the summer", "DATE", "2026-SU"),
            T("the spring", "DATE", "2027-SP"),
        ],
        [
            E("International coalition meets at Dublin Castle on the return of Ukrainian children", "CONSULT",
              ["Ukraine", "Andrii Sybiha", "European Union", "Kaja Kallas", "Germany", "France", "United Kingdom",
               "Qatar", "Vatican", "Volodymyr Zelensky"], "2026-11-12", "text", "occurred", "gathered at Dublin Castle"),
            E("The Taoiseach calls the deportation of the children a crime", "ACCUSE", ["Russia"], "2026-11-12",
              "context", "occurred", "gathered at Dublin Castle"),
            E("Deportation and forced displacement of Ukrainian children since February 2022", "COERCE",
              ["Russia", "Ukraine"], "2022-02", "text", "occurred", "19,546 children", date_mod="START",
              note="Kyiv's account"),
            E("Sybiha calls on Moscow to hand over lists of all children in its care", "REQUEST",
              ["Andrii Sybiha", "Russia"], "2026-11-12", "context", "occurred", "calling on Moscow to hand over lists"),
            E("Dublin Declaration adopted", "AGREE", ["Ukraine", "Germany", "France", "United Kingdom",
                                                     "European Union"], "2026-11-12", "context", "occurred",
              "Dublin Declaration"),
            E("23 more children reunited with their families through Qatari mediation", "CONCEDE",
              ["Russia", "Ukraine", "Qatar"], "2026-W46", "text", "occurred", "Lolwah Al-Khater"),
            E("EU to sanction 12 more Russian officials over the deportations", "SANCTION",
              ["Kaja Kallas", "European Union", "Russia"], "2026", "text", "planned", "Kaja Kallas said the bloc",
              date_mod="END"),
            E("Families reunited through Melania Trump's channel to the Kremlin", "CONCEDE",
              ["Russia", "Ukraine", "United States"], "2025", "text", "occurred", "Melania Trump",
              date_mod="START"),
            E("Peskov dismisses the gathering as a propaganda show", "REJECT", ["Dmitry Peskov"], "2026-11-13",
              "published", "occurred", "a propaganda show"),
            E("Russia hands 31 children back to relatives in Ukraine", "CONCEDE", ["Russia", "Ukraine"], "2026-SU",
              "text", "occurred", "Maria Lvova-Belova", date_mod="START"),
            E("Holy See promises to continue its discreet work", "AGREE", ["Vatican"], "2026-11-12", "context",
              "occurred", "Cardinal Pietro Parolin"),
            E("Vatican offers to host technical talks on individual cases", "REQUEST",
              ["Vatican", "Russia", "Ukraine"], "2026-11-12", "context", "occurred", "Cardinal Pietro Parolin"),
            E("Zelensky: no peace deal while a single child remains in Russia against their will", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2026-11-12", "context", "occurred", "addressing delegates by video"),
            E("Ireland announces 3 million euros for child tracing and support in Ukraine", "AID", ["Ukraine"],
              "2026-11-12", "context", "occurred", "Helen McEntee"),
            E("Next ministerial meeting of the coalition in Ottawa", "CONSULT", ["Ukraine"], "2027-SP", "text",
              "planned", "next ministerial meeting"),
        ],
        [
            S("Andrii Sybiha", "Kyiv has verified 19,546 deported or displaced children; just over 1,900 brought back",
              "2026-11-12", "context", "19,546 children"),
            S("Andrii Sybiha", "Every child has a name, a family and a home; Moscow must hand over lists",
              "2026-11-12", "context", "calling on Moscow to hand over lists"),
            S("Joint statement: Ukraine, Germany, France, United Kingdom, European Union",
              "Dublin Declaration: support for tracing, rehabilitation and prosecution", "2026-11-12", "context",
              "Dublin Declaration"),
            S("Qatar", "23 more children reunited with their families this week through Doha's mediation",
              "2026-11-12", "context", "Lolwah Al-Khater"),
            S("Kaja Kallas", "The EU will list 12 more Russian officials before the end of the year", "2026-11-12",
              "context", "Kaja Kallas said the bloc"),
            S("Dmitry Peskov", "A propaganda show; Russia saved the children and returns them when relatives come "
              "forward", "2026-11-13", "published", "a propaganda show"),
            S("Russia", "Lvova-Belova: 31 children handed back to relatives since the summer", "2026-11-13",
              "published", "Maria Lvova-Belova"),
            S("Vatican", "The Holy See will continue its discreet work and offers to host technical talks",
              "2026-11-12", "context", "Cardinal Pietro Parolin"),
            S("Volodymyr Zelensky", "No peace agreement while a single Ukrainian child remains in Russia against "
              "their will", "2026-11-12", "context", "addressing delegates by video"),
        ],
        ["Russia", "Ukraine", "Andrii Sybiha", "Germany", "France", "United Kingdom", "European Union", "Qatar",
         "Kaja Kallas", "United States", "Kremlin", "Dmitry Peskov", "Vatican", "Volodymyr Zelensky"],
    ),
    doc(
        "b51en05_kostiantynivka_evacuation_2026_03", "2026-03-26", EN05,
        [
            T("Wednesday", "DATE", "2026-03-25", 0),
            T("12-hour", "DURATION", "PT12H"),
            T("2019", "DATE", "2019"),
            T("6am local time", "TIME", "2026-03-25T06:00", note="local time (EET)"),
            T("twelve hours", "DURATION", "PT12H"),
            T("six in the evening", "TIME", "2026-03-25T18:00", note="local time (EET), in Hollis's quote"),
            T("Monday", "DATE", "2026-03-23"),
            T("almost three weeks", "DURATION", "P3W", mod="APPROX"),
            T("January", "DATE", "2026-01"),
            T("Wednesday", "DATE", "2026-03-25", 1),
            T("nightly", "SET", "P1D"),
            T("Wednesday", "DATE", "2026-03-25", 2),
            T("tomorrow", "DATE", "2026-03-26", note="in Zelensky's quote, speech time Wednesday 25 March"),
            T("next week", "DATE", "2026-W14"),
            T("Wednesday night", "TIME", "2026-03-25TNI"),
            T("the past two years", "DURATION", "P2Y"),
            T("the day", "DATE", "2026-03-25"),
            T("May", "DATE", "2026-05"),
        ],
        [
            E("12-hour local ceasefire in Kostiantynivka for the evacuation of civilians", "RETREAT",
              ["Russia", "Ukraine"], "2026-03-25", "text", "occurred", "A Brisbane intensive-care nurse"),
            E("Both sides confirm the evacuation pause", "AGREE", ["Russia", "Ukraine"], "2026-03-23", "text",
              "occurred", "The pause was confirmed by both sides"),
            E("ICRC-brokered talks with both sides on the pause", "CONSULT", ["Russia", "Ukraine"], "2026-03",
              "context", "occurred", "The pause was confirmed by both sides",
              note="almost three weeks of talks ending on Monday 23 March"),
            E("US-brokered talks in Abu Dhabi", "CONSULT", ["Rustem Umerov", "Russia", "United States"], "2026-01",
              "text", "occurred", "the US-brokered talks in Abu Dhabi"),
            E("Agreement in principle on humanitarian pauses for evacuations", "AGREE", ["Rustem Umerov", "Russia"],
              "2026-01", "context", "occurred", "the US-brokered talks in Abu Dhabi"),
            E("Peskov: a wider ceasefire only once Kyiv withdraws from the rest of Donetsk", "REQUEST",
              ["Dmitry Peskov", "Ukraine"], "2026-03-25", "context", "occurred", "a humanitarian gesture"),
            E("Zelensky: Ukraine ready to agree similar pauses along the front", "AGREE",
              ["Volodymyr Zelensky", "Russia"], "2026-03-25", "context", "occurred", "anywhere along the front"),
            E("Witkoff expected in Moscow next week", "CONSULT", ["Steve Witkoff", "Russia"], "2026-W14", "text",
              "planned", "who is expected in Moscow next week"),
            E("Witkoff welcomes the evacuation", "SUPPORT", ["Steve Witkoff", "Russia", "Ukraine"], "2026-03-26",
              "published", "occurred", "who is expected in Moscow next week"),
            E("UN humanitarian coordinator calls for regular and predictable pauses", "REQUEST",
              ["United Nations", "Russia", "Ukraine"], "2026-03-26", "published", "occurred", "regular and predictable"),
            E("Russian glide bombs strike the centre of Kostiantynivka", "ASSAULT", ["Russia", "Ukraine"],
              "2026-03-25TNI", "text", "occurred", "Russian glide bombs struck"),
        ],
        [
            S("Dmitry Peskov", "The pause is a humanitarian gesture, not a step towards a wider ceasefire, which "
              "requires Kyiv to leave Donetsk", "2026-03-25", "text", "a humanitarian gesture"),
            S("Volodymyr Zelensky", "Thanks the ICRC; Ukraine is ready to agree similar pauses anywhere along the "
              "front", "2026-03-25", "text", "anywhere along the front"),
            S("Steve Witkoff", "The evacuation shows that the humanitarian track is working", "2026-03-26",
              "published", "who is expected in Moscow next week"),
            S("United Nations", "About 9,000 people remain in Kostiantynivka without water or heating", "2026-03-26",
              "published", "UN humanitarian officials said"),
            S("United Nations", "Pauses should become regular and predictable", "2026-03-26", "published",
              "regular and predictable"),
            S("Ukraine", "Governor: Russian glide bombs struck the town centre", "2026-03-26", "published",
              "Russian glide bombs struck"),
        ],
        ["Russia", "Ukraine", "Rustem Umerov", "United States", "Kremlin", "Dmitry Peskov", "Volodymyr Zelensky",
         "Steve Witkoff", "United Nations"],
    ),
    doc(
        "b51en06_explainer_ukrainian_pows_2024_10", "2024-10-02", EN06,
        [
            T("yesterday", "DATE", "2024-10-01", 0),
            T("late August", "DATE", "2024-08", mod="END"),
            T("February 2022", "DATE", "2022-02"),
            T("14 September", "DATE", "2024-09-14"),
            T("September", "DATE", "2024-09", 1),
            T("Tuesday", "DATE", "2024-10-01", 0),
            T("yesterday", "DATE", "2024-10-01", 1),
            T("this year", "DATE", "2024"),
            T("last week", "DATE", "2024-W39"),
            T("June", "DATE", "2024-06"),
            T("Tuesday", "DATE", "2024-10-01", 1),
        ],
        [
            E("UN report: almost all released Ukrainian prisoners describe torture in Russian captivity", "ACCUSE",
              ["United Nations", "Russia"], "2024-10-01", "text", "occurred", "A UN report published yesterday"),
            E("Executions of surrendering Ukrainian soldiers rise sharply", "ASSAULT", ["Russia", "Ukraine"],
              "2024-08", "text", "occurred", "A UN report published yesterday", date_mod="END",
              note="reported rise since late August"),
            E("Russia's full-scale invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text",
              "occurred", "more than 55 exchanges", note="24 February 2022"),
            E("More than 55 prisoner exchanges since February 2022", "CONCEDE", ["Russia", "Ukraine"], "2022-02",
              "context", "occurred", "more than 55 exchanges", date_mod="START"),
            E("Exchange of 103 prisoners each", "CONCEDE", ["Russia", "Ukraine"], "2024-09-14", "text", "occurred",
              "The most recent swap"),
            E("Lubinets demands a permanent ICRC presence in Russian prison camps", "REQUEST", ["Ukraine"], "2024-09",
              "text", "occurred", "Dmytro Lubinets wrote"),
            E("Zakharova rejects the UN report as biased", "REJECT", ["Maria Zakharova", "United Nations"],
              "2024-10-01", "text", "occurred", "Maria Zakharova on Tuesday"),
            E("Zakharova accuses Kyiv of mistreating Russian prisoners", "ACCUSE", ["Maria Zakharova", "Ukraine"],
              "2024-10-01", "context", "occurred", "Maria Zakharova on Tuesday"),
            E("Ireland's Tánaiste calls for those responsible to be held to account", "ACCUSE", ["Russia"],
              "2024-10-01", "text", "occurred", "deeply disturbing", note="Ireland is not a canonical actor"),
            E("Zelensky calls for an all-for-all exchange as part of any peace plan", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2024-W39", "text", "occurred", "told the UN General Assembly last week"),
            E("Bürgenstock summit", "CONSULT", ["Ukraine", "United States", "Germany", "United Kingdom"], "2024-06",
              "context", "occurred", "at the Bürgenstock summit", note="15–16 June 2024"),
            E("More than 80 countries endorse the all-for-all exchange at Bürgenstock", "AGREE",
              ["Ukraine", "United States", "Germany", "United Kingdom"], "2024-06", "text", "occurred",
              "at the Bürgenstock summit"),
            E("Peskov: Russia open to humanitarian exchanges", "AGREE", ["Dmitry Peskov", "Ukraine"], "2024-10-01",
              "text", "occurred", "open to humanitarian exchanges"),
            E("Peskov: an all-for-all swap only at the end of the process", "REJECT", ["Dmitry Peskov", "Ukraine"],
              "2024-10-01", "context", "occurred", "open to humanitarian exchanges"),
        ],
        [
            S("United Nations", "Almost all released prisoners describe torture; executions of surrendering "
              "soldiers have risen", "2024-10-01", "text", "A UN report published yesterday"),
            S("Ukraine", "Around 8,000 Ukrainian soldiers and civilians are held in Russia", "2024-10-02",
              "published", "Ukraine says around 8,000"),
            S("Ukraine", "Coordination headquarters: more than 55 exchanges, 3,672 Ukrainians home", "2024-10-02",
              "published", "more than 55 exchanges"),
            S("United Nations", "169 of 174 released prisoners report beatings, electric shocks or mock executions",
              "2024-10-01", "context", "interviewed 174 released prisoners"),
            S("United Nations", "Bell: the torture is widespread and systematic", "2024-10-01", "context",
              "Danielle Bell"),
            S("Ukraine", "Lubinets demands a permanent ICRC presence in Russian camps", "2024-09", "text",
              "Dmytro Lubinets wrote"),
            S("Maria Zakharova", "The UN report is biased; Kyiv mistreats Russian prisoners", "2024-10-01", "text",
              "Maria Zakharova on Tuesday"),
            S("Volodymyr Zelensky", "An all-for-all exchange must be part of any peace plan", "2024-W39", "text",
              "told the UN General Assembly last week"),
            S("Dmitry Peskov", "Russia is open to humanitarian exchanges; all for all only at the end of the process",
              "2024-10-01", "text", "open to humanitarian exchanges"),
        ],
        ["United Nations", "Russia", "Ukraine", "Maria Zakharova", "Volodymyr Zelensky", "United States", "Germany",
         "United Kingdom", "Kremlin", "Dmitry Peskov"],
    ),
]
