"""English articles of the blind137 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b137en01 (Caucasian Knot)
EN01 = """
Putin apologises to Aliyev for "tragic incident" in Russian airspace

Russian President Vladimir Putin apologised to Azerbaijani President Ilham Aliyev on Saturday for what the Kremlin called a "tragic incident" in Russian airspace, after an Azerbaijan Airlines jet bound for Grozny crashed in Kazakhstan on Wednesday.
In a phone call, Putin told Aliyev that Russian air defence systems had been repelling Ukrainian drone attacks on Grozny, Mozdok and Vladikavkaz at the moment the Embraer 190 was trying to land, according to the Kremlin readout.
The readout did not say that a Russian missile had struck the plane.

Aliyev's office said the Azerbaijani leader had told Putin that the aircraft had been subjected to "external physical and technical interference" over Russian territory.
Aliyev demanded that those responsible be identified and punished, the statement said.
The Kremlin said Russia's Investigative Committee had opened a criminal case over violations of flight safety rules.

Residents of Grozny told Caucasian Knot that they had heard several explosions on Wednesday morning, shortly before the city's airport was closed under the "Kovyor" emergency plan.
One resident of the Khankala district said the shooting had lasted for about 40 minutes.
The Chechen leadership under Ramzan Kadyrov has made no comment on the crash so far.

On Friday, White House national security spokesman John Kirby said Washington had seen early indications that the plane had been hit by a Russian air defence system.
Kremlin spokesman Dmitry Peskov had said on Thursday that it would be wrong to put forward hypotheses before investigators reached their conclusions.
Ukraine's Foreign Minister Andrii Sybiha said on Saturday that Moscow must stop "lying" about the crash and take responsibility for it.

Azerbaijan Airlines said on Friday that the aircraft had been damaged by "physical and technical external interference" and suspended flights to seven Russian cities.
The flight recorders will be examined in Brazil, where the Embraer was built, Kazakh officials said.
Aliyev is expected to speak about the crash in a television interview in the coming days.
The crash killed 38 of the 67 people on board; 29 survived.
"""

# ---------------------------------------------------------------- b137en02 (Turan)
EN02 = """
Baku orders Russian House to close, cuts Sputnik Azerbaijan to one accreditation

BAKU (Turan) — Azerbaijan on Wednesday ordered the Russian House in Baku, run by the Russian state agency Rossotrudnichestvo, to cease its activities, a source in the foreign ministry told Turan.
The culture ministry also cut the number of accredited staff of the Russian state news agency Sputnik Azerbaijan to a single correspondent, the source said.
Officials cited the lack of a legal basis for the Russian House, which has operated in Baku since 2006 without an intergovernmental agreement.

Russian Foreign Ministry spokeswoman Maria Zakharova said on Thursday that Moscow regretted the decision and would respond, calling it "a step that does not correspond to the spirit of allied relations."
Kremlin spokesman Dmitry Peskov said that relations with Baku remained "very valuable" and that all questions should be resolved through dialogue.
The Russian embassy in Baku said it had not received any official notification.

The moves come as relations remain strained over the crash of an Azerbaijan Airlines Embraer near Aktau on December 25, in which 38 people died.
Last week, Kazakhstan's transport ministry published an interim report which found that the fuselage had been pierced by "external objects" but did not name their source.
President Ilham Aliyev accused Moscow in January of stalling and said Russia had still not admitted guilt or offered compensation.
Russian President Vladimir Putin, who apologised to Aliyev by phone on December 28, has not publicly commented on the report.

A Sputnik Azerbaijan editor, who asked not to be named, said the agency would keep publishing with the remaining correspondent and freelancers.
The Russian House offered language courses to some 1,000 students a year, according to its website.

Meanwhile, Ukraine's Foreign Minister Andrii Sybiha on Tuesday thanked Azerbaijan for a new shipment of electrical equipment for Ukrainian power plants, which arrived in Kyiv on Monday.
Sybiha and his Azerbaijani counterpart Jeyhun Bayramov also discussed by phone a possible visit to Baku in the spring, the Ukrainian foreign ministry said.
"""

# ---------------------------------------------------------------- b137en03 (Caspian Post)
EN03 = """
Baku cancels Russian cultural events after two Azerbaijanis die in Yekaterinburg raids

BAKU — Azerbaijan on Saturday cancelled all cultural events organised by Russian state and private institutions in the country, after two Azerbaijani nationals died during police raids in the Russian city of Yekaterinburg.
The culture ministry cited "demonstrative extrajudicial killings and violence" by Russian law enforcement against ethnic Azerbaijanis.

Russian security forces detained nine people in raids on Friday morning, in what the Investigative Committee said was a probe into a series of murders committed in 2001, 2010 and 2011.
Brothers Huseyn and Ziyaddin Safarov died, and several other detainees were taken to hospital with injuries, their relatives said.
The Investigative Committee said one of the men had died of heart failure and that the circumstances of the second death were being examined.

Azerbaijan's foreign ministry summoned the Russian chargé d'affaires on Saturday and demanded a swift investigation and the punishment of those responsible.
Baku also called off a planned visit by Russian Deputy Prime Minister Alexei Overchuk, who had been due in the Azerbaijani capital next week for talks on transport corridors.
A delegation of Azerbaijan's parliament likewise cancelled a trip to Moscow for an inter-parliamentary commission scheduled for mid-July.

Kremlin spokesman Dmitry Peskov said on Sunday that the raids were part of a criminal investigation and "cannot be a reason" for a deterioration in relations.
Russian Foreign Ministry spokeswoman Maria Zakharova urged Baku not to "politicise" the case.

The row is the worst since Azerbaijan Airlines Flight 8243 crashed near Aktau in Kazakhstan on December 25, killing 38 people.
President Ilham Aliyev has accused Russia of shooting the plane down over Grozny and has demanded an admission of guilt and compensation, which Moscow has so far refused.
In May, Aliyev stayed away from the parade on Red Square, and in February Baku closed the Russian House.

Ukraine's foreign ministry spokesman Heorhii Tykhyi said on Sunday that Kyiv was following the "brutal" treatment of Azerbaijanis in Russia with concern.
Around two million ethnic Azerbaijanis are estimated to live in Russia.
"""

# ---------------------------------------------------------------- b137en04 (Hürriyet Daily News)
EN04 = """
Zelensky and Aliyev speak by phone as Erdoğan stands by Baku

ANKARA — Ukrainian President Volodymyr Zelensky held a phone call with Azerbaijani President Ilham Aliyev on Thursday, their first publicly announced conversation in months, as relations between Baku and Moscow sank to a new low.
Zelensky wrote on X that he had expressed support for Azerbaijan's sovereignty and that the two leaders had discussed energy cooperation and the return of Ukrainian prisoners held by Russia.
"Russia must not think that it can treat its neighbours with impunity," Zelensky wrote.
Aliyev's office said the two presidents had also discussed humanitarian aid, which Azerbaijan has been sending to Ukraine since 2022.

On Friday, President Recep Tayyip Erdoğan met Aliyev on the sidelines of the Economic Cooperation Organization summit in the Karabakh town of Khankendi and said Türkiye stood "shoulder to shoulder" with Azerbaijan.
Speaking to reporters on his flight home late Friday, Erdoğan said he hoped the tension between Baku and Moscow would be resolved through dialogue and that Ankara was ready to help.
Foreign Minister Hakan Fidan had spoken with his Azerbaijani counterpart Jeyhun Bayramov on Monday evening, the ministry said.

The Kremlin played down the Zelensky-Aliyev call.
"It is the sovereign right of Azerbaijan to talk to whomever it wants," Kremlin spokesman Dmitry Peskov told reporters on Friday.
Peskov also said Moscow expected the release of the Russian citizens detained in Baku this week, among them two executives of Sputnik Azerbaijan.
Russian Foreign Minister Sergey Lavrov warned on Wednesday that Russia would "respond in kind" if Baku continued its "unfriendly steps".

Relations have deteriorated sharply since last week's police raids on Azerbaijanis in Yekaterinburg, in which two brothers died.
Baku had already been angered by Moscow's refusal to admit responsibility for the crash of an Azerbaijan Airlines jet near Aktau last December.
Türkiye, which has close ties with both countries, has offered to host talks between Baku and Moscow.
"""

# ---------------------------------------------------------------- b137en05 (Caliber.az)
EN05 = """
Baku court moves Sputnik executives to house arrest as thaw with Moscow takes hold

BAKU — A Baku court on Monday released the two detained executives of Sputnik Azerbaijan, Igor Kartavykh and Yevgeny Belousov, from pre-trial detention and placed them under house arrest, their lawyers said.
The two Russian citizens had been in custody since a police raid on the agency's office on June 30.
Both deny the charges of fraud and money laundering.
The Russian embassy in Baku said the two men were in good health and thanked the Azerbaijani side for consular access.

The decision follows the meeting between President Ilham Aliyev and Russian President Vladimir Putin in Dushanbe on October 9, at which Putin acknowledged that Russian air defence missiles had exploded near the Azerbaijan Airlines plane last December.
Putin also promised compensation and a legal assessment of the actions of all officials involved.
Aliyev said at the time that he had no doubt the promises would be kept.

Kremlin aide Yuri Ushakov said on Monday evening that Moscow welcomed the court's decision as "a step in the right direction" and expected the case to be closed altogether.
Russian authorities last week released five Azerbaijani nationals detained during the June raids in Yekaterinburg, according to the Azerbaijani embassy in Moscow.
Deputy Prime Ministers Alexei Overchuk and Shahin Mustafayev will hold a session of the intergovernmental commission in Baku in mid-November, the first since the crisis began, the Russian government said.
Foreign Minister Sergey Lavrov is expected to meet his Azerbaijani counterpart Jeyhun Bayramov on the sidelines of a CIS ministerial meeting in Minsk later this month.

Not everything has been settled.
Azerbaijan Airlines said it had not yet received any compensation and that its flights to Grozny, Makhachkala and Sochi remained suspended.
Kyiv reacted coolly to the thaw.
Zelensky, who spoke to Aliyev by phone in July, has repeatedly urged Baku not to rely on Moscow's promises.
"We hope Baku will not forget who shot down its plane," Ukrainian Foreign Ministry spokesman Heorhii Tykhyi said on Tuesday.
"""

# ---------------------------------------------------------------- b137en06 (LB.ua, interview summary)
EN06 = """
Sybiha: "Baku has learned what Moscow's friendship is worth"

KYIV — Azerbaijan's quarrel with Moscow has opened "a window" for closer ties with Ukraine, Foreign Minister Andrii Sybiha said in an interview with LB.ua published on Friday.
The interview was recorded in Kyiv on Wednesday.
Sybiha, who visited Baku last week for talks with President Ilham Aliyev and Foreign Minister Jeyhun Bayramov, said the two countries had agreed to set up a joint commission on energy and reconstruction.
The commission is to meet for the first time in Kyiv in January, with the deputy energy ministers of both countries at the table.
Ukraine will also open an honorary consulate in Ganja early next year, Sybiha said.

"Baku has learned what Moscow's friendship is worth," Sybiha said, referring to the downing of the Azerbaijan Airlines plane in December 2024 and the raids on Azerbaijanis in Yekaterinburg in June.
He said Putin's admission in Dushanbe in October had come "ten months too late" and only after Baku had made clear that it would not back down.

Asked whether Azerbaijan might supply weapons, Sybiha said Kyiv did not expect military aid and valued Baku's humanitarian support, including more than 40 deliveries of power equipment since 2022.
He added that the first cargo of Azerbaijani gas had reached Ukraine via the Trans-Balkan route in October and that larger volumes should follow this winter.

On the peace process, Sybiha said Ukraine remained ready for a ceasefire along the current front line but would not accept "any ultimatum" from Moscow.
He said he expected US special envoy Steve Witkoff to come to Kyiv in the coming weeks.

Kremlin spokesman Dmitry Peskov, asked about Sybiha's trip to Baku, said on Thursday that Russia and Azerbaijan were "strategic partners" and that no third country could change that.
Russian Foreign Ministry spokeswoman Maria Zakharova accused Kyiv on Wednesday of trying to "drive a wedge" between Moscow and Baku.
Sybiha said he had invited Bayramov to Kyiv while in Baku and that a trip by Aliyev to Ukraine was "possible next year."
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b137en01_putin_apology_call_aliyev_2024_12", "2024-12-29", EN01,
        [
            T("Saturday", "DATE", "2024-12-28", 0),
            T("Wednesday", "DATE", "2024-12-25", 0),
            T("Wednesday morning", "TIME", "2024-12-25TMO"),
            T("about 40 minutes", "DURATION", "PT40M", mod="APPROX"),
            T("Friday", "DATE", "2024-12-27", 0),
            T("Thursday", "DATE", "2024-12-26"),
            T("Saturday", "DATE", "2024-12-28", 1),
            T("Friday", "DATE", "2024-12-27", 1),
            T("the coming days", "DATE", "FUTURE_REF"),
        ],
        [
            E("Putin–Aliyev phone call", "CONSULT", ["Vladimir Putin"], "2024-12-28", "context", "occurred",
              "In a phone call, Putin told Aliyev"),
            E("Ukrainian drone attacks on Grozny, Mozdok and Vladikavkaz, by the Kremlin's account", "ASSAULT",
              ["Ukraine", "Russia"], "2024-12-25", "context", "occurred", "In a phone call, Putin told Aliyev"),
            E("Aliyev tells Putin the plane was subjected to external interference over Russian territory", "ACCUSE",
              ["Russia"], "2024-12-28", "context", "occurred", "external physical and technical interference\" over"),
            E("Aliyev demands that those responsible be identified and punished", "REQUEST", ["Russia"],
              "2024-12-28", "context", "occurred", "Aliyev demanded that those responsible"),
            E("Kirby: early indications that a Russian air-defence system hit the plane", "ACCUSE",
              ["White House", "United States", "Russia"], "2024-12-27", "text", "occurred",
              "On Friday, White House national security spokesman"),
            E("The airliner possibly hit by a Russian air-defence system", "ASSAULT", ["Russia"], "2024-12-25",
              "context", "uncertain", "On Friday, White House national security spokesman"),
            E("Sybiha accuses Moscow of lying about the crash", "ACCUSE", ["Andrii Sybiha", "Russia"], "2024-12-28",
              "text", "occurred", "must stop \"lying\""),
            E("Sybiha demands that Moscow take responsibility for the crash", "REQUEST", ["Andrii Sybiha", "Russia"],
              "2024-12-28", "text", "occurred", "must stop \"lying\""),
            E("Azerbaijan Airlines suspends flights to seven Russian cities", "SANCTION", ["Russia"], "2024-12-27",
              "text", "occurred", "Azerbaijan Airlines said on Friday"),
        ],
        [
            S("Vladimir Putin", "Apologised for the 'tragic incident' in Russian airspace", "2024-12-28", "text",
              "apologised to Azerbaijani President Ilham Aliyev on Saturday"),
            S("Vladimir Putin, via Kremlin", "Russian air defence was repelling Ukrainian drone attacks on Grozny, "
              "Mozdok and Vladikavkaz as the plane tried to land", "2024-12-28", "context",
              "In a phone call, Putin told Aliyev"),
            S("Kremlin", "The Investigative Committee has opened a criminal case over flight safety violations",
              "2024-12-28", "context", "Investigative Committee had opened"),
            S("White House", "Early indications that the plane was hit by a Russian air-defence system", "2024-12-27",
              "text", "On Friday, White House national security spokesman"),
            S("Dmitry Peskov", "It would be wrong to put forward hypotheses before investigators reach conclusions",
              "2024-12-26", "text", "Kremlin spokesman Dmitry Peskov had said"),
            S("Andrii Sybiha", "Moscow must stop 'lying' about the crash and take responsibility", "2024-12-28",
              "text", "must stop \"lying\""),
        ],
        ["Vladimir Putin", "Kremlin", "Russia", "Ukraine", "White House", "United States", "Dmitry Peskov",
         "Andrii Sybiha"],
    ),
    doc(
        "b137en02_baku_russian_house_sputnik_2025_02", "2025-02-13", EN02,
        [
            T("Wednesday", "DATE", "2025-02-12"),
            T("2006", "DATE", "2006"),
            T("Thursday", "DATE", "2025-02-13"),
            T("December 25", "DATE", "2024-12-25"),
            T("Last week", "DATE", "2025-W06"),
            T("January", "DATE", "2025-01"),
            T("December 28", "DATE", "2024-12-28"),
            T("a year", "SET", "P1Y"),
            T("Tuesday", "DATE", "2025-02-11"),
            T("Monday", "DATE", "2025-02-10"),
            T("the spring", "DATE", "2025-SP"),
        ],
        [
            E("Azerbaijan orders the Russian House in Baku to cease its activities", "SANCTION", ["Russia"],
              "2025-02-12", "text", "occurred", "Azerbaijan on Wednesday ordered"),
            E("Baku cuts Sputnik Azerbaijan's accredited staff to one correspondent", "SANCTION", ["Russia"],
              "2025-02-12", "context", "occurred", "The culture ministry also cut"),
            E("Zakharova criticises the decision as contrary to allied relations", "ACCUSE", ["Maria Zakharova"],
              "2025-02-13", "text", "occurred", "Zakharova said on Thursday"),
            E("Zakharova: Moscow will respond", "THREATEN", ["Maria Zakharova"], "2025-02-13", "text", "occurred",
              "Zakharova said on Thursday"),
            E("Peskov: all questions with Baku should be resolved through dialogue", "AGREE", ["Dmitry Peskov"],
              "2025-02-13", "published", "occurred", "resolved through dialogue"),
            E("Aliyev accuses Moscow of stalling", "ACCUSE", ["Russia"], "2025-01", "text", "occurred",
              "President Ilham Aliyev accused Moscow in January"),
            E("Putin–Aliyev phone call", "CONSULT", ["Vladimir Putin"], "2024-12-28", "text", "occurred",
              "who apologised to Aliyev by phone"),
            E("Sybiha thanks Azerbaijan for a new shipment of electrical equipment", "SUPPORT", ["Andrii Sybiha"],
              "2025-02-11", "text", "occurred", "Meanwhile, Ukraine's Foreign Minister"),
            E("Azerbaijani electrical equipment for power plants arrives in Kyiv", "AID", ["Ukraine"], "2025-02-10",
              "text", "occurred", "Meanwhile, Ukraine's Foreign Minister"),
            E("Sybiha–Bayramov phone call", "CONSULT", ["Andrii Sybiha"], "2025-02-11", "context", "occurred",
              "also discussed by phone"),
            E("Possible Sybiha visit to Baku in the spring", "CONSULT", ["Andrii Sybiha"], "2025-SP", "text",
              "uncertain", "also discussed by phone"),
        ],
        [
            S("Maria Zakharova", "Moscow regrets the decision and will respond; it is not in the spirit of allied "
              "relations", "2025-02-13", "text", "Zakharova said on Thursday"),
            S("Dmitry Peskov", "Relations with Baku remain 'very valuable'; questions should be resolved through "
              "dialogue", "2025-02-13", "published", "resolved through dialogue"),
            S("Russia", "The embassy has received no official notification", "2025-02-13", "published",
              "The Russian embassy in Baku said"),
            S("Vladimir Putin", "Apologised to Aliyev by phone", "2024-12-28", "text",
              "who apologised to Aliyev by phone"),
            S("Andrii Sybiha", "Thanks Azerbaijan for the new shipment of electrical equipment", "2025-02-11", "text",
              "Meanwhile, Ukraine's Foreign Minister"),
            S("Ukraine", "Sybiha and Bayramov discussed a possible visit to Baku in the spring", "2025-02-13",
              "published", "also discussed by phone"),
        ],
        ["Russia", "Maria Zakharova", "Kremlin", "Dmitry Peskov", "Vladimir Putin", "Ukraine", "Andrii Sybiha"],
    ),
    doc(
        "b137en03_yekaterinburg_raids_baku_culture_2025_06", "2025-06-29", EN03,
        [
            T("Saturday", "DATE", "2025-06-28", 0),
            T("Friday morning", "TIME", "2025-06-27TMO"),
            T("2001", "DATE", "2001"),
            T("2010", "DATE", "2010"),
            T("2011", "DATE", "2011"),
            T("Saturday", "DATE", "2025-06-28", 1),
            T("next week", "DATE", "2025-W27"),
            T("mid-July", "DATE", "2025-07", mod="MID"),
            T("Sunday", "DATE", "2025-06-29", 0),
            T("December 25", "DATE", "2024-12-25"),
            T("May", "DATE", "2025-05"),
            T("February", "DATE", "2025-02"),
            T("Sunday", "DATE", "2025-06-29", 1),
        ],
        [
            E("Azerbaijan cancels all cultural events of Russian state and private institutions", "SANCTION",
              ["Russia"], "2025-06-28", "text", "occurred", "Azerbaijan on Saturday cancelled"),
            E("Culture ministry accuses Russian law enforcement of extrajudicial killings and violence", "ACCUSE",
              ["Russia"], "2025-06-28", "context", "occurred", "The culture ministry cited"),
            E("Russian security forces raid Azerbaijanis in Yekaterinburg and detain nine", "COERCE", ["Russia"],
              "2025-06-27TMO", "text", "occurred", "Russian security forces detained nine people"),
            E("Azerbaijan summons the Russian chargé d'affaires", "ACCUSE", ["Russia"], "2025-06-28", "text",
              "occurred", "summoned the Russian chargé"),
            E("Baku demands a swift investigation and punishment of those responsible", "REQUEST", ["Russia"],
              "2025-06-28", "text", "occurred", "summoned the Russian chargé"),
            E("Overchuk's visit to Baku called off", "CONSULT", ["Russia"], "2025-W27", "text", "cancelled",
              "called off a planned visit"),
            E("Azerbaijani parliamentary delegation cancels its trip to Moscow", "CONSULT", ["Russia"], "2025-07",
              "text", "cancelled", "A delegation of Azerbaijan's parliament", date_mod="MID"),
            E("Peskov rejects the raids as a reason for worse relations", "REJECT", ["Dmitry Peskov"], "2025-06-29",
              "text", "occurred", "cannot be a reason"),
            E("Zakharova urges Baku not to politicise the case", "REQUEST", ["Maria Zakharova"], "2025-06-29",
              "published", "occurred", "urged Baku not to"),
            E("The AZAL plane shot down over Grozny, by Aliyev's account", "ASSAULT", ["Russia"], "2024-12-25",
              "context", "uncertain", "has accused Russia of shooting the plane down"),
            E("Aliyev accuses Russia of shooting down the plane", "ACCUSE", ["Russia"], "2025-06-29", "published",
              "occurred", "has accused Russia of shooting the plane down"),
            E("Aliyev demands an admission of guilt and compensation", "REQUEST", ["Russia"], "2025-06-29",
              "published", "occurred", "has accused Russia of shooting the plane down"),
            E("Moscow refuses an admission of guilt and compensation", "REJECT", ["Russia"], "2025-06-29",
              "published", "occurred", "has accused Russia of shooting the plane down"),
            E("Aliyev stays away from the parade on Red Square", "CONSULT", ["Russia"], "2025-05", "text",
              "cancelled", "In May, Aliyev stayed away"),
            E("Baku closes the Russian House", "SANCTION", ["Russia"], "2025-02", "text", "occurred",
              "In May, Aliyev stayed away"),
            E("Kyiv criticises the 'brutal' treatment of Azerbaijanis in Russia", "ACCUSE", ["Ukraine", "Russia"],
              "2025-06-29", "text", "occurred", "Heorhii Tykhyi said on Sunday"),
        ],
        [
            S("Russia", "Investigative Committee: the raids were part of a probe into murders committed in 2001, 2010 "
              "and 2011", "2025-06-29", "published", "Russian security forces detained nine people"),
            S("Russia", "Investigative Committee: one man died of heart failure, the second death is being examined",
              "2025-06-29", "published", "died of heart failure"),
            S("Dmitry Peskov", "The raids were part of a criminal investigation and 'cannot be a reason' for worse "
              "relations", "2025-06-29", "text", "cannot be a reason"),
            S("Maria Zakharova", "Baku should not 'politicise' the case", "2025-06-29", "published",
              "urged Baku not to"),
            S("Ukraine", "Kyiv follows the 'brutal' treatment of Azerbaijanis in Russia with concern", "2025-06-29",
              "text", "Heorhii Tykhyi said on Sunday"),
        ],
        ["Russia", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "Ukraine"],
    ),
    doc(
        "b137en04_zelensky_aliyev_call_erdogan_2025_07", "2025-07-05", EN04,
        [
            T("Thursday", "DATE", "2025-07-03"),
            T("months", "DURATION", "PXM"),
            T("2022", "DATE", "2022"),
            T("Friday", "DATE", "2025-07-04", 0),
            T("late Friday", "TIME", "2025-07-04TNI"),
            T("Monday evening", "TIME", "2025-06-30TEV"),
            T("Friday", "DATE", "2025-07-04", 2),
            T("this week", "DATE", "2025-W27"),
            T("Wednesday", "DATE", "2025-07-02"),
            T("last week", "DATE", "2025-W26"),
            T("last December", "DATE", "2024-12"),
        ],
        [
            E("Zelensky–Aliyev phone call", "CONSULT", ["Volodymyr Zelensky"], "2025-07-03", "text", "occurred",
              "held a phone call with Azerbaijani President"),
            E("Zelensky expresses support for Azerbaijan's sovereignty", "SUPPORT", ["Volodymyr Zelensky"],
              "2025-07-03", "context", "occurred", "Zelensky wrote on X"),
            E("Zelensky: Russia must not think it can treat its neighbours with impunity", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2025-07-03", "context", "occurred", "Russia must not think"),
            E("Azerbaijan sends humanitarian aid to Ukraine", "AID", ["Ukraine"], "2022", "text", "occurred",
              "humanitarian aid, which Azerbaijan", date_mod="START"),
            E("Erdoğan meets Aliyev in Khankendi", "CONSULT", ["Recep Tayyip Erdoğan"], "2025-07-04", "text",
              "occurred", "On Friday, President Recep Tayyip Erdoğan met Aliyev"),
            E("Erdoğan: Türkiye stands shoulder to shoulder with Azerbaijan", "SUPPORT", ["Recep Tayyip Erdoğan"],
              "2025-07-04", "context", "occurred", "On Friday, President Recep Tayyip Erdoğan met Aliyev"),
            E("Erdoğan calls for dialogue between Baku and Moscow and offers help", "REQUEST",
              ["Recep Tayyip Erdoğan", "Russia"], "2025-07-04TNI", "text", "occurred",
              "Speaking to reporters on his flight home"),
            E("Fidan–Bayramov phone call", "CONSULT", ["Hakan Fidan"], "2025-06-30TEV", "text", "occurred",
              "Foreign Minister Hakan Fidan had spoken"),
            E("Peskov: talking to anyone is Azerbaijan's sovereign right", "SUPPORT", ["Dmitry Peskov"],
              "2025-07-04", "text", "occurred", "sovereign right"),
            E("Peskov: Moscow expects the release of the Russians detained in Baku", "REQUEST", ["Dmitry Peskov"],
              "2025-07-04", "context", "occurred", "Peskov also said Moscow expected"),
            E("Russian citizens detained in Baku", "COERCE", ["Russia"], "2025-W27", "text", "occurred",
              "Peskov also said Moscow expected"),
            E("Lavrov warns Russia will respond in kind to unfriendly steps", "THREATEN", ["Sergey Lavrov"],
              "2025-07-02", "text", "occurred", "Lavrov warned on Wednesday"),
            E("Police raids on Azerbaijanis in Yekaterinburg, two brothers die", "COERCE", ["Russia"], "2025-W26",
              "text", "occurred", "since last week's police raids"),
            E("Moscow refuses to admit responsibility for the AZAL crash", "REJECT", ["Russia"], "2025-07-05",
              "published", "occurred", "Moscow's refusal to admit responsibility"),
            E("Türkiye offers to host talks between Baku and Moscow", "REQUEST", ["Turkey", "Russia"], "2025-07-05",
              "published", "occurred", "has offered to host talks"),
        ],
        [
            S("Volodymyr Zelensky", "Expressed support for Azerbaijan's sovereignty; discussed energy cooperation "
              "and the return of prisoners", "2025-07-03", "context", "Zelensky wrote on X"),
            S("Volodymyr Zelensky", "Russia must not think it can treat its neighbours with impunity", "2025-07-03",
              "context", "Russia must not think"),
            S("Recep Tayyip Erdoğan", "Türkiye stands 'shoulder to shoulder' with Azerbaijan", "2025-07-04", "text",
              "On Friday, President Recep Tayyip Erdoğan met Aliyev"),
            S("Recep Tayyip Erdoğan", "Hopes the Baku–Moscow tension is resolved through dialogue; Ankara is ready "
              "to help", "2025-07-04TNI", "text", "Speaking to reporters on his flight home"),
            S("Turkey", "Fidan spoke with Bayramov on Monday evening", "2025-07-05", "published",
              "Foreign Minister Hakan Fidan had spoken"),
            S("Kremlin", "Played down the Zelensky–Aliyev call", "2025-07-04", "context", "The Kremlin played down"),
            S("Dmitry Peskov", "It is Azerbaijan's sovereign right to talk to whomever it wants", "2025-07-04", "text",
              "sovereign right"),
            S("Dmitry Peskov", "Moscow expects the release of the Russian citizens detained in Baku", "2025-07-04",
              "context", "Peskov also said Moscow expected"),
            S("Sergey Lavrov", "Russia will 'respond in kind' if Baku continues its 'unfriendly steps'",
              "2025-07-02", "text", "Lavrov warned on Wednesday"),
        ],
        ["Volodymyr Zelensky", "Ukraine", "Russia", "Recep Tayyip Erdoğan", "Turkey", "Hakan Fidan", "Kremlin",
         "Dmitry Peskov", "Sergey Lavrov"],
    ),
    doc(
        "b137en05_sputnik_house_arrest_thaw_2025_10", "2025-10-21", EN05,
        [
            T("Monday", "DATE", "2025-10-20", 0),
            T("June 30", "DATE", "2025-06-30"),
            T("October 9", "DATE", "2025-10-09"),
            T("last December", "DATE", "2024-12"),
            T("Monday evening", "TIME", "2025-10-20TEV"),
            T("last week", "DATE", "2025-W42"),
            T("June", "DATE", "2025-06", 1),
            T("mid-November", "DATE", "2025-11", mod="MID"),
            T("this month", "DATE", "2025-10"),
            T("July", "DATE", "2025-07"),
            T("Tuesday", "DATE", "2025-10-21"),
        ],
        [
            E("Baku court releases the two Sputnik Azerbaijan executives from detention to house arrest", "CONCEDE",
              ["Russia"], "2025-10-20", "text", "occurred", "A Baku court on Monday released"),
            E("Police raid on Sputnik Azerbaijan's office and arrest of its executives", "COERCE", ["Russia"],
              "2025-06-30", "text", "occurred", "had been in custody since a police raid"),
            E("Russian embassy thanks the Azerbaijani side for consular access", "SUPPORT", ["Russia"], "2025-10-21",
              "published", "occurred", "The Russian embassy in Baku said"),
            E("Putin–Aliyev meeting in Dushanbe", "CONSULT", ["Vladimir Putin"], "2025-10-09", "text", "occurred",
              "The decision follows the meeting"),
            E("Putin acknowledges that Russian air-defence missiles exploded near the plane", "CONCEDE",
              ["Vladimir Putin"], "2025-10-09", "context", "occurred", "The decision follows the meeting"),
            E("Russian air-defence missiles explode near the Azerbaijan Airlines plane", "ASSAULT", ["Russia"],
              "2024-12", "text", "occurred", "The decision follows the meeting", note="25 December 2024"),
            E("Putin promises compensation and a legal assessment", "AGREE", ["Vladimir Putin"], "2025-10-09",
              "context", "occurred", "Putin also promised compensation"),
            E("Ushakov welcomes the court's decision", "SUPPORT", ["Yuri Ushakov"], "2025-10-20TEV", "text",
              "occurred", "Kremlin aide Yuri Ushakov"),
            E("Ushakov: Moscow expects the case to be closed", "REQUEST", ["Yuri Ushakov"], "2025-10-20TEV",
              "context", "occurred", "Kremlin aide Yuri Ushakov"),
            E("Russia releases five Azerbaijanis detained in Yekaterinburg", "CONCEDE", ["Russia"], "2025-W42",
              "text", "occurred", "Russian authorities last week released"),
            E("June raids on Azerbaijanis in Yekaterinburg", "COERCE", ["Russia"], "2025-06", "text", "occurred",
              "Russian authorities last week released"),
            E("Session of the Russian–Azerbaijani intergovernmental commission in Baku", "CONSULT", ["Russia"],
              "2025-11", "text", "planned", "Deputy Prime Ministers", date_mod="MID"),
            E("Lavrov–Bayramov meeting on the sidelines of the CIS ministerial in Minsk", "CONSULT",
              ["Sergey Lavrov"], "2025-10", "text", "planned", "Foreign Minister Sergey Lavrov is expected"),
            E("Zelensky–Aliyev phone call", "CONSULT", ["Volodymyr Zelensky"], "2025-07", "text", "occurred",
              "Zelensky, who spoke to Aliyev by phone"),
            E("Zelensky urges Baku not to rely on Moscow's promises", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2025-10-21", "published", "occurred", "Zelensky, who spoke to Aliyev by phone"),
            E("Kyiv: Baku should not forget who shot down its plane", "ACCUSE", ["Ukraine", "Russia"], "2025-10-21",
              "text", "occurred", "We hope Baku will not forget"),
        ],
        [
            S("Russia", "Embassy: the two men are in good health; thanks the Azerbaijani side for consular access",
              "2025-10-21", "published", "The Russian embassy in Baku said"),
            S("Vladimir Putin", "Acknowledged that Russian air-defence missiles exploded near the plane",
              "2025-10-09", "text", "The decision follows the meeting"),
            S("Vladimir Putin", "Promised compensation and a legal assessment of all officials' actions",
              "2025-10-09", "context", "Putin also promised compensation"),
            S("Yuri Ushakov", "Moscow welcomes the decision as 'a step in the right direction' and expects the case "
              "to be closed", "2025-10-20TEV", "text", "Kremlin aide Yuri Ushakov"),
            S("Russia", "Government: the intergovernmental commission will meet in Baku in mid-November",
              "2025-10-21", "published", "Deputy Prime Ministers"),
            S("Ukraine", "Kyiv reacted coolly to the thaw", "2025-10-21", "context", "Kyiv reacted coolly"),
            S("Volodymyr Zelensky", "Baku should not rely on Moscow's promises", "2025-10-21", "published",
              "Zelensky, who spoke to Aliyev by phone"),
            S("Ukraine", "'We hope Baku will not forget who shot down its plane'", "2025-10-21", "text",
              "We hope Baku will not forget"),
        ],
        ["Russia", "Vladimir Putin", "Kremlin", "Yuri Ushakov", "Sergey Lavrov", "Ukraine", "Volodymyr Zelensky"],
    ),
    doc(
        "b137en06_sybiha_interview_baku_2025_11", "2025-11-14", EN06,
        [
            T("Friday", "DATE", "2025-11-14"),
            T("Wednesday", "DATE", "2025-11-12", 0),
            T("last week", "DATE", "2025-W45"),
            T("January", "DATE", "2026-01"),
            T("early next year", "DATE", "2026", mod="START"),
            T("December 2024", "DATE", "2024-12"),
            T("June", "DATE", "2025-06"),
            T("October", "DATE", "2025-10", 0),
            T("ten months", "DURATION", "P10M"),
            T("2022", "DATE", "2022"),
            T("October", "DATE", "2025-10", 1),
            T("this winter", "DATE", "2025-WI"),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("Thursday", "DATE", "2025-11-13"),
            T("Wednesday", "DATE", "2025-11-12", 1),
            T("next year", "DATE", "2026", 1),
        ],
        [
            E("Sybiha visits Baku for talks with Aliyev and Bayramov", "CONSULT", ["Andrii Sybiha"], "2025-W45",
              "text", "occurred", "who visited Baku last week"),
            E("Ukraine and Azerbaijan agree to set up a joint commission on energy and reconstruction", "AGREE",
              ["Ukraine"], "2025-W45", "context", "occurred", "who visited Baku last week"),
            E("First meeting of the joint commission in Kyiv", "CONSULT", ["Ukraine"], "2026-01", "text", "planned",
              "The commission is to meet for the first time"),
            E("Ukraine to open an honorary consulate in Ganja", "COOPERATE", ["Ukraine"], "2026", "text", "planned",
              "honorary consulate in Ganja", date_mod="START"),
            E("Sybiha: Baku has learned what Moscow's friendship is worth", "ACCUSE", ["Andrii Sybiha", "Russia"],
              "2025-11-12", "context", "occurred", "referring to the downing"),
            E("Russia downs the Azerbaijan Airlines plane", "ASSAULT", ["Russia"], "2024-12", "text", "occurred",
              "referring to the downing", note="25 December 2024"),
            E("Raids on Azerbaijanis in Yekaterinburg", "COERCE", ["Russia"], "2025-06", "text", "occurred",
              "referring to the downing"),
            E("Sybiha: Putin's admission came ten months too late", "ACCUSE", ["Andrii Sybiha", "Vladimir Putin"],
              "2025-11-12", "context", "occurred", "Putin's admission in Dushanbe"),
            E("Putin's admission in Dushanbe", "CONCEDE", ["Vladimir Putin"], "2025-10", "text", "occurred",
              "Putin's admission in Dushanbe", note="9 October 2025"),
            E("Azerbaijan's humanitarian support for Ukraine, more than 40 deliveries of power equipment", "AID",
              ["Ukraine"], "2022", "text", "occurred", "Asked whether Azerbaijan might supply weapons",
              date_mod="START"),
            E("First cargo of Azerbaijani gas reaches Ukraine via the Trans-Balkan route", "COOPERATE", ["Ukraine"],
              "2025-10", "text", "occurred", "the first cargo of Azerbaijani gas"),
            E("Larger volumes of Azerbaijani gas to follow", "COOPERATE", ["Ukraine"], "2025-WI", "text", "planned",
              "the first cargo of Azerbaijani gas"),
            E("Sybiha: Ukraine ready for a ceasefire along the front line", "AGREE", ["Andrii Sybiha", "Russia"],
              "2025-11-12", "context", "occurred", "On the peace process"),
            E("Sybiha: Ukraine will not accept any ultimatum from Moscow", "REJECT", ["Andrii Sybiha", "Russia"],
              "2025-11-12", "context", "occurred", "On the peace process"),
            E("Witkoff to visit Kyiv", "CONSULT", ["Steve Witkoff", "Ukraine"], "FUTURE_REF", "vague", "planned",
              "expected US special envoy"),
            E("Zakharova accuses Kyiv of trying to drive a wedge between Moscow and Baku", "ACCUSE",
              ["Maria Zakharova", "Ukraine"], "2025-11-12", "text", "occurred", "Zakharova accused Kyiv"),
            E("Sybiha invites Bayramov to Kyiv", "REQUEST", ["Andrii Sybiha"], "2025-W45", "context", "occurred",
              "invited Bayramov to Kyiv"),
            E("Possible visit by Aliyev to Ukraine", "CONSULT", ["Ukraine"], "2026", "text", "uncertain",
              "invited Bayramov to Kyiv"),
        ],
        [
            S("Andrii Sybiha", "Azerbaijan's quarrel with Moscow has opened 'a window' for closer ties with Ukraine",
              "2025-11-12", "context", "has opened \"a window\""),
            S("Andrii Sybiha", "The two countries agreed to set up a joint commission on energy and reconstruction",
              "2025-11-12", "context", "who visited Baku last week"),
            S("Andrii Sybiha", "Ukraine will open an honorary consulate in Ganja early next year", "2025-11-12",
              "context", "honorary consulate in Ganja"),
            S("Andrii Sybiha", "Baku has learned what Moscow's friendship is worth", "2025-11-12", "context",
              "referring to the downing"),
            S("Andrii Sybiha", "Putin's admission came 'ten months too late'", "2025-11-12", "context",
              "Putin's admission in Dushanbe"),
            S("Andrii Sybiha", "Kyiv does not expect military aid and values Baku's humanitarian support",
              "2025-11-12", "context", "Asked whether Azerbaijan might supply weapons"),
            S("Andrii Sybiha", "The first cargo of Azerbaijani gas arrived in October; larger volumes this winter",
              "2025-11-12", "context", "the first cargo of Azerbaijani gas"),
            S("Andrii Sybiha", "Ukraine is ready for a ceasefire along the front line but accepts no ultimatum",
              "2025-11-12", "context", "On the peace process"),
            S("Andrii Sybiha", "Expects Witkoff in Kyiv in the coming weeks", "2025-11-12", "context",
              "expected US special envoy"),
            S("Dmitry Peskov", "Russia and Azerbaijan are 'strategic partners'; no third country can change that",
              "2025-11-13", "text", "strategic partners"),
            S("Maria Zakharova", "Kyiv is trying to 'drive a wedge' between Moscow and Baku", "2025-11-12", "text",
              "Zakharova accused Kyiv"),
            S("Andrii Sybiha", "Invited Bayramov to Kyiv; an Aliyev visit to Ukraine is 'possible next year'",
              "2025-11-12", "context", "invited Bayramov to Kyiv"),
        ],
        ["Andrii Sybiha", "Ukraine", "Russia", "Vladimir Putin", "Steve Witkoff", "United States", "Kremlin",
         "Dmitry Peskov", "Maria Zakharova"],
    ),
]
