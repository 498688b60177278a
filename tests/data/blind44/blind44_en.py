"""English articles of the blind44 evaluation set (one sentence per line, blank line between paragraphs).

Outlet models: Khmer Times, PassBlue, Gulf News, The Peninsula (interview), MercoPress, The East African.
The wording is invented and the facts are approximate.
"""

from __future__ import annotations

from build import E, S, T


def doc(did, published, body, timexes, events, statements, actors, basis=None):
    return dict(
        id=did,
        lang="en",
        published=published,
        published_basis=basis,
        body=body,
        timexes=timexes,
        events=events,
        statements=statements,
        actors=actors,
    )


# ---------------------------------------------------------------- b44en01  Khmer Times
EN01 = doc(
    "b44en01_ukraine_asean_amity_treaty_2022_11",
    "2022-11-11",
    """
Ukraine joins ASEAN amity treaty as Kuleba meets Hun Sen

Ukraine on Thursday formally acceded to the Treaty of Amity and Cooperation in Southeast Asia, with Foreign Minister Dmytro Kuleba signing the instrument of accession on the sidelines of the ASEAN Summit in Phnom Penh.
Kuleba, the first Ukrainian foreign minister to visit the Kingdom, was received by Prime Minister Samdech Techo Hun Sen at the Peace Palace on Thursday afternoon for talks that lasted about 45 minutes, a government spokesman said.

Hun Sen told his guest that Cambodia, drawing on three decades of experience in clearing landmines, was ready to train Ukrainian deminers, the spokesman said.
Kuleba thanked Cambodia for voting in favour of the UN General Assembly resolutions condemning Russia's invasion and asked ASEAN members to back President Volodymyr Zelensky's peace initiative, which the president is due to present at the G20 summit in Bali next week.
"ASEAN has an important voice in the Global South, and we want it to be heard in support of a just peace," Kuleba told reporters after the signing.
He said Ukraine would also seek to become a sectoral dialogue partner of the bloc and hoped to open an embassy in the region soon.

Russia will be represented at Sunday's East Asia Summit by Foreign Minister Sergei Lavrov, as President Vladimir Putin is not travelling to the region, Kremlin spokesman Dmitry Peskov said earlier this week.
Lavrov is expected to call on Hun Sen on Saturday, a Foreign Ministry official said.
The Russian embassy in Phnom Penh said on Thursday that Ukraine's accession was "a symbolic gesture that changes nothing on the ground."

US President Joe Biden is due in Phnom Penh on Saturday for the US-ASEAN Summit, accompanied by Secretary of State Antony Blinken, before flying on to Bali, where he will meet Chinese President Xi Jinping on Monday.
The White House has said Biden will use the meetings to rally partners against Russia's war, which has driven up food and fertiliser prices across the region.

Cambodia, which holds the rotating ASEAN chair this year, has voted for all UN resolutions condemning the invasion but has not joined Western sanctions against Moscow.
Indonesia takes over the chairmanship in January.
Heng Ratana, director-general of the Cambodian Mine Action Centre, said a first group of Ukrainian deminers could arrive for training early next year.
""",
    [
        T("Thursday", "DATE", "2022-11-10"),
        T("Thursday afternoon", "TIME", "2022-11-10TAF"),
        T("about 45 minutes", "DURATION", "PT45M", mod="APPROX"),
        T("three decades", "DURATION", "P30Y"),
        T("next week", "DATE", "2022-W46"),
        T("soon", "DATE", "FUTURE_REF"),
        T("Sunday", "DATE", "2022-11-13"),
        T("this week", "DATE", "2022-W45"),
        T("Saturday", "DATE", "2022-11-12"),
        T("Thursday", "DATE", "2022-11-10", n=2),
        T("Saturday", "DATE", "2022-11-12", n=1),
        T("Monday", "DATE", "2022-11-14"),
        T("this year", "DATE", "2022"),
        T("January", "DATE", "2023-01"),
        T("early next year", "DATE", "2023", mod="START"),
    ],
    [
        E("Ukraine accedes to ASEAN's Treaty of Amity and Cooperation", "AGREE",
          ["Ukraine"], "2022-11-10", "text", "occurred", "formally acceded to the Treaty of Amity",
          note="ASEAN not canonical"),
        E("Hun Sen receives Kuleba for talks", "CONSULT",
          ["Ukraine"], "2022-11-10TAF", "text", "occurred", "was received by Prime Minister Samdech Techo Hun Sen",
          note="Cambodia not canonical"),
        E("Cambodia offers to train Ukrainian deminers", "AGREE",
          ["Ukraine"], "2022-11-10", "context", "occurred", "was ready to train Ukrainian deminers"),
        E("Kuleba asks ASEAN members to back Zelensky's peace initiative", "REQUEST",
          ["Ukraine"], "2022-11-10", "context", "occurred", "asked ASEAN members to back"),
        E("Zelensky to present his peace initiative at the G20 in Bali", "REQUEST",
          ["Volodymyr Zelensky"], "2022-W46", "text", "planned", "asked ASEAN members to back"),
        E("Ukraine to seek sectoral dialogue partner status with ASEAN", "REQUEST",
          ["Ukraine"], "2022-11-11", "published", "planned", "sectoral dialogue partner",
          note="no date given for the application"),
        E("Lavrov to represent Russia at the East Asia Summit", "CONSULT",
          ["Sergey Lavrov"], "2022-11-13", "text", "planned", "Russia will be represented at Sunday's"),
        E("Putin not travelling to the East Asia Summit", "CONSULT",
          ["Vladimir Putin"], "2022-11-13", "context", "cancelled", "Russia will be represented at Sunday's"),
        E("Lavrov to call on Hun Sen", "CONSULT",
          ["Sergey Lavrov"], "2022-11-12", "text", "planned", "Lavrov is expected to call on Hun Sen"),
        E("Biden to attend the US-ASEAN Summit with Blinken", "CONSULT",
          ["Joe Biden", "Antony Blinken"], "2022-11-12", "text", "planned", "US President Joe Biden is due in Phnom Penh"),
        E("Biden to meet Xi Jinping in Bali", "CONSULT",
          ["Joe Biden", "Xi Jinping"], "2022-11-14", "text", "planned", "US President Joe Biden is due in Phnom Penh"),
        E("First Ukrainian deminers could arrive in Cambodia for training", "COOPERATE",
          ["Ukraine"], "2023", "text", "planned", "a first group of Ukrainian deminers", date_mod="START"),
    ],
    [
        S("Ukraine", "Kuleba thanks Cambodia for its UN votes and asks ASEAN to back Zelensky's peace initiative",
          "2022-11-10", "context", "asked ASEAN members to back"),
        S("Ukraine", "ASEAN's voice in the Global South should support a just peace", "2022-11-10", "context",
          "ASEAN has an important voice"),
        S("Ukraine", "Will seek sectoral dialogue partner status and open an embassy in the region", "2022-11-10",
          "context", "sectoral dialogue partner"),
        S("Dmitry Peskov", "Lavrov will represent Russia at the East Asia Summit; Putin will not travel", "2022-W45",
          "text", "Russia will be represented at Sunday's"),
        S("Russia", "Embassy: Ukraine's accession is a symbolic gesture that changes nothing", "2022-11-10", "text",
          "a symbolic gesture"),
        S("Joe Biden, via White House", "Biden will use the meetings to rally partners against Russia's war",
          "2022-11-11", "published", "The White House has said Biden"),
    ],
    ["Ukraine", "United Nations", "Russia", "Volodymyr Zelensky", "Sergey Lavrov", "Vladimir Putin", "Kremlin",
     "Dmitry Peskov", "Joe Biden", "United States", "Antony Blinken", "Xi Jinping", "China", "White House"],
    basis="Friday paper; Kuleba signed the accession instrument in Phnom Penh on Thursday 2022-11-10.",
)


# ---------------------------------------------------------------- b44en02  PassBlue
EN02 = doc(
    "b44en02_lavrov_security_council_presidency_2024_07",
    "2024-07-18",
    """
Lavrov Takes the Gavel, and the West Takes Him to Task

Russian Foreign Minister Sergey Lavrov presided over the Security Council on Tuesday for an open debate on what Moscow calls "a more just, democratic and sustainable world order," but much of the meeting turned into a sustained indictment of Russia's war against Ukraine.
Russia holds the rotating presidency of the 15-member council in July, and Lavrov flew to New York to chair two signature meetings this week.
Secretary-General António Guterres opened Tuesday's debate by reminding members that the UN Charter "is not an à la carte menu" and that the invasion of Ukraine had violated its core principles.

US Ambassador Linda Thomas-Greenfield accused Moscow of "breathtaking hypocrisy," noting that a Russian missile had struck Okhmatdyt, Ukraine's largest children's hospital, in Kyiv on July 8.
Ukraine's ambassador, Sergiy Kyslytsya, told the chamber that "the person chairing this meeting represents a regime that bombs children's hospitals."
Lavrov listened without visible reaction before accusing the United States and its allies of using the council to pursue "a policy of domination."

The council had met in an emergency session on July 9 at the request of Britain, France, Ecuador, Slovenia and the United States, after the strike killed two people at the hospital and dozens across the country.
At that meeting, Russia's deputy ambassador, Dmitry Polyanskiy, claimed the damage had been caused by a Ukrainian air-defense missile, a version contradicted the same day by the UN human rights monitoring mission, which said the hospital had most likely taken a direct hit from a Russian missile.

At a news conference on Wednesday, Lavrov said Moscow remained open to talks on the basis of the conditions President Vladimir Putin set out on June 14, including Ukraine's withdrawal from four regions and its renunciation of NATO membership.
He dismissed the peace summit that Ukraine convened in Switzerland last month as "a road to nowhere."
Lavrov also met Guterres on Tuesday on the margins of the debate, a UN spokesman said, without giving details.

No meeting between Lavrov and Secretary of State Antony Blinken was planned, and the State Department said Washington saw "no sign" that Moscow was ready for serious diplomacy.
Lavrov chaired a second debate, on the Middle East, on Wednesday and is due to meet the president of the General Assembly, Dennis Francis, on Thursday before flying home.
Russia last held the presidency in April 2023, when Lavrov also came to New York to chair the council.
""",
    [
        T("Tuesday", "DATE", "2024-07-16"),
        T("July", "DATE", "2024-07"),
        T("this week", "DATE", "2024-W29"),
        T("Tuesday", "DATE", "2024-07-16", n=1),
        T("July 8", "DATE", "2024-07-08"),
        T("July 9", "DATE", "2024-07-09"),
        T("the same day", "DATE", "2024-07-09"),
        T("Wednesday", "DATE", "2024-07-17"),
        T("June 14", "DATE", "2024-06-14"),
        T("last month", "DATE", "2024-06"),
        T("Tuesday", "DATE", "2024-07-16", n=2),
        T("Wednesday", "DATE", "2024-07-17", n=1),
        T("Thursday", "DATE", "2024-07-18"),
        T("April 2023", "DATE", "2023-04"),
    ],
    [
        E("Lavrov chairs a Security Council open debate on world order", "CONSULT",
          ["Sergey Lavrov", "United Nations"], "2024-07-16", "text", "occurred", "presided over the Security Council"),
        E("Guterres: the invasion of Ukraine violated the UN Charter's core principles", "ACCUSE",
          ["António Guterres", "Russia"], "2024-07-16", "text", "occurred", "is not an à la carte menu"),
        E("Thomas-Greenfield accuses Moscow of breathtaking hypocrisy", "ACCUSE",
          ["United States", "Russia"], "2024-07-16", "context", "occurred", "breathtaking hypocrisy"),
        E("Russian missile strikes the Okhmatdyt children's hospital in Kyiv", "ASSAULT",
          ["Russia", "Ukraine"], "2024-07-08", "text", "occurred", "breathtaking hypocrisy"),
        E("Kyslytsya: the chair represents a regime that bombs children's hospitals", "ACCUSE",
          ["Ukraine", "Sergey Lavrov"], "2024-07-16", "context", "occurred", "the person chairing this meeting"),
        E("Lavrov accuses the US and allies of pursuing a policy of domination", "ACCUSE",
          ["Sergey Lavrov", "United States"], "2024-07-16", "context", "occurred", "a policy of domination"),
        E("Emergency Security Council session on the hospital strike", "CONSULT",
          ["United Nations", "United Kingdom", "France", "United States"], "2024-07-09", "text", "occurred",
          "met in an emergency session on July 9"),
        E("Britain, France, the US and others requested the emergency session", "REQUEST",
          ["United Kingdom", "France", "United States", "United Nations"], "2024-07-09", "context", "occurred",
          "met in an emergency session on July 9", note="request made before the session; no day given"),
        E("Polyanskiy blames a Ukrainian air-defence missile for the damage", "ACCUSE",
          ["Russia", "Ukraine"], "2024-07-09", "context", "occurred", "Dmitry Polyanskiy, claimed"),
        E("UN monitors say the hospital most likely took a direct hit from a Russian missile", "ACCUSE",
          ["United Nations", "Russia"], "2024-07-09", "text", "occurred", "Dmitry Polyanskiy, claimed"),
        E("Lavrov: Moscow open to talks", "AGREE",
          ["Sergey Lavrov", "Ukraine"], "2024-07-17", "text", "occurred", "remained open to talks"),
        E("Lavrov repeats Putin's conditions for talks", "REQUEST",
          ["Sergey Lavrov", "Ukraine"], "2024-07-17", "text", "occurred", "remained open to talks"),
        E("Putin set out conditions: withdrawal from four regions, no NATO membership", "REQUEST",
          ["Vladimir Putin", "Ukraine", "NATO"], "2024-06-14", "text", "occurred", "remained open to talks"),
        E("Lavrov dismisses the Swiss peace summit as a road to nowhere", "REJECT",
          ["Sergey Lavrov", "Ukraine"], "2024-07-17", "context", "occurred", "a road to nowhere"),
        E("Ukraine convened a peace summit in Switzerland", "CONSULT",
          ["Ukraine"], "2024-06", "text", "occurred", "a road to nowhere"),
        E("Lavrov meets Guterres on the margins of the debate", "CONSULT",
          ["Sergey Lavrov", "António Guterres"], "2024-07-16", "text", "occurred", "Lavrov also met Guterres"),
        E("Lavrov chairs a Security Council debate on the Middle East", "CONSULT",
          ["Sergey Lavrov", "United Nations"], "2024-07-17", "text", "occurred", "chaired a second debate"),
        E("Lavrov to meet the General Assembly president", "CONSULT",
          ["Sergey Lavrov", "United Nations"], "2024-07-18", "text", "planned", "chaired a second debate"),
        E("Lavrov chaired the council in April 2023", "CONSULT",
          ["Sergey Lavrov", "United Nations"], "2023-04", "text", "occurred", "Russia last held the presidency"),
    ],
    [
        S("António Guterres", "The UN Charter is not an à la carte menu; the invasion violated its principles",
          "2024-07-16", "text", "is not an à la carte menu"),
        S("United States", "Thomas-Greenfield: breathtaking hypocrisy after the Okhmatdyt strike", "2024-07-16",
          "context", "breathtaking hypocrisy"),
        S("Ukraine", "Kyslytsya: the chair represents a regime that bombs children's hospitals", "2024-07-16",
          "context", "the person chairing this meeting"),
        S("Sergey Lavrov", "The US and its allies use the council for a policy of domination", "2024-07-16",
          "context", "a policy of domination"),
        S("Russia", "Polyanskiy: a Ukrainian air-defence missile caused the damage", "2024-07-09", "context",
          "Dmitry Polyanskiy, claimed"),
        S("United Nations", "Monitoring mission: most likely a direct hit by a Russian missile", "2024-07-09", "text",
          "Dmitry Polyanskiy, claimed"),
        S("Sergey Lavrov", "Open to talks on the basis of Putin's June conditions", "2024-07-17", "text",
          "remained open to talks"),
        S("Sergey Lavrov", "The Swiss peace summit was a road to nowhere", "2024-07-17", "context",
          "a road to nowhere"),
        S("United Nations", "Spokesman: Lavrov met Guterres on Tuesday", "2024-07-18", "published",
          "Lavrov also met Guterres"),
        S("United States", "State Department sees no sign Moscow is ready for serious diplomacy", "2024-07-18",
          "published", "No meeting between Lavrov and Secretary of State"),
    ],
    ["Sergey Lavrov", "United Nations", "Russia", "Ukraine", "António Guterres", "United States", "United Kingdom",
     "France", "Vladimir Putin", "NATO", "Antony Blinken"],
    basis="Lavrov chaired Security Council meetings in New York on 16 and 17 July 2024 during Russia's presidency; "
          "the report appears on Thursday 2024-07-18.",
)


# ---------------------------------------------------------------- b44en03  Gulf News
EN03 = doc(
    "b44en03_karelina_petrov_swap_abu_dhabi_2025_04",
    "2025-04-11",
    """
UAE brokers US-Russia prisoner swap at Abu Dhabi airport

ABU DHABI: Russian-American ballet dancer Ksenia Karelina was freed on Thursday in exchange for Arthur Petrov, a Russian-German national held in the United States, in a swap carried out at Abu Dhabi International Airport.
The UAE's Ministry of Foreign Affairs said the exchange had been mediated by the country and reflected its "strong relations" with both Washington and Moscow.

CIA Director John Ratcliffe said in a statement on Thursday that the agency had negotiated the release directly with Russian intelligence and that Karelina was on her way back to the United States.
Karelina, 33, was arrested in Yekaterinburg in January 2024 while visiting her family and sentenced last August to 12 years in a penal colony for treason, after donating about $52 to a US charity that supports Ukraine.
Petrov was detained in Cyprus in August 2023 at Washington's request and later extradited to the United States, where he was charged with illegally exporting sensitive electronics to Russian arms manufacturers.

Kremlin spokesman Dmitry Peskov confirmed the exchange on Thursday and said it showed that Moscow and Washington could "build trust" step by step, while cautioning against expecting quick results on Ukraine.
The swap came as Russian and US diplomats met in Istanbul for a second round of talks on the work of their embassies, which ended after about six hours without agreement on restoring direct flights.
US special envoy Steve Witkoff is expected in Russia this week for his third meeting this year with President Vladimir Putin, people familiar with the plans said.

In February, Russia freed American teacher Marc Fogel after Witkoff flew to Moscow to collect him, while Washington released the Russian cybercriminal Alexander Vinnik in return.
The UAE's role in such deals dates back to December 2022, when the airport was the scene of the exchange of US basketball star Brittney Griner for Russian arms dealer Viktor Bout.
Since then the country has mediated more than a dozen exchanges of prisoners of war between Russia and Ukraine, freeing over 4,000 captives, according to official figures.
Ukrainian President Volodymyr Zelensky, who on Thursday evening again urged Washington to press Moscow for the release of Ukrainian civilians, said that "every person freed from Russian captivity is a victory."
""",
    [
        T("Thursday", "DATE", "2025-04-10"),
        T("Thursday", "DATE", "2025-04-10", n=1),
        T("January 2024", "DATE", "2024-01"),
        T("last August", "DATE", "2024-08"),
        T("12 years", "DURATION", "P12Y"),
        T("August 2023", "DATE", "2023-08"),
        T("Thursday", "DATE", "2025-04-10", n=2),
        T("about six hours", "DURATION", "PT6H", mod="APPROX"),
        T("this week", "DATE", "2025-W15"),
        T("this year", "DATE", "2025"),
        T("February", "DATE", "2025-02"),
        T("December 2022", "DATE", "2022-12"),
        T("Thursday evening", "TIME", "2025-04-10TEV"),
    ],
    [
        E("Karelina freed in exchange for Petrov at Abu Dhabi airport", "CONCEDE",
          ["United States", "Russia"], "2025-04-10", "text", "occurred", "was freed on Thursday in exchange"),
        E("UAE mediated the US-Russia exchange", "CONSULT",
          ["United States", "Russia"], "2025-04-10", "context", "occurred", "had been mediated by the country",
          note="the UAE is not canonical"),
        E("Russia arrested Karelina in Yekaterinburg", "COERCE",
          ["Russia"], "2024-01", "text", "occurred", "was arrested in Yekaterinburg"),
        E("Karelina sentenced to 12 years for treason", "COERCE",
          ["Russia"], "2024-08", "text", "occurred", "was arrested in Yekaterinburg"),
        E("Petrov detained in Cyprus at Washington's request", "COERCE",
          ["United States"], "2023-08", "text", "occurred", "Petrov was detained in Cyprus",
          note="export-control (sanctions evasion) charges; Cyprus not canonical"),
        E("Russian and US diplomats hold a second round of embassy talks in Istanbul", "CONSULT",
          ["Russia", "United States"], "2025-04-10", "context", "occurred", "second round of talks on the work"),
        E("No agreement on restoring direct flights", "REJECT",
          ["Russia", "United States"], "2025-04-10", "context", "occurred", "second round of talks on the work"),
        E("Witkoff expected in Russia for a third meeting with Putin", "CONSULT",
          ["Steve Witkoff", "Vladimir Putin"], "2025-W15", "text", "planned", "is expected in Russia this week"),
        E("Russia freed Marc Fogel; the US released Alexander Vinnik", "CONCEDE",
          ["Russia", "United States"], "2025-02", "text", "occurred", "freed American teacher Marc Fogel"),
        E("Witkoff flew to Moscow to collect Fogel", "CONSULT",
          ["Steve Witkoff", "Russia"], "2025-02", "context", "occurred", "freed American teacher Marc Fogel"),
        E("Griner exchanged for Bout in Abu Dhabi", "CONCEDE",
          ["United States", "Russia"], "2022-12", "text", "occurred", "Brittney Griner for Russian arms dealer"),
        E("UAE-mediated prisoner-of-war exchanges between Russia and Ukraine", "CONCEDE",
          ["Russia", "Ukraine"], "2022-12", "context", "occurred", "more than a dozen exchanges",
          date_mod="START", note="'Since then', i.e. since December 2022"),
        E("Zelensky urges Washington to press Moscow to free Ukrainian civilians", "REQUEST",
          ["Volodymyr Zelensky", "United States"], "2025-04-10TEV", "text", "occurred", "again urged Washington"),
    ],
    [
        S("United States", "Ratcliffe: the CIA negotiated the release with Russian intelligence; Karelina is coming home",
          "2025-04-10", "text", "John Ratcliffe said in a statement"),
        S("Dmitry Peskov", "The exchange shows trust can be built step by step; no quick results on Ukraine",
          "2025-04-10", "text", "Dmitry Peskov confirmed the exchange"),
        S("Volodymyr Zelensky", "Every person freed from Russian captivity is a victory", "2025-04-10TEV", "text",
          "again urged Washington"),
    ],
    ["United States", "Russia", "Ukraine", "Dmitry Peskov", "Kremlin", "Steve Witkoff", "Vladimir Putin",
     "Volodymyr Zelensky"],
    basis="The Karelina-Petrov exchange took place in Abu Dhabi on Thursday 2025-04-10; the Friday paper reports it.",
)


# ---------------------------------------------------------------- b44en04  The Peninsula (interview)
EN04 = doc(
    "b44en04_interview_al_khulaifi_children_2026_03",
    "2026-03-09",
    """
Al-Khulaifi: "Every child returned is a reason to keep talking"

DOHA: Qatar will host a new round of talks between Ukrainian and Russian officials on the return of children and detained civilians later this month, Minister of State at the Ministry of Foreign Affairs HE Dr. Mohammed bin Abdulaziz Al-Khulaifi said in an interview with The Peninsula on Sunday.
The minister spoke a day after Ukraine's parliamentary commissioner for human rights, Dmytro Lubinets, and his Russian counterpart, Tatiana Moskalkova, met in Doha under Qatari auspices, their third meeting in the Qatari capital since last summer.

How many children have come home through Qatar's mediation?

Since we began this work in 2023, 112 children have been reunited with their families through Doha, and another 19 are expected to arrive here on Wednesday before travelling on to Kyiv.
Every child returned is a reason to keep talking.

What did the two commissioners agree on Saturday?

They agreed to exchange updated lists of civilians held by each side within two weeks and to let the International Committee of the Red Cross verify them.
There was no agreement yet on a mechanism for adults detained in the occupied territories, and that will be the focus of the next round.

Moscow says many of these children were evacuated for their own safety, while Kyiv speaks of deportation.
Where does Qatar stand?

We are not a court.
Our role is humanitarian, and we keep the same distance from both parties, which is why both of them trust us.

Could Doha host talks on ending the war itself?

His Highness the Amir told President Putin and President Zelensky in telephone calls last month that Qatar is ready to host any meeting that brings peace closer, and that offer stands.
But we are realistic: on the territorial questions, the parties remain far apart.

Washington has its own channel on the children.
Are you competing?

Not at all.
We have coordinated closely with the American side since the First Lady, Melania Trump, wrote to President Putin last August, and several children have been reunited through that channel.

Kremlin spokesman Dmitry Peskov said on Friday that Moscow valued Qatar's "humanitarian efforts" but that the children's fate was "not a subject for political bargaining."
Ukraine's Foreign Minister Andrii Sybiha thanked Qatar after Saturday's meeting and said Kyiv was still searching for nearly 20,000 children it says were taken to Russia or to occupied areas since February 2022.
""",
    [
        T("this month", "DATE", "2026-03"),
        T("Sunday", "DATE", "2026-03-08"),
        T("last summer", "DATE", "2025-SU"),
        T("2023", "DATE", "2023"),
        T("Wednesday", "DATE", "2026-03-11"),
        T("Saturday", "DATE", "2026-03-07"),
        T("two weeks", "DURATION", "P2W"),
        T("last month", "DATE", "2026-02"),
        T("last August", "DATE", "2025-08"),
        T("Friday", "DATE", "2026-03-06"),
        T("Saturday", "DATE", "2026-03-07", n=1),
        T("February 2022", "DATE", "2022-02"),
    ],
    [
        E("Qatar to host a new round of Ukraine-Russia talks on children and detained civilians", "CONSULT",
          ["Qatar", "Ukraine", "Russia"], "2026-03", "text", "planned", "Qatar will host a new round of talks"),
        E("Ukrainian and Russian human rights commissioners meet in Doha", "CONSULT",
          ["Qatar", "Ukraine", "Russia"], "2026-03-07", "context", "occurred", "met in Doha under Qatari auspices",
          note="'a day after' the Sunday interview"),
        E("Qatar's mediation on children since 2023", "CONSULT",
          ["Qatar", "Russia", "Ukraine"], "2023", "text", "occurred", "Since we began this work in 2023",
          date_mod="START"),
        E("112 children reunited with their families through Doha", "CONCEDE",
          ["Russia", "Ukraine", "Qatar"], "2023", "context", "occurred", "Since we began this work in 2023",
          date_mod="START"),
        E("Another 19 children to arrive in Doha on their way to Kyiv", "CONCEDE",
          ["Russia", "Ukraine", "Qatar"], "2026-03-11", "text", "planned", "Since we began this work in 2023"),
        E("Commissioners agree to exchange lists of detained civilians, verified by the ICRC", "AGREE",
          ["Ukraine", "Russia"], "2026-03-07", "context", "occurred", "They agreed to exchange updated lists"),
        E("No agreement on a mechanism for detained adults", "REJECT",
          ["Ukraine", "Russia"], "2026-03-07", "context", "occurred", "There was no agreement yet on a mechanism"),
        E("The Amir of Qatar spoke with Putin and Zelensky by phone", "CONSULT",
          ["Qatar", "Vladimir Putin", "Volodymyr Zelensky"], "2026-02", "text", "occurred", "His Highness the Amir told"),
        E("Qatar offers to host any meeting that brings peace closer", "REQUEST",
          ["Qatar", "Vladimir Putin", "Volodymyr Zelensky"], "2026-02", "text", "occurred", "His Highness the Amir told"),
        E("Melania Trump wrote to Putin about the children", "REQUEST",
          ["United States", "Vladimir Putin"], "2025-08", "text", "occurred", "wrote to President Putin last August"),
        E("Qatar coordinates with the US channel on the children", "COOPERATE",
          ["Qatar", "United States"], "2025-08", "context", "occurred", "We have coordinated closely",
          date_mod="START"),
        E("Several children reunited through the US channel", "CONCEDE",
          ["Russia", "Ukraine", "United States"], "2025-08", "context", "occurred", "We have coordinated closely",
          date_mod="START"),
        E("Peskov praises Qatar's humanitarian efforts", "SUPPORT",
          ["Dmitry Peskov", "Qatar"], "2026-03-06", "text", "occurred", "Dmitry Peskov said on Friday"),
        E("Children taken to Russia or occupied areas since February 2022, as Kyiv says", "COERCE",
          ["Russia", "Ukraine"], "2022-02", "text", "occurred", "nearly 20,000 children",
          date_mod="START", note="Ukraine's account"),
    ],
    [
        S("Qatar", "Qatar will host a new round of talks on children and detained civilians this month", "2026-03-08",
          "text", "Qatar will host a new round of talks"),
        S("Qatar", "112 children reunited since 2023; 19 more due on Wednesday", "2026-03-08", "context",
          "Since we began this work in 2023"),
        S("Qatar", "Every child returned is a reason to keep talking", "2026-03-08", "context",
          "Every child returned is a reason to keep talking."),
        S("Qatar", "The sides agreed to exchange lists of civilians within two weeks, verified by the ICRC",
          "2026-03-08", "context", "They agreed to exchange updated lists"),
        S("Qatar", "No agreement yet on detained adults; focus of the next round", "2026-03-08", "context",
          "There was no agreement yet on a mechanism"),
        S("Russia", "Many of the children were evacuated for their own safety", "2026-03-09", "published",
          "Moscow says many of these children"),
        S("Ukraine", "The children were deported", "2026-03-09", "published", "Moscow says many of these children"),
        S("Qatar", "Qatar is not a court; its role is humanitarian and it keeps the same distance", "2026-03-08",
          "context", "Our role is humanitarian"),
        S("Qatar", "The Amir told Putin and Zelensky Qatar is ready to host any meeting", "2026-03-08", "context",
          "His Highness the Amir told"),
        S("Qatar", "The parties remain far apart on territory", "2026-03-08", "context",
          "the parties remain far apart"),
        S("Qatar", "Close coordination with the US channel since Melania Trump's letter", "2026-03-08", "context",
          "We have coordinated closely"),
        S("Dmitry Peskov", "Moscow values Qatar's humanitarian efforts; children not a subject for bargaining",
          "2026-03-06", "text", "Dmitry Peskov said on Friday"),
        S("Andrii Sybiha", "Thanks Qatar; Kyiv still searching for nearly 20,000 children", "2026-03-07", "context",
          "nearly 20,000 children"),
    ],
    ["Qatar", "Ukraine", "Russia", "Vladimir Putin", "Volodymyr Zelensky", "United States", "Dmitry Peskov",
     "Kremlin", "Andrii Sybiha"],
    basis="Fiction in a plausible setting: interview given on Sunday 2026-03-08 and published on Monday 2026-03-09; "
          "the Doha meeting of the commissioners (Saturday 2026-03-07) and all figures are invented.",
)


# ---------------------------------------------------------------- b44en05  MercoPress
EN05 = doc(
    "b44en05_giammattei_kyiv_visit_2022_07",
    "2022-07-26",
    """
Guatemala's Giammattei first Latin American president to visit wartime Kyiv

Guatemalan President Alejandro Giammattei met Ukrainian President Volodymyr Zelensky in Kyiv on Monday, becoming the first head of state from Latin America to visit Ukraine since Russia launched its invasion on February 24.
The visit, which had not been announced for security reasons, lasted less than a day and included a stop in Bucha, where Ukrainian authorities say Russian troops killed hundreds of civilians in March.

Zelensky thanked Guatemala for co-sponsoring the UN General Assembly resolution of March 2 that demanded Russia's withdrawal, and for supporting Moscow's suspension from the UN Human Rights Council in April.
"Guatemala has stood with Ukraine from the first day, and today you stand with us in Kyiv," Zelensky told a joint news conference.
Giammattei said his country condemned "an unjustified aggression" and would help with Ukraine's reconstruction.
The two presidents signed a memorandum on agricultural cooperation and agreed to open honorary consulates, Guatemala's foreign ministry said.

The trip came after Russia and Ukraine signed separate agreements in Istanbul on Friday with Turkey and the United Nations to reopen Ukraine's Black Sea ports for grain exports.
On Saturday, Russian missiles struck the port of Odesa; Moscow said on Sunday that the target had been a Ukrainian warship.
Giammattei said food security was "a matter of life and death" for Central America, which has been hit hard by rising prices of wheat and fertiliser.

His trip contrasts with the cautious line of the region's largest economies.
Brazil's President Jair Bolsonaro met Putin in Moscow on February 16, eight days before the invasion, and Mexico's Andrés Manuel López Obrador has refused to join sanctions against Russia.
Argentina's President Alberto Fernández, who holds the pro tempore presidency of CELAC, spoke to Zelensky by phone in June.

Russian foreign ministry spokeswoman Maria Zakharova said last week that Latin American governments should not "take part in the West's anti-Russian campaign."
Giammattei travelled on to Poland on Tuesday, where he is due to meet President Andrzej Duda.
""",
    [
        T("Monday", "DATE", "2022-07-25"),
        T("February 24", "DATE", "2022-02-24"),
        T("less than a day", "DURATION", "P1D", mod="LESS_THAN"),
        T("March", "DATE", "2022-03"),
        T("March 2", "DATE", "2022-03-02"),
        T("April", "DATE", "2022-04"),
        T("today", "DATE", "2022-07-25"),
        T("Friday", "DATE", "2022-07-22"),
        T("Saturday", "DATE", "2022-07-23"),
        T("Sunday", "DATE", "2022-07-24"),
        T("February 16", "DATE", "2022-02-16"),
        T("June", "DATE", "2022-06"),
        T("last week", "DATE", "2022-W29"),
        T("Tuesday", "DATE", "2022-07-26"),
    ],
    [
        E("Giammattei meets Zelensky in Kyiv", "CONSULT",
          ["Volodymyr Zelensky"], "2022-07-25", "text", "occurred", "met Ukrainian President Volodymyr Zelensky in Kyiv",
          note="Guatemala not canonical"),
        E("Russia launched its invasion of Ukraine", "ASSAULT",
          ["Russia", "Ukraine"], "2022-02-24", "text", "occurred", "met Ukrainian President Volodymyr Zelensky in Kyiv"),
        E("Russian troops killed hundreds of civilians in Bucha, as Ukraine says", "ASSAULT",
          ["Russia", "Ukraine"], "2022-03", "text", "occurred", "killed hundreds of civilians"),
        E("UN General Assembly demanded Russia's withdrawal", "REQUEST",
          ["United Nations", "Russia"], "2022-03-02", "text", "occurred", "Zelensky thanked Guatemala"),
        E("Russia suspended from the UN Human Rights Council", "SANCTION",
          ["United Nations", "Russia"], "2022-04", "text", "occurred", "Zelensky thanked Guatemala"),
        E("Giammattei condemns Russia's aggression", "ACCUSE",
          ["Russia"], "2022-07-25", "context", "occurred", "an unjustified aggression"),
        E("Guatemala promises help with Ukraine's reconstruction", "AGREE",
          ["Ukraine"], "2022-07-25", "context", "occurred", "an unjustified aggression"),
        E("Memorandum on agricultural cooperation and honorary consulates agreed", "AGREE",
          ["Volodymyr Zelensky"], "2022-07-25", "context", "occurred", "signed a memorandum on agricultural cooperation"),
        E("Russia and Ukraine sign grain agreements with Turkey and the UN in Istanbul", "AGREE",
          ["Russia", "Ukraine", "Turkey", "United Nations"], "2022-07-22", "text", "occurred",
          "signed separate agreements in Istanbul"),
        E("Russian missiles strike the port of Odesa", "ASSAULT",
          ["Russia", "Ukraine"], "2022-07-23", "text", "occurred", "Russian missiles struck the port of Odesa"),
        E("Bolsonaro met Putin in Moscow", "CONSULT",
          ["Vladimir Putin"], "2022-02-16", "text", "occurred", "met Putin in Moscow on February 16"),
        E("Fernández spoke to Zelensky by phone", "CONSULT",
          ["Volodymyr Zelensky"], "2022-06", "text", "occurred", "spoke to Zelensky by phone"),
        E("Zakharova warns Latin America not to join the West's anti-Russian campaign", "REQUEST",
          ["Maria Zakharova"], "2022-W29", "text", "occurred", "anti-Russian campaign"),
        E("Giammattei to meet Duda in Poland", "CONSULT",
          ["Poland"], "2022-07-26", "text", "planned", "travelled on to Poland"),
    ],
    [
        S("Ukraine", "Authorities say Russian troops killed hundreds of civilians in Bucha", "2022-07-26",
          "published", "killed hundreds of civilians"),
        S("Volodymyr Zelensky", "Thanks Guatemala for its UN votes", "2022-07-25", "context",
          "Zelensky thanked Guatemala"),
        S("Volodymyr Zelensky", "Guatemala has stood with Ukraine from the first day", "2022-07-25", "context",
          "Guatemala has stood with Ukraine"),
        S("Russia", "The target in Odesa was a Ukrainian warship", "2022-07-24", "text",
          "Russian missiles struck the port of Odesa"),
        S("Maria Zakharova", "Latin American governments should not take part in the West's anti-Russian campaign",
          "2022-W29", "text", "anti-Russian campaign"),
    ],
    ["Volodymyr Zelensky", "Ukraine", "Russia", "United Nations", "Turkey", "Vladimir Putin", "Maria Zakharova",
     "Poland"],
    basis="Giammattei visited Kyiv on Monday 2022-07-25; the report appears on Tuesday 2022-07-26. Details of the "
          "visit and the quotes are approximate.",
)


# ---------------------------------------------------------------- b44en06  The East African
EN06 = doc(
    "b44en06_au_summit_ukraine_ceasefire_2026_02",
    "2026-02-16",
    """
AU summit calls for Ukraine ceasefire as Kyiv courts African capitals

ADDIS ABABA — African Union heads of state ended their annual summit in Addis Ababa on Sunday with a call for an immediate ceasefire in Ukraine and for unhindered exports of grain and fertiliser from the Black Sea region.
The two-day assembly was dominated by the wars in Sudan and eastern DR Congo, but diplomats said the Ukraine paragraph had been strengthened at the request of several East African states.

UN Secretary-General António Guterres, who addressed the opening session on Saturday, told leaders that the war had "pushed millions of people in Africa closer to hunger" and called on Russia and Ukraine to agree on a ceasefire "without further delay."

Ukraine's Foreign Minister Andrii Sybiha, attending as a guest of the AU Commission, met Commission chairperson Mahmoud Ali Youssouf on Saturday and invited him to visit Kyiv.
On Sunday Sybiha held talks with Kenya's Prime Cabinet Secretary Musalia Mudavadi, after which Kyiv agreed to hand over two Kenyan citizens captured while fighting for Russian forces near Kupiansk.
The handover will take place in the coming weeks, Kenya's foreign ministry said.
Nairobi says more than 200 Kenyans have been recruited to fight for Russia since 2024, many of them lured by fake job offers, and it summoned the Russian ambassador over the issue in October.

Russia was represented by Deputy Foreign Minister Mikhail Bogdanov, who told the state news agency RIA Novosti that Moscow would deliver another 200,000 tonnes of free grain to six African countries this year.
He said the third Russia–Africa summit, planned for later this year, would show "who Africa's real friends are."
Kremlin spokesman Dmitry Peskov said on Monday that Moscow "appreciates the balanced position" of African states but rejected the call for an immediate ceasefire, repeating that a truce was possible only once the "root causes" of the conflict were addressed.

EU foreign policy chief Kaja Kallas welcomed the summit's language on Ukraine and said the EU and the AU would discuss food security at their ministerial meeting in Brussels next month.
Since 2022, Ethiopia, Somalia and Kenya have received Ukrainian wheat under Kyiv's "Grain from Ukraine" programme, largely financed by European donors.
""",
    [
        T("Sunday", "DATE", "2026-02-15"),
        T("two-day", "DURATION", "P2D"),
        T("Saturday", "DATE", "2026-02-14"),
        T("Saturday", "DATE", "2026-02-14", n=1),
        T("Sunday", "DATE", "2026-02-15", n=1),
        T("the coming weeks", "DATE", "FUTURE_REF"),
        T("2024", "DATE", "2024"),
        T("October", "DATE", "2025-10"),
        T("this year", "DATE", "2026"),
        T("this year", "DATE", "2026", n=1),
        T("Monday", "DATE", "2026-02-16"),
        T("next month", "DATE", "2026-03"),
        T("2022", "DATE", "2022"),
    ],
    [
        E("AU summit calls for an immediate ceasefire in Ukraine and unhindered Black Sea grain exports", "REQUEST",
          ["Russia", "Ukraine"], "2026-02-15", "text", "occurred", "with a call for an immediate ceasefire",
          note="the African Union is not canonical"),
        E("Guterres calls on Russia and Ukraine to agree a ceasefire without delay", "REQUEST",
          ["António Guterres", "Russia", "Ukraine"], "2026-02-14", "text", "occurred", "without further delay"),
        E("Sybiha meets AU Commission chairperson Youssouf", "CONSULT",
          ["Andrii Sybiha"], "2026-02-14", "text", "occurred", "met Commission chairperson Mahmoud Ali Youssouf"),
        E("Sybiha invites Youssouf to visit Kyiv", "REQUEST",
          ["Andrii Sybiha"], "2026-02-14", "text", "occurred", "met Commission chairperson Mahmoud Ali Youssouf"),
        E("Sybiha holds talks with Kenya's Mudavadi", "CONSULT",
          ["Andrii Sybiha"], "2026-02-15", "text", "occurred", "On Sunday Sybiha held talks"),
        E("Kyiv agrees to hand over two captured Kenyans who fought for Russia", "AGREE",
          ["Ukraine"], "2026-02-15", "context", "occurred", "On Sunday Sybiha held talks"),
        E("Handover of the two Kenyan prisoners", "CONCEDE",
          ["Ukraine"], "FUTURE_REF", "vague", "planned", "The handover will take place"),
        E("Russia recruited more than 200 Kenyans to fight", "MOBILIZE",
          ["Russia"], "2024", "text", "occurred", "recruited to fight for Russia", date_mod="START"),
        E("Kenya summoned the Russian ambassador over the recruitment", "ACCUSE",
          ["Russia"], "2025-10", "text", "occurred", "recruited to fight for Russia", note="Kenya not canonical"),
        E("Russia represented at the AU summit by Deputy Foreign Minister Bogdanov", "CONSULT",
          ["Russia"], "2026-02-14", "context", "occurred", "Mikhail Bogdanov"),
        E("Russia to deliver another 200,000 tonnes of free grain to six African countries", "AID",
          ["Russia"], "2026", "text", "planned", "Mikhail Bogdanov"),
        E("Third Russia-Africa summit planned", "CONSULT",
          ["Russia"], "2026", "text", "planned", "third Russia–Africa summit"),
        E("Peskov rejects the AU call for an immediate ceasefire", "REJECT",
          ["Dmitry Peskov"], "2026-02-16", "text", "occurred", "rejected the call for an immediate ceasefire"),
        E("Peskov: truce only once the root causes are addressed", "REQUEST",
          ["Dmitry Peskov", "Ukraine"], "2026-02-16", "text", "occurred", "rejected the call for an immediate ceasefire"),
        E("Kallas welcomes the summit's language on Ukraine", "SUPPORT",
          ["Kaja Kallas"], "2026-02-16", "published", "occurred", "Kaja Kallas welcomed"),
        E("EU-AU ministerial meeting in Brussels", "CONSULT",
          ["European Union"], "2026-03", "text", "planned", "Kaja Kallas welcomed"),
        E("Ukrainian wheat delivered to Ethiopia, Somalia and Kenya under Grain from Ukraine", "AID",
          ["Ukraine", "European Union"], "2022", "text", "occurred", "Grain from Ukraine", date_mod="START"),
    ],
    [
        S("António Guterres", "The war pushed millions in Africa closer to hunger; ceasefire without further delay",
          "2026-02-14", "text", "without further delay"),
        S("Russia", "Bogdanov: Moscow will deliver 200,000 more tonnes of free grain this year", "2026-02-16",
          "published", "Mikhail Bogdanov"),
        S("Russia", "Bogdanov: the Russia-Africa summit will show who Africa's real friends are", "2026-02-16",
          "published", "third Russia–Africa summit"),
        S("Dmitry Peskov", "Appreciates Africa's balanced position; no immediate ceasefire before root causes are addressed",
          "2026-02-16", "text", "rejected the call for an immediate ceasefire"),
        S("Kaja Kallas", "Welcomes the summit's Ukraine language; EU-AU ministerial on food security next month",
          "2026-02-16", "published", "Kaja Kallas welcomed"),
    ],
    ["Russia", "Ukraine", "United Nations", "António Guterres", "Andrii Sybiha", "Dmitry Peskov", "Kremlin",
     "Kaja Kallas", "European Union"],
    basis="Fiction in a plausible setting: the African Union summit of 14-15 February 2026 in Addis Ababa, its Ukraine "
          "paragraph, the Sybiha meetings and the Kenyan prisoners are invented; the weekly appears on Monday 2026-02-16.",
)


DOCS = [EN01, EN02, EN03, EN04, EN05, EN06]
