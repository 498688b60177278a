"""English articles of the blind54 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b54en01 (The Conversation, analysis)
EN01 = """
Ukraine's EU membership: Brussels has opened the door, but Budapest still holds a key

By Marta Kowalczyk, Senior Lecturer in European Politics, University of Sussex.

On Wednesday the European Commission recommended that EU governments open accession negotiations with Ukraine, less than two years after Kyiv applied for membership.
Commission President Ursula von der Leyen said Ukraine had completed "well over 90%" of the reforms it was asked to make last year, and that the remaining steps on anti-corruption, lobbying and minority rights should be done by March.
The final decision rests with the 27 national leaders at their summit in Brussels in mid-December.

Volodymyr Zelensky called the recommendation "a historic step" and thanked von der Leyen, who had visited Kyiv on Saturday.
The Kremlin was less enthusiastic.
Its spokesman, Dmitry Peskov, told reporters that Ukraine's accession would "destabilise" the bloc and that Russia would follow the process "very closely".

The real obstacle, however, lies inside the EU.
Hungary's prime minister, Viktor Orbán, who shook hands with Vladimir Putin in Beijing three weeks ago, has said that Ukraine is "light years away" from membership and that his government will not agree to talks under current conditions.
Orbán's government is also currently blocking €500 million from the European Peace Facility that would reimburse member states for arms sent to Ukraine.
Unanimity is required at every step, and Budapest has learned that a veto can be traded for concessions elsewhere.

Ukraine's path has been unusually fast.
Zelensky signed the application on 28 February 2022, and EU leaders granted Ukraine candidate status, together with Moldova, on 23 June 2022.
In early October this year, EU foreign ministers met in Kyiv for the first time, a deliberate signal that the door would stay open.

For Moscow, the symbolism may matter more than the timetable.
In November 2013 it was Kyiv's refusal, under Russian pressure, to sign an association agreement with the EU that set off the Maidan protests and, in March 2014, Russia's annexation of Crimea.
Russia cannot veto Ukraine's EU path, but it can hope that Orbán will do it on its behalf.
Whether he does will become clear in five weeks.
"""

# ---------------------------------------------------------------- b54en02 (Arms Control Today, interview)
EN02 = """
"We Are Rolling the Dice Every Day": An Interview With IAEA Director General Rafael Mariano Grossi

Rafael Mariano Grossi, the director general of the International Atomic Energy Agency (IAEA), briefed the UN Security Council on Monday on the first direct military strikes against the Zaporizhzhia nuclear power plant since November 2022.
Arms Control Today spoke with him by phone from Vienna on Tuesday.
The interview has been edited for length and clarity.

ACT: What happened at the plant on April 7?

Grossi: Our team on the site confirmed at least three direct hits by drones, one of them on the dome of reactor unit 6.
The containment was not breached, but this was a serious escalation, and I said at the time that such reckless attacks must stop immediately.

ACT: Russia says Ukraine launched the drones, and Kyiv says Moscow staged the attack to discredit it.
Who is right?

Grossi: It is not my job to point fingers without evidence, and our experts have not been allowed to examine the debris.
What I can say is that any attack on the plant, by anyone, violates the five principles I presented to the Security Council in May last year.

ACT: The IAEA Board of Governors met in a special session last Thursday at Russia's request.
Did anything come of it?

Grossi: Russia wanted the board to condemn Ukraine, Western members wanted it to condemn Russia, and so there was no resolution.
But every member agreed that the plant must never be a target, and that is not nothing.

ACT: You met Rosatom's chief, Alexei Likhachev, in February, and you have met President Zelensky several times.
Is anyone listening?

Grossi: They listen; they do not always agree.
Moscow wants to restart one of the six reactors, which I consider impossible while the cooling water and the power lines are so fragile, and Kyiv insists that the plant be returned to Ukrainian control first.
I will go back to Moscow and to Kyiv in the coming weeks, because the alternative to talking is an accident.

ACT: Are we closer to an accident than in 2022?

Grossi: In some ways, yes.
In 2022 the danger was shelling around the site; now we have drones over the reactors, and the plant has lost all external power eight times.
We are rolling the dice every day.
"""

# ---------------------------------------------------------------- b54en03 (The New Yorker, Q&A)
EN03 = """
Keith Kellogg Looks Back on a Year of Trying to End the War

Keith Kellogg, a retired three-star general, stepped down last week as President Donald Trump's special envoy for Ukraine.
Trump had named him in November 2024, when he was still promising to end the war "in twenty-four hours," and Kellogg spent much of 2025 travelling between Kyiv, European capitals and, once, Minsk.
I spoke with him by phone on Tuesday, days before the first three-way talks between American, Russian and Ukrainian officials are due to open in Abu Dhabi.
Our conversation has been edited for length and clarity.

In March, it was Steve Witkoff, not you, who flew to Moscow to see Vladimir Putin.
Did that sting?

Not at all.
The President decided early on that Steve would deal with the Russians and I would deal with the Ukrainians and the Europeans, and I thought that was the right division of labor.
When I went to Kyiv in February, Zelensky and I spent hours together, and I came home and told the President that he was dealing with a courageous man, not a dictator.

In April, you suggested that Ukraine could be divided into zones, "almost like what happened with Berlin after World War Two."
Was that a mistake?

I was misread.
I was talking about where British and French troops in a reassurance force might be based, west of the Dnipro, not about partitioning a sovereign country, and I corrected it within hours.

In June, you went to Minsk and came back with fourteen prisoners, including Siarhei Tsikhanouski.
How did that happen?

Lukashenko wanted to be taken seriously, and I took him seriously.
We talked for several hours, and I told him that every person he released would be noticed in Washington.
He also offered to host Putin and Zelensky in Minsk, which was never going to fly in Kyiv.

Moscow keeps saying that any deal must address the "root causes" of the war.
What does it want?

What the Russians put on the table in Istanbul in 2022 and what Putin told Steve in Anchorage last August are basically the same thing: a neutral Ukraine, a small army, and the land.
That hasn't moved an inch, and that's why a ceasefire along the current line is the best anybody is going to get right now.

The talks in Abu Dhabi are due to start next week.
What do you expect?

A prisoner exchange, probably a big one, and maybe an energy truce for the rest of the winter.
What worries me is that people treat this like a real-estate closing.
You can't negotiate a peace from a spreadsheet.
"""

# ---------------------------------------------------------------- b54en04 (Euromaidan Press, analysis)
EN04 = """
Analysis: Trump is back. What his first day in office tells Kyiv

Donald Trump returned to the White House on Monday without mentioning Ukraine in his inaugural address, but within hours, in the Oval Office, he made clear that russia's war is on his desk.
Asked about the war, Trump said Zelenskyy had told him he wanted a deal, while Putin was "destroying russia" by not making one.
He added that sanctions against russia were "likely" if Putin refused to negotiate, and said he would speak to the russian dictator "very soon."

In Moscow, Putin used a meeting of his Security Council on Monday morning to congratulate Trump and declare himself open to dialogue on Ukraine.
But he repeated the condition he has set since June: any settlement must remove the "root causes" of the conflict and bring a "long-term peace," not a short truce that would let Ukraine rearm.
Kremlin spokesman Dmitry Peskov said on Tuesday that Putin was ready for contacts but that Moscow was still waiting for "signals" from Washington.

Zelenskyy congratulated Trump on Monday and wrote that his policy of "peace through strength" offered "an opportunity to achieve a just peace."
Foreign Minister Andrii Sybiha said on Tuesday that Kyiv was counting on the new administration to keep up military aid, and invited envoy Keith Kellogg to Kyiv "as soon as possible."
Kellogg's visit, originally planned for early January, was postponed until after the inauguration.

Kyiv has had time to prepare.
Zelenskyy met Trump at Trump Tower in New York in September and again in Paris on 7 December, when French President Emmanuel Macron brought the two together at the Élysée Palace.
Putin, for his part, said at his big press conference on 19 December that he was ready to meet Trump "at any time," but would only sign a deal with Ukraine's "legitimate" authorities, not with Zelenskyy.
Trump and Putin last met in person in Helsinki in July 2018.

For Ukraine, the question is not whether Trump will talk to Putin, but whether he will talk about Ukraine without Ukraine.
The campaign promise to end the war "in 24 hours" has quietly become "100 days" in the mouth of his envoy.
European governments share the worry: on Tuesday, EU foreign policy chief Kaja Kallas warned that "any deal must include Ukraine and Europe."
"""

# ---------------------------------------------------------------- b54en05 (Vox, explainer)
EN05 = """
What Russia means when it talks about the war's "root causes"

The phrase keeps derailing peace talks on Ukraine.
Here's where it comes from, and what it would take to get around it.

Sergey Lavrov said it again on Wednesday.
In an interview with Russian state television, the foreign minister said a ceasefire in Ukraine could only be "the result, not the beginning" of a settlement that removes the "root causes of the conflict."
The phrase has become the Kremlin's standard reply to almost every Western proposal, from a 30-day truce to a freeze along the front line.
So what does it actually mean?

Where does the phrase come from?

Its roots go back to December 2021, when Moscow published two draft treaties demanding that NATO rule out Ukraine's membership and pull its forces back to where they stood in 1997.
The United States and the alliance rejected the core demands in written replies in January 2022.
Vladimir Putin then invoked the "root causes" in the televised speech with which he launched the invasion on February 24, 2022.

What does Moscow want, concretely?

Putin spelled it out on June 14, 2024: Ukraine must withdraw from the four regions Russia claims, give up its bid to join NATO and accept limits on its army.
Russian officials add the "protection" of Russian speakers and of the Moscow-linked church in Ukraine, as well as the lifting of Western sanctions.
When Putin met Donald Trump in Anchorage in August 2025, he again said any deal must "eliminate the root causes," and, according to people briefed on the talks, asked for all of the Donetsk region.

Why does it keep derailing talks?

Because most of these demands have nothing to do with the front line, a ceasefire cannot settle them, which is exactly why Kyiv and its European backers want the ceasefire first.
Ukraine's foreign minister, Andrii Sybiha, replied to Lavrov on Wednesday that "the only root cause of this war is Russia's refusal to accept that Ukraine exists."
At the latest round of talks in Istanbul two weeks ago, Russia's delegation again tabled a memorandum built around the same list, according to a Ukrainian negotiator.
US envoy Steve Witkoff told reporters on Monday that the two sides had narrowed their differences on prisoners and energy, but that "the big ones are still the big ones."

Is there any way around it?

Some diplomats think so.
A European proposal floated in March would meet one of Moscow's demands, with a 20-year moratorium on NATO membership for Ukraine, in exchange for Western security guarantees.
Kremlin spokesman Dmitry Peskov said on Thursday that the idea was "worth studying" but "not sufficient."
For now, "root causes" remains what it has been since 2021: less a negotiating position than a reason not to negotiate.
"""

# ---------------------------------------------------------------- b54en06 (Saudi Gazette, timeline)
EN06 = """
A year of talking to Moscow: a timeline of US-Russia contacts since Riyadh

RIYADH — US Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov met in Riyadh on Wednesday for their first face-to-face talks since the Alaska summit, with Foreign Minister Prince Faisal bin Farhan once again hosting on behalf of the Kingdom.
Before the meeting, Rubio said Washington wanted "a ceasefire this spring, not another year of process."
Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow would listen, but that "the understandings reached in Anchorage" remained the basis for any settlement.
Here is how the past twelve months unfolded.

12 February 2025: Donald Trump and Vladimir Putin speak by phone for about 90 minutes and agree that their teams will start talks "immediately."

18 February 2025: Rubio, national security adviser Mike Waltz and envoy Steve Witkoff meet Lavrov and Kremlin aide Yuri Ushakov at Diriyah Palace in Riyadh for four and a half hours; Ukraine is not invited.

11 March 2025: In Jeddah, Ukraine accepts a US proposal for a 30-day ceasefire, and Washington resumes military aid and intelligence sharing.

18 March 2025: Putin rejects a full ceasefire in a call with Trump but agrees to a 30-day pause in strikes on energy facilities.

11 April 2025: Witkoff meets Putin in St Petersburg for more than four hours; a week later, in Paris, Rubio warns that the US may "move on."

16 May 2025: Russian and Ukrainian delegations meet in Istanbul for their first direct talks since 2022 and agree to exchange 1,000 prisoners each.

15 August 2025: Trump hosts Putin in Anchorage, Alaska, but no ceasefire is agreed; the next day Trump says he wants to go directly to a peace agreement.

16 October 2025: After another call, Trump announces a summit in Budapest, which is later shelved; on 22 October Washington sanctions Rosneft and Lukoil.

20 November 2025: A 28-point US plan drafted by Witkoff and Russian envoy Kirill Dmitriev is presented to Kyiv; three days later, in Geneva, US and Ukrainian negotiators agree on a revised version.

2 December 2025: Witkoff and Jared Kushner spend five hours with Putin in the Kremlin; Ushakov says "no compromise" has been found on territory.

23 January 2026: The first three-way talks between US, Russian and Ukrainian officials open in Abu Dhabi.

A second Trump–Putin summit, which Trump has said could take place "in the spring," has yet to be scheduled.
"""



def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b54en01_eu_accession_recommendation_2023_11", "2023-11-09", EN01,
        [
            T("Wednesday", "DATE", "2023-11-08"),
            T("less than two years", "DURATION", "P2Y", mod="LESS_THAN"),
            T("last year", "DATE", "2022"),
            T("March", "DATE", "2024-03", 0),
            T("mid-December", "DATE", "2023-12", mod="MID"),
            T("Saturday", "DATE", "2023-11-04"),
            T("three weeks ago", "DATE", "2023-W42"),
            T("currently", "DATE", "PRESENT_REF"),
            T("28 February 2022", "DATE", "2022-02-28"),
            T("23 June 2022", "DATE", "2022-06-23"),
            T("early October this year", "DATE", "2023-10", mod="START"),
            T("November 2013", "DATE", "2013-11"),
            T("March 2014", "DATE", "2014-03"),
            T("five weeks", "DURATION", "P5W", note="until the EU summit of 14-15 December 2023"),
        ],
        [
            E("Commission recommends opening accession negotiations with Ukraine", "REQUEST",
              ["European Union", "Ukraine"], "2023-11-08", "text", "occurred", "On Wednesday the European Commission"),
            E("Von der Leyen asks Ukraine to complete the remaining reforms by March", "REQUEST",
              ["Ursula von der Leyen", "Ukraine"], "2023-11-08", "context", "occurred",
              "Commission President Ursula von der Leyen"),
            E("EU summit to decide on opening talks", "CONSULT", ["European Union"], "2023-12", "text", "planned",
              "The final decision rests", date_mod="MID"),
            E("Zelensky thanks von der Leyen for the recommendation", "SUPPORT",
              ["Volodymyr Zelensky", "Ursula von der Leyen"], "2023-11-09", "published", "occurred",
              "Volodymyr Zelensky called"),
            E("Von der Leyen visits Kyiv", "CONSULT", ["Ursula von der Leyen", "Ukraine"], "2023-11-04", "text",
              "occurred", "Volodymyr Zelensky called"),
            E("Orbán meets Putin in Beijing", "CONSULT", ["Viktor Orbán", "Vladimir Putin"], "2023-W42", "text",
              "occurred", "Hungary's prime minister", note="17 October 2023"),
            E("Orbán refuses to agree to accession talks under current conditions", "REJECT",
              ["Viktor Orbán", "Ukraine"], "2023-11-09", "published", "occurred", "Hungary's prime minister"),
            E("Orbán's government blocks 500 million euros from the European Peace Facility", "REJECT",
              ["Viktor Orbán", "European Union", "Ukraine"], "PRESENT_REF", "vague", "occurred",
              "Orbán's government is also"),
            E("Zelensky signs Ukraine's EU membership application", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2022-02-28", "text", "occurred",
              "Zelensky signed the application"),
            E("EU leaders grant Ukraine candidate status", "AGREE", ["European Union", "Ukraine"], "2022-06-23",
              "text", "occurred", "Zelensky signed the application"),
            E("EU foreign ministers meet in Kyiv", "CONSULT", ["European Union", "Ukraine"], "2023-10", "text",
              "occurred", "In early October this year", date_mod="START"),
            E("Kyiv refuses to sign the association agreement with the EU", "REJECT",
              ["Ukraine", "European Union"], "2013-11", "text", "occurred", "In November 2013"),
            E("Russia annexes Crimea", "COERCE", ["Russia", "Ukraine"], "2014-03", "text", "occurred",
              "In November 2013"),
        ],
        [
            S("Ursula von der Leyen", "Ukraine has done well over 90% of the reforms; the rest by March",
              "2023-11-08", "context", "Commission President Ursula von der Leyen"),
            S("Volodymyr Zelensky", "The recommendation is a historic step", "2023-11-09", "published",
              "Volodymyr Zelensky called"),
            S("Kremlin", "Less enthusiastic about the recommendation", "2023-11-09", "published",
              "The Kremlin was less enthusiastic."),
            S("Dmitry Peskov", "Ukraine's accession would destabilise the EU; Russia will follow it closely",
              "2023-11-09", "published", "Its spokesman, Dmitry Peskov"),
            S("Viktor Orbán", "Ukraine is light years away from membership; no talks under current conditions",
              "2023-11-09", "published", "Hungary's prime minister"),
        ],
        ["European Union", "Ukraine", "Ursula von der Leyen", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov",
         "Russia", "Viktor Orbán", "Vladimir Putin"],
    ),
    doc(
        "b54en02_grossi_interview_znpp_2024_04", "2024-04-18", EN02,
        [
            T("Every Day", "SET", "P1D"),
            T("Monday", "DATE", "2024-04-15"),
            T("November 2022", "DATE", "2022-11"),
            T("Tuesday", "DATE", "2024-04-16"),
            T("April 7", "DATE", "2024-04-07"),
            T("May last year", "DATE", "2023-05"),
            T("last Thursday", "DATE", "2024-04-11"),
            T("February", "DATE", "2024-02"),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("2022", "DATE", "2022", 1),
            T("2022", "DATE", "2022", 2),
            T("now", "DATE", "PRESENT_REF"),
            T("every day", "SET", "P1D"),
        ],
        [
            E("Grossi briefs the UN Security Council on the strikes on the Zaporizhzhia plant", "CONSULT",
              ["IAEA", "United Nations"], "2024-04-15", "text", "occurred", "briefed the UN Security Council"),
            E("Drone strikes on the Zaporizhzhia nuclear plant, one hitting the dome of reactor unit 6", "ASSAULT",
              ["Russia", "Ukraine"], "2024-04-07", "context", "occurred", "Our team on the site confirmed",
              note="attacker disputed: Moscow blames Kyiv, Kyiv blames Moscow; the IAEA does not attribute"),
            E("Grossi: the reckless attacks must stop immediately", "REQUEST", ["IAEA"], "2024-04-07", "context",
              "occurred", "The containment was not breached"),
            E("Russia accuses Ukraine of launching the drones", "ACCUSE", ["Russia", "Ukraine"], "2024-04-07",
              "context", "occurred", "Russia says Ukraine launched"),
            E("Kyiv accuses Moscow of staging the attack", "ACCUSE", ["Ukraine", "Russia"], "2024-04-07", "context",
              "occurred", "Russia says Ukraine launched"),
            E("Grossi presents five principles for the plant to the Security Council", "REQUEST",
              ["IAEA", "United Nations"], "2023-05", "text", "occurred", "What I can say is"),
            E("Special session of the IAEA Board of Governors", "CONSULT", ["IAEA", "Russia"], "2024-04-11", "text",
              "occurred", "The IAEA Board of Governors met"),
            E("Russia requests a special session of the Board", "REQUEST", ["Russia", "IAEA"], "2024-04-11",
              "context", "occurred", "The IAEA Board of Governors met", note="request made before the session"),
            E("The Board adopts no resolution", "REJECT", ["IAEA", "Russia"], "2024-04-11", "context", "occurred",
              "Russia wanted the board"),
            E("All Board members agree the plant must never be a target", "AGREE", ["IAEA", "Russia"], "2024-04-11",
              "context", "occurred", "But every member agreed"),
            E("Grossi meets Rosatom chief Likhachev", "CONSULT", ["IAEA", "Russia"], "2024-02", "text", "occurred",
              "You met Rosatom's chief"),
            E("Grossi to go back to Moscow", "CONSULT", ["IAEA", "Russia"], "FUTURE_REF", "vague", "planned",
              "I will go back to Moscow"),
            E("Grossi to go back to Kyiv", "CONSULT", ["IAEA", "Ukraine"], "FUTURE_REF", "vague", "planned",
              "I will go back to Moscow"),
        ],
        [
            S("IAEA", "At least three direct drone hits, one on the dome of reactor unit 6", "2024-04-16", "context",
              "Our team on the site confirmed"),
            S("IAEA", "No breach, but a serious escalation; the reckless attacks must stop", "2024-04-16", "context",
              "The containment was not breached"),
            S("Russia", "Ukraine launched the drones", "2024-04-18", "published", "Russia says Ukraine launched"),
            S("Ukraine", "Moscow staged the attack to discredit Kyiv", "2024-04-18", "published",
              "Russia says Ukraine launched"),
            S("IAEA", "No finger-pointing without evidence; experts not allowed to examine the debris", "2024-04-16",
              "context", "It is not my job"),
            S("IAEA", "Any attack on the plant violates the five principles", "2024-04-16", "context",
              "What I can say is"),
            S("IAEA", "Russia and Western members wanted opposite condemnations, so there was no resolution",
              "2024-04-16", "context", "Russia wanted the board"),
            S("IAEA", "Every member agreed the plant must never be a target", "2024-04-16", "context",
              "But every member agreed"),
            S("IAEA", "Restarting a reactor is impossible for now; Kyiv wants the plant back first", "2024-04-16",
              "context", "Moscow wants to restart"),
            S("IAEA", "Will go back to Moscow and Kyiv in the coming weeks", "2024-04-16", "context",
              "I will go back to Moscow"),
            S("IAEA", "Drones over the reactors; the plant has lost all external power eight times", "2024-04-16",
              "context", "In 2022 the danger"),
            S("IAEA", "We are rolling the dice every day", "2024-04-16", "context", "We are rolling the dice"),
        ],
        ["IAEA", "United Nations", "Russia", "Ukraine", "Volodymyr Zelensky"],
    ),
    doc(
        "b54en03_kellogg_interview_2026_01", "2026-01-16", EN03,
        [
            T("last week", "DATE", "2026-W02"),
            T("November 2024", "DATE", "2024-11"),
            T("twenty-four hours", "DURATION", "PT24H"),
            T("2025", "DATE", "2025"),
            T("Tuesday", "DATE", "2026-01-13"),
            T("March", "DATE", "2025-03"),
            T("February", "DATE", "2025-02"),
            T("hours", "DURATION", "PTXH", 1),
            T("April", "DATE", "2025-04"),
            T("hours", "DURATION", "PTXH", 2),
            T("June", "DATE", "2025-06"),
            T("several hours", "DURATION", "PTXH"),
            T("2022", "DATE", "2022"),
            T("last August", "DATE", "2025-08"),
            T("right now", "DATE", "PRESENT_REF"),
            T("next week", "DATE", "2026-W04"),
            T("the rest of the winter", "DATE", "2025-WI", note="the remainder of winter 2025/26"),
        ],
        [
            E("Witkoff meets Putin in Moscow", "CONSULT", ["Steve Witkoff", "Vladimir Putin"], "2025-03", "text",
              "occurred", "In March, it was Steve Witkoff"),
            E("Kellogg meets Zelensky in Kyiv", "CONSULT", ["Keith Kellogg", "Volodymyr Zelensky"], "2025-02",
              "text", "occurred", "When I went to Kyiv in February"),
            E("Kellogg tells Trump that Zelensky is a courageous man, not a dictator", "SUPPORT",
              ["Keith Kellogg", "Volodymyr Zelensky"], "2025-02", "context", "occurred",
              "When I went to Kyiv in February"),
            E("Kellogg suggests dividing Ukraine into zones", "REQUEST", ["Keith Kellogg", "Ukraine"], "2025-04",
              "text", "occurred", "In April, you suggested"),
            E("Kellogg meets Lukashenko in Minsk", "CONSULT", ["Keith Kellogg", "Alexander Lukashenko"], "2025-06",
              "text", "occurred", "In June, you went to Minsk"),
            E("Lukashenko frees fourteen prisoners, including Tsikhanouski", "CONCEDE",
              ["Alexander Lukashenko", "United States"], "2025-06", "context", "occurred",
              "In June, you went to Minsk"),
            E("Lukashenko offers to host Putin and Zelensky in Minsk", "REQUEST",
              ["Alexander Lukashenko", "Vladimir Putin", "Volodymyr Zelensky"], "2025-06", "context", "occurred",
              "He also offered to host"),
            E("Russia's demands in Istanbul in 2022", "REQUEST", ["Russia", "Ukraine"], "2022", "text", "occurred",
              "What the Russians put on the table"),
            E("Putin's demands to Witkoff in Anchorage", "REQUEST", ["Vladimir Putin", "Steve Witkoff", "Ukraine"],
              "2025-08", "text", "occurred", "What the Russians put on the table"),
            E("US-Russia-Ukraine talks in Abu Dhabi", "CONSULT", ["United States", "Russia", "Ukraine"], "2026-W04",
              "text", "planned", "The talks in Abu Dhabi are due"),
            E("Possible large prisoner exchange", "CONCEDE", ["Russia", "Ukraine"], "2026-W04", "context",
              "uncertain", "A prisoner exchange, probably"),
            E("Possible energy truce for the rest of the winter", "RETREAT", ["Russia", "Ukraine"], "2025-WI", "text",
              "uncertain", "A prisoner exchange, probably"),
        ],
        [
            S("Keith Kellogg", "Trump split the work: Witkoff the Russians, Kellogg the Ukrainians and Europeans",
              "2026-01-13", "context", "The President decided early on"),
            S("Keith Kellogg", "Told Trump that Zelensky is a courageous man, not a dictator", "2026-01-13",
              "context", "When I went to Kyiv in February"),
            S("Keith Kellogg", "The zones remark was about where British and French troops might be based",
              "2026-01-13", "context", "I was talking about where"),
            S("Keith Kellogg", "Lukashenko wanted to be taken seriously", "2026-01-13", "context",
              "Lukashenko wanted to be taken"),
            S("Keith Kellogg", "Told Lukashenko every release would be noticed in Washington", "2026-01-13",
              "context", "We talked for several hours"),
            S("Keith Kellogg", "Lukashenko offered to host Putin and Zelensky in Minsk", "2026-01-13", "context",
              "He also offered to host"),
            S("Keith Kellogg", "Russia wants a neutral Ukraine, a small army and the land, as in 2022 and Anchorage",
              "2026-01-13", "context", "What the Russians put on the table"),
            S("Keith Kellogg", "A ceasefire along the current line is the best anybody will get", "2026-01-13",
              "context", "That hasn't moved"),
            S("Keith Kellogg", "Expects a big prisoner exchange and maybe a winter energy truce", "2026-01-13",
              "context", "A prisoner exchange, probably"),
            S("Keith Kellogg", "You can't negotiate a peace from a spreadsheet", "2026-01-13", "context",
              "You can't negotiate"),
        ],
        ["Keith Kellogg", "Donald Trump", "Ukraine", "United States", "Russia", "Steve Witkoff", "Vladimir Putin",
         "European Union", "Volodymyr Zelensky", "United Kingdom", "France", "Alexander Lukashenko"],
    ),
    doc(
        "b54en04_trump_inauguration_kyiv_2025_01", "2025-01-21", EN04,
        [
            T("Monday", "DATE", "2025-01-20", 0),
            T("hours", "DURATION", "PTXH"),
            T("soon", "DATE", "FUTURE_REF", 0),
            T("Monday morning", "TIME", "2025-01-20TMO"),
            T("June", "DATE", "2024-06"),
            T("Tuesday", "DATE", "2025-01-21", 0),
            T("Monday", "DATE", "2025-01-20", 2),
            T("Tuesday", "DATE", "2025-01-21", 1),
            T("early January", "DATE", "2025-01", mod="START"),
            T("September", "DATE", "2024-09"),
            T("7 December", "DATE", "2024-12-07"),
            T("19 December", "DATE", "2024-12-19"),
            T("July 2018", "DATE", "2018-07"),
            T("24 hours", "DURATION", "PT24H"),
            T("100 days", "DURATION", "P100D"),
            T("Tuesday", "DATE", "2025-01-21", 2),
        ],
        [
            E("Trump: Putin is destroying Russia by not making a deal", "ACCUSE", ["Donald Trump", "Vladimir Putin"],
              "2025-01-20", "context", "occurred", "Asked about the war"),
            E("Trump: sanctions on Russia likely if Putin refuses to negotiate", "THREATEN",
              ["Donald Trump", "Russia"], "2025-01-20", "context", "occurred", "He added that sanctions"),
            E("Trump to speak to Putin very soon", "CONSULT", ["Donald Trump", "Vladimir Putin"], "FUTURE_REF",
              "vague", "planned", "He added that sanctions"),
            E("Putin congratulates Trump", "SUPPORT", ["Vladimir Putin", "Donald Trump"], "2025-01-20TMO", "text",
              "occurred", "In Moscow, Putin used a meeting"),
            E("Putin declares himself open to dialogue on Ukraine", "AGREE", ["Vladimir Putin", "Donald Trump"],
              "2025-01-20TMO", "text", "occurred", "In Moscow, Putin used a meeting"),
            E("Putin: any settlement must remove the root causes", "REQUEST", ["Vladimir Putin", "Ukraine"],
              "2025-01-20TMO", "context", "occurred", "But he repeated the condition"),
            E("Putin rejects a short truce", "REJECT", ["Vladimir Putin", "Ukraine"], "2025-01-20TMO", "context",
              "occurred", "But he repeated the condition"),
            E("Peskov: Putin ready for contacts, Moscow waits for signals from Washington", "AGREE",
              ["Dmitry Peskov", "United States"], "2025-01-21", "text", "occurred",
              "Kremlin spokesman Dmitry Peskov said on Tuesday"),
            E("Zelensky congratulates Trump", "SUPPORT", ["Volodymyr Zelensky", "Donald Trump"], "2025-01-20", "text",
              "occurred", "Zelenskyy congratulated Trump"),
            E("Sybiha asks the new US administration to keep up military aid", "REQUEST",
              ["Andrii Sybiha", "United States"], "2025-01-21", "text", "occurred", "Foreign Minister Andrii Sybiha"),
            E("Sybiha invites Kellogg to Kyiv", "REQUEST", ["Andrii Sybiha", "Keith Kellogg"], "2025-01-21", "text",
              "occurred", "Foreign Minister Andrii Sybiha"),
            E("Kellogg's visit to Kyiv postponed", "CONSULT", ["Keith Kellogg", "Ukraine"], "2025-01", "text",
              "cancelled", "Kellogg's visit, originally planned", date_mod="START",
              note="postponed until after the inauguration; dated by its original plan"),
            E("Zelensky meets Trump at Trump Tower", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"], "2024-09",
              "text", "occurred", "Zelenskyy met Trump at Trump Tower"),
            E("Macron brings Zelensky and Trump together at the Élysée", "CONSULT",
              ["Volodymyr Zelensky", "Donald Trump", "Emmanuel Macron"], "2024-12-07", "text", "occurred",
              "Zelenskyy met Trump at Trump Tower"),
            E("Putin ready to meet Trump at any time", "AGREE", ["Vladimir Putin", "Donald Trump"], "2024-12-19",
              "text", "occurred", "Putin, for his part"),
            E("Putin will not sign a deal with Zelensky", "REJECT", ["Vladimir Putin", "Volodymyr Zelensky"],
              "2024-12-19", "context", "occurred", "Putin, for his part"),
            E("Putin questions Zelensky's legitimacy", "ACCUSE", ["Vladimir Putin", "Volodymyr Zelensky"],
              "2024-12-19", "context", "occurred", "Putin, for his part"),
            E("Trump-Putin summit in Helsinki", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2018-07", "text",
              "occurred", "Trump and Putin last met"),
            E("Kallas: any deal must include Ukraine and Europe", "REQUEST", ["Kaja Kallas", "United States"],
              "2025-01-21", "text", "occurred", "European governments share the worry"),
        ],
        [
            S("Donald Trump", "Zelensky told him he wants a deal; Putin is destroying Russia by not making one",
              "2025-01-20", "context", "Asked about the war"),
            S("Volodymyr Zelensky, via Donald Trump", "Wants a deal", "2025-01-21", "published", "Asked about the war"),
            S("Donald Trump", "Sanctions on Russia are likely if Putin refuses; will speak to him very soon",
              "2025-01-20", "context", "He added that sanctions"),
            S("Vladimir Putin", "Congratulates Trump and is open to dialogue on Ukraine", "2025-01-20TMO", "text",
              "In Moscow, Putin used a meeting"),
            S("Vladimir Putin", "A settlement must remove the root causes and bring long-term peace, not a truce",
              "2025-01-20TMO", "context", "But he repeated the condition"),
            S("Dmitry Peskov", "Putin is ready for contacts; Moscow is waiting for signals from Washington",
              "2025-01-21", "text", "Kremlin spokesman Dmitry Peskov said on Tuesday"),
            S("Volodymyr Zelensky", "Trump's peace through strength offers an opportunity for a just peace",
              "2025-01-20", "text", "Zelenskyy congratulated Trump"),
            S("Andrii Sybiha", "Kyiv counts on continued US military aid; invites Kellogg as soon as possible",
              "2025-01-21", "text", "Foreign Minister Andrii Sybiha"),
            S("Vladimir Putin", "Ready to meet Trump at any time, but will sign only with Ukraine's legitimate "
              "authorities", "2024-12-19", "text", "Putin, for his part"),
            S("Keith Kellogg", "The war could be ended within 100 days", "2025-01-21", "published",
              "The campaign promise"),
            S("Kaja Kallas", "Any deal must include Ukraine and Europe", "2025-01-21", "text",
              "European governments share the worry"),
        ],
        ["Donald Trump", "Ukraine", "Russia", "Volodymyr Zelensky", "Vladimir Putin", "Kremlin", "Dmitry Peskov",
         "United States", "Andrii Sybiha", "Keith Kellogg", "Emmanuel Macron", "France", "European Union",
         "Kaja Kallas"],
    ),
    doc(
        "b54en05_root_causes_explainer_2026_04", "2026-04-09", EN05,
        [
            T("Wednesday", "DATE", "2026-04-08", 0),
            T("30-day", "DURATION", "P30D"),
            T("December 2021", "DATE", "2021-12"),
            T("1997", "DATE", "1997"),
            T("January 2022", "DATE", "2022-01"),
            T("February 24, 2022", "DATE", "2022-02-24"),
            T("June 14, 2024", "DATE", "2024-06-14"),
            T("August 2025", "DATE", "2025-08"),
            T("Wednesday", "DATE", "2026-04-08", 1),
            T("two weeks ago", "DATE", "2026-W13"),
            T("Monday", "DATE", "2026-04-06"),
            T("March", "DATE", "2026-03"),
            T("20-year", "DURATION", "P20Y"),
            T("Thursday", "DATE", "2026-04-09"),
            T("now", "DATE", "PRESENT_REF"),
            T("2021", "DATE", "2021", 1),
        ],
        [
            E("Lavrov: a ceasefire only as the result of a settlement", "REJECT", ["Sergey Lavrov", "Ukraine"],
              "2026-04-08", "context", "occurred", "In an interview with Russian state television"),
            E("Lavrov: the settlement must remove the root causes of the conflict", "REQUEST",
              ["Sergey Lavrov", "Ukraine"], "2026-04-08", "context", "occurred",
              "In an interview with Russian state television"),
            E("Moscow's draft treaties demand that NATO rule out Ukraine's membership and pull back", "REQUEST",
              ["Russia", "NATO", "United States"], "2021-12", "text", "occurred", "Its roots go back"),
            E("The US and NATO reject the core demands", "REJECT", ["United States", "NATO", "Russia"], "2022-01",
              "text", "occurred", "The United States and the alliance rejected"),
            E("Putin launches the full-scale invasion", "ASSAULT", ["Vladimir Putin", "Russia", "Ukraine"],
              "2022-02-24", "text", "occurred", "Vladimir Putin then invoked"),
            E("Putin's conditions: withdrawal from four regions, no NATO bid, limits on the army", "REQUEST",
              ["Vladimir Putin", "Ukraine", "NATO"], "2024-06-14", "text", "occurred", "Putin spelled it out"),
            E("Putin-Trump summit in Anchorage", "CONSULT", ["Vladimir Putin", "Donald Trump"], "2025-08", "text",
              "occurred", "When Putin met Donald Trump"),
            E("Putin insists any deal must eliminate the root causes", "REQUEST", ["Vladimir Putin", "Donald Trump"],
              "2025-08", "context", "occurred", "When Putin met Donald Trump"),
            E("Putin asks for all of the Donetsk region", "REQUEST", ["Vladimir Putin", "Ukraine"], "2025-08",
              "context", "occurred", "When Putin met Donald Trump"),
            E("Sybiha: the only root cause is Russia's refusal to accept Ukraine's existence", "ACCUSE",
              ["Andrii Sybiha", "Russia"], "2026-04-08", "text", "occurred", "Ukraine's foreign minister, Andrii Sybiha"),
            E("Round of Russia-Ukraine talks in Istanbul", "CONSULT", ["Russia", "Ukraine"], "2026-W13", "text",
              "occurred", "At the latest round of talks"),
            E("Russian delegation tables a memorandum built on the same list", "REQUEST", ["Russia", "Ukraine"],
              "2026-W13", "context", "occurred", "At the latest round of talks"),
            E("European proposal of a 20-year moratorium on Ukraine's NATO membership", "REQUEST",
              ["European Union", "Russia", "NATO"], "2026-03", "text", "occurred", "A European proposal floated"),
            E("Peskov: the European idea is not sufficient", "REJECT", ["Dmitry Peskov", "European Union"],
              "2026-04-09", "text", "occurred", "Kremlin spokesman Dmitry Peskov said on Thursday"),
        ],
        [
            S("Sergey Lavrov", "A ceasefire can only be the result of a settlement that removes the root causes",
              "2026-04-08", "context", "In an interview with Russian state television"),
            S("Vladimir Putin", "Ukraine must leave the four regions, give up NATO and accept limits on its army",
              "2024-06-14", "text", "Putin spelled it out"),
            S("Russia", "Also demands protection of Russian speakers and the church and the lifting of sanctions",
              "2026-04-09", "published", "Russian officials add"),
            S("Vladimir Putin", "Any deal must eliminate the root causes", "2025-08", "context",
              "When Putin met Donald Trump"),
            S("Andrii Sybiha", "The only root cause of the war is Russia's refusal to accept that Ukraine exists",
              "2026-04-08", "text", "Ukraine's foreign minister, Andrii Sybiha"),
            S("Ukraine", "A Ukrainian negotiator: Russia tabled a memorandum built on the same list", "2026-04-09",
              "published", "At the latest round of talks"),
            S("Steve Witkoff", "Differences narrowed on prisoners and energy, but the big issues remain",
              "2026-04-06", "text", "US envoy Steve Witkoff told reporters"),
            S("Dmitry Peskov", "The European idea is worth studying but not sufficient", "2026-04-09", "text",
              "Kremlin spokesman Dmitry Peskov said on Thursday"),
        ],
        ["Russia", "Ukraine", "Sergey Lavrov", "Kremlin", "NATO", "United States", "Vladimir Putin", "Donald Trump",
         "European Union", "Andrii Sybiha", "Steve Witkoff", "Dmitry Peskov"],
    ),
    doc(
        "b54en06_riyadh_anniversary_timeline_2026_02", "2026-02-18", EN06,
        [
            T("Wednesday", "DATE", "2026-02-18"),
            T("this spring", "DATE", "2026-SP"),
            T("another year", "DURATION", "P1Y"),
            T("the past twelve months", "DURATION", "P12M"),
            T("12 February 2025", "DATE", "2025-02-12"),
            T("about 90 minutes", "DURATION", "PT90M", mod="APPROX"),
            T("18 February 2025", "DATE", "2025-02-18"),
            T("four and a half hours", "DURATION", "PT4H30M"),
            T("11 March 2025", "DATE", "2025-03-11"),
            T("30-day", "DURATION", "P30D", 0),
            T("18 March 2025", "DATE", "2025-03-18"),
            T("30-day", "DURATION", "P30D", 1),
            T("11 April 2025", "DATE", "2025-04-11"),
            T("more than four hours", "DURATION", "PT4H", mod="MORE_THAN"),
            T("a week later", "DATE", "2025-W16"),
            T("16 May 2025", "DATE", "2025-05-16"),
            T("2022", "DATE", "2022"),
            T("15 August 2025", "DATE", "2025-08-15"),
            T("the next day", "DATE", "2025-08-16"),
            T("16 October 2025", "DATE", "2025-10-16"),
            T("22 October", "DATE", "2025-10-22"),
            T("20 November 2025", "DATE", "2025-11-20"),
            T("three days later", "DATE", "2025-11-23"),
            T("2 December 2025", "DATE", "2025-12-02"),
            T("five hours", "DURATION", "PT5H"),
            T("23 January 2026", "DATE", "2026-01-23"),
            T("the spring", "DATE", "2026-SP"),
        ],
        [
            E("Rubio and Lavrov meet in Riyadh, hosted by Saudi Arabia", "CONSULT",
              ["Marco Rubio", "Sergey Lavrov", "Saudi Arabia"], "2026-02-18", "text", "occurred", "RIYADH"),
            E("Rubio: Washington wants a ceasefire this spring", "REQUEST", ["Marco Rubio", "Russia"], "2026-02-18",
              "context", "occurred", "Before the meeting, Rubio said"),
            E("Zakharova: the Anchorage understandings remain the basis for any settlement", "REQUEST",
              ["Maria Zakharova", "United States"], "2026-02-18", "published", "occurred",
              "Russian Foreign Ministry spokeswoman Maria Zakharova"),
            E("Trump-Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-02-12", "text",
              "occurred", "12 February 2025"),
            E("Trump and Putin agree their teams will start talks", "AGREE", ["Donald Trump", "Vladimir Putin"],
              "2025-02-12", "text", "occurred", "12 February 2025"),
            E("US-Russia talks at Diriyah Palace in Riyadh", "CONSULT",
              ["Marco Rubio", "Steve Witkoff", "Sergey Lavrov", "Yuri Ushakov", "United States", "Russia"],
              "2025-02-18", "text", "occurred", "18 February 2025"),
            E("US proposes a 30-day ceasefire in Jeddah", "REQUEST", ["United States", "Ukraine", "Russia"],
              "2025-03-11", "text", "occurred", "11 March 2025"),
            E("Ukraine accepts the US ceasefire proposal", "AGREE", ["Ukraine", "United States"], "2025-03-11",
              "text", "occurred", "11 March 2025"),
            E("Washington resumes military aid and intelligence sharing", "AID", ["United States", "Ukraine"],
              "2025-03-11", "text", "occurred", "11 March 2025"),
            E("Trump-Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-03-18", "text",
              "occurred", "18 March 2025"),
            E("Putin rejects a full ceasefire", "REJECT", ["Vladimir Putin", "Donald Trump"], "2025-03-18", "text",
              "occurred", "18 March 2025"),
            E("Putin agrees to a 30-day pause in strikes on energy facilities", "AGREE",
              ["Vladimir Putin", "Donald Trump"], "2025-03-18", "text", "occurred", "18 March 2025"),
            E("Witkoff meets Putin in St Petersburg", "CONSULT", ["Steve Witkoff", "Vladimir Putin"], "2025-04-11",
              "text", "occurred", "11 April 2025"),
            E("Rubio warns in Paris that the US may move on", "THREATEN", ["Marco Rubio", "Russia", "Ukraine"],
              "2025-W16", "text", "occurred", "11 April 2025", note="18 April 2025"),
            E("Russia-Ukraine talks in Istanbul", "CONSULT", ["Russia", "Ukraine"], "2025-05-16", "text", "occurred",
              "16 May 2025"),
            E("Agreement to exchange 1,000 prisoners each", "AGREE", ["Russia", "Ukraine"], "2025-05-16", "text",
              "occurred", "16 May 2025"),
            E("Trump hosts Putin in Anchorage", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-08-15", "text",
              "occurred", "15 August 2025"),
            E("No ceasefire agreed in Anchorage", "REJECT", ["Donald Trump", "Vladimir Putin"], "2025-08-15",
              "text", "occurred", "15 August 2025"),
            E("Trump wants to go directly to a peace agreement", "REQUEST", ["Donald Trump", "Russia", "Ukraine"],
              "2025-08-16", "text", "occurred", "15 August 2025"),
            E("Trump-Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-10-16", "text",
              "occurred", "16 October 2025"),
            E("Trump announces a summit with Putin in Budapest", "AGREE", ["Donald Trump", "Vladimir Putin"],
              "2025-10-16", "text", "occurred", "16 October 2025"),
            E("The Budapest summit is shelved", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-10-16",
              "context", "cancelled", "16 October 2025", note="never scheduled; dated by its announcement"),
            E("US sanctions Rosneft and Lukoil", "SANCTION", ["United States", "Russia"], "2025-10-22", "text",
              "occurred", "16 October 2025"),
            E("Witkoff and Dmitriev's 28-point plan presented to Kyiv", "REQUEST",
              ["Steve Witkoff", "Kirill Dmitriev", "Ukraine"], "2025-11-20", "text", "occurred", "20 November 2025"),
            E("US-Ukrainian talks in Geneva", "CONSULT", ["United States", "Ukraine"], "2025-11-23", "text",
              "occurred", "20 November 2025"),
            E("The US and Ukraine agree on a revised plan", "AGREE", ["United States", "Ukraine"], "2025-11-23",
              "text", "occurred", "20 November 2025"),
            E("Witkoff and Kushner meet Putin in the Kremlin", "CONSULT", ["Steve Witkoff", "Vladimir Putin"],
              "2025-12-02", "text", "occurred", "2 December 2025"),
            E("No compromise found on territory", "REJECT", ["Russia", "United States"], "2025-12-02", "text",
              "occurred", "2 December 2025"),
            E("First trilateral talks in Abu Dhabi", "CONSULT", ["United States", "Russia", "Ukraine"], "2026-01-23",
              "text", "occurred", "23 January 2026"),
            E("Possible second Trump-Putin summit in the spring", "CONSULT", ["Donald Trump", "Vladimir Putin"],
              "2026-SP", "text", "uncertain", "A second Trump"),
        ],
        [
            S("Marco Rubio", "Washington wants a ceasefire this spring, not another year of process", "2026-02-18",
              "context", "Before the meeting, Rubio said"),
            S("Maria Zakharova", "Moscow will listen, but the Anchorage understandings remain the basis",
              "2026-02-18", "published", "Russian Foreign Ministry spokeswoman Maria Zakharova"),
            S("Marco Rubio", "The US may move on", "2025-W16", "text", "11 April 2025"),
            S("Donald Trump", "Wants to go directly to a peace agreement", "2025-08-16", "text", "15 August 2025"),
            S("Yuri Ushakov", "No compromise has been found on territory", "2025-12-02", "text", "2 December 2025"),
            S("Donald Trump", "A second summit with Putin could take place in the spring", "2026-02-18", "published",
              "A second Trump"),
        ],
        ["United States", "Marco Rubio", "Russia", "Sergey Lavrov", "Saudi Arabia", "Maria Zakharova",
         "Donald Trump", "Vladimir Putin", "Steve Witkoff", "Kremlin", "Yuri Ushakov", "Ukraine", "Kirill Dmitriev"],
    ),
]
