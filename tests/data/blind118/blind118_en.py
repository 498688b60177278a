"""English articles of the blind118 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = []

# ---------------------------------------------------------------- b118en01 (Minsk Herald)
EN01 = """
Head of State pardons 37 more convicts, signals readiness for "normal relations" with the West

MINSK - President of Belarus Aleksandr Lukashenko on Monday pardoned 37 people convicted of extremist crimes, the press service of the Head of State reported.
Among them are 14 women, several people with serious illnesses and people of retirement age, the press service said, adding that all of them had filed petitions for clemency and admitted their guilt.
It is the fourth such group since early July, when the first 18 convicts were released on Independence Day.
In August, 30 people were pardoned, and on September 4 another 30 walked free.

Speaking to Prosecutor General Andrei Shved on Friday, Aleksandr Lukashenko said the work would continue "calmly, without fuss and without pressure from abroad."
"We are not doing this for the Americans or for the Europeans. We are doing this for our own people," he said, as quoted by BelTA.
At the same meeting, the Head of State made it clear that Minsk was open to "normal, respectful" relations with Washington and the European Union if "illegal sanctions" were lifted.

Washington welcomed the releases.
A State Department spokesperson said on Monday that the United States "welcomes the release" but called on Minsk to free "all of the more than 1,300 political prisoners" still held.
The European External Action Service said the EU's position "remains unchanged" and that restrictive measures against Belarus would stay in force.
Some Western media have reported that a US diplomat held confidential talks in Minsk earlier this month, which the Belarusian Foreign Ministry has neither confirmed nor denied.

In July, Aleksandr Lukashenko also pardoned German citizen Rico Krieger, who had been sentenced to death in Minsk for a terrorist act.
Krieger was later handed over to Germany as part of the large-scale prisoner exchange between Russia and Western countries in Ankara on August 1.
Foreign Minister Maxim Ryzhenkov told journalists last week that the exchange proved that "issues can be resolved through dialogue, not through pressure."
Ryzhenkov is due to lead the Belarusian delegation at the UN General Assembly in New York next week.

Minsk has also repeatedly called on Warsaw to reopen the Bobrowniki checkpoint, which Poland closed in February 2023.
The Polish side has so far refused, citing the situation on the border.
Opposition structures abroad, including the Viasna center, which is recognized as extremist in Belarus, continue to speak of "political prisoners", a term Minsk rejects.
"""

DOCS.append(doc(
    "b118en01_pardons_thirty_seven_2024_09", "2024-09-17", EN01,
    [
        T("Monday", "DATE", "2024-09-16", 0),
        T("early July", "DATE", "2024-07", mod="START"),
        T("Independence Day", "DATE", "2024-07-03"),
        T("August", "DATE", "2024-08", 0),
        T("September 4", "DATE", "2024-09-04"),
        T("Friday", "DATE", "2024-09-13"),
        T("Monday", "DATE", "2024-09-16", 1),
        T("this month", "DATE", "2024-09"),
        T("July", "DATE", "2024-07", 1),
        T("August 1", "DATE", "2024-08-01"),
        T("last week", "DATE", "2024-W37"),
        T("next week", "DATE", "2024-W39"),
        T("February 2023", "DATE", "2023-02"),
    ],
    [
        E("Lukashenko pardons 37 people convicted of extremist crimes", "CONCEDE",
          ["Alexander Lukashenko", "Belarus"], "2024-09-16", "text", "occurred", "on Monday pardoned 37 people"),
        E("First 18 convicts released on Independence Day", "CONCEDE", ["Belarus"], "2024-07-03", "text", "occurred",
          "It is the fourth such group"),
        E("30 people pardoned in August", "CONCEDE", ["Belarus"], "2024-08", "text", "occurred",
          "In August, 30 people were pardoned"),
        E("Another 30 freed on September 4", "CONCEDE", ["Belarus"], "2024-09-04", "text", "occurred",
          "In August, 30 people were pardoned"),
        E("Lukashenko meets the Prosecutor General", "CONSULT", ["Alexander Lukashenko"], "2024-09-13", "text",
          "occurred", "Speaking to Prosecutor General"),
        E("Lukashenko: the pardons will continue", "AGREE", ["Alexander Lukashenko"], "2024-09-13", "text",
          "occurred", "Speaking to Prosecutor General"),
        E("Lukashenko: Minsk open to normal relations with Washington and the EU", "AGREE",
          ["Alexander Lukashenko", "United States", "European Union"], "2024-09-13", "context", "occurred",
          "the Head of State made it clear"),
        E("Lukashenko: condition that sanctions be lifted", "REQUEST",
          ["Alexander Lukashenko", "United States", "European Union"], "2024-09-13", "context", "occurred",
          "the Head of State made it clear"),
        E("State Department welcomes the release", "SUPPORT", ["United States", "Belarus"], "2024-09-16", "text",
          "occurred", "A State Department spokesperson said on Monday"),
        E("State Department calls for the release of all political prisoners", "REQUEST", ["United States", "Belarus"],
          "2024-09-16", "text", "occurred", "A State Department spokesperson said on Monday"),
        E("EU: restrictive measures against Belarus stay in force", "REJECT", ["European Union", "Belarus"],
          "2024-09-17", "published", "occurred", "The European External Action Service"),
        E("Reported confidential talks of a US diplomat in Minsk", "CONSULT", ["United States", "Belarus"], "2024-09",
          "text", "uncertain", "held confidential talks in Minsk"),
        E("Lukashenko pardons German citizen Rico Krieger", "CONCEDE", ["Alexander Lukashenko", "Germany"], "2024-07",
          "text", "occurred", "pardoned German citizen Rico Krieger"),
        E("Prisoner exchange between Russia and Western countries in Ankara, Krieger handed to Germany", "CONCEDE",
          ["Russia", "Germany", "Belarus"], "2024-08-01", "text", "occurred", "Krieger was later handed over"),
        E("Ryzhenkov to lead the Belarusian delegation at the UN General Assembly", "CONSULT",
          ["Belarus", "United Nations"], "2024-W39", "text", "planned", "Ryzhenkov is due to lead"),
        E("Minsk calls on Warsaw to reopen the Bobrowniki checkpoint", "REQUEST", ["Belarus", "Poland"], "2024-09-17",
          "published", "occurred", "reopen the Bobrowniki checkpoint"),
        E("Poland closes the Bobrowniki checkpoint", "SANCTION", ["Poland", "Belarus"], "2023-02", "text", "occurred",
          "reopen the Bobrowniki checkpoint"),
        E("Poland refuses to reopen the checkpoint", "REJECT", ["Poland", "Belarus"], "2024-09-17", "published",
          "occurred", "The Polish side has so far refused"),
    ],
    [
        S("Belarus", "Press service: 37 people convicted of extremist crimes pardoned", "2024-09-16", "text",
          "on Monday pardoned 37 people"),
        S("Belarus", "Press service: among them 14 women and sick people; all petitioned and admitted guilt",
          "2024-09-16", "context", "Among them are 14 women"),
        S("Alexander Lukashenko", "The work will continue calmly, without pressure from abroad", "2024-09-13", "text",
          "Speaking to Prosecutor General"),
        S("Alexander Lukashenko, via Belarus", "Not doing this for the Americans or Europeans but for our own people",
          "2024-09-13", "context", "as quoted by BelTA"),
        S("Alexander Lukashenko", "Minsk open to normal relations with Washington and the EU if sanctions are lifted",
          "2024-09-13", "context", "the Head of State made it clear"),
        S("United States", "Welcomes the release, calls for freeing all political prisoners", "2024-09-16", "text",
          "A State Department spokesperson said on Monday"),
        S("European Union", "EEAS: position unchanged, restrictive measures stay in force", "2024-09-17", "published",
          "The European External Action Service"),
        S("Belarus", "Foreign Ministry neither confirms nor denies confidential talks with a US diplomat",
          "2024-09-17", "published", "held confidential talks in Minsk"),
        S("Belarus", "Ryzhenkov: the exchange proved issues can be resolved through dialogue", "2024-W37", "text",
          "Foreign Minister Maxim Ryzhenkov told journalists"),
        S("Poland", "Refuses to reopen the checkpoint, citing the situation on the border", "2024-09-17",
          "published", "The Polish side has so far refused"),
    ],
    ["Alexander Lukashenko", "Belarus", "United States", "European Union", "Germany", "Russia", "United Nations",
     "Poland"],
))

# ---------------------------------------------------------------- b118en02 (The Daily Caller)
EN02 = """
Lukashenko Says He's Ready For 'Big Deal' With Trump, Offers Minsk To Host Peace Talks

Belarusian President Alexander Lukashenko said he is ready to strike a "big deal" with President Donald Trump and offered to host talks to end the war in Ukraine in Minsk.
"If Trump wants peace, the door is open. Minsk is ready, and so am I," Lukashenko said in an interview with American journalists released Monday by his press service.
The longtime strongman, who has ruled Belarus since 1994, said he would be willing to release prisoners Washington considers political in exchange for the lifting of U.S. sanctions on potash, the national airline Belavia and Belarusian banks.
Lukashenko also invited Trump's special envoy for Ukraine and Russia, retired Lt. Gen. Keith Kellogg, to visit Minsk "at any time."

The remarks come as U.S. and Ukrainian officials meet in Jeddah, Saudi Arabia, on Tuesday for their first talks since the Oval Office blowup between Trump and Ukrainian President Volodymyr Zelenskyy on Feb. 28.
Secretary of State Marco Rubio, who leads the American delegation, told reporters Monday on his flight to Saudi Arabia that Ukraine would have to make "concessions" for a ceasefire.
Lukashenko claimed he had discussed the war with Russian President Vladimir Putin by phone last week and said he would meet him in Moscow on Thursday.

Kyiv has rejected Minsk as a venue.
"A country that let Russian troops use its territory to attack Ukraine cannot be a platform for peace," Ukrainian Foreign Minister Andrii Sybiha said in January.
Kremlin spokesman Dmitry Peskov said Monday that Moscow "values" Lukashenko's efforts, but that talk of a venue was "premature."

Belarus freed three prisoners, including an American citizen, after a senior State Department official visited Minsk on Feb. 12, a release administration officials have cited as evidence that engagement with Minsk can pay off.
The Treasury Department first sanctioned Belarusian potash giant Belaruskali in 2021 after Lukashenko's regime forced down a Ryanair jet carrying a dissident journalist.
The Biden administration expanded those measures in August 2023, targeting Belavia and aircraft used by Lukashenko.

Rep. Joe Wilson (R-SC), a longtime critic of the regime, told the Daily Caller News Foundation that any sanctions relief should come only after "every last political prisoner" is free.
The White House did not immediately respond to the Daily Caller News Foundation's request for comment.
"""

DOCS.append(doc(
    "b118en02_lukashenko_big_deal_minsk_offer_2025_03", "2025-03-11", EN02,
    [
        T("Monday", "DATE", "2025-03-10", 0),
        T("1994", "DATE", "1994"),
        T("Tuesday", "DATE", "2025-03-11"),
        T("Feb. 28", "DATE", "2025-02-28"),
        T("Monday", "DATE", "2025-03-10", 1),
        T("last week", "DATE", "2025-W10"),
        T("Thursday", "DATE", "2025-03-13"),
        T("January", "DATE", "2025-01"),
        T("Monday", "DATE", "2025-03-10", 2),
        T("Feb. 12", "DATE", "2025-02-12"),
        T("2021", "DATE", "2021"),
        T("August 2023", "DATE", "2023-08"),
    ],
    [
        E("Lukashenko ready for a 'big deal' with Trump", "AGREE", ["Alexander Lukashenko", "Donald Trump"],
          "2025-03-10", "context", "occurred", "he is ready to strike a \"big deal\""),
        E("Lukashenko offers Minsk to host talks to end the war in Ukraine", "REQUEST",
          ["Alexander Lukashenko", "Donald Trump"], "2025-03-10", "text", "occurred", "the door is open"),
        E("Lukashenko willing to release prisoners in exchange for lifted sanctions", "AGREE",
          ["Alexander Lukashenko", "United States"], "2025-03-10", "context", "occurred",
          "would be willing to release prisoners"),
        E("Lukashenko demands the lifting of US sanctions on potash, Belavia and banks", "REQUEST",
          ["Alexander Lukashenko", "United States"], "2025-03-10", "context", "occurred",
          "would be willing to release prisoners"),
        E("Lukashenko invites Kellogg to Minsk", "REQUEST", ["Alexander Lukashenko", "Keith Kellogg"], "2025-03-10",
          "context", "occurred", "invited Trump's special envoy"),
        E("US and Ukrainian officials meet in Jeddah", "CONSULT", ["United States", "Ukraine", "Marco Rubio"],
          "2025-03-11", "text", "occurred", "meet in Jeddah"),
        E("Oval Office meeting between Trump and Zelensky ends in a blowup", "CONSULT",
          ["Donald Trump", "Volodymyr Zelensky"], "2025-02-28", "text", "occurred", "meet in Jeddah"),
        E("Rubio: Ukraine will have to make concessions for a ceasefire", "REQUEST", ["Marco Rubio", "Ukraine"],
          "2025-03-10", "text", "occurred", "told reporters Monday on his flight"),
        E("Lukashenko–Putin phone call on the war", "CONSULT", ["Alexander Lukashenko", "Vladimir Putin"],
          "2025-W10", "text", "occurred", "by phone last week"),
        E("Lukashenko to meet Putin in Moscow", "CONSULT", ["Alexander Lukashenko", "Vladimir Putin"], "2025-03-13",
          "text", "planned", "by phone last week"),
        E("Kyiv rejects Minsk as a venue", "REJECT", ["Ukraine", "Belarus"], "2025-03-11", "published", "occurred",
          "Kyiv has rejected Minsk as a venue."),
        E("Sybiha: Belarus let Russian troops use its territory to attack Ukraine", "ACCUSE",
          ["Andrii Sybiha", "Belarus"], "2025-01", "text", "occurred", "cannot be a platform for peace"),
        E("Peskov: Moscow values Lukashenko's efforts", "SUPPORT", ["Dmitry Peskov", "Alexander Lukashenko"],
          "2025-03-10", "text", "occurred", "Kremlin spokesman Dmitry Peskov said Monday"),
        E("Senior State Department official visits Minsk", "CONSULT", ["United States", "Belarus"], "2025-02-12",
          "text", "occurred", "Belarus freed three prisoners"),
        E("Belarus frees three prisoners, including an American", "CONCEDE", ["Belarus", "United States"],
          "2025-02-12", "context", "occurred", "Belarus freed three prisoners"),
        E("Treasury sanctions Belaruskali", "SANCTION", ["United States", "Belarus"], "2021", "text", "occurred",
          "first sanctioned Belarusian potash giant"),
        E("Lukashenko's regime forces down a Ryanair jet", "COERCE", ["Alexander Lukashenko", "Belarus"], "2021",
          "context", "occurred", "first sanctioned Belarusian potash giant"),
        E("Biden administration expands sanctions to Belavia and Lukashenko's aircraft", "SANCTION",
          ["Joe Biden", "United States", "Belarus"], "2023-08", "text", "occurred", "The Biden administration expanded"),
        E("Rep. Wilson: no sanctions relief before every political prisoner is free", "REQUEST",
          ["United States", "Belarus"], "2025-03-11", "published", "occurred", "Rep. Joe Wilson"),
    ],
    [
        S("Alexander Lukashenko", "Ready for a 'big deal' with Trump; offers to host talks in Minsk", "2025-03-10",
          "context", "he is ready to strike a \"big deal\""),
        S("Alexander Lukashenko", "'If Trump wants peace, the door is open. Minsk is ready'", "2025-03-10", "text",
          "the door is open"),
        S("Alexander Lukashenko", "Willing to release prisoners for the lifting of US sanctions", "2025-03-10",
          "context", "would be willing to release prisoners"),
        S("Alexander Lukashenko", "Invites Kellogg to visit Minsk at any time", "2025-03-10", "context",
          "invited Trump's special envoy"),
        S("Marco Rubio", "Ukraine will have to make concessions for a ceasefire", "2025-03-10", "text",
          "told reporters Monday on his flight"),
        S("Alexander Lukashenko", "Discussed the war with Putin by phone; will meet him in Moscow on Thursday",
          "2025-03-10", "context", "by phone last week"),
        S("Andrii Sybiha", "A country that let Russian troops attack Ukraine cannot be a platform for peace", "2025-01",
          "text", "cannot be a platform for peace"),
        S("Dmitry Peskov", "Moscow values Lukashenko's efforts; a venue is premature", "2025-03-10", "text",
          "Kremlin spokesman Dmitry Peskov said Monday"),
        S("United States", "Administration officials cite the February release as proof engagement pays off",
          "2025-03-11", "published", "Belarus freed three prisoners"),
        S("United States", "Rep. Wilson: relief only after every last political prisoner is free", "2025-03-11",
          "published", "Rep. Joe Wilson"),
    ],
    ["Alexander Lukashenko", "Donald Trump", "Belarus", "Ukraine", "United States", "Keith Kellogg",
     "Volodymyr Zelensky", "Marco Rubio", "Vladimir Putin", "Russia", "Andrii Sybiha", "Kremlin", "Dmitry Peskov",
     "Joe Biden", "White House"],
))

# ---------------------------------------------------------------- b118en03 (Chicago Sun-Times)
EN03 = """
Trump thanks Belarus' Lukashenko for freeing 16 prisoners, says release of 1,300 more under discussion

President Donald Trump spoke by phone Friday with Belarusian leader Alexander Lukashenko and thanked him for freeing 16 prisoners, hours before Trump sat down with Russian President Vladimir Putin in Alaska.
"We are also discussing the release of 1,300 additional prisoners," Trump wrote on his Truth Social platform, calling the conversation "wonderful."
Trump said he looked forward to meeting Lukashenko in the future.
Lukashenko pardoned the 16 on Thursday, his press service said, without releasing their names.

According to the press service, the two leaders discussed the Alaska summit, and Lukashenko wished Trump success.
It described the call as the first between the two men and the first between an American and a Belarusian president in years.
Lukashenko also invited Trump to visit Minsk, the Belarusian account said.
Trump and Putin met for about three hours at Joint Base Elmendorf-Richardson in Anchorage on Friday but emerged without a ceasefire deal.
Kremlin spokesman Dmitry Peskov said Saturday that Moscow had "no objections" to contacts between Minsk and Washington.

The release follows a June visit to Minsk by Trump's Ukraine envoy Keith Kellogg, after which 14 prisoners were freed, among them opposition figure Siarhei Tsikhanouski.
The Viasna human rights group says more than 1,100 political prisoners remain behind bars in Belarus, a close Moscow ally that let Russian troops use its territory to invade Ukraine in 2022.
Lukashenko has made no secret that he wants the United States to ease sanctions on the state airline Belavia and on potash, the country's biggest export.

In Chicago, home to one of the largest Belarusian communities in the United States, the news brought cautious relief.
"Every name on that list is somebody's father or daughter," said Alena Makarevich, who helps run a Belarusian cultural center on the Northwest Side and whose cousin has been jailed in Minsk since 2021.
"But as long as they keep arresting people, it's a revolving door."
Makarevich said she hoped the Trump administration would not lift sanctions "for nothing."
Several dozen people gathered Friday evening outside the Belarusian church on West Chicago Avenue, holding the red-and-white flag of the opposition and photos of prisoners.
"""

DOCS.append(doc(
    "b118en03_trump_lukashenko_call_2025_08", "2025-08-16", EN03,
    [
        T("Friday", "DATE", "2025-08-15", 0),
        T("the future", "DATE", "FUTURE_REF"),
        T("Thursday", "DATE", "2025-08-14"),
        T("years", "DURATION", "PXY"),
        T("about three hours", "DURATION", "PT3H", mod="APPROX"),
        T("Friday", "DATE", "2025-08-15", 1),
        T("Saturday", "DATE", "2025-08-16"),
        T("June", "DATE", "2025-06"),
        T("2022", "DATE", "2022"),
        T("2021", "DATE", "2021"),
        T("Friday evening", "TIME", "2025-08-15TEV"),
    ],
    [
        E("Trump–Lukashenko phone call", "CONSULT", ["Donald Trump", "Alexander Lukashenko"], "2025-08-15", "text",
          "occurred", "spoke by phone Friday"),
        E("Trump thanks Lukashenko for freeing 16 prisoners", "SUPPORT", ["Donald Trump", "Alexander Lukashenko"],
          "2025-08-15", "text", "occurred", "spoke by phone Friday"),
        E("Possible release of 1,300 more prisoners under discussion", "CONCEDE", ["Belarus", "United States"],
          "2025-08-16", "published", "uncertain", "We are also discussing the release"),
        E("Trump looks forward to meeting Lukashenko", "CONSULT", ["Donald Trump", "Alexander Lukashenko"],
          "FUTURE_REF", "vague", "planned", "looked forward to meeting Lukashenko"),
        E("Lukashenko pardons 16 prisoners", "CONCEDE", ["Alexander Lukashenko", "Belarus"], "2025-08-14", "text",
          "occurred", "Lukashenko pardoned the 16 on Thursday"),
        E("Lukashenko wishes Trump success at the Alaska summit", "SUPPORT", ["Alexander Lukashenko", "Donald Trump"],
          "2025-08-15", "context", "occurred", "Lukashenko wished Trump success"),
        E("Lukashenko invites Trump to Minsk", "REQUEST", ["Alexander Lukashenko", "Donald Trump"], "2025-08-15",
          "context", "occurred", "Lukashenko also invited Trump to visit Minsk"),
        E("Trump–Putin summit in Anchorage", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-08-15", "text",
          "occurred", "Joint Base Elmendorf-Richardson"),
        E("No ceasefire deal in Anchorage", "REJECT", ["Donald Trump", "Vladimir Putin"], "2025-08-15", "text",
          "occurred", "Joint Base Elmendorf-Richardson"),
        E("Peskov: no objections to contacts between Minsk and Washington", "SUPPORT",
          ["Dmitry Peskov", "Belarus", "United States"], "2025-08-16", "text", "occurred", "no objections"),
        E("Kellogg visits Minsk", "CONSULT", ["Keith Kellogg", "Belarus"], "2025-06", "text", "occurred",
          "a June visit to Minsk"),
        E("14 prisoners, among them Tsikhanouski, freed after Kellogg's visit", "CONCEDE", ["Belarus", "United States"],
          "2025-06", "context", "occurred", "a June visit to Minsk"),
        E("Belarus let Russian troops use its territory to invade Ukraine", "ASSAULT", ["Russia", "Belarus", "Ukraine"],
          "2022", "text", "occurred", "more than 1,100 political prisoners"),
        E("Lukashenko wants the US to ease sanctions on Belavia and potash", "REQUEST",
          ["Alexander Lukashenko", "United States"], "2025-08-16", "published", "occurred",
          "Lukashenko has made no secret"),
    ],
    [
        S("Donald Trump", "We are also discussing the release of 1,300 additional prisoners; a wonderful conversation",
          "2025-08-15", "context", "We are also discussing the release"),
        S("Donald Trump", "Looks forward to meeting Lukashenko", "2025-08-15", "context",
          "looked forward to meeting Lukashenko"),
        S("Belarus", "Press service: Lukashenko pardoned the 16 on Thursday", "2025-08-16", "published",
          "Lukashenko pardoned the 16 on Thursday"),
        S("Alexander Lukashenko, via Belarus", "Discussed the Alaska summit and wished Trump success", "2025-08-15",
          "context", "Lukashenko wished Trump success"),
        S("Belarus", "The call was the first between the two men and between the two countries' presidents in years",
          "2025-08-15", "context", "It described the call as the first"),
        S("Alexander Lukashenko, via Belarus", "Invited Trump to visit Minsk", "2025-08-15", "context",
          "Lukashenko also invited Trump to visit Minsk"),
        S("Dmitry Peskov", "Moscow has no objections to contacts between Minsk and Washington", "2025-08-16", "text",
          "no objections"),
    ],
    ["Donald Trump", "Alexander Lukashenko", "Vladimir Putin", "Belarus", "Kremlin", "Dmitry Peskov", "Russia",
     "United States", "Keith Kellogg", "Ukraine"],
))

# ---------------------------------------------------------------- b118en04 (The National Interest)
EN04 = """
Lukashenko Pitches Minsk as Plan B After the Budapest Summit Falls Through

Belarusian leader Alexander Lukashenko has offered to host a meeting between President Donald Trump and Russian President Vladimir Putin in Minsk, two days after Trump shelved plans for a summit in Hungary.
Speaking at a meeting of his Security Council on Thursday, Lukashenko said that if Budapest "does not work out," Minsk would provide "any format, any level and full security."
Trump said on Wednesday that he had called off the meeting with Putin, which had been expected in the Hungarian capital in early November, because he did not want "a wasted meeting."
The same day, the Treasury Department imposed sanctions on Russia's two largest oil companies, Rosneft and Lukoil.
The two leaders had agreed to meet in Budapest during a phone call on Oct. 16.

The offer underlines how Lukashenko, long treated as a pariah in the West, has tried to recast himself as an intermediary between Washington and Moscow.
Since June, Minsk has freed dozens of political prisoners in deals brokered by U.S. envoys, and in September Washington lifted sanctions on the state airline Belavia.
John Coale, who met Lukashenko in Minsk in September, has said Washington hopes to reopen its embassy there and to "normalize" relations.
Lukashenko, for his part, says he speaks with Putin "almost daily."

Moscow was noncommittal.
Kremlin spokesman Dmitry Peskov said on Friday that Putin and Lukashenko "discuss everything," but that there were "no concrete plans" for a summit with Trump, in Minsk or elsewhere.
Kyiv, by contrast, rejected the idea outright.
Ukrainian Foreign Minister Andrii Sybiha wrote on X that a country "from whose territory missiles and drones have been launched at Ukrainian cities" could not be a neutral venue.
Ukrainian President Volodymyr Zelensky has said he is ready to meet Putin anywhere except Moscow and Minsk.

For Washington, the calculation is different.
A State Department official, speaking on condition of anonymity, said relief for Belarusian potash, the country's most important export, was "on the table" if Minsk released more prisoners.
Such a step would irritate Lithuania, which halted the transit of Belarusian potash through its port of Klaipeda in 2022, and would cut across the sanctions of the European Union, which remain in force.
Whether Lukashenko can deliver anything that Putin does not want delivered is another question.
"""

DOCS.append(doc(
    "b118en04_lukashenko_minsk_venue_budapest_2025_10", "2025-10-24", EN04,
    [
        T("Thursday", "DATE", "2025-10-23"),
        T("Wednesday", "DATE", "2025-10-22"),
        T("early November", "DATE", "2025-11", mod="START"),
        T("The same day", "DATE", "2025-10-22"),
        T("Oct. 16", "DATE", "2025-10-16"),
        T("June", "DATE", "2025-06"),
        T("September", "DATE", "2025-09", 0),
        T("September", "DATE", "2025-09", 1),
        T("almost daily", "SET", "P1D", mod="APPROX"),
        T("Friday", "DATE", "2025-10-24"),
        T("2022", "DATE", "2022"),
    ],
    [
        E("Lukashenko offers Minsk for a Trump–Putin meeting", "REQUEST",
          ["Alexander Lukashenko", "Donald Trump", "Vladimir Putin"], "2025-10-23", "text", "occurred",
          "Speaking at a meeting of his Security Council"),
        E("Trump calls off the Budapest meeting with Putin", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-11",
          "text", "cancelled", "had called off the meeting with Putin", date_mod="START"),
        E("Treasury sanctions Rosneft and Lukoil", "SANCTION", ["United States", "Russia"], "2025-10-22", "text",
          "occurred", "imposed sanctions on Russia's two largest oil companies"),
        E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-10-16", "text", "occurred",
          "during a phone call on Oct. 16"),
        E("Trump and Putin agree to meet in Budapest", "AGREE", ["Donald Trump", "Vladimir Putin"], "2025-10-16",
          "text", "occurred", "during a phone call on Oct. 16"),
        E("Minsk frees dozens of political prisoners in US-brokered deals", "CONCEDE", ["Belarus", "United States"],
          "2025-06", "text", "occurred", "Since June, Minsk has freed", date_mod="START"),
        E("Washington lifts sanctions on Belavia", "CONCEDE", ["United States", "Belarus"], "2025-09", "text",
          "occurred", "Since June, Minsk has freed"),
        E("Coale meets Lukashenko in Minsk", "CONSULT", ["United States", "Alexander Lukashenko"], "2025-09", "text",
          "occurred", "who met Lukashenko in Minsk in September"),
        E("US hopes to reopen its embassy in Minsk and normalise relations", "COOPERATE", ["United States", "Belarus"],
          "2025-10-24", "published", "planned", "who met Lukashenko in Minsk in September"),
        E("Sybiha: Belarus cannot be a neutral venue", "REJECT", ["Andrii Sybiha", "Belarus"], "2025-10-24",
          "published", "occurred", "could not be a neutral venue"),
        E("Sybiha: missiles and drones launched at Ukraine from Belarusian territory", "ACCUSE",
          ["Andrii Sybiha", "Belarus"], "2025-10-24", "published", "occurred", "could not be a neutral venue"),
        E("Zelensky ready to meet Putin", "AGREE", ["Volodymyr Zelensky", "Vladimir Putin"], "2025-10-24",
          "published", "occurred", "anywhere except Moscow and Minsk"),
        E("Zelensky rules out Moscow and Minsk as venues", "REJECT", ["Volodymyr Zelensky", "Russia", "Belarus"],
          "2025-10-24", "published", "occurred", "anywhere except Moscow and Minsk"),
        E("Potash sanctions relief on the table", "CONCEDE", ["United States", "Belarus"], "2025-10-24", "published",
          "uncertain", "was \"on the table\""),
        E("US condition: Minsk must release more prisoners", "REQUEST", ["United States", "Belarus"], "2025-10-24",
          "published", "occurred", "was \"on the table\""),
        E("Lithuania halts the transit of Belarusian potash", "SANCTION", ["Belarus"], "2022", "text", "occurred",
          "Such a step would irritate Lithuania"),
        E("EU sanctions on Belarus remain in force", "REJECT", ["European Union", "Belarus"], "2025-10-24",
          "published", "occurred", "Such a step would irritate Lithuania"),
    ],
    [
        S("Alexander Lukashenko", "If Budapest does not work out, Minsk offers any format, any level, full security",
          "2025-10-23", "text", "Speaking at a meeting of his Security Council"),
        S("Donald Trump", "Called off the meeting with Putin because he did not want a wasted meeting", "2025-10-22",
          "text", "had called off the meeting with Putin"),
        S("United States", "Coale: Washington hopes to reopen its embassy in Minsk and normalise relations",
          "2025-10-24", "published", "who met Lukashenko in Minsk in September"),
        S("Alexander Lukashenko", "Speaks with Putin almost daily", "2025-10-24", "published",
          "Lukashenko, for his part, says"),
        S("Russia", "Moscow was noncommittal", "2025-10-24", "published", "Moscow was noncommittal."),
        S("Dmitry Peskov", "Putin and Lukashenko discuss everything; no concrete plans for a summit with Trump",
          "2025-10-24", "text", "Kremlin spokesman Dmitry Peskov said on Friday"),
        S("Ukraine", "Kyiv rejected the idea outright", "2025-10-24", "published", "Kyiv, by contrast, rejected"),
        S("Andrii Sybiha", "A country from whose territory missiles and drones were launched cannot be a neutral venue",
          "2025-10-24", "published", "could not be a neutral venue"),
        S("Volodymyr Zelensky", "Ready to meet Putin anywhere except Moscow and Minsk", "2025-10-24", "published",
          "anywhere except Moscow and Minsk"),
        S("United States", "State Department official: potash relief on the table if Minsk frees more prisoners",
          "2025-10-24", "published", "was \"on the table\""),
    ],
    ["Alexander Lukashenko", "Donald Trump", "Vladimir Putin", "United States", "Russia", "Belarus", "Kremlin",
     "Dmitry Peskov", "Ukraine", "Andrii Sybiha", "Volodymyr Zelensky", "European Union"],
))

# ---------------------------------------------------------------- b118en05 (Simple Flying)
EN05 = """
Belavia Receives First Boeing Spare Parts Since US Sanctions Relief

Belarusian flag carrier Belavia took delivery of its first shipment of Boeing spare parts in more than two years on Tuesday, the airline said, a tangible result of Washington's decision to lift sanctions on the carrier in September.
The parts, including components for the CFM56 engines that power its Boeing 737-800s, arrived in Minsk via Istanbul, according to a statement on the airline's Telegram channel.
Director General Igor Cherginets said the carrier could return several grounded jets to service within weeks.

The US Treasury's Office of Foreign Assets Control (OFAC) removed Belavia from its Specially Designated Nationals (SDN) list on September 11, the same day President Donald Trump's envoy John Coale met Alexander Lukashenko in Minsk and 52 prisoners were released.
Washington had sanctioned the state-owned airline in August 2023, citing its role in supporting the Lukashenko regime.
The European Union, which closed its airspace to Belarusian carriers after the forced landing of a Ryanair flight in Minsk in May 2021, has kept its ban in place since June of that year.

EU foreign policy chief Kaja Kallas said last month there was "no reason" to ease restrictions on Minsk while it "continues to serve as a launchpad for Russia's war."
Lukashenko has asked the Trump administration to help persuade Brussels and has floated the purchase of new Boeing jets if Washington grants the licenses.
Poland and the Baltic states have also kept their airspace closed to Belarusian aircraft.

According to ch-aviation data, Belavia operates around 30 aircraft, including Boeing 737-800s and 737 MAX 8s, Embraer E-Jets and Bombardier CRJ200s.
Several of its Boeings have been parked since 2023 for lack of parts, and the airline has relied on a network centered on Russia, Turkey, the Caucasus and the Gulf.
Flights to Moscow and St. Petersburg alone account for roughly a third of its weekly departures.
Cherginets said Belavia would also seek talks with Boeing on new aircraft, although any deal would require further US licenses.
Simple Flying reached out to Boeing for comment.
"""

DOCS.append(doc(
    "b118en05_belavia_boeing_parts_2025_11", "2025-11-06", EN05,
    [
        T("more than two years", "DURATION", "P2Y", mod="MORE_THAN"),
        T("Tuesday", "DATE", "2025-11-04"),
        T("September", "DATE", "2025-09", 0),
        T("weeks", "DURATION", "PXW"),
        T("September 11", "DATE", "2025-09-11"),
        T("the same day", "DATE", "2025-09-11"),
        T("August 2023", "DATE", "2023-08"),
        T("May 2021", "DATE", "2021-05"),
        T("June of that year", "DATE", "2021-06"),
        T("last month", "DATE", "2025-10"),
        T("2023", "DATE", "2023", 1),
        T("weekly", "SET", "P1W"),
    ],
    [
        E("Belavia takes delivery of its first Boeing spare parts since the sanctions", "COOPERATE",
          ["Belarus", "United States"], "2025-11-04", "text", "occurred", "took delivery of its first shipment"),
        E("OFAC removes Belavia from the SDN list", "CONCEDE", ["United States", "Belarus"], "2025-09-11", "text",
          "occurred", "removed Belavia from its Specially Designated Nationals"),
        E("Coale meets Lukashenko in Minsk", "CONSULT", ["United States", "Alexander Lukashenko"], "2025-09-11",
          "text", "occurred", "removed Belavia from its Specially Designated Nationals"),
        E("52 prisoners released", "CONCEDE", ["Belarus", "United States"], "2025-09-11", "text", "occurred",
          "removed Belavia from its Specially Designated Nationals"),
        E("US sanctions Belavia", "SANCTION", ["United States", "Belarus"], "2023-08", "text", "occurred",
          "Washington had sanctioned the state-owned airline"),
        E("Forced landing of a Ryanair flight in Minsk", "COERCE", ["Belarus"], "2021-05", "text", "occurred",
          "closed its airspace to Belarusian carriers"),
        E("EU closes its airspace to Belarusian carriers", "SANCTION", ["European Union", "Belarus"], "2021-06",
          "text", "occurred", "closed its airspace to Belarusian carriers"),
        E("EU keeps its ban in place", "REJECT", ["European Union", "Belarus"], "2025-11-06", "published",
          "occurred", "closed its airspace to Belarusian carriers"),
        E("Kallas: no reason to ease restrictions on Minsk", "REJECT", ["Kaja Kallas", "Belarus"], "2025-10", "text",
          "occurred", "there was \"no reason\""),
        E("Kallas: Belarus serves as a launchpad for Russia's war", "ACCUSE", ["Kaja Kallas", "Belarus"], "2025-10",
          "text", "occurred", "there was \"no reason\""),
        E("Lukashenko asks the Trump administration to help persuade Brussels", "REQUEST",
          ["Alexander Lukashenko", "Donald Trump", "United States", "European Union"], "2025-11-06", "published",
          "occurred", "Lukashenko has asked the Trump administration"),
        E("Poland keeps its airspace closed to Belarusian aircraft", "REJECT", ["Poland", "Belarus"], "2025-11-06",
          "published", "occurred", "Poland and the Baltic states"),
    ],
    [
        S("Belarus", "Belavia: first Boeing parts arrived in Minsk via Istanbul", "2025-11-06", "published",
          "according to a statement on the airline's Telegram channel"),
        S("Belarus", "Cherginets: grounded jets could return to service within weeks", "2025-11-06", "published",
          "Director General Igor Cherginets"),
        S("Kaja Kallas", "No reason to ease restrictions while Minsk serves as a launchpad for Russia's war", "2025-10",
          "text", "there was \"no reason\""),
        S("Alexander Lukashenko", "Asks Washington to help persuade Brussels; floats buying new Boeing jets",
          "2025-11-06", "published", "Lukashenko has asked the Trump administration"),
        S("Belarus", "Cherginets: Belavia will seek talks with Boeing on new aircraft", "2025-11-06", "published",
          "would also seek talks with Boeing"),
    ],
    ["Belarus", "United States", "Donald Trump", "Alexander Lukashenko", "European Union", "Kaja Kallas", "Russia",
     "Poland"],
))

# ---------------------------------------------------------------- b118en06 (Espreso)
EN06 = """
Lukashenka frees 123 political prisoners, 114 of them handed over to Ukraine

Ukraine has received 114 of the 123 political prisoners released by Alexander Lukashenka's regime on Saturday, among them opposition figures Maria Kalesnikava and Viktar Babaryka, Ukraine's Coordination Headquarters for the Treatment of Prisoners of War reported.
The group, which also includes five Ukrainian citizens, crossed the border into Chernihiv region on Saturday evening and is receiving medical and psychological care, the headquarters said.
The release came after talks in Minsk on Friday and Saturday between Lukashenka and US special envoy John Coale, who announced that Washington would lift its sanctions on the potash producer Belaruskali.
Nobel Peace Prize laureate Ales Bialiatski and eight other prisoners were taken to Lithuania.

President Volodymyr Zelensky thanked the United States for its "leadership" in his nightly video address on Saturday.
"Today, people who were imprisoned only for their views are free. Everyone still held by Lukashenka must also be freed," he said.
Foreign Minister Andrii Sybiha said Ukraine would issue the released with temporary documents and let them travel on to Poland, Lithuania or Germany if they wished.

Kalesnikava, who tore up her passport at the Ukrainian border in September 2020 to avoid being forced out of the country, had spent most of her 11-year sentence in isolation.
Babaryka, a former banker who tried to challenge Lukashenka in the 2020 presidential election, was sentenced to 14 years in 2021.
The human rights center Viasna said on Sunday that more than 1,100 people remain behind bars in Belarus for political reasons.

Coale said President Donald Trump wanted to "normalize" relations with Minsk and that further steps, including the reopening of the US embassy, could follow.
Lukashenka's press service quoted him as saying Minsk was ready for a "big deal" with Washington.
Kyiv has repeatedly warned that Belarus remains a staging ground for Russian aggression.
Earlier this month, Lukashenka said the Russian Oreshnik missile system would be put on combat duty on Belarusian territory in December.
The EU said on Sunday that its own sanctions against Minsk would stay in place.
"""

DOCS.append(doc(
    "b118en06_belarus_prisoners_ukraine_2025_12", "2025-12-14", EN06,
    [
        T("Saturday", "DATE", "2025-12-13", 0),
        T("Saturday evening", "TIME", "2025-12-13TEV"),
        T("Friday", "DATE", "2025-12-12"),
        T("Saturday", "DATE", "2025-12-13", 2),
        T("nightly", "SET", "P1D"),
        T("Saturday", "DATE", "2025-12-13", 3),
        T("Today", "DATE", "2025-12-13", note="in Zelensky's Saturday address"),
        T("September 2020", "DATE", "2020-09"),
        T("11-year", "DURATION", "P11Y"),
        T("2020", "DATE", "2020", 1),
        T("14 years", "DURATION", "P14Y"),
        T("2021", "DATE", "2021"),
        T("Sunday", "DATE", "2025-12-14", 0),
        T("this month", "DATE", "2025-12"),
        T("December", "DATE", "2025-12"),
        T("Sunday", "DATE", "2025-12-14", 1),
    ],
    [
        E("Lukashenka's regime releases 123 political prisoners", "CONCEDE",
          ["Alexander Lukashenko", "Belarus", "United States"], "2025-12-13", "text", "occurred",
          "Ukraine has received 114 of the 123"),
        E("114 of the freed handed over to Ukraine", "CONCEDE", ["Belarus", "Ukraine"], "2025-12-13TEV", "text",
          "occurred", "crossed the border into Chernihiv region"),
        E("Talks between Lukashenka and US envoy Coale in Minsk", "CONSULT", ["Alexander Lukashenko", "United States"],
          "2025-12-12", "text", "occurred", "The release came after talks in Minsk", note="talks on 12 and 13 December"),
        E("US to lift sanctions on Belaruskali", "CONCEDE", ["United States", "Belarus"], "2025-12-13", "context",
          "occurred", "The release came after talks in Minsk"),
        E("Zelensky thanks the United States for its leadership", "SUPPORT", ["Volodymyr Zelensky", "United States"],
          "2025-12-13", "text", "occurred", "thanked the United States"),
        E("Zelensky: everyone still held by Lukashenka must be freed", "REQUEST",
          ["Volodymyr Zelensky", "Alexander Lukashenko"], "2025-12-13", "context", "occurred",
          "Everyone still held by Lukashenka"),
        E("Sybiha: Ukraine will issue temporary documents and let the released travel on", "AGREE",
          ["Andrii Sybiha"], "2025-12-14", "published", "occurred", "would issue the released"),
        E("Kalesnikava resists forced expulsion at the Ukrainian border", "COERCE", ["Belarus"], "2020-09", "text",
          "occurred", "tore up her passport"),
        E("Babaryka sentenced to 14 years", "COERCE", ["Belarus"], "2021", "text", "occurred",
          "was sentenced to 14 years"),
        E("US hopes to normalise relations with Minsk", "COOPERATE", ["Donald Trump", "Belarus"], "2025-12-14",
          "published", "planned", "wanted to \"normalize\""),
        E("Possible reopening of the US embassy in Minsk", "COOPERATE", ["United States", "Belarus"], "2025-12-14",
          "published", "uncertain", "wanted to \"normalize\""),
        E("Lukashenka: Minsk ready for a 'big deal' with Washington", "AGREE",
          ["Alexander Lukashenko", "United States"], "2025-12-14", "published", "occurred", "ready for a \"big deal\""),
        E("Kyiv warns that Belarus is a staging ground for Russian aggression", "ACCUSE", ["Ukraine", "Belarus"],
          "2025-12-14", "published", "occurred", "staging ground"),
        E("Oreshnik to be put on combat duty in Belarus", "MOBILIZE", ["Russia", "Belarus"], "2025-12", "text",
          "planned", "Oreshnik missile system"),
        E("EU keeps its sanctions against Minsk", "REJECT", ["European Union", "Belarus"], "2025-12-14", "text",
          "occurred", "The EU said on Sunday"),
    ],
    [
        S("Ukraine", "Coordination Headquarters: 114 of the 123 released received by Ukraine", "2025-12-14",
          "published", "Ukraine has received 114 of the 123"),
        S("Ukraine", "The group crossed into Chernihiv region on Saturday evening and receives care", "2025-12-14",
          "published", "crossed the border into Chernihiv region"),
        S("United States", "Coale: Washington will lift its sanctions on Belaruskali", "2025-12-13", "context",
          "The release came after talks in Minsk"),
        S("Volodymyr Zelensky", "Thanks the United States for its leadership", "2025-12-13", "text",
          "thanked the United States"),
        S("Volodymyr Zelensky", "Those jailed for their views are free; everyone still held must be freed",
          "2025-12-13", "context", "Everyone still held by Lukashenka"),
        S("Andrii Sybiha", "Ukraine will issue temporary documents and let the released travel on", "2025-12-14",
          "published", "would issue the released"),
        S("Donald Trump, via United States", "Wants to normalise relations with Minsk", "2025-12-14", "published",
          "wanted to \"normalize\""),
        S("United States", "Coale: further steps, including reopening the embassy, could follow", "2025-12-14",
          "published", "wanted to \"normalize\""),
        S("Alexander Lukashenko, via Belarus", "Minsk is ready for a 'big deal' with Washington", "2025-12-14",
          "published", "ready for a \"big deal\""),
        S("Ukraine", "Belarus remains a staging ground for Russian aggression", "2025-12-14", "published",
          "staging ground"),
        S("Alexander Lukashenko", "The Oreshnik will be put on combat duty in Belarus in December", "2025-12", "text",
          "Oreshnik missile system"),
        S("European Union", "Its own sanctions against Minsk stay in place", "2025-12-14", "text",
          "The EU said on Sunday"),
    ],
    ["Ukraine", "Alexander Lukashenko", "Belarus", "United States", "Volodymyr Zelensky", "Andrii Sybiha",
     "Donald Trump", "Russia", "European Union"],
))
