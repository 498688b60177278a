"""English articles of the blind61 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b61en01 (Law Society Gazette)
EN01 = """
ICC opens Ukraine investigation after record 39-state referral led by UK

The International Criminal Court has opened an investigation into alleged war crimes and crimes against humanity in Ukraine after an unprecedented 39 states referred the situation to The Hague.
The UK lodged the first referral on Tuesday, and 38 further states, among them Germany, France and Poland, joined it on Wednesday, prosecutor Karim Khan QC said in a statement that night.
The referrals mean that Khan no longer needs the approval of the court's pre-trial judges, which he had said on Monday he would seek.
His office has begun collecting evidence, and he intends to travel to Ukraine and neighbouring countries in the coming days, he said.

Deputy prime minister and justice secretary Dominic Raab, who coordinated the referral, said the UK would provide additional funding and experienced investigators to the court.
'Putin and his generals must know that they will be held to account for the atrocities being committed in Ukraine,' Raab said.
Prime minister Boris Johnson told MPs on Wednesday that Russia's bombardment of civilian areas of Kharkiv 'already appears to me to qualify' as a war crime.

The Law Society of England and Wales welcomed the move and said solicitors with expertise in international criminal law stood ready to assist the court.
Its president, I. Stephanie Boyce, said the referral sent 'a clear message that the rule of law does not stop at borders'.
The Bar Council urged ministers to ensure that the court's budget kept pace with what is likely to be the largest investigation in its history.

Separately, Ukraine filed a case against Russia at the International Court of Justice on Saturday, accusing Moscow of falsely claiming genocide in the east of the country as a pretext for the invasion, and asked the judges to order an immediate halt to its military operations.
The court has scheduled hearings for Monday 7 March.
Russia's foreign ministry on Thursday dismissed the ICC investigation as 'legally null', saying Moscow does not recognise the court, from whose founding Rome Statute it withdrew its signature in 2016.

US secretary of state Antony Blinken, whose country is not a member of the court, said Washington would support 'all avenues' for documenting atrocities, including a commission of inquiry that the UN Human Rights Council is expected to set up on Friday.
President Volodymyr Zelensky said in a video address on Wednesday night that those responsible for Tuesday's missile strike on Kharkiv's Freedom Square would face 'a tribunal'.
"""

# ---------------------------------------------------------------- b61en02 (Courthouse News Service)
EN02 = """
Blinken signs off on first transfer of forfeited oligarch money to Ukraine

WASHINGTON (CN) — Secretary of State Antony Blinken has authorized the transfer of $5.4 million forfeited by Russian oligarch Konstantin Malofeyev to Ukraine, the first time the United States has handed seized Russian wealth to Kyiv.
Blinken announced the step Wednesday on Twitter, saying the money would pay for the rehabilitation of Ukrainian veterans and that it would be "the first of many" such transfers.

The funds come from a bank account that federal prosecutors in Manhattan seized in April 2022, when a grand jury indicted Malofeyev on charges of evading sanctions imposed on him in 2014 over his financing of separatists in Crimea.
Attorney General Merrick Garland certified the transfer in February, the first use of a provision that Congress tucked into the omnibus spending bill President Joe Biden signed in December.
Malofeyev, the founder of the Orthodox television channel Tsargrad, remains in Russia and has called the case "an act of piracy."

Russia's ambassador in Washington, Anatoly Antonov, called the decision "theft" and warned that Moscow would respond to any further seizures of Russian property.
Kremlin spokesman Dmitry Peskov said Thursday the move showed that Washington had "abandoned the rule of law" and that Russian citizens would defend their property in court.

Ukrainian Foreign Minister Dmytro Kuleba thanked Blinken and said the transfer set "an important precedent" that Kyiv hoped European governments would follow with the far larger sums they have frozen.
Estonian Prime Minister Kaja Kallas said Wednesday her government would send parliament a bill next month that would allow frozen Russian assets to be used for Ukraine's reconstruction.
European Commission President Ursula von der Leyen proposed in November that the proceeds of some 300 billion euros of immobilized Russian central bank reserves go toward rebuilding Ukraine, but the plan has stalled over legal concerns.

Biden is expected to discuss the issue with other Group of Seven leaders, among them German Chancellor Olaf Scholz and French President Emmanuel Macron, at their summit in Hiroshima next week.
Legal scholars have cautioned that seizing a foreign state's reserves, unlike the proceeds of crimes proven in court, would raise questions of sovereign immunity.
The Justice Department said Thursday that it was pursuing the forfeiture of more than $500 million in other oligarch assets, including the superyacht Amadea.
"""

# ---------------------------------------------------------------- b61en03 (Luxembourg Times)
EN03 = """
EU court annuls sanctions on Fridman and Aven but tycoons stay on list

The EU's General Court in Luxembourg on Wednesday annulled the sanctions the bloc imposed on Russian billionaires Mikhail Fridman and Petr Aven in February 2022, ruling that the Council of the EU had failed to show that they supported Russia's war against Ukraine.
The judges found that the Council had relied largely on press articles and had not established that the two co-founders of Alfa Group were among the businessmen providing the Kremlin with a substantial source of revenue.
The ruling only concerns the listings between February 2022 and March 2023, when the member states renewed the measures on amended criteria, and does not affect the later decisions.

A spokesperson for the Council said on Thursday that Fridman and Aven remained subject to an asset freeze and a travel ban and that the judgment had "no practical effect" on their current status.
EU foreign policy chief Josep Borrell told reporters that member states would study the ruling carefully, but that the sanctions regime as a whole was "legally robust".
Foreign ministers, who meet in Luxembourg on 22 April, are due to discuss a 14th package of sanctions that for the first time would target Russian liquefied natural gas.

Kremlin spokesman Dmitry Peskov said on Thursday that the ruling showed the sanctions had been "illegal from the start" and that Moscow expected more such decisions.
Foreign ministry spokeswoman Maria Zakharova urged other Russian businesspeople to challenge their listings in European courts.

Ukraine's foreign ministry said it regretted the decision and called on the Council to "close the loopholes" by tightening the criteria for listings.
President Volodymyr Zelensky told EU leaders by video link at their summit in Brussels in March that "not a single oligarch" who helped finance the war should be taken off the list.

Lawyers in Luxembourg expect the judgment to encourage further cases: more than 100 challenges to Russia-related listings are pending before the General Court, which sits on the Kirchberg plateau.
The ruling comes as the G7 and the EU debate how to use some 260 billion euros of immobilised Russian central bank assets, most of them held by Euroclear in Brussels, to support Kyiv.
The United States has urged its allies to go further and confiscate the assets themselves, a step Germany and France have so far resisted.
"""

# ---------------------------------------------------------------- b61en04 (The Athletic)
EN04 = """
Abramovich given 90 days to release Chelsea sale money for Ukraine or face court

The UK government has given Roman Abramovich 90 days to hand over the £2.5billion raised from the forced sale of Chelsea to humanitarian causes in Ukraine, warning that it will take him to court if he does not.
Chancellor Rachel Reeves and foreign secretary Yvette Cooper announced on Wednesday that they had issued a licence allowing the money, frozen in a UK bank account since the club was taken over by the Todd Boehly-Clearlake consortium in May 2022, to be transferred to a new foundation.
"The clock is now ticking, and if he does not act we will see him in court," prime minister Keir Starmer told MPs at Prime Minister's Questions the same day.

Abramovich, who was sanctioned in March 2022 over what the government called his links to Vladimir Putin, had pledged when he put the club up for sale that the proceeds would go to "all victims of the war in Ukraine".
Talks have been deadlocked for more than three years over his insistence that the money could also benefit people in Russia.
A spokesperson for Abramovich said on Wednesday night that he remained committed to the foundation but regretted the government's "unilateral" approach.
Mike Gordon, the former Chelsea director lined up to chair the foundation, has told friends he is ready to start work once the money is released.

Ukraine's ambassador in London, Valerii Zaluzhnyi, welcomed the decision and said every pound should go to "those whose homes and hospitals Russia destroyed".
Kremlin spokesman Dmitry Peskov called the move "an illegal expropriation" and said Russia would consider "appropriate measures" against British interests.

The announcement comes as European Union leaders gather in Brussels on Thursday to decide whether to use about €210billion of immobilised Russian central bank assets for a loan to Ukraine, a plan Belgium has resisted.
President Volodymyr Zelensky, who will address the summit, has urged leaders to approve the loan before the end of the year.

Chelsea, whose current owners paid £4.25billion for the club including pledged investment in the stadium and academy, declined to comment.
Lawyers said a court case would be the first time the UK has sued a sanctioned individual to force the release of frozen funds for Ukraine, and that it could take years to resolve.
"""

# ---------------------------------------------------------------- b61en05 (Just Security)
EN05 = """
No Amnesty for Aggression: ICC States Draw a Red Line as Ukraine Talks Turn to Impunity

The 124 states parties of the International Criminal Court on Thursday adopted by consensus a declaration calling on all those negotiating an end to the war in Ukraine to exclude any amnesty for war crimes, crimes against humanity and the crime of aggression.
The text was put forward by Germany, France, the United Kingdom and Poland together with Ukraine, which became the court's 125th member last year, and agreed at a special session in The Hague convened after Hungary's withdrawal from the Rome Statute took effect on June 2.
It responds to reports that the framework agreement under discussion, drafted by U.S. Special Envoy Steve Witkoff and Russian envoy Kirill Dmitriev, contains a clause granting "full amnesty" to all participants for acts committed during the war.

The United States, which is not a party to the court and has kept sanctions on its prosecutor and several judges since last year, did not send an observer.
A State Department spokesperson said on Thursday that the declaration was "unhelpful" and that "peace, not lawfare" had to be the priority.
Secretary of State Marco Rubio had said last week that questions of accountability should be "left for later" so as not to derail the talks.

Ukrainian Foreign Minister Andrii Sybiha, who addressed the session, said Kyiv would "never sign a document that pardons the murderers of Bucha" and called any amnesty provision a red line.
President Volodymyr Zelensky thanked the states parties in his nightly address on Thursday and said he had raised the issue with Witkoff in a call earlier in the week.
EU High Representative Kaja Kallas said the Union would "not underwrite impunity" and would keep its sanctions on those responsible for the deportation of Ukrainian children regardless of any deal.

In Moscow, Foreign Ministry spokeswoman Maria Zakharova dismissed the session as "a gathering of the sponsors of the Kyiv regime."
Kremlin spokesperson Dmitry Peskov said on Friday that the warrants against President Vladimir Putin and other Russian officials were "legally null" and that their withdrawal would have to be part of any settlement.

Whether the court would have to respect an amnesty is an open question.
Under Article 53 of the Rome Statute, the prosecutor may decline to proceed where an investigation would not serve "the interests of justice," but the court's judges have never accepted a negotiated amnesty as grounds to halt a case.
A negotiated amnesty would also sit uneasily with the special tribunal for the crime of aggression, whose judges are to be elected this autumn.
The Assembly will meet again in December for its regular session in The Hague.
"""

# ---------------------------------------------------------------- b61en06 (Law360)
EN06 = """
Bondi Disbands DOJ's Russian Oligarch Task Force On First Day

Law360 (February 7, 2025, 5:12 PM EST) -- Attorney General Pam Bondi has disbanded Task Force KleptoCapture, the Justice Department unit set up to seize the yachts, mansions and bank accounts of sanctioned Russian oligarchs, saying its prosecutors would be better used fighting drug cartels.
In a memo issued Wednesday, her first day in office, Bondi said the department would leave sanctions enforcement largely to the Treasury and shift resources to "cartels and transnational criminal organizations."
The memo also limits criminal charges under the Foreign Agents Registration Act to conduct resembling "traditional espionage."

Then-Attorney General Merrick Garland launched the task force in March 2022, and it went on to charge dozens of people and to restrain some $700 million in assets, including the superyacht Amadea, which was seized in Fiji in May 2022.
President Joe Biden signed the REPO for Ukrainians Act in April 2024, allowing the executive branch to confiscate Russian sovereign assets held in the U.S. for Ukraine's benefit, though the power has never been used.
Former federal prosecutors told Law360 that pending forfeiture cases, including the government's bid to take permanent ownership of the Amadea, would likely proceed, but that few new investigations would be opened.

Ukraine's Foreign Ministry said Kyiv hoped Washington would keep up pressure on "those who finance the war," and Foreign Minister Andrii Sybiha raised the issue with U.S. Special Envoy Keith Kellogg in a call Thursday, according to the ministry.
Kremlin spokesman Dmitry Peskov said the Kremlin had "taken note" of the decision but that it changed nothing as long as U.S. sanctions remained in place.
President Donald Trump said Friday that he expected to speak with Russian President Vladimir Putin "soon" and that the two would discuss ending the war.
EU foreign policy chief Kaja Kallas said the bloc's own freezes of about 28 billion euros in oligarchs' assets would stay in place.

Democrats on the Senate Judiciary Committee called the move "a gift to Putin's cronies," and Sen. Sheldon Whitehouse, D-R.I., said he would press Bondi for an explanation.
The Justice Department did not respond to a request for comment Friday.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b61en01_icc_investigation_referral_2022_03", "2022-03-03", EN01,
        [
            T("Tuesday", "DATE", "2022-03-01", 0),
            T("Wednesday", "DATE", "2022-03-02", 0),
            T("that night", "TIME", "2022-03-02TNI"),
            T("Monday", "DATE", "2022-02-28", 0),
            T("the coming days", "DATE", "FUTURE_REF"),
            T("Wednesday", "DATE", "2022-03-02", 1),
            T("Saturday", "DATE", "2022-02-26"),
            T("Monday 7 March", "DATE", "2022-03-07"),
            T("Thursday", "DATE", "2022-03-03"),
            T("2016", "DATE", "2016"),
            T("Friday", "DATE", "2022-03-04"),
            T("Wednesday night", "TIME", "2022-03-02TNI"),
            T("Tuesday", "DATE", "2022-03-01", 1),
        ],
        [
            E("UK lodges the first referral of the situation in Ukraine to the ICC", "ACCUSE",
              ["United Kingdom", "Russia"], "2022-03-01", "text", "occurred", "The UK lodged the first referral",
              note="referral of crimes committed since Russia's invasion"),
            E("38 further states, among them Germany, France and Poland, join the referral", "ACCUSE",
              ["Germany", "France", "Poland", "Russia"], "2022-03-02", "text", "occurred",
              "The UK lodged the first referral"),
            E("ICC prosecutor Khan to travel to Ukraine and neighbouring countries", "CONSULT", ["Ukraine"],
              "FUTURE_REF", "vague", "planned", "His office has begun collecting evidence"),
            E("UK to provide additional funding and investigators to the ICC", "AGREE", ["United Kingdom"],
              "2022-03-03", "published", "occurred", "who coordinated the referral, said the UK would provide"),
            E("Raab: Putin and his generals will be held to account", "THREATEN", ["United Kingdom", "Vladimir Putin"],
              "2022-03-03", "published", "occurred", "'Putin and his generals must know"),
            E("Johnson: Russia's bombardment of civilian areas of Kharkiv appears to qualify as a war crime", "ACCUSE",
              ["United Kingdom", "Russia"], "2022-03-02", "text", "occurred", "Prime minister Boris Johnson told MPs"),
            E("Ukraine files an ICJ case accusing Russia of falsely claiming genocide as a pretext for the invasion",
              "ACCUSE", ["Ukraine", "Russia"], "2022-02-26", "text", "occurred", "Separately, Ukraine filed a case"),
            E("Ukraine asks the ICJ to order Russia to halt its military operations", "REQUEST", ["Ukraine", "Russia"],
              "2022-02-26", "text", "occurred", "Separately, Ukraine filed a case"),
            E("ICJ hearings on Ukraine's request for provisional measures", "CONSULT", ["Ukraine", "Russia"],
              "2022-03-07", "text", "planned", "The court has scheduled hearings"),
            E("Russian foreign ministry dismisses the ICC investigation as legally null", "REJECT", ["Russia"],
              "2022-03-03", "text", "occurred", "Russia's foreign ministry on Thursday"),
            E("Russia withdrew its signature from the Rome Statute", "REJECT", ["Russia"], "2016", "text", "occurred",
              "Russia's foreign ministry on Thursday"),
            E("Blinken: Washington will support all avenues for documenting atrocities", "AGREE", ["Antony Blinken"],
              "2022-03-03", "published", "occurred", "US secretary of state Antony Blinken"),
            E("UN Human Rights Council expected to set up a commission of inquiry", "COOPERATE", ["United Nations"],
              "2022-03-04", "text", "planned", "US secretary of state Antony Blinken"),
            E("Zelensky: those responsible for the Kharkiv strike will face a tribunal", "THREATEN",
              ["Volodymyr Zelensky", "Russia"], "2022-03-02TNI", "text", "occurred",
              "President Volodymyr Zelensky said in a video address"),
            E("Missile strike on Kharkiv's Freedom Square", "ASSAULT", ["Russia", "Ukraine"], "2022-03-01", "text",
              "occurred", "President Volodymyr Zelensky said in a video address"),
        ],
        [
            S("United Kingdom", "Raab: the UK will provide additional funding and investigators to the court",
              "2022-03-03", "published", "who coordinated the referral, said the UK would provide"),
            S("United Kingdom", "Raab: Putin and his generals will be held to account for the atrocities",
              "2022-03-03", "published", "'Putin and his generals must know"),
            S("United Kingdom", "Johnson: Russia's bombardment of Kharkiv already appears to qualify as a war crime",
              "2022-03-02", "text", "Prime minister Boris Johnson told MPs"),
            S("Russia", "The ICC investigation is legally null; Moscow does not recognise the court", "2022-03-03",
              "text", "Russia's foreign ministry on Thursday"),
            S("Antony Blinken", "Washington will support all avenues for documenting atrocities", "2022-03-03",
              "published", "US secretary of state Antony Blinken"),
            S("Volodymyr Zelensky", "Those responsible for the strike on Freedom Square will face a tribunal",
              "2022-03-02TNI", "text", "President Volodymyr Zelensky said in a video address"),
        ],
        ["United Kingdom", "Germany", "France", "Poland", "Ukraine", "Russia", "Vladimir Putin", "Antony Blinken",
         "United States", "United Nations", "Volodymyr Zelensky"],
    ),
    doc(
        "b61en02_malofeyev_forfeiture_transfer_2023_05", "2023-05-11", EN02,
        [
            T("Wednesday", "DATE", "2023-05-10", 0),
            T("April 2022", "DATE", "2022-04"),
            T("2014", "DATE", "2014"),
            T("February", "DATE", "2023-02"),
            T("December", "DATE", "2022-12"),
            T("Thursday", "DATE", "2023-05-11", 0),
            T("Wednesday", "DATE", "2023-05-10", 1),
            T("next month", "DATE", "2023-06"),
            T("November", "DATE", "2022-11"),
            T("next week", "DATE", "2023-W20"),
            T("Thursday", "DATE", "2023-05-11", 1),
        ],
        [
            E("Blinken authorizes the transfer of $5.4 million forfeited by Malofeyev to Ukraine", "AID",
              ["Antony Blinken", "Ukraine"], "2023-05-10", "context", "occurred",
              "Secretary of State Antony Blinken has authorized"),
            E("Federal prosecutors seize Malofeyev's bank account", "COERCE", ["United States"], "2022-04", "text",
              "occurred", "The funds come from a bank account"),
            E("Grand jury indicts Malofeyev for evading sanctions", "ACCUSE", ["United States"], "2022-04", "text",
              "occurred", "The funds come from a bank account"),
            E("US sanctions on Malofeyev over financing separatists in Crimea", "SANCTION", ["United States"], "2014",
              "text", "occurred", "The funds come from a bank account"),
            E("Garland certifies the transfer of the forfeited funds to Ukraine", "AGREE", ["United States", "Ukraine"],
              "2023-02", "text", "occurred", "Attorney General Merrick Garland certified"),
            E("Biden signs the omnibus bill allowing forfeited proceeds to be sent to Ukraine", "AID",
              ["Joe Biden", "Ukraine"], "2022-12", "text", "occurred", "Attorney General Merrick Garland certified"),
            E("Russian ambassador Antonov calls the transfer theft", "ACCUSE", ["Russia", "United States"],
              "2023-05-11", "published", "occurred", "Russia's ambassador in Washington"),
            E("Antonov warns Moscow will respond to further seizures of Russian property", "THREATEN",
              ["Russia", "United States"], "2023-05-11", "published", "occurred", "Russia's ambassador in Washington"),
            E("Peskov: Washington has abandoned the rule of law", "ACCUSE", ["Dmitry Peskov", "United States"],
              "2023-05-11", "text", "occurred", "Kremlin spokesman Dmitry Peskov said Thursday"),
            E("Kuleba thanks Blinken", "SUPPORT", ["Ukraine", "Antony Blinken"], "2023-05-11", "published",
              "occurred", "Ukrainian Foreign Minister Dmytro Kuleba thanked"),
            E("Kyiv hopes European governments will follow with the sums they have frozen", "REQUEST",
              ["Ukraine", "European Union"], "2023-05-11", "published", "occurred",
              "Ukrainian Foreign Minister Dmytro Kuleba thanked"),
            E("Kallas: Estonian bill next month to use frozen Russian assets for Ukraine's reconstruction", "AID",
              ["Kaja Kallas", "Ukraine", "Russia"], "2023-06", "text", "planned", "Estonian Prime Minister Kaja Kallas"),
            E("Von der Leyen's proposal to use the proceeds of Russian central bank reserves to rebuild Ukraine",
              "AID", ["Ursula von der Leyen", "Ukraine", "Russia"], "2022-11", "text", "uncertain",
              "European Commission President Ursula von der Leyen proposed", note="proposed in November 2022; stalled"),
            E("Biden to discuss the issue with Scholz, Macron and other G7 leaders at the Hiroshima summit", "CONSULT",
              ["Joe Biden", "Olaf Scholz", "Emmanuel Macron"], "2023-W20", "text", "planned",
              "Biden is expected to discuss the issue"),
        ],
        [
            S("Antony Blinken", "The money will fund the rehabilitation of Ukrainian veterans; the first of many "
              "transfers", "2023-05-10", "text", "Blinken announced the step Wednesday"),
            S("Russia", "Antonov: the decision is theft; Moscow will respond to further seizures", "2023-05-11",
              "published", "Russia's ambassador in Washington"),
            S("Dmitry Peskov", "Washington has abandoned the rule of law; Russians will defend their property in "
              "court", "2023-05-11", "text", "Kremlin spokesman Dmitry Peskov said Thursday"),
            S("Ukraine", "Kuleba: the transfer sets an important precedent for Europe's frozen sums", "2023-05-11",
              "published", "Ukrainian Foreign Minister Dmytro Kuleba thanked"),
            S("Kaja Kallas", "Estonia will send parliament a bill next month to use frozen Russian assets for "
              "Ukraine", "2023-05-10", "text", "Estonian Prime Minister Kaja Kallas"),
            S("United States", "Justice Department: forfeiture of more than $500 million in other oligarch assets "
              "is being pursued", "2023-05-11", "text", "The Justice Department said Thursday"),
        ],
        ["Antony Blinken", "Ukraine", "United States", "Russia", "Joe Biden", "Kremlin", "Dmitry Peskov",
         "European Union", "Kaja Kallas", "Ursula von der Leyen", "Olaf Scholz", "Germany", "Emmanuel Macron",
         "France"],
    ),
    doc(
        "b61en03_general_court_fridman_aven_2024_04", "2024-04-11", EN03,
        [
            T("Wednesday", "DATE", "2024-04-10"),
            T("February 2022", "DATE", "2022-02", 0),
            T("February 2022", "DATE", "2022-02", 1),
            T("March 2023", "DATE", "2023-03"),
            T("Thursday", "DATE", "2024-04-11", 0),
            T("22 April", "DATE", "2024-04-22"),
            T("Thursday", "DATE", "2024-04-11", 1),
            T("March", "DATE", "2024-03", 1),
        ],
        [
            E("EU General Court annuls the sanctions on Fridman and Aven", "REJECT", ["European Union"], "2024-04-10",
              "text", "occurred", "The EU's General Court in Luxembourg"),
            E("EU imposed sanctions on Fridman and Aven", "SANCTION", ["European Union"], "2022-02", "text",
              "occurred", "The EU's General Court in Luxembourg"),
            E("Member states renewed the measures on amended criteria", "SANCTION", ["European Union"], "2023-03",
              "text", "occurred", "The ruling only concerns the listings"),
            E("Council: Fridman and Aven remain subject to an asset freeze and a travel ban", "REJECT",
              ["European Union"], "2024-04-11", "text", "occurred", "A spokesperson for the Council said"),
            E("EU foreign ministers to meet in Luxembourg", "CONSULT", ["European Union"], "2024-04-22", "text",
              "planned", "Foreign ministers, who meet in Luxembourg"),
            E("14th sanctions package to target Russian LNG", "SANCTION", ["European Union", "Russia"], "2024-04-22",
              "context", "planned", "Foreign ministers, who meet in Luxembourg"),
            E("Peskov: the sanctions were illegal from the start", "ACCUSE", ["Dmitry Peskov", "European Union"],
              "2024-04-11", "text", "occurred", "Kremlin spokesman Dmitry Peskov said on Thursday"),
            E("Zakharova urges Russian businesspeople to challenge their listings in European courts", "REQUEST",
              ["Maria Zakharova"], "2024-04-11", "published", "occurred", "Foreign ministry spokeswoman Maria Zakharova"),
            E("Ukraine calls on the Council to close the loopholes", "REQUEST", ["Ukraine", "European Union"],
              "2024-04-11", "published", "occurred", "Ukraine's foreign ministry said it regretted"),
            E("Zelensky tells EU leaders no oligarch should be taken off the list", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2024-03", "text", "occurred",
              "President Volodymyr Zelensky told EU leaders"),
            E("G7 and EU debate using immobilised Russian central bank assets to support Kyiv", "AID",
              ["European Union", "Ukraine", "Russia"], "2024-04-11", "published", "uncertain",
              "The ruling comes as the G7"),
            E("US urges its allies to confiscate the Russian assets", "REQUEST", ["United States", "Germany", "France"],
              "2024-04-11", "published", "occurred", "The United States has urged"),
            E("Germany and France resist confiscating the assets", "REJECT", ["Germany", "France", "United States"],
              "2024-04-11", "published", "occurred", "The United States has urged"),
        ],
        [
            S("European Union", "Council: the two remain under an asset freeze and travel ban; the ruling has no "
              "practical effect", "2024-04-11", "text", "A spokesperson for the Council said"),
            S("European Union", "Borrell: member states will study the ruling; the sanctions regime is legally robust",
              "2024-04-11", "published", "EU foreign policy chief Josep Borrell"),
            S("Dmitry Peskov", "The ruling shows the sanctions were illegal from the start; more such decisions "
              "expected", "2024-04-11", "text", "Kremlin spokesman Dmitry Peskov said on Thursday"),
            S("Maria Zakharova", "Other Russian businesspeople should challenge their listings in European courts",
              "2024-04-11", "published", "Foreign ministry spokeswoman Maria Zakharova"),
            S("Ukraine", "Regrets the decision; the Council must close the loopholes", "2024-04-11", "published",
              "Ukraine's foreign ministry said it regretted"),
            S("Volodymyr Zelensky", "Not a single oligarch who helped finance the war should be taken off the list",
              "2024-03", "text", "President Volodymyr Zelensky told EU leaders"),
        ],
        ["European Union", "Russia", "Ukraine", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "Volodymyr Zelensky",
         "United States", "Germany", "France"],
    ),
    doc(
        "b61en04_abramovich_chelsea_ultimatum_2025_12", "2025-12-18", EN04,
        [
            T("90 days", "DURATION", "P90D", 0),
            T("90 days", "DURATION", "P90D", 1),
            T("Wednesday", "DATE", "2025-12-17", 0),
            T("May 2022", "DATE", "2022-05"),
            T("now", "DATE", "PRESENT_REF"),
            T("the same day", "DATE", "2025-12-17"),
            T("March 2022", "DATE", "2022-03"),
            T("more than three years", "DURATION", "P3Y", mod="MORE_THAN"),
            T("Wednesday night", "TIME", "2025-12-17TNI"),
            T("Thursday", "DATE", "2025-12-18"),
            T("the end of the year", "DATE", "2025", mod="END"),
            T("years", "DURATION", "PXY", 1),
        ],
        [
            E("UK gives Abramovich 90 days to release the Chelsea sale money for Ukraine or face court", "THREATEN",
              ["United Kingdom"], "2025-12-17", "context", "occurred", "The UK government has given Roman Abramovich",
              note="deadline about 17 March 2026"),
            E("Reeves and Cooper issue a licence for the money to go to a foundation for Ukraine", "AGREE",
              ["United Kingdom", "Ukraine"], "2025-12-17", "text", "occurred", "Chancellor Rachel Reeves"),
            E("Chelsea sale money frozen in a UK bank account since May 2022", "SANCTION", ["United Kingdom"],
              "2022-05", "text", "occurred", "Chancellor Rachel Reeves", date_mod="START"),
            E("Starmer: if he does not act we will see him in court", "THREATEN", ["Keir Starmer"], "2025-12-17",
              "text", "occurred", "The clock is now ticking"),
            E("UK sanctioned Abramovich over his links to Putin", "SANCTION", ["United Kingdom"], "2022-03", "text",
              "occurred", "Abramovich, who was sanctioned in March 2022"),
            E("Ukraine's ambassador Zaluzhnyi welcomes the decision", "SUPPORT", ["Ukraine", "United Kingdom"],
              "2025-12-18", "published", "occurred", "Ukraine's ambassador in London"),
            E("Peskov calls the move an illegal expropriation", "ACCUSE", ["Dmitry Peskov", "United Kingdom"],
              "2025-12-18", "published", "occurred", "Kremlin spokesman Dmitry Peskov called"),
            E("Peskov: Russia will consider appropriate measures against British interests", "THREATEN",
              ["Dmitry Peskov", "United Kingdom"], "2025-12-18", "published", "occurred",
              "Kremlin spokesman Dmitry Peskov called"),
            E("EU leaders gather in Brussels for their summit", "CONSULT", ["European Union"], "2025-12-18", "text",
              "planned", "The announcement comes as European Union leaders"),
            E("Plan to use immobilised Russian central bank assets for a loan to Ukraine", "AID",
              ["European Union", "Ukraine", "Russia"], "2025-12-18", "context", "uncertain",
              "The announcement comes as European Union leaders"),
            E("Zelensky urges EU leaders to approve the loan before the end of the year", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2025-12-18", "published", "occurred",
              "President Volodymyr Zelensky, who will address"),
        ],
        [
            S("United Kingdom", "Reeves and Cooper: a licence has been issued for the money to go to a new "
              "foundation", "2025-12-17", "text", "Chancellor Rachel Reeves"),
            S("Keir Starmer", "The clock is ticking; if Abramovich does not act, he will be taken to court",
              "2025-12-17", "text", "The clock is now ticking"),
            S("Ukraine", "Zaluzhnyi: every pound should go to those whose homes and hospitals Russia destroyed",
              "2025-12-18", "published", "Ukraine's ambassador in London"),
            S("Dmitry Peskov", "An illegal expropriation; Russia will consider appropriate measures", "2025-12-18",
              "published", "Kremlin spokesman Dmitry Peskov called"),
            S("Volodymyr Zelensky", "EU leaders should approve the loan before the end of the year", "2025-12-18",
              "published", "President Volodymyr Zelensky, who will address"),
        ],
        ["United Kingdom", "Ukraine", "Keir Starmer", "Vladimir Putin", "Russia", "Kremlin", "Dmitry Peskov",
         "European Union", "Volodymyr Zelensky"],
    ),
    doc(
        "b61en05_icc_states_amnesty_declaration_2026_07", "2026-07-17", EN05,
        [
            T("Thursday", "DATE", "2026-07-16", 0),
            T("last year", "DATE", "2025", 0),
            T("June 2", "DATE", "2026-06-02"),
            T("last year", "DATE", "2025", 1),
            T("Thursday", "DATE", "2026-07-16", 1),
            T("last week", "DATE", "2026-W28"),
            T("nightly", "SET", "P1D"),
            T("Thursday", "DATE", "2026-07-16", 2),
            T("the week", "DATE", "2026-W29"),
            T("Friday", "DATE", "2026-07-17"),
            T("this autumn", "DATE", "2026-FA"),
            T("December", "DATE", "2026-12"),
        ],
        [
            E("ICC states parties adopt by consensus a declaration against amnesty in a Ukraine settlement", "AGREE",
              ["Germany", "France", "United Kingdom", "Poland", "Ukraine"], "2026-07-16", "text", "occurred",
              "The 124 states parties"),
            E("Declaration calls on the negotiators to exclude any amnesty for international crimes", "REQUEST",
              ["Germany", "France", "United Kingdom", "Poland", "Ukraine", "United States", "Russia"], "2026-07-16",
              "text", "occurred", "The 124 states parties"),
            E("Special session of the Assembly of States Parties in The Hague", "CONSULT",
              ["Germany", "France", "United Kingdom", "Poland", "Ukraine"], "2026-07-16", "context", "occurred",
              "The text was put forward by Germany"),
            E("Ukraine became the ICC's 125th member", "AGREE", ["Ukraine"], "2025", "text", "occurred",
              "The text was put forward by Germany"),
            E("Hungary's withdrawal from the Rome Statute takes effect", "REJECT", ["Viktor Orbán"], "2026-06-02",
              "text", "occurred", "The text was put forward by Germany"),
            E("Witkoff–Dmitriev framework reportedly grants full amnesty for acts committed during the war",
              "REQUEST", ["Steve Witkoff", "Kirill Dmitriev", "Ukraine"], "2026-07-17", "published", "occurred",
              "It responds to reports"),
            E("US sanctions on the ICC prosecutor and several judges since last year", "SANCTION", ["United States"],
              "2025", "text", "occurred", "has kept sanctions on its prosecutor", date_mod="START"),
            E("The United States sends no observer to the session", "CONSULT", ["United States"], "2026-07-16",
              "context", "cancelled", "has kept sanctions on its prosecutor"),
            E("State Department calls the declaration unhelpful", "ACCUSE", ["United States"], "2026-07-16", "text",
              "occurred", "A State Department spokesperson said"),
            E("Rubio: accountability should be left for later so as not to derail the talks", "REQUEST",
              ["Marco Rubio"], "2026-W28", "text", "occurred", "Secretary of State Marco Rubio had said"),
            E("Sybiha: Kyiv will never sign a document that pardons the murderers of Bucha", "REJECT",
              ["Andrii Sybiha", "United States", "Russia"], "2026-07-16", "context", "occurred",
              "Ukrainian Foreign Minister Andrii Sybiha"),
            E("Zelensky thanks the states parties", "SUPPORT", ["Volodymyr Zelensky"], "2026-07-16", "text",
              "occurred", "President Volodymyr Zelensky thanked"),
            E("Zelensky raised the amnesty issue with Witkoff in a call", "CONSULT",
              ["Volodymyr Zelensky", "Steve Witkoff"], "2026-W29", "text", "occurred",
              "President Volodymyr Zelensky thanked"),
            E("Kallas: the EU will keep its sanctions on those responsible for deporting Ukrainian children", "REJECT",
              ["Kaja Kallas", "Russia"], "2026-07-17", "published", "occurred", "EU High Representative Kaja Kallas"),
            E("Zakharova dismisses the session as a gathering of the Kyiv regime's sponsors", "ACCUSE",
              ["Maria Zakharova"], "2026-07-17", "published", "occurred", "In Moscow, Foreign Ministry spokeswoman"),
            E("Peskov: the ICC warrants against Putin and other officials are legally null", "REJECT",
              ["Dmitry Peskov"], "2026-07-17", "text", "occurred", "Kremlin spokesperson Dmitry Peskov said on Friday"),
            E("Peskov: withdrawal of the warrants must be part of any settlement", "REQUEST", ["Dmitry Peskov"],
              "2026-07-17", "text", "occurred", "Kremlin spokesperson Dmitry Peskov said on Friday"),
        ],
        [
            S("Joint statement: Germany, France, United Kingdom, Poland, Ukraine",
              "No peace agreement may grant amnesty for war crimes, crimes against humanity or aggression",
              "2026-07-16", "text", "The 124 states parties"),
            S("United States", "State Department: the declaration is unhelpful; peace, not lawfare, must be the "
              "priority", "2026-07-16", "text", "A State Department spokesperson said"),
            S("Marco Rubio", "Questions of accountability should be left for later", "2026-W28", "text",
              "Secretary of State Marco Rubio had said"),
            S("Andrii Sybiha", "Kyiv will never sign a document pardoning the murderers of Bucha; amnesty is a red "
              "line", "2026-07-16", "context", "Ukrainian Foreign Minister Andrii Sybiha"),
            S("Volodymyr Zelensky", "Thanks the states parties; he raised the issue with Witkoff", "2026-07-16", "text",
              "President Volodymyr Zelensky thanked"),
            S("Kaja Kallas", "The EU will not underwrite impunity and will keep its sanctions regardless of any deal",
              "2026-07-17", "published", "EU High Representative Kaja Kallas"),
            S("Maria Zakharova", "The session is a gathering of the sponsors of the Kyiv regime", "2026-07-17",
              "published", "In Moscow, Foreign Ministry spokeswoman"),
            S("Dmitry Peskov", "The warrants are legally null; their withdrawal must be part of any settlement",
              "2026-07-17", "text", "Kremlin spokesperson Dmitry Peskov said on Friday"),
        ],
        ["Germany", "France", "United Kingdom", "Poland", "Ukraine", "Russia", "United States", "Viktor Orbán",
         "Steve Witkoff", "Kirill Dmitriev", "Marco Rubio", "Andrii Sybiha", "Volodymyr Zelensky", "Kaja Kallas",
         "European Union", "Maria Zakharova", "Kremlin", "Dmitry Peskov", "Vladimir Putin"],
    ),
    doc(
        "b61en06_kleptocapture_disbanded_2025_02", "2025-02-07", EN06,
        [
            T("February 7, 2025", "DATE", "2025-02-07"),
            T("5:12 PM EST", "TIME", "2025-02-07T17:12", note="EST (US Eastern Standard Time)"),
            T("Wednesday", "DATE", "2025-02-05"),
            T("March 2022", "DATE", "2022-03"),
            T("May 2022", "DATE", "2022-05"),
            T("April 2024", "DATE", "2024-04"),
            T("Thursday", "DATE", "2025-02-06"),
            T("Friday", "DATE", "2025-02-07", 0),
            T("soon", "DATE", "FUTURE_REF"),
            T("Friday", "DATE", "2025-02-07", 1),
        ],
        [
            E("Attorney General Bondi disbands Task Force KleptoCapture", "CONCEDE", ["United States"], "2025-02-05",
              "context", "occurred", "Attorney General Pam Bondi has disbanded"),
            E("Garland launched the task force to enforce sanctions on Russian oligarchs", "SANCTION",
              ["United States"], "2022-03", "text", "occurred", "Then-Attorney General Merrick Garland launched"),
            E("Superyacht Amadea seized in Fiji at US request", "COERCE", ["United States"], "2022-05", "text",
              "occurred", "Then-Attorney General Merrick Garland launched"),
            E("Biden signs the REPO for Ukrainians Act allowing Russian sovereign assets to be confiscated for "
              "Ukraine", "AID", ["Joe Biden", "Ukraine", "Russia"], "2024-04", "text", "occurred",
              "President Joe Biden signed the REPO"),
            E("Kyiv hopes Washington will keep up pressure on those who finance the war", "REQUEST",
              ["Ukraine", "United States"], "2025-02-07", "published", "occurred", "Ukraine's Foreign Ministry said"),
            E("Sybiha–Kellogg call", "CONSULT", ["Andrii Sybiha", "Keith Kellogg"], "2025-02-06", "text", "occurred",
              "Ukraine's Foreign Ministry said"),
            E("Trump expects to speak with Putin soon about ending the war", "CONSULT",
              ["Donald Trump", "Vladimir Putin"], "FUTURE_REF", "vague", "planned",
              "President Donald Trump said Friday"),
            E("Kallas: the EU's freezes of oligarchs' assets stay in place", "REJECT", ["Kaja Kallas"], "2025-02-07",
              "published", "occurred", "EU foreign policy chief Kaja Kallas said"),
        ],
        [
            S("United States", "Bondi's memo: sanctions enforcement left largely to the Treasury, resources shifted "
              "to cartels", "2025-02-05", "text", "In a memo issued Wednesday"),
            S("Ukraine", "Kyiv hopes Washington keeps up pressure on those who finance the war", "2025-02-07",
              "published", "Ukraine's Foreign Ministry said"),
            S("Dmitry Peskov", "The Kremlin has taken note, but nothing changes while US sanctions remain",
              "2025-02-07", "published", "Kremlin spokesman Dmitry Peskov said the Kremlin"),
            S("Donald Trump", "Expects to speak with Putin soon about ending the war", "2025-02-07", "text",
              "President Donald Trump said Friday"),
            S("Kaja Kallas", "The EU's freezes of about 28 billion euros in oligarchs' assets stay in place",
              "2025-02-07", "published", "EU foreign policy chief Kaja Kallas said"),
        ],
        ["United States", "Russia", "Joe Biden", "Ukraine", "Andrii Sybiha", "Keith Kellogg", "Kremlin",
         "Dmitry Peskov", "Donald Trump", "Vladimir Putin", "Kaja Kallas", "European Union"],
    ),
]
