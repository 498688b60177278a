"""English articles of the blind111 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b111en01 (Fort Worth Star-Telegram)
EN01 = """
Granbury Marine veteran Trevor Reed freed in U.S.-Russia prisoner swap

Trevor Reed, the former Marine from Granbury who spent nearly three years in Russian custody, was freed Wednesday in a prisoner exchange carried out on an airport tarmac in Ankara, Turkey.
In return, the United States released Konstantin Yaroshenko, a Russian pilot who had served about 12 years of a 20-year federal sentence for conspiring to smuggle cocaine.
Turkish officials said the country's intelligence agency had helped arrange the handover, in which the two men walked past each other between two parked planes.

Reed, 30, was detained in Moscow in August 2019 after a night of drinking with friends and was sentenced in July 2020 to nine years in prison for endangering two police officers, a charge his family has always called absurd.
His parents, Joey and Paula Reed, said in recent weeks that he had been coughing up blood in a prison colony and feared he had tuberculosis.

President Joe Biden said he spoke with the Reeds on Wednesday morning to tell them their son was on his way home.
The negotiations that made the exchange possible "required difficult decisions that I do not take lightly," Biden said in a statement.
Biden had met the couple in the Oval Office on March 30, after they spent weeks holding up signs near the White House.

Russia's Foreign Ministry said the exchange was the result of a long negotiation process, and Kremlin spokesman Dmitry Peskov told reporters Thursday that it should not be read as a sign of a broader thaw.
Secretary of State Antony Blinken said in a statement late Wednesday that Reed had been "unjustly imprisoned" and urged Moscow to release Paul Whelan, the Michigan security executive serving a 16-year sentence on espionage charges he denies.
Whelan's brother, David, said the family was happy for the Reeds but asked why Paul had been left behind again.

The swap also raised hopes for Brittney Griner, the Houston native and WNBA star who has been held since Feb. 17, when customs officers at a Moscow airport said they found vape cartridges with hashish oil in her luggage.
White House press secretary Jen Psaki said Thursday the exchange did not signal a change in policy and called on Russia to free Griner and Whelan.
U.S. Sen. John Cornyn, R-Texas, who had raised Reed's case with the State Department for months, said he was "overjoyed" but warned that Moscow must not be rewarded for taking Americans hostage.

Reed landed at Kelly Field in San Antonio late Wednesday and was taken to Brooke Army Medical Center for an evaluation.
In Granbury, about 40 miles southwest of Fort Worth, neighbors tied yellow ribbons to the fence of the family home on Thursday.
His father said the family would hold a welcome-home gathering in the coming weeks, "once Trevor is ready."
"""

# ---------------------------------------------------------------- b111en02 (Pittsburgh Post-Gazette)
EN02 = """
Oakmont teacher Marc Fogel sentenced to 14 years in Russian penal colony

Marc Fogel, the Oakmont native who taught history to the children of diplomats in Moscow for a decade, was sentenced Thursday to 14 years in a maximum-security penal colony for bringing medical marijuana into Russia.
A court in Khimki, a suburb north of the Russian capital, found him guilty of large-scale drug smuggling after a trial that lasted less than two months.
Russian customs officers detained Fogel at Sheremetyevo airport in August 2021, saying they had found about 17 grams of marijuana and cannabis oil in his luggage.

His family says the drug had been prescribed to him in Pennsylvania for severe back pain after several spinal surgeries.
"This is a death sentence for a man of his age and health," his sister, Anne Fogel, told the Post-Gazette on Thursday night.
Fogel's lawyers said they would appeal the verdict within the next ten days.

The State Department said it was aware of the sentence and was following the case closely, but it has not designated Fogel as "wrongfully detained," a status that would put the case under the special presidential envoy for hostage affairs.
The department said the U.S. Embassy in Moscow had asked Russian authorities for consular access to Fogel several times this year.
U.S. Sen. Bob Casey, D-Pa., said Friday he had written to Secretary of State Antony Blinken last week to ask for that designation and would raise the case with the administration again.
Sen. Pat Toomey, R-Pa., called the sentence "outrageous" and accused Moscow of using Americans as bargaining chips.

The verdict came as another American, WNBA star Brittney Griner, awaits trial in the same courthouse on similar charges.
A judge extended Griner's pretrial detention last month, and she is due back in court later this month.
In April, Russia released former Marine Trevor Reed in exchange for a Russian pilot held in the United States, but Moscow has given no sign that it is ready for another deal.

Kremlin spokesman Dmitry Peskov, asked about Fogel's case by reporters on Friday, said it was a matter for the courts and that Russian law applies to foreigners as to anyone else.
Fogel worked at the Anglo-American School of Moscow, founded by the American, British and Canadian embassies, from 2012 until his arrest and traveled on a diplomatic passport.
Friends from Riverview High School, where he graduated, plan to hold a vigil at Oakmont's Riverside Park on Sunday evening.
"""

# ---------------------------------------------------------------- b111en03 (Jewish Telegraphic Agency)
EN03 = """
Evan Gershkovich loses appeal in Moscow as US ambassador calls charges "baseless"

(JTA) — A Moscow court on Tuesday rejected an appeal by Evan Gershkovich, the Wall Street Journal reporter and son of Soviet Jewish emigres who has been held on espionage charges since late March.
Gershkovich, 31, stood in a glass enclosure at the Moscow City Court in jeans and a checked shirt, and the ruling keeps him in Lefortovo prison until at least May 29.
U.S. Ambassador Lynne Tracy, who attended the hearing, told reporters outside that the charges were "baseless" and called on Russia to release him immediately.
"He is in good health and remains strong, despite the circumstances," said Tracy, who on Monday became the first U.S. official allowed to visit him in prison.

Gershkovich's parents, Ella Milman and Mikhail Gershkovich, left the Soviet Union in 1979 and raised their son and his sister in Princeton, New Jersey.
The State Department formally designated him as wrongfully detained last week, placing his case with the special envoy for hostage affairs, Roger Carstens.
Russia's Federal Security Service formally charged him on April 7 with gathering secret information about a military plant on behalf of the United States.
Gershkovich, the Journal and the Biden administration reject the charge.

Across the United States, Jewish families set an empty chair for Gershkovich at their Passover seders earlier this month, and several synagogues in New Jersey have added his name to their weekly prayer for captives.
The Jewish Federations of North America called his detention a hostage-taking and urged members of Congress to keep his name in the spotlight.

Secretary of State Antony Blinken, speaking Tuesday at a meeting of Group of Seven foreign ministers in Japan, said Washington would keep pressing for the release of Gershkovich and of Paul Whelan, the former Marine held since 2018.
Kremlin spokesman Dmitry Peskov said Wednesday that any talk of an exchange was premature while the investigation continued.
Russian Foreign Minister Sergey Lavrov is due in New York next week to chair a session of the U.N. Security Council, where the State Department said Washington would raise the case.
"""

# ---------------------------------------------------------------- b111en04 (The New York Sun)
EN04 = """
Russia Spurns "Significant" American Offer To Free Whelan and Gershkovich, State Department Says

Russia has in recent weeks rejected a "significant" new proposal by the Biden administration to free Paul Whelan and Evan Gershkovich, the State Department's spokesman, Matthew Miller, said Tuesday.
"We have made a significant proposal to secure their release, and it was rejected," Mr. Miller told reporters, declining to describe the offer.
He added that America would continue to pursue their release and that the two men "should never have been detained in the first place."

Mr. Whelan, a former Marine from Michigan, was arrested in Moscow in December 2018 and is serving a 16-year sentence on espionage charges he calls fabricated.
Last week he told reporters by phone from a prison colony in Mordovia that a fellow inmate had attacked him, and he urged the president to act faster.
Mr. Gershkovich, a correspondent for the Wall Street Journal, was arrested at Yekaterinburg in March, and a Moscow court last Thursday extended his pretrial detention until Jan. 30.

The Kremlin's spokesman, Dmitry Peskov, said Wednesday that contacts on the subject continue but should take place "in silence," not through statements to the press.
A deputy foreign minister, Sergei Ryabkov, told the state news agency RIA Novosti that any deal must bring home Russians held by Washington "and its satellites," a remark widely read as a reference to Vadim Krasikov, who is serving a life sentence in Germany for a 2019 murder in Berlin.
In December of last year, the basketball star Brittney Griner was traded for the arms dealer Viktor Bout at Abu Dhabi's airport, while Mr. Whelan was left behind for a second time.

Another American journalist, Alsu Kurmasheva of Radio Free Europe/Radio Liberty, has been held at Kazan since October for failing to register as a "foreign agent."
Her case is "under review" for a wrongful detention designation, Mr. Miller said Tuesday.
Mr. Putin is scheduled to hold his year-end news conference and call-in show on Dec. 14, and the families of detained Americans hope he will be asked about their relatives.
Secretary Blinken said last month that bringing wrongfully detained Americans home is something he works on "every single day."
"""

# ---------------------------------------------------------------- b111en05 (MLive)
EN05 = """
Big Rapids native, 72, sentenced to almost 7 years in Russia on mercenary charge

A 72-year-old man born in Big Rapids was sentenced Monday by a Moscow court to almost seven years in a penal colony after being convicted of fighting as a mercenary for Ukraine.
Stephen James Hubbard had lived in the eastern Ukrainian city of Izium since 2014 and was captured there by Russian troops on April 2, 2022, according to Russian prosecutors.
Prosecutors said he had signed up with a Ukrainian territorial defense unit for about $1,000 a month.
Russian state media reported that he pleaded guilty after his closed-door trial opened on Sept. 27.

His family doubts the confession.
"He is more of a pacifist. He never even owned a gun," his sister, Patricia Hubbard Fox, told MLive on Monday.
Relatives describe him as a retired English teacher who spent decades working in Japan and Cyprus before settling in Ukraine.

The State Department said Monday it was aware of the verdict and had again asked Russia for consular access to Hubbard.
U.S. Sen. Gary Peters, D-Bloomfield Township, said he had asked Secretary of State Antony Blinken to review whether Hubbard should be classified as wrongfully detained.
Another American, former Marine Robert Gilman, was sentenced the same day in Voronezh to more than seven years for assaulting officers while in custody.

In August, Paul Whelan, the former Marine from Novi who had been imprisoned in Russia for more than five years, was freed in a 26-person swap coordinated by Turkish intelligence in Ankara.
Whelan, who has since returned to Michigan, said in a post on social media Monday that he was heartbroken for the Hubbard family and urged the White House not to forget the Americans still held.
At least eight Americans remain behind bars in Russia, among them Pittsburgh-area teacher Marc Fogel and Army Staff Sgt. Gordon Black, who was sentenced in June in Vladivostok to nearly four years for theft and threatening his girlfriend.

Kremlin spokesman Dmitry Peskov told reporters Tuesday that the Kremlin does not comment on court rulings and that any future exchanges would be handled "quietly, through the special services."
Hubbard's lawyer plans to appeal, according to Russian news agencies.
"""

# ---------------------------------------------------------------- b111en06 (NewsNation)
EN06 = """
Russia frees second American in a week as Rubio and Lavrov meet in Saudi Arabia

WASHINGTON (NewsNation) — A 28-year-old American held in Moscow on drug charges has been released, U.S. officials confirmed, on the eve of the first high-level talks between Washington and Moscow since Russia's full-scale invasion of Ukraine.
Kalob Byers was handed over to the U.S. Embassy in Moscow late Sunday, a U.S. official told NewsNation.
Customs officers had detained him at Vnukovo airport on Feb. 7 after finding cannabis-infused gummies in his luggage, and he faced up to 10 years in prison on smuggling charges.
His parents wrote on Facebook that he has epilepsy and that the gummies had been prescribed by a doctor in the United States.

Kremlin spokesman Dmitry Peskov on Monday did not link the release directly to the talks but said Moscow expected to discuss "restoring the whole complex of Russian-American relations" and that "certain events can be seen in this context."
State Department spokesperson Tammy Bruce said Monday that the talks would focus on ending the war and called on Russia to free other Americans, including Stephen Hubbard and Ksenia Karelina.

On Tuesday, Secretary of State Marco Rubio and Russian Foreign Minister Sergey Lavrov met for more than four hours at Diriyah Palace in Riyadh, joined by national security adviser Mike Waltz, special envoy Steve Witkoff and Kremlin aide Yuri Ushakov.
The two sides agreed to restore staffing at their embassies and to appoint high-level teams to work toward ending the war, Rubio told reporters afterward.
"We want our embassy to function, and we want theirs to function," Rubio said.
Lavrov called the conversation "very useful" but said Moscow would not accept troops from NATO countries in Ukraine as peacekeepers.
Ukrainian President Volodymyr Zelenskyy, who was not invited, said in Ankara that Kyiv would not recognize any agreement made without it.

The release follows last week's exchange in which Russia freed Marc Fogel, the Pennsylvania teacher serving 14 years over medical marijuana, in return for Russian cybercriminal Alexander Vinnik.
Witkoff flew to Moscow to bring Fogel home and met with Russian President Vladimir Putin during the trip.
On Feb. 12, President Donald Trump and Putin spoke by phone for about 90 minutes and agreed that their teams would start negotiations.
Diplomats from both countries are expected to meet in the coming weeks to work out how to restore embassy operations, which have been hollowed out by a series of expulsions since 2017.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b111en01_trevor_reed_swap_2022_04", "2022-04-28", EN01,
        [
            T("nearly three years", "DURATION", "P3Y", mod="APPROX"),
            T("Wednesday", "DATE", "2022-04-27", 0),
            T("about 12 years", "DURATION", "P12Y", mod="APPROX"),
            T("20-year", "DURATION", "P20Y"),
            T("August 2019", "DATE", "2019-08"),
            T("July 2020", "DATE", "2020-07"),
            T("nine years", "DURATION", "P9Y"),
            T("recent weeks", "DATE", "PAST_REF"),
            T("Wednesday morning", "TIME", "2022-04-27TMO"),
            T("March 30", "DATE", "2022-03-30"),
            T("weeks", "DURATION", "PXW", 1),
            T("Thursday", "DATE", "2022-04-28", 0),
            T("late Wednesday", "TIME", "2022-04-27TNI", 0),
            T("16-year", "DURATION", "P16Y"),
            T("Feb. 17", "DATE", "2022-02-17"),
            T("Thursday", "DATE", "2022-04-28", 1),
            T("months", "DURATION", "PXM"),
            T("late Wednesday", "TIME", "2022-04-27TNI", 1),
            T("Thursday", "DATE", "2022-04-28", 2),
            T("the coming weeks", "DATE", "FUTURE_REF"),
        ],
        [
            E("Russia and the US exchange Trevor Reed for Konstantin Yaroshenko in Ankara", "CONCEDE",
              ["Russia", "United States"], "2022-04-27", "text", "occurred", "was freed Wednesday in a prisoner exchange"),
            E("Turkish intelligence helps arrange the handover", "CONSULT", ["Turkey", "Russia", "United States"],
              "2022-04-27", "context", "occurred", "Turkish officials said the country's intelligence agency"),
            E("Reed detained in Moscow", "COERCE", ["Russia", "United States"], "2019-08", "text", "occurred",
              "Reed, 30, was detained in Moscow"),
            E("Reed sentenced to nine years", "COERCE", ["Russia", "United States"], "2020-07", "text", "occurred",
              "Reed, 30, was detained in Moscow"),
            E("Biden phones Reed's parents", "CONSULT", ["Joe Biden"], "2022-04-27TMO", "text", "occurred",
              "President Joe Biden said he spoke with the Reeds"),
            E("Biden meets Reed's parents in the Oval Office", "CONSULT", ["Joe Biden"], "2022-03-30", "text",
              "occurred", "Biden had met the couple in the Oval Office"),
            E("Blinken urges Moscow to release Paul Whelan", "REQUEST", ["Antony Blinken", "Russia"], "2022-04-27TNI",
              "text", "occurred", "Secretary of State Antony Blinken said in a statement late Wednesday"),
            E("Brittney Griner held in Russia since 17 February", "COERCE", ["Russia", "United States"], "2022-02-17",
              "text", "occurred", "who has been held since Feb. 17", date_mod="START"),
            E("White House calls on Russia to free Griner and Whelan", "REQUEST", ["White House", "Russia"],
              "2022-04-28", "text", "occurred", "White House press secretary Jen Psaki said Thursday"),
            E("Cornyn accuses Moscow of taking Americans hostage", "ACCUSE", ["United States", "Russia"], "2022-04-28",
              "published", "occurred", "U.S. Sen. John Cornyn"),
        ],
        [
            S("Turkey", "Turkish intelligence helped arrange the handover", "2022-04-28", "published",
              "Turkish officials said the country's intelligence agency"),
            S("Joe Biden", "Spoke with the Reeds on Wednesday morning to tell them their son was coming home",
              "2022-04-27", "context", "President Joe Biden said he spoke with the Reeds"),
            S("Joe Biden", "The exchange required difficult decisions he does not take lightly", "2022-04-27",
              "context", "required difficult decisions"),
            S("Russia", "Foreign Ministry: the exchange was the result of a long negotiation process", "2022-04-28",
              "published", "Russia's Foreign Ministry said"),
            S("Dmitry Peskov", "The exchange should not be read as a sign of a broader thaw", "2022-04-28", "text",
              "Russia's Foreign Ministry said"),
            S("Antony Blinken", "Reed was unjustly imprisoned; Moscow should release Paul Whelan", "2022-04-27TNI",
              "text", "Secretary of State Antony Blinken said in a statement late Wednesday"),
            S("White House", "Psaki: the exchange does not signal a policy change; Russia should free Griner and "
              "Whelan", "2022-04-28", "text", "White House press secretary Jen Psaki said Thursday"),
            S("United States", "Cornyn: overjoyed, but Moscow must not be rewarded for taking Americans hostage",
              "2022-04-28", "published", "U.S. Sen. John Cornyn"),
        ],
        ["Russia", "United States", "Turkey", "Joe Biden", "White House", "Kremlin", "Dmitry Peskov",
         "Antony Blinken"],
    ),
    doc(
        "b111en02_fogel_sentence_2022_06", "2022-06-17", EN02,
        [
            T("a decade", "DURATION", "P10Y"),
            T("Thursday", "DATE", "2022-06-16"),
            T("14 years", "DURATION", "P14Y", 0),
            T("14 years", "DURATION", "P14Y", 1),
            T("less than two months", "DURATION", "P2M", mod="LESS_THAN"),
            T("August 2021", "DATE", "2021-08"),
            T("Thursday night", "TIME", "2022-06-16TNI"),
            T("the next ten days", "DURATION", "P10D"),
            T("this year", "DATE", "2022"),
            T("Friday", "DATE", "2022-06-17", 0),
            T("last week", "DATE", "2022-W23"),
            T("last month", "DATE", "2022-05"),
            T("this month", "DATE", "2022-06"),
            T("April", "DATE", "2022-04"),
            T("Friday", "DATE", "2022-06-17", 1),
            T("2012", "DATE", "2012"),
            T("Sunday evening", "TIME", "2022-06-19TEV"),
        ],
        [
            E("Russian court sentences Marc Fogel to 14 years", "COERCE", ["Russia", "United States"], "2022-06-16",
              "text", "occurred", "was sentenced Thursday to 14 years"),
            E("Fogel detained at Sheremetyevo airport", "COERCE", ["Russia", "United States"], "2021-08", "text",
              "occurred", "Russian customs officers detained Fogel"),
            E("US embassy requests consular access to Fogel", "REQUEST", ["United States", "Russia"], "2022", "text",
              "occurred", "had asked Russian authorities for consular access"),
            E("Casey asks Blinken to designate Fogel as wrongfully detained", "REQUEST",
              ["United States", "Antony Blinken"], "2022-W23", "text", "occurred", "U.S. Sen. Bob Casey"),
            E("Toomey accuses Moscow of using Americans as bargaining chips", "ACCUSE", ["United States", "Russia"],
              "2022-06-17", "published", "occurred", "Sen. Pat Toomey"),
            E("Griner's pretrial detention extended", "COERCE", ["Russia", "United States"], "2022-05", "text",
              "occurred", "A judge extended Griner's pretrial detention"),
            E("Russia releases Trevor Reed in a swap for a Russian pilot", "CONCEDE", ["Russia", "United States"],
              "2022-04", "text", "occurred", "In April, Russia released former Marine Trevor Reed"),
        ],
        [
            S("United States", "State Department is aware of the sentence and following the case closely",
              "2022-06-17", "published", "The State Department said it was aware"),
            S("United States", "The embassy has asked several times this year for consular access to Fogel",
              "2022-06-17", "published", "had asked Russian authorities for consular access"),
            S("United States", "Casey: asked Blinken for a wrongful-detention designation, will raise the case again",
              "2022-06-17", "text", "U.S. Sen. Bob Casey"),
            S("United States", "Toomey: the sentence is outrageous; Moscow uses Americans as bargaining chips",
              "2022-06-17", "published", "Sen. Pat Toomey"),
            S("Dmitry Peskov", "Fogel's case is a matter for the courts; Russian law applies to foreigners too",
              "2022-06-17", "text", "Kremlin spokesman Dmitry Peskov, asked about Fogel's case"),
        ],
        ["Russia", "United States", "Antony Blinken", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b111en03_gershkovich_appeal_2023_04", "2023-04-19", EN03,
        [
            T("Tuesday", "DATE", "2023-04-18", 0),
            T("late March", "DATE", "2023-03", mod="END"),
            T("May 29", "DATE", "2023-05-29"),
            T("Monday", "DATE", "2023-04-17"),
            T("1979", "DATE", "1979"),
            T("last week", "DATE", "2023-W15"),
            T("April 7", "DATE", "2023-04-07"),
            T("this month", "DATE", "2023-04"),
            T("weekly", "SET", "P1W"),
            T("Tuesday", "DATE", "2023-04-18", 1),
            T("2018", "DATE", "2018"),
            T("Wednesday", "DATE", "2023-04-19"),
            T("next week", "DATE", "2023-W17"),
        ],
        [
            E("Moscow court rejects Gershkovich's appeal", "REJECT", ["Russia", "United States"], "2023-04-18", "text",
              "occurred", "A Moscow court on Tuesday rejected"),
            E("Gershkovich held on espionage charges since late March", "COERCE", ["Russia", "United States"],
              "2023-03", "text", "occurred", "A Moscow court on Tuesday rejected", date_mod="END"),
            E("Tracy calls the charges baseless", "REJECT", ["United States", "Russia"], "2023-04-18", "context",
              "occurred", "U.S. Ambassador Lynne Tracy, who attended the hearing"),
            E("Tracy calls on Russia to release Gershkovich immediately", "REQUEST", ["United States", "Russia"],
              "2023-04-18", "context", "occurred", "U.S. Ambassador Lynne Tracy, who attended the hearing"),
            E("Tracy visits Gershkovich in prison", "CONSULT", ["United States"], "2023-04-17", "text", "occurred",
              "He is in good health and remains strong"),
            E("State Department designates Gershkovich as wrongfully detained", "ACCUSE", ["United States", "Russia"],
              "2023-W15", "text", "occurred", "The State Department formally designated him"),
            E("FSB charges Gershkovich with espionage on behalf of the United States", "ACCUSE",
              ["Russia", "United States"], "2023-04-07", "text", "occurred", "Russia's Federal Security Service"),
            E("The Biden administration rejects the espionage charge", "REJECT",
              ["United States", "Joe Biden", "Russia"], "2023-04-19", "published", "occurred",
              "the Biden administration reject the charge"),
            E("Blinken vows to keep pressing for the release of Gershkovich and Whelan", "REQUEST",
              ["Antony Blinken", "Russia"], "2023-04-18", "text", "occurred", "Secretary of State Antony Blinken"),
            E("Paul Whelan held in Russia since 2018", "COERCE", ["Russia", "United States"], "2018", "text",
              "occurred", "Secretary of State Antony Blinken", date_mod="START"),
            E("Peskov calls talk of an exchange premature", "REJECT", ["Dmitry Peskov", "United States"], "2023-04-19",
              "text", "occurred", "Kremlin spokesman Dmitry Peskov said Wednesday"),
            E("Lavrov to chair a Security Council session in New York", "CONSULT", ["Sergey Lavrov", "United Nations"],
              "2023-W17", "text", "planned", "Russian Foreign Minister Sergey Lavrov is due in New York"),
        ],
        [
            S("United States", "Tracy: the charges are baseless; Russia must release him immediately", "2023-04-18",
              "context", "U.S. Ambassador Lynne Tracy, who attended the hearing"),
            S("United States", "Tracy: he is in good health and remains strong", "2023-04-18", "context",
              "He is in good health and remains strong"),
            S("United States", "The Biden administration rejects the espionage charge", "2023-04-19", "published",
              "the Biden administration reject the charge"),
            S("Antony Blinken", "Washington will keep pressing for the release of Gershkovich and Whelan",
              "2023-04-18", "text", "Secretary of State Antony Blinken"),
            S("Dmitry Peskov", "Any talk of an exchange is premature while the investigation continues", "2023-04-19",
              "text", "Kremlin spokesman Dmitry Peskov said Wednesday"),
            S("United States", "Washington will raise the case at the Security Council", "2023-04-19", "published",
              "Russian Foreign Minister Sergey Lavrov is due in New York"),
        ],
        ["Russia", "United States", "Joe Biden", "Antony Blinken", "Kremlin", "Dmitry Peskov", "Sergey Lavrov",
         "United Nations"],
    ),
    doc(
        "b111en04_proposal_rejected_whelan_gershkovich_2023_12", "2023-12-06", EN04,
        [
            T("recent weeks", "DATE", "PAST_REF"),
            T("Tuesday", "DATE", "2023-12-05", 0),
            T("December 2018", "DATE", "2018-12"),
            T("16-year", "DURATION", "P16Y"),
            T("Last week", "DATE", "2023-W48"),
            T("March", "DATE", "2023-03"),
            T("last Thursday", "DATE", "2023-11-30"),
            T("Jan. 30", "DATE", "2024-01-30"),
            T("Wednesday", "DATE", "2023-12-06"),
            T("2019", "DATE", "2019"),
            T("December of last year", "DATE", "2022-12"),
            T("October", "DATE", "2023-10"),
            T("Tuesday", "DATE", "2023-12-05", 1),
            T("Dec. 14", "DATE", "2023-12-14"),
            T("last month", "DATE", "2023-11"),
            T("every single day", "SET", "P1D"),
        ],
        [
            E("Russia rejects a significant US proposal to free Whelan and Gershkovich", "REJECT",
              ["Russia", "United States", "Joe Biden"], "PAST_REF", "vague", "occurred",
              "Russia has in recent weeks rejected"),
            E("The Biden administration makes a significant proposal to free the two men", "REQUEST",
              ["United States", "Joe Biden", "Russia"], "PAST_REF", "vague", "occurred",
              "Russia has in recent weeks rejected"),
            E("Whelan arrested in Moscow", "COERCE", ["Russia", "United States"], "2018-12", "text", "occurred",
              "Mr. Whelan, a former Marine from Michigan"),
            E("Gershkovich arrested at Yekaterinburg", "COERCE", ["Russia", "United States"], "2023-03", "text",
              "occurred", "Mr. Gershkovich, a correspondent"),
            E("Moscow court extends Gershkovich's pretrial detention to 30 January", "COERCE",
              ["Russia", "United States"], "2023-11-30", "text", "occurred", "Mr. Gershkovich, a correspondent"),
            E("Peskov asks that contacts take place in silence", "REQUEST", ["Dmitry Peskov", "United States"],
              "2023-12-06", "text", "occurred", "The Kremlin's spokesman, Dmitry Peskov"),
            E("Ryabkov demands that any deal bring home Russians held by Washington and its allies", "REQUEST",
              ["Russia", "United States"], "2023-12-06", "published", "occurred", "A deputy foreign minister"),
            E("Brittney Griner traded for Viktor Bout in Abu Dhabi", "CONCEDE", ["United States", "Russia"],
              "2022-12", "text", "occurred", "In December of last year"),
            E("Alsu Kurmasheva held in Kazan since October", "COERCE", ["Russia", "United States"], "2023-10", "text",
              "occurred", "Another American journalist", date_mod="START"),
        ],
        [
            S("United States", "Miller: Russia rejected a significant new proposal to free Whelan and Gershkovich",
              "2023-12-05", "text", "Russia has in recent weeks rejected"),
            S("United States", "We made a significant proposal to secure their release, and it was rejected",
              "2023-12-05", "context", "We have made a significant proposal"),
            S("United States", "America will continue to pursue their release; they should never have been detained",
              "2023-12-05", "context", "He added that America would continue"),
            S("Dmitry Peskov", "Contacts continue but should take place in silence, not through the press",
              "2023-12-06", "text", "The Kremlin's spokesman, Dmitry Peskov"),
            S("Russia", "Ryabkov: any deal must bring home Russians held by Washington and its satellites",
              "2023-12-06", "published", "A deputy foreign minister"),
            S("United States", "Kurmasheva's case is under review for a wrongful detention designation",
              "2023-12-05", "text", "Her case is"),
            S("Antony Blinken", "Works every single day on bringing wrongfully detained Americans home", "2023-11",
              "text", "Secretary Blinken said last month"),
        ],
        ["Russia", "United States", "Joe Biden", "Kremlin", "Dmitry Peskov", "Germany", "Vladimir Putin",
         "Antony Blinken"],
    ),
    doc(
        "b111en05_hubbard_sentence_michigan_2024_10", "2024-10-08", EN05,
        [
            T("almost 7 years", "DURATION", "P7Y", mod="APPROX"),
            T("Monday", "DATE", "2024-10-07", 0),
            T("almost seven years", "DURATION", "P7Y", mod="APPROX"),
            T("2014", "DATE", "2014"),
            T("April 2, 2022", "DATE", "2022-04-02"),
            T("a month", "SET", "P1M"),
            T("Sept. 27", "DATE", "2024-09-27"),
            T("Monday", "DATE", "2024-10-07", 1),
            T("decades", "DURATION", "PXY"),
            T("Monday", "DATE", "2024-10-07", 2),
            T("the same day", "DATE", "2024-10-07"),
            T("more than seven years", "DURATION", "P7Y", mod="MORE_THAN"),
            T("August", "DATE", "2024-08"),
            T("more than five years", "DURATION", "P5Y", mod="MORE_THAN"),
            T("Monday", "DATE", "2024-10-07", 3),
            T("June", "DATE", "2024-06"),
            T("nearly four years", "DURATION", "P4Y", mod="APPROX"),
            T("Tuesday", "DATE", "2024-10-08"),
        ],
        [
            E("Moscow court sentences Stephen Hubbard to almost seven years as a mercenary", "COERCE",
              ["Russia", "United States"], "2024-10-07", "text", "occurred", "A 72-year-old man born in Big Rapids"),
            E("Russian troops capture Hubbard in Izium", "COERCE", ["Russia", "United States"], "2022-04-02", "text",
              "occurred", "Stephen James Hubbard had lived"),
            E("State Department again asks Russia for consular access to Hubbard", "REQUEST",
              ["United States", "Russia"], "2024-10-07", "text", "occurred", "The State Department said Monday"),
            E("Peters asks Blinken to review a wrongful-detention classification", "REQUEST",
              ["United States", "Antony Blinken"], "2024-10-08", "published", "occurred", "U.S. Sen. Gary Peters"),
            E("Robert Gilman sentenced to more than seven years", "COERCE", ["Russia", "United States"], "2024-10-07",
              "text", "occurred", "Another American, former Marine Robert Gilman"),
            E("Paul Whelan freed in the Ankara prisoner swap", "CONCEDE", ["Russia", "United States"], "2024-08",
              "text", "occurred", "In August, Paul Whelan", note="1 August 2024"),
            E("Turkish intelligence coordinates the swap in Ankara", "CONSULT", ["Turkey", "Russia", "United States"],
              "2024-08", "context", "occurred", "In August, Paul Whelan"),
            E("Gordon Black sentenced in Vladivostok", "COERCE", ["Russia", "United States"], "2024-06", "text",
              "occurred", "At least eight Americans remain behind bars"),
            E("Peskov: future exchanges to be handled quietly through the special services", "AGREE",
              ["Dmitry Peskov", "United States"], "2024-10-08", "text", "occurred",
              "Kremlin spokesman Dmitry Peskov told reporters Tuesday"),
        ],
        [
            S("Russia", "Prosecutors: Hubbard signed up with a territorial defense unit for $1,000 a month",
              "2024-10-08", "published", "Prosecutors said he had signed up"),
            S("United States", "Aware of the verdict; has again asked for consular access", "2024-10-07", "text",
              "The State Department said Monday"),
            S("United States", "Peters asked Blinken to review a wrongful-detention classification", "2024-10-08",
              "published", "U.S. Sen. Gary Peters"),
            S("Dmitry Peskov", "The Kremlin does not comment on court rulings; exchanges would be handled quietly",
              "2024-10-08", "text", "Kremlin spokesman Dmitry Peskov told reporters Tuesday"),
        ],
        ["Russia", "United States", "Ukraine", "Antony Blinken", "Turkey", "White House", "Kremlin",
         "Dmitry Peskov"],
    ),
    doc(
        "b111en06_byers_release_riyadh_talks_2025_02", "2025-02-18", EN06,
        [
            T("a week", "DURATION", "P1W"),
            T("late Sunday", "TIME", "2025-02-16TNI"),
            T("Feb. 7", "DATE", "2025-02-07"),
            T("10 years", "DURATION", "P10Y"),
            T("Monday", "DATE", "2025-02-17", 0),
            T("Monday", "DATE", "2025-02-17", 1),
            T("Tuesday", "DATE", "2025-02-18"),
            T("more than four hours", "DURATION", "PT4H", mod="MORE_THAN"),
            T("last week", "DATE", "2025-W07"),
            T("14 years", "DURATION", "P14Y"),
            T("Feb. 12", "DATE", "2025-02-12"),
            T("about 90 minutes", "DURATION", "PT90M", mod="APPROX"),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("2017", "DATE", "2017"),
        ],
        [
            E("Russia releases Kalob Byers to the US embassy", "CONCEDE", ["Russia", "United States"],
              "2025-02-16TNI", "text", "occurred", "Kalob Byers was handed over"),
            E("Byers detained at Vnukovo airport", "COERCE", ["Russia", "United States"], "2025-02-07", "text",
              "occurred", "Customs officers had detained him"),
            E("State Department calls on Russia to free other Americans", "REQUEST", ["United States", "Russia"],
              "2025-02-17", "text", "occurred", "State Department spokesperson Tammy Bruce"),
            E("Rubio and Lavrov meet in Riyadh with Witkoff, Waltz and Ushakov", "CONSULT",
              ["Marco Rubio", "Sergey Lavrov", "United States", "Steve Witkoff", "Yuri Ushakov"], "2025-02-18", "text",
              "occurred", "On Tuesday, Secretary of State Marco Rubio"),
            E("US and Russia agree to restore embassy staffing", "AGREE", ["United States", "Russia"], "2025-02-18",
              "context", "occurred", "The two sides agreed to restore staffing"),
            E("US and Russia agree to appoint high-level teams to work toward ending the war", "AGREE",
              ["United States", "Russia"], "2025-02-18", "context", "occurred", "The two sides agreed to restore staffing"),
            E("Lavrov rejects troops from NATO countries in Ukraine as peacekeepers", "REJECT",
              ["Sergey Lavrov", "NATO", "Ukraine"], "2025-02-18", "context", "occurred",
              "Lavrov called the conversation"),
            E("Zelensky says Kyiv will not recognize agreements made without it", "REJECT",
              ["Volodymyr Zelensky", "United States", "Russia"], "2025-02-18", "published", "occurred",
              "Ukrainian President Volodymyr Zelenskyy"),
            E("Russia frees Marc Fogel in exchange for Alexander Vinnik", "CONCEDE", ["Russia", "United States"],
              "2025-W07", "text", "occurred", "The release follows last week's exchange"),
            E("Witkoff meets Putin in Moscow", "CONSULT", ["Steve Witkoff", "Vladimir Putin"], "2025-W07", "context",
              "occurred", "Witkoff flew to Moscow"),
            E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-02-12", "text", "occurred",
              "On Feb. 12, President Donald Trump"),
            E("Trump and Putin agree that their teams start negotiations", "AGREE", ["Donald Trump", "Vladimir Putin"],
              "2025-02-12", "text", "occurred", "On Feb. 12, President Donald Trump"),
            E("Diplomats to meet on restoring embassy operations", "CONSULT", ["Russia", "United States"], "FUTURE_REF",
              "vague", "planned", "Diplomats from both countries are expected to meet"),
            E("Series of mutual expulsions of diplomats since 2017", "SANCTION", ["Russia", "United States"], "2017",
              "text", "occurred", "Diplomats from both countries are expected to meet", date_mod="START"),
        ],
        [
            S("United States", "A US official: Byers was handed over to the embassy late Sunday", "2025-02-18",
              "published", "Kalob Byers was handed over"),
            S("Dmitry Peskov", "Moscow expects to discuss restoring the whole complex of relations; certain events "
              "can be seen in this context", "2025-02-17", "text", "Kremlin spokesman Dmitry Peskov on Monday"),
            S("United States", "Bruce: the talks will focus on ending the war; Russia should free other Americans",
              "2025-02-17", "text", "State Department spokesperson Tammy Bruce"),
            S("Marco Rubio", "The sides agreed to restore embassy staffing and appoint high-level teams", "2025-02-18",
              "context", "The two sides agreed to restore staffing"),
            S("Marco Rubio", "We want our embassy to function, and theirs", "2025-02-18", "context",
              "We want our embassy to function"),
            S("Sergey Lavrov", "The conversation was very useful; no NATO troops in Ukraine as peacekeepers",
              "2025-02-18", "context", "Lavrov called the conversation"),
            S("Volodymyr Zelensky", "Kyiv will not recognize any agreement made without it", "2025-02-18",
              "published", "Ukrainian President Volodymyr Zelenskyy"),
        ],
        ["Russia", "United States", "Ukraine", "Kremlin", "Dmitry Peskov", "Marco Rubio", "Sergey Lavrov",
         "Steve Witkoff", "Yuri Ushakov", "NATO", "Volodymyr Zelensky", "Vladimir Putin", "Donald Trump"],
    ),
]
