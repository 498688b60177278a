"""English articles of the blind42 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b42en01 (Khaleej Times live blog)
EN01 = """
LIVE: Abu Dhabi talks on Ukraine enter second day as negotiators pore over maps

6.40pm: Russia and Ukraine have agreed to exchange 500 prisoners of war each in the coming days, the UAE Ministry of Foreign Affairs said in a statement.
The Ministry said it would be the 18th exchange mediated by the UAE and thanked both sides for their "cooperation and responsiveness".

5.15pm: Ukraine's chief negotiator Rustem Umerov told reporters outside the Emirates Palace that the talks had been "substantive" but that Russia was still demanding Ukraine's withdrawal from the part of the Donetsk region it controls.
"We did not come to Abu Dhabi to give away our land," Umerov said.

3.30pm: Kremlin spokesman Dmitry Peskov told reporters in Moscow that a ceasefire along the current front line was "not on the agenda" as long as Kyiv refused to discuss "the territorial question".

2.05pm: US President Donald Trump wrote on Truth Social that the talks were "going very well" and that he would speak to Vladimir Putin later this week.

12.20pm: A military working group led by US Army Secretary Dan Driscoll met for about three hours this morning to go through maps of a possible demilitarised zone, a source familiar with the talks told Khaleej Times.
The group is also discussing how a ceasefire would be monitored, including by drones and satellites.

10.45am: Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs, received the heads of the three delegations, Steve Witkoff, Rustem Umerov and Igor Kostyukov, at Qasr Al Watan before the second day of talks began.
He reaffirmed the UAE's readiness to support "all efforts towards a just and lasting peace".

9.00am: The first day of talks on Tuesday ended after about six hours without a joint statement.
In his nightly address, President Volodymyr Zelenskyy said the Ukrainian team had "clear instructions: no ceasefire that is a trap".
Overnight, Russia launched more than 200 drones at Ukraine, most of them at the Odesa region, Ukraine's air force said.

8.30am: Welcome to our live coverage of the talks.
This is the fifth round of trilateral negotiations in the UAE capital since January, when US, Russian and Ukrainian officials first sat down together in Abu Dhabi.
EU foreign policy chief Kaja Kallas said on Monday that any agreement on territory "needs Ukraine's consent and Europe's signature".
"""

# ---------------------------------------------------------------- b42en02 (Geneva Solutions)
EN02 = """
Geneva talks produce draft ceasefire annex, but Zaporizhzhia plant remains a sticking point

Two days of talks between American, Russian and Ukrainian negotiators at the InterContinental hotel ended on Wednesday evening with a draft annex on monitoring a future ceasefire, but without agreement on the Zaporizhzhia nuclear power plant.
The round had been agreed by Donald Trump and Vladimir Putin when they met on the sidelines of the Apec summit in Shenzhen last month.

According to a person close to the Ukrainian delegation, the 14-page draft provides for a mission of up to 5,000 civilian and military observers along a demilitarised strip 15 kilometres deep on each side of the line of contact.
The mission would be led by the OSCE, with the United Nations providing logistics and satellite imagery.

US special envoy Steve Witkoff told reporters as he left the hotel that the sides were "closer than we've ever been" and that a further round could take place in Geneva in January.
Russia's delegation, led by presidential aide Vladimir Medinsky, insisted that Kyiv withdraw its troops from the remaining parts of the Donetsk region before any observers are deployed.
Rustem Umerov, who led the Ukrainian team, rejected the demand, saying the line of contact was "the only realistic starting point".

Russian troops seized the plant, Europe's largest, in March 2022.
According to the Russian state news agency TASS, the US side proposed that an American company run the plant under IAEA supervision, an idea the Russian delegation dismissed as "not serious".
IAEA Director General Rafael Grossi, who met both delegations on Tuesday, said the agency was "ready to do whatever is needed".

Swiss Foreign Minister Ignazio Cassis, who opened the talks on Tuesday morning, said Geneva would host "as many rounds as it takes".
UN Secretary-General António Guterres welcomed the draft in a statement on Wednesday night and said the United Nations stood ready to support a monitoring mission.

In Kyiv, Volodymyr Zelensky said on Wednesday that Ukraine would "never sign away" the plant.
The Kremlin said Vladimir Putin would be briefed by Medinsky on Thursday.
Overnight, Russian drones struck energy facilities in the Odesa region, Ukrainian officials said.
"""

# ---------------------------------------------------------------- b42en03 (Al-Monitor)
EN03 = """
Fidan shuttles between Moscow and Kyiv as Ankara pitches Istanbul for Putin-Zelensky summit

ANKARA — Turkish Foreign Minister Hakan Fidan was in Kyiv on Wednesday, a day after talks in Moscow, as Ankara steps up efforts to host a meeting between Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky in the spring.

In Moscow on Tuesday, Fidan met his Russian counterpart Sergey Lavrov for more than three hours and was later received by Putin in the Kremlin, according to Turkish diplomatic sources.
Lavrov told a joint news conference that Moscow valued Turkey's mediation but that a meeting of the two presidents could only "crown" an agreement prepared by negotiators, not replace it.

In Kyiv, Fidan held talks with Zelensky and Foreign Minister Andrii Sybiha.
Zelensky said afterwards that he was ready to meet Putin "in Istanbul or anywhere else" but would not discuss handing over land that Russia had failed to capture.
Sybiha said Ukraine had asked Turkey to help bring home civilians held in Russia and the bodies of fallen soldiers.

According to a Turkish official who spoke on condition of anonymity, Ankara's plan foresees a summit in Istanbul preceded by a 30-day halt to strikes on energy infrastructure and a Turkish-led mission to clear mines in the Black Sea.
President Recep Tayyip Erdogan, who spoke with Putin by phone on Sunday, is expected to discuss the proposal with US President Donald Trump in a call on Thursday, his communications directorate said.
Erdogan has offered Istanbul as a venue for direct talks since March 2022, when the city hosted the round that came closest to a deal.

Washington has kept its distance from the Turkish initiative.
Asked about it on Tuesday, Secretary of State Marco Rubio said the United States welcomed "any partner that can move the parties closer" but that the main channel remained the US-led talks, with a first meeting of US, Russian and Ukrainian negotiators expected in the Gulf later this month.
Kremlin spokesman Dmitry Peskov said on Wednesday that no decision had been taken on a Putin-Zelensky meeting and that "Istanbul is one of the options".
"""

# ---------------------------------------------------------------- b42en04 (Asharq Al-Awsat)
EN04 = """
Riyadh summit of Trump, Putin and Zelensky postponed as sides remain apart on Donetsk

Riyadh - A summit of the US, Russian and Ukrainian presidents that Saudi Arabia had planned to host next week has been postponed, the Saudi Ministry of Foreign Affairs announced on Wednesday.
The meeting of Donald Trump, Vladimir Putin and Volodymyr Zelensky had been scheduled for September 3 in Diriyah, on the outskirts of the capital.
In its statement, the ministry said the postponement had been agreed with all three parties to allow "more time for preparatory work", and that the Kingdom remained ready to host the summit.

Crown Prince and Prime Minister Mohammed bin Salman received separate phone calls from Putin and Zelensky on Tuesday, the Saudi Press Agency reported.
During the calls, the Crown Prince reaffirmed the Kingdom's support for all efforts aimed at a political solution to the crisis.

Diplomats familiar with the preparations told Asharq Al-Awsat that negotiators had failed to agree on the final text of a framework agreement that was to be signed in Diriyah.
Moscow is still demanding that Ukraine withdraw from the part of the Donetsk region it controls, while Kyiv insists on freezing the current line of contact.
Kremlin spokesman Dmitry Peskov said on Wednesday that a meeting of the three presidents "must be well prepared and must produce a result", adding that Moscow did not see the delay as a setback.
Zelensky accused Moscow of "playing for time" and said Ukraine had been ready to sign.
Trump told reporters at the White House on Wednesday evening that there was "no rush" and that he would talk to Putin over the next few days.

Saudi Arabia has become a central venue of the US-led peace effort since February 2025, when Secretary of State Marco Rubio and Russian Foreign Minister Sergey Lavrov held talks at Diriyah Palace, the first high-level US-Russian meeting since the invasion.
In May, Riyadh hosted a Trump-Putin summit that produced a 30-day truce on strikes against energy infrastructure.
The truce expired at the beginning of July and was not renewed.
Foreign Minister Prince Faisal bin Farhan is expected in Moscow next month for talks with Lavrov, the ministry said.
"""

# ---------------------------------------------------------------- b42en05 (Semafor)
EN05 = """
Washington's security guarantee for Ukraine is finally on paper. Moscow has already said no.

The White House on Tuesday sent Kyiv and several European capitals a seven-page draft of a US security guarantee for Ukraine, according to two officials who have seen the text.
The draft promises a "coordinated response, including military force" if Russia attacks Ukraine again after a ceasefire, and would run for 15 years with an option to extend.
Ukrainian President Volodymyr Zelensky wants more: a guarantee ratified by the US Senate, so that it cannot be undone by a future administration.

Ukrainians have reason to be wary of paper promises.
In 1994, Kyiv gave up the nuclear arsenal it had inherited from the Soviet Union in exchange for assurances from Washington, London and Moscow that its borders would be respected.
Russia tore up that Budapest Memorandum when it annexed Crimea in 2014.
At the Istanbul talks with Russia in March 2022, Ukraine's negotiators proposed permanent neutrality in return for guarantees from a group of states including the US, Britain, France, China and Turkey, which would have been obliged to come to its aid.
Moscow wanted a veto over any such intervention, and the idea was dropped within weeks.

In June 2024, President Joe Biden and Zelensky signed a ten-year bilateral security agreement at the G7 summit in Italy, but it committed Washington to consultations and weapons, not to defence.
In February 2025, Defense Secretary Pete Hegseth told allies in Brussels that US troops would not be part of any force in Ukraine and that guarantees would have to come from "capable European and non-European troops".
The turn came in Berlin in December, when envoys Steve Witkoff and Jared Kushner told Zelensky that Washington was ready to offer protections modelled on NATO's Article 5.
In return, Zelensky dropped his demand for NATO membership.
On January 6, Emmanuel Macron, Keir Starmer and the other leaders of the "coalition of the willing" agreed in Paris to send a multinational force to Ukraine after a ceasefire, with the US leading a monitoring mission.

Moscow's answer came within hours.
Foreign Minister Sergey Lavrov said on Tuesday that any guarantee involving Western troops on Ukrainian soil was "unacceptable" and that Russia itself must be among the guarantors, as discussed in Istanbul.
Kremlin spokesman Dmitry Peskov called the draft "a document about continuing the war, not ending it".
Senior officials from Ukraine, the US and the main European troop contributors are due to discuss the text in Washington next week.
The harder question is whether a guarantee that Moscow rejects can be part of a deal that Moscow signs.
"""

# ---------------------------------------------------------------- b42en06 (China Daily)
EN06 = """
China, Brazil launch 'Friends for Peace' group on Ukraine crisis at UN

UNITED NATIONS - China and Brazil, together with countries from the Global South, launched a "Friends for Peace" group on the Ukraine crisis on Friday on the sidelines of the 79th session of the United Nations General Assembly in New York.
Wang Yi, member of the Political Bureau of the Communist Party of China Central Committee and foreign minister, co-chaired the ministerial meeting with Celso Amorim, chief adviser to the Brazilian president.
Representatives of 17 countries, including Turkiye, Indonesia, South Africa and Egypt, attended the meeting, while France and Switzerland joined as observers.

Wang said the group was based on the six-point common understandings that China and Brazil issued in May, which call for no expansion of the battlefield, no escalation of fighting and an international peace conference recognized by both Russia and Ukraine.
"All parties should create conditions for peace talks, and the international community should build consensus for a ceasefire," Wang said.

The initiative has drawn criticism from Kyiv.
Speaking at the UN Security Council on Tuesday, Ukrainian President Volodymyr Zelensky questioned the motives of countries that propose "alternatives" to Ukraine's own peace formula, and later called the Sino-Brazilian plan "destructive" in an interview.
Chinese Foreign Ministry spokesperson Lin Jian said on Thursday that the group was "open and inclusive" and "not targeted at any third party".

Russian Foreign Minister Sergey Lavrov, who met Wang in New York on Wednesday, told reporters after the meeting that Moscow appreciated the efforts of China and Brazil, but that any settlement must take into account "the realities on the ground".

Switzerland hosted a peace summit on Ukraine at the Burgenstock resort in June, which China did not attend because Russia had not been invited.
Kyiv says it wants to hold a second summit before the end of the year, to which Russian representatives could be invited.
Beijing has repeatedly said it supports a conference that is "recognized by Russia and Ukraine, with equal participation of all parties and fair discussion of all peace plans".
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


GST = "live-blog time, GST (UAE)"

DOCS = [
    doc(
        "b42en01_abu_dhabi_live_2026_07", "2026-07-22", EN01,
        [
            T("6.40pm", "TIME", "2026-07-22T18:40", note=GST),
            T("the coming days", "DATE", "FUTURE_REF"),
            T("5.15pm", "TIME", "2026-07-22T17:15", note=GST),
            T("3.30pm", "TIME", "2026-07-22T15:30", note=GST),
            T("2.05pm", "TIME", "2026-07-22T14:05", note=GST),
            T("this week", "DATE", "2026-W30"),
            T("12.20pm", "TIME", "2026-07-22T12:20", note=GST),
            T("about three hours", "DURATION", "PT3H", mod="APPROX"),
            T("this morning", "TIME", "2026-07-22TMO"),
            T("10.45am", "TIME", "2026-07-22T10:45", note=GST),
            T("9.00am", "TIME", "2026-07-22T09:00", note=GST),
            T("Tuesday", "DATE", "2026-07-21"),
            T("about six hours", "DURATION", "PT6H", mod="APPROX"),
            T("nightly", "SET", "P1D"),
            T("Overnight", "TIME", "2026-07-21TNI"),
            T("8.30am", "TIME", "2026-07-22T08:30", note=GST),
            T("January", "DATE", "2026-01"),
            T("Monday", "DATE", "2026-07-20"),
        ],
        [
            E("Russia and Ukraine agree to exchange 500 prisoners of war each", "AGREE", ["Russia", "Ukraine"],
              "2026-07-22", "published", "occurred", "have agreed to exchange 500 prisoners"),
            E("Exchange of 500 prisoners each in the coming days", "CONCEDE", ["Russia", "Ukraine"], "FUTURE_REF",
              "vague", "planned", "have agreed to exchange 500 prisoners"),
            E("Russia demands Ukraine's withdrawal from the part of Donetsk it controls", "REQUEST",
              ["Russia", "Ukraine"], "2026-07-22", "published", "occurred", "Rustem Umerov told reporters"),
            E("Umerov: Ukraine will not give away its land", "REJECT", ["Rustem Umerov", "Russia"], "2026-07-22",
              "published", "occurred", "We did not come to Abu Dhabi"),
            E("Peskov: ceasefire along the front line not on the agenda", "REJECT", ["Dmitry Peskov", "Ukraine"],
              "2026-07-22", "published", "occurred", "Kremlin spokesman Dmitry Peskov told reporters"),
            E("Peskov: Kyiv must discuss the territorial question", "REQUEST", ["Dmitry Peskov", "Ukraine"],
              "2026-07-22", "published", "occurred", "Kremlin spokesman Dmitry Peskov told reporters"),
            E("Trump to speak to Putin later this week", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2026-W30",
              "text", "planned", "US President Donald Trump wrote on Truth Social"),
            E("Military working group led by Driscoll goes through maps of a demilitarised zone", "CONSULT",
              ["United States", "Russia", "Ukraine"], "2026-07-22TMO", "text", "occurred",
              "A military working group led by"),
            E("UAE foreign minister receives the heads of the three delegations", "CONSULT",
              ["Steve Witkoff", "Rustem Umerov", "Russia", "United States", "Ukraine"], "2026-07-22", "published",
              "occurred", "received the heads of the three delegations"),
            E("First day of the Abu Dhabi talks, about six hours", "CONSULT", ["United States", "Russia", "Ukraine"],
              "2026-07-21", "text", "occurred", "The first day of talks on Tuesday"),
            E("Zelenskyy rules out a ceasefire 'that is a trap'", "REJECT", ["Volodymyr Zelensky", "Russia"],
              "2026-07-21", "context", "occurred", "In his nightly address"),
            E("Russian overnight drone attack, mostly on the Odesa region", "ASSAULT", ["Russia", "Ukraine"],
              "2026-07-21TNI", "text", "occurred", "Overnight, Russia launched more than 200 drones"),
            E("First trilateral talks in Abu Dhabi in January", "CONSULT", ["United States", "Russia", "Ukraine"],
              "2026-01", "text", "occurred", "This is the fifth round"),
            E("Kallas: a territorial deal needs Ukraine's consent and Europe's signature", "REQUEST",
              ["Kaja Kallas", "United States"], "2026-07-20", "text", "occurred",
              "EU foreign policy chief Kaja Kallas said on Monday"),
        ],
        [
            S("Rustem Umerov", "Talks substantive, but Russia still demands withdrawal from Donetsk", "2026-07-22",
              "published", "Rustem Umerov told reporters"),
            S("Rustem Umerov", "We did not come to give away our land", "2026-07-22", "published",
              "We did not come to Abu Dhabi"),
            S("Dmitry Peskov", "A ceasefire along the front is not on the agenda while Kyiv refuses to discuss "
              "territory", "2026-07-22", "published", "Kremlin spokesman Dmitry Peskov told reporters"),
            S("Donald Trump", "Talks going very well; will speak to Putin later this week", "2026-07-22",
              "published", "US President Donald Trump wrote on Truth Social"),
            S("Volodymyr Zelensky", "The team has clear instructions: no ceasefire that is a trap", "2026-07-21",
              "context", "In his nightly address"),
            S("Ukraine", "Air force: more than 200 drones overnight, mostly at Odesa", "2026-07-22", "published",
              "Overnight, Russia launched more than 200 drones"),
            S("Kaja Kallas", "Any agreement on territory needs Ukraine's consent and Europe's signature",
              "2026-07-20", "text", "EU foreign policy chief Kaja Kallas said on Monday"),
        ],
        ["Russia", "Ukraine", "Rustem Umerov", "Dmitry Peskov", "Kremlin", "Donald Trump", "Vladimir Putin",
         "United States", "Steve Witkoff", "Volodymyr Zelensky", "Kaja Kallas", "European Union"],
    ),
    doc(
        "b42en02_geneva_round_2026_12", "2026-12-10", EN02,
        [
            T("Two days", "DURATION", "P2D"),
            T("Wednesday evening", "TIME", "2026-12-09TEV"),
            T("last month", "DATE", "2026-11"),
            T("January", "DATE", "2027-01"),
            T("March 2022", "DATE", "2022-03"),
            T("Tuesday", "DATE", "2026-12-08"),
            T("Tuesday morning", "TIME", "2026-12-08TMO"),
            T("Wednesday night", "TIME", "2026-12-09TNI"),
            T("Wednesday", "DATE", "2026-12-09", 2),
            T("Thursday", "DATE", "2026-12-10"),
            T("Overnight", "TIME", "2026-12-09TNI"),
        ],
        [
            E("Two days of US-Russia-Ukraine talks in Geneva", "CONSULT", ["United States", "Russia", "Ukraine"],
              "2026-12-09TEV", "text", "occurred", "Two days of talks between American",
              note="talks held on 8-9 December; dated by their end"),
            E("Draft annex on monitoring a future ceasefire", "AGREE", ["United States", "Russia", "Ukraine"],
              "2026-12-09TEV", "text", "occurred", "Two days of talks between American"),
            E("No agreement on the Zaporizhzhia nuclear power plant", "REJECT", ["Russia", "Ukraine"],
              "2026-12-09TEV", "text", "occurred", "Two days of talks between American"),
            E("Trump-Putin meeting at the Apec summit in Shenzhen", "CONSULT", ["Donald Trump", "Vladimir Putin"],
              "2026-11", "text", "occurred", "The round had been agreed by"),
            E("Trump and Putin agreed on the Geneva round", "AGREE", ["Donald Trump", "Vladimir Putin"], "2026-11",
              "text", "occurred", "The round had been agreed by"),
            E("Possible further round in Geneva in January", "CONSULT", ["United States", "Russia", "Ukraine"],
              "2027-01", "text", "uncertain", "US special envoy Steve Witkoff told reporters"),
            E("Medinsky insists that Kyiv withdraw from the rest of Donetsk before observers deploy", "REQUEST",
              ["Vladimir Medinsky", "Ukraine"], "2026-12-09", "context", "occurred",
              "Russia's delegation, led by presidential aide"),
            E("Umerov rejects the Russian demand", "REJECT", ["Rustem Umerov", "Vladimir Medinsky"], "2026-12-09",
              "context", "occurred", "rejected the demand"),
            E("Russian troops seized the Zaporizhzhia plant", "ASSAULT", ["Russia", "Ukraine"], "2022-03", "text",
              "occurred", "Russian troops seized the plant"),
            E("US proposes an American company run the plant under IAEA supervision", "REQUEST",
              ["United States", "Russia", "IAEA"], "2026-12-09", "context", "occurred",
              "the US side proposed that an American company",
              note="made during the talks of 8-9 December"),
            E("Russian delegation dismisses the US proposal as not serious", "REJECT", ["Russia", "United States"],
              "2026-12-09", "context", "occurred", "the US side proposed that an American company"),
            E("Grossi meets both delegations", "CONSULT", ["IAEA", "Russia", "Ukraine"], "2026-12-08", "text",
              "occurred", "who met both delegations on Tuesday"),
            E("IAEA ready to do whatever is needed", "AGREE", ["IAEA"], "2026-12-08", "context", "occurred",
              "who met both delegations on Tuesday"),
            E("Guterres welcomes the draft", "SUPPORT", ["António Guterres"], "2026-12-09TNI", "text", "occurred",
              "UN Secretary-General António Guterres welcomed"),
            E("UN ready to support a monitoring mission", "AGREE", ["United Nations"], "2026-12-09TNI", "text",
              "occurred", "UN Secretary-General António Guterres welcomed"),
            E("Zelensky: Ukraine will never sign away the plant", "REJECT", ["Volodymyr Zelensky", "Russia"],
              "2026-12-09", "text", "occurred", "In Kyiv, Volodymyr Zelensky said on Wednesday"),
            E("Russian overnight drone strikes on energy facilities in the Odesa region", "ASSAULT",
              ["Russia", "Ukraine"], "2026-12-09TNI", "text", "occurred", "Overnight, Russian drones struck"),
        ],
        [
            S("Steve Witkoff", "Sides closer than ever; further round possible in Geneva in January", "2026-12-09",
              "context", "US special envoy Steve Witkoff told reporters"),
            S("Vladimir Medinsky", "Kyiv must withdraw from the rest of Donetsk before observers deploy",
              "2026-12-09", "context", "Russia's delegation, led by presidential aide"),
            S("Rustem Umerov", "The line of contact is the only realistic starting point", "2026-12-09", "context",
              "rejected the demand"),
            S("Russia", "The US proposal on the plant is not serious (via TASS)", "2026-12-09", "context",
              "the US side proposed that an American company"),
            S("IAEA", "Grossi: the agency is ready to do whatever is needed", "2026-12-08", "context",
              "who met both delegations on Tuesday"),
            S("António Guterres", "Welcomes the draft; UN ready to support a monitoring mission", "2026-12-09TNI",
              "text", "UN Secretary-General António Guterres welcomed"),
            S("Volodymyr Zelensky", "Ukraine will never sign away the plant", "2026-12-09", "text",
              "In Kyiv, Volodymyr Zelensky said on Wednesday"),
            S("Kremlin", "Putin will be briefed by Medinsky on Thursday", "2026-12-10", "published",
              "The Kremlin said Vladimir Putin would be briefed"),
            S("Ukraine", "Drones struck energy facilities in the Odesa region", "2026-12-10", "published",
              "Overnight, Russian drones struck"),
        ],
        ["United States", "Russia", "Ukraine", "Donald Trump", "Vladimir Putin", "United Nations", "Steve Witkoff",
         "Vladimir Medinsky", "Rustem Umerov", "IAEA", "António Guterres", "Volodymyr Zelensky", "Kremlin"],
    ),
    doc(
        "b42en03_fidan_shuttle_2026_01", "2026-01-15", EN03,
        [
            T("Wednesday", "DATE", "2026-01-14", 0),
            T("the spring", "DATE", "2026-SP"),
            T("Tuesday", "DATE", "2026-01-13", 0),
            T("more than three hours", "DURATION", "PT3H", mod="MORE_THAN"),
            T("30-day", "DURATION", "P30D"),
            T("Sunday", "DATE", "2026-01-11"),
            T("Thursday", "DATE", "2026-01-15"),
            T("March 2022", "DATE", "2022-03"),
            T("Tuesday", "DATE", "2026-01-13", 1),
            T("this month", "DATE", "2026-01"),
            T("Wednesday", "DATE", "2026-01-14", 1),
        ],
        [
            E("Ankara seeks to host a Putin-Zelensky meeting in the spring", "CONSULT",
              ["Vladimir Putin", "Volodymyr Zelensky", "Turkey"], "2026-SP", "text", "uncertain",
              "steps up efforts to host a meeting"),
            E("Fidan meets Lavrov in Moscow for more than three hours", "CONSULT", ["Hakan Fidan", "Sergey Lavrov"],
              "2026-01-13", "text", "occurred", "In Moscow on Tuesday, Fidan met"),
            E("Putin receives Fidan in the Kremlin", "CONSULT", ["Hakan Fidan", "Vladimir Putin"], "2026-01-13",
              "text", "occurred", "In Moscow on Tuesday, Fidan met"),
            E("Lavrov: Moscow values Turkey's mediation", "SUPPORT", ["Sergey Lavrov", "Turkey"], "2026-01-13",
              "context", "occurred", "Lavrov told a joint news conference"),
            E("Lavrov: a presidents' meeting can only crown an agreement prepared by negotiators", "REQUEST",
              ["Sergey Lavrov", "Ukraine"], "2026-01-13", "context", "occurred", "Lavrov told a joint news conference"),
            E("Fidan holds talks with Zelensky and Sybiha in Kyiv", "CONSULT",
              ["Hakan Fidan", "Volodymyr Zelensky", "Andrii Sybiha"], "2026-01-14", "context", "occurred",
              "In Kyiv, Fidan held talks"),
            E("Zelensky ready to meet Putin in Istanbul or elsewhere", "AGREE", ["Volodymyr Zelensky", "Vladimir Putin"],
              "2026-01-14", "context", "occurred", "Zelensky said afterwards"),
            E("Zelensky refuses to discuss handing over land Russia failed to capture", "REJECT",
              ["Volodymyr Zelensky", "Russia"], "2026-01-14", "context", "occurred", "Zelensky said afterwards"),
            E("Ukraine asks Turkey to help return civilians and bodies of fallen soldiers", "REQUEST",
              ["Andrii Sybiha", "Turkey"], "2026-01-14", "context", "occurred", "Sybiha said Ukraine had asked"),
            E("Turkish plan: Istanbul summit after a 30-day energy-strike halt and a Black Sea demining mission",
              "REQUEST", ["Turkey", "Russia", "Ukraine"], "2026-01-15", "published", "occurred",
              "Ankara's plan foresees"),
            E("Erdoğan-Putin phone call", "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2026-01-11", "text",
              "occurred", "who spoke with Putin by phone on Sunday"),
            E("Erdoğan to discuss the proposal with Trump by phone", "CONSULT",
              ["Recep Tayyip Erdoğan", "Donald Trump"], "2026-01-15", "text", "planned",
              "who spoke with Putin by phone on Sunday"),
            E("Erdoğan's standing offer of Istanbul as a venue since March 2022", "REQUEST",
              ["Recep Tayyip Erdoğan", "Russia", "Ukraine"], "2022-03", "text", "occurred",
              "Erdogan has offered Istanbul", date_mod="START"),
            E("Istanbul round of March 2022", "CONSULT", ["Russia", "Ukraine"], "2022-03", "text", "occurred",
              "Erdogan has offered Istanbul"),
            E("Rubio welcomes any partner that can move the parties closer", "SUPPORT", ["Marco Rubio", "Turkey"],
              "2026-01-13", "text", "occurred", "Asked about it on Tuesday"),
            E("First meeting of US, Russian and Ukrainian negotiators expected in the Gulf later this month",
              "CONSULT", ["United States", "Russia", "Ukraine"], "2026-01", "text", "planned",
              "Asked about it on Tuesday"),
        ],
        [
            S("Turkey", "Diplomatic sources: Fidan met Lavrov for over three hours and was received by Putin",
              "2026-01-15", "published", "In Moscow on Tuesday, Fidan met"),
            S("Sergey Lavrov", "Values Turkey's mediation; a presidents' meeting can only crown an agreement",
              "2026-01-13", "context", "Lavrov told a joint news conference"),
            S("Volodymyr Zelensky", "Ready to meet Putin anywhere, but will not discuss handing over land",
              "2026-01-14", "context", "Zelensky said afterwards"),
            S("Andrii Sybiha", "Ukraine asked Turkey to help bring home civilians and bodies", "2026-01-14",
              "context", "Sybiha said Ukraine had asked"),
            S("Turkey", "Official: plan for an Istanbul summit after an energy truce and demining", "2026-01-15",
              "published", "Ankara's plan foresees"),
            S("Turkey", "Communications directorate: Erdoğan to discuss the proposal with Trump", "2026-01-15",
              "published", "who spoke with Putin by phone on Sunday"),
            S("Marco Rubio", "Welcomes any partner, but the main channel remains the US-led talks", "2026-01-13",
              "text", "Asked about it on Tuesday"),
            S("Dmitry Peskov", "No decision on a Putin-Zelensky meeting; Istanbul is one option", "2026-01-14",
              "text", "Kremlin spokesman Dmitry Peskov said on Wednesday"),
        ],
        ["Hakan Fidan", "Turkey", "Russia", "Ukraine", "Vladimir Putin", "Volodymyr Zelensky", "Sergey Lavrov",
         "Andrii Sybiha", "Recep Tayyip Erdoğan", "Donald Trump", "United States", "Marco Rubio", "Dmitry Peskov",
         "Kremlin"],
    ),
    doc(
        "b42en04_riyadh_summit_postponed_2026_08", "2026-08-27", EN04,
        [
            T("next week", "DATE", "2026-W36"),
            T("Wednesday", "DATE", "2026-08-26", 0),
            T("September 3", "DATE", "2026-09-03"),
            T("Tuesday", "DATE", "2026-08-25"),
            T("Wednesday", "DATE", "2026-08-26", 1),
            T("Wednesday evening", "TIME", "2026-08-26TEV"),
            T("the next few days", "DATE", "FUTURE_REF"),
            T("February 2025", "DATE", "2025-02"),
            T("May", "DATE", "2026-05"),
            T("30-day", "DURATION", "P30D"),
            T("the beginning of July", "DATE", "2026-07", mod="START"),
            T("next month", "DATE", "2026-09"),
        ],
        [
            E("Planned Trump-Putin-Zelensky summit in Diriyah postponed", "CONSULT",
              ["Donald Trump", "Vladimir Putin", "Volodymyr Zelensky", "Saudi Arabia"], "2026-09-03", "text",
              "cancelled", "had been scheduled for September 3", note="postponed without a new date"),
            E("Postponement agreed with all three parties", "AGREE",
              ["Saudi Arabia", "United States", "Russia", "Ukraine"], "2026-08-26", "context", "occurred",
              "the postponement had been agreed"),
            E("Saudi Arabia remains ready to host the summit", "REQUEST", ["Saudi Arabia"], "2026-08-26", "context",
              "occurred", "the postponement had been agreed"),
            E("Putin's phone call with the Saudi crown prince", "CONSULT", ["Saudi Arabia", "Vladimir Putin"],
              "2026-08-25", "text", "occurred", "received separate phone calls"),
            E("Zelensky's phone call with the Saudi crown prince", "CONSULT", ["Saudi Arabia", "Volodymyr Zelensky"],
              "2026-08-25", "text", "occurred", "received separate phone calls"),
            E("Negotiators failed to agree on the framework text", "REJECT", ["Russia", "Ukraine"], "2026-08-27",
              "published", "occurred", "negotiators had failed to agree"),
            E("Moscow demands Ukraine's withdrawal from the part of Donetsk it controls", "REQUEST",
              ["Russia", "Ukraine"], "2026-08-27", "published", "occurred", "Moscow is still demanding"),
            E("Kyiv insists on freezing the current line of contact", "REQUEST", ["Ukraine", "Russia"], "2026-08-27",
              "published", "occurred", "Moscow is still demanding"),
            E("Zelensky accuses Moscow of playing for time", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2026-08-27", "published", "occurred", "Zelensky accused Moscow"),
            E("Zelensky: Ukraine had been ready to sign", "AGREE", ["Volodymyr Zelensky"], "2026-08-27", "published",
              "occurred", "Zelensky accused Moscow"),
            E("Trump to talk to Putin over the next few days", "CONSULT", ["Donald Trump", "Vladimir Putin"],
              "FUTURE_REF", "vague", "planned", "Trump told reporters at the White House"),
            E("Rubio-Lavrov talks at Diriyah Palace", "CONSULT", ["Marco Rubio", "Sergey Lavrov", "Saudi Arabia"],
              "2025-02", "text", "occurred", "Saudi Arabia has become a central venue", note="18 February 2025"),
            E("Trump-Putin summit in Riyadh", "CONSULT", ["Donald Trump", "Vladimir Putin", "Saudi Arabia"], "2026-05",
              "text", "occurred", "In May, Riyadh hosted"),
            E("30-day truce on energy strikes agreed at the Riyadh summit", "AGREE", ["Donald Trump", "Vladimir Putin"],
              "2026-05", "text", "occurred", "In May, Riyadh hosted"),
            E("Prince Faisal to hold talks with Lavrov in Moscow next month", "CONSULT",
              ["Saudi Arabia", "Sergey Lavrov"], "2026-09", "text", "planned", "Prince Faisal bin Farhan is expected"),
        ],
        [
            S("Saudi Arabia", "Announces the postponement of the summit", "2026-08-26", "text",
              "the Saudi Ministry of Foreign Affairs announced"),
            S("Saudi Arabia", "Postponement agreed with all parties; the Kingdom remains ready to host", "2026-08-26",
              "context", "the postponement had been agreed"),
            S("Saudi Arabia", "Crown Prince reaffirms support for efforts towards a political solution",
              "2026-08-25", "context", "During the calls, the Crown Prince"),
            S("Dmitry Peskov", "A three-presidents meeting must be well prepared and produce a result; the delay is "
              "no setback", "2026-08-26", "text", "Kremlin spokesman Dmitry Peskov said on Wednesday"),
            S("Volodymyr Zelensky", "Moscow is playing for time; Ukraine was ready to sign", "2026-08-27",
              "published", "Zelensky accused Moscow"),
            S("Donald Trump", "No rush; will talk to Putin over the next few days", "2026-08-26TEV", "text",
              "Trump told reporters at the White House"),
            S("Saudi Arabia", "Prince Faisal expected in Moscow next month", "2026-08-27", "published",
              "Prince Faisal bin Farhan is expected"),
        ],
        ["Saudi Arabia", "United States", "Russia", "Ukraine", "Donald Trump", "Vladimir Putin", "Volodymyr Zelensky",
         "Dmitry Peskov", "Kremlin", "Marco Rubio", "Sergey Lavrov"],
    ),
    doc(
        "b42en05_security_guarantee_draft_2026_03", "2026-03-05", EN05,
        [
            T("Tuesday", "DATE", "2026-03-03", 0),
            T("15 years", "DURATION", "P15Y"),
            T("1994", "DATE", "1994"),
            T("2014", "DATE", "2014"),
            T("March 2022", "DATE", "2022-03"),
            T("weeks", "DURATION", "PXW"),
            T("June 2024", "DATE", "2024-06"),
            T("ten-year", "DURATION", "P10Y"),
            T("February 2025", "DATE", "2025-02"),
            T("December", "DATE", "2025-12"),
            T("January 6", "DATE", "2026-01-06"),
            T("hours", "DURATION", "PTXH"),
            T("Tuesday", "DATE", "2026-03-03", 1),
            T("next week", "DATE", "2026-W11"),
        ],
        [
            E("White House sends Kyiv and European capitals a draft US security guarantee", "REQUEST",
              ["White House", "Ukraine", "European Union"], "2026-03-03", "text", "occurred",
              "The White House on Tuesday sent Kyiv"),
            E("Zelensky wants a guarantee ratified by the US Senate", "REQUEST", ["Volodymyr Zelensky", "United States"],
              "2026-03-05", "published", "occurred", "Zelensky wants more"),
            E("Ukraine gave up its nuclear arsenal", "CONCEDE", ["Ukraine"], "1994", "text", "occurred",
              "In 1994, Kyiv gave up"),
            E("Budapest Memorandum assurances from Washington, London and Moscow", "AGREE",
              ["United States", "United Kingdom", "Russia", "Ukraine"], "1994", "text", "occurred",
              "In 1994, Kyiv gave up"),
            E("Russia annexed Crimea", "COERCE", ["Russia", "Ukraine"], "2014", "text", "occurred",
              "Russia tore up that Budapest Memorandum"),
            E("Istanbul talks between Ukraine and Russia", "CONSULT", ["Ukraine", "Russia"], "2022-03", "text",
              "occurred", "At the Istanbul talks with Russia"),
            E("Ukraine proposed neutrality in return for guarantees from the US, Britain, France, China and Turkey",
              "REQUEST", ["Ukraine", "United States", "United Kingdom", "France", "China", "Turkey"], "2022-03",
              "text", "occurred", "At the Istanbul talks with Russia"),
            E("Moscow wanted a veto over any intervention by the guarantors", "REQUEST", ["Russia"], "2022-03",
              "context", "occurred", "Moscow wanted a veto"),
            E("Biden and Zelensky signed a ten-year bilateral security agreement", "AGREE",
              ["Joe Biden", "Volodymyr Zelensky"], "2024-06", "text", "occurred", "In June 2024, President Joe Biden"),
            E("Hegseth: no US troops in any force in Ukraine", "REJECT", ["United States", "Ukraine"], "2025-02",
              "text", "occurred", "Defense Secretary Pete Hegseth told allies"),
            E("Hegseth: guarantees must come from European and non-European troops", "REQUEST", ["United States"],
              "2025-02", "text", "occurred", "Defense Secretary Pete Hegseth told allies"),
            E("Witkoff and Kushner meet Zelensky in Berlin", "CONSULT", ["Steve Witkoff", "Volodymyr Zelensky"],
              "2025-12", "text", "occurred", "The turn came in Berlin in December"),
            E("US ready to offer Article 5-style protections", "AGREE", ["United States", "Steve Witkoff", "Ukraine"],
              "2025-12", "text", "occurred", "The turn came in Berlin in December"),
            E("Zelensky drops the demand for NATO membership", "CONCEDE", ["Volodymyr Zelensky", "NATO"], "2025-12",
              "context", "occurred", "In return, Zelensky dropped"),
            E("Coalition of the willing meets in Paris", "CONSULT", ["Emmanuel Macron", "Keir Starmer"],
              "2026-01-06", "text", "occurred", "On January 6, Emmanuel Macron"),
            E("Coalition agrees on a multinational force after a ceasefire, US to lead monitoring", "AGREE",
              ["Emmanuel Macron", "Keir Starmer", "United States"], "2026-01-06", "text", "occurred",
              "On January 6, Emmanuel Macron"),
            E("Multinational force to be sent to Ukraine after a ceasefire", "MOBILIZE",
              ["Emmanuel Macron", "Keir Starmer", "Ukraine"], "2026-01-06", "text", "planned",
              "On January 6, Emmanuel Macron"),
            E("Lavrov: guarantee with Western troops unacceptable", "REJECT", ["Sergey Lavrov", "United States"],
              "2026-03-03", "text", "occurred", "Foreign Minister Sergey Lavrov said on Tuesday"),
            E("Lavrov: Russia must be among the guarantors", "REQUEST", ["Sergey Lavrov", "United States"],
              "2026-03-03", "text", "occurred", "Foreign Minister Sergey Lavrov said on Tuesday"),
            E("Peskov: the draft is about continuing the war", "ACCUSE", ["Dmitry Peskov", "United States"],
              "2026-03-05", "published", "occurred", "Kremlin spokesman Dmitry Peskov called the draft"),
            E("Ukraine, US and European contributors to discuss the text in Washington next week", "CONSULT",
              ["Ukraine", "United States", "European Union"], "2026-W11", "text", "planned",
              "are due to discuss the text in Washington"),
        ],
        [
            S("United States", "Hegseth: no US troops; guarantees from European and non-European troops",
              "2025-02", "text", "Defense Secretary Pete Hegseth told allies"),
            S("Steve Witkoff", "Washington ready to offer Article 5-style protections", "2025-12", "text",
              "The turn came in Berlin in December"),
            S("Russia", "Moscow answered within hours", "2026-03-03", "context", "Moscow's answer came"),
            S("Sergey Lavrov", "Western troops unacceptable; Russia must be among the guarantors", "2026-03-03",
              "text", "Foreign Minister Sergey Lavrov said on Tuesday"),
            S("Dmitry Peskov", "The draft is about continuing the war, not ending it", "2026-03-05", "published",
              "Kremlin spokesman Dmitry Peskov called the draft"),
        ],
        ["White House", "Ukraine", "European Union", "United States", "Volodymyr Zelensky", "Russia",
         "United Kingdom", "France", "China", "Turkey", "Joe Biden", "Steve Witkoff", "NATO", "Emmanuel Macron",
         "Keir Starmer", "Sergey Lavrov", "Dmitry Peskov", "Kremlin"],
    ),
    doc(
        "b42en06_friends_for_peace_2024_09", "2024-09-28", EN06,
        [
            T("Friday", "DATE", "2024-09-27"),
            T("May", "DATE", "2024-05"),
            T("Tuesday", "DATE", "2024-09-24"),
            T("Thursday", "DATE", "2024-09-26"),
            T("Wednesday", "DATE", "2024-09-25"),
            T("June", "DATE", "2024-06"),
            T("the end of the year", "DATE", "2024", mod="END"),
        ],
        [
            E("China and Brazil launch the 'Friends for Peace' group", "COOPERATE", ["China"], "2024-09-27", "text",
              "occurred", "launched a \"Friends for Peace\" group"),
            E("Ministerial meeting co-chaired by Wang Yi and Amorim, with Turkey attending and France as observer",
              "CONSULT", ["China", "Turkey", "France"], "2024-09-27", "context", "occurred",
              "co-chaired the ministerial meeting"),
            E("China-Brazil six-point common understandings on de-escalation and a peace conference", "REQUEST",
              ["China", "Russia", "Ukraine"], "2024-05", "text", "occurred", "six-point common understandings"),
            E("Wang: all parties should create conditions for peace talks", "REQUEST", ["China", "Russia", "Ukraine"],
              "2024-09-27", "context", "occurred", "All parties should create conditions"),
            E("Zelensky questions the motives of countries proposing alternative plans", "ACCUSE",
              ["Volodymyr Zelensky", "China"], "2024-09-24", "text", "occurred",
              "Speaking at the UN Security Council on Tuesday"),
            E("Lavrov meets Wang Yi in New York", "CONSULT", ["Sergey Lavrov", "China"], "2024-09-25", "text",
              "occurred", "who met Wang in New York on Wednesday"),
            E("Lavrov: Moscow appreciates the efforts of China and Brazil", "SUPPORT", ["Sergey Lavrov", "China"],
              "2024-09-25", "context", "occurred", "who met Wang in New York on Wednesday"),
            E("Lavrov: any settlement must reflect the realities on the ground", "REQUEST",
              ["Sergey Lavrov", "Ukraine"], "2024-09-25", "context", "occurred",
              "who met Wang in New York on Wednesday"),
            E("Peace summit at the Burgenstock in June", "CONSULT", ["Ukraine"], "2024-06", "text", "occurred",
              "Switzerland hosted a peace summit"),
            E("China stayed away from the Burgenstock summit", "CONSULT", ["China"], "2024-06", "context",
              "cancelled", "Switzerland hosted a peace summit"),
            E("Kyiv wants a second peace summit before the end of the year", "CONSULT", ["Ukraine"], "2024", "text",
              "planned", "Kyiv says it wants to hold a second summit", date_mod="END"),
            E("Russian representatives could be invited to the second summit", "REQUEST", ["Ukraine", "Russia"],
              "2024", "context", "uncertain", "Kyiv says it wants to hold a second summit", date_mod="END"),
        ],
        [
            S("China", "Wang: the group builds on the six-point common understandings", "2024-09-27", "context",
              "Wang said the group was based"),
            S("China", "Wang: all parties should create conditions for peace talks", "2024-09-27", "context",
              "All parties should create conditions"),
            S("Ukraine", "Kyiv criticises the initiative", "2024-09-28", "published",
              "The initiative has drawn criticism from Kyiv"),
            S("Volodymyr Zelensky", "Questions the motives of countries proposing alternatives; calls the plan "
              "destructive", "2024-09-24", "text", "Speaking at the UN Security Council on Tuesday"),
            S("China", "Lin Jian: the group is open and inclusive and not targeted at any third party", "2024-09-26",
              "text", "Lin Jian said on Thursday"),
            S("Sergey Lavrov", "Moscow appreciates the efforts but a settlement must reflect the realities",
              "2024-09-25", "context", "who met Wang in New York on Wednesday"),
            S("Ukraine", "Wants a second summit before the end of the year, Russia could be invited", "2024-09-28",
              "published", "Kyiv says it wants to hold a second summit"),
            S("China", "Supports a conference recognised by Russia and Ukraine with equal participation",
              "2024-09-28", "published", "Beijing has repeatedly said"),
        ],
        ["China", "United Nations", "Turkey", "France", "Russia", "Ukraine", "Volodymyr Zelensky",
         "Sergey Lavrov"],
    ),
]
