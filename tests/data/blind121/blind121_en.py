"""English articles of the blind121 set (fictionalised; written and annotated blind to the extraction code).

Theme: the legal aftermath of MH17, 2022-2025 (the ICAO case, the Dutch verdict, the Strasbourg proceedings and
Russia's responses).
"""

from build import E, S, T


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


MH17_NOTE = "attacker disputed by Russia; the JIT and the Dutch court attribute the Buk to Russia's 53rd brigade"

# ---------------------------------------------------------------- b121en01 (Montreal Gazette)
EN01 = """
Russia loses seat on ICAO council in vote at Montreal assembly

Russia has lost its seat on the governing council of the International Civil Aviation Organization, the Montreal-based United Nations agency that sets the rules for international air travel.
In a secret ballot at the ICAO Assembly on Saturday, Russia received 80 votes, short of the 86 it needed to keep one of the 36 seats on the council, delegates said.
Moscow had been a member of the council since the Soviet era.

At the assembly, which opened on Sept. 27, Canada, the United States and European delegations accused Russia of breaching the Chicago Convention by re-registering hundreds of leased foreign aircraft in Russia since March.
Ukraine's delegation also raised the downing of Malaysia Airlines Flight MH17 over eastern Ukraine in July 2014, in which all 298 people on board were killed.

Russia's Federal Air Transport Agency called the result "politically motivated" and said Moscow would keep working with ICAO's technical bodies.
Kremlin spokesman Dmitry Peskov told reporters on Monday that Russia regretted the outcome but would "continue to defend its interests" within the organization.
Foreign ministry spokeswoman Maria Zakharova accused Washington of putting "unprecedented pressure" on smaller delegations.

The result means Russia will have no vote when the council rules on a complaint filed in March by the Netherlands and Australia, which hold Moscow responsible for the MH17 disaster.
The two countries argue that Russia violated Article 3bis of the convention, which bans the use of weapons against civil aircraft in flight.
Russia denies any involvement, and a Dutch court is due to deliver its verdict against four suspects in the case on Nov. 17.

Transport Minister Omar Alghabra, who led Canada's delegation, said the vote sent "a clear message" that member states would not accept violations of aviation law.
Canada closed its airspace to Russian aircraft on Feb. 27, days after Russia's full-scale invasion of Ukraine began on Feb. 24.
Ukrainian-Canadian groups rallied outside ICAO headquarters on Robert-Bourassa Boulevard on Saturday morning, urging delegates to "ground Russia".
The assembly, ICAO's first since 2019, runs until Friday.
"""

# ---------------------------------------------------------------- b121en02 (Malaysiakini)
EN02 = """
MH17 verdict: Families relieved, but Moscow says it will not hand over convicted men

Families of the 43 Malaysians killed on Malaysia Airlines Flight MH17 have welcomed the conviction of three men over the 2014 downing of the aircraft, but say the fight for justice is far from over.
A Dutch court on Thursday sentenced Russians Igor Girkin and Sergei Dubinsky and Ukrainian separatist Leonid Kharchenko to life imprisonment in absentia for the murder of all 298 people on board.
It acquitted a fourth defendant, Oleg Pulatov, and found that Russia had exercised "overall control" over the separatist forces in Donetsk since mid-May 2014.

Transport Minister Wee Ka Siong said in a statement yesterday that Malaysia respected the court's decision and urged all parties, including Russia, to cooperate so that justice could be served.
Wisma Putra said Malaysia would continue to work closely with its partners in the Joint Investigation Team (JIT), which also includes the Netherlands, Australia, Belgium and Ukraine.

In Moscow, foreign ministry spokesperson Maria Zakharova said on Thursday that the trial had been held under "unprecedented pressure" from Dutch politicians and was "far from impartial".
Russia would not extradite its citizens, she added.
Kremlin spokesperson Dmitry Peskov declined to comment yesterday, saying only that Russia had not taken part in the proceedings.
The Russian embassy in Kuala Lumpur said on Facebook that the court had ignored evidence provided by Russia's Defence Ministry.

Ukrainian President Volodymyr Zelensky called the verdict "an important court decision" and said those in Moscow who ordered the attack must also be brought to justice.
Dutch Prime Minister Mark Rutte said the Netherlands would summon the Russian ambassador and called on Moscow to hand over the three men.

Malaysia joined the JIT in late 2014 after initial difficulties over access to the crash site, which lies in territory held by Russian-backed separatists.
Former prime minister Dr Mahathir Mohamad had questioned the JIT's findings in 2019, saying there was no proof that Russia was responsible.
Anis Farhana, whose uncle was a cabin crew member on the flight, told Malaysiakini the family had waited "eight long years" for the verdict.
The verdict comes as Malaysians head to the polls today in the 15th general election.
The court also ordered the three men to pay more than €16 million in compensation to the victims' relatives, which lawyers say will be difficult to collect.
"""

# ---------------------------------------------------------------- b121en03 (Lawfare)
EN03 = """
Strasbourg Court Clears the Way for MH17 and Eastern Ukraine Claims Against Russia

On Jan. 25, the Grand Chamber of the European Court of Human Rights declared admissible the interstate case brought by Ukraine and the Netherlands against Russia over the conflict in eastern Ukraine and the downing of Malaysia Airlines Flight MH17.
In its decision, the court found that separatist-held areas of Donetsk and Luhansk were under Russian jurisdiction from May 11, 2014, because Moscow exercised "effective control" over them through its military, political and economic support.
The judges will examine the merits at a later stage, including the Dutch claim that Russia is responsible for the deaths of the 298 people aboard MH17 in July 2014.

Ukraine lodged the first of its applications in 2014, and the Netherlands filed its MH17 application in July 2020; the court joined the cases in 2022.
The Grand Chamber heard the parties on admissibility in January 2022, less than a month before the full-scale invasion.
Russia was expelled from the Council of Europe on March 16, 2022, and ceased to be a party to the European Convention on Human Rights on Sept. 16, 2022.
The court has held that it remains competent to deal with applications concerning acts or omissions that took place before that date.

Dutch Foreign Minister Wopke Hoekstra called the decision "an important step" toward truth and justice for the victims' relatives.
Ukraine's Ministry of Justice said the ruling confirmed that Russia had been waging war against Ukraine since 2014.
In Moscow, Foreign Ministry spokeswoman Maria Zakharova said Thursday that Russia would not recognize or implement any decisions of the court issued after its exit from the convention.

The decision matters beyond Strasbourg.
It is the first time an international court has attributed jurisdiction over parts of the Donbas to Russia, a finding Kyiv is likely to invoke at the International Court of Justice, where hearings in its case under the terrorism financing convention are scheduled for June.
It will also feed into the complaint that the Netherlands and Australia filed against Russia before the council of the International Civil Aviation Organization in March 2022.
The timing was notable: the same day, German Chancellor Olaf Scholz announced that Germany would send Leopard 2 tanks to Ukraine, and U.S. President Joe Biden followed with a pledge of 31 Abrams tanks.
Enforcement remains the obvious problem, since Russia has ignored the court's judgments since its exit and the Committee of Ministers has few tools left.
"""

DOCS = [
    doc(
        "b121en01_russia_icao_council_vote_2022_10", "2022-10-03", EN01,
        [
            T("Saturday", "DATE", "2022-10-01"),
            T("Sept. 27", "DATE", "2022-09-27"),
            T("March", "DATE", "2022-03", 0),
            T("July 2014", "DATE", "2014-07"),
            T("Monday", "DATE", "2022-10-03"),
            T("March", "DATE", "2022-03", 1),
            T("Nov. 17", "DATE", "2022-11-17"),
            T("Feb. 27", "DATE", "2022-02-27"),
            T("Feb. 24", "DATE", "2022-02-24"),
            T("Saturday morning", "TIME", "2022-10-01TMO"),
            T("2019", "DATE", "2019"),
            T("Friday", "DATE", "2022-10-07"),
        ],
        [
            E("ICAO Assembly votes Russia off the council", "REJECT", ["United Nations", "Russia"], "2022-10-01",
              "text", "occurred", "In a secret ballot at the ICAO Assembly"),
            E("US and European delegations accuse Russia of breaching the Chicago Convention", "ACCUSE",
              ["United States", "European Union", "Russia"], "2022-09-27", "context", "occurred",
              "accused Russia of breaching the Chicago Convention", note="during the assembly (27 Sept – 7 Oct)"),
            E("Russia re-registers hundreds of leased foreign aircraft", "COERCE", ["Russia"], "2022-03", "text",
              "occurred", "accused Russia of breaching the Chicago Convention", date_mod="START"),
            E("Ukraine's delegation raises the MH17 downing against Russia", "ACCUSE", ["Ukraine", "Russia"],
              "2022-09-27", "context", "occurred", "Ukraine's delegation also raised",
              note="during the assembly (27 Sept – 7 Oct)"),
            E("MH17 shot down over eastern Ukraine", "ASSAULT", ["Russia"], "2014-07", "text", "occurred",
              "Ukraine's delegation also raised", note=MH17_NOTE),
            E("Rosaviatsia calls the vote politically motivated", "ACCUSE", ["Russia", "United Nations"], "2022-10-03",
              "published", "occurred", "Federal Air Transport Agency called"),
            E("Russia to keep working with ICAO's technical bodies", "COOPERATE", ["Russia", "United Nations"],
              "2022-10-03", "published", "planned", "Federal Air Transport Agency called"),
            E("Zakharova accuses Washington of pressuring smaller delegations", "ACCUSE",
              ["Maria Zakharova", "United States"], "2022-10-03", "published", "occurred", "accused Washington"),
            E("The Netherlands and Australia filed an ICAO complaint against Russia over MH17", "ACCUSE",
              ["Russia", "United Nations"], "2022-03", "text", "occurred", "The result means Russia will have no vote"),
            E("Canada closes its airspace to Russian aircraft", "SANCTION", ["Russia"], "2022-02-27", "text",
              "occurred", "Canada closed its airspace"),
            E("Russia's full-scale invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24", "text",
              "occurred", "Canada closed its airspace"),
            E("Ukrainian-Canadian rally outside ICAO urging delegates to 'ground Russia'", "PROTEST", ["Russia"],
              "2022-10-01TMO", "text", "occurred", "Ukrainian-Canadian groups rallied"),
            E("41st ICAO Assembly in Montreal", "CONSULT", ["United Nations"], "2022-09-27", "context", "occurred",
              "The assembly, ICAO's first since 2019", note="27 September to 7 October 2022"),
        ],
        [
            S("Russia", "Rosaviatsia: the vote was politically motivated; Moscow will keep working with ICAO's "
              "technical bodies", "2022-10-03", "published", "Federal Air Transport Agency called"),
            S("Dmitry Peskov", "Russia regrets the outcome but will continue to defend its interests", "2022-10-03",
              "text", "Kremlin spokesman Dmitry Peskov told reporters"),
            S("Maria Zakharova", "Washington put unprecedented pressure on smaller delegations", "2022-10-03",
              "published", "accused Washington"),
        ],
        ["United Nations", "Russia", "United States", "European Union", "Ukraine", "Kremlin", "Dmitry Peskov",
         "Maria Zakharova"],
    ),
    doc(
        "b121en02_mh17_verdict_malaysia_2022_11", "2022-11-19", EN02,
        [
            T("2014", "DATE", "2014"),
            T("Thursday", "DATE", "2022-11-17", 0),
            T("mid-May 2014", "DATE", "2014-05", mod="MID"),
            T("yesterday", "DATE", "2022-11-18", 0),
            T("Thursday", "DATE", "2022-11-17", 1),
            T("yesterday", "DATE", "2022-11-18", 1),
            T("late 2014", "DATE", "2014", mod="END"),
            T("2019", "DATE", "2019"),
            T("eight long years", "DURATION", "P8Y"),
            T("today", "DATE", "2022-11-19"),
        ],
        [
            E("MH17 shot down in 2014", "ASSAULT", ["Russia"], "2014", "text", "occurred",
              "Families of the 43 Malaysians", note=MH17_NOTE),
            E("Dutch court finds Russia had overall control over the separatist forces", "ACCUSE", ["Russia"],
              "2022-11-17", "context", "occurred", "It acquitted a fourth defendant",
              note="court finding against a state; the sentences of the individuals are not annotated"),
            E("Malaysia urges all parties, including Russia, to cooperate", "REQUEST", ["Russia"], "2022-11-18",
              "text", "occurred", "Wee Ka Siong said in a statement yesterday"),
            E("Zakharova calls the trial biased and held under pressure", "ACCUSE", ["Maria Zakharova"], "2022-11-17",
              "text", "occurred", "Maria Zakharova said on Thursday"),
            E("Zakharova: Russia will not extradite its citizens", "REJECT", ["Maria Zakharova"], "2022-11-17",
              "context", "occurred", "Russia would not extradite its citizens"),
            E("Russian embassy accuses the court of ignoring Russian evidence", "ACCUSE", ["Russia"], "2022-11-19",
              "published", "occurred", "The Russian embassy in Kuala Lumpur"),
            E("Zelensky welcomes the verdict", "SUPPORT", ["Volodymyr Zelensky"], "2022-11-19", "published",
              "occurred", "called the verdict"),
            E("Zelensky demands those in Moscow who ordered the attack be brought to justice", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2022-11-19", "published", "occurred", "called the verdict"),
            E("Rutte: the Netherlands will summon the Russian ambassador", "ACCUSE", ["Mark Rutte", "Russia"],
              "2022-11-19", "published", "planned", "Mark Rutte said the Netherlands would summon"),
            E("Rutte calls on Moscow to hand over the three men", "REQUEST", ["Mark Rutte", "Russia"], "2022-11-19",
              "published", "occurred", "Mark Rutte said the Netherlands would summon"),
        ],
        [
            S("Maria Zakharova", "The trial was held under unprecedented pressure and was far from impartial",
              "2022-11-17", "text", "Maria Zakharova said on Thursday"),
            S("Maria Zakharova", "Russia will not extradite its citizens", "2022-11-17", "context",
              "Russia would not extradite its citizens"),
            S("Dmitry Peskov", "Declines to comment; Russia did not take part in the proceedings", "2022-11-18", "text",
              "Dmitry Peskov declined to comment yesterday"),
            S("Russia", "Embassy: the court ignored evidence provided by Russia's defence ministry", "2022-11-19",
              "published", "The Russian embassy in Kuala Lumpur"),
            S("Volodymyr Zelensky", "An important court decision; those in Moscow who ordered the attack must be "
              "brought to justice", "2022-11-19", "published", "called the verdict"),
            S("Mark Rutte", "The Netherlands will summon the Russian ambassador; Moscow must hand over the three men",
              "2022-11-19", "published", "Mark Rutte said the Netherlands would summon"),
        ],
        ["Russia", "Ukraine", "Maria Zakharova", "Kremlin", "Dmitry Peskov", "Volodymyr Zelensky", "Mark Rutte"],
    ),
    doc(
        "b121en03_echr_admissibility_mh17_2023_01", "2023-01-26", EN03,
        [
            T("Jan. 25", "DATE", "2023-01-25"),
            T("May 11, 2014", "DATE", "2014-05-11"),
            T("July 2014", "DATE", "2014-07"),
            T("2014", "DATE", "2014", 2),
            T("July 2020", "DATE", "2020-07"),
            T("2022", "DATE", "2022", 0),
            T("January 2022", "DATE", "2022-01"),
            T("March 16, 2022", "DATE", "2022-03-16"),
            T("Sept. 16, 2022", "DATE", "2022-09-16"),
            T("2014", "DATE", "2014", 3),
            T("Thursday", "DATE", "2023-01-26"),
            T("June", "DATE", "2023-06"),
            T("March 2022", "DATE", "2022-03"),
            T("the same day", "DATE", "2023-01-25"),
        ],
        [
            E("ECHR Grand Chamber finds the separatist-held areas under Russian jurisdiction from May 2014", "ACCUSE",
              ["Russia"], "2023-01-25", "context", "occurred", "In its decision, the court found",
              note="admissibility decision in Ukraine and the Netherlands v. Russia"),
            E("MH17 shot down over eastern Ukraine", "ASSAULT", ["Russia"], "2014-07", "text", "occurred",
              "The judges will examine the merits", note=MH17_NOTE),
            E("Ukraine lodges its first application against Russia", "ACCUSE", ["Ukraine", "Russia"], "2014", "text",
              "occurred", "Ukraine lodged the first of its applications"),
            E("The Netherlands files its MH17 application against Russia", "ACCUSE", ["Russia"], "2020-07", "text",
              "occurred", "Ukraine lodged the first of its applications"),
            E("Grand Chamber hearing on admissibility", "CONSULT", ["Ukraine", "Russia"], "2022-01", "text",
              "occurred", "The Grand Chamber heard the parties"),
            E("Russia expelled from the Council of Europe", "SANCTION", ["Russia"], "2022-03-16", "text", "occurred",
              "Russia was expelled from the Council of Europe"),
            E("Russia ceases to be a party to the European Convention on Human Rights", "SANCTION", ["Russia"],
              "2022-09-16", "text", "occurred", "Russia was expelled from the Council of Europe"),
            E("Ukraine's justice ministry: the ruling confirms Russia's war against Ukraine", "ACCUSE",
              ["Ukraine", "Russia"], "2023-01-26", "published", "occurred", "Ukraine's Ministry of Justice said"),
            E("Russia's war against Ukraine since 2014", "ASSAULT", ["Russia", "Ukraine"], "2014", "text", "occurred",
              "Ukraine's Ministry of Justice said", date_mod="START"),
            E("Zakharova: Russia will not recognise or implement the court's decisions", "REJECT", ["Maria Zakharova"],
              "2023-01-26", "text", "occurred", "Maria Zakharova said Thursday"),
            E("ICJ hearings in Ukraine v. Russia (terrorism financing convention)", "CONSULT", ["Ukraine", "Russia"],
              "2023-06", "text", "planned", "where hearings in its case"),
            E("The Netherlands and Australia filed an ICAO complaint against Russia", "ACCUSE",
              ["Russia", "United Nations"], "2022-03", "text", "occurred", "It will also feed into the complaint"),
            E("Scholz announces Leopard 2 tanks for Ukraine", "AID", ["Olaf Scholz", "Germany", "Ukraine"],
              "2023-01-25", "text", "occurred", "The timing was notable"),
            E("Biden pledges 31 Abrams tanks to Ukraine", "AID", ["Joe Biden", "United States", "Ukraine"],
              "2023-01-25", "context", "occurred", "The timing was notable"),
        ],
        [
            S("Ukraine", "Justice ministry: the ruling confirms Russia has waged war against Ukraine since 2014",
              "2023-01-26", "published", "Ukraine's Ministry of Justice said"),
            S("Maria Zakharova", "Russia will not recognise or implement court decisions issued after its exit",
              "2023-01-26", "text", "Maria Zakharova said Thursday"),
            S("Olaf Scholz", "Germany will send Leopard 2 tanks to Ukraine", "2023-01-25", "text",
              "The timing was notable"),
            S("Joe Biden", "Pledges 31 Abrams tanks to Ukraine", "2023-01-25", "context", "The timing was notable"),
        ],
        ["Ukraine", "Russia", "Maria Zakharova", "United Nations", "Olaf Scholz", "Germany", "Joe Biden",
         "United States"],
    ),
]

# ---------------------------------------------------------------- b121en04 (news.com.au)
EN04 = """
'A continuing affront': Albanese vows to keep pressure on Russia on MH17 anniversary

Prime Minister Anthony Albanese has vowed that Australia will never stop pursuing Russia over the downing of MH17, as families gathered in Canberra and the Netherlands to mark the 10th anniversary of the tragedy.
Thirty-eight people who called Australia home were among the 298 passengers and crew killed when a Russian-made Buk missile struck the Malaysia Airlines flight over eastern Ukraine on July 17, 2014.
At a memorial service at Parliament House yesterday, Mr Albanese said Russia's refusal to accept responsibility was "a continuing affront" to the families.
He said he had also raised MH17 with Chinese Premier Li Qiang during his visit to Australia last month.
Foreign Minister Penny Wong said Australia and the Netherlands would keep pressing their case against Russia at the International Civil Aviation Organization in Montreal.
The ICAO Council rejected Russia's objections to its jurisdiction in March, clearing the way for a ruling on the merits.

In the Netherlands, King Willem-Alexander and Prime Minister Dick Schoof joined about 2,000 relatives at the national MH17 monument in Vijfhuizen, near Schiphol Airport, where the flight took off.
Mr Schoof, who was sworn in on July 2, succeeded Mark Rutte, who is due to take over as NATO secretary-general in October.
Dutch Foreign Minister Caspar Veldkamp said the Netherlands would "not rest until justice is done".

Russia's embassy in Canberra said in a statement that Australia was "politicising a tragedy" and that Moscow had been shut out of the investigation from the start.
In Moscow, foreign ministry spokeswoman Maria Zakharova repeated Russia's position that Ukraine bore responsibility because it had not closed its airspace over the conflict zone.
Ukraine's Foreign Minister Dmytro Kuleba said the anniversary showed that "Russian impunity kills", pointing to the missile strike on the Okhmatdyt children's hospital in Kyiv last week.

The three men convicted of murder by a Dutch court in November 2022 remain at large and are believed to be in Russia, which does not extradite its citizens.
One of them, former FSB officer Igor Girkin, is serving a four-year sentence in a Russian penal colony for inciting extremism after criticising Vladimir Putin's conduct of the war.
A judgment from the European Court of Human Rights in the case brought by the Netherlands and Ukraine is expected next year.
Relatives in Melbourne and Perth also laid wreaths on Wednesday, with several telling news.com.au they feared the case would be forgotten as the war drags on.
"""

# ---------------------------------------------------------------- b121en05 (FlightGlobal)
EN05 = """
ICAO council holds Russia responsible for MH17 shootdown

ICAO's governing council has found Russia responsible for the destruction of Malaysia Airlines Boeing 777-200ER 9M-MRD over eastern Ukraine in 2014, in the first ruling of its kind in a dispute between member states.
The council decided on 12 May that Russia had violated Article 3bis of the Chicago Convention, which requires states to refrain from using weapons against civil aircraft in flight.
The case was brought in March 2022 by Australia and the Netherlands, which lost 38 and 196 citizens respectively among the 298 occupants.

Operating as flight MH17 from Amsterdam to Kuala Lumpur, the aircraft was struck at 33,000ft by a missile from a Buk surface-to-air system on 17 July 2014.
International investigators concluded in 2016 that the launcher had been brought from Russia into separatist-held territory and taken back across the border the same night.
In 2018 they identified it as belonging to the Russian army's 53rd Anti-Aircraft Missile Brigade, based in Kursk.

ICAO says the council will address the remedies sought by the two states at a later session, and has urged the parties to negotiate in the meantime.
Russia, which lost its seat on the council in October 2022, boycotted the final hearings in Montreal last year.

Dutch foreign minister Caspar Veldkamp described the ruling as "an important step towards establishing the truth and achieving justice and accountability".
Australian foreign minister Penny Wong called on Russia to "finally face up to its responsibility" and enter negotiations on reparations.
Moscow's foreign ministry dismissed the decision as "biased" and repeated that Russia had not been a full participant in the technical investigation led by the Dutch Safety Board.
EU foreign policy chief Kaja Kallas welcomed the ruling, saying that "impunity is not an option".
Ukrainian foreign minister Andrii Sybiha said the decision should serve as "a lesson" to anyone seeking to shield Moscow from accountability.

The ruling comes as airlines continue to avoid Ukrainian airspace, closed to civil traffic since Russia's full-scale invasion in February 2022, and large parts of Russian airspace.
Aviation authorities have issued conflict-zone warnings for the region since 2014.
Ukrainian and Russian delegations are due to meet in Istanbul later this week for their first direct talks since 2022.
"""

# ---------------------------------------------------------------- b121en06 (Crikey)
EN06 = """
Wong takes MH17 to New York, and Moscow shrugs

Foreign Minister Penny Wong has used the United Nations General Assembly to press Russia over the downing of MH17, co-hosting a side event in New York with her Dutch counterpart David van Weel on Thursday.
Ministers and diplomats from about 30 countries attended, among them Ukraine's Foreign Minister Andrii Sybiha and the EU's foreign policy chief Kaja Kallas.
In a joint statement, Australia and the Netherlands called on Russia to "engage in good faith" in talks on reparations, as the council of the International Civil Aviation Organization urged in May.

Wong told reporters afterwards that the ICAO ruling and the European Court of Human Rights' judgment in July left "no room for doubt" that Russia was responsible.
Moscow, which no longer recognises the Strasbourg court and boycotted the ICAO proceedings, has not paid a cent.

Russia's deputy ambassador to the UN, Dmitry Polyanskiy, dismissed the gathering on Thursday evening as "a propaganda show" staged to "whip up anti-Russian hysteria".
Foreign Minister Sergey Lavrov, who met US Secretary of State Marco Rubio on the sidelines on Wednesday, is due to address the General Assembly on Saturday.

On Tuesday, US President Donald Trump met Volodymyr Zelensky and afterwards declared that Ukraine could win back all of its territory, calling Russia "a paper tiger".
Kremlin spokesman Dmitry Peskov shot back that Russia was "more of a bear" and that there was no such thing as a paper bear.

For Canberra, MH17 is one of the few files on the war where Australia has genuine standing, and Wong has made the most of it.
But the timing is awkward: the US-Russia contacts that Trump revived this year rarely mention accountability, and Wong conceded that reparations were "not going to happen next week".
The ICAO Council is due to take up the question of reparations at its session in November, officials said.
Whether Russia turns up is another matter.
Van Weel, who became Dutch foreign minister in August, said the Netherlands would "keep knocking on every door" until the families were compensated.
"""

DOCS += [
    doc(
        "b121en04_mh17_tenth_anniversary_australia_2024_07", "2024-07-18", EN04,
        [
            T("July 17, 2014", "DATE", "2014-07-17"),
            T("yesterday", "DATE", "2024-07-17"),
            T("last month", "DATE", "2024-06"),
            T("March", "DATE", "2024-03"),
            T("July 2", "DATE", "2024-07-02"),
            T("October", "DATE", "2024-10"),
            T("last week", "DATE", "2024-W28"),
            T("November 2022", "DATE", "2022-11"),
            T("four-year", "DURATION", "P4Y"),
            T("next year", "DATE", "2025"),
            T("Wednesday", "DATE", "2024-07-17"),
        ],
        [
            E("Albanese vows Australia will never stop pursuing Russia over MH17", "THREATEN", ["Russia"],
              "2024-07-17", "context", "occurred", "has vowed that Australia will never stop"),
            E("MH17 shot down by a Russian-made Buk missile", "ASSAULT", ["Russia"], "2014-07-17", "text", "occurred",
              "Thirty-eight people who called Australia home", note=MH17_NOTE),
            E("Albanese calls Russia's refusal to accept responsibility a continuing affront", "ACCUSE", ["Russia"],
              "2024-07-17", "text", "occurred", "At a memorial service at Parliament House"),
            E("Albanese raised MH17 with Chinese Premier Li Qiang during his visit", "CONSULT", ["China"], "2024-06",
              "text", "occurred", "Chinese Premier Li Qiang"),
            E("ICAO Council rejects Russia's objections to its jurisdiction", "REJECT", ["United Nations", "Russia"],
              "2024-03", "text", "occurred", "The ICAO Council rejected Russia's objections"),
            E("Russian embassy accuses Australia of politicising a tragedy", "ACCUSE", ["Russia"], "2024-07-18",
              "published", "occurred", "Russia's embassy in Canberra"),
            E("Zakharova blames Ukraine for not closing its airspace", "ACCUSE", ["Maria Zakharova", "Ukraine"],
              "2024-07-18", "published", "occurred", "Maria Zakharova repeated"),
            E("Kuleba: Russian impunity kills", "ACCUSE", ["Ukraine", "Russia"], "2024-07-18", "published",
              "occurred", "Russian impunity kills"),
            E("Russian missile strike on the Okhmatdyt children's hospital in Kyiv", "ASSAULT", ["Russia", "Ukraine"],
              "2024-W28", "text", "occurred", "Russian impunity kills", note="8 July 2024"),
        ],
        [
            S("Russia", "Embassy: Australia is politicising a tragedy; Moscow was shut out of the investigation",
              "2024-07-18", "published", "Russia's embassy in Canberra"),
            S("Maria Zakharova", "Ukraine bears responsibility because it did not close its airspace", "2024-07-18",
              "published", "Maria Zakharova repeated"),
            S("Ukraine", "Kuleba: the anniversary shows that Russian impunity kills", "2024-07-18", "published",
              "Russian impunity kills"),
        ],
        ["Russia", "China", "United Nations", "Mark Rutte", "NATO", "Maria Zakharova", "Ukraine", "Vladimir Putin"],
    ),
    doc(
        "b121en05_icao_council_ruling_mh17_2025_05", "2025-05-13", EN05,
        [
            T("2014", "DATE", "2014", 0),
            T("12 May", "DATE", "2025-05-12"),
            T("March 2022", "DATE", "2022-03"),
            T("17 July 2014", "DATE", "2014-07-17"),
            T("2016", "DATE", "2016"),
            T("the same night", "TIME", "2014-07-17TNI"),
            T("2018", "DATE", "2018"),
            T("October 2022", "DATE", "2022-10"),
            T("last year", "DATE", "2024"),
            T("February 2022", "DATE", "2022-02"),
            T("2014", "DATE", "2014", 2),
            T("this week", "DATE", "2025-W20"),
            T("2022", "DATE", "2022", 3),
        ],
        [
            E("ICAO Council finds Russia violated Article 3bis over MH17", "ACCUSE", ["United Nations", "Russia"],
              "2025-05-12", "text", "occurred", "The council decided on 12 May"),
            E("Australia and the Netherlands brought the ICAO case against Russia", "ACCUSE",
              ["Russia", "United Nations"], "2022-03", "text", "occurred", "The case was brought in March 2022"),
            E("MH17 shot down by a Buk missile", "ASSAULT", ["Russia"], "2014-07-17", "text", "occurred",
              "Operating as flight MH17", note=MH17_NOTE),
            E("Investigators conclude the launcher came from Russia", "ACCUSE", ["Russia"], "2016", "text",
              "occurred", "International investigators concluded in 2016"),
            E("Investigators identify the launcher as belonging to Russia's 53rd brigade", "ACCUSE", ["Russia"],
              "2018", "text", "occurred", "In 2018 they identified it"),
            E("ICAO Council urges the parties to negotiate on remedies", "REQUEST", ["United Nations", "Russia"],
              "2025-05-12", "context", "occurred", "has urged the parties to negotiate"),
            E("Russia loses its ICAO Council seat", "REJECT", ["United Nations", "Russia"], "2022-10", "text",
              "occurred", "boycotted the final hearings"),
            E("Russia boycotts the final hearings in Montreal", "REJECT", ["Russia", "United Nations"], "2024", "text",
              "occurred", "boycotted the final hearings"),
            E("Wong calls on Russia to face up to its responsibility and negotiate reparations", "REQUEST", ["Russia"],
              "2025-05-13", "published", "occurred", "Penny Wong called on Russia"),
            E("Russian foreign ministry dismisses the decision as biased", "REJECT", ["Russia"], "2025-05-13",
              "published", "occurred", "Moscow's foreign ministry dismissed the decision"),
            E("Kallas welcomes the ICAO ruling", "SUPPORT", ["Kaja Kallas"], "2025-05-13", "published", "occurred",
              "Kaja Kallas welcomed the ruling"),
            E("Russia's full-scale invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text",
              "occurred", "The ruling comes as airlines continue", date_mod="START"),
            E("Ukrainian and Russian delegations to meet in Istanbul", "CONSULT", ["Ukraine", "Russia"], "2025-W20",
              "text", "planned", "due to meet in Istanbul"),
        ],
        [
            S("Russia", "Foreign ministry: the decision is biased; Russia was not a full participant in the "
              "investigation", "2025-05-13", "published", "Moscow's foreign ministry dismissed the decision"),
            S("Kaja Kallas", "Welcomes the ruling: impunity is not an option", "2025-05-13", "published",
              "Kaja Kallas welcomed the ruling"),
            S("Andrii Sybiha", "The decision should be a lesson to anyone shielding Moscow from accountability",
              "2025-05-13", "published", "Andrii Sybiha said the decision"),
        ],
        ["United Nations", "Russia", "Ukraine", "European Union", "Kaja Kallas", "Andrii Sybiha"],
    ),
    doc(
        "b121en06_wong_unga_mh17_side_event_2025_09", "2025-09-26", EN06,
        [
            T("Thursday", "DATE", "2025-09-25"),
            T("May", "DATE", "2025-05"),
            T("July", "DATE", "2025-07"),
            T("Thursday evening", "TIME", "2025-09-25TEV"),
            T("Wednesday", "DATE", "2025-09-24"),
            T("Saturday", "DATE", "2025-09-27"),
            T("Tuesday", "DATE", "2025-09-23"),
            T("this year", "DATE", "2025"),
            T("next week", "DATE", "2025-W40", note="in Wong's quote, speech time Thursday 25 September"),
            T("November", "DATE", "2025-11"),
            T("August", "DATE", "2025-08"),
        ],
        [
            E("Wong presses Russia over MH17 at a UNGA side event", "REQUEST", ["Russia"], "2025-09-25", "text",
              "occurred", "Foreign Minister Penny Wong has used the United Nations"),
            E("MH17 side event in New York with Sybiha and Kallas among the participants", "CONSULT",
              ["Andrii Sybiha", "Kaja Kallas"], "2025-09-25", "context", "occurred",
              "Ministers and diplomats from about 30 countries attended",
              note="co-hosted by Australia and the Netherlands (not canonical)"),
            E("ICAO Council urged Russia to negotiate reparations", "REQUEST", ["United Nations", "Russia"], "2025-05",
              "text", "occurred", "In a joint statement, Australia and the Netherlands"),
            E("Wong: no room for doubt that Russia was responsible", "ACCUSE", ["Russia"], "2025-09-25", "context",
              "occurred", "Wong told reporters afterwards"),
            E("ECHR judgment holding Russia responsible", "ACCUSE", ["Russia"], "2025-07", "text", "occurred",
              "Wong told reporters afterwards", note="Grand Chamber judgment of 9 July 2025"),
            E("Polyanskiy dismisses the gathering as a propaganda show", "ACCUSE", ["Russia"], "2025-09-25TEV",
              "text", "occurred", "Dmitry Polyanskiy, dismissed the gathering"),
            E("Lavrov meets Rubio on the sidelines of the General Assembly", "CONSULT",
              ["Sergey Lavrov", "Marco Rubio"], "2025-09-24", "text", "occurred", "who met US Secretary of State"),
            E("Trump meets Zelensky in New York", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"], "2025-09-23",
              "text", "occurred", "On Tuesday, US President Donald Trump met"),
            E("Trump calls Russia a paper tiger", "ACCUSE", ["Donald Trump", "Russia"], "2025-09-23", "context",
              "occurred", "On Tuesday, US President Donald Trump met"),
            E("Peskov rejects Trump's paper-tiger remark", "REJECT", ["Dmitry Peskov", "Donald Trump"], "2025-09-26",
              "published", "occurred", "Kremlin spokesman Dmitry Peskov shot back"),
            E("ICAO Council to take up reparations at its November session", "CONSULT", ["United Nations"], "2025-11",
              "text", "planned", "The ICAO Council is due to take up"),
        ],
        [
            S("Russia", "Polyanskiy: the gathering is a propaganda show to whip up anti-Russian hysteria",
              "2025-09-25TEV", "text", "Dmitry Polyanskiy, dismissed the gathering"),
            S("Donald Trump", "Ukraine could win back all its territory; Russia is a paper tiger", "2025-09-23",
              "context", "On Tuesday, US President Donald Trump met"),
            S("Dmitry Peskov", "Russia is more of a bear; there is no such thing as a paper bear", "2025-09-26",
              "published", "Kremlin spokesman Dmitry Peskov shot back"),
        ],
        ["United Nations", "Russia", "Ukraine", "Andrii Sybiha", "European Union", "Kaja Kallas", "Sergey Lavrov",
         "United States", "Marco Rubio", "Donald Trump", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov"],
    ),
]
