"""English articles of the blind92 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b92en01 (NK News)
EN01 = """
Kim Jong Un shows off banned missiles to Russia's Shoigu as Moscow hunts for arms

Kim Jong Un personally guided Russian Defense Minister Sergei Shoigu through an exhibition of North Korea's newest weapons on Wednesday, including the Hwasong-18 solid-fuel ICBM and two previously unseen attack drones, state media reported Thursday.
The tour came a day after Shoigu landed in Pyongyang at the head of the first Russian defense delegation to visit the country since the collapse of the Soviet Union, and hours before he and a Chinese delegation watched a military parade in Kim Il Sung Square late Thursday.

During talks with Kim, Shoigu handed over a personal letter from President Vladimir Putin and proposed taking military cooperation between the two countries "to a new level," according to KCNA.
Kim, for his part, expressed "full support" for what Moscow calls its special military operation in Ukraine, the report said.
The North Korean leader received Li Hongzhong, a member of the Chinese Communist Party's Politburo, on Thursday morning, and Li delivered a letter from Chinese leader Xi Jinping.

Neither side mentioned arms transfers, but the display of weapons whose development is banned under U.N. Security Council resolutions raised immediate concern in Washington and Seoul.
"Russia is clearly looking for every source of support it can find, including in Pyongyang," U.S. Secretary of State Antony Blinken told reporters in Brisbane on Friday, where he is attending annual talks with Australian ministers.
State Department spokesperson Matthew Miller said Tuesday the U.S. had seen reports that North Korea may be supplying Russia with munitions and warned Pyongyang against doing so.
Last November, the White House said North Korea was covertly shipping artillery shells to Russia via countries in the Middle East and North Africa, a claim Pyongyang denied.

Kremlin spokesman Dmitry Peskov said on Thursday that Shoigu's trip was part of Russia's normal contacts with "neighboring countries" and should not worry anyone.
The visit also came after Russia and China on July 13 blocked a U.S.-led push at the U.N. Security Council to condemn North Korea's July 12 launch of the Hwasong-18.

Ukraine's foreign ministry said the exhibition showed that Moscow "is ready to deal with any regime" to keep its war going, and urged partners to tighten sanctions on both countries.
Analysts told NK News the ICBM display was likely aimed at Washington, while the drones, which resembled U.S.-made Global Hawk and Reaper models, may interest Russian buyers.
Shoigu was due to leave Pyongyang on Friday, KCNA said, without giving further details.
Russian and North Korean defense officials are expected to meet again in the coming months, according to Russia's defense ministry.
"""

# ---------------------------------------------------------------- b92en02 (Amwaj.media)
EN02 = """
US says Iran is helping Russia build drone plant east of Moscow

The United States has accused Iran of helping Russia build a factory to produce attack drones on Russian soil, the latest step in Washington's campaign to expose military cooperation between Tehran and Moscow.
White House National Security Council spokesperson John Kirby on Friday released satellite imagery of a site in Russia's Alabuga special economic zone, some 900 kilometers east of Moscow, where he said the plant could be operational early next year.
"Iran has been providing Russia with materials and equipment needed for drone production, and Russia has been receiving hundreds of Iranian one-way attack drones via the Caspian Sea," Kirby told reporters.
He said the drones were shipped from the Iranian port of Amirabad to Makhachkala on Russia's Caspian coast.

Alongside the release, the State, Commerce and Treasury departments issued a joint advisory warning companies worldwide that supplying Iran's drone program could expose them to US sanctions.
Kirby said Washington would "continue to use every tool at our disposal" to disrupt the supply chains and called on Iran to end its support for Moscow's war.

Iran's foreign ministry spokesperson Nasser Kanaani on Saturday dismissed the allegations as "baseless," repeating Tehran's position that it has not supplied weapons for use in the Ukraine war.
An Iranian official, speaking on condition of anonymity, told Amwaj.media that Tehran would not "bow to pressure" over its defense ties with Moscow.
The Kremlin declined to comment, with spokesman Dmitry Peskov telling journalists on Friday that Moscow "does not comment on military-technical cooperation."

In Kyiv, President Volodymyr Zelensky said in his nightly address on Friday that Iran had "chosen to be an accomplice" in Russia's terror, and urged partners to act against "every link in the chain."
Ukraine's air force says Russia has launched more than 400 Iranian-designed Shahed drones at Ukrainian cities since the start of May alone.

The disclosure puts Iran's Gulf neighbors in an awkward position as they pursue a fragile detente with Tehran following the China-brokered deal between Saudi Arabia and Iran in March.
Saudi Arabia, which hosted Zelensky at the Arab League summit in Jeddah last month, has positioned itself as a potential mediator, and Saudi Foreign Minister Prince Faisal bin Farhan is expected in Tehran in the coming days.
Diplomats in Riyadh told Amwaj.media that the kingdom would raise the issue of drones "discreetly."
"""

# ---------------------------------------------------------------- b92en03 (Iran International)
EN03 = """
UN missile curbs on Iran expire as West vows to keep sanctions over drones for Russia

United Nations restrictions on Iran's ballistic missile program and on its trade in drones and missiles expired on Wednesday, eight years after the adoption of the 2015 nuclear deal, prompting the United States and its European allies to say they would keep their own sanctions in place.
Under UN Security Council Resolution 2231, which endorsed the deal, countries had needed the council's approval to sell Iran or buy from it drones and missiles with a range of more than 300 kilometers.

The Islamic Republic's foreign ministry hailed the day as a victory over "the illegal pressure of the West," saying Tehran was now free to export and import such weapons.
Russia's foreign ministry said in a statement on Wednesday that the restrictions had "ceased to exist" and that transfers to and from Iran no longer required any permission from the Security Council.
Ukrainian officials fear the change could open the door for Moscow to acquire Iranian ballistic missiles on top of the Shahed drones it has been firing at Ukraine's cities since last autumn.

In a statement on Wednesday, US Secretary of State Antony Blinken said Washington would "use every available tool" to counter Iran's missile and drone development and to stop its transfers to Russia.
The Treasury and State departments on the same day sanctioned 11 individuals, eight entities and one vessel in Iran, China, Hong Kong and Venezuela involved in Iran's drone and missile procurement.
The Council of the European Union decided the same day to maintain its restrictive measures against Iranian individuals and entities linked to nuclear and missile activities, which would otherwise have lapsed.
Britain, France and Germany had announced their decision to keep national and EU sanctions in September, citing Iran's repeated breaches of the nuclear deal and its transfer of drones to Russia.

Iran International has learned that a Russian military delegation visited Tehran earlier this month to discuss purchases of Fateh-110 and Zolfaghar short-range missiles, according to two sources familiar with the talks.
The Kremlin did not respond to a request for comment, but spokesman Dmitry Peskov said on Tuesday that Russia "does not recognize" unilateral Western sanctions against its partners and would develop its ties with Iran "in all areas."

Ukraine's foreign ministry urged the international community on Thursday to keep up the pressure on Tehran, warning that any Iranian missiles handed to Russia would "end up in Ukrainian apartment blocks."
Foreign Minister Dmytro Kuleba raised the issue with EU counterparts on Monday in Luxembourg, where he asked the bloc to list more Iranian drone makers in its next sanctions package, expected before the end of the year.
"""

# ---------------------------------------------------------------- b92en04 (Stuff, New Zealand)
EN04 = """
NZ joins new watchdog to track North Korean arms flowing to Russia

New Zealand has joined 10 other countries in launching a new group to monitor North Korea's compliance with United Nations sanctions, months after Russia killed off the UN's own panel of experts.
The Multilateral Sanctions Monitoring Team was unveiled in Seoul on Wednesday by deputy foreign ministers and senior officials from the 11 countries, including the United States, Britain, France, Germany, Japan, South Korea and Australia.

In a joint statement, the 11 said the group would focus first on "the unlawful military cooperation" between Pyongyang and Moscow, including North Korean ballistic missiles and artillery shells that Russian forces have fired at Ukrainian cities since the start of the year.
"Russia's veto in March stopped the panel's work, but it did not stop our commitment to the sanctions regime," the statement said.
The panel's mandate expired at the end of April.

Foreign Minister Winston Peters said New Zealand had "a direct interest" in upholding the sanctions, as North Korean weapons were "prolonging a war in Europe that hurts us all."
Peters said the group would publish its first report "in the coming months," drawing in part on observations by a New Zealand Defence Force P-8A Poseidon aircraft, which has flown surveillance missions in the region since 2018.
New Zealand has imposed sanctions on more than 1600 people and entities connected to Russia's invasion of Ukraine since March 2022.

Russia dismissed the new body as illegitimate.
Foreign Ministry spokeswoman Maria Zakharova said on Thursday that the group had "no legal basis" and was an attempt by Washington and its allies to "put pressure on sovereign states."
The Kremlin has repeatedly denied receiving weapons from North Korea, while Pyongyang calls the allegations a fabrication.

Ukraine welcomed the initiative, with Foreign Minister Andrii Sybiha writing on X that "every shell counted is a shell exposed."
South Korea's spy agency said last week that Pyongyang had shipped more than 13,000 containers of munitions to Russia since August last year.
The group's members will meet again in New York next month on the sidelines of a UN Security Council briefing, officials said.
"""

# ---------------------------------------------------------------- b92en05 (Radio Free Asia)
EN05 = """
US sanctions Slovakia-based broker over North Korea-Russia arms deal

The United States on Thursday sanctioned a Slovakia-based arms dealer it says tried to arrange secret deliveries of North Korean weapons to Russia in exchange for aircraft and raw materials.
The Treasury Department said Ashot Mkrtychev, an Armenian national, had worked with North Korean officials between the end of 2022 and early 2023 to obtain more than two dozen kinds of weapons and munitions for Moscow.
He also met Russian officials to discuss the deal, which would have sent commercial aircraft, raw materials and commodities to Pyongyang in return, the department said.
"The United States will not relent in its efforts to expose and disrupt Russia's attempts to acquire weapons from the DPRK," Under Secretary of the Treasury Brian Nelson said in a statement.

White House National Security Council spokesman John Kirby told reporters on Thursday that Washington had seen no sign that weapons had actually changed hands under Mkrtychev's arrangement, but warned that Russia was "actively seeking" more arms from Pyongyang.
Kirby said the administration was prepared to take "additional actions" against anyone facilitating such deals.
In January, the White House released images it said showed Russian rail cars collecting North Korean infantry rockets and missiles for the Wagner mercenary group in November.
Washington designated Wagner a transnational criminal organization on Jan. 26.

Russia's embassy in Washington rejected the accusations as "groundless" in a post on Telegram on Friday, saying Moscow had "no need" for North Korean weapons.
Pyongyang has repeatedly denied any arms trade with Russia, and Kim Yo Jong, the powerful sister of leader Kim Jong Un, last year called such reports a "smear campaign" by hostile forces.

South Korea's foreign ministry welcomed the US move and said Seoul was considering its own sanctions on individuals involved in arms trading with Moscow.
Speaking to RFA Korean on Friday, a former member of the UN Panel of Experts on North Korea said the case showed how Pyongyang uses third-country brokers to disguise its arms exports.
The panel is due to publish its next report in April, which diplomats say will include a section on North Korea's military cooperation with Russia.
The Security Council's sanctions committee on North Korea is scheduled to discuss the findings in two weeks, according to diplomats.
Ukraine's foreign ministry said on Thursday evening that any North Korean weapons sent to Russia would be "used to kill Ukrainians," and called for "maximum pressure" on both regimes.
"""

# ---------------------------------------------------------------- b92en06 (The Diplomat)
EN06 = """
Shoigu Returns to Pyongyang as North Korea Deepens Its Support for Russia's War

Sergei Shoigu, the secretary of Russia's Security Council, held talks with North Korean leader Kim Jong Un in Pyongyang on Tuesday, his second visit to the country in two weeks, on instructions from President Vladimir Putin.
After the meeting, Shoigu told Russian state media that Pyongyang would send 1,000 sappers to clear mines in Russia's Kursk region and 5,000 military construction workers to rebuild infrastructure destroyed in the fighting.
Kim had agreed to the deployments at their previous meeting on June 4, Shoigu said.

The visits come as North Korea's arms deliveries to Russia show no sign of slowing.
South Korea's Joint Chiefs of Staff estimated earlier this month that Pyongyang has shipped around 12 million artillery shells to Russia since August 2023, along with dozens of KN-23 and KN-24 ballistic missiles.
In return, Russia is believed to have helped Pyongyang with air-defense systems, electronic warfare equipment and drone technology, according to Seoul's National Intelligence Service.
Kim told Shoigu that his country would "unconditionally support" Russia's policies and "all its measures" to defend its sovereignty, according to the Korean Central News Agency.

In Washington, State Department spokesperson Tammy Bruce said the deepening military cooperation between Moscow and Pyongyang was "a grave concern" and violated multiple UN Security Council resolutions.
The administration of President Donald Trump, which has pressed both Moscow and Kyiv to agree to a ceasefire, has not imposed new sanctions on North Korea-Russia arms networks since taking office in January.
South Korean President Lee Jae-myung, who took office on June 4, told reporters that Seoul would seek to manage relations with Russia "in a stable way" while opposing the deployments.

At the Group of Seven summit in Kananaskis, Canada, Ukrainian President Volodymyr Zelensky on Tuesday accused Russia of turning North Korea into "a workshop for its war" and urged Britain, Germany and France to target the supply chains.
He held separate talks on the sidelines with British Prime Minister Keir Starmer and German Chancellor Friedrich Merz.
Zelensky's hopes of meeting Trump there were dashed after the U.S. president left the summit early on Monday night to deal with the Israel-Iran conflict.
Kremlin spokesman Dmitry Peskov said on Wednesday that Russia's cooperation with North Korea was "a sovereign matter for two states" and "not directed against third countries."

NATO leaders are set to meet in The Hague next week, where Secretary-General Mark Rutte has said allies will discuss "the growing axis" of Russia, North Korea, Iran and China.
Analysts expect Shoigu to return to Pyongyang in the coming months.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b92en01_shoigu_pyongyang_weapons_2023_07", "2023-07-28", EN01,
        [
            T("Wednesday", "DATE", "2023-07-26"),
            T("Thursday", "DATE", "2023-07-27", 0),
            T("late Thursday", "TIME", "2023-07-27TNI"),
            T("Thursday morning", "TIME", "2023-07-27TMO"),
            T("Friday", "DATE", "2023-07-28", 0),
            T("annual", "SET", "P1Y"),
            T("Tuesday", "DATE", "2023-07-25"),
            T("Last November", "DATE", "2022-11"),
            T("Thursday", "DATE", "2023-07-27", 3),
            T("July 13", "DATE", "2023-07-13"),
            T("July 12", "DATE", "2023-07-12"),
            T("Friday", "DATE", "2023-07-28", 1),
            T("the coming months", "DATE", "FUTURE_REF"),
        ],
        [
            E("Kim guides Shoigu through an exhibition of North Korea's newest weapons", "CONSULT", ["Russia"],
              "2023-07-26", "text", "occurred", "Kim Jong Un personally guided"),
            E("Shoigu hands Kim a personal letter from Putin", "CONSULT", ["Vladimir Putin"], "2023-07-26", "context",
              "occurred", "During talks with Kim"),
            E("Shoigu proposes taking military cooperation to a new level", "REQUEST", ["Russia"], "2023-07-26",
              "context", "occurred", "During talks with Kim"),
            E("Kim expresses full support for Russia's war in Ukraine", "SUPPORT", ["Russia"], "2023-07-26",
              "context", "occurred", "Kim, for his part"),
            E("Kim receives Chinese Politburo member Li Hongzhong", "CONSULT", ["China"], "2023-07-27TMO", "text",
              "occurred", "The North Korean leader received Li Hongzhong"),
            E("Li delivers a letter from Xi Jinping to Kim", "CONSULT", ["Xi Jinping"], "2023-07-27TMO", "context",
              "occurred", "The North Korean leader received Li Hongzhong"),
            E("Blinken: Russia is looking for every source of support, including in Pyongyang", "ACCUSE",
              ["Antony Blinken", "Russia"], "2023-07-28", "text", "occurred", "Russia is clearly looking"),
            E("Blinken attends annual talks with Australian ministers in Brisbane", "CONSULT", ["Antony Blinken"],
              "2023-07-28", "context", "occurred", "Russia is clearly looking"),
            E("US warns Pyongyang against supplying munitions to Russia", "REQUEST", ["United States", "Russia"],
              "2023-07-25", "text", "occurred", "Matthew Miller said Tuesday"),
            E("White House says North Korea is covertly shipping artillery shells to Russia", "ACCUSE",
              ["White House", "Russia"], "2022-11", "text", "occurred", "Last November, the White House said"),
            E("North Korea covertly ships artillery shells to Russia via third countries", "AID", ["Russia"],
              "2022-11", "context", "uncertain", "Last November, the White House said"),
            E("Pyongyang denies the shell shipments", "REJECT", ["White House"], "2022-11", "context", "occurred",
              "Last November, the White House said"),
            E("Russia and China block a US-led push in the Security Council to condemn North Korea's launch",
              "REJECT", ["Russia", "China", "United States", "United Nations"], "2023-07-13", "text", "occurred",
              "on July 13 blocked"),
            E("Ukraine accuses Moscow of dealing with any regime to keep its war going", "ACCUSE",
              ["Ukraine", "Russia"], "2023-07-28", "published", "occurred", "Ukraine's foreign ministry said"),
            E("Ukraine urges partners to tighten sanctions on Russia and North Korea", "REQUEST", ["Ukraine", "Russia"],
              "2023-07-28", "published", "occurred", "Ukraine's foreign ministry said"),
            E("Russian and North Korean defense officials to meet again", "CONSULT", ["Russia"], "FUTURE_REF",
              "vague", "planned", "expected to meet again in the coming months"),
        ],
        [
            S("Russia", "Shoigu proposes taking military cooperation with North Korea to a new level", "2023-07-26",
              "context", "During talks with Kim"),
            S("Antony Blinken", "Russia is clearly looking for every source of support it can find, including in "
              "Pyongyang", "2023-07-28", "text", "Russia is clearly looking"),
            S("United States", "Miller: the US has seen reports North Korea may be supplying Russia with munitions; "
              "warns Pyongyang against it", "2023-07-25", "text", "Matthew Miller said Tuesday"),
            S("White House", "North Korea is covertly shipping artillery shells to Russia via the Middle East and "
              "North Africa", "2022-11", "text", "Last November, the White House said"),
            S("Dmitry Peskov", "Shoigu's trip is part of normal contacts with neighbouring countries and should worry "
              "no one", "2023-07-27", "text", "Kremlin spokesman Dmitry Peskov said on Thursday"),
            S("Ukraine", "Moscow is ready to deal with any regime to keep its war going; partners should tighten "
              "sanctions on both countries", "2023-07-28", "published", "Ukraine's foreign ministry said"),
            S("Russia", "Defense ministry: Russian and North Korean defense officials will meet again in the coming "
              "months", "2023-07-28", "published", "expected to meet again in the coming months"),
        ],
        ["Russia", "Vladimir Putin", "Ukraine", "China", "Xi Jinping", "United Nations", "Antony Blinken",
         "United States", "White House", "Dmitry Peskov", "Kremlin"],
    ),
    doc(
        "b92en02_alabuga_drone_plant_iran_2023_06", "2023-06-10", EN02,
        [
            T("Friday", "DATE", "2023-06-09", 0),
            T("early next year", "DATE", "2024", mod="START"),
            T("Saturday", "DATE", "2023-06-10"),
            T("Friday", "DATE", "2023-06-09", 1),
            T("nightly", "SET", "P1D"),
            T("Friday", "DATE", "2023-06-09", 2),
            T("the start of May", "DATE", "2023-05", mod="START"),
            T("March", "DATE", "2023-03"),
            T("last month", "DATE", "2023-05"),
            T("the coming days", "DATE", "FUTURE_REF"),
        ],
        [
            E("White House accuses Iran of helping Russia build a drone factory in Alabuga", "ACCUSE",
              ["White House", "Russia"], "2023-06-09", "text", "occurred", "John Kirby on Friday released"),
            E("Iran provides Russia with materials and equipment for drone production", "AID", ["Russia"],
              "2023-06-09", "context", "occurred", "Iran has been providing Russia",
              note="ongoing; dated by Kirby's briefing"),
            E("Russia receives hundreds of Iranian attack drones via the Caspian Sea", "AID", ["Russia"],
              "2023-06-09", "context", "occurred", "Iran has been providing Russia",
              note="ongoing; dated by Kirby's briefing"),
            E("US advisory warns companies that supplying Iran's drone program risks US sanctions", "THREATEN",
              ["United States"], "2023-06-09", "context", "occurred", "issued a joint advisory"),
            E("Kirby vows to use every tool to disrupt the supply chains", "THREATEN", ["White House", "Russia"],
              "2023-06-09", "context", "occurred", "continue to use every tool"),
            E("Kirby calls on Iran to end its support for Moscow's war", "REQUEST", ["White House", "Russia"],
              "2023-06-09", "context", "occurred", "continue to use every tool"),
            E("Iran dismisses the US allegations as baseless", "REJECT", ["White House"], "2023-06-10", "text",
              "occurred", "Nasser Kanaani on Saturday dismissed"),
            E("Zelensky accuses Iran of complicity in Russia's terror", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2023-06-09", "text", "occurred", "chosen to be an accomplice"),
            E("Zelensky urges partners to act against every link in the chain", "REQUEST", ["Volodymyr Zelensky"],
              "2023-06-09", "text", "occurred", "chosen to be an accomplice"),
            E("Russia launched more than 400 Shahed drones at Ukrainian cities since early May", "ASSAULT",
              ["Russia", "Ukraine"], "2023-05", "text", "occurred", "Ukraine's air force says", date_mod="START"),
            E("China-brokered deal between Saudi Arabia and Iran", "AGREE", ["Saudi Arabia", "China"], "2023-03",
              "text", "occurred", "China-brokered deal", note="Beijing agreement of 10 March 2023"),
            E("Saudi Arabia hosted Zelensky at the Arab League summit in Jeddah", "CONSULT",
              ["Saudi Arabia", "Volodymyr Zelensky"], "2023-05", "text", "occurred", "hosted Zelensky at the Arab League",
              note="19 May 2023"),
            E("Saudi Foreign Minister expected in Tehran", "CONSULT", ["Saudi Arabia"], "FUTURE_REF", "vague",
              "planned", "hosted Zelensky at the Arab League"),
        ],
        [
            S("White House", "Kirby: the Alabuga plant could be operational early next year", "2023-06-09", "text",
              "John Kirby on Friday released"),
            S("White House", "Iran provides Russia with materials and equipment for drones; hundreds of drones arrive "
              "via the Caspian Sea", "2023-06-09", "context", "Iran has been providing Russia"),
            S("White House", "The drones were shipped from Amirabad to Makhachkala", "2023-06-09", "context",
              "He said the drones were shipped"),
            S("United States", "Advisory: supplying Iran's drone program could expose companies to US sanctions",
              "2023-06-09", "context", "issued a joint advisory"),
            S("White House", "Washington will use every tool to disrupt the supply chains; Iran must end its support "
              "for Moscow's war", "2023-06-09", "context", "continue to use every tool"),
            S("Dmitry Peskov", "Moscow does not comment on military-technical cooperation", "2023-06-09", "text",
              "The Kremlin declined to comment"),
            S("Volodymyr Zelensky", "Iran has chosen to be an accomplice in Russia's terror; partners must act "
              "against every link in the chain", "2023-06-09", "text", "chosen to be an accomplice"),
            S("Ukraine", "Air force: more than 400 Shahed drones launched at Ukrainian cities since the start of May",
              "2023-06-10", "published", "Ukraine's air force says"),
        ],
        ["United States", "White House", "Russia", "Ukraine", "Dmitry Peskov", "Kremlin", "Volodymyr Zelensky",
         "Saudi Arabia", "China"],
    ),
    doc(
        "b92en03_un_missile_curbs_iran_expire_2023_10", "2023-10-19", EN03,
        [
            T("Wednesday", "DATE", "2023-10-18", 0),
            T("2015", "DATE", "2015"),
            T("now", "DATE", "PRESENT_REF"),
            T("Wednesday", "DATE", "2023-10-18", 1),
            T("last autumn", "DATE", "2022-FA"),
            T("Wednesday", "DATE", "2023-10-18", 2),
            T("the same day", "DATE", "2023-10-18", 0),
            T("the same day", "DATE", "2023-10-18", 1),
            T("September", "DATE", "2023-09"),
            T("this month", "DATE", "2023-10"),
            T("Tuesday", "DATE", "2023-10-17"),
            T("Thursday", "DATE", "2023-10-19"),
            T("Monday", "DATE", "2023-10-16"),
            T("the end of the year", "DATE", "2023", mod="END"),
        ],
        [
            E("Russia fires Iranian Shahed drones at Ukraine's cities", "ASSAULT", ["Russia", "Ukraine"], "2022-FA",
              "text", "occurred", "Ukrainian officials fear", date_mod="START"),
            E("Blinken vows to use every available tool to stop Iran's transfers to Russia", "THREATEN",
              ["Antony Blinken", "Russia"], "2023-10-18", "text", "occurred", "In a statement on Wednesday, US"),
            E("US sanctions 11 individuals, eight entities and a vessel in Iran's drone and missile procurement",
              "SANCTION", ["United States"], "2023-10-18", "text", "occurred", "The Treasury and State departments"),
            E("EU Council maintains its restrictive measures against Iranian individuals and entities", "SANCTION",
              ["European Union"], "2023-10-18", "text", "occurred", "The Council of the European Union decided"),
            E("Britain, France and Germany announce they will keep national and EU sanctions on Iran", "SANCTION",
              ["United Kingdom", "France", "Germany"], "2023-09", "text", "occurred", "Britain, France and Germany had",
              note="E3 statement of 14 September 2023"),
            E("The E3 accuse Iran of breaching the nuclear deal and transferring drones to Russia", "ACCUSE",
              ["United Kingdom", "France", "Germany"], "2023-09", "context", "occurred",
              "Britain, France and Germany had"),
            E("Russian military delegation visits Tehran to discuss missile purchases", "CONSULT", ["Russia"],
              "2023-10", "text", "occurred", "a Russian military delegation visited Tehran"),
            E("Peskov: Russia does not recognize unilateral Western sanctions against its partners", "REJECT",
              ["Dmitry Peskov", "United States", "European Union"], "2023-10-17", "text", "occurred",
              "spokesman Dmitry Peskov said on Tuesday"),
            E("Ukraine urges the international community to keep up the pressure on Tehran", "REQUEST", ["Ukraine"],
              "2023-10-19", "text", "occurred", "urged the international community on Thursday"),
            E("Kuleba meets EU counterparts in Luxembourg", "CONSULT", ["Ukraine", "European Union"], "2023-10-16",
              "text", "occurred", "Dmytro Kuleba raised the issue"),
            E("Kuleba asks the EU to list more Iranian drone makers", "REQUEST", ["Ukraine", "European Union"],
              "2023-10-16", "context", "occurred", "Dmytro Kuleba raised the issue"),
            E("Next EU sanctions package expected before the end of the year", "SANCTION",
              ["European Union", "Russia"], "2023", "text", "planned", "Dmytro Kuleba raised the issue",
              date_mod="END"),
        ],
        [
            S("Russia", "Foreign ministry: the restrictions have ceased to exist; transfers to and from Iran need no "
              "Security Council permission", "2023-10-18", "text", "Russia's foreign ministry said"),
            S("Ukraine", "The change could let Moscow acquire Iranian ballistic missiles", "2023-10-19", "published",
              "Ukrainian officials fear"),
            S("Antony Blinken", "Washington will use every available tool to counter Iran's missile and drone "
              "development and its transfers to Russia", "2023-10-18", "text", "In a statement on Wednesday, US"),
            S("Joint statement: United Kingdom, France, Germany", "Will keep national and EU sanctions on Iran, citing "
              "its breaches and its drone transfers to Russia", "2023-09", "text", "Britain, France and Germany had"),
            S("Dmitry Peskov", "Russia does not recognize unilateral Western sanctions and will develop ties with Iran "
              "in all areas", "2023-10-17", "text", "spokesman Dmitry Peskov said on Tuesday"),
            S("Ukraine", "Iranian missiles handed to Russia would end up in Ukrainian apartment blocks", "2023-10-19",
              "text", "urged the international community on Thursday"),
            S("Ukraine", "Kuleba asks the EU to list more Iranian drone makers in its next package", "2023-10-16",
              "context", "Dmytro Kuleba raised the issue"),
        ],
        ["United Nations", "United States", "Antony Blinken", "European Union", "United Kingdom", "France",
         "Germany", "Russia", "Ukraine", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b92en04_msmt_launch_new_zealand_2024_10", "2024-10-17", EN04,
        [
            T("Wednesday", "DATE", "2024-10-16"),
            T("the start of the year", "DATE", "2024", mod="START"),
            T("March", "DATE", "2024-03", 0),
            T("the end of April", "DATE", "2024-04", mod="END"),
            T("the coming months", "DATE", "FUTURE_REF"),
            T("2018", "DATE", "2018"),
            T("March 2022", "DATE", "2022-03"),
            T("Thursday", "DATE", "2024-10-17"),
            T("last week", "DATE", "2024-W41"),
            T("August last year", "DATE", "2023-08"),
            T("next month", "DATE", "2024-11"),
        ],
        [
            E("Eleven countries launch the Multilateral Sanctions Monitoring Team in Seoul", "COOPERATE",
              ["United States", "United Kingdom", "France", "Germany"], "2024-10-16", "text", "occurred",
              "The Multilateral Sanctions Monitoring Team was unveiled"),
            E("The 11 accuse Pyongyang and Moscow of unlawful military cooperation", "ACCUSE",
              ["United States", "United Kingdom", "France", "Germany", "Russia"], "2024-10-16", "context", "occurred", "In a joint statement, the 11 said"),
            E("North Korea supplied ballistic missiles and artillery shells to Russia", "AID", ["Russia"], "2024",
              "context", "occurred", "In a joint statement, the 11 said", date_mod="START"),
            E("Russian forces fire North Korean missiles and shells at Ukrainian cities", "ASSAULT",
              ["Russia", "Ukraine"], "2024", "text", "occurred", "In a joint statement, the 11 said",
              date_mod="START"),
            E("Russia vetoed the renewal of the UN panel of experts", "REJECT", ["Russia", "United Nations"],
              "2024-03", "text", "occurred", "Russia's veto in March", note="veto of 28 March 2024"),
            E("New Zealand sanctions more than 1,600 people and entities connected to Russia's invasion", "SANCTION",
              ["Russia"], "2022-03", "text", "occurred", "New Zealand has imposed sanctions", date_mod="START"),
            E("Zakharova rejects the monitoring group as having no legal basis", "REJECT", ["Maria Zakharova"],
              "2024-10-17", "text", "occurred", "Maria Zakharova said on Thursday"),
            E("Zakharova accuses Washington and its allies of pressuring sovereign states", "ACCUSE",
              ["Maria Zakharova", "United States"], "2024-10-17", "text", "occurred",
              "Maria Zakharova said on Thursday"),
            E("Sybiha welcomes the monitoring team", "SUPPORT", ["Andrii Sybiha", "United States", "United Kingdom", "France", "Germany"], "2024-10-17", "published",
              "occurred", "Ukraine welcomed the initiative"),
            E("North Korea shipped more than 13,000 containers of munitions to Russia", "AID", ["Russia"], "2023-08",
              "text", "occurred", "13,000 containers", date_mod="START"),
            E("Members of the monitoring team to meet again in New York", "CONSULT", ["United States", "United Kingdom", "France", "Germany"], "2024-11", "text",
              "planned", "will meet again in New York next month"),
        ],
        [
            S("Joint statement: United States, United Kingdom, France, Germany", "The group will focus first on the "
              "unlawful military cooperation between Pyongyang and Moscow", "2024-10-16", "context",
              "In a joint statement, the 11 said"),
            S("Joint statement: United States, United Kingdom, France, Germany", "Russia's veto stopped the panel's "
              "work but not our commitment to the sanctions regime", "2024-10-16", "context",
              "Russia's veto in March"),
            S("Russia", "Dismisses the new body as illegitimate", "2024-10-17", "published",
              "Russia dismissed the new body"),
            S("Maria Zakharova", "The group has no legal basis and is an attempt to pressure sovereign states",
              "2024-10-17", "text", "Maria Zakharova said on Thursday"),
            S("Kremlin", "Denies receiving weapons from North Korea", "2024-10-17", "published",
              "The Kremlin has repeatedly denied"),
            S("Andrii Sybiha", "Every shell counted is a shell exposed", "2024-10-17", "published",
              "Ukraine welcomed the initiative"),
        ],
        ["United Nations", "Russia", "United States", "United Kingdom", "France", "Germany", "Ukraine",
         "Maria Zakharova", "Kremlin", "Andrii Sybiha"],
    ),
    doc(
        "b92en05_mkrtychev_sanctions_arms_broker_2023_03", "2023-03-31", EN05,
        [
            T("Thursday", "DATE", "2023-03-30", 0),
            T("the end of 2022", "DATE", "2022", mod="END"),
            T("early 2023", "DATE", "2023", mod="START"),
            T("Thursday", "DATE", "2023-03-30", 1),
            T("January", "DATE", "2023-01"),
            T("November", "DATE", "2022-11"),
            T("Jan. 26", "DATE", "2023-01-26"),
            T("Friday", "DATE", "2023-03-31", 0),
            T("last year", "DATE", "2022"),
            T("Friday", "DATE", "2023-03-31", 1),
            T("April", "DATE", "2023-04"),
            T("two weeks", "DURATION", "P2W", note="in two weeks: 2023-04-14"),
            T("Thursday evening", "TIME", "2023-03-30TEV"),
        ],
        [
            E("US sanctions a Slovakia-based arms dealer over North Korean weapons for Russia", "SANCTION",
              ["United States"], "2023-03-30", "text", "occurred", "The United States on Thursday sanctioned"),
            E("Russia sought more than two dozen kinds of North Korean weapons through a broker", "REQUEST",
              ["Russia"], "2022", "text", "occurred", "between the end of 2022 and early 2023", date_mod="END"),
            E("The broker met Russian officials to discuss the deal", "CONSULT", ["Russia"], "2022", "context",
              "occurred", "He also met Russian officials", date_mod="END"),
            E("Treasury vows not to relent in disrupting Russia's attempts to acquire DPRK weapons", "THREATEN",
              ["United States", "Russia"], "2023-03-30", "context", "occurred", "will not relent"),
            E("Kirby warns that Russia is actively seeking more arms from Pyongyang", "ACCUSE",
              ["White House", "Russia"], "2023-03-30", "text", "occurred", "John Kirby told reporters on Thursday"),
            E("Kirby: the administration is prepared to take additional actions against facilitators", "THREATEN",
              ["White House"], "2023-03-30", "context", "occurred", "additional actions"),
            E("White House releases images of North Korean rockets and missiles collected for Wagner", "ACCUSE",
              ["White House", "Russia"], "2023-01", "text", "occurred", "In January, the White House released"),
            E("North Korea delivered infantry rockets and missiles to Russia's Wagner group", "AID", ["Russia"],
              "2022-11", "text", "occurred", "In January, the White House released"),
            E("US designates Wagner a transnational criminal organization", "SANCTION", ["United States", "Russia"],
              "2023-01-26", "text", "occurred", "Washington designated Wagner"),
            E("Russia's embassy rejects the accusations as groundless", "REJECT", ["Russia", "United States"],
              "2023-03-31", "text", "occurred", "rejected the accusations as"),
            E("South Korea welcomes the US sanctions", "SUPPORT", ["United States"], "2023-03-31", "published",
              "occurred", "South Korea's foreign ministry welcomed"),
            E("Seoul considers its own sanctions on people trading arms with Moscow", "SANCTION", ["Russia"],
              "2023-03-31", "published", "uncertain", "South Korea's foreign ministry welcomed"),
            E("UN sanctions committee on North Korea to discuss the panel's findings", "CONSULT", ["United Nations"],
              "2023-04-14", "text", "planned", "scheduled to discuss the findings in two weeks"),
            E("Ukraine: North Korean weapons sent to Russia would be used to kill Ukrainians", "ACCUSE",
              ["Ukraine", "Russia"], "2023-03-30TEV", "text", "occurred", "said on Thursday evening"),
            E("Ukraine calls for maximum pressure on both regimes", "REQUEST", ["Ukraine", "Russia"],
              "2023-03-30TEV", "text", "occurred", "said on Thursday evening"),
        ],
        [
            S("United States", "Treasury: Mkrtychev worked with North Korean officials to obtain weapons and "
              "munitions for Moscow", "2023-03-30", "context", "between the end of 2022 and early 2023"),
            S("United States", "Treasury: he met Russian officials; the deal would have sent aircraft and raw "
              "materials to Pyongyang", "2023-03-30", "context", "He also met Russian officials"),
            S("United States", "Nelson: the US will not relent in exposing and disrupting Russia's attempts to "
              "acquire DPRK weapons", "2023-03-30", "context", "will not relent"),
            S("White House", "Kirby: no sign weapons changed hands, but Russia is actively seeking more arms from "
              "Pyongyang", "2023-03-30", "text", "John Kirby told reporters on Thursday"),
            S("White House", "Kirby: ready to take additional actions against anyone facilitating such deals",
              "2023-03-30", "context", "additional actions"),
            S("White House", "Images show Russian rail cars collecting North Korean rockets and missiles for Wagner",
              "2023-01", "text", "In January, the White House released"),
            S("Russia", "Embassy: the accusations are groundless; Moscow has no need for North Korean weapons",
              "2023-03-31", "text", "rejected the accusations as"),
            S("Ukraine", "North Korean weapons sent to Russia would be used to kill Ukrainians; maximum pressure on "
              "both regimes", "2023-03-30TEV", "text", "said on Thursday evening"),
        ],
        ["United States", "Russia", "White House", "United Nations", "Ukraine"],
    ),
    doc(
        "b92en06_shoigu_pyongyang_sappers_2025_06", "2025-06-18", EN06,
        [
            T("Tuesday", "DATE", "2025-06-17", 0),
            T("two weeks", "DURATION", "P2W"),
            T("June 4", "DATE", "2025-06-04", 0),
            T("this month", "DATE", "2025-06"),
            T("August 2023", "DATE", "2023-08"),
            T("January", "DATE", "2025-01"),
            T("June 4", "DATE", "2025-06-04", 1),
            T("Tuesday", "DATE", "2025-06-17", 1),
            T("Monday night", "TIME", "2025-06-16TNI"),
            T("Wednesday", "DATE", "2025-06-18"),
            T("next week", "DATE", "2025-W26"),
            T("the coming months", "DATE", "FUTURE_REF"),
        ],
        [
            E("Shoigu holds talks with Kim Jong Un in Pyongyang", "CONSULT", ["Russia"], "2025-06-17", "text",
              "occurred", "held talks with North Korean leader Kim Jong Un"),
            E("North Korea to send 1,000 sappers and 5,000 military builders to Kursk", "MOBILIZE", ["Russia"],
              "2025-06-17", "context", "planned", "1,000 sappers", note="dated by Shoigu's announcement"),
            E("Shoigu and Kim met in Pyongyang on June 4", "CONSULT", ["Russia"], "2025-06-04", "text", "occurred",
              "Kim had agreed to the deployments"),
            E("Kim agreed to the deployments", "AGREE", ["Russia"], "2025-06-04", "text", "occurred",
              "Kim had agreed to the deployments"),
            E("North Korea shipped about 12 million shells and dozens of ballistic missiles to Russia", "AID",
              ["Russia"], "2023-08", "text", "occurred", "12 million artillery shells", date_mod="START"),
            E("Russia is believed to have helped Pyongyang with air defence, electronic warfare and drones", "AID",
              ["Russia"], "2025-06-18", "published", "uncertain", "In return, Russia is believed"),
            E("Kim pledges unconditional support for Russia's policies", "SUPPORT", ["Russia"], "2025-06-17",
              "context", "occurred", "unconditionally support"),
            E("State Department: Moscow-Pyongyang military cooperation is a grave concern and violates UN "
              "resolutions", "ACCUSE", ["United States", "Russia"], "2025-06-18", "published", "occurred",
              "Tammy Bruce said"),
            E("Trump administration presses Moscow and Kyiv to agree to a ceasefire", "REQUEST",
              ["Donald Trump", "Russia", "Ukraine"], "2025-06-18", "published", "occurred",
              "has pressed both Moscow and Kyiv"),
            E("Lee Jae-myung: Seoul opposes the North Korean deployments", "REJECT", ["Russia"], "2025-06-18",
              "published", "occurred", "Lee Jae-myung"),
            E("Zelensky accuses Russia of turning North Korea into a workshop for its war", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2025-06-17", "text", "occurred", "a workshop for its war"),
            E("Zelensky urges Britain, Germany and France to target the supply chains", "REQUEST",
              ["Volodymyr Zelensky", "United Kingdom", "Germany", "France"], "2025-06-17", "text", "occurred",
              "a workshop for its war"),
            E("Zelensky meets Starmer on the sidelines of the G7 summit", "CONSULT",
              ["Volodymyr Zelensky", "Keir Starmer"], "2025-06-17", "context", "occurred",
              "He held separate talks on the sidelines"),
            E("Zelensky meets Merz on the sidelines of the G7 summit", "CONSULT",
              ["Volodymyr Zelensky", "Friedrich Merz"], "2025-06-17", "context", "occurred",
              "He held separate talks on the sidelines"),
            E("Planned Zelensky-Trump meeting at the G7 falls through", "CONSULT",
              ["Volodymyr Zelensky", "Donald Trump"], "2025-06-17", "context", "cancelled",
              "Zelensky's hopes of meeting Trump", note="Trump left on Monday night; the meeting was due Tuesday"),
            E("NATO summit in The Hague", "CONSULT", ["NATO"], "2025-W26", "text", "planned",
              "NATO leaders are set to meet", note="24-25 June 2025"),
            E("Rutte: allies face a growing axis of Russia, North Korea, Iran and China", "ACCUSE",
              ["Mark Rutte", "Russia", "China"], "2025-06-18", "published", "occurred",
              "NATO leaders are set to meet"),
            E("Shoigu expected to return to Pyongyang", "CONSULT", ["Russia"], "FUTURE_REF", "vague", "uncertain",
              "Analysts expect Shoigu to return"),
        ],
        [
            S("Russia", "Shoigu: Pyongyang will send 1,000 sappers and 5,000 military builders to Kursk",
              "2025-06-17", "context", "1,000 sappers"),
            S("Russia", "Shoigu: Kim agreed to the deployments at their meeting on June 4", "2025-06-17", "context",
              "Kim had agreed to the deployments"),
            S("United States", "Bruce: Moscow-Pyongyang military cooperation is a grave concern and violates UN "
              "resolutions", "2025-06-18", "published", "Tammy Bruce said"),
            S("Volodymyr Zelensky", "Russia is turning North Korea into a workshop for its war; Britain, Germany and "
              "France should target the supply chains", "2025-06-17", "text", "a workshop for its war"),
            S("Dmitry Peskov", "Cooperation with North Korea is a sovereign matter and not directed against third "
              "countries", "2025-06-18", "text", "Kremlin spokesman Dmitry Peskov said on Wednesday"),
            S("Mark Rutte", "Allies will discuss the growing axis of Russia, North Korea, Iran and China",
              "2025-06-18", "published", "NATO leaders are set to meet"),
        ],
        ["Russia", "Vladimir Putin", "United Nations", "United States", "Donald Trump", "Ukraine",
         "Volodymyr Zelensky", "United Kingdom", "Germany", "France", "Keir Starmer", "Friedrich Merz", "Kremlin",
         "Dmitry Peskov", "NATO", "Mark Rutte", "China"],
    ),
]
