"""English articles of the blind134 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b134en01 (Opinio Juris)
EN01 = """
Strasbourg Calls for an Aggression Tribunal: What the Assembly's Resolution Does, and Does Not, Do

The Parliamentary Assembly of the Council of Europe (PACE) on Thursday called on member states to "urgently" set up an ad hoc international criminal tribunal to investigate and prosecute the crime of aggression committed against Ukraine by the political and military leadership of Russia.
The resolution also asks states to examine the role of Belarus, from whose territory Russian forces partly invaded on February 24.
This post explains why the Assembly thinks a new court is needed and what comes next.

The gap is well known.
The International Criminal Court opened an investigation on March 2 after referrals by 39 states, and its prosecutor, Karim Khan, visited Bucha earlier this month.
But the Kampala amendments on aggression, which the court has been able to apply since July 17, 2018, do not reach nationals of states that are not parties to the Rome Statute, such as Russia.
A referral by the UN Security Council would close the gap, but Russia holds a veto there.
The Assembly's answer is a tribunal modelled on Nuremberg, whose judgment of 1946 called aggression "the supreme international crime."

Ukraine's foreign minister, Dmytro Kuleba, welcomed the vote on Thursday evening and said Kyiv would work with "like-minded states" to build the tribunal in the coming months.
Moscow dismissed the idea.
Russian foreign ministry spokeswoman Maria Zakharova said on Friday that Russia, which had left the Council of Europe in March, did not care what "a club of Russophobes" decided.

The vote came on a day that underlined the stakes.
UN Secretary-General Antonio Guterres met President Volodymyr Zelensky in Kyiv on Thursday, and Russian missiles struck the capital shortly after their news conference.
Guterres said there that the Security Council had "failed to do everything in its power" to prevent and end the war.
Zelensky said the strike showed Moscow's wish "to humiliate the UN."
Guterres had met President Vladimir Putin in Moscow last Tuesday and obtained agreement in principle on the evacuation of civilians from the Azovstal steel plant in Mariupol.
In Washington, President Joe Biden on Thursday asked Congress for $33 billion in further support for Ukraine and proposed that proceeds from seized assets of Russian oligarchs go to Ukrainians.

So what happens now?
The resolution is not binding: governments, not parliamentarians, would have to create the court, through the Committee of Ministers, the UN General Assembly or a treaty with Ukraine.
EU justice ministers are expected to discuss the options at their meeting in Luxembourg in June.
The Assembly will return to the question at its summer session, which opens on June 20.
"""

# ---------------------------------------------------------------- b134en02 (IBA Global Insight)
EN02 = """
Baerbock backs a special tribunal for Russian aggression, rooted in Ukrainian law

Germany has thrown its weight behind a special tribunal to try Russia's leaders for the crime of aggression against Ukraine, but one grounded in Ukrainian criminal law rather than created by a new treaty.
Speaking at the Hague Academy of International Law on Monday, Foreign Minister Annalena Baerbock proposed a court that would apply Ukrainian law with international judges and prosecutors and could sit outside Ukraine.
"The crime of aggression must not go unpunished," she said, adding that the tribunal should be set up "as quickly as possible".
Baerbock also called for the 1998 Rome Statute of the International Criminal Court to be amended so that aggression can be prosecuted on the same terms as genocide and war crimes.

Why a hybrid model?
Such an "internationalised" court has gained support in Berlin, Paris and London because it would not depend on a vote in the UN General Assembly, where the numbers are uncertain.
Kyiv, by contrast, has pushed for a fully international tribunal, arguing that only such a court could set aside the immunity of a sitting head of state such as President Vladimir Putin.
Ukraine's foreign minister Dmytro Kuleba welcomed Germany's support on Monday evening but warned that a court resting on Ukrainian law alone would be "a half-measure".
"Ukrainian law cannot pierce immunity," said Helen Marsh, a partner at a London firm that advises Ukraine's prosecutor general pro bono.
"The Kampala compromise of 2017 left exactly this hole, and almost 11 months into the war nobody has filled it."

Moscow's answer was swift.
Russian foreign ministry spokeswoman Maria Zakharova said on Tuesday that any such tribunal would be "legally null and void" and that Russia would not recognise its decisions.
Kremlin spokesman Dmitry Peskov called the proposal another attempt to dress up the confiscation of Russian assets as justice.
The debate unfolds against the backdrop of Saturday's missile strike on an apartment block in Dnipro, which killed at least 40 people.
Baerbock referred to the attack in her speech, calling it a war crime.

What comes next?
The European Parliament is expected to vote on Thursday on a resolution calling for the tribunal, and PACE will debate the matter next week.
Chancellor Olaf Scholz, meanwhile, faces mounting pressure from Kyiv to approve deliveries of Leopard 2 tanks.
US Defense Secretary Lloyd Austin hosts his Ukrainian and allied counterparts at Ramstein air base on Friday.
"""

# ---------------------------------------------------------------- b134en03 (Le News)
EN03 = """
Berset elected Council of Europe secretary general, vows to keep Ukraine at the top of the agenda

Former Swiss president Alain Berset was elected secretary general of the Council of Europe on Tuesday, beating Belgium's Didier Reynders in the second round of voting by the organisation's Parliamentary Assembly in Strasbourg.
Berset, 52, received 114 votes against 89 for Reynders, the European Commissioner for Justice.
The Estonian former minister Indrek Saar had been eliminated in the first round on Tuesday morning.
Berset will take office on 18 September for a five-year term, succeeding Croatia's Marija Pejčinović Burić, who has led the organisation since 2019.

Speaking to reporters after the vote, Berset said accountability for Russia's war against Ukraine would be "the first priority" of his mandate.
He promised to push for a claims commission to follow the register of damage, which began accepting claims in April, and for a special tribunal for the crime of aggression.
"There can be no lasting peace without justice," Berset said.
He added that he intended to travel to Kyiv in the autumn.

Ukraine's foreign minister Dmytro Kuleba congratulated Berset on X on Tuesday evening and said he looked forward to welcoming him in Kyiv.
Russian foreign ministry spokeswoman Maria Zakharova said on Wednesday that the vote was of no interest to Moscow, since Russia had "left this organisation for good" in 2022.
Switzerland hosted a peace summit on Ukraine at the Bürgenstock resort earlier this month; some 80 countries endorsed its final communiqué, while Russia was not invited.

Tuesday was also a busy day for Ukraine's partners elsewhere.
In Luxembourg, the European Union formally opened accession negotiations with Ukraine and Moldova at two intergovernmental conferences.
In The Hague, the International Criminal Court issued arrest warrants for former Russian defence minister Sergei Shoigu and chief of the general staff Valery Gerasimov over missile strikes on Ukraine's power grid.
Kremlin spokesman Dmitry Peskov dismissed the warrants as "null and void".

In Switzerland, the election was greeted with pride across party lines.
The Federal Council said in a statement that Berset's success showed the country's "commitment to multilateralism".
In Fribourg, where the Social Democrat began his political career, the cantonal government congratulated him on Tuesday afternoon.
Berset, who served two terms as president of the Confederation, left the Federal Council at the end of 2023.
He is expected to present his programme to the Committee of Ministers in Strasbourg in the coming weeks.
"""

# ---------------------------------------------------------------- b134en04 (European Interest)
EN04 = """
Special tribunal for Russian aggression clears technical hurdle in Brussels

The core group of states working on a special tribunal for the crime of aggression against Ukraine agreed on Tuesday on the legal foundations of the future court, clearing the way for the Council of Europe to draft an agreement with Kyiv.
The decision was taken at the group's 14th meeting, held at the European Commission in Brussels with delegations from almost 40 countries, the European Union and the Council of Europe.
"The legal basis is ready. Now it is a matter of political will," Andriy Yermak, the head of Ukraine's presidential office, wrote on Telegram on Tuesday evening.

Under the draft, the tribunal would sit in The Hague and could try Russia's top political and military leadership.
Trials of a sitting head of state such as President Vladimir Putin would have to wait until he leaves office, a compromise Kyiv accepted only reluctantly.
EU justice commissioner Michael McGrath told the meeting that the EU would help pay for the tribunal's start-up costs.
EU foreign policy chief Kaja Kallas said on Tuesday that "there can be no peace without justice and no justice without accountability".
Diplomats said the US delegation took part in the meeting but made no commitment to joining the tribunal.

Kyiv first proposed such a court in March 2022.
The tribunal is meant to complete an accountability architecture that already includes the register of damage, set up by the Council of Europe, 43 states and the EU in May 2023, and a planned claims commission.
Ukraine's foreign minister Andrii Sybiha said on Wednesday morning that he expected the agreement with the Council of Europe to be signed in the spring.

Moscow was dismissive.
Russian foreign ministry spokeswoman Maria Zakharova called the plans "legal nihilism dressed up as justice" at her weekly briefing on Wednesday.

The talks in Brussels came as Washington's approach to the war shifts.
US President Donald Trump said on Monday that he wanted Ukraine to guarantee supplies of rare earths in return for American aid.
President Volodymyr Zelensky said in an interview published on Tuesday that he was prepared to negotiate with Putin directly if that was what it took to end the war.
Kremlin spokesman Dmitry Peskov replied that Zelensky lacked the legitimacy to sign any agreement.
Zelensky is expected to meet US Vice President JD Vance at the Munich Security Conference next week.
"""

# ---------------------------------------------------------------- b134en05 (RTL Today)
EN05 = """
Council of Europe ministers give green light to special tribunal at Kirchberg meeting

Foreign ministers of the Council of Europe's 46 member states on Wednesday approved the draft agreement setting up a special tribunal for the crime of aggression against Ukraine, at a meeting at the European Convention Center on Kirchberg.
The decision clears the way for Ukraine and the Council of Europe to sign the agreement, which officials in Kyiv hope will happen in June.
"This is a historic moment for Europe and for international law," said Luxembourg's foreign minister Xavier Bettel, who chaired the session as Luxembourg has held the rotating chairmanship of the Committee of Ministers since November.

Ukrainian Foreign Minister Andrii Sybiha, who attended in person, said the tribunal would ensure that "Putin and his accomplices" stand trial.
EU foreign policy chief Kaja Kallas told the ministers that the European Union would join the enlarged partial agreement that is to run the court.
Sybiha, Kallas and more than a dozen European ministers had already endorsed the tribunal's legal basis at a meeting in Lviv on 9 May.
The tribunal is to sit in The Hague and could begin work in 2026.

Bettel and Sybiha held bilateral talks on Tuesday evening, during which Luxembourg pledged one million euros towards the tribunal's start-up costs.
Russia, expelled from the Council of Europe in 2022, was not represented.
Foreign ministry spokeswoman Maria Zakharova said on Thursday that the decision was "legally null" and that Moscow would treat any judgment as "an act of hostility".

The Kirchberg meeting was overshadowed by the uncertainty around the first direct talks between Russia and Ukraine since 2022.
President Vladimir Putin will not meet Volodymyr Zelensky in Istanbul on Thursday, the Kremlin said late Wednesday, sending a delegation led by presidential aide Vladimir Medinsky instead.
Zelensky, who arrived in Ankara on Thursday for talks with President Recep Tayyip Erdogan, called the Russian team "decorative".
The delegations are now expected to meet on Friday.

For Kirchberg residents and commuters, the two-day meeting meant road closures around the convention centre and the Philharmonie.
The police said traffic would return to normal by this evening.
Luxembourg hands over the chairmanship of the Committee of Ministers to Malta at the end of the session.
"""

# ---------------------------------------------------------------- b134en06 (Herald Scotland, live blog)
EN06 = """
Ukraine war live: Claims commission treaty agreed as Zelensky heads for the White House

7.40pm: Volodymyr Zelensky will meet Donald Trump at the White House on Friday, the Ukrainian president's office has confirmed.
He is expected to ask for Tomahawk cruise missiles, which the Kremlin has warned would trigger "a new round of escalation".
Kremlin spokesman Dmitry Peskov repeated that warning on Monday.

5.15pm: Negotiators from more than 40 countries have agreed the text of a convention setting up an international claims commission for Ukraine, the Council of Europe announced.
The final round of talks ended in Strasbourg on Tuesday.
The commission is to decide on compensation for damage caused by Russia's war, using claims already lodged with the register of damage in The Hague.
The convention will be opened for signature at a diplomatic conference in The Hague on 16 December.
Ukraine's foreign minister Andrii Sybiha called it "the moment the bill for this war is written".

3.05pm: NATO defence ministers met in Brussels today.
Secretary General Mark Rutte urged allies to speed up deliveries of air defence to Ukraine before the winter, saying Russia was trying to "freeze Ukrainians into submission".

1.30pm: EU foreign policy chief Kaja Kallas said she expected EU leaders to back a reparations loan for Ukraine, funded from frozen Russian assets, at their summit in Brussels next week.
Belgium, where most of the assets are held, is still demanding guarantees.
Russian foreign ministry spokeswoman Maria Zakharova warned that Moscow would respond to any "theft" of its assets "with the harshest measures".

11.20am: Russia launched more than 300 drones and 37 missiles at Ukraine overnight, mainly at energy facilities in the Kharkiv and Poltava regions, Ukraine's air force said.
Power cuts were reported in several regions this morning.

9.00am: Good morning and welcome to our live coverage of the war in Ukraine.
The register of damage says it has now received more than 100,000 claims since it opened in April 2024.
Scottish volunteers who have delivered ambulances to Ukraine since 2022 will meet MSPs at Holyrood tomorrow.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


LIVE = "live-blog time (BST)"

DOCS = [
    doc(
        "b134en01_pace_aggression_tribunal_call_2022_04", "2022-04-29", EN01,
        [
            T("Thursday", "DATE", "2022-04-28", 0),
            T("February 24", "DATE", "2022-02-24"),
            T("March 2", "DATE", "2022-03-02"),
            T("earlier this month", "DATE", "2022-04"),
            T("July 17, 2018", "DATE", "2018-07-17"),
            T("1946", "DATE", "1946"),
            T("Thursday evening", "TIME", "2022-04-28TEV"),
            T("the coming months", "DATE", "FUTURE_REF"),
            T("Friday", "DATE", "2022-04-29"),
            T("March", "DATE", "2022-03", 1),
            T("Thursday", "DATE", "2022-04-28", 2),
            T("last Tuesday", "DATE", "2022-04-26"),
            T("Thursday", "DATE", "2022-04-28", 3),
            T("now", "DATE", "PRESENT_REF"),
            T("June", "DATE", "2022-06", 0),
            T("June 20", "DATE", "2022-06-20"),
        ],
        [
            E("PACE calls for an ad hoc tribunal for the crime of aggression against Ukraine", "REQUEST",
              ["Russia", "Ukraine"], "2022-04-28", "text", "occurred", "called on member states to \"urgently\""),
            E("PACE asks states to examine the role of Belarus", "REQUEST", ["Belarus"], "2022-04-28", "context",
              "occurred", "examine the role of Belarus"),
            E("Russian invasion of Ukraine, partly from Belarusian territory", "ASSAULT", ["Russia", "Ukraine"],
              "2022-02-24", "text", "occurred", "examine the role of Belarus"),
            E("ICC opens an investigation after referrals by 39 states", "ACCUSE", ["Russia"], "2022-03-02", "text",
              "occurred", "opened an investigation on March 2"),
            E("ICC prosecutor Khan visits Bucha", "CONSULT", ["Ukraine"], "2022-04", "text", "occurred",
              "opened an investigation on March 2"),
            E("Kuleba welcomes the PACE vote", "SUPPORT", ["Ukraine"], "2022-04-28TEV", "text", "occurred",
              "welcomed the vote on Thursday evening"),
            E("Kyiv to work with like-minded states to build the tribunal", "COOPERATE", ["Ukraine"], "FUTURE_REF",
              "vague", "planned", "welcomed the vote on Thursday evening"),
            E("Zakharova dismisses the PACE call as the work of a club of Russophobes", "REJECT",
              ["Maria Zakharova"], "2022-04-29", "text", "occurred", "a club of Russophobes"),
            E("Russia left the Council of Europe", "REJECT", ["Russia"], "2022-03", "text", "occurred",
              "a club of Russophobes", note="withdrawal letter of 15 March 2022; expelled on 16 March"),
            E("Guterres meets Zelensky in Kyiv", "CONSULT", ["António Guterres", "Volodymyr Zelensky"], "2022-04-28",
              "text", "occurred", "met President Volodymyr Zelensky in Kyiv on Thursday"),
            E("Russian missiles strike Kyiv during Guterres's visit", "ASSAULT", ["Russia", "Ukraine"], "2022-04-28",
              "text", "occurred", "met President Volodymyr Zelensky in Kyiv on Thursday"),
            E("Zelensky accuses Moscow of trying to humiliate the UN", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2022-04-28", "context", "occurred", "to humiliate the UN"),
            E("Guterres meets Putin in Moscow", "CONSULT", ["António Guterres", "Vladimir Putin"], "2022-04-26",
              "text", "occurred", "Guterres had met President Vladimir Putin"),
            E("Agreement in principle on evacuating civilians from Azovstal", "AGREE",
              ["Vladimir Putin", "United Nations"], "2022-04-26", "context", "occurred",
              "Guterres had met President Vladimir Putin"),
            E("Biden asks Congress for $33 billion in further support for Ukraine", "REQUEST",
              ["Joe Biden", "Ukraine"], "2022-04-28", "text", "occurred", "asked Congress for $33 billion"),
            E("Biden proposes giving proceeds from seized oligarch assets to Ukrainians", "REQUEST",
              ["Joe Biden", "Russia"], "2022-04-28", "text", "occurred", "asked Congress for $33 billion"),
            E("EU justice ministers to discuss the tribunal options", "CONSULT", ["European Union"], "2022-06", "text",
              "planned", "EU justice ministers are expected"),
        ],
        [
            S("Ukraine", "Kuleba welcomes the vote; Kyiv will work with like-minded states to build the tribunal",
              "2022-04-28TEV", "text", "welcomed the vote on Thursday evening"),
            S("Russia", "Moscow dismissed the idea", "2022-04-29", "published", "Moscow dismissed the idea."),
            S("Maria Zakharova", "Russia does not care what a club of Russophobes decides", "2022-04-29", "text",
              "a club of Russophobes"),
            S("António Guterres", "The Security Council failed to do everything in its power to prevent and end the "
              "war", "2022-04-28", "context", "failed to do everything in its power"),
            S("Volodymyr Zelensky", "The strike shows Moscow's wish to humiliate the UN", "2022-04-28", "context",
              "to humiliate the UN"),
        ],
        ["Russia", "Ukraine", "Belarus", "United Nations", "Maria Zakharova", "António Guterres",
         "Volodymyr Zelensky", "Vladimir Putin", "Joe Biden", "United States", "European Union"],
    ),
    doc(
        "b134en02_baerbock_hague_tribunal_2023_01", "2023-01-17", EN02,
        [
            T("Monday", "DATE", "2023-01-16", 0),
            T("1998", "DATE", "1998"),
            T("Monday evening", "TIME", "2023-01-16TEV"),
            T("2017", "DATE", "2017"),
            T("almost 11 months", "DURATION", "P11M", mod="APPROX"),
            T("Tuesday", "DATE", "2023-01-17"),
            T("Saturday", "DATE", "2023-01-14"),
            T("Thursday", "DATE", "2023-01-19"),
            T("next week", "DATE", "2023-W04"),
            T("Friday", "DATE", "2023-01-20"),
        ],
        [
            E("Baerbock proposes a special tribunal for Russian aggression based on Ukrainian law", "REQUEST",
              ["Germany", "Russia", "Ukraine"], "2023-01-16", "text", "occurred", "proposed a court that would apply"),
            E("Baerbock calls for the Rome Statute to be amended on aggression", "REQUEST", ["Germany"], "2023-01-16",
              "context", "occurred", "Baerbock also called for the 1998 Rome Statute"),
            E("Kyiv pushes for a fully international tribunal", "REQUEST", ["Ukraine", "Vladimir Putin"],
              "2023-01-17", "published", "occurred", "has pushed for a fully international tribunal"),
            E("Kuleba welcomes Germany's support", "SUPPORT", ["Ukraine", "Germany"], "2023-01-16TEV", "text",
              "occurred", "welcomed Germany's support on Monday evening"),
            E("Kuleba warns that a court on Ukrainian law alone would be a half-measure", "ACCUSE",
              ["Ukraine", "Germany"], "2023-01-16TEV", "text", "occurred", "welcomed Germany's support on Monday evening"),
            E("Zakharova: any such tribunal is legally null and void, Russia will not recognise it", "REJECT",
              ["Maria Zakharova", "Russia"], "2023-01-17", "text", "occurred", "legally null and void"),
            E("Peskov: the proposal dresses up the confiscation of Russian assets as justice", "ACCUSE",
              ["Dmitry Peskov"], "2023-01-17", "published", "occurred", "Kremlin spokesman Dmitry Peskov called"),
            E("Russian missile strike on a Dnipro apartment block", "ASSAULT", ["Russia", "Ukraine"], "2023-01-14",
              "text", "occurred", "Saturday's missile strike"),
            E("Baerbock calls the Dnipro strike a war crime", "ACCUSE", ["Germany", "Russia"], "2023-01-16",
              "context", "occurred", "calling it a war crime"),
            E("European Parliament to vote on a resolution calling for the tribunal", "REQUEST",
              ["European Union", "Russia"], "2023-01-19", "text", "planned", "The European Parliament is expected"),
            E("Kyiv presses Scholz to approve Leopard 2 deliveries", "REQUEST", ["Ukraine", "Olaf Scholz"],
              "2023-01-17", "published", "occurred", "faces mounting pressure from Kyiv"),
            E("Austin hosts the Ukraine contact group at Ramstein", "CONSULT", ["United States", "Ukraine"],
              "2023-01-20", "text", "planned", "Ramstein air base on Friday"),
        ],
        [
            S("Germany", "Baerbock: the crime of aggression must not go unpunished; the tribunal should be set up as "
              "quickly as possible", "2023-01-16", "context", "must not go unpunished"),
            S("Germany", "Baerbock: the Rome Statute should be amended so aggression can be prosecuted like genocide",
              "2023-01-16", "context", "Baerbock also called for the 1998 Rome Statute"),
            S("Ukraine", "Kuleba welcomes German support but a court on Ukrainian law alone would be a half-measure",
              "2023-01-16TEV", "text", "welcomed Germany's support on Monday evening"),
            S("Maria Zakharova", "Any such tribunal is legally null and void; Russia will not recognise its "
              "decisions", "2023-01-17", "text", "legally null and void"),
            S("Dmitry Peskov", "The proposal is another attempt to dress up the confiscation of Russian assets as "
              "justice", "2023-01-17", "published", "Kremlin spokesman Dmitry Peskov called"),
            S("Germany", "Baerbock calls the Dnipro strike a war crime", "2023-01-16", "context",
              "calling it a war crime"),
        ],
        ["Germany", "Russia", "Ukraine", "France", "United Kingdom", "United Nations", "Vladimir Putin",
         "Maria Zakharova", "Dmitry Peskov", "Kremlin", "European Union", "Olaf Scholz", "United States"],
    ),
    doc(
        "b134en03_berset_elected_secretary_general_2024_06", "2024-06-26", EN03,
        [
            T("Tuesday", "DATE", "2024-06-25", 0),
            T("Tuesday morning", "TIME", "2024-06-25TMO"),
            T("18 September", "DATE", "2024-09-18"),
            T("five-year", "DURATION", "P5Y"),
            T("2019", "DATE", "2019"),
            T("April", "DATE", "2024-04"),
            T("the autumn", "DATE", "2024-FA"),
            T("Tuesday evening", "TIME", "2024-06-25TEV"),
            T("Wednesday", "DATE", "2024-06-26"),
            T("2022", "DATE", "2022"),
            T("earlier this month", "DATE", "2024-06"),
            T("Tuesday", "DATE", "2024-06-25", 3),
            T("Tuesday afternoon", "TIME", "2024-06-25TAF"),
            T("the end of 2023", "DATE", "2023", mod="END"),
            T("the coming weeks", "DATE", "FUTURE_REF"),
        ],
        [
            E("Berset promises to push for a claims commission and a special tribunal for the aggression",
              "REQUEST", ["Russia", "Ukraine"], "2024-06-25", "context", "occurred",
              "He promised to push for a claims commission"),
            E("Register of damage begins accepting claims", "AGREE", ["Ukraine", "Russia"], "2024-04", "text",
              "occurred", "He promised to push for a claims commission"),
            E("Berset to travel to Kyiv", "CONSULT", ["Ukraine"], "2024-FA", "text", "planned",
              "he intended to travel to Kyiv"),
            E("Kuleba congratulates Berset", "SUPPORT", ["Ukraine"], "2024-06-25TEV", "text", "occurred",
              "Kuleba congratulated Berset"),
            E("Zakharova: the vote is of no interest to Moscow", "REJECT", ["Maria Zakharova"], "2024-06-26", "text",
              "occurred", "the vote was of no interest to Moscow"),
            E("Russia left the Council of Europe", "REJECT", ["Russia"], "2022", "text", "occurred",
              "the vote was of no interest to Moscow", note="withdrawal letter of 15 March 2022; expelled 16 March"),
            E("Peace summit on Ukraine at the Bürgenstock", "CONSULT", ["Ukraine"], "2024-06", "text", "occurred",
              "Switzerland hosted a peace summit", note="15-16 June 2024"),
            E("EU opens accession negotiations with Ukraine", "AGREE", ["European Union", "Ukraine"], "2024-06-25",
              "context", "occurred", "formally opened accession negotiations"),
            E("ICC issues arrest warrants for Shoigu and Gerasimov", "ACCUSE", ["Russia"], "2024-06-25", "context",
              "occurred", "issued arrest warrants"),
            E("Peskov dismisses the warrants as null and void", "REJECT", ["Dmitry Peskov"], "2024-06-25", "context",
              "occurred", "dismissed the warrants"),
        ],
        [
            S("Ukraine", "Kuleba congratulates Berset and looks forward to welcoming him in Kyiv", "2024-06-25TEV",
              "text", "Kuleba congratulated Berset"),
            S("Maria Zakharova", "The vote is of no interest to Moscow; Russia left the organisation for good",
              "2024-06-26", "text", "the vote was of no interest to Moscow"),
            S("Dmitry Peskov", "The ICC warrants are null and void", "2024-06-25", "context",
              "dismissed the warrants"),
        ],
        ["Russia", "Ukraine", "Maria Zakharova", "European Union", "Dmitry Peskov", "Kremlin"],
    ),
    doc(
        "b134en04_core_group_tribunal_brussels_2025_02", "2025-02-05", EN04,
        [
            T("Tuesday", "DATE", "2025-02-04", 0),
            T("Now", "DATE", "PRESENT_REF"),
            T("Tuesday evening", "TIME", "2025-02-04TEV"),
            T("Tuesday", "DATE", "2025-02-04", 2),
            T("March 2022", "DATE", "2022-03"),
            T("May 2023", "DATE", "2023-05"),
            T("Wednesday morning", "TIME", "2025-02-05TMO"),
            T("the spring", "DATE", "2025-SP"),
            T("weekly", "SET", "P1W"),
            T("Wednesday", "DATE", "2025-02-05", 1),
            T("Monday", "DATE", "2025-02-03"),
            T("Tuesday", "DATE", "2025-02-04", 3),
            T("next week", "DATE", "2025-W07"),
        ],
        [
            E("Core group agrees on the legal foundations of the special tribunal", "AGREE",
              ["Ukraine", "European Union"], "2025-02-04", "text", "occurred", "agreed on Tuesday on the legal"),
            E("Fourteenth core group meeting in Brussels", "CONSULT", ["Ukraine", "European Union", "United States"],
              "2025-02-04", "context", "occurred", "The decision was taken at the group's 14th meeting"),
            E("Kyiv reluctantly accepts deferring trials of a sitting head of state", "AGREE",
              ["Ukraine", "Vladimir Putin"], "2025-02-04", "context", "occurred", "a compromise Kyiv accepted"),
            E("EU to help pay the tribunal's start-up costs", "AGREE", ["European Union"], "2025-02-04", "context",
              "occurred", "McGrath told the meeting"),
            E("Kyiv first proposes a special tribunal", "REQUEST", ["Ukraine", "Russia"], "2022-03", "text",
              "occurred", "Kyiv first proposed such a court"),
            E("Register of damage set up", "AGREE", ["European Union", "Russia"], "2023-05", "text", "occurred",
              "set up by the Council of Europe, 43 states"),
            E("Tribunal agreement between Ukraine and the Council of Europe to be signed", "AGREE", ["Ukraine"],
              "2025-SP", "text", "planned", "to be signed in the spring"),
            E("Zakharova calls the plans legal nihilism dressed up as justice", "ACCUSE", ["Maria Zakharova"],
              "2025-02-05", "text", "occurred", "legal nihilism dressed up as justice"),
            E("Trump wants Ukraine to guarantee rare-earth supplies in return for US aid", "REQUEST",
              ["Donald Trump", "Ukraine"], "2025-02-03", "text", "occurred", "guarantee supplies of rare earths"),
            E("Zelensky prepared to negotiate with Putin directly", "AGREE", ["Volodymyr Zelensky", "Vladimir Putin"],
              "2025-02-04", "text", "occurred", "prepared to negotiate with Putin directly"),
            E("Peskov: Zelensky lacks the legitimacy to sign an agreement", "ACCUSE",
              ["Dmitry Peskov", "Volodymyr Zelensky"], "2025-02-05", "published", "occurred",
              "lacked the legitimacy"),
            E("Zelensky to meet Vance at the Munich Security Conference", "CONSULT",
              ["Volodymyr Zelensky", "JD Vance"], "2025-W07", "text", "planned", "expected to meet US Vice President"),
        ],
        [
            S("Andriy Yermak", "The legal basis is ready; now it is a matter of political will", "2025-02-04TEV",
              "text", "The legal basis is ready."),
            S("European Union", "McGrath: the EU will help pay for the tribunal's start-up costs", "2025-02-04",
              "context", "McGrath told the meeting"),
            S("Kaja Kallas", "No peace without justice and no justice without accountability", "2025-02-04", "text",
              "Kaja Kallas said on Tuesday"),
            S("United States", "Diplomats: the US took part but made no commitment to joining the tribunal",
              "2025-02-05", "published", "Diplomats said the US delegation"),
            S("Andrii Sybiha", "Expects the agreement with the Council of Europe to be signed in the spring",
              "2025-02-05TMO", "text", "to be signed in the spring"),
            S("Russia", "Moscow was dismissive", "2025-02-05", "published", "Moscow was dismissive."),
            S("Maria Zakharova", "The plans are legal nihilism dressed up as justice", "2025-02-05", "text",
              "legal nihilism dressed up as justice"),
            S("Donald Trump", "Wants Ukraine to guarantee rare-earth supplies in return for American aid",
              "2025-02-03", "text", "guarantee supplies of rare earths"),
            S("Volodymyr Zelensky", "Prepared to negotiate with Putin directly if that ends the war", "2025-02-04",
              "text", "prepared to negotiate with Putin directly"),
            S("Dmitry Peskov", "Zelensky lacks the legitimacy to sign any agreement", "2025-02-05", "published",
              "lacked the legitimacy"),
        ],
        ["Ukraine", "European Union", "Andriy Yermak", "Vladimir Putin", "Kaja Kallas", "United States", "Russia",
         "Andrii Sybiha", "Maria Zakharova", "Donald Trump", "Volodymyr Zelensky", "Dmitry Peskov", "Kremlin",
         "JD Vance"],
    ),
    doc(
        "b134en05_kirchberg_ministers_approve_tribunal_2025_05", "2025-05-15", EN05,
        [
            T("Wednesday", "DATE", "2025-05-14", 0),
            T("June", "DATE", "2025-06"),
            T("November", "DATE", "2024-11"),
            T("9 May", "DATE", "2025-05-09"),
            T("2026", "DATE", "2026"),
            T("Tuesday evening", "TIME", "2025-05-13TEV"),
            T("2022", "DATE", "2022", 0),
            T("Thursday", "DATE", "2025-05-15", 0),
            T("2022", "DATE", "2022", 1),
            T("Thursday", "DATE", "2025-05-15", 1),
            T("late Wednesday", "TIME", "2025-05-14TNI"),
            T("Thursday", "DATE", "2025-05-15", 2),
            T("now", "DATE", "PRESENT_REF"),
            T("Friday", "DATE", "2025-05-16"),
            T("two-day", "DURATION", "P2D"),
            T("this evening", "TIME", "2025-05-15TEV"),
        ],
        [
            E("Council of Europe foreign ministers approve the draft special tribunal agreement", "AGREE",
              ["Ukraine", "Russia"], "2025-05-14", "text", "occurred", "on Wednesday approved the draft agreement"),
            E("Ukraine and the Council of Europe to sign the tribunal agreement", "AGREE", ["Ukraine"], "2025-06",
              "text", "planned", "hope will happen in June"),
            E("Sybiha vows that Putin and his accomplices will stand trial", "THREATEN",
              ["Andrii Sybiha", "Vladimir Putin"], "2025-05-14", "context", "occurred", "Putin and his accomplices"),
            E("Kallas: the EU will join the enlarged partial agreement running the court", "AGREE",
              ["Kaja Kallas", "European Union"], "2025-05-14", "context", "occurred", "told the ministers"),
            E("Ministers endorse the tribunal's legal basis in Lviv", "AGREE", ["Andrii Sybiha", "Kaja Kallas"],
              "2025-05-09", "text", "occurred", "had already endorsed"),
            E("Bettel and Sybiha hold bilateral talks", "CONSULT", ["Andrii Sybiha"], "2025-05-13TEV", "text",
              "occurred", "held bilateral talks on Tuesday evening"),
            E("Luxembourg pledges one million euros for the tribunal's start-up costs", "AGREE", ["Ukraine"],
              "2025-05-13TEV", "context", "occurred", "held bilateral talks on Tuesday evening"),
            E("Russia expelled from the Council of Europe", "SANCTION", ["Russia"], "2022", "text", "occurred",
              "expelled from the Council of Europe in 2022"),
            E("Zakharova calls the decision legally null", "REJECT", ["Maria Zakharova"], "2025-05-15", "text",
              "occurred", "legally null"),
            E("Zakharova: Moscow will treat any judgment as an act of hostility", "THREATEN", ["Maria Zakharova"],
              "2025-05-15", "text", "occurred", "legally null"),
            E("Putin will not meet Zelensky in Istanbul", "CONSULT", ["Vladimir Putin", "Volodymyr Zelensky"],
              "2025-05-15", "text", "cancelled", "will not meet Volodymyr Zelensky in Istanbul"),
            E("Zelensky meets Erdoğan in Ankara", "CONSULT", ["Volodymyr Zelensky", "Recep Tayyip Erdoğan"],
              "2025-05-15", "text", "occurred", "arrived in Ankara on Thursday"),
            E("Zelensky calls the Russian delegation decorative", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2025-05-15", "context", "occurred", "arrived in Ankara on Thursday"),
            E("Russian and Ukrainian delegations to meet in Istanbul", "CONSULT",
              ["Vladimir Medinsky", "Russia", "Ukraine"], "2025-05-16", "text", "planned",
              "The delegations are now expected"),
        ],
        [
            S("Andrii Sybiha", "The tribunal will ensure that Putin and his accomplices stand trial", "2025-05-14",
              "context", "Putin and his accomplices"),
            S("Kaja Kallas", "The EU will join the enlarged partial agreement that is to run the court",
              "2025-05-14", "context", "told the ministers"),
            S("Maria Zakharova", "The decision is legally null; Moscow will treat any judgment as an act of hostility",
              "2025-05-15", "text", "legally null"),
            S("Kremlin", "Putin will not meet Zelensky in Istanbul; a delegation led by Medinsky goes instead",
              "2025-05-14TNI", "text", "will not meet Volodymyr Zelensky in Istanbul"),
            S("Volodymyr Zelensky", "The Russian team is decorative", "2025-05-15", "context",
              "arrived in Ankara on Thursday"),
        ],
        ["Ukraine", "Russia", "Andrii Sybiha", "Vladimir Putin", "Kaja Kallas", "European Union", "Maria Zakharova",
         "Volodymyr Zelensky", "Kremlin", "Vladimir Medinsky", "Recep Tayyip Erdoğan"],
    ),
    doc(
        "b134en06_liveblog_claims_commission_text_2025_10", "2025-10-15", EN06,
        [
            T("7.40pm", "TIME", "2025-10-15T19:40", note=LIVE),
            T("Friday", "DATE", "2025-10-17"),
            T("Monday", "DATE", "2025-10-13"),
            T("5.15pm", "TIME", "2025-10-15T17:15", note=LIVE),
            T("Tuesday", "DATE", "2025-10-14"),
            T("16 December", "DATE", "2025-12-16"),
            T("3.05pm", "TIME", "2025-10-15T15:05", note=LIVE),
            T("today", "DATE", "2025-10-15"),
            T("the winter", "DATE", "2025-WI"),
            T("1.30pm", "TIME", "2025-10-15T13:30", note=LIVE),
            T("next week", "DATE", "2025-W43"),
            T("11.20am", "TIME", "2025-10-15T11:20", note=LIVE),
            T("overnight", "TIME", "2025-10-14TNI", note="night of 14 to 15 October"),
            T("this morning", "TIME", "2025-10-15TMO"),
            T("9.00am", "TIME", "2025-10-15T09:00", note=LIVE),
            T("now", "DATE", "PRESENT_REF"),
            T("April 2024", "DATE", "2024-04"),
            T("2022", "DATE", "2022"),
            T("tomorrow", "DATE", "2025-10-16"),
        ],
        [
            E("Zelensky to meet Trump at the White House", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"],
              "2025-10-17", "text", "planned", "will meet Donald Trump at the White House on Friday"),
            E("Zelensky to ask for Tomahawk cruise missiles", "REQUEST", ["Volodymyr Zelensky", "Donald Trump"],
              "2025-10-17", "context", "planned", "He is expected to ask for Tomahawk"),
            E("Peskov warns that Tomahawks would trigger a new round of escalation", "THREATEN",
              ["Dmitry Peskov", "Donald Trump"], "2025-10-13", "text", "occurred", "repeated that warning on Monday"),
            E("Negotiators agree the text of the claims commission convention", "AGREE", ["Ukraine", "Russia"],
              "2025-10-14", "context", "occurred", "have agreed the text of a convention"),
            E("Claims commission convention to be opened for signature in The Hague", "AGREE", ["Ukraine"],
              "2025-12-16", "text", "planned", "opened for signature at a diplomatic conference"),
            E("NATO defence ministers meet in Brussels", "CONSULT", ["NATO"], "2025-10-15", "text", "occurred",
              "NATO defence ministers met in Brussels today"),
            E("Rutte urges allies to speed up air defence deliveries to Ukraine", "REQUEST",
              ["Mark Rutte", "NATO", "Ukraine"], "2025-10-15", "context", "occurred", "urged allies to speed up"),
            E("Rutte accuses Russia of trying to freeze Ukrainians into submission", "ACCUSE", ["Mark Rutte", "Russia"],
              "2025-10-15", "context", "occurred", "urged allies to speed up"),
            E("EU leaders expected to back a reparations loan for Ukraine from frozen Russian assets", "AID",
              ["European Union", "Ukraine"], "2025-W43", "text", "planned", "reparations loan for Ukraine"),
            E("Zakharova threatens the harshest response to any theft of Russian assets", "THREATEN",
              ["Maria Zakharova", "European Union"], "2025-10-15", "context", "occurred",
              "with the harshest measures"),
            E("Russian overnight drone and missile attack on energy facilities", "ASSAULT", ["Russia", "Ukraine"],
              "2025-10-14TNI", "text", "occurred", "Russia launched more than 300 drones"),
            E("Register of damage opened for claims", "AGREE", ["Ukraine", "Russia"], "2024-04", "text", "occurred",
              "since it opened in April 2024"),
        ],
        [
            S("Ukraine", "President's office confirms Zelensky will meet Trump at the White House on Friday",
              "2025-10-15", "context", "will meet Donald Trump at the White House on Friday"),
            S("Dmitry Peskov", "Tomahawk deliveries would trigger a new round of escalation", "2025-10-13", "text",
              "repeated that warning on Monday"),
            S("Andrii Sybiha", "The convention is the moment the bill for this war is written", "2025-10-15",
              "context", "the moment the bill for this war is written"),
            S("Mark Rutte", "Allies must speed up air defence for Ukraine; Russia is trying to freeze Ukrainians into "
              "submission", "2025-10-15", "context", "urged allies to speed up"),
            S("Kaja Kallas", "Expects EU leaders to back a reparations loan at next week's summit", "2025-10-15",
              "context", "reparations loan for Ukraine"),
            S("Maria Zakharova", "Moscow will respond to any theft of its assets with the harshest measures",
              "2025-10-15", "context", "with the harshest measures"),
            S("Ukraine", "Air force: more than 300 drones and 37 missiles launched overnight", "2025-10-15",
              "context", "Russia launched more than 300 drones"),
        ],
        ["Volodymyr Zelensky", "Donald Trump", "White House", "Kremlin", "Dmitry Peskov", "Ukraine", "Russia",
         "Andrii Sybiha", "NATO", "Mark Rutte", "Kaja Kallas", "European Union", "Maria Zakharova"],
    ),
]
