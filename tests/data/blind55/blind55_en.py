"""English articles of the blind55 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b55en01 (ANI)
EN01 = """
India condemns Bucha killings at UNSC, backs call for independent probe

New York [US], April 6 (ANI): India on Tuesday unequivocally condemned the killings of civilians in the Ukrainian town of Bucha and backed calls for an independent investigation, as Ukrainian President Volodymyr Zelenskyy urged the UN Security Council to act against Russia or "dissolve yourself altogether".
Speaking at the council's briefing on Ukraine, India's Permanent Representative to the UN, T S Tirumurti, described the reports from Bucha as "deeply disturbing" and said the situation on the ground had shown no improvement.
"We unequivocally condemn these killings and support the call for an independent investigation," Tirumurti said, reiterating New Delhi's call for an immediate cessation of violence and an end to hostilities.

In New Delhi, External Affairs Minister S Jaishankar told Parliament on Wednesday that India had come down firmly "on the side of peace" and that the killings in Bucha were "an extremely serious matter".
Prime Minister Narendra Modi spoke to Zelenskyy and to Russian President Vladimir Putin on March 7, urging direct talks between the two leaders.

Addressing the 15-member council by video link from Kyiv, Zelenskyy said Russian troops had killed civilians in Bucha "just for their pleasure" and accused Moscow of the most terrible war crimes since the end of World War II.
He urged the council to strip Russia of its veto so that it could no longer block decisions on its own aggression, and called for a tribunal similar to the Nuremberg trials.
UN Secretary-General Antonio Guterres told the meeting he would never forget the horrifying images of civilians killed in Bucha and called for an independent investigation to guarantee effective accountability.

Russia's Permanent Representative Vasily Nebenzia rejected the accusations, calling the images a "staged provocation" and insisting that Russian forces had left Bucha on March 30.
Moscow had asked for a separate council meeting on Bucha on Monday, but Britain, which holds the council presidency this month, declined and folded the issue into Tuesday's briefing.
Russian Foreign Minister Sergey Lavrov on Monday called the reports a "fake attack" designed to derail the peace talks with Ukraine.

US Ambassador Linda Thomas-Greenfield said on Monday that Washington would seek Russia's suspension from the UN Human Rights Council, with a vote in the General Assembly expected on Thursday.
Germany and France expelled dozens of Russian diplomats on Monday, and Italy and Spain followed on Tuesday, the same day the European Commission proposed a fifth package of sanctions that includes a ban on Russian coal.
Russian and Ukrainian negotiators last met face to face in Istanbul on March 29, and Zelenskyy said on Tuesday that Kyiv would keep negotiating despite what had happened in Bucha.
"""

# ---------------------------------------------------------------- b55en02 (Antara)
EN02 = """
Jokowi conveys Zelenskyy's message to Putin, seeks safe passage for food

Moscow, Russia (ANTARA) - President Joko Widodo (Jokowi) said he had conveyed a message from Ukrainian President Volodymyr Zelenskyy to Russian President Vladimir Putin during their talks at the Kremlin on Thursday, and offered to act as a bridge of communication between the two leaders.
"I have conveyed President Zelenskyy's message to President Putin, and I have conveyed my readiness to become a communication bridge between the two leaders," the Head of State said at a joint press statement with Putin.
On Wednesday, Jokowi met Zelenskyy at the Mariinskyi Palace in Kyiv, becoming the first Asian leader to visit Ukraine since the Russian invasion began in February.

Putin told the press statement that Russia would continue to supply food and fertilizer to Indonesia and other friendly countries and that Moscow was "not hindering" the export of Ukrainian grain.
"The Ukrainian side must clear the mines from its ports, and we will guarantee the safety of the ships," Putin said, repeating Moscow's position that Kyiv is to blame for the blockade.
Jokowi said he had asked Putin to guarantee the security of food and fertilizer shipments from both Russia and Ukraine, warning that the disruption of supply chains was hitting developing countries hardest.

On Thursday morning, Russia's defense ministry announced that its troops had withdrawn from Snake Island in the Black Sea as a "gesture of goodwill" to show that Moscow was not obstructing UN efforts to open a humanitarian corridor for grain.
Ukraine's military said on Thursday that it had driven the Russian garrison off the island with artillery and missile strikes.
Turkish President Recep Tayyip Erdogan, whose government is working with the United Nations on a plan to ship grain stuck in Ukrainian ports through the Black Sea, said on Thursday he would discuss the issue with Putin and Zelenskyy by phone this week.

In Kyiv on Wednesday, Jokowi had invited Zelenskyy to the Group of 20 summit that Indonesia will host in Bali in November, and he renewed the invitation to Putin in Moscow.
Zelenskyy told reporters that his attendance would depend on the security situation and on who else would be at the table.
Kremlin aide Yuri Ushakov said Putin had accepted the invitation in principle.

Indonesia, which voted in March for the UN General Assembly resolution demanding Russia's withdrawal from Ukraine, has declined to join Western sanctions against Moscow and says it takes no side in the conflict.
Jokowi, who attended part of the Group of Seven summit in Germany as a guest, flew on to the United Arab Emirates on Friday.
"""

# ---------------------------------------------------------------- b55en03 (Jiji Press)
EN03 = """
Russia, Ukraine Hold 3rd Round of Talks in Belarus, Make Little Headway

Moscow, March 8 (Jiji Press)--Russian and Ukrainian negotiators ended a third round of talks in Belarus on Monday without a breakthrough, with both sides reporting only limited progress on humanitarian corridors for civilians trapped by the fighting.
The talks in the Belovezhskaya Pushcha nature reserve near the Polish border lasted about three hours, according to the Russian delegation.

Vladimir Medinsky, an aide to Russian President Vladimir Putin who leads Moscow's delegation, told reporters after the session that Russia's expectations had not been met but that he hoped the next round would allow "more significant steps."
Mykhailo Podolyak, an adviser to the Ukrainian presidential office, wrote on Twitter that there had been "small positive shifts" on the logistics of the corridors, while consultations on a ceasefire and on security guarantees would continue.

On Monday morning, before the delegations sat down, Kremlin spokesman Dmitry Peskov said Moscow was ready to halt its military operation at once if Kyiv met its conditions.
Ukraine must cease military action, change its constitution to enshrine neutrality, recognize Crimea as Russian territory and accept the separatist "republics" of Donetsk and Luhansk as independent states, Peskov said in an interview with Reuters.
Kyiv has dismissed the demands as an ultimatum that amounts to capitulation.

Russia's Defense Ministry announced on Monday evening a ceasefire from 10 a.m. Moscow time on Tuesday to open evacuation routes from Kyiv, Chernihiv, Sumy, Kharkiv and Mariupol.
Ukrainian Deputy Prime Minister Iryna Vereshchuk had rejected an earlier version of the plan on Monday because most of the routes led to Russia or Belarus, calling it "immoral."
A first convoy of buses carrying civilians, among them foreign students, left the northeastern city of Sumy on Tuesday morning, Ukrainian officials said.

Russian Foreign Minister Sergei Lavrov and his Ukrainian counterpart, Dmytro Kuleba, are due to meet on Thursday in the Turkish resort of Antalya, in the first talks at that level since Russia invaded its neighbor on Feb. 24, Turkish Foreign Minister Mevlut Cavusoglu said.
Turkish President Recep Tayyip Erdogan, who spoke with Putin by phone on Sunday, offered during the call to host a meeting between the leaders of the two countries.

Belarusian President Alexander Lukashenko, whose territory served as a launchpad for part of the invasion, has hosted all three rounds, the first near the city of Gomel on Feb. 28 and the second on March 3.
Kyiv agreed to the venue after Lukashenko promised President Volodymyr Zelenskyy in a phone call on Feb. 27 that Belarusian aircraft and missiles would stay on the ground while the delegations traveled.

In Tokyo, Chief Cabinet Secretary Hirokazu Matsuno said Tuesday that Japan was watching the negotiations closely and would keep coordinating its response with the other Group of Seven countries.
The government the same day added 32 Russian and Belarusian officials and businesspeople to its asset-freeze list and banned exports of oil-refining equipment to Russia.
"""

# ---------------------------------------------------------------- b55en04 (Agence Europe)
EN04 = """
NATO official's remark on land for membership angers Kyiv, prompts apology

Brussels, 17/08/2023 (Agence Europe) - A remark by the chief of staff of NATO Secretary General Jens Stoltenberg suggesting that Ukraine could give up territory in exchange for membership of the Alliance caused an outcry in Kyiv this week and obliged the official, Stian Jenssen, to backtrack.
Speaking at a debate in the Norwegian town of Arendal on Tuesday 15 August, Mr Jenssen said that "one solution could be for Ukraine to give up territory and get NATO membership in return", while stressing that it was for Ukraine to decide when and on what terms to negotiate.

The idea was "ridiculous", Mykhailo Podolyak, an adviser to the head of the Ukrainian presidential office, replied on the social network X on Tuesday evening, arguing that trading territory for a NATO umbrella would mean choosing the defeat of democracy.
Ukraine's Foreign Minister, Dmytro Kuleba, said on Thursday morning that any talk of territorial concessions in return for membership was unacceptable, adding that those criticising the slow pace of the counter-offensive were "spitting in the face" of Ukrainian soldiers.

In a statement to the Norwegian daily VG on Wednesday, Mr Jenssen said that his remark had been "a mistake" and part of a broader discussion on possible future scenarios.
A spokesperson for the Alliance said on Wednesday that NATO's position was clear and had not changed, recalling that the allies had agreed at their summit in Vilnius in July that Ukraine's future lies in NATO.
Mr Stoltenberg himself has said on several occasions that only Ukraine can decide on the terms of any settlement.

In Moscow, the deputy chairman of Russia's Security Council, Dmitry Medvedev, mocked the idea on Wednesday, writing that Kyiv would have to surrender all its territory, the capital included, to join the Alliance.

The controversy comes as Ukraine's counter-offensive, launched in early June, advances more slowly than many Western capitals had hoped.
On Wednesday, Kyiv announced the recapture of the village of Urozhaine in the Donetsk region.
In his video address on Wednesday evening, President Volodymyr Zelensky said Ukraine would not trade its land for anything and asked partners to speed up deliveries of air defence and long-range weapons.

On the EU side, the foreign ministers are due to discuss long-term security commitments for Ukraine at their informal meeting (Gymnich) in Toledo on 30 and 31 August.
On the table is a proposal presented in July by the High Representative, Josep Borrell, to set aside up to €20 billion over four years for military support to Ukraine through the European Peace Facility.
Hungary has so far blocked the release of the latest €500 million tranche of the Facility, demanding that Kyiv remove the Hungarian bank OTP from its list of "international sponsors of war".
"""

# ---------------------------------------------------------------- b55en05 (AAP)
EN05 = """
Sunshine Coast man freed from Russian captivity in prisoner swap

An Australian man captured while fighting for Ukraine has been freed in a prisoner exchange between Russia and Ukraine, Foreign Minister Penny Wong says.
Daniel Whitford, from the Sunshine Coast, was among 205 Ukrainian servicemen and foreign volunteers handed over at the Belarus-Ukraine border on Monday in exchange for the same number of Russian soldiers.
"The Australian government has worked tirelessly for his release and we are deeply relieved," Senator Wong said in a statement on Tuesday.

Mr Whitford was captured in the Zaporizhzhia region in December 2024 and later appeared in a Russian propaganda video.
A court in Russian-occupied Donetsk sentenced him to 13 years in a high-security penal colony in September last year, a verdict Canberra condemned as a sham.
His family said they had not been able to speak to him for more than a year.

The exchange was mediated by the United Arab Emirates, whose foreign ministry said it was the 18th such mediation since the start of the war.
Ukrainian President Volodymyr Zelensky thanked the Emirates and wrote on social media on Monday that Kyiv would keep pressing for an "all-for-all" exchange.
Russia's Defence Ministry said on Monday the returned soldiers were being treated in Belarus before being flown to Moscow.

The release recalls the swap of September 21, 2022, brokered by Saudi Arabia and Turkey, which freed British volunteers Aiden Aslin and Shaun Pinner, who had been sentenced to death in Russian-occupied Donetsk, along with 215 Ukrainians, among them commanders of the defenders of the Azovstal steelworks.
Under an arrangement between Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin, the Azovstal commanders were to stay in Turkey until the end of the war.
Their return to Ukraine on Zelensky's plane in July 2023 drew an angry response from the Kremlin, which accused Ankara of breaching the deal.

Australia has provided more than $1.5 billion in military assistance to Ukraine since 2022, and Prime Minister Anthony Albanese has said the support will continue "for as long as it takes".
Canberra has repeatedly urged Australians not to travel to Ukraine to take part in the fighting.

The swap comes as negotiators from Russia and Ukraine prepare for a new round of US-brokered talks, expected in Geneva early next month.
Kremlin spokesman Dmitry Peskov said on Tuesday that Moscow was "ready for further exchanges" but that a broader deal depended on Kyiv's willingness to accept "the realities on the ground".
Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said more than 6,000 Ukrainians had now been returned from Russian captivity.
"""

# ---------------------------------------------------------------- b55en06 (Lusa)
EN06 = """
Guterres says annexation of Ukrainian regions remains "null and void"

New York, Sep 30 (Lusa) - UN Secretary-General António Guterres said on Wednesday that Russia's annexation of four Ukrainian regions four years ago remained "null and void" under international law, as Moscow marked the anniversary with celebrations in the Kremlin.
"Any annexation of a State's territory by another State resulting from the threat or use of force is a violation of the Charter of the United Nations," Guterres said in a statement read by his spokesman, Stéphane Dujarric, repeating words he first used in September 2022.

Russian President Vladimir Putin signed treaties incorporating the Ukrainian regions of Donetsk, Luhansk, Zaporizhzhia and Kherson on September 30, 2022, after referendums held from September 23 to 27 that Kyiv and its Western allies denounced as a sham.
The UN General Assembly condemned the move in October 2022 by 143 votes to five, calling on all states not to recognise it.

At a ceremony in the Kremlin on Wednesday evening marking what Moscow calls "Reunification Day", Putin said the status of the four regions was "not a subject for negotiation" and that Kyiv must withdraw its forces from the parts of Donetsk it still controls.
Kremlin spokesman Dmitry Peskov said earlier in the day that Russia remained open to a settlement, but only on terms that "take into account the new realities".

Ukraine's Foreign Minister Andrii Sybiha said Kyiv would "never recognise" the occupation of its territory and called on the Security Council to reaffirm the Assembly's 2022 resolution.
President Volodymyr Zelensky, speaking in Kyiv on Tuesday alongside the visiting Portuguese Prime Minister, Luís Montenegro, said that no peace plan legitimising the annexations would be accepted.
Montenegro announced a further 100 million euros in military support for 2027 and said Portugal would help train Ukrainian deminers.

The latest round of talks between Russian and Ukrainian negotiators in Geneva, brokered by US envoy Steve Witkoff, ended on September 16 without agreement on the territorial question.
US Secretary of State Marco Rubio said last week that the question of territory "can only be decided by the parties themselves".
The White House said on Tuesday that President Donald Trump still hoped to meet Putin and Zelensky together before the end of the year.

The European Union's foreign policy chief, Kaja Kallas, said in Brussels that the bloc would never recognise the annexations and that its sanctions on the occupied regions would stay in force.
In Lisbon, Foreign Minister Paulo Rangel said Portugal would co-sponsor any new Assembly text on Ukraine's territorial integrity.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b55en01_india_unsc_bucha_2022_04", "2022-04-06", EN01,
        [
            T("April 6", "DATE", "2022-04-06"),
            T("Tuesday", "DATE", "2022-04-05", 0),
            T("Wednesday", "DATE", "2022-04-06"),
            T("March 7", "DATE", "2022-03-07"),
            T("March 30", "DATE", "2022-03-30"),
            T("Monday", "DATE", "2022-04-04", 0),
            T("this month", "DATE", "2022-04"),
            T("Tuesday", "DATE", "2022-04-05", 1),
            T("Monday", "DATE", "2022-04-04", 1),
            T("Monday", "DATE", "2022-04-04", 2),
            T("Thursday", "DATE", "2022-04-07"),
            T("Monday", "DATE", "2022-04-04", 3),
            T("Tuesday", "DATE", "2022-04-05", 2),
            T("the same day", "DATE", "2022-04-05"),
            T("March 29", "DATE", "2022-03-29"),
            T("Tuesday", "DATE", "2022-04-05", 3),
        ],
        [
            E("UN Security Council briefing on Ukraine with Zelensky by video link", "CONSULT",
              ["United Nations", "Volodymyr Zelensky", "António Guterres", "Russia"], "2022-04-05", "text",
              "occurred", "India on Tuesday unequivocally condemned"),
            E("India calls for an immediate cessation of violence and an end to hostilities", "REQUEST",
              ["Russia", "Ukraine"], "2022-04-05", "context", "occurred", "reiterating New Delhi's call",
              note="India is not canonical; only the addressed sides are listed"),
            E("Modi speaks to Zelensky by phone", "CONSULT", ["Volodymyr Zelensky"], "2022-03-07", "text",
              "occurred", "Prime Minister Narendra Modi spoke"),
            E("Modi speaks to Putin by phone", "CONSULT", ["Vladimir Putin"], "2022-03-07", "text", "occurred",
              "Prime Minister Narendra Modi spoke"),
            E("Modi urges direct talks between Putin and Zelensky", "REQUEST",
              ["Vladimir Putin", "Volodymyr Zelensky"], "2022-03-07", "context", "occurred",
              "Prime Minister Narendra Modi spoke"),
            E("Zelensky accuses Russia of the worst war crimes since World War II in Bucha", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2022-04-05", "context", "occurred",
              "Addressing the 15-member council"),
            E("Zelensky urges the council to strip Russia of its veto", "REQUEST",
              ["Volodymyr Zelensky", "United Nations", "Russia"], "2022-04-05", "context", "occurred",
              "He urged the council to strip Russia"),
            E("Zelensky calls for a Nuremberg-style tribunal", "REQUEST", ["Volodymyr Zelensky", "United Nations"],
              "2022-04-05", "context", "occurred", "He urged the council to strip Russia"),
            E("Guterres calls for an independent investigation into the Bucha killings", "REQUEST",
              ["António Guterres"], "2022-04-05", "context", "occurred", "would never forget the horrifying images"),
            E("Russia rejects the accusations over Bucha", "REJECT", ["Russia", "Ukraine"], "2022-04-05", "context",
              "occurred", "Nebenzia rejected the accusations"),
            E("Russia calls the Bucha images a staged provocation", "ACCUSE", ["Russia", "Ukraine"], "2022-04-05",
              "context", "occurred", "Nebenzia rejected the accusations"),
            E("Russian forces leave Bucha", "RETREAT", ["Russia"], "2022-03-30", "text", "occurred",
              "Nebenzia rejected the accusations"),
            E("Russia requests a separate Security Council meeting on Bucha", "REQUEST", ["Russia", "United Nations"],
              "2022-04-04", "text", "occurred", "Moscow had asked for a separate council meeting"),
            E("The British council presidency turns down Russia's request", "REJECT", ["United Kingdom", "Russia"],
              "2022-04-04", "context", "occurred", "Moscow had asked for a separate council meeting"),
            E("Lavrov calls the Bucha reports a fake attack designed to derail the peace talks", "ACCUSE",
              ["Sergey Lavrov", "Ukraine"], "2022-04-04", "text", "occurred", "fake attack"),
            E("US to seek Russia's suspension from the Human Rights Council", "REQUEST",
              ["United States", "United Nations", "Russia"], "2022-04-04", "text", "occurred",
              "Thomas-Greenfield said on Monday"),
            E("General Assembly vote on suspending Russia from the Human Rights Council", "SANCTION",
              ["United Nations", "Russia"], "2022-04-07", "text", "planned", "Thomas-Greenfield said on Monday"),
            E("Germany and France expel dozens of Russian diplomats", "SANCTION", ["Germany", "France", "Russia"],
              "2022-04-04", "text", "occurred", "Germany and France expelled dozens"),
            E("Italy and Spain expel Russian diplomats", "SANCTION", ["Russia"], "2022-04-05", "text", "occurred",
              "Germany and France expelled dozens", note="Italy and Spain are not canonical"),
            E("European Commission proposes a fifth sanctions package with a coal ban", "SANCTION",
              ["European Union", "Russia"], "2022-04-05", "text", "planned", "Germany and France expelled dozens"),
            E("Russian and Ukrainian negotiators meet face to face in Istanbul", "CONSULT", ["Russia", "Ukraine"],
              "2022-03-29", "text", "occurred", "last met face to face in Istanbul"),
            E("Zelensky says Kyiv will keep negotiating with Russia", "AGREE", ["Volodymyr Zelensky", "Russia"],
              "2022-04-05", "text", "occurred", "last met face to face in Istanbul"),
        ],
        [
            S("Volodymyr Zelensky", "The Security Council must act against Russia or dissolve itself", "2022-04-05",
              "text", "India on Tuesday unequivocally condemned"),
            S("Volodymyr Zelensky", "Russian troops killed civilians in Bucha for pleasure; the worst war crimes "
              "since World War II", "2022-04-05", "context", "Addressing the 15-member council"),
            S("Volodymyr Zelensky", "Strip Russia of its veto; set up a tribunal like Nuremberg", "2022-04-05",
              "context", "He urged the council to strip Russia"),
            S("António Guterres", "Will never forget the images from Bucha; calls for an independent investigation",
              "2022-04-05", "context", "would never forget the horrifying images"),
            S("Russia", "Nebenzia: the images are a staged provocation; Russian forces left Bucha on 30 March",
              "2022-04-05", "context", "Nebenzia rejected the accusations"),
            S("Sergey Lavrov", "The Bucha reports are a fake attack designed to derail the peace talks",
              "2022-04-04", "text", "fake attack"),
            S("United States", "Thomas-Greenfield: Washington will seek Russia's suspension from the Human Rights "
              "Council", "2022-04-04", "text", "Thomas-Greenfield said on Monday"),
            S("Volodymyr Zelensky", "Kyiv will keep negotiating despite Bucha", "2022-04-05", "text",
              "last met face to face in Istanbul"),
        ],
        ["Ukraine", "Volodymyr Zelensky", "United Nations", "Russia", "Vladimir Putin", "António Guterres",
         "United Kingdom", "Sergey Lavrov", "United States", "Germany", "France", "European Union"],
    ),
    doc(
        "b55en02_widodo_moscow_grain_2022_07", "2022-07-01", EN02,
        [
            T("Thursday", "DATE", "2022-06-30", 0),
            T("Wednesday", "DATE", "2022-06-29", 0),
            T("February", "DATE", "2022-02"),
            T("Thursday morning", "TIME", "2022-06-30TMO"),
            T("Thursday", "DATE", "2022-06-30", 2),
            T("Thursday", "DATE", "2022-06-30", 3),
            T("this week", "DATE", "2022-W26"),
            T("Wednesday", "DATE", "2022-06-29", 1),
            T("November", "DATE", "2022-11"),
            T("March", "DATE", "2022-03"),
            T("Friday", "DATE", "2022-07-01"),
        ],
        [
            E("Widodo holds talks with Putin at the Kremlin", "CONSULT", ["Vladimir Putin"], "2022-06-30", "text",
              "occurred", "during their talks at the Kremlin", note="Indonesia is not canonical"),
            E("Widodo offers to act as a communication bridge between Putin and Zelensky", "REQUEST",
              ["Vladimir Putin", "Volodymyr Zelensky"], "2022-06-30", "text", "occurred",
              "during their talks at the Kremlin"),
            E("Widodo meets Zelensky in Kyiv", "CONSULT", ["Volodymyr Zelensky"], "2022-06-29", "text", "occurred",
              "On Wednesday, Jokowi met"),
            E("Russian invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text", "occurred",
              "On Wednesday, Jokowi met", date_mod="START"),
            E("Putin promises to keep supplying food and fertilizer", "AGREE", ["Vladimir Putin"], "2022-06-30",
              "context", "occurred", "Putin told the press statement"),
            E("Putin demands that Ukraine clear the mines from its ports", "REQUEST", ["Vladimir Putin", "Ukraine"],
              "2022-06-30", "context", "occurred", "must clear the mines"),
            E("Putin promises to guarantee the safety of grain ships", "AGREE", ["Vladimir Putin", "Ukraine"],
              "2022-06-30", "context", "occurred", "must clear the mines"),
            E("Putin blames Kyiv for the blockade of the ports", "ACCUSE", ["Vladimir Putin", "Ukraine"],
              "2022-06-30", "context", "occurred", "must clear the mines"),
            E("Widodo asks Putin to guarantee the security of food and fertilizer shipments", "REQUEST",
              ["Vladimir Putin"], "2022-06-30", "context", "occurred", "Jokowi said he had asked Putin"),
            E("Russian troops withdraw from Snake Island", "RETREAT", ["Russia"], "2022-06-30", "text", "occurred",
              "withdrawn from Snake Island"),
            E("Ukrainian strikes drive the Russian garrison off Snake Island", "ASSAULT", ["Ukraine", "Russia"],
              "2022-06-30", "context", "occurred", "Ukraine's military said on Thursday"),
            E("Erdoğan to discuss the grain issue with Putin and Zelensky by phone", "CONSULT",
              ["Recep Tayyip Erdoğan", "Vladimir Putin", "Volodymyr Zelensky"], "2022-W26", "text", "planned",
              "said on Thursday he would discuss"),
            E("Widodo invites Zelensky to the G20 summit in Bali", "REQUEST", ["Volodymyr Zelensky"], "2022-06-29",
              "text", "occurred", "Jokowi had invited Zelenskyy"),
            E("Widodo renews the G20 invitation to Putin", "REQUEST", ["Vladimir Putin"], "2022-06-30", "context",
              "occurred", "Jokowi had invited Zelenskyy"),
            E("Zelensky's attendance at the Bali G20 summit undecided", "CONSULT", ["Volodymyr Zelensky"],
              "2022-11", "context", "uncertain", "his attendance would depend"),
            E("Putin accepts the G20 invitation in principle", "AGREE", ["Vladimir Putin"], "2022-07-01",
              "published", "occurred", "accepted the invitation in principle"),
            E("UN General Assembly resolution demands Russia's withdrawal from Ukraine", "REQUEST",
              ["United Nations", "Russia"], "2022-03", "text", "occurred", "Indonesia, which voted in March"),
        ],
        [
            S("Vladimir Putin", "Russia will keep supplying food and fertilizer and is not hindering Ukrainian grain "
              "exports", "2022-06-30", "context", "Putin told the press statement"),
            S("Vladimir Putin", "Ukraine must clear the mines from its ports; Russia will guarantee the ships' safety",
              "2022-06-30", "context", "must clear the mines"),
            S("Russia", "Defence ministry: troops withdrew from Snake Island as a gesture of goodwill",
              "2022-06-30TMO", "text", "withdrawn from Snake Island"),
            S("Ukraine", "Military: Russian garrison driven off Snake Island by artillery and missile strikes",
              "2022-06-30", "text", "Ukraine's military said on Thursday"),
            S("Recep Tayyip Erdoğan", "Will discuss the grain issue with Putin and Zelensky by phone this week",
              "2022-06-30", "text", "said on Thursday he would discuss"),
            S("Volodymyr Zelensky", "His G20 attendance depends on security and on who else is at the table",
              "2022-06-29", "context", "his attendance would depend"),
            S("Yuri Ushakov", "Putin has accepted the G20 invitation in principle", "2022-07-01", "published",
              "accepted the invitation in principle"),
        ],
        ["Volodymyr Zelensky", "Vladimir Putin", "Ukraine", "Russia", "Kremlin", "United Nations", "Turkey",
         "Recep Tayyip Erdoğan", "Yuri Ushakov"],
    ),
    doc(
        "b55en03_belovezhskaya_third_round_2022_03", "2022-03-08", EN03,
        [
            T("March 8", "DATE", "2022-03-08"),
            T("Monday", "DATE", "2022-03-07", 0),
            T("about three hours", "DURATION", "PT3H", mod="APPROX"),
            T("Monday morning", "TIME", "2022-03-07TMO"),
            T("Monday evening", "TIME", "2022-03-07TEV"),
            T("10 a.m. Moscow time", "TIME", "2022-03-08T10:00", note="Moscow time"),
            T("Tuesday", "DATE", "2022-03-08", 0),
            T("Monday", "DATE", "2022-03-07", 3),
            T("Tuesday morning", "TIME", "2022-03-08TMO"),
            T("Thursday", "DATE", "2022-03-10"),
            T("Feb. 24", "DATE", "2022-02-24"),
            T("Sunday", "DATE", "2022-03-06"),
            T("Feb. 28", "DATE", "2022-02-28"),
            T("March 3", "DATE", "2022-03-03"),
            T("Feb. 27", "DATE", "2022-02-27"),
            T("Tuesday", "DATE", "2022-03-08", 2),
            T("the same day", "DATE", "2022-03-08"),
        ],
        [
            E("Third round of Russia–Ukraine talks in Belarus", "CONSULT", ["Russia", "Ukraine"], "2022-03-07", "text",
              "occurred", "ended a third round of talks in Belarus"),
            E("No breakthrough at the third round", "REJECT", ["Russia", "Ukraine"], "2022-03-07", "text",
              "occurred", "ended a third round of talks in Belarus"),
            E("Consultations on a ceasefire and security guarantees to continue", "CONSULT", ["Russia", "Ukraine"],
              "2022-03-08", "published", "planned", "small positive shifts", note="no date given"),
            E("Peskov: Moscow ready to halt its operation if Kyiv meets its conditions", "AGREE",
              ["Dmitry Peskov", "Ukraine"], "2022-03-07TMO", "text", "occurred",
              "ready to halt its military operation"),
            E("Kremlin's conditions: end of fighting, neutrality, recognition of Crimea and the 'republics'",
              "REQUEST", ["Dmitry Peskov", "Ukraine"], "2022-03-07TMO", "context", "occurred",
              "Ukraine must cease military action"),
            E("Kyiv dismisses the demands as an ultimatum", "REJECT", ["Ukraine", "Russia"], "2022-03-08",
              "published", "occurred", "Kyiv has dismissed the demands"),
            E("Russian ceasefire to open evacuation routes", "RETREAT", ["Russia", "Ukraine"], "2022-03-08T10:00",
              "text", "occurred", "announced on Monday evening a ceasefire"),
            E("Vereshchuk rejects routes leading to Russia or Belarus", "REJECT", ["Ukraine", "Russia", "Belarus"],
              "2022-03-07", "text", "occurred", "Vereshchuk had rejected"),
            E("Lavrov and Kuleba to meet in Antalya", "CONSULT", ["Sergey Lavrov", "Ukraine", "Turkey"],
              "2022-03-10", "text", "planned", "are due to meet on Thursday"),
            E("Russian invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24", "text", "occurred",
              "are due to meet on Thursday"),
            E("Erdoğan–Putin phone call", "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2022-03-06", "text",
              "occurred", "who spoke with Putin by phone on Sunday"),
            E("Erdoğan offers to host a meeting of the Russian and Ukrainian leaders", "REQUEST",
              ["Recep Tayyip Erdoğan", "Russia", "Ukraine"], "2022-03-06", "context", "occurred",
              "who spoke with Putin by phone on Sunday"),
            E("First round of talks near Gomel", "CONSULT", ["Russia", "Ukraine", "Alexander Lukashenko"],
              "2022-02-28", "text", "occurred", "has hosted all three rounds"),
            E("Second round of talks in Belarus", "CONSULT", ["Russia", "Ukraine", "Alexander Lukashenko"],
              "2022-03-03", "text", "occurred", "has hosted all three rounds"),
            E("Lukashenko–Zelensky phone call", "CONSULT", ["Alexander Lukashenko", "Volodymyr Zelensky"],
              "2022-02-27", "text", "occurred", "Kyiv agreed to the venue"),
            E("Lukashenko promises that Belarusian aircraft and missiles stay on the ground", "AGREE",
              ["Alexander Lukashenko", "Volodymyr Zelensky"], "2022-02-27", "text", "occurred",
              "Kyiv agreed to the venue"),
            E("Kyiv agrees to talks in Belarus", "AGREE", ["Ukraine", "Belarus"], "2022-02-27", "context", "occurred",
              "Kyiv agreed to the venue"),
            E("Japan freezes assets of 32 more Russian and Belarusian officials and bans refinery equipment exports",
              "SANCTION", ["Russia", "Belarus"], "2022-03-08", "text", "occurred", "The government the same day",
              note="Japan is not canonical"),
        ],
        [
            S("Vladimir Medinsky", "Russia's expectations were not met; hopes the next round allows more significant "
              "steps", "2022-03-07", "context", "Vladimir Medinsky, an aide"),
            S("Ukraine", "Podolyak: small positive shifts on the corridors; consultations on a ceasefire and guarantees "
              "continue", "2022-03-07", "context", "small positive shifts"),
            S("Dmitry Peskov", "Moscow is ready to halt its operation at once if Kyiv meets its conditions",
              "2022-03-07TMO", "text", "ready to halt its military operation"),
            S("Dmitry Peskov", "Ukraine must stop fighting, enshrine neutrality, recognise Crimea and the 'republics'",
              "2022-03-07TMO", "context", "Ukraine must cease military action"),
            S("Ukraine", "The demands are an ultimatum amounting to capitulation", "2022-03-08", "published",
              "Kyiv has dismissed the demands"),
            S("Russia", "Defence ministry announces a ceasefire from 10 a.m. on Tuesday for evacuation routes",
              "2022-03-07TEV", "text", "announced on Monday evening a ceasefire"),
            S("Ukraine", "Vereshchuk: routes leading to Russia or Belarus are immoral", "2022-03-07", "text",
              "Vereshchuk had rejected"),
            S("Ukraine", "Officials: a first convoy left Sumy on Tuesday morning", "2022-03-08", "published",
              "A first convoy of buses"),
            S("Turkey", "Cavusoglu: Lavrov and Kuleba to meet in Antalya on Thursday", "2022-03-08", "published",
              "are due to meet on Thursday"),
            S("Recep Tayyip Erdoğan", "Offers to host a meeting of the two countries' leaders", "2022-03-06",
              "context", "who spoke with Putin by phone on Sunday"),
        ],
        ["Russia", "Ukraine", "Vladimir Medinsky", "Vladimir Putin", "Kremlin", "Dmitry Peskov", "Belarus",
         "Sergey Lavrov", "Turkey", "Recep Tayyip Erdoğan", "Alexander Lukashenko", "Volodymyr Zelensky"],
    ),
    doc(
        "b55en04_jenssen_territory_remark_2023_08", "2023-08-17", EN04,
        [
            T("17/08/2023", "DATE", "2023-08-17"),
            T("this week", "DATE", "2023-W33"),
            T("Tuesday 15 August", "DATE", "2023-08-15"),
            T("Tuesday evening", "TIME", "2023-08-15TEV"),
            T("Thursday morning", "TIME", "2023-08-17TMO"),
            T("Wednesday", "DATE", "2023-08-16", 0),
            T("Wednesday", "DATE", "2023-08-16", 1),
            T("July", "DATE", "2023-07", 0),
            T("Wednesday", "DATE", "2023-08-16", 2),
            T("early June", "DATE", "2023-06", mod="START"),
            T("Wednesday", "DATE", "2023-08-16", 3),
            T("Wednesday evening", "TIME", "2023-08-16TEV"),
            T("30", "DATE", "2023-08-30"),
            T("31 August", "DATE", "2023-08-31"),
            T("July", "DATE", "2023-07", 1),
            T("four years", "DURATION", "P4Y"),
        ],
        [
            E("Jenssen suggests Ukraine could give up territory in return for NATO membership", "REQUEST",
              ["NATO", "Ukraine"], "2023-08-15", "text", "occurred", "Speaking at a debate in the Norwegian town"),
            E("Podolyak rejects the idea as ridiculous", "REJECT", ["Ukraine", "NATO"], "2023-08-15TEV", "text",
              "occurred", "Mykhailo Podolyak, an adviser"),
            E("Kuleba rejects territorial concessions in return for membership", "REJECT", ["Ukraine", "NATO"],
              "2023-08-17TMO", "text", "occurred", "Dmytro Kuleba, said on Thursday morning"),
            E("NATO restates its support for Ukraine's membership", "SUPPORT", ["NATO", "Ukraine"], "2023-08-16",
              "text", "occurred", "A spokesperson for the Alliance"),
            E("NATO summit in Vilnius", "CONSULT", ["NATO"], "2023-07", "text", "occurred",
              "A spokesperson for the Alliance"),
            E("Allies agree in Vilnius that Ukraine's future lies in NATO", "AGREE", ["NATO", "Ukraine"], "2023-07",
              "text", "occurred", "A spokesperson for the Alliance"),
            E("Ukraine's counter-offensive launched", "ASSAULT", ["Ukraine", "Russia"], "2023-06", "text", "occurred",
              "The controversy comes as", date_mod="START"),
            E("Ukraine recaptures Urozhaine", "ASSAULT", ["Ukraine", "Russia"], "2023-08-16", "text", "occurred",
              "Kyiv announced the recapture"),
            E("Zelensky rules out trading land", "REJECT", ["Volodymyr Zelensky", "Russia"], "2023-08-16TEV", "text",
              "occurred", "In his video address on Wednesday evening"),
            E("Zelensky asks partners to speed up deliveries of air defence and long-range weapons", "REQUEST",
              ["Volodymyr Zelensky"], "2023-08-16TEV", "text", "occurred", "In his video address on Wednesday evening"),
            E("EU foreign ministers to discuss security commitments for Ukraine at the Gymnich in Toledo", "CONSULT",
              ["European Union"], "2023-08-30", "text", "planned", "informal meeting (Gymnich)"),
            E("Borrell proposes up to €20 billion over four years for military support to Ukraine", "REQUEST",
              ["European Union", "Ukraine"], "2023-07", "text", "occurred", "On the table is a proposal"),
            E("Hungary blocks the release of a €500 million tranche of the European Peace Facility", "REJECT",
              ["European Union", "Ukraine"], "2023-08-17", "published", "occurred", "Hungary has so far blocked",
              note="Hungary is not canonical"),
            E("Hungary demands that Kyiv remove OTP from its list of sponsors of war", "REQUEST", ["Ukraine"],
              "2023-08-17", "published", "occurred", "Hungary has so far blocked"),
        ],
        [
            S("NATO", "Jenssen: Ukraine could give up territory and get NATO membership in return; Ukraine decides",
              "2023-08-15", "text", "Speaking at a debate in the Norwegian town"),
            S("Ukraine", "Podolyak: trading territory for a NATO umbrella is ridiculous", "2023-08-15TEV", "text",
              "Mykhailo Podolyak, an adviser"),
            S("Ukraine", "Kuleba: territorial concessions for membership are unacceptable; critics of the slow "
              "counter-offensive spit in soldiers' faces", "2023-08-17TMO", "text",
              "Dmytro Kuleba, said on Thursday morning"),
            S("NATO", "Jenssen: the remark was a mistake, part of a broader discussion", "2023-08-16", "text",
              "In a statement to the Norwegian daily VG"),
            S("NATO", "Spokesperson: NATO's position is clear and unchanged; Ukraine's future lies in NATO",
              "2023-08-16", "text", "A spokesperson for the Alliance"),
            S("Jens Stoltenberg", "Only Ukraine can decide on the terms of any settlement", "2023-08-17", "published",
              "Mr Stoltenberg himself"),
            S("Russia", "Medvedev: Kyiv would have to surrender all its territory, the capital included, to join NATO",
              "2023-08-16", "text", "mocked the idea on Wednesday"),
            S("Ukraine", "Announces the recapture of Urozhaine", "2023-08-16", "text", "Kyiv announced the recapture"),
            S("Volodymyr Zelensky", "Ukraine will not trade its land; partners should speed up air defence and "
              "long-range weapons", "2023-08-16TEV", "text", "In his video address on Wednesday evening"),
        ],
        ["NATO", "Jens Stoltenberg", "Ukraine", "Russia", "Volodymyr Zelensky", "European Union"],
    ),
    doc(
        "b55en05_australian_freed_swap_2026_05", "2026-05-26", EN05,
        [
            T("Monday", "DATE", "2026-05-25", 0),
            T("Tuesday", "DATE", "2026-05-26", 0),
            T("December 2024", "DATE", "2024-12"),
            T("13 years", "DURATION", "P13Y"),
            T("September last year", "DATE", "2025-09"),
            T("more than a year", "DURATION", "P1Y", mod="MORE_THAN"),
            T("Monday", "DATE", "2026-05-25", 1),
            T("Monday", "DATE", "2026-05-25", 2),
            T("September 21, 2022", "DATE", "2022-09-21"),
            T("July 2023", "DATE", "2023-07"),
            T("2022", "DATE", "2022", 1),
            T("early next month", "DATE", "2026-06", mod="START"),
            T("Tuesday", "DATE", "2026-05-26", 1),
            T("now", "DATE", "PRESENT_REF"),
        ],
        [
            E("Russia and Ukraine exchange 205 prisoners each", "CONCEDE", ["Russia", "Ukraine"], "2026-05-25",
              "text", "occurred", "was among 205 Ukrainian servicemen"),
            E("Whitford sentenced to 13 years by a court in occupied Donetsk", "COERCE", ["Russia"], "2025-09",
              "text", "occurred", "A court in Russian-occupied Donetsk"),
            E("Canberra condemns the verdict as a sham", "ACCUSE", ["Russia"], "2025-09", "context", "occurred",
              "A court in Russian-occupied Donetsk", note="Australia is not canonical"),
            E("UAE mediates the exchange", "CONSULT", ["Russia", "Ukraine"], "2026-05-25", "context", "occurred",
              "The exchange was mediated", note="the UAE is not canonical"),
            E("Zelensky presses for an all-for-all exchange", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2026-05-25", "text", "occurred", "Zelensky thanked the Emirates"),
            E("Prisoner swap of 21 September 2022", "CONCEDE", ["Russia", "Ukraine"], "2022-09-21", "text",
              "occurred", "The release recalls the swap"),
            E("Saudi Arabia and Turkey broker the 2022 swap", "CONSULT", ["Saudi Arabia", "Turkey", "Russia",
                                                                         "Ukraine"],
              "2022-09-21", "context", "occurred", "The release recalls the swap"),
            E("Erdoğan and Putin agree that the Azovstal commanders stay in Turkey", "AGREE",
              ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2022-09-21", "context", "occurred", "Under an arrangement"),
            E("Turkey lets the Azovstal commanders return to Ukraine with Zelensky", "CONCEDE",
              ["Turkey", "Ukraine", "Volodymyr Zelensky"], "2023-07", "text", "occurred", "Their return to Ukraine"),
            E("Kremlin accuses Ankara of breaching the deal", "ACCUSE", ["Kremlin", "Turkey"], "2023-07", "context",
              "occurred", "Their return to Ukraine"),
            E("Australian military assistance to Ukraine", "AID", ["Ukraine"], "2022", "text", "occurred",
              "Australia has provided", date_mod="START", note="Australia is not canonical"),
            E("New round of US-brokered talks in Geneva", "CONSULT", ["Russia", "Ukraine", "United States"],
              "2026-06", "text", "planned", "The swap comes as negotiators", date_mod="START"),
            E("Peskov: Moscow ready for further exchanges", "AGREE", ["Dmitry Peskov", "Ukraine"], "2026-05-26",
              "text", "occurred", "ready for further exchanges"),
            E("Peskov makes a broader deal conditional on Kyiv accepting the realities on the ground", "REQUEST",
              ["Dmitry Peskov", "Ukraine"], "2026-05-26", "text", "occurred", "ready for further exchanges"),
        ],
        [
            S("Volodymyr Zelensky", "Thanks the UAE; Kyiv will keep pressing for an all-for-all exchange",
              "2026-05-25", "text", "Zelensky thanked the Emirates"),
            S("Russia", "Defence ministry: the returned soldiers are treated in Belarus before being flown to Moscow",
              "2026-05-25", "text", "Russia's Defence Ministry said on Monday"),
            S("Kremlin", "Ankara breached the deal by letting the Azovstal commanders go home", "2023-07", "context",
              "Their return to Ukraine"),
            S("Dmitry Peskov", "Moscow is ready for further exchanges; a broader deal depends on Kyiv accepting the "
              "realities on the ground", "2026-05-26", "text", "ready for further exchanges"),
            S("Ukraine", "Coordination Headquarters: more than 6,000 Ukrainians returned from captivity", "2026-05-26",
              "published", "Coordination Headquarters"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "Saudi Arabia", "Turkey", "Recep Tayyip Erdoğan", "Vladimir Putin",
         "Kremlin", "United States", "Dmitry Peskov"],
    ),
    doc(
        "b55en06_annexation_anniversary_guterres_2026_09", "2026-09-30", EN06,
        [
            T("Sep 30", "DATE", "2026-09-30"),
            T("Wednesday", "DATE", "2026-09-30", 0),
            T("four years ago", "DATE", "2022"),
            T("September 2022", "DATE", "2022-09"),
            T("September 30, 2022", "DATE", "2022-09-30"),
            T("September 23", "DATE", "2022-09-23"),
            T("27", "DATE", "2022-09-27"),
            T("October 2022", "DATE", "2022-10"),
            T("Wednesday evening", "TIME", "2026-09-30TEV"),
            T("the day", "DATE", "2026-09-30"),
            T("2022", "DATE", "2022", 3),
            T("Tuesday", "DATE", "2026-09-29", 0),
            T("2027", "DATE", "2027"),
            T("September 16", "DATE", "2026-09-16"),
            T("last week", "DATE", "2026-W39"),
            T("Tuesday", "DATE", "2026-09-29", 1),
            T("the end of the year", "DATE", "2026", mod="END"),
        ],
        [
            E("Guterres: the annexation of four Ukrainian regions remains null and void", "REJECT",
              ["António Guterres", "Russia"], "2026-09-30", "text", "occurred", "Guterres said on Wednesday"),
            E("Putin signs the treaties annexing four Ukrainian regions", "COERCE", ["Vladimir Putin", "Ukraine"],
              "2022-09-30", "text", "occurred", "signed treaties incorporating"),
            E("Sham referendums in the four occupied regions", "COERCE", ["Russia", "Ukraine"], "2022-09-23", "text",
              "occurred", "signed treaties incorporating", note="voting from 23 to 27 September 2022"),
            E("Kyiv denounces the referendums as a sham", "ACCUSE", ["Ukraine", "Russia"], "2022-09", "context",
              "occurred", "signed treaties incorporating"),
            E("UN General Assembly condemns the annexation and calls on states not to recognise it", "REQUEST",
              ["United Nations", "Russia"], "2022-10", "text", "occurred", "143 votes to five"),
            E("Putin: the status of the four regions is not negotiable", "REJECT", ["Vladimir Putin", "Ukraine"],
              "2026-09-30TEV", "text", "occurred", "not a subject for negotiation"),
            E("Putin demands that Kyiv withdraw from the rest of Donetsk", "REQUEST", ["Vladimir Putin", "Ukraine"],
              "2026-09-30TEV", "text", "occurred", "not a subject for negotiation"),
            E("Peskov: Russia open to a settlement", "AGREE", ["Dmitry Peskov", "Ukraine"], "2026-09-30", "text",
              "occurred", "open to a settlement"),
            E("Peskov: a settlement must take the new realities into account", "REQUEST", ["Dmitry Peskov", "Ukraine"],
              "2026-09-30", "text", "occurred", "open to a settlement"),
            E("Sybiha: Kyiv will never recognise the occupation", "REJECT", ["Andrii Sybiha", "Russia"], "2026-09-30",
              "published", "occurred", "said Kyiv would \"never recognise\""),
            E("Sybiha asks the Security Council to reaffirm the 2022 resolution", "REQUEST",
              ["Andrii Sybiha", "United Nations"], "2026-09-30", "published", "occurred",
              "said Kyiv would \"never recognise\""),
            E("Zelensky receives Portugal's prime minister in Kyiv", "CONSULT", ["Volodymyr Zelensky"], "2026-09-29",
              "text", "occurred", "alongside the visiting Portuguese Prime Minister", note="Portugal is not canonical"),
            E("Zelensky rejects any peace plan that legitimises the annexations", "REJECT",
              ["Volodymyr Zelensky", "Russia"], "2026-09-29", "text", "occurred",
              "alongside the visiting Portuguese Prime Minister"),
            E("Portugal pledges 100 million euros in military support for 2027", "AID", ["Ukraine"], "2026-09-29",
              "context", "planned", "Montenegro announced a further", note="support for 2027"),
            E("Portugal promises to help train Ukrainian deminers", "AGREE", ["Ukraine"], "2026-09-29", "context",
              "occurred", "Montenegro announced a further"),
            E("Russia–Ukraine talks in Geneva brokered by Witkoff end", "CONSULT",
              ["Russia", "Ukraine", "Steve Witkoff"], "2026-09-16", "text", "occurred", "The latest round of talks"),
            E("No agreement on the territorial question in Geneva", "REJECT", ["Russia", "Ukraine"], "2026-09-16",
              "context", "occurred", "The latest round of talks"),
            E("Trump hopes to meet Putin and Zelensky together before the end of the year", "CONSULT",
              ["Donald Trump", "Vladimir Putin", "Volodymyr Zelensky"], "2026", "text", "uncertain",
              "still hoped to meet Putin", date_mod="END"),
            E("Kallas: the EU will never recognise the annexations and keeps its sanctions", "REJECT",
              ["Kaja Kallas", "European Union", "Russia"], "2026-09-30", "published", "occurred",
              "foreign policy chief, Kaja Kallas"),
        ],
        [
            S("António Guterres", "Russia's annexation of four Ukrainian regions remains null and void",
              "2026-09-30", "text", "Guterres said on Wednesday"),
            S("António Guterres, via United Nations", "Annexation by force violates the UN Charter", "2026-09-30",
              "context", "Any annexation of a State's territory"),
            S("Ukraine", "The referendums were a sham", "2022-09", "context", "signed treaties incorporating"),
            S("Vladimir Putin", "The regions' status is not negotiable; Kyiv must withdraw from Donetsk",
              "2026-09-30TEV", "text", "not a subject for negotiation"),
            S("Dmitry Peskov", "Russia is open to a settlement only on terms reflecting the new realities",
              "2026-09-30", "text", "open to a settlement"),
            S("Andrii Sybiha", "Kyiv will never recognise the occupation; the Security Council should reaffirm the "
              "2022 resolution", "2026-09-30", "published", "said Kyiv would \"never recognise\""),
            S("Volodymyr Zelensky", "No peace plan legitimising the annexations will be accepted", "2026-09-29",
              "text", "alongside the visiting Portuguese Prime Minister"),
            S("Marco Rubio", "Territory can only be decided by the parties themselves", "2026-W39", "text",
              "can only be decided"),
            S("Donald Trump, via White House", "Trump hopes to meet Putin and Zelensky before the end of the year",
              "2026-09-29", "text", "still hoped to meet Putin"),
            S("Kaja Kallas", "The EU will never recognise the annexations; its sanctions on the occupied regions stay",
              "2026-09-30", "published", "foreign policy chief, Kaja Kallas"),
        ],
        ["António Guterres", "United Nations", "Russia", "Ukraine", "Kremlin", "Vladimir Putin", "Dmitry Peskov",
         "Andrii Sybiha", "Volodymyr Zelensky", "Steve Witkoff", "United States", "Marco Rubio", "White House",
         "Donald Trump", "Kaja Kallas", "European Union"],
    ),
]
