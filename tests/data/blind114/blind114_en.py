"""English articles of the blind114 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = []

# ---------------------------------------------------------------- b114en01 (Global Investigations Review)
EN01 = """
Ukraine's security service raids anti-corruption bureau as lawmakers move to curb its powers

Ukraine's Security Service (SBU) and the Office of the Prosecutor General searched the homes of more than a dozen employees of the National Anti-Corruption Bureau of Ukraine (NABU) on 21 July, in what the bureau described as an unprecedented attack on its independence.
NABU said it had counted some 70 searches involving 15 of its staff, most of them carried out without court orders.
Ruslan Magamedrasulov, who heads one of the bureau's interregional detective units, was detained on suspicion of helping his father sell industrial hemp to buyers in Russia, a charge the bureau rejects.
The SBU said a second detective was suspected of passing information to Russian intelligence.

NABU director Semen Kryvonos told reporters on Monday evening that the operation was "pressure, plain and simple" and that the bureau would challenge every search before the High Anti-Corruption Court.
Oleksandr Klymenko, head of the Specialised Anti-Corruption Prosecutor's Office (SAPO), said investigators had been working on several cases touching senior officials when the searches began.

On the same day, the Verkhovna Rada's law enforcement committee approved amendments to draft law No. 12414 that would give the Prosecutor General, who is appointed on the president's nomination, the power to take over any NABU case and to issue binding instructions to SAPO.
A plenary vote is expected as early as Tuesday.
Practitioners in Kyiv said the amendments, inserted into a bill on criminal procedure, would effectively end the autonomy both bodies have enjoyed since 2015.

Ambassadors of the G7 countries met Kryvonos and Klymenko on Monday afternoon to discuss what they called "serious concerns" about the searches.
EU enlargement commissioner Marta Kos said on Monday night that she was "seriously concerned" and urged Kyiv to respect the independence of its anti-corruption bodies, which she called "essential for Ukraine's path to the EU".

The stakes for Kyiv are high.
NABU was created in 2015 as part of Ukraine's visa-liberalisation commitments to the EU, and its first detectives were trained with help from the FBI.
Independent anti-corruption institutions are among the conditions attached to the EU's EUR 50 billion Ukraine Facility, and the IMF's board completed the eighth review of Ukraine's USD 15.6 billion programme at the end of June.
An IMF spokesperson said the fund was "following developments closely".

Moscow has seized on the dispute.
Kremlin spokesperson Dmitry Peskov told reporters on Monday that it was "an internal matter for the Kyiv regime" but that corruption in Ukraine was "well known to everyone".
President Volodymyr Zelensky has not commented on the raids, but his office said on Monday that the law enforcement agencies were acting "strictly within the law".
"""

# ---------------------------------------------------------------- b114en02 (EU Reporter)
EN02 = """
Commission welcomes Zelensky's U-turn on anti-corruption bodies but says the final text will count

The European Commission has cautiously welcomed a bill submitted by Ukrainian President Volodymyr Zelensky to restore the independence of the country's two main anti-corruption bodies, after he signed on Tuesday a law that placed them under the Prosecutor General.
Zelensky submitted the draft to the Verkhovna Rada on Thursday (24 July), saying it would guarantee that the National Anti-Corruption Bureau (NABU) and the Specialised Anti-Corruption Prosecutor's Office (SAPO) could work "without any interference".
"This is a step in the right direction, but what matters is the text that parliament finally adopts," a Commission spokesperson told EU Reporter on Thursday evening.

The reversal followed a phone call on Wednesday between Commission President Ursula von der Leyen and Zelensky, in which she expressed "strong concerns" about the consequences of the law and asked for explanations, according to her chief spokesperson Paula Pinho.
Enlargement Commissioner Marta Kos, who had called the original law "a serious step back", said on Thursday that she had been in contact with Prime Minister Yulia Svyrydenko's government "at all levels" over the past days.
In Berlin, a government spokesman said that Chancellor Friedrich Merz had also spoken to Zelensky by phone on Wednesday and had made clear that he expected the bodies' independence to be preserved.

Brussels has made clear that money is at stake.
Payments under the EUR 50 billion Ukraine Facility are tied to reform benchmarks, including the independence of the anti-corruption institutions.
A senior EU official warned that the next instalment, due to be assessed in September, could be delayed if the new law did not fully restore NABU's and SAPO's powers.

The Rada is expected to vote on the new bill on 31 July.
In Kyiv, several thousand mostly young protesters gathered again on Thursday outside the Ivan Franko Theatre, many holding up hand-written cardboard signs.
Rada speaker Ruslan Stefanchuk said the chamber would "listen to society" and treat the bill as a priority.

In Moscow, foreign ministry spokeswoman Maria Zakharova said on Thursday that the episode showed that "Kyiv's sovereignty ends where Brussels' money begins".
Meanwhile, Russian and Ukrainian delegations agreed at a third round of direct talks in Istanbul on Wednesday to exchange another 1,200 prisoners from each side, but made no progress towards a ceasefire.
"""

# ---------------------------------------------------------------- b114en03 (Compliance Week)
EN03 = """
Ukraine names economic security chief, clearing a hurdle for Western aid

Ukraine's Cabinet of Ministers on Wednesday appointed Oleksandr Tsyvinskyi, a former detective of the National Anti-Corruption Bureau (NABU), as director of the Bureau of Economic Security (BES), ending a months-long standoff that had put part of the country's Western financing at risk.
The BES, set up in 2021 to investigate tax evasion, smuggling and other economic crimes, has been criticized by businesses for years as a tool for pressuring companies.
A law passed in June required the new director to be chosen by a selection commission that included three international experts nominated by Ukraine's partners.

The commission picked Tsyvinskyi in August, but the government delayed the appointment for seven weeks, citing the need for additional security vetting.
Ambassadors of the G7 countries and the EU had urged the government in a joint statement last month to complete the appointment "without further delay".
The delay cost Kyiv money: in its assessment of Ukraine's reform steps, the European Commission held back part of a Ukraine Facility payment last month because the BES appointment and two other measures had not been completed.
A Commission spokesperson said on Wednesday that the appointment was "an important step" and that the withheld funds could be released once the remaining conditions were met.
The U.S. Embassy in Kyiv welcomed the decision on Wednesday evening.

Prime Minister Yulia Svyrydenko said on Wednesday that Tsyvinskyi would have to "reboot" the bureau within six months, including a full re-attestation of its staff.
Tsyvinskyi told reporters he would end "pressure on honest business" and review criminal cases opened against companies without grounds.

The IMF, which is negotiating a new lending program of about $8 billion with Kyiv, had also made the appointment a structural benchmark.
Kyiv formally requested the new program in August, and an IMF staff mission is expected in the Ukrainian capital later this month.
Ukraine's financing needs have grown after Russian missile and drone strikes on gas production sites in the Kharkiv and Poltava regions last week.

For multinational companies operating in Ukraine, the appointment is a test case.
The European Business Association, which represents about 1,000 companies, said it expected the new director to close "hundreds" of cases opened against businesses without grounds.
Compliance officers should nonetheless expect continued scrutiny: NABU and the Specialized Anti-Corruption Prosecutor's Office (SAPO) regained their full powers only at the end of July, after street protests forced the government to reverse a law that had subordinated them to the Prosecutor General.
"""

DOCS += [
    doc(
        "b114en01_sbu_raids_nabu_2025_07", "2025-07-22", EN01,
        [
            T("21 July", "DATE", "2025-07-21"),
            T("Monday evening", "TIME", "2025-07-21TEV"),
            T("the same day", "DATE", "2025-07-21"),
            T("Tuesday", "DATE", "2025-07-22"),
            T("2015", "DATE", "2015", 0),
            T("Monday afternoon", "TIME", "2025-07-21TAF"),
            T("Monday night", "TIME", "2025-07-21TNI"),
            T("2015", "DATE", "2015", 1),
            T("the end of June", "DATE", "2025-06", mod="END"),
            T("Monday", "DATE", "2025-07-21", 3),
            T("Monday", "DATE", "2025-07-21", 4),
        ],
        [
            E("SBU says a second NABU detective is suspected of passing information to Russian intelligence",
              "ACCUSE", ["Ukraine", "Russia"], "2025-07-21", "context", "occurred",
              "The SBU said a second detective", note="dated by the searches of 21 July"),
            E("G7 ambassadors meet the heads of NABU and SAPO over serious concerns", "CONSULT",
              ["United States", "United Kingdom", "France", "Germany", "Ukraine"], "2025-07-21TAF", "text",
              "occurred", "Ambassadors of the G7 countries met Kryvonos"),
            E("Kos urges Kyiv to respect the independence of its anti-corruption bodies", "REQUEST",
              ["European Union", "Ukraine"], "2025-07-21TNI", "text", "occurred", "Marta Kos said on Monday night"),
            E("NABU created as part of Ukraine's visa-liberalisation commitments to the EU, detectives trained by the "
              "FBI", "COOPERATE", ["Ukraine", "European Union", "United States"], "2015", "text", "occurred",
              "NABU was created in 2015"),
            E("IMF board completes the eighth review of Ukraine's programme", "AID", ["Ukraine"], "2025-06", "text",
              "occurred", "completed the eighth review", date_mod="END"),
            E("Peskov: corruption in Ukraine is well known to everyone", "ACCUSE", ["Dmitry Peskov", "Ukraine"],
              "2025-07-21", "text", "occurred", "Kremlin spokesperson Dmitry Peskov told reporters"),
        ],
        [
            S("Ukraine", "NABU: some 70 searches involving 15 staff, mostly without court orders", "2025-07-22",
              "published", "NABU said it had counted"),
            S("Ukraine", "SBU: a second detective suspected of passing information to Russian intelligence",
              "2025-07-21", "context", "The SBU said a second detective"),
            S("Ukraine", "Kryvonos: the operation is pressure; NABU will challenge every search in court",
              "2025-07-21TEV", "text", "pressure, plain and simple"),
            S("Ukraine", "Klymenko: investigators were working on cases touching senior officials", "2025-07-22",
              "published", "Oleksandr Klymenko, head of the Specialised"),
            S("Joint statement: United States, United Kingdom, France, Germany", "G7 ambassadors voice serious "
              "concerns about the searches", "2025-07-21TAF", "context",
              "Ambassadors of the G7 countries met Kryvonos"),
            S("European Union", "Kos seriously concerned; independence of anti-corruption bodies essential for the "
              "EU path", "2025-07-21TNI", "text", "Marta Kos said on Monday night"),
            S("Dmitry Peskov", "An internal matter for the Kyiv regime; corruption in Ukraine well known",
              "2025-07-21", "text", "Kremlin spokesperson Dmitry Peskov told reporters"),
            S("Ukraine", "Presidential office: the agencies acted strictly within the law", "2025-07-21", "text",
              "his office said on Monday"),
        ],
        ["Ukraine", "Russia", "United States", "United Kingdom", "France", "Germany", "European Union",
         "Dmitry Peskov", "Kremlin", "Volodymyr Zelensky"],
    ),
    doc(
        "b114en02_commission_nabu_bill_2025_07", "2025-07-25", EN02,
        [
            T("Tuesday", "DATE", "2025-07-22"),
            T("Thursday", "DATE", "2025-07-24", 0),
            T("24 July", "DATE", "2025-07-24"),
            T("Thursday evening", "TIME", "2025-07-24TEV"),
            T("Wednesday", "DATE", "2025-07-23", 0),
            T("Thursday", "DATE", "2025-07-24", 2),
            T("the past days", "DATE", "PAST_REF"),
            T("Wednesday", "DATE", "2025-07-23", 1),
            T("September", "DATE", "2025-09"),
            T("31 July", "DATE", "2025-07-31"),
            T("Thursday", "DATE", "2025-07-24", 3),
            T("Thursday", "DATE", "2025-07-24", 4),
            T("Wednesday", "DATE", "2025-07-23", 2),
        ],
        [
            E("Commission welcomes Zelensky's bill as a step in the right direction", "SUPPORT",
              ["European Union", "Volodymyr Zelensky"], "2025-07-24TEV", "text", "occurred",
              "This is a step in the right direction"),
            E("Von der Leyen–Zelensky phone call", "CONSULT", ["Ursula von der Leyen", "Volodymyr Zelensky"],
              "2025-07-23", "text", "occurred", "The reversal followed a phone call on Wednesday"),
            E("Von der Leyen asks Zelensky for explanations about the law", "REQUEST",
              ["Ursula von der Leyen", "Volodymyr Zelensky"], "2025-07-23", "text", "occurred",
              "The reversal followed a phone call on Wednesday"),
            E("Kos in contact with the Ukrainian government at all levels", "CONSULT", ["European Union", "Ukraine"],
              "PAST_REF", "vague", "occurred", "she had been in contact"),
            E("Merz–Zelensky phone call", "CONSULT", ["Friedrich Merz", "Volodymyr Zelensky"], "2025-07-23", "text",
              "occurred", "Chancellor Friedrich Merz had also spoken to Zelensky"),
            E("Merz expects the bodies' independence to be preserved", "REQUEST", ["Friedrich Merz", "Ukraine"],
              "2025-07-23", "text", "occurred", "Chancellor Friedrich Merz had also spoken to Zelensky"),
            E("EU official warns the next Ukraine Facility instalment could be delayed", "THREATEN",
              ["European Union", "Ukraine"], "2025-07-25", "published", "occurred", "A senior EU official warned"),
            E("Next Ukraine Facility instalment, assessed in September, could be delayed", "AID",
              ["European Union", "Ukraine"], "2025-09", "text", "uncertain", "A senior EU official warned"),
            E("Zakharova: Kyiv's sovereignty ends where Brussels' money begins", "ACCUSE",
              ["Maria Zakharova", "Ukraine", "European Union"], "2025-07-24", "text", "occurred",
              "foreign ministry spokeswoman Maria Zakharova said"),
            E("Third round of direct Russia–Ukraine talks in Istanbul", "CONSULT", ["Russia", "Ukraine"],
              "2025-07-23", "text", "occurred", "at a third round of direct talks in Istanbul"),
            E("Russia and Ukraine agree to exchange 1,200 prisoners each", "AGREE", ["Russia", "Ukraine"],
              "2025-07-23", "text", "occurred", "at a third round of direct talks in Istanbul"),
            E("No progress towards a ceasefire in Istanbul", "REJECT", ["Russia", "Ukraine"], "2025-07-23", "text",
              "occurred", "at a third round of direct talks in Istanbul"),
        ],
        [
            S("Volodymyr Zelensky", "The bill guarantees NABU and SAPO can work without interference", "2025-07-24",
              "text", "Zelensky submitted the draft"),
            S("European Union", "A step in the right direction; what matters is the text parliament adopts",
              "2025-07-24TEV", "text", "This is a step in the right direction"),
            S("Ursula von der Leyen, via European Union", "Strong concerns about the law; asked for explanations",
              "2025-07-23", "context", "The reversal followed a phone call on Wednesday"),
            S("European Union", "Kos: in contact with the Ukrainian government at all levels", "2025-07-24", "text",
              "she had been in contact"),
            S("Friedrich Merz, via Germany", "Expects the independence of the anti-corruption bodies to be preserved",
              "2025-07-23", "text", "Chancellor Friedrich Merz had also spoken to Zelensky"),
            S("European Union", "Senior official: the next instalment could be delayed", "2025-07-25", "published",
              "A senior EU official warned"),
            S("Ukraine", "Stefanchuk: the Rada will listen to society and treat the bill as a priority",
              "2025-07-25", "published", "Rada speaker Ruslan Stefanchuk said"),
            S("Maria Zakharova", "Kyiv's sovereignty ends where Brussels' money begins", "2025-07-24", "text",
              "foreign ministry spokeswoman Maria Zakharova said"),
        ],
        ["European Union", "Volodymyr Zelensky", "Ukraine", "Ursula von der Leyen", "Friedrich Merz", "Germany",
         "Maria Zakharova", "Russia"],
    ),
    doc(
        "b114en03_economic_security_chief_2025_10", "2025-10-09", EN03,
        [
            T("Wednesday", "DATE", "2025-10-08", 0),
            T("months-long", "DURATION", "PXM"),
            T("2021", "DATE", "2021"),
            T("years", "DURATION", "PXY"),
            T("June", "DATE", "2025-06"),
            T("August", "DATE", "2025-08", 0),
            T("seven weeks", "DURATION", "P7W"),
            T("last month", "DATE", "2025-09", 0),
            T("last month", "DATE", "2025-09", 1),
            T("Wednesday", "DATE", "2025-10-08", 1),
            T("Wednesday evening", "TIME", "2025-10-08TEV"),
            T("Wednesday", "DATE", "2025-10-08", 3),
            T("six months", "DURATION", "P6M"),
            T("August", "DATE", "2025-08", 1),
            T("this month", "DATE", "2025-10"),
            T("last week", "DATE", "2025-W40"),
            T("the end of July", "DATE", "2025-07", mod="END"),
        ],
        [
            E("G7 ambassadors and the EU urge Kyiv to complete the BES appointment without delay", "REQUEST",
              ["United States", "United Kingdom", "France", "Germany", "European Union", "Ukraine"], "2025-09",
              "text", "occurred", "had urged the government in a joint statement"),
            E("Commission pays a Ukraine Facility tranche", "AID", ["European Union", "Ukraine"], "2025-09", "text",
              "occurred", "held back part of a Ukraine Facility payment"),
            E("Commission holds back part of the payment over unmet reform steps", "SANCTION",
              ["European Union", "Ukraine"], "2025-09", "text", "occurred",
              "held back part of a Ukraine Facility payment"),
            E("Commission welcomes the appointment as an important step", "SUPPORT", ["European Union", "Ukraine"],
              "2025-10-08", "text", "occurred", "A Commission spokesperson said on Wednesday"),
            E("Withheld Ukraine Facility funds could be released once conditions are met", "AID",
              ["European Union", "Ukraine"], "2025-10-09", "published", "uncertain",
              "A Commission spokesperson said on Wednesday"),
            E("US Embassy welcomes the appointment", "SUPPORT", ["United States", "Ukraine"], "2025-10-08TEV", "text",
              "occurred", "The U.S. Embassy in Kyiv welcomed"),
            E("Kyiv requests a new IMF program", "REQUEST", ["Ukraine"], "2025-08", "text", "occurred",
              "Kyiv formally requested the new program"),
            E("IMF staff mission expected in Kyiv", "CONSULT", ["Ukraine"], "2025-10", "text", "planned",
              "Kyiv formally requested the new program"),
            E("Russian strikes on gas production sites in the Kharkiv and Poltava regions", "ASSAULT",
              ["Russia", "Ukraine"], "2025-W40", "text", "occurred", "Russian missile and drone strikes"),
        ],
        [
            S("Joint statement: United States, United Kingdom, France, Germany, European Union",
              "Complete the BES appointment without further delay", "2025-09", "text",
              "had urged the government in a joint statement"),
            S("European Union", "The appointment is an important step; withheld funds could be released",
              "2025-10-08", "text", "A Commission spokesperson said on Wednesday"),
            S("United States", "US Embassy welcomes the decision", "2025-10-08TEV", "text",
              "The U.S. Embassy in Kyiv welcomed"),
            S("Ukraine", "Svyrydenko: Tsyvinskyi must reboot the bureau within six months", "2025-10-08", "text",
              "Prime Minister Yulia Svyrydenko said"),
            S("Ukraine", "Tsyvinskyi: will end pressure on honest business and review groundless cases",
              "2025-10-09", "published", "Tsyvinskyi told reporters"),
        ],
        ["Ukraine", "United States", "United Kingdom", "France", "Germany", "European Union", "Russia"],
    ),
]

# ---------------------------------------------------------------- b114en04 (OCCRP)
EN04 = """
Ukrainian Investigators Expose $100 Million Kickback Scheme at State Nuclear Operator

Ukraine's National Anti-Corruption Bureau (NABU) says a criminal group led by a businessman with close ties to President Volodymyr Zelensky extracted kickbacks of 10 to 15 percent from contractors of Energoatom, the state company that runs the country's nuclear power plants.
The bureau announced the results of a 15-month investigation, code-named "Midas," on Monday, after carrying out some 70 searches in Kyiv and other cities.
Investigators say they have about 1,000 hours of audio recordings documenting how roughly $100 million was laundered through a back office in central Kyiv.

NABU did not name the alleged organizer, but Ukrainian media, including OCCRP's member center Slidstvo.Info, identified him as Tymur Mindich, a co-owner of Kvartal 95, the television production company Zelensky founded before entering politics.
Mindich left Ukraine shortly before the searches, according to the bureau.
On Tuesday, NABU published excerpts of the recordings and said it had served notices of suspicion on seven people, five of whom had been detained.
Among those searched was Herman Halushchenko, the current justice minister, who served as energy minister from 2021 until July 2025.
According to NABU, the back office operated from premises belonging to the family of Andriy Derkach, a former Ukrainian lawmaker who fled to Russia and was sanctioned by the United States in 2020 for interfering in the U.S. presidential election.

The case lands at a sensitive moment.
Russia has intensified its strikes on Ukraine's energy system ahead of winter, and an attack overnight into Saturday knocked out power in several regions and forced two nuclear plants to reduce output.
Energoatom depends on Western loans and grants to build protective structures around substations, the very contracts the alleged scheme is said to have targeted.

Zelensky said on Monday evening that he supported "any action against corruption" and that "there must be sentences."
In Brussels, a European Commission spokesperson said on Tuesday that the investigation showed "that Ukraine's anti-corruption bodies are working," adding that the fight against corruption remained at the heart of Ukraine's accession process.
The U.S. Embassy in Kyiv, which helped set up NABU in 2015, said on Tuesday it was following the case closely and reiterated its support for the bureau.
Russian Foreign Ministry spokeswoman Maria Zakharova said the case proved that Western aid to Kyiv was being "stolen on an industrial scale."
Ukrainian Foreign Minister Andrii Sybiha is due to join G7 foreign ministers at their meeting in Niagara, Canada, on Wednesday.
"""

# ---------------------------------------------------------------- b114en05 (Winnipeg Free Press)
EN05 = """
Two Ukrainian ministers quit as Zelenskyy moves against former business partner

KYIV, Ukraine — Two Ukrainian cabinet ministers resigned Wednesday after President Volodymyr Zelenskyy demanded their departure over a $100-million kickback scheme at the state nuclear company, the biggest corruption scandal of his presidency.
Justice Minister Herman Halushchenko and Energy Minister Svitlana Hrynchuk submitted their resignations the same day, after Zelenskyy said in a video address that it was "not normal" for them to remain in office while investigators examined the case.
On Thursday, Zelenskyy signed a decree imposing sanctions on businessman Tymur Mindich, a co-owner of the Kvartal 95 production company the president founded, and on Oleksandr Tsukerman, whom investigators describe as the scheme's money launderer.
Both men are believed to be abroad.

Ambassadors of the Group of Seven countries, whose support group in Kyiv is chaired this year by Canada, said in a statement Wednesday that they "fully support" the work of the National Anti-Corruption Bureau and the Specialized Anti-Corruption Prosecutor's Office and expect "all those responsible to be held to account."
The statement came as G7 foreign ministers wrapped up two days of talks in Niagara-on-the-Lake, Ont., where Foreign Affairs Minister Anita Anand hosted U.S. Secretary of State Marco Rubio and counterparts from Britain, France, Germany, Italy and Japan.
Ukrainian Foreign Minister Andrii Sybiha joined the meeting Wednesday and asked the ministers for more air defence and a decision on using immobilized Russian assets for Ukraine.
Rubio told reporters Wednesday that the scandal was "for Ukraine to handle" and would not change U.S. efforts to end the war.

In Brussels, EU enlargement commissioner Marta Kos called the resignations "the right response" on Wednesday.
Kremlin spokesman Dmitry Peskov said Wednesday the affair showed "where Western money goes."

In Winnipeg, home to one of the largest Ukrainian communities in Canada, the news was met with a mix of dismay and relief.
"It hurts to see this in the middle of a war, but it shows the system works," said a spokesperson for the Ukrainian Canadian Congress's Manitoba council, which has raised money for generators for Ukrainian hospitals.
Canada has committed more than $22 billion in assistance to Ukraine since February 2022, including budget support linked to reform commitments.
"""

# ---------------------------------------------------------------- b114en06 (Forbes Ukraine, English edition)
EN06 = """
Energoatom scandal: what the ministers' dismissal means for Ukraine's money and markets

The Verkhovna Rada on Wednesday dismissed Justice Minister Herman Halushchenko and Energy Minister Svitlana Hrynchuk, completing the first political fallout of the "Midas" case, which NABU made public on 10 November.
More than 320 lawmakers voted for each dismissal, and the government has not yet named successors.
On Monday, the cabinet dissolved Energoatom's supervisory board and asked Ukraine's international partners to nominate independent members within 30 days.

Markets have so far taken the scandal in stride.
Ukraine's Eurobonds fell by up to two cents on the dollar last week before recovering part of the losses on Tuesday, according to data compiled by Forbes Ukraine.
The bigger question is the IMF, with which Kyiv is currently negotiating a new four-year programme worth about $8.2 billion.
Prime Minister Yulia Svyrydenko said on Tuesday that the scandal would not derail the talks and that the government had agreed with the fund's mission on a governance plan for state energy companies.
A banker who advises the government told Forbes Ukraine that the fund would "want to see names, not promises" before a staff-level agreement.

In Brussels, EU foreign ministers met on Thursday, and Kaja Kallas, the bloc's top diplomat, called the scandal "very unfortunate" but said its exposure showed that Ukraine's institutions were working.
The European Commission is expected to decide on the next Ukraine Facility payment in December.
National Security and Defense Council secretary Rustem Umerov, whom NABU questioned as a witness last week, said he had "nothing to hide" and was cooperating with investigators.

The political calendar is crowded.
U.S. Army Secretary Dan Driscoll is due to meet Zelensky in Kyiv on Thursday to present a new U.S. proposal for ending the war.
A Russian missile strike on residential buildings in Ternopil on Wednesday killed at least 26 people, according to Ukraine's emergency service.
For Energoatom, which generates more than half of Ukraine's electricity, the priority is keeping reactors running through the winter while a new management is found.
"""

DOCS += [
    doc(
        "b114en04_midas_energoatom_kickbacks_2025_11", "2025-11-11", EN04,
        [
            T("15-month", "DURATION", "P15M"),
            T("Monday", "DATE", "2025-11-10", 0),
            T("about 1,000 hours", "DURATION", "PT1000H", mod="APPROX"),
            T("Tuesday", "DATE", "2025-11-11", 0),
            T("2021", "DATE", "2021"),
            T("July 2025", "DATE", "2025-07"),
            T("2020", "DATE", "2020"),
            T("winter", "DATE", "2025-WI"),
            T("overnight into Saturday", "TIME", "2025-11-07TNI", note="night of 7 to 8 November"),
            T("Monday evening", "TIME", "2025-11-10TEV"),
            T("Tuesday", "DATE", "2025-11-11", 1),
            T("2015", "DATE", "2015"),
            T("Tuesday", "DATE", "2025-11-11", 2),
            T("Wednesday", "DATE", "2025-11-12"),
        ],
        [
            E("US sanctions Andriy Derkach for election interference", "SANCTION", ["United States"], "2020", "text",
              "occurred", "sanctioned by the United States in 2020"),
            E("Russian attack on Ukraine's energy system knocks out power and forces two nuclear plants to cut output",
              "ASSAULT", ["Russia", "Ukraine"], "2025-11-07TNI", "text", "occurred", "an attack overnight into Saturday"),
            E("Commission: the investigation shows Ukraine's anti-corruption bodies are working", "SUPPORT",
              ["European Union", "Ukraine"], "2025-11-11", "text", "occurred",
              "a European Commission spokesperson said on Tuesday"),
            E("US Embassy reiterates its support for NABU", "SUPPORT", ["United States", "Ukraine"], "2025-11-11",
              "text", "occurred", "The U.S. Embassy in Kyiv"),
            E("US helped set up NABU", "COOPERATE", ["United States", "Ukraine"], "2015", "text", "occurred",
              "The U.S. Embassy in Kyiv"),
            E("Zakharova: Western aid to Kyiv stolen on an industrial scale", "ACCUSE", ["Maria Zakharova", "Ukraine"],
              "2025-11-11", "published", "occurred", "Maria Zakharova said the case proved"),
            E("Sybiha to join the G7 foreign ministers in Niagara", "CONSULT",
              ["Andrii Sybiha", "United States", "United Kingdom", "France", "Germany"], "2025-11-12", "text",
              "planned", "Andrii Sybiha is due to join"),
        ],
        [
            S("Ukraine", "NABU: a group tied to Zelensky extracted 10-15 percent kickbacks from Energoatom contractors",
              "2025-11-11", "published", "Ukraine's National Anti-Corruption Bureau (NABU) says"),
            S("Ukraine", "NABU announces the results of the 15-month Midas investigation", "2025-11-10", "text",
              "The bureau announced the results"),
            S("Ukraine", "Investigators: 1,000 hours of recordings; about $100 million laundered", "2025-11-11",
              "published", "Investigators say they have"),
            S("Ukraine", "NABU: Mindich left Ukraine shortly before the searches", "2025-11-11", "published",
              "Mindich left Ukraine shortly"),
            S("Ukraine", "NABU: suspicion served on seven people, five detained", "2025-11-11", "text",
              "On Tuesday, NABU published"),
            S("Ukraine", "NABU: the back office used premises of the Derkach family", "2025-11-11", "published",
              "According to NABU, the back office"),
            S("Volodymyr Zelensky", "Supports any action against corruption; there must be sentences",
              "2025-11-10TEV", "text", "Zelensky said on Monday evening"),
            S("European Union", "The investigation shows Ukraine's anti-corruption bodies are working", "2025-11-11",
              "text", "a European Commission spokesperson said on Tuesday"),
            S("United States", "US Embassy follows the case closely and supports NABU", "2025-11-11", "text",
              "The U.S. Embassy in Kyiv"),
            S("Maria Zakharova", "Western aid to Kyiv is being stolen on an industrial scale", "2025-11-11",
              "published", "Maria Zakharova said the case proved"),
        ],
        ["Ukraine", "Volodymyr Zelensky", "United States", "Russia", "European Union", "Maria Zakharova",
         "Andrii Sybiha", "United Kingdom", "France", "Germany"],
    ),
    doc(
        "b114en05_ministers_quit_g7_support_2025_11", "2025-11-13", EN05,
        [
            T("Wednesday", "DATE", "2025-11-12", 0),
            T("the same day", "DATE", "2025-11-12"),
            T("Thursday", "DATE", "2025-11-13"),
            T("this year", "DATE", "2025"),
            T("Wednesday", "DATE", "2025-11-12", 1),
            T("two days", "DURATION", "P2D"),
            T("Wednesday", "DATE", "2025-11-12", 2),
            T("Wednesday", "DATE", "2025-11-12", 3),
            T("Wednesday", "DATE", "2025-11-12", 4),
            T("Wednesday", "DATE", "2025-11-12", 5),
            T("February 2022", "DATE", "2022-02"),
        ],
        [
            E("G7 ambassadors back NABU and SAPO", "SUPPORT",
              ["United States", "United Kingdom", "France", "Germany", "Ukraine"], "2025-11-12", "text", "occurred",
              "Ambassadors of the Group of Seven"),
            E("G7 ambassadors expect all those responsible to be held to account", "REQUEST",
              ["United States", "United Kingdom", "France", "Germany", "Ukraine"], "2025-11-12", "text", "occurred",
              "Ambassadors of the Group of Seven"),
            E("G7 foreign ministers' talks in Niagara-on-the-Lake", "CONSULT",
              ["Marco Rubio", "United Kingdom", "France", "Germany"], "2025-11-12", "context", "occurred",
              "wrapped up two days of talks", note="11-12 November; dated by the Wednesday statement"),
            E("Sybiha joins the G7 foreign ministers' meeting", "CONSULT",
              ["Andrii Sybiha", "Marco Rubio", "United Kingdom", "France", "Germany"], "2025-11-12", "text",
              "occurred", "Andrii Sybiha joined the meeting"),
            E("Sybiha asks for more air defence and a decision on using immobilised Russian assets", "REQUEST",
              ["Andrii Sybiha", "Marco Rubio", "United Kingdom", "France", "Germany", "Russia"], "2025-11-12",
              "text", "occurred", "Andrii Sybiha joined the meeting"),
            E("Kos calls the resignations the right response", "SUPPORT", ["European Union", "Ukraine"],
              "2025-11-12", "text", "occurred", "Marta Kos called the resignations"),
            E("Peskov: the affair shows where Western money goes", "ACCUSE", ["Dmitry Peskov", "Ukraine"],
              "2025-11-12", "text", "occurred", "Kremlin spokesman Dmitry Peskov said"),
            E("Canadian assistance to Ukraine since February 2022", "AID", ["Ukraine"], "2022-02", "text", "occurred",
              "Canada has committed", date_mod="START"),
        ],
        [
            S("Volodymyr Zelensky", "Not normal for the ministers to remain in office during the investigation",
              "2025-11-12", "context", "not normal"),
            S("Joint statement: United States, United Kingdom, France, Germany", "Fully support NABU and SAPO; "
              "all those responsible must be held to account", "2025-11-12", "text",
              "Ambassadors of the Group of Seven"),
            S("Andrii Sybiha", "Asks the G7 for more air defence and a decision on immobilised Russian assets",
              "2025-11-12", "text", "Andrii Sybiha joined the meeting"),
            S("Marco Rubio", "The scandal is for Ukraine to handle; no change to US efforts to end the war",
              "2025-11-12", "text", "Rubio told reporters Wednesday"),
            S("European Union", "Kos: the resignations are the right response", "2025-11-12", "text",
              "Marta Kos called the resignations"),
            S("Dmitry Peskov", "The affair shows where Western money goes", "2025-11-12", "text",
              "Kremlin spokesman Dmitry Peskov said"),
        ],
        ["Ukraine", "Volodymyr Zelensky", "United States", "United Kingdom", "France", "Germany", "Marco Rubio",
         "Andrii Sybiha", "Russia", "European Union", "Dmitry Peskov", "Kremlin"],
    ),
    doc(
        "b114en06_energoatom_markets_imf_2025_11", "2025-11-20", EN06,
        [
            T("Wednesday", "DATE", "2025-11-19", 0),
            T("10 November", "DATE", "2025-11-10"),
            T("Monday", "DATE", "2025-11-17"),
            T("30 days", "DURATION", "P30D"),
            T("last week", "DATE", "2025-W46", 0),
            T("Tuesday", "DATE", "2025-11-18", 0),
            T("currently", "DATE", "PRESENT_REF"),
            T("four-year", "DURATION", "P4Y"),
            T("Tuesday", "DATE", "2025-11-18", 1),
            T("Thursday", "DATE", "2025-11-20", 0),
            T("December", "DATE", "2025-12"),
            T("last week", "DATE", "2025-W46", 1),
            T("Thursday", "DATE", "2025-11-20", 1),
            T("Wednesday", "DATE", "2025-11-19", 1),
            T("the winter", "DATE", "2025-WI"),
        ],
        [
            E("Cabinet asks international partners to nominate independent Energoatom board members", "REQUEST",
              ["Ukraine"], "2025-11-17", "text", "occurred", "asked Ukraine's international partners"),
            E("Kyiv negotiates a new four-year IMF programme", "CONSULT", ["Ukraine"], "PRESENT_REF", "vague",
              "occurred", "Kyiv is currently negotiating"),
            E("Government agrees a governance plan for state energy companies with the IMF mission", "AGREE",
              ["Ukraine"], "2025-11-18", "context", "occurred", "Prime Minister Yulia Svyrydenko said on Tuesday",
              note="dated by Svyrydenko's Tuesday account"),
            E("EU foreign ministers meet in Brussels", "CONSULT", ["European Union", "Kaja Kallas"], "2025-11-20",
              "text", "occurred", "EU foreign ministers met on Thursday"),
            E("Kallas: the scandal's exposure shows Ukraine's institutions work", "SUPPORT", ["Kaja Kallas", "Ukraine"],
              "2025-11-20", "text", "occurred", "EU foreign ministers met on Thursday"),
            E("Commission to decide on the next Ukraine Facility payment", "AID", ["European Union", "Ukraine"],
              "2025-12", "text", "planned", "next Ukraine Facility payment in December"),
            E("Driscoll to meet Zelensky in Kyiv", "CONSULT", ["United States", "Volodymyr Zelensky"], "2025-11-20",
              "text", "planned", "Dan Driscoll is due to meet"),
            E("Driscoll to present a new US proposal for ending the war", "REQUEST", ["United States", "Ukraine"],
              "2025-11-20", "text", "planned", "Dan Driscoll is due to meet"),
            E("Russian missile strike on residential buildings in Ternopil", "ASSAULT", ["Russia", "Ukraine"],
              "2025-11-19", "text", "occurred", "A Russian missile strike on residential buildings"),
        ],
        [
            S("Ukraine", "Svyrydenko: the scandal will not derail the IMF talks; governance plan agreed",
              "2025-11-18", "text", "Prime Minister Yulia Svyrydenko said on Tuesday"),
            S("Kaja Kallas", "The scandal is very unfortunate, but its exposure shows Ukraine's institutions work",
              "2025-11-20", "text", "EU foreign ministers met on Thursday"),
            S("Rustem Umerov", "Has nothing to hide and is cooperating with investigators", "2025-11-20", "published",
              "Rustem Umerov, whom NABU questioned"),
            S("Ukraine", "Emergency service: at least 26 killed in Ternopil", "2025-11-20", "published",
              "A Russian missile strike on residential buildings"),
        ],
        ["Ukraine", "European Union", "Kaja Kallas", "Rustem Umerov", "United States", "Volodymyr Zelensky",
         "Russia"],
    ),
]
