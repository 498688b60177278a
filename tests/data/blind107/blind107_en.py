"""English articles of the blind107 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b107en01 (The Africa Report)
EN01 = """
US targets Wagner's gold as Moscow vows its Africa work will go on

The United States on Tuesday imposed sanctions on four companies in the Central African Republic, the United Arab Emirates and Russia that it says help finance the Wagner Group through gold deals, days after the mercenary force's aborted mutiny in Russia.
The Treasury also designated Andrey Ivanov, a Russian national it describes as a Wagner executive who arranged weapons deals with Mali's transitional government.
The designations target Midas Ressources and Diamville in Bangui, a Dubai-based trader and a Russian firm that, according to the Treasury, moved gold and diamonds out of the Central African Republic.
"The Wagner Group funds its brutal operations in part by exploiting natural resources in countries like the Central African Republic and Mali," Treasury Under Secretary Brian Nelson said in a statement.

The move had been prepared for weeks, US officials said, but its timing sends a message to African governments that still rely on the group.
State Department spokesman Matthew Miller told reporters on Tuesday that Washington would "continue to hold Wagner accountable" wherever it operates.
He added that the events of the weekend in Russia showed the group to be "a destabilising force" at home and abroad.

Moscow signalled that nothing would change on the continent.
In an interview with RT on Monday, Foreign Minister Sergey Lavrov said several hundred Russian instructors were working in the Central African Republic and Mali at the request of their governments and "this work, of course, will continue."
The mutiny, he said, would not affect relations with "our African friends."
Russia's ambassador in Washington, Anatoly Antonov, said late Tuesday that the sanctions were "further proof" that the United States wanted to push Russia out of Africa.

In Bangui, an adviser to President Faustin-Archange Touadéra told The Africa Report that the government's "partnership with Russia" was unchanged.
Mali's junta, which asked the UN peacekeeping mission MINUSMA on 16 June to leave the country "without delay", has not commented on the sanctions.
The UN Security Council is due to vote on Friday on ending the mission's mandate, and diplomats expect the 10-year operation to wind down by the end of the year.

France, whose troops left Mali last year after the junta turned to Wagner, welcomed the US move.
French Foreign Minister Catherine Colonna said on Monday in Luxembourg that Wagner was "a predator" that brings only insecurity to the countries where it works.
The European Union, which listed Wagner and several of its commanders in February, said it was studying further measures.
"""

# ---------------------------------------------------------------- b107en02 (The Lithuania Tribune)
EN02 = """
Nausėda in The Hague: Wagner in Belarus means "more danger" for neighbours

Lithuanian President Gitanas Nausėda warned on Tuesday that the arrival of Wagner mercenaries in Belarus would make the region more dangerous, as NATO leaders met in The Hague to prepare next month's summit in Vilnius.
"If Wagner deploys its serial killers in Belarus, all neighbouring countries face even greater danger of instability," Nausėda told reporters after a working dinner hosted by Dutch Prime Minister Mark Rutte.
The dinner brought together NATO Secretary General Jens Stoltenberg and the leaders of Lithuania, Poland, Latvia, Belgium, Denmark, Portugal, Romania and the Netherlands.

Stoltenberg said the alliance had "sent a clear message to Moscow and to Minsk" that NATO was there to protect every ally and every inch of its territory.
It was too early to draw final conclusions about the movement of Wagner fighters, he said, but NATO would remain "vigilant."
Polish President Andrzej Duda said Warsaw wanted the Vilnius summit to decide on stronger defences for the eastern flank, including more allied troops in Poland and the Baltic states.

Earlier on Tuesday, Belarusian leader Alexander Lukashenko confirmed that Wagner chief Yevgeny Prigozhin had arrived in Belarus.
Lukashenko said he had offered the fighters an abandoned military base and that his army could benefit from their experience.
Lithuania's foreign minister, Gabrielius Landsbergis, wrote on Twitter that the deal which ended the mutiny had turned Belarus into a "base for Wagner" and called on the EU to list the group as a terrorist organisation.

Vilnius also welcomed a commitment from Berlin.
German Defence Minister Boris Pistorius announced in Vilnius on Monday that Germany was prepared to station a brigade of some 4,000 troops permanently in Lithuania, provided the infrastructure was ready.
Nausėda called the decision "historic" and thanked Chancellor Olaf Scholz.

The Kremlin dismissed the concerns.
Spokesman Dmitry Peskov said on Tuesday that Russia's relations with Belarus were "a matter for two sovereign states" and that NATO's build-up near its borders was "a source of tension" for Moscow.
The NATO summit in Vilnius is scheduled for 11 and 12 July, and Lithuania has asked allies for additional air defence for the two days.
"""

# ---------------------------------------------------------------- b107en03 (Charter 97)
EN03 = """
Lukashenka: Prigozhin is in St Petersburg, Wagner has not come to Belarus

The illegitimate ruler Alexander Lukashenka claimed on Thursday that Wagner chief Yevgeny Prigozhin is not in Belarus, just nine days after he told officers that the mercenary had landed in Minsk.
"As for Prigozhin, he is in St Petersburg, he is not on the territory of Belarus," Lukashenka said at a four-hour press conference with foreign journalists at the Palace of Independence.
He added that Prigozhin might have travelled on to Moscow "this morning" and that the Wagner fighters remained in their camps in Russia and in occupied Ukraine.
Whether they would come, and how many, would be decided by Wagner and by the Russian leadership, he said.

Lukashenka insisted that the offer of a former military camp near Asipovichy stood and that Belarus would "not lose anything" if the mercenaries trained its army.
Asked whether Vladimir Putin might have Prigozhin killed, he replied that anyone who thought Putin was so vindictive was mistaken.
He also claimed that the Russian tactical nuclear weapons stationed in Belarus since June would only be used "if there is aggression against our country."

The dictator's words were received with scepticism in the neighbouring capitals.
Polish Defence Minister Mariusz Błaszczak said on Thursday evening that Warsaw would not lower its guard and that additional units would stay on the border "as long as Wagner is a threat."
The US State Department said it could not confirm Prigozhin's whereabouts.
In Vilnius, where NATO leaders gather next Tuesday, officials said the summit would send a "clear signal" to Minsk.

Democratic leader Sviatlana Tsikhanouskaya called the press conference "a show for the West" and urged EU governments to keep up the sanctions on the regime.
The European Union has extended its sanctions against the regime several times since the rigged election of August 2020, most recently in February.
Lukashenka, who has clung to power since 1994, used the press conference to repeat that Minsk was ready for talks with Kyiv, while accusing Ukraine of harbouring "terrorists" trained to attack Belarus.

Ukraine's foreign ministry dismissed the offer of talks, saying Minsk had made its territory available for Russia's invasion in February 2022.
More than 1,500 political prisoners remain behind bars in Belarus, according to the human rights centre Viasna.
"""

# ---------------------------------------------------------------- b107en04 (Euroradio)
EN04 = """
Poland summons Belarusian diplomat after helicopters cross the border

Poland summoned Belarus's chargé d'affaires on Wednesday morning after two Belarusian military helicopters crossed into Polish airspace near Białowieża during exercises close to the border the previous day.
The Mi-24 and Mi-8 helicopters flew at very low altitude, which made them difficult to detect by radar, the Polish defence ministry said in a statement on Tuesday evening.
Warsaw informed NATO and ordered additional troops and resources, including combat helicopters, to the border.

The ministry had at first denied that any violation took place, citing data from the Operational Command.
Defence Minister Mariusz Błaszczak said the reports of the border guard had been decisive and that Poland would not tolerate "provocations by the Lukashenka regime."
Deputy Foreign Minister Paweł Jabłoński told Euroradio that the chargé had been told Minsk must stop such actions at once.

Minsk denied the accusation.
The Belarusian defence ministry said its helicopters had not violated the border and called the Polish claims "far-fetched", accusing Warsaw of seeking a pretext to militarise the frontier.
Belarusian state television aired footage of the exercise, which it said had taken place "several kilometres" from the border.

Tensions have grown since Wagner fighters began arriving in Belarus in July after their failed mutiny.
On Saturday, Prime Minister Mateusz Morawiecki said about 100 Wagner mercenaries had moved towards the Suwałki Gap, the narrow strip of Polish territory between Belarus and the Kaliningrad exclave, possibly disguised as border guards.
Alexander Lukashenka had said at a meeting with Vladimir Putin in St Petersburg on 23 July that the Wagner fighters were asking to go "on an excursion" to Warsaw and Rzeszów, adding that he was keeping them in central Belarus.

NATO said it was in close contact with Warsaw and was monitoring the situation.
A spokesperson for the alliance told Euroradio that NATO had strengthened its presence on the eastern flank and would defend "every inch" of allied territory.
Lithuania, which also borders Belarus, said it was considering closing two of its six border crossings.
"""

# ---------------------------------------------------------------- b107en05 (Folha, English edition)
EN05 = """
Russia rules out international probe into crash of Brazilian-made jet that killed Prigozhin

SÃO PAULO — Russia will not invite foreign investigators to examine the crash of the Embraer Legacy 600 that killed Wagner chief Yevgeny Prigozhin, Russian aviation authorities said, leaving Brazil, where the aircraft was built, on the sidelines.
Moscow has informed the International Civil Aviation Organization that it does not plan to open an investigation under the Chicago Convention, because the accident involved a domestic flight, according to a statement from the UN agency on Tuesday.
The ICAO said it stood ready to help "if requested."

Brazil's aeronautical accident investigation centre, Cenipa, said on Monday that it had offered to take part but had received no reply from Russian authorities.
Embraer said it had not provided any maintenance for the jet since 2019, when it stopped supporting the aircraft in line with international sanctions.
President Luiz Inácio Lula da Silva, asked about the crash on Monday, said he hoped for "a transparent investigation" and declined to speculate about who was behind it.

In Moscow, Kremlin spokesman Dmitry Peskov said on Tuesday that investigators were considering "different versions", including "a deliberate atrocity."
He again rejected Western claims that the Kremlin had ordered Prigozhin's death, calling them "speculation".
Peskov said President Vladimir Putin had no plans to attend the funeral.
Prigozhin was buried on Tuesday in a private ceremony at the Porokhovskoye cemetery in St Petersburg, his press service said.

Western governments remain unconvinced.
US Secretary of State Antony Blinken said last week that there was "a long trail of opponents of the Kremlin" who had died in unexplained circumstances.
The British Ministry of Defence said in an intelligence update that it was "highly likely" that the Russian security service FSB had been behind the crash.

The accident also raises questions for Brazil's diplomacy, which has tried to keep a neutral stance on the war.
Foreign Minister Mauro Vieira is due to meet Sergey Lavrov on the sidelines of the UN General Assembly in New York in September, his ministry said.
The Legacy 600 was registered in Russia and had been flying from Moscow to St Petersburg when it came down in the Tver region on 23 August, killing all ten people on board.
"""

# ---------------------------------------------------------------- b107en06 (The Libya Observer)
EN06 = """
Haftar meets Putin in Moscow as Russia moves to take over Wagner's Libya network

Putschist general Khalifa Haftar held talks with Russian President Vladimir Putin in the Kremlin on Thursday, his first meeting with the Russian leader since 2019 and a month after the death of Wagner chief Yevgeny Prigozhin.
Kremlin spokesman Dmitry Peskov said the two men discussed "the situation in Libya and in the region as a whole" but gave no further details.
Haftar, whose forces control eastern Libya, also met Defence Minister Sergei Shoigu, the Russian defence ministry said.

The visit follows two trips to Benghazi by Russian Deputy Defence Minister Yunus-Bek Yevkurov, on 22 August and again in mid-September, which diplomats in Tripoli say were aimed at placing Wagner's fighters in Libya under the direct control of the ministry.
Around 1,200 Wagner mercenaries are believed to be stationed at the al-Jufra and Brak al-Shati air bases and near oil installations, according to UN experts.

The Government of National Unity in Tripoli reacted with alarm.
Its foreign ministry called on Moscow to respect Libya's sovereignty and to withdraw "all foreign mercenaries" in line with the 2020 ceasefire agreement.
The United States has repeatedly urged the departure of Wagner from Libya, and US special envoy Richard Norland said on Wednesday in Tripoli that the group's presence "threatens Libya's stability and its neighbours."

Moscow has sought to present itself as a partner since the devastating floods in Derna on 10 September, sending rescue teams and a field hospital to the east.
Egypt, the United Arab Emirates and Turkey have also flown in aid.
Russian media reported that Haftar also raised arms deliveries and the possible use of the port of Tobruk by the Russian navy, which the Kremlin did not confirm.

Turkey, which backs the government in Tripoli, said it was following the visit closely.
Foreign Minister Hakan Fidan spoke by phone with his Russian counterpart Sergey Lavrov on Thursday evening, the Turkish foreign ministry said, without giving details.
Haftar returned to Benghazi on Friday morning.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [    doc(
        "b107en01_us_sanctions_wagner_gold_2023_06", "2023-06-28", EN01,
        [
            T("Tuesday", "DATE", "2023-06-27", 0),
            T("weeks", "DURATION", "PXW"),
            T("Tuesday", "DATE", "2023-06-27", 1),
            T("the weekend", "DATE", "2023-W25-WE"),
            T("Monday", "DATE", "2023-06-26", 0),
            T("late Tuesday", "TIME", "2023-06-27TNI"),
            T("16 June", "DATE", "2023-06-16"),
            T("Friday", "DATE", "2023-06-30"),
            T("10-year", "DURATION", "P10Y"),
            T("the end of the year", "DATE", "2023", mod="END"),
            T("last year", "DATE", "2022"),
            T("Monday", "DATE", "2023-06-26", 1),
            T("February", "DATE", "2023-02"),
        ],
        [
            E("US sanctions four companies financing Wagner through gold deals", "SANCTION",
              ["United States", "Russia"], "2023-06-27", "text", "occurred", "The United States on Tuesday imposed"),
            E("Treasury designates Wagner executive Andrey Ivanov", "SANCTION", ["United States", "Russia"],
              "2023-06-27", "context", "occurred", "The Treasury also designated"),
            E("Miller: Washington will continue to hold Wagner accountable", "THREATEN", ["United States"],
              "2023-06-27", "text", "occurred", "continue to hold Wagner accountable"),
            E("Lavrov: the work of Russian instructors in CAR and Mali will continue", "AGREE", ["Sergey Lavrov"],
              "2023-06-26", "text", "occurred", "In an interview with RT on Monday"),
            E("Antonov: the sanctions show the US wants to push Russia out of Africa", "ACCUSE",
              ["Russia", "United States"], "2023-06-27TNI", "text", "occurred", "Anatoly Antonov"),
            E("Mali's junta asks MINUSMA to leave without delay", "REQUEST", ["United Nations"], "2023-06-16", "text",
              "occurred", "asked the UN peacekeeping mission MINUSMA"),
            E("Security Council vote on ending MINUSMA's mandate", "CONSULT", ["United Nations"], "2023-06-30", "text",
              "planned", "The UN Security Council is due to vote"),
            E("French troops left Mali", "RETREAT", ["France"], "2022", "text", "occurred",
              "whose troops left Mali last year"),
            E("France welcomes the US sanctions", "SUPPORT", ["France", "United States"], "2023-06-28", "published",
              "occurred", "welcomed the US move"),
            E("Colonna calls Wagner a predator", "ACCUSE", ["France"], "2023-06-26", "text", "occurred",
              "Catherine Colonna"),
            E("EU listed Wagner and several of its commanders", "SANCTION", ["European Union"], "2023-02", "text",
              "occurred", "which listed Wagner"),
            E("EU studies further measures against Wagner", "SANCTION", ["European Union"], "2023-06-28", "published",
              "uncertain", "which listed Wagner"),
        ],
        [
            S("United States", "Nelson: Wagner funds its brutal operations by exploiting natural resources",
              "2023-06-27", "context", "Treasury Under Secretary Brian Nelson"),
            S("United States", "Officials: the move had been prepared for weeks", "2023-06-28", "published",
              "The move had been prepared for weeks"),
            S("United States", "Miller: Washington will continue to hold Wagner accountable wherever it operates",
              "2023-06-27", "text", "continue to hold Wagner accountable"),
            S("United States", "Miller: the weekend's events show Wagner is a destabilising force", "2023-06-27",
              "context", "He added that the events of the weekend"),
            S("Russia", "Nothing will change on the continent", "2023-06-28", "published",
              "Moscow signalled that nothing"),
            S("Sergey Lavrov", "Russian instructors work in CAR and Mali at their request; the work will continue",
              "2023-06-26", "text", "In an interview with RT on Monday"),
            S("Sergey Lavrov", "The mutiny will not affect relations with African friends", "2023-06-26", "context",
              "The mutiny, he said"),
            S("Russia", "Antonov: the sanctions are further proof the US wants to push Russia out of Africa",
              "2023-06-27TNI", "text", "Anatoly Antonov"),
            S("France", "Welcomes the US move", "2023-06-28", "published", "welcomed the US move"),
            S("France", "Colonna: Wagner is a predator that brings only insecurity", "2023-06-26", "text",
              "Catherine Colonna"),
            S("European Union", "Studying further measures", "2023-06-28", "published", "which listed Wagner"),
        ],
        ["United States", "Russia", "Sergey Lavrov", "United Nations", "France", "European Union"],
    ),
    doc(
        "b107en02_hague_dinner_wagner_belarus_2023_06", "2023-06-28", EN02,
        [
            T("Tuesday", "DATE", "2023-06-27", 0),
            T("next month", "DATE", "2023-07"),
            T("Tuesday", "DATE", "2023-06-27", 1),
            T("Monday", "DATE", "2023-06-26"),
            T("Tuesday", "DATE", "2023-06-27", 2),
            T("11", "DATE", "2023-07-11"),
            T("12 July", "DATE", "2023-07-12"),
            T("the two days", "DURATION", "P2D"),
        ],
        [
            E("Working dinner of NATO leaders hosted by Rutte in The Hague", "CONSULT",
              ["Mark Rutte", "Jens Stoltenberg", "NATO", "Poland"], "2023-06-27", "context", "occurred",
              "The dinner brought together"),
            E("Stoltenberg: a clear message to Moscow and Minsk that NATO protects every ally", "THREATEN",
              ["Jens Stoltenberg", "NATO", "Russia", "Belarus"], "2023-06-27", "context", "occurred",
              "sent a clear message to Moscow"),
            E("Duda wants the Vilnius summit to decide on stronger eastern-flank defences", "REQUEST",
              ["Poland", "NATO"], "2023-06-27", "context", "occurred", "Polish President Andrzej Duda"),
            E("Lukashenko offered the Wagner fighters an abandoned military base", "REQUEST",
              ["Alexander Lukashenko"], "2023-06-27", "context", "occurred", "offered the fighters an abandoned"),
            E("Landsbergis calls on the EU to list Wagner as a terrorist organisation", "REQUEST", ["European Union"],
              "2023-06-28", "published", "occurred", "Gabrielius Landsbergis"),
            E("Pistorius announces Germany is prepared to station a brigade permanently in Lithuania", "MOBILIZE",
              ["Germany"], "2023-06-26", "text", "planned", "German Defence Minister Boris Pistorius"),
            E("Nausėda thanks Scholz for the brigade decision", "SUPPORT", ["Olaf Scholz"], "2023-06-28",
              "published", "occurred", "thanked Chancellor Olaf Scholz"),
            E("Peskov calls NATO's build-up near Russia's borders a source of tension", "ACCUSE",
              ["Dmitry Peskov", "NATO"], "2023-06-27", "text", "occurred", "Spokesman Dmitry Peskov said"),
            E("NATO summit in Vilnius", "CONSULT", ["NATO"], "2023-07-11", "text", "planned",
              "The NATO summit in Vilnius is scheduled", note="11-12 July 2023"),
            E("Lithuania asks allies for additional air defence for the summit", "REQUEST", ["NATO"], "2023-06-28",
              "published", "occurred", "The NATO summit in Vilnius is scheduled"),
        ],
        [
            S("Jens Stoltenberg", "NATO sent a clear message to Moscow and Minsk that it protects every ally",
              "2023-06-27", "context", "sent a clear message to Moscow"),
            S("Jens Stoltenberg", "Too early for final conclusions on Wagner's movements; NATO remains vigilant",
              "2023-06-27", "context", "It was too early"),
            S("Poland", "Duda: the Vilnius summit should decide on stronger defences for the eastern flank",
              "2023-06-27", "context", "Polish President Andrzej Duda"),
            S("Alexander Lukashenko", "Prigozhin has arrived in Belarus", "2023-06-27", "text",
              "Earlier on Tuesday, Belarusian leader"),
            S("Alexander Lukashenko", "He offered the fighters a base; his army can benefit from their experience",
              "2023-06-27", "context", "offered the fighters an abandoned"),
            S("Germany", "Pistorius: Germany is prepared to station a brigade of 4,000 troops in Lithuania",
              "2023-06-26", "text", "German Defence Minister Boris Pistorius"),
            S("Kremlin", "Dismisses the concerns", "2023-06-27", "context", "The Kremlin dismissed the concerns"),
            S("Dmitry Peskov", "Relations with Belarus are a matter for two sovereign states; NATO's build-up is a "
              "source of tension", "2023-06-27", "text", "Spokesman Dmitry Peskov said"),
        ],
        ["Mark Rutte", "Jens Stoltenberg", "NATO", "Poland", "Russia", "Belarus", "Alexander Lukashenko",
         "European Union", "Germany", "Olaf Scholz", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b107en03_lukashenka_press_conference_2023_07", "2023-07-07", EN03,
        [
            T("Thursday", "DATE", "2023-07-06"),
            T("four-hour", "DURATION", "PT4H"),
            T("this morning", "TIME", "2023-07-06TMO", note="in Lukashenko's words, speech time Thursday 6 July"),
            T("June", "DATE", "2023-06"),
            T("Thursday evening", "TIME", "2023-07-06TEV"),
            T("next Tuesday", "DATE", "2023-07-11"),
            T("August 2020", "DATE", "2020-08"),
            T("February", "DATE", "2023-02"),
            T("1994", "DATE", "1994"),
            T("February 2022", "DATE", "2022-02"),
        ],
        [
            E("Lukashenko: the offer of a camp for Wagner stands", "REQUEST", ["Alexander Lukashenko"], "2023-07-06",
              "context", "occurred", "offer of a former military camp"),
            E("Russian tactical nuclear weapons stationed in Belarus", "MOBILIZE", ["Russia", "Belarus"], "2023-06",
              "text", "occurred", "tactical nuclear weapons stationed", date_mod="START"),
            E("Lukashenko: the nuclear weapons will be used only in case of aggression", "THREATEN",
              ["Alexander Lukashenko"], "2023-07-06", "context", "occurred", "tactical nuclear weapons stationed"),
            E("Poland keeps additional units on the border with Belarus", "MOBILIZE", ["Poland", "Belarus"],
              "2023-07-06TEV", "text", "occurred", "Polish Defence Minister Mariusz Błaszczak"),
            E("NATO summit in Vilnius", "CONSULT", ["NATO"], "2023-07-11", "text", "planned",
              "where NATO leaders gather next Tuesday"),
            E("Tsikhanouskaya urges EU governments to keep up the sanctions", "REQUEST", ["European Union"],
              "2023-07-07", "published", "occurred", "Sviatlana Tsikhanouskaya"),
            E("EU last extended its Belarus sanctions", "SANCTION", ["European Union", "Belarus"], "2023-02", "text",
              "occurred", "most recently in February"),
            E("Lukashenko: Minsk is ready for talks with Kyiv", "AGREE", ["Alexander Lukashenko", "Ukraine"],
              "2023-07-06", "context", "occurred", "ready for talks with Kyiv"),
            E("Lukashenko accuses Ukraine of harbouring terrorists trained to attack Belarus", "ACCUSE",
              ["Alexander Lukashenko", "Ukraine"], "2023-07-06", "context", "occurred", "ready for talks with Kyiv"),
            E("Ukraine rejects Lukashenko's offer of talks", "REJECT", ["Ukraine", "Alexander Lukashenko"],
              "2023-07-07", "published", "occurred", "dismissed the offer of talks"),
            E("Ukraine accuses Minsk of making its territory available for the invasion", "ACCUSE",
              ["Ukraine", "Belarus"], "2023-07-07", "published", "occurred", "dismissed the offer of talks"),
            E("Russia's invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text", "occurred",
              "dismissed the offer of talks"),
        ],
        [
            S("Alexander Lukashenko", "Prigozhin is not in Belarus", "2023-07-06", "text",
              "The illegitimate ruler Alexander Lukashenka claimed"),
            S("Alexander Lukashenko", "Prigozhin is in St Petersburg, not on the territory of Belarus", "2023-07-06",
              "context", "As for Prigozhin"),
            S("Alexander Lukashenko", "Prigozhin may have gone to Moscow this morning; the fighters remain in their "
              "camps", "2023-07-06", "context", "might have travelled on to Moscow"),
            S("Alexander Lukashenko", "Wagner and the Russian leadership will decide whether the fighters come",
              "2023-07-06", "context", "Whether they would come"),
            S("Alexander Lukashenko", "The offer of a camp stands; Belarus will not lose anything", "2023-07-06",
              "context", "offer of a former military camp"),
            S("Alexander Lukashenko", "Anyone who thinks Putin would have Prigozhin killed is mistaken", "2023-07-06",
              "context", "Asked whether Vladimir Putin"),
            S("Alexander Lukashenko", "The nuclear weapons would only be used in case of aggression", "2023-07-06",
              "context", "tactical nuclear weapons stationed"),
            S("Poland", "Błaszczak: Warsaw will not lower its guard; units stay as long as Wagner is a threat",
              "2023-07-06TEV", "text", "Polish Defence Minister Mariusz Błaszczak"),
            S("United States", "Cannot confirm Prigozhin's whereabouts", "2023-07-07", "published",
              "The US State Department said"),
            S("Alexander Lukashenko", "Minsk is ready for talks with Kyiv; Ukraine harbours terrorists", "2023-07-06",
              "context", "ready for talks with Kyiv"),
            S("Ukraine", "Minsk made its territory available for Russia's invasion", "2023-07-07", "published",
              "dismissed the offer of talks"),
        ],
        ["Alexander Lukashenko", "Belarus", "Vladimir Putin", "Russia", "Ukraine", "Poland", "United States", "NATO",
         "European Union"],
    ),
    doc(
        "b107en04_belarus_helicopters_poland_2023_08", "2023-08-02", EN04,
        [
            T("Wednesday morning", "TIME", "2023-08-02TMO"),
            T("the previous day", "DATE", "2023-08-01"),
            T("Tuesday evening", "TIME", "2023-08-01TEV"),
            T("July", "DATE", "2023-07"),
            T("Saturday", "DATE", "2023-07-29"),
            T("23 July", "DATE", "2023-07-23"),
        ],
        [
            E("Poland summons Belarus's chargé d'affaires", "ACCUSE", ["Poland", "Belarus"], "2023-08-02TMO", "text",
              "occurred", "Poland summoned Belarus's chargé"),
            E("Belarusian military helicopters cross into Polish airspace", "MOBILIZE", ["Belarus", "Poland"],
              "2023-08-01", "text", "occurred", "Poland summoned Belarus's chargé"),
            E("Warsaw informs NATO of the incursion", "CONSULT", ["Poland", "NATO"], "2023-08-01", "context",
              "occurred", "Warsaw informed NATO"),
            E("Poland orders additional troops and combat helicopters to the border", "MOBILIZE", ["Poland"],
              "2023-08-01", "context", "occurred", "Warsaw informed NATO"),
            E("Błaszczak: Poland will not tolerate provocations by Lukashenko's regime", "ACCUSE",
              ["Poland", "Alexander Lukashenko"], "2023-08-02", "published", "occurred", "Defence Minister Mariusz"),
            E("Poland tells the chargé that Minsk must stop such actions", "REQUEST", ["Poland", "Belarus"],
              "2023-08-02TMO", "context", "occurred", "Paweł Jabłoński"),
            E("Belarus denies that its helicopters violated the border", "REJECT", ["Belarus", "Poland"], "2023-08-02",
              "published", "occurred", "The Belarusian defence ministry said"),
            E("Belarus accuses Warsaw of seeking a pretext to militarise the border", "ACCUSE", ["Belarus", "Poland"],
              "2023-08-02", "published", "occurred", "The Belarusian defence ministry said"),
            E("Lukashenko meets Putin in St Petersburg", "CONSULT", ["Alexander Lukashenko", "Vladimir Putin"],
              "2023-07-23", "text", "occurred", "on an excursion"),
            E("Lukashenko: Wagner fighters want to go on an excursion to Warsaw and Rzeszów", "THREATEN",
              ["Alexander Lukashenko", "Poland"], "2023-07-23", "text", "occurred", "on an excursion"),
        ],
        [
            S("Poland", "The helicopters flew very low and were hard to detect by radar", "2023-08-01TEV", "text",
              "The Mi-24 and Mi-8 helicopters"),
            S("Poland", "Błaszczak: the border guard's reports were decisive; no tolerance for provocations",
              "2023-08-02", "published", "Defence Minister Mariusz"),
            S("Poland", "Jabłoński: the chargé was told Minsk must stop such actions at once", "2023-08-02TMO",
              "context", "Paweł Jabłoński"),
            S("Belarus", "Minsk denies the accusation", "2023-08-02", "published", "Minsk denied the accusation"),
            S("Belarus", "No violation; the Polish claims are far-fetched, a pretext to militarise the border",
              "2023-08-02", "published", "The Belarusian defence ministry said"),
            S("Belarus", "State television: the exercise took place several kilometres from the border", "2023-08-02",
              "published", "Belarusian state television"),
            S("Poland", "Morawiecki: about 100 Wagner mercenaries moved towards the Suwałki Gap", "2023-07-29", "text",
              "On Saturday, Prime Minister Mateusz Morawiecki"),
            S("Alexander Lukashenko", "Wagner fighters ask to go on an excursion to Warsaw and Rzeszów; he keeps them "
              "in central Belarus", "2023-07-23", "text", "on an excursion"),
            S("NATO", "In close contact with Warsaw and monitoring the situation", "2023-08-02", "published",
              "NATO said it was in close contact"),
            S("NATO", "NATO has strengthened the eastern flank and will defend every inch of allied territory",
              "2023-08-02", "published", "A spokesperson for the alliance"),
        ],
        ["Poland", "Belarus", "NATO", "Alexander Lukashenko", "Vladimir Putin"],
    ),
    doc(
        "b107en05_prigozhin_crash_no_probe_2023_08", "2023-08-30", EN05,
        [
            T("Tuesday", "DATE", "2023-08-29", 0),
            T("Monday", "DATE", "2023-08-28", 0),
            T("2019", "DATE", "2019"),
            T("Monday", "DATE", "2023-08-28", 1),
            T("Tuesday", "DATE", "2023-08-29", 1),
            T("Tuesday", "DATE", "2023-08-29", 2),
            T("last week", "DATE", "2023-W34"),
            T("September", "DATE", "2023-09"),
            T("23 August", "DATE", "2023-08-23"),
        ],
        [
            E("Russia declines to open an international investigation into the crash", "REJECT",
              ["Russia", "United Nations"], "2023-08-29", "context", "occurred",
              "Moscow has informed the International Civil Aviation Organization",
              note="made known by the ICAO statement on Tuesday"),
            E("ICAO offers help if requested", "REQUEST", ["United Nations", "Russia"], "2023-08-29", "context",
              "occurred", "The ICAO said it stood ready"),
            E("Brazil's Cenipa offered Russia to take part in the investigation", "REQUEST", ["Russia"], "2023-08-28",
              "text", "occurred", "Cenipa, said on Monday"),
            E("Lula calls for a transparent investigation", "REQUEST", ["Russia"], "2023-08-28", "text", "occurred",
              "President Luiz Inácio Lula da Silva"),
            E("Peskov rejects Western claims that the Kremlin ordered Prigozhin's death", "REJECT", ["Dmitry Peskov"],
              "2023-08-29", "context", "occurred", "He again rejected Western claims"),
            E("Blinken points to a long trail of dead Kremlin opponents", "ACCUSE", ["Antony Blinken", "Kremlin"],
              "2023-W34", "text", "occurred", "US Secretary of State Antony Blinken"),
            E("UK Ministry of Defence: highly likely the FSB was behind the crash", "ACCUSE",
              ["United Kingdom", "Russia"], "2023-08-30", "published", "occurred", "The British Ministry of Defence"),
            E("Vieira to meet Lavrov at the UN General Assembly", "CONSULT", ["Sergey Lavrov"], "2023-09", "text",
              "planned", "Foreign Minister Mauro Vieira"),
        ],
        [
            S("Russia", "Aviation authorities will not invite foreign investigators", "2023-08-30", "published",
              "SÃO PAULO"),
            S("United Nations", "ICAO: Moscow does not plan an investigation under the Chicago Convention",
              "2023-08-29", "text", "Moscow has informed the International Civil Aviation Organization"),
            S("United Nations", "ICAO stands ready to help if requested", "2023-08-29", "context",
              "The ICAO said it stood ready"),
            S("Dmitry Peskov", "Investigators consider different versions, including a deliberate atrocity",
              "2023-08-29", "text", "Kremlin spokesman Dmitry Peskov said on Tuesday"),
            S("Dmitry Peskov", "Western claims that the Kremlin ordered the death are speculation", "2023-08-29",
              "context", "He again rejected Western claims"),
            S("Dmitry Peskov", "Putin has no plans to attend the funeral", "2023-08-29", "context",
              "no plans to attend the funeral"),
            S("Antony Blinken", "There is a long trail of Kremlin opponents who died in unexplained circumstances",
              "2023-W34", "text", "US Secretary of State Antony Blinken"),
            S("United Kingdom", "Highly likely that the FSB was behind the crash", "2023-08-30", "published",
              "The British Ministry of Defence"),
        ],
        ["Russia", "United Nations", "Kremlin", "Dmitry Peskov", "Vladimir Putin", "Antony Blinken", "United States",
         "United Kingdom", "Sergey Lavrov"],
    ),
    doc(
        "b107en06_haftar_putin_kremlin_2023_09", "2023-09-29", EN06,
        [
            T("Thursday", "DATE", "2023-09-28"),
            T("2019", "DATE", "2019"),
            T("22 August", "DATE", "2023-08-22"),
            T("mid-September", "DATE", "2023-09", mod="MID"),
            T("2020", "DATE", "2020"),
            T("Wednesday", "DATE", "2023-09-27"),
            T("10 September", "DATE", "2023-09-10"),
            T("Thursday evening", "TIME", "2023-09-28TEV"),
            T("Friday morning", "TIME", "2023-09-29TMO"),
        ],
        [
            E("Haftar holds talks with Putin in the Kremlin", "CONSULT", ["Vladimir Putin"], "2023-09-28", "text",
              "occurred", "Putschist general Khalifa Haftar held talks"),
            E("Haftar meets Shoigu", "CONSULT", ["Russia"], "2023-09-28", "context", "occurred",
              "also met Defence Minister Sergei Shoigu"),
            E("Yevkurov visits Benghazi", "CONSULT", ["Russia"], "2023-08-22", "text", "occurred",
              "two trips to Benghazi"),
            E("Yevkurov visits Benghazi again", "CONSULT", ["Russia"], "2023-09", "text", "occurred",
              "two trips to Benghazi", date_mod="MID"),
            E("Tripoli asks Moscow to respect Libya's sovereignty and withdraw foreign mercenaries", "REQUEST",
              ["Russia"], "2023-09-29", "published", "occurred", "Its foreign ministry called on Moscow"),
            E("The United States urges Wagner's departure from Libya", "REQUEST", ["United States"], "2023-09-29",
              "published", "occurred", "The United States has repeatedly urged"),
            E("Norland: Wagner's presence threatens Libya and its neighbours", "ACCUSE", ["United States"],
              "2023-09-27", "text", "occurred", "The United States has repeatedly urged"),
            E("Russia sends rescue teams and a field hospital after the Derna floods", "AID", ["Russia"], "2023-09",
              "context", "occurred", "sending rescue teams"),
            E("Turkey flies in aid after the floods", "AID", ["Turkey"], "2023-09", "context", "occurred",
              "have also flown in aid"),
            E("Fidan–Lavrov phone call", "CONSULT", ["Hakan Fidan", "Sergey Lavrov"], "2023-09-28TEV", "text",
              "occurred", "Foreign Minister Hakan Fidan spoke by phone"),
        ],
        [
            S("Dmitry Peskov", "Putin and Haftar discussed the situation in Libya and the region", "2023-09-28",
              "context", "Kremlin spokesman Dmitry Peskov said"),
            S("Russia", "Haftar also met Shoigu", "2023-09-28", "context", "also met Defence Minister Sergei Shoigu"),
            S("United Nations", "UN experts: around 1,200 Wagner mercenaries are stationed in Libya", "2023-09-29",
              "published", "according to UN experts"),
            S("United States", "Norland: Wagner's presence threatens Libya's stability and its neighbours",
              "2023-09-27", "text", "The United States has repeatedly urged"),
            S("Turkey", "Following the visit closely", "2023-09-29", "published", "which backs the government"),
            S("Turkey", "Fidan and Lavrov spoke by phone", "2023-09-28TEV", "context",
              "Foreign Minister Hakan Fidan spoke by phone"),
        ],
        ["Vladimir Putin", "Kremlin", "Dmitry Peskov", "Russia", "United Nations", "United States", "Turkey",
         "Hakan Fidan", "Sergey Lavrov"],
    ),
]
