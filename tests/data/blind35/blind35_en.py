"""English articles of the blind35 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b35en01 (The New Humanitarian)
EN01 = """
Inside the UN-brokered evacuations from Mariupol's Azovstal steelworks

Nearly 500 civilians have now been evacuated from the besieged Azovstal steel plant and other parts of Mariupol in a series of operations coordinated by the UN and the International Committee of the Red Cross (ICRC), UN Secretary-General António Guterres said on Friday.
The first convoy, carrying 101 people who had sheltered in the bunkers beneath the plant, reached Ukrainian-controlled Zaporizhzhia on Tuesday after a five-day journey of barely 230 kilometres.
A second operation brought out more than 300 people from Mariupol and nearby Manhush by Friday, while a third convoy was still on the road on Saturday morning.

The operations grew out of an agreement in principle that Guterres reached with Russian President Vladimir Putin in Moscow on April 26.
Guterres met Ukrainian President Volodymyr Zelensky in Kyiv two days later, as Russian missiles struck the capital during his visit.
"It has been a long and difficult negotiation, and it is far from over," Osnat Lubrani, the UN humanitarian coordinator for Ukraine, told reporters in Zaporizhzhia.
The evacuees were "traumatised and exhausted" after weeks underground, she said.

Russia's defence ministry announced on Wednesday that its forces would hold their fire around the plant for three days from Thursday to let civilians leave.
Ukrainian officials said Russian troops kept storming the plant regardless, and accused Moscow of using the pause to reposition.
Kremlin spokesman Dmitry Peskov denied on Thursday that Russia was trying to take the plant by force, saying humanitarian corridors were open.

In a phone call with French President Emmanuel Macron on Tuesday, Putin said Moscow remained open to dialogue but called on the West to stop supplying weapons to Ukraine.
The Élysée said Macron had pressed for the evacuations to continue and be extended to the wounded.
Guterres briefed the UN Security Council on the operation on Thursday and called for humanitarian pauses to be agreed for other front-line towns as well.

For aid workers, the Azovstal operation has been a rare success in a war in which most negotiated corridors have collapsed within hours.
Ukraine's deputy prime minister Iryna Vereshchuk said on Saturday that all women, children and elderly people had now left the plant, but that wounded fighters and medics remained inside.
Kyiv has proposed exchanging the soldiers still in the tunnels for Russian prisoners of war, a proposal Moscow has not answered.
Meanwhile, the UN's flash appeal for Ukraine, raised last week to $2.25 billion, is less than half funded, according to the UN's humanitarian office OCHA.
"""

# ---------------------------------------------------------------- b35en02 (World Nuclear News)
EN02 = """
IAEA team reaches Zaporizhzhia plant, two experts to stay on site

An International Atomic Energy Agency (IAEA) mission led by Director General Rafael Mariano Grossi reached the Zaporizhzhia nuclear power plant on Thursday, after crossing the front line amid shelling.
The 14-strong team, which left Vienna on Monday, spent several hours at the site before Grossi and most of its members returned to Ukrainian-controlled territory in the evening.
Five inspectors remained at the plant, and Grossi said two of them would stay on a continuous basis.
"We are not going anywhere. The IAEA is now there, it is at the plant, and it is not moving," he told reporters after the visit.

The convoy's departure from the city of Zaporizhzhia on Thursday morning was delayed by about three hours because of shelling near Enerhodar, the town where the plant is located.
Russia and Ukraine blamed each other for the attacks.
Russia's defence ministry said Ukrainian forces had tried to land a "sabotage group" of up to 60 soldiers on the shore of the Kakhovka reservoir near the plant that morning.
Kyiv did not confirm the account.
Energoatom, Ukraine's nuclear operator, said the plant's unit 5 had been shut down by its emergency protection system after the shelling, leaving only unit 6 connected to the grid.

Grossi met Ukrainian President Volodymyr Zelensky in Kyiv on Tuesday.
Zelensky urged the mission to push for the demilitarisation of the site and the withdrawal of Russian troops from it.
Kremlin spokesman Dmitry Peskov said on Thursday that Moscow welcomed the mission and hoped it would be "objective".
Russian Foreign Ministry spokeswoman Maria Zakharova accused Kyiv of trying to "disrupt" the visit.
French President Emmanuel Macron, who discussed the mission with Russian President Vladimir Putin in a call on August 19, welcomed its arrival.
UN Secretary-General António Guterres repeated his call for an agreement on a demilitarised perimeter around the plant.

Russian forces have occupied the six-unit plant, Europe's largest, since early March.
Its Ukrainian staff continue to operate the reactors under Russian military control.
Grossi is expected to present a report on the mission's findings to the UN Security Council next week.
The IAEA Board of Governors meets in Vienna from September 12.
"""

# ---------------------------------------------------------------- b35en03 (USA TODAY)
EN03 = """
Putin tells Tucker Carlson he has no interest in Poland, says deal for jailed reporter possible

WASHINGTON – Russian President Vladimir Putin said he has no intention of attacking Poland, Latvia or any other NATO country and hinted that jailed Wall Street Journal reporter Evan Gershkovich could be freed in a prisoner swap, in a two-hour interview with former Fox News host Tucker Carlson released Thursday evening.
The interview was recorded Tuesday at the Kremlin, the first Putin has given to a Western journalist since Russia's full-scale invasion of Ukraine in February 2022.

"We have no interest in Poland, Latvia or anywhere else," Putin said, adding that Russia would send troops there only if Poland attacked Russia.
He said the war could end "within a few weeks" if Washington stopped supplying weapons to Kyiv.
Russia had "never refused" to negotiate, Putin said, blaming then-British Prime Minister Boris Johnson for talking Ukraine out of a deal in Istanbul in the spring of 2022.

Asked about Gershkovich, who has been held in Russia since March 2023 on espionage charges he and his employer deny, Putin said he did not rule out his release.
Russian and U.S. security services were "in contact" on the issue, he said.
Putin suggested Moscow would want in return a Russian serving a life sentence in Germany for killing a man in Berlin, an apparent reference to Vadim Krasikov.

White House national security spokesman John Kirby said Wednesday, before the interview aired, that Americans should remember they were "listening to Vladimir Putin" and should not take "at face value anything he has to say."
The State Department said Gershkovich's release remained a top priority and called again for him to be freed.
Kremlin spokesman Dmitry Peskov said earlier this week that Putin had agreed to the interview because Carlson's approach differed from the "one-sided" coverage of Western media.
In Warsaw, Foreign Minister Radosław Sikorski said Putin's assurances were worth as much as his promises before the invasion.

The interview aired as the Senate advanced a $95 billion foreign aid package that includes about $60 billion for Ukraine, in a 67-32 procedural vote Thursday.
House Speaker Mike Johnson has signaled that the bill faces an uncertain path in the House.
German Chancellor Olaf Scholz was due to meet President Joe Biden at the White House on Friday, with aid to Ukraine expected to top the agenda.
Scholz said before leaving Berlin that Europe had "done its homework" after EU leaders agreed last week on a 50 billion euro ($54 billion) support package for Kyiv.
Ukraine's foreign ministry called Putin's account of history "a collection of lies."
"""

# ---------------------------------------------------------------- b35en04 (Hürriyet Daily News)
EN04 = """
Russia, Ukraine agree new prisoner swap in brief Istanbul talks, remain far apart on leaders' meeting

ISTANBUL - Russian and Ukrainian delegations agreed on July 23 to carry out another large exchange of prisoners of war in their third round of direct talks in Istanbul, but remained far apart on a ceasefire and on a meeting of their leaders.
The talks at the Çırağan Palace, hosted by Foreign Minister Hakan Fidan, lasted about 40 minutes, the shortest of the three rounds held since May.
Fidan opened the meeting by urging both sides to build on the humanitarian progress of the first two rounds and to work toward a ceasefire.

Russia's chief negotiator, Kremlin aide Vladimir Medinsky, told reporters afterwards that the sides had agreed to swap at least 1,200 prisoners of war each.
He said Moscow had also offered short ceasefires of 48 hours along parts of the front so that the wounded and the bodies of fallen soldiers could be collected, and had proposed setting up three working groups that would meet online.
Ukraine's delegation head Rustem Umerov, now secretary of the National Security and Defense Council, said Kyiv had proposed a meeting between Presidents Volodymyr Zelensky and Vladimir Putin before the end of August.
Medinsky replied that a meeting of the leaders made sense only to sign a final agreement, not to start discussing one.
Umerov also called for the release of all detained civilians and of children taken to Russia, and said the two memorandums exchanged in June remained "diametrically opposed."

Ahead of the talks, Kremlin spokesman Dmitry Peskov said on Tuesday that no "miraculous breakthrough" should be expected.
In his nightly address on Wednesday, Zelensky called the swap agreement "a result" but said Russia was dragging out the war, and he called on the United States and Europe to step up pressure on Moscow.
President Recep Tayyip Erdoğan said Türkiye was ready to host a meeting of the two leaders together with U.S. President Donald Trump in Istanbul or Ankara.

The talks came after Trump on July 14 gave Moscow 50 days to reach a deal or face "very severe" tariffs on the buyers of its oil.
The first two rounds were held on May 16 and June 2.
They were followed by the largest prisoner exchanges of the war, carried out in stages from late May.

Security was tight around the Çırağan Palace, with parts of the Bosphorus coastal road closed to traffic for several hours.
Fidan said after the talks that Türkiye would continue its efforts "until a lasting peace is achieved."
"""

# ---------------------------------------------------------------- b35en05 (Le Monde in English)
EN05 = """
In Paris, Ukraine's allies sign up to a post-ceasefire force as Washington pledges to lead monitoring

Emmanuel Macron hosted leaders and ministers from some 35 countries at the Élysée Palace on Tuesday, January 6, for a meeting of the so-called "coalition of the willing" that produced the most concrete commitments yet on Ukraine's security after a ceasefire.
Ukrainian President Volodymyr Zelensky, British Prime Minister Keir Starmer, German Chancellor Friedrich Merz and Italian Prime Minister Giorgia Meloni attended in person, as did NATO Secretary General Mark Rutte and, for the first time, two envoys of US President Donald Trump, Steve Witkoff and Jared Kushner.

At the end of the talks, Mr Macron, Mr Starmer and Mr Zelensky signed a declaration of intent on the deployment of a multinational force to Ukraine once a ceasefire is in place.
The force would be led by France and the United Kingdom and would rely on "military hubs" across the country, away from the line of contact, according to the text.
Mr Witkoff said the United States would lead a mechanism to monitor a ceasefire, relying on drones, satellites and other technology, and would "back" the security guarantees.
"For the first time, Europeans, Ukrainians and Americans are aligned on what will guarantee that peace, once signed, holds," Mr Macron told a joint press conference.
Mr Merz said Germany was prepared to contribute forces to a neighbouring NATO country, but not on Ukrainian soil.
Ms Meloni reiterated that Italy would not send troops, but offered help with training and the monitoring of sea lanes.
Mr Zelensky called the declaration "a real step" but said Ukraine still needed clear answers on what the allies would do if Russia attacked again.

Moscow rejected the plan within hours.
Kremlin spokesman Dmitry Peskov said on Tuesday evening that Russia would not accept "any foreign military presence" in Ukraine under a settlement.
Any Western troops in Ukraine would be "legitimate targets" for the Russian armed forces, Foreign Ministry spokeswoman Maria Zakharova said on Wednesday.

In Washington, Secretary of State Marco Rubio called the Paris talks "productive" and said American negotiators would meet Russian and Ukrainian officials again later this month.
Mr Trump, who spoke to Mr Zelensky by phone on Sunday, has said a deal is "closer than ever" but has not publicly endorsed the deployment of European troops.
The coalition was launched by Mr Macron and Mr Starmer in early 2025, after Mr Trump opened direct talks with Moscow, and has met more than a dozen times, mostly by video.

Overnight, Russia launched more than 100 drones at Ukraine, the Ukrainian air force said, damaging energy facilities in the Dnipro and Kharkiv regions.
"""

# ---------------------------------------------------------------- b35en06 (The Indian Express)
EN06 = """
BRICS calls for 'just and lasting peace' in Ukraine; Putin open to talks 'on basis of realities'

New Delhi: Leaders of the BRICS group on Friday called for "a comprehensive, just and lasting peace" in Ukraine through "dialogue and diplomacy", in a declaration adopted at the end of a two-day summit hosted by Prime Minister Narendra Modi.
The summit at Bharat Mandapam was attended in person by Russian President Vladimir Putin, Chinese President Xi Jinping, Brazil's Luiz Inácio Lula da Silva and South African President Cyril Ramaphosa, among others.
The 12-page declaration does not name Russia as the aggressor, diplomats involved in the negotiations said.

Modi, who held talks with Putin on Thursday evening, said India was "not neutral, but on the side of peace."
Putin told a news conference on Friday that Russia remained open to talks with Ukraine "on the basis of the realities on the ground" and thanked BRICS partners for their "balanced position."
He said he saw no reason to meet Ukrainian President Volodymyr Zelensky "for the sake of a meeting."
Xi and Putin met separately on the sidelines on Thursday, with Chinese state media quoting Xi as saying that China would continue to play a "constructive role" in promoting peace talks.
Foreign Minister Sergey Lavrov, who held talks with External Affairs Minister S Jaishankar on Wednesday, said Moscow valued India's "independent line."

Ukraine's foreign minister Andrii Sybiha said the declaration's failure to condemn Russia was "a missed opportunity" and urged India to use its "special relationship" with Moscow to press for a ceasefire.
Zelensky, in his nightly address on Friday, said "no declaration can replace real pressure that stops the missiles."
Overnight into Friday, Russian drones struck energy facilities in the Odesa region, Ukrainian officials said.

In Washington, US President Donald Trump said on Friday he would impose additional tariffs on "any country buying Russian oil" if there was no progress towards a ceasefire by the end of the month.
His special envoy Steve Witkoff is expected in Moscow next week, the Kremlin said.
Saudi Arabia, which has attended BRICS meetings without formally confirming its membership, offered again to host talks between Moscow and Kyiv.
UN Secretary-General António Guterres, who addressed an outreach session on Friday, urged all parties to "silence the guns."

India's purchases of Russian crude averaged about 1.6 million barrels a day in the first half of the year, according to trade data, making the country one of Moscow's most important customers.
Officials in New Delhi said the government's energy decisions were guided by the needs of "1.4 billion Indians."
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b35en01_azovstal_evacuations_2022_05", "2022-05-07", EN01,
        [
            T("now", "DATE", "PRESENT_REF", 0),
            T("Friday", "DATE", "2022-05-06", 0),
            T("Tuesday", "DATE", "2022-05-03", 0),
            T("five-day", "DURATION", "P5D"),
            T("Friday", "DATE", "2022-05-06", 1),
            T("Saturday morning", "TIME", "2022-05-07TMO"),
            T("April 26", "DATE", "2022-04-26"),
            T("two days later", "DATE", "2022-04-28"),
            T("weeks", "DURATION", "PXW"),
            T("Wednesday", "DATE", "2022-05-04"),
            T("three days", "DURATION", "P3D"),
            T("Thursday", "DATE", "2022-05-05", 0),
            T("Thursday", "DATE", "2022-05-05", 1),
            T("Tuesday", "DATE", "2022-05-03", 1),
            T("Thursday", "DATE", "2022-05-05", 2),
            T("hours", "DURATION", "PTXH"),
            T("Saturday", "DATE", "2022-05-07", 1),
            T("now", "DATE", "PRESENT_REF", 1),
            T("last week", "DATE", "2022-W17"),
        ],
        [
            E("First UN/ICRC convoy brings 101 civilians from Azovstal to Zaporizhzhia", "AID",
              ["United Nations", "Ukraine"], "2022-05-03", "text", "occurred", "The first convoy",
              note="convoy left the plant on 30 April; dated by its arrival"),
            E("Second evacuation operation from Mariupol and Manhush", "AID", ["United Nations", "Ukraine"],
              "2022-05-06", "text", "occurred", "A second operation"),
            E("Third convoy under way", "AID", ["United Nations", "Ukraine"], "2022-05-07TMO", "text", "occurred",
              "A second operation"),
            E("Guterres and Putin meet in Moscow", "CONSULT", ["António Guterres", "Vladimir Putin"], "2022-04-26",
              "text", "occurred", "agreement in principle"),
            E("Guterres and Putin agree in principle on the Azovstal evacuation", "AGREE",
              ["António Guterres", "Vladimir Putin"], "2022-04-26", "text", "occurred", "agreement in principle"),
            E("Guterres meets Zelensky in Kyiv", "CONSULT", ["António Guterres", "Volodymyr Zelensky"], "2022-04-28",
              "text", "occurred", "Guterres met Ukrainian President"),
            E("Russian missiles strike Kyiv during Guterres's visit", "ASSAULT", ["Russia", "Ukraine"], "2022-04-28",
              "context", "occurred", "Guterres met Ukrainian President"),
            E("Russia declares a three-day pause in fire around the plant from Thursday", "RETREAT", ["Russia"],
              "2022-05-05", "text", "occurred", "hold their fire",
              note="announced on Wednesday 4 May; dated by its start"),
            E("Russian troops keep storming the plant during the pause, Ukraine says", "ASSAULT",
              ["Russia", "Ukraine"], "2022-05-05", "context", "occurred", "kept storming",
              note="during the declared pause of 5–7 May"),
            E("Ukraine accuses Moscow of using the pause to reposition", "ACCUSE", ["Ukraine", "Russia"],
              "2022-05-07", "published", "occurred", "kept storming"),
            E("Peskov denies Russia is trying to take the plant by force", "REJECT", ["Dmitry Peskov"], "2022-05-05",
              "text", "occurred", "denied on Thursday"),
            E("Putin–Macron phone call", "CONSULT", ["Emmanuel Macron", "Vladimir Putin"], "2022-05-03", "text",
              "occurred", "In a phone call with French President"),
            E("Putin says Moscow remains open to dialogue", "AGREE", ["Vladimir Putin"], "2022-05-03", "context",
              "occurred", "In a phone call with French President"),
            E("Putin calls on the West to stop arming Ukraine", "REQUEST", ["Vladimir Putin", "Emmanuel Macron"],
              "2022-05-03", "context", "occurred", "In a phone call with French President"),
            E("Macron presses for the evacuations to continue and include the wounded", "REQUEST",
              ["Emmanuel Macron", "Vladimir Putin"], "2022-05-03", "context", "occurred", "The Élysée said"),
            E("Guterres briefs the Security Council", "CONSULT", ["António Guterres", "United Nations"], "2022-05-05",
              "text", "occurred", "Guterres briefed"),
            E("Guterres calls for humanitarian pauses for other front-line towns", "REQUEST", ["António Guterres"],
              "2022-05-05", "context", "occurred", "Guterres briefed"),
            E("Kyiv proposes exchanging the soldiers in the plant for Russian prisoners of war", "REQUEST",
              ["Ukraine", "Russia"], "2022-05-07", "published", "occurred", "Kyiv has proposed",
              note="standing proposal; no date in the text"),
            E("UN raises its flash appeal for Ukraine to 2.25 billion dollars", "REQUEST",
              ["United Nations", "Ukraine"], "2022-W17", "text", "occurred", "flash appeal"),
        ],
        [
            S("António Guterres", "Nearly 500 civilians have been evacuated from Azovstal and Mariupol", "2022-05-06",
              "text", "Nearly 500 civilians"),
            S("United Nations", "Lubrani: a long and difficult negotiation, far from over", "2022-05-07",
              "published", "long and difficult negotiation"),
            S("United Nations", "The evacuees are traumatised and exhausted", "2022-05-07", "published",
              "traumatised and exhausted"),
            S("Russia", "Defence ministry: forces will hold fire around the plant for three days", "2022-05-04",
              "text", "hold their fire"),
            S("Ukraine", "Russian troops kept storming the plant and used the pause to reposition", "2022-05-07",
              "published", "kept storming"),
            S("Dmitry Peskov", "Russia is not trying to take the plant by force; corridors are open", "2022-05-05",
              "text", "denied on Thursday"),
            S("Vladimir Putin", "Moscow is open to dialogue; the West should stop supplying weapons", "2022-05-03",
              "context", "In a phone call with French President"),
            S("Emmanuel Macron", "Pressed for the evacuations to continue and include the wounded", "2022-05-03",
              "context", "The Élysée said"),
            S("António Guterres", "Calls for humanitarian pauses for other front-line towns", "2022-05-05", "text",
              "Guterres briefed"),
            S("Ukraine", "Vereshchuk: all women, children and elderly have left; wounded fighters remain",
              "2022-05-07", "text", "Vereshchuk said on Saturday"),
            S("United Nations", "OCHA: the flash appeal is less than half funded", "2022-05-07", "published",
              "less than half funded"),
        ],
        ["United Nations", "António Guterres", "Ukraine", "Vladimir Putin", "Russia", "Volodymyr Zelensky",
         "Kremlin", "Dmitry Peskov", "Emmanuel Macron", "France"],
    ),
    doc(
        "b35en02_iaea_zaporizhzhia_mission_2022_09", "2022-09-02", EN02,
        [
            T("Thursday", "DATE", "2022-09-01", 0),
            T("Monday", "DATE", "2022-08-29"),
            T("several hours", "DURATION", "PTXH"),
            T("the evening", "TIME", "2022-09-01TEV"),
            T("now", "DATE", "PRESENT_REF"),
            T("Thursday morning", "TIME", "2022-09-01TMO"),
            T("about three hours", "DURATION", "PT3H", mod="APPROX"),
            T("that morning", "TIME", "2022-09-01TMO"),
            T("Tuesday", "DATE", "2022-08-30"),
            T("Thursday", "DATE", "2022-09-01", 2),
            T("August 19", "DATE", "2022-08-19"),
            T("early March", "DATE", "2022-03", mod="START"),
            T("next week", "DATE", "2022-W36"),
            T("September 12", "DATE", "2022-09-12"),
        ],
        [
            E("IAEA mission led by Grossi reaches the Zaporizhzhia plant", "CONSULT", ["IAEA", "Ukraine", "Russia"],
              "2022-09-01", "text", "occurred", "reached the Zaporizhzhia nuclear power plant",
              note="plant under Russian occupation, run by Ukrainian staff"),
            E("Two IAEA experts to stay at the plant on a continuous basis", "COOPERATE", ["IAEA"], "2022-09-01",
              "context", "planned", "two of them would stay"),
            E("Shelling near Enerhodar delays the convoy", "ASSAULT", ["Russia", "Ukraine"], "2022-09-01TMO",
              "context", "occurred", "delayed by about three hours",
              note="attribution disputed; each side blames the other"),
            E("Russia and Ukraine blame each other for the shelling", "ACCUSE", ["Russia", "Ukraine"], "2022-09-01",
              "context", "occurred", "blamed each other"),
            E("Russia accuses Ukraine of trying to land a sabotage group near the plant", "ACCUSE",
              ["Russia", "Ukraine"], "2022-09-01", "context", "occurred", "sabotage group"),
            E("Ukrainian landing attempt near the plant, as Russia claims", "ASSAULT", ["Ukraine", "Russia"],
              "2022-09-01TMO", "text", "uncertain", "sabotage group", note="claimed by Russia; not confirmed by Kyiv"),
            E("Grossi meets Zelensky in Kyiv", "CONSULT", ["IAEA", "Volodymyr Zelensky"], "2022-08-30", "text",
              "occurred", "Grossi met Ukrainian President"),
            E("Zelensky urges the mission to push for demilitarisation and a Russian withdrawal", "REQUEST",
              ["Volodymyr Zelensky", "IAEA", "Russia"], "2022-08-30", "context", "occurred",
              "Zelensky urged the mission"),
            E("Peskov welcomes the mission", "SUPPORT", ["Dmitry Peskov", "IAEA"], "2022-09-01", "text", "occurred",
              "welcomed the mission"),
            E("Zakharova accuses Kyiv of trying to disrupt the visit", "ACCUSE", ["Maria Zakharova", "Ukraine"],
              "2022-09-02", "published", "occurred", "accused Kyiv"),
            E("Macron and Putin discussed the mission by phone", "CONSULT", ["Emmanuel Macron", "Vladimir Putin"],
              "2022-08-19", "text", "occurred", "in a call on August 19"),
            E("Macron welcomes the mission's arrival", "SUPPORT", ["Emmanuel Macron", "IAEA"], "2022-09-02",
              "published", "occurred", "in a call on August 19"),
            E("Guterres repeats his call for a demilitarised perimeter", "REQUEST", ["António Guterres"],
              "2022-09-02", "published", "occurred", "demilitarised perimeter"),
            E("Russian occupation of the plant since early March", "ASSAULT", ["Russia", "Ukraine"], "2022-03",
              "text", "occurred", "have occupied", date_mod="START"),
            E("Grossi to report to the UN Security Council next week", "CONSULT", ["IAEA", "United Nations"],
              "2022-W36", "text", "planned", "present a report"),
            E("IAEA Board of Governors meets from 12 September", "CONSULT", ["IAEA"], "2022-09-12", "text",
              "planned", "Board of Governors"),
        ],
        [
            S("IAEA", "Two inspectors will stay at the plant on a continuous basis", "2022-09-01", "context",
              "two of them would stay"),
            S("IAEA", "The IAEA is not going anywhere; it is at the plant", "2022-09-01", "context",
              "We are not going anywhere"),
            S("Russia", "Ukraine is to blame for the shelling", "2022-09-01", "context", "blamed each other"),
            S("Ukraine", "Russia is to blame for the shelling", "2022-09-01", "context", "blamed each other"),
            S("Russia", "Defence ministry: Ukraine tried to land a sabotage group near the plant", "2022-09-01",
              "context", "sabotage group"),
            S("Ukraine", "Energoatom: unit 5 shut down after shelling, only unit 6 connected", "2022-09-02",
              "published", "Energoatom"),
            S("Volodymyr Zelensky", "The mission should push for demilitarisation and a Russian withdrawal",
              "2022-08-30", "context", "Zelensky urged the mission"),
            S("Dmitry Peskov", "Moscow welcomes the mission and hopes it will be objective", "2022-09-01", "text",
              "welcomed the mission"),
            S("Maria Zakharova", "Kyiv is trying to disrupt the visit", "2022-09-02", "published", "accused Kyiv"),
            S("Emmanuel Macron", "Welcomes the mission's arrival", "2022-09-02", "published",
              "in a call on August 19"),
            S("António Guterres", "Calls for a demilitarised perimeter around the plant", "2022-09-02", "published",
              "demilitarised perimeter"),
        ],
        ["IAEA", "Ukraine", "Russia", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "Maria Zakharova",
         "Emmanuel Macron", "France", "Vladimir Putin", "António Guterres", "United Nations"],
    ),
    doc(
        "b35en03_putin_carlson_interview_2024_02", "2024-02-09", EN03,
        [
            T("two-hour", "DURATION", "PT2H"),
            T("Thursday evening", "TIME", "2024-02-08TEV"),
            T("Tuesday", "DATE", "2024-02-06"),
            T("February 2022", "DATE", "2022-02"),
            T("a few weeks", "DURATION", "PXW"),
            T("the spring of 2022", "DATE", "2022-SP"),
            T("March 2023", "DATE", "2023-03"),
            T("Wednesday", "DATE", "2024-02-07"),
            T("earlier this week", "DATE", "2024-W06"),
            T("Thursday", "DATE", "2024-02-08", 1),
            T("Friday", "DATE", "2024-02-09"),
            T("last week", "DATE", "2024-W05"),
        ],
        [
            E("Russia's full-scale invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text",
              "occurred", "The interview was recorded Tuesday"),
            E("Putin denies any interest in attacking Poland or Latvia", "REJECT", ["Vladimir Putin", "Poland"],
              "2024-02-06", "context", "occurred", "We have no interest in Poland"),
            E("Putin: Russia would send troops only if Poland attacked", "THREATEN", ["Vladimir Putin", "Poland"],
              "2024-02-06", "context", "occurred", "We have no interest in Poland"),
            E("Putin: the war could end within weeks if Washington stopped arming Kyiv", "REQUEST",
              ["Vladimir Putin", "United States"], "2024-02-06", "context", "occurred", "within a few weeks"),
            E("Putin: Russia has never refused to negotiate", "AGREE", ["Vladimir Putin"], "2024-02-06", "context",
              "occurred", "never refused"),
            E("Putin blames Boris Johnson for derailing the Istanbul deal", "ACCUSE",
              ["Vladimir Putin", "United Kingdom"], "2024-02-06", "context", "occurred", "never refused"),
            E("Gershkovich held in Russia since March 2023", "COERCE", ["Russia", "United States"], "2023-03", "text",
              "occurred", "Asked about Gershkovich", date_mod="START"),
            E("Possible release of Gershkovich in a swap", "CONCEDE", ["Russia", "United States"], "2024-02-09",
              "published", "uncertain", "Asked about Gershkovich", note="no date; Putin 'does not rule out' it"),
            E("Russian and US security services in contact on Gershkovich", "CONSULT", ["Russia", "United States"],
              "2024-02-06", "context", "occurred", "in contact"),
            E("Putin wants a Russian jailed in Germany in return", "REQUEST", ["Vladimir Putin", "Germany"],
              "2024-02-06", "context", "occurred", "Vadim Krasikov"),
            E("Kirby dismisses what Putin says", "REJECT", ["White House", "Vladimir Putin"], "2024-02-07", "text",
              "occurred", "John Kirby"),
            E("State Department calls again for Gershkovich's release", "REQUEST", ["United States", "Russia"],
              "2024-02-09", "published", "occurred", "top priority"),
            E("Sikorski dismisses Putin's assurances", "ACCUSE", ["Poland", "Vladimir Putin"], "2024-02-09",
              "published", "occurred", "Sikorski"),
            E("Senate advances the 95 billion dollar aid package", "AID", ["United States", "Ukraine"], "2024-02-08",
              "text", "occurred", "procedural vote"),
            E("The aid bill faces an uncertain path in the House", "AID", ["United States", "Ukraine"], "2024-02-09",
              "published", "uncertain", "Mike Johnson"),
            E("Scholz to meet Biden at the White House", "CONSULT", ["Olaf Scholz", "Joe Biden"], "2024-02-09",
              "text", "planned", "was due to meet"),
            E("EU leaders agree a 50 billion euro support package for Kyiv", "AID", ["European Union", "Ukraine"],
              "2024-W05", "text", "occurred", "done its homework", note="EU summit of 1 February 2024"),
            E("Ukraine's foreign ministry calls Putin's account of history lies", "ACCUSE",
              ["Ukraine", "Vladimir Putin"], "2024-02-09", "published", "occurred", "collection of lies"),
        ],
        [
            S("Vladimir Putin", "No intention of attacking NATO countries; Gershkovich could be freed in a swap",
              "2024-02-06", "context", "no intention of attacking Poland"),
            S("Vladimir Putin", "No interest in Poland or Latvia; troops only if Poland attacked", "2024-02-06",
              "context", "We have no interest in Poland"),
            S("Vladimir Putin", "The war could end within a few weeks if Washington stopped supplying weapons",
              "2024-02-06", "context", "within a few weeks"),
            S("Vladimir Putin", "Russia never refused to negotiate; Johnson talked Ukraine out of the Istanbul deal",
              "2024-02-06", "context", "never refused"),
            S("Vladimir Putin", "Does not rule out Gershkovich's release", "2024-02-06", "context",
              "Asked about Gershkovich"),
            S("Vladimir Putin", "Russian and US security services are in contact", "2024-02-06", "context",
              "in contact"),
            S("Vladimir Putin", "Moscow would want a Russian jailed in Germany in return", "2024-02-06", "context",
              "Vadim Krasikov"),
            S("White House", "Kirby: do not take at face value anything Putin says", "2024-02-07", "text",
              "John Kirby"),
            S("United States", "Gershkovich's release remains a top priority", "2024-02-09", "published",
              "top priority"),
            S("Dmitry Peskov", "Putin agreed because Carlson's approach differs from one-sided Western coverage",
              "2024-W06", "text", "one-sided"),
            S("Poland", "Sikorski: Putin's assurances are worth as much as his promises before the invasion",
              "2024-02-09", "published", "Sikorski"),
            S("Olaf Scholz", "Europe has done its homework", "2024-02-09", "published", "done its homework"),
            S("Ukraine", "Putin's account of history is a collection of lies", "2024-02-09", "published",
              "collection of lies"),
        ],
        ["Vladimir Putin", "Russia", "Poland", "NATO", "Ukraine", "United States", "United Kingdom", "Germany",
         "Kremlin", "White House", "Dmitry Peskov", "Olaf Scholz", "Joe Biden", "European Union"],
    ),
    doc(
        "b35en04_istanbul_third_round_2025_07", "2025-07-24", EN04,
        [
            T("July 23", "DATE", "2025-07-23"),
            T("about 40 minutes", "DURATION", "PT40M", mod="APPROX"),
            T("May", "DATE", "2025-05", 0),
            T("48 hours", "DURATION", "PT48H"),
            T("now", "DATE", "PRESENT_REF"),
            T("the end of August", "DATE", "2025-08", mod="END"),
            T("June", "DATE", "2025-06", 0),
            T("Tuesday", "DATE", "2025-07-22"),
            T("nightly", "SET", "P1D"),
            T("Wednesday", "DATE", "2025-07-23"),
            T("July 14", "DATE", "2025-07-14"),
            T("50 days", "DURATION", "P50D"),
            T("May 16", "DATE", "2025-05-16"),
            T("June 2", "DATE", "2025-06-02"),
            T("late May", "DATE", "2025-05", mod="END"),
            T("several hours", "DURATION", "PTXH"),
        ],
        [
            E("Third round of Russia–Ukraine talks in Istanbul, hosted by Fidan", "CONSULT",
              ["Hakan Fidan", "Rustem Umerov", "Vladimir Medinsky", "Russia", "Ukraine"], "2025-07-23", "context",
              "occurred", "The talks at the Çırağan Palace"),
            E("Fidan urges both sides to build on humanitarian progress and work toward a ceasefire", "REQUEST",
              ["Hakan Fidan", "Russia", "Ukraine"], "2025-07-23", "context", "occurred", "Fidan opened the meeting"),
            E("Russia and Ukraine agree to swap at least 1,200 prisoners of war each", "AGREE", ["Russia", "Ukraine"],
              "2025-07-23", "context", "occurred", "agreed to swap"),
            E("Russia offers short ceasefires to collect the wounded and the dead", "REQUEST",
              ["Vladimir Medinsky", "Ukraine"], "2025-07-23", "context", "occurred", "short ceasefires"),
            E("Russia proposes three online working groups", "REQUEST", ["Vladimir Medinsky", "Ukraine"],
              "2025-07-23", "context", "occurred", "short ceasefires"),
            E("Kyiv proposes a Zelensky–Putin meeting before the end of August", "REQUEST",
              ["Rustem Umerov", "Russia"], "2025-07-23", "context", "occurred", "proposed a meeting between"),
            E("Possible Zelensky–Putin meeting before the end of August", "CONSULT",
              ["Volodymyr Zelensky", "Vladimir Putin"], "2025-08", "text", "uncertain", "proposed a meeting between",
              date_mod="END"),
            E("Medinsky: a leaders' meeting only to sign a final agreement", "REQUEST",
              ["Vladimir Medinsky", "Ukraine"], "2025-07-23", "context", "occurred", "made sense only to sign"),
            E("Umerov calls for the release of detained civilians and deported children", "REQUEST",
              ["Rustem Umerov", "Russia"], "2025-07-23", "context", "occurred", "release of all detained civilians"),
            E("Russia and Ukraine exchanged memorandums on a settlement", "REQUEST", ["Russia", "Ukraine"], "2025-06",
              "text", "occurred", "release of all detained civilians", note="memorandums exchanged on 2 June 2025"),
            E("Zelensky says Russia is dragging out the war", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2025-07-23", "text", "occurred", "nightly address"),
            E("Zelensky calls on the US and Europe to step up pressure on Moscow", "REQUEST",
              ["Volodymyr Zelensky", "United States", "European Union", "Russia"], "2025-07-23", "text", "occurred",
              "nightly address"),
            E("Erdoğan offers to host a leaders' meeting with Trump", "REQUEST",
              ["Recep Tayyip Erdoğan", "Vladimir Putin", "Volodymyr Zelensky", "Donald Trump"], "2025-07-24",
              "published", "occurred", "ready to host"),
            E("Trump gives Moscow 50 days to reach a deal or face tariffs", "THREATEN", ["Donald Trump", "Russia"],
              "2025-07-14", "text", "occurred", "50 days", note="deadline about 2 September 2025"),
            E("First round of direct talks in Istanbul", "CONSULT", ["Russia", "Ukraine"], "2025-05-16", "text",
              "occurred", "The first two rounds were held"),
            E("Second round of direct talks in Istanbul", "CONSULT", ["Russia", "Ukraine"], "2025-06-02", "text",
              "occurred", "The first two rounds were held"),
            E("Largest prisoner exchanges of the war, in stages from late May", "CONCEDE", ["Russia", "Ukraine"],
              "2025-05", "text", "occurred", "largest prisoner exchanges", date_mod="END"),
            E("Fidan promises Türkiye will continue its efforts until a lasting peace", "AGREE", ["Hakan Fidan"],
              "2025-07-23", "context", "occurred", "until a lasting peace"),
        ],
        [
            S("Hakan Fidan", "Both sides should build on the humanitarian progress and work toward a ceasefire",
              "2025-07-23", "context", "Fidan opened the meeting"),
            S("Vladimir Medinsky", "The sides agreed to swap at least 1,200 prisoners of war each", "2025-07-23",
              "context", "agreed to swap"),
            S("Vladimir Medinsky", "Moscow offered 48-hour ceasefires and proposed three online working groups",
              "2025-07-23", "context", "short ceasefires"),
            S("Rustem Umerov", "Kyiv proposed a Zelensky–Putin meeting before the end of August", "2025-07-23",
              "context", "proposed a meeting between"),
            S("Vladimir Medinsky", "A leaders' meeting makes sense only to sign a final agreement", "2025-07-23",
              "context", "made sense only to sign"),
            S("Rustem Umerov", "Calls for release of civilians and children; memorandums remain diametrically "
              "opposed", "2025-07-23", "context", "release of all detained civilians"),
            S("Dmitry Peskov", "No miraculous breakthrough should be expected", "2025-07-22", "text",
              "miraculous breakthrough"),
            S("Volodymyr Zelensky", "The swap is a result, but Russia drags out the war; US and Europe must step up "
              "pressure", "2025-07-23", "text", "nightly address"),
            S("Recep Tayyip Erdoğan", "Türkiye is ready to host a leaders' meeting with Trump", "2025-07-24",
              "published", "ready to host"),
            S("Hakan Fidan", "Türkiye will continue its efforts until a lasting peace is achieved", "2025-07-23",
              "context", "until a lasting peace"),
        ],
        ["Russia", "Ukraine", "Hakan Fidan", "Turkey", "Vladimir Medinsky", "Kremlin", "Rustem Umerov",
         "Volodymyr Zelensky", "Vladimir Putin", "Dmitry Peskov", "United States", "European Union",
         "Recep Tayyip Erdoğan", "Donald Trump"],
    ),
    doc(
        "b35en05_paris_coalition_declaration_2026_01", "2026-01-07", EN05,
        [
            T("Tuesday", "DATE", "2026-01-06", 0),
            T("January 6", "DATE", "2026-01-06"),
            T("hours", "DURATION", "PTXH"),
            T("Tuesday evening", "TIME", "2026-01-06TEV"),
            T("Wednesday", "DATE", "2026-01-07"),
            T("this month", "DATE", "2026-01"),
            T("Sunday", "DATE", "2026-01-04"),
            T("early 2025", "DATE", "2025", mod="START"),
            T("Overnight", "TIME", "2026-01-06TNI"),
        ],
        [
            E("Coalition of the willing meets at the Élysée", "CONSULT",
              ["Emmanuel Macron", "Volodymyr Zelensky", "Keir Starmer", "Friedrich Merz", "Giorgia Meloni",
               "Mark Rutte", "Steve Witkoff"], "2026-01-06", "text", "occurred", "Emmanuel Macron hosted"),
            E("Macron, Starmer and Zelensky sign a declaration of intent on a multinational force", "AGREE",
              ["Emmanuel Macron", "Keir Starmer", "Volodymyr Zelensky"], "2026-01-06", "context", "occurred",
              "signed a declaration of intent"),
            E("Multinational force to deploy to Ukraine after a ceasefire", "MOBILIZE",
              ["France", "United Kingdom", "Ukraine"], "2026-01-06", "context", "planned",
              "signed a declaration of intent", note="deployment only once a ceasefire is in place; no date"),
            E("Witkoff: the US will lead ceasefire monitoring and back the guarantees", "AGREE",
              ["Steve Witkoff", "United States", "Ukraine"], "2026-01-06", "context", "occurred",
              "Mr Witkoff said"),
            E("US-led ceasefire monitoring mechanism", "COOPERATE", ["United States", "Ukraine"], "2026-01-06",
              "context", "planned", "Mr Witkoff said"),
            E("Merz: Germany ready to deploy forces to a neighbouring NATO country", "MOBILIZE",
              ["Friedrich Merz", "NATO"], "2026-01-06", "context", "planned", "Mr Merz said"),
            E("Merz rules out German troops on Ukrainian soil", "REJECT", ["Friedrich Merz", "Ukraine"],
              "2026-01-06", "context", "occurred", "Mr Merz said"),
            E("Meloni: Italy will not send troops", "REJECT", ["Giorgia Meloni", "Ukraine"], "2026-01-06", "context",
              "occurred", "Ms Meloni reiterated"),
            E("Meloni offers help with training and sea-lane monitoring", "AID", ["Giorgia Meloni", "Ukraine"],
              "2026-01-06", "context", "planned", "Ms Meloni reiterated"),
            E("Zelensky welcomes the declaration as a real step", "SUPPORT", ["Volodymyr Zelensky"], "2026-01-06",
              "context", "occurred", "a real step"),
            E("Zelensky asks for clear answers on what allies would do if Russia attacked again", "REQUEST",
              ["Volodymyr Zelensky"], "2026-01-06", "context", "occurred", "a real step"),
            E("Peskov: Russia will not accept any foreign military presence in Ukraine", "REJECT",
              ["Dmitry Peskov", "Ukraine"], "2026-01-06TEV", "text", "occurred", "any foreign military presence"),
            E("Zakharova: Western troops in Ukraine would be legitimate targets", "THREATEN", ["Maria Zakharova"],
              "2026-01-07", "text", "occurred", "legitimate targets"),
            E("US negotiators to meet Russian and Ukrainian officials later this month", "CONSULT",
              ["United States", "Russia", "Ukraine"], "2026-01", "text", "planned", "later this month"),
            E("Trump–Zelensky phone call", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"], "2026-01-04", "text",
              "occurred", "spoke to Mr Zelensky by phone"),
            E("Macron and Starmer launch the coalition of the willing", "COOPERATE",
              ["Emmanuel Macron", "Keir Starmer"], "2025", "text", "occurred", "The coalition was launched",
              date_mod="START"),
            E("Trump opens direct talks with Moscow", "CONSULT", ["Donald Trump", "Russia"], "2025", "context",
              "occurred", "The coalition was launched", date_mod="START",
              note="Trump–Putin call of 12 February 2025 and the Riyadh talks"),
            E("The coalition has met more than a dozen times", "CONSULT", ["Emmanuel Macron", "Keir Starmer"],
              "2025", "context", "occurred", "The coalition was launched", date_mod="START",
              note="series of meetings since its launch, mostly by video"),
            E("Russian drone attack on energy facilities in Dnipro and Kharkiv regions", "ASSAULT",
              ["Russia", "Ukraine"], "2026-01-06TNI", "text", "occurred", "more than 100 drones"),
        ],
        [
            S("Joint statement: Emmanuel Macron, Keir Starmer, Volodymyr Zelensky",
              "The force would be led by France and the UK and rely on hubs away from the line of contact",
              "2026-01-06", "context", "according to the text"),
            S("Steve Witkoff", "The US will lead ceasefire monitoring and back the security guarantees",
              "2026-01-06", "context", "Mr Witkoff said"),
            S("Emmanuel Macron", "Europeans, Ukrainians and Americans are aligned on guaranteeing the peace",
              "2026-01-06", "context", "are aligned on what will guarantee"),
            S("Friedrich Merz", "Germany could contribute forces to a neighbouring NATO country, not in Ukraine",
              "2026-01-06", "context", "Mr Merz said"),
            S("Giorgia Meloni", "Italy will not send troops but can help with training and sea-lane monitoring",
              "2026-01-06", "context", "Ms Meloni reiterated"),
            S("Volodymyr Zelensky", "The declaration is a real step, but Ukraine needs clear answers", "2026-01-06",
              "context", "a real step"),
            S("Russia", "Moscow rejected the plan", "2026-01-06", "context", "Moscow rejected the plan"),
            S("Dmitry Peskov", "Russia will not accept any foreign military presence in Ukraine", "2026-01-06TEV",
              "text", "any foreign military presence"),
            S("Maria Zakharova", "Western troops in Ukraine would be legitimate targets", "2026-01-07", "text",
              "legitimate targets"),
            S("Marco Rubio", "The Paris talks were productive; US negotiators will meet both sides again",
              "2026-01-07", "published", "later this month"),
            S("Donald Trump", "A deal is closer than ever", "2026-01-07", "published", "closer than ever"),
            S("Ukraine", "Air force: Russia launched more than 100 drones overnight", "2026-01-07", "published",
              "more than 100 drones"),
        ],
        ["Emmanuel Macron", "France", "Volodymyr Zelensky", "Ukraine", "Keir Starmer", "United Kingdom",
         "Friedrich Merz", "Germany", "Giorgia Meloni", "NATO", "Mark Rutte", "Donald Trump", "United States",
         "Steve Witkoff", "European Union", "Russia", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "Marco Rubio"],
    ),
    doc(
        "b35en06_brics_new_delhi_2026_09", "2026-09-12", EN06,
        [
            T("Friday", "DATE", "2026-09-11", 0),
            T("two-day", "DURATION", "P2D"),
            T("Thursday evening", "TIME", "2026-09-10TEV"),
            T("Friday", "DATE", "2026-09-11", 1),
            T("Thursday", "DATE", "2026-09-10", 1),
            T("Wednesday", "DATE", "2026-09-09"),
            T("nightly", "SET", "P1D"),
            T("Friday", "DATE", "2026-09-11", 2),
            T("Overnight into Friday", "TIME", "2026-09-10TNI"),
            T("Friday", "DATE", "2026-09-11", 4),
            T("the end of the month", "DATE", "2026-09", mod="END"),
            T("next week", "DATE", "2026-W38"),
            T("Friday", "DATE", "2026-09-11", 5),
            T("a day", "SET", "P1D"),
            T("the first half of the year", "DATE", "2026-H1"),
        ],
        [
            E("BRICS leaders adopt the New Delhi declaration", "AGREE",
              ["Vladimir Putin", "Xi Jinping", "Russia", "China"], "2026-09-11", "text", "occurred",
              "Leaders of the BRICS group on Friday",
              note="BRICS is not canonical; the canonical members the article names"),
            E("BRICS calls for a just and lasting peace in Ukraine through dialogue", "REQUEST",
              ["Vladimir Putin", "Xi Jinping", "Russia", "China", "Ukraine"], "2026-09-11", "text", "occurred",
              "Leaders of the BRICS group on Friday"),
            E("BRICS summit in New Delhi", "CONSULT", ["Vladimir Putin", "Xi Jinping"], "2026-09-10", "context",
              "occurred", "The summit at Bharat Mandapam", note="two-day summit, 10–11 September; dated by its first day"),
            E("Modi holds talks with Putin", "CONSULT", ["Vladimir Putin"], "2026-09-10TEV", "text", "occurred",
              "held talks with Putin on Thursday evening", note="India is not canonical"),
            E("Putin: Russia open to talks with Ukraine", "AGREE", ["Vladimir Putin", "Ukraine"], "2026-09-11", "text",
              "occurred", "remained open to talks"),
            E("Putin's condition: talks on the basis of the realities on the ground", "REQUEST",
              ["Vladimir Putin", "Ukraine"], "2026-09-11", "context", "occurred", "remained open to talks"),
            E("Putin thanks BRICS partners for their balanced position", "SUPPORT", ["Vladimir Putin"],
              "2026-09-11", "context", "occurred", "remained open to talks"),
            E("Putin sees no reason to meet Zelensky for the sake of a meeting", "REJECT",
              ["Vladimir Putin", "Volodymyr Zelensky"], "2026-09-11", "context", "occurred",
              "for the sake of a meeting"),
            E("Xi and Putin meet on the sidelines", "CONSULT", ["Xi Jinping", "Vladimir Putin"], "2026-09-10", "text",
              "occurred", "Xi and Putin met separately"),
            E("Xi: China will continue to play a constructive role", "AGREE", ["Xi Jinping"], "2026-09-10",
              "context", "occurred", "Xi and Putin met separately"),
            E("Lavrov holds talks with Jaishankar", "CONSULT", ["Sergey Lavrov"], "2026-09-09", "text", "occurred",
              "Foreign Minister Sergey Lavrov", note="India is not canonical"),
            E("Sybiha criticises the declaration as a missed opportunity", "ACCUSE", ["Andrii Sybiha"], "2026-09-12",
              "published", "occurred", "missed opportunity"),
            E("Sybiha urges India to press Moscow for a ceasefire", "REQUEST", ["Andrii Sybiha", "Russia"],
              "2026-09-12", "published", "occurred", "missed opportunity"),
            E("Russian drones strike energy facilities in the Odesa region", "ASSAULT", ["Russia", "Ukraine"],
              "2026-09-10TNI", "text", "occurred", "Overnight into Friday"),
            E("Trump threatens extra tariffs on buyers of Russian oil without progress by the end of the month",
              "THREATEN", ["Donald Trump", "Russia"], "2026-09-11", "text", "occurred", "additional tariffs",
              note="deadline: end of September 2026"),
            E("Witkoff expected in Moscow next week", "CONSULT", ["Steve Witkoff", "Russia"], "2026-W38", "text",
              "planned", "expected in Moscow"),
            E("Saudi Arabia offers again to host Russia–Ukraine talks", "REQUEST",
              ["Saudi Arabia", "Russia", "Ukraine"], "2026-09-12", "published", "occurred", "offered again to host"),
            E("Guterres urges all parties to silence the guns", "REQUEST", ["António Guterres"], "2026-09-11",
              "text", "occurred", "silence the guns"),
        ],
        [
            S("Joint statement: Vladimir Putin, Xi Jinping",
              "BRICS declaration calls for a comprehensive, just and lasting peace through dialogue", "2026-09-11",
              "text", "Leaders of the BRICS group on Friday"),
            S("Vladimir Putin", "Open to talks on the basis of the realities on the ground; thanks BRICS partners",
              "2026-09-11", "text", "remained open to talks"),
            S("Vladimir Putin", "No reason to meet Zelensky for the sake of a meeting", "2026-09-11", "context",
              "for the sake of a meeting"),
            S("Xi Jinping, via China", "China will continue to play a constructive role in promoting peace talks",
              "2026-09-10", "context", "Xi and Putin met separately"),
            S("Sergey Lavrov", "Moscow values India's independent line", "2026-09-09", "context",
              "Foreign Minister Sergey Lavrov"),
            S("Andrii Sybiha", "The declaration is a missed opportunity; India should press Moscow", "2026-09-12",
              "published", "missed opportunity"),
            S("Volodymyr Zelensky", "No declaration can replace real pressure that stops the missiles", "2026-09-11",
              "text", "nightly address"),
            S("Ukraine", "Russian drones struck energy facilities in the Odesa region", "2026-09-12", "published",
              "Overnight into Friday"),
            S("Donald Trump", "Will impose extra tariffs on buyers of Russian oil without progress", "2026-09-11",
              "text", "additional tariffs"),
            S("Kremlin", "Witkoff is expected in Moscow next week", "2026-09-12", "published", "expected in Moscow"),
            S("Saudi Arabia", "Ready to host talks between Moscow and Kyiv", "2026-09-12", "published",
              "offered again to host"),
            S("António Guterres", "All parties should silence the guns", "2026-09-11", "text", "silence the guns"),
        ],
        ["Russia", "China", "Ukraine", "Vladimir Putin", "Xi Jinping", "Volodymyr Zelensky", "Sergey Lavrov",
         "Andrii Sybiha", "Donald Trump", "United States", "Steve Witkoff", "Kremlin", "Saudi Arabia",
         "António Guterres", "United Nations"],
    ),
]
