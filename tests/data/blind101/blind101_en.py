"""English articles of the blind101 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b101en01 (UN Dispatch)
EN01 = """
Why the Human Rights Council's Special Session on Ukraine Matters

The UN Human Rights Council on Thursday ordered its commission of inquiry on Ukraine to investigate the killings of civilians in the Kyiv, Chernihiv, Kharkiv and Sumy regions, which Russian forces held in late February and March.
The resolution passed 33 to 2, with 12 abstentions, and only China and Eritrea voted no.
It was the council's first special session on Ukraine, called at Kyiv's request last week with the backing of more than 50 states.

Opening the session by video link, UN High Commissioner for Human Rights Michelle Bachelet said her monitors had information on more than 1,000 civilian bodies recovered in the Kyiv region alone.
"The scale of unlawful killings, including indications of summary executions in areas north of Kyiv, is shocking," she said.
Ukraine's first deputy foreign minister, Emine Dzhaparova, told delegates that Russia had turned the occupied territories into "a zone of terror."
Russia, which quit the council in April after the General Assembly suspended its membership, did not send anyone.
Its mission in Geneva dismissed the session as "another show" staged by the West.
China's ambassador Chen Xu said the text would not help "cool down the situation."
US Ambassador Michele Taylor called the vote a message to the Kremlin "that the world is watching."

So what does the resolution actually do?
It gives the commission, chaired by Norway's Erik Møse, a specific mandate to look at what happened in towns like Bucha, Irpin and Borodianka in the first weeks of the war.
The commission is due to brief the council at its regular session in June and to present a full report to the General Assembly in October.
None of this is a court, but the evidence it collects can be shared with prosecutors, including the International Criminal Court.

The vote came on a busy day for Russia's relations with its neighbors.
In Helsinki, Finland's president and prime minister said their country must apply to join NATO "without delay."
Kremlin spokesman Dmitry Peskov said the move would "definitely" be a threat to Russia and that Moscow would respond.
NATO Secretary General Jens Stoltenberg said Finland would be "warmly welcomed."
And in Germany, G7 foreign ministers opened three days of talks at Weissenhaus on the Baltic coast, with Ukraine's Dmytro Kuleba among the guests.

What to watch: whether the commission can get anywhere near the territory Russia still occupies.
It has asked Moscow for access, and it has not yet received an answer.
"""

# ---------------------------------------------------------------- b101en02 (Mediazona)
EN02 = """
UN Human Rights Council creates a special rapporteur on Russia for the first time

The UN Human Rights Council on Friday voted to create the post of a special rapporteur on the human rights situation inside Russia, the first such mandate for a permanent member of the Security Council.
The resolution, drafted by the European Union, passed with 17 votes in favor and 6 against, among them China, while 24 members abstained.
The mandate covers the arrests of anti-war protesters, the closure of independent media and the persecution of groups such as Memorial, and will run for one year.

Russia's permanent representative in Geneva, Gennady Gatilov, told the council that Moscow would "not cooperate with this so-called rapporteur in any way."
He called the resolution an attempt by the European Union "to interfere in our internal affairs."
Russia lost its own seat on the council in April, when the UN General Assembly suspended it over the killings in Bucha.

According to OVD-Info, at least 19,000 people have been detained in Russia for anti-war statements since February 24.
Mediazona has counted more than 4,000 administrative cases under the article on "discrediting" the army since it was introduced in March.
Lawyers who spoke to Mediazona said they expected the new mandate to matter less inside Russia than abroad, where it keeps political prisoners on the agenda.

The vote in Geneva came hours after the Norwegian Nobel Committee awarded the Peace Prize to Memorial, the Ukrainian Center for Civil Liberties and the jailed Belarusian activist Ales Bialiatski.
Russia's Supreme Court had ordered Memorial liquidated last December.
On the same day, a Moscow court ruled that the group's building in central Moscow be handed over to the state.
Kremlin spokesman Dmitry Peskov told reporters he had "nothing to say" about the prize.
Ukrainian President Volodymyr Zelensky congratulated the Center for Civil Liberties and said Russia's crimes in Ukraine "will be documented and punished."

Vladimir Putin, who turned 70 on Friday, spent the day at an informal summit with the leaders of former Soviet republics in St Petersburg.
Belarusian leader Alexander Lukashenko presented him with a certificate for a tractor.

The rapporteur is expected to be appointed next spring and to present a first report to the council in September 2023.
"""

# ---------------------------------------------------------------- b101en03 (Kharkiv Human Rights Protection Group)
EN03 = """
UN commission: deportation of Ukrainian children is a war crime

The UN's Independent International Commission of Inquiry on Ukraine has concluded that Russia's transfer and deportation of Ukrainian children to territory it controls amounts to a war crime.
Presenting its report in Geneva on Thursday, the commission's chair, Erik Møse, said Russian forces had committed a wide range of war crimes, including wilful killings, torture, rape and unlawful confinement.
The commission also found that the waves of Russian attacks on Ukraine's energy infrastructure since October 10 "may amount to crimes against humanity."
The report will be formally presented to the Human Rights Council on Monday.

The commissioners said they had verified cases of children taken to Russia since the spring of 2022, some of whom were told they would never see their families again.
Ukraine's government says more than 16,000 children have been deported and only 308 have been brought back.

For the Kharkiv Human Rights Protection Group, the findings confirm what our researchers have recorded in the region since the Russian withdrawal from Izium in September.
"Each of these children has a name, and every case will be brought to court," said KHPG director Yevhen Zakharov.
Our documentation on the Tribunal for Putin platform now covers more than 60,000 incidents across Ukraine.
The group's lawyers represent victims in more than 200 criminal proceedings opened by Ukrainian prosecutors.

Ukraine's foreign ministry called on the UN to "use every instrument available" to bring the children home.
Russia's mission in Geneva did not respond to a request for comment.
Moscow has refused to cooperate with the commission since it was set up a year ago and describes the transfers as the evacuation of children from a war zone.

The findings come as Poland became the first NATO member to promise fighter jets to Ukraine.
President Andrzej Duda said on Thursday that four MiG-29s would be handed over in the coming days.
The Kremlin said the jets would change nothing on the battlefield and would be destroyed.
Chinese President Xi Jinping is expected in Moscow next week for talks with Vladimir Putin.
"""

# ---------------------------------------------------------------- b101en04 (Global Legal Post)
EN04 = """
OSCE Experts Find Russia's Transfer of Ukrainian Children Breaches International Law

A panel of three international lawyers appointed under the OSCE's Moscow Mechanism has found that Russia's forcible transfer and deportation of Ukrainian children violates international humanitarian and human rights law and may amount to crimes against humanity.
The report, by Veronika Bílková, Cecilie Hellestveit and Elīna Šteinerte, was presented to the OSCE Permanent Council in Vienna on Thursday.
It was commissioned after Ukraine and 45 participating states, including the UK, the US, Germany and France, invoked the mechanism on 30 March.

The experts say Russia has made no serious effort to reunite the children with their families and has instead eased procedures for granting them Russian citizenship and placing them with Russian families.
They could not verify the total number, but cite Ukrainian figures of more than 19,000 children deported since February 2022.
Russia did not answer the experts' requests for information in April and declined to appoint a liaison person.

The report adds to the material before the International Criminal Court, which in March issued arrest warrants for President Vladimir Putin and his children's rights commissioner, Maria Lvova-Belova, over the unlawful deportation of children.
The Parliamentary Assembly of the Council of Europe last month went further and described the deportations as genocide.
"A finding by a treaty-based mechanism of 57 states carries real weight with prosecutors, even if it is not a judgment," said Olivia Marsh, a partner in the public international law practice of a London firm that advises Ukrainian NGOs pro bono.

US Ambassador to the OSCE Michael Carpenter told the Permanent Council that Russia must "return these children immediately."
Ukraine's foreign ministry said the report "leaves no room for doubt" and called for the children's return to be part of any peace settlement.
Russia's delegation dismissed the findings at the same meeting as "politicized" and said the children had been evacuated for their own safety.

The report lands ahead of a Council of Europe summit in Reykjavík on 16 and 17 May, where German Chancellor Olaf Scholz and French President Emmanuel Macron are among the leaders expected to set up a register of damage caused by Russia's war.
China, meanwhile, announced on Friday that its special envoy Li Hui will visit Ukraine, Poland, France, Germany and Russia from Monday.
"""

# ---------------------------------------------------------------- b101en05 (ZMINA)
EN05 = """
UN commission of inquiry: Russia's torture of Ukrainian captives is a crime against humanity

Torture of Ukrainian civilians and prisoners of war by the Russian authorities is widespread and systematic and amounts to a crime against humanity, the UN Independent International Commission of Inquiry on Ukraine has concluded.
The commission's chair, Erik Møse, presented the findings to the Third Committee of the UN General Assembly in New York on Tuesday.
According to the report, torture was used in detention facilities in the occupied territories and in Russia itself, in many cases for months, and some detainees died as a result.

ZMINA has recorded similar testimonies from civilians who returned from Russian captivity since 2022.
Earlier this month, the Ukrainian authorities confirmed the death in Russian custody of journalist Viktoriia Roshchyna, who was detained in the occupied south in August 2023.
Her family still has not been told where her body is.

Ukraine's Parliament Commissioner for Human Rights, Dmytro Lubinets, said more than 90 percent of returned prisoners of war reported torture.
He called on the International Committee of the Red Cross to "finally get access" to Ukrainians held in Russia.
At the committee, Ukraine's representative demanded that Russia release all Ukrainian civilians it holds.
Russia's representative rejected the report as "biased and based on fabricated testimony."

The latest exchange of prisoners, mediated by the United Arab Emirates on October 18, brought home 95 Ukrainian defenders.
Dozens of them told their families they had been beaten daily.

The report came as NATO Secretary General Mark Rutte confirmed on Monday that North Korean troops had been sent to Russia's Kursk region, calling it "a significant escalation."
President Volodymyr Zelensky said Russia could use the troops in combat within days and urged allies to respond.
The Kremlin has neither confirmed nor denied the deployment.

The commission's mandate runs until April 2025, when the Human Rights Council is due to decide whether to renew it.
ZMINA and other Ukrainian organisations will submit new evidence before then.
"""

# ---------------------------------------------------------------- b101en06 (Health Policy Watch)
EN06 = """
Human Rights Council Renews UN Rapporteur on Russia, Citing Denial of Medical Care to Prisoners

GENEVA – The UN Human Rights Council on Monday renewed for another year the mandate of the special rapporteur on the human rights situation in Russia, Mariana Katzarova.
The resolution, tabled by European Union member states, was adopted by 20 votes to 6, with 21 abstentions, and China was among those voting against.
The United States, which left the council in February, did not take part.
The council first created the mandate in October 2022, when only 17 of its members voted in favour.

In her report to the council last month, Katzarova documented what she called the "systematic denial of medical care" to political prisoners, including people with cancer, diabetes and heart disease.
She said at least 1,200 people are currently jailed in Russia on politically motivated charges, and that several have died in custody since the death of opposition leader Alexei Navalny in February 2024.
She also described forced psychiatric treatment of people who had spoken out against the war in Ukraine.
"Medical neglect is being used as an additional punishment," Katzarova told Health Policy Watch.

Russia called the vote "null and void."
Moscow has refused to let Katzarova into the country since she took up the post in May 2023.
Its deputy permanent representative accused Western delegations of "using the council to settle political scores."

The World Health Organization, also headquartered in Geneva, has verified more than 2,500 attacks on health care in Ukraine since February 2022.
Doctors in Kharkiv and Zaporizhzhia told Health Policy Watch that clinics now move their operating theatres underground.

The vote came as Washington weighs sending long-range Tomahawk missiles to Kyiv.
President Volodymyr Zelensky said he had discussed air defence and "long-range capabilities" with President Donald Trump in a call on Sunday.
Kremlin spokesman Dmitry Peskov said on Monday that supplying Tomahawks would mark "a serious escalation" and damage relations between Moscow and Washington.

Katzarova is due to present her next report to the council in September 2026.
"""

def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b101en01_hrc_special_session_ukraine_2022_05", "2022-05-13", EN01,
        [
            T("Thursday", "DATE", "2022-05-12"),
            T("late February", "DATE", "2022-02", mod="END"),
            T("March", "DATE", "2022-03"),
            T("last week", "DATE", "2022-W18"),
            T("April", "DATE", "2022-04"),
            T("June", "DATE", "2022-06"),
            T("October", "DATE", "2022-10"),
            T("three days", "DURATION", "P3D"),
        ],
        [
            E("Human Rights Council orders its commission of inquiry to investigate killings of civilians in four "
              "regions held by Russian forces", "ACCUSE", ["United Nations", "Russia"], "2022-05-12", "text",
              "occurred", "The UN Human Rights Council on Thursday ordered"),
            E("China votes against the resolution", "REJECT", ["China", "United Nations"], "2022-05-12", "context",
              "occurred", "only China and Eritrea voted no"),
            E("Kyiv requests a special session of the Human Rights Council", "REQUEST", ["Ukraine", "United Nations"],
              "2022-W18", "text", "occurred", "called at Kyiv's request last week"),
            E("Bachelet: indications of summary executions north of Kyiv", "ACCUSE", ["United Nations", "Russia"],
              "2022-05-12", "context", "occurred", "The scale of unlawful killings"),
            E("Dzhaparova accuses Russia of turning the occupied territories into a zone of terror", "ACCUSE",
              ["Ukraine", "Russia"], "2022-05-12", "context", "occurred", "Emine Dzhaparova, told delegates"),
            E("Russia quits the Human Rights Council", "REJECT", ["Russia", "United Nations"], "2022-04", "text",
              "occurred", "which quit the council in April"),
            E("General Assembly suspends Russia's membership of the Human Rights Council", "SANCTION",
              ["United Nations", "Russia"], "2022-04", "context", "occurred", "which quit the council in April",
              note="suspension of 7 April 2022"),
            E("Russia's mission dismisses the session as another show staged by the West", "REJECT",
              ["Russia", "United Nations"], "2022-05-12", "context", "occurred", "Its mission in Geneva dismissed"),
            E("Finland's leaders say the country must apply to join NATO without delay", "REQUEST", ["NATO"],
              "2022-05-12", "context", "planned", "Finland's president and prime minister said"),
            E("Peskov: Finland's NATO membership would be a threat and Moscow would respond", "THREATEN",
              ["Dmitry Peskov", "NATO"], "2022-05-12", "context", "occurred", "Kremlin spokesman Dmitry Peskov said"),
            E("Stoltenberg: Finland would be warmly welcomed", "SUPPORT", ["Jens Stoltenberg", "NATO"], "2022-05-12",
              "context", "occurred", "warmly welcomed"),
            E("G7 foreign ministers meet at Weissenhaus with Kuleba among the guests", "CONSULT", ["Ukraine"],
              "2022-05-12", "context", "occurred", "G7 foreign ministers opened three days of talks"),
            E("The commission asks Moscow for access to the occupied territory", "REQUEST",
              ["United Nations", "Russia"], "2022-05-13", "published", "occurred", "It has asked Moscow for access",
              note="standing request, no day given"),
        ],
        [
            S("United Nations", "Bachelet: information on more than 1,000 civilian bodies recovered in the Kyiv region",
              "2022-05-12", "context", "Opening the session by video link"),
            S("United Nations", "Bachelet: the scale of unlawful killings, including summary executions, is shocking",
              "2022-05-12", "context", "The scale of unlawful killings"),
            S("Ukraine", "Dzhaparova: Russia has turned the occupied territories into a zone of terror", "2022-05-12",
              "context", "Emine Dzhaparova, told delegates"),
            S("Russia", "The session is another show staged by the West", "2022-05-12", "context",
              "Its mission in Geneva dismissed"),
            S("China", "Chen Xu: the text will not help cool down the situation", "2022-05-12", "context",
              "Chen Xu said"),
            S("United States", "Taylor: the vote is a message to the Kremlin that the world is watching", "2022-05-12",
              "context", "Michele Taylor called the vote"),
            S("Dmitry Peskov", "Finland joining NATO would definitely be a threat; Moscow will respond", "2022-05-12",
              "context", "Kremlin spokesman Dmitry Peskov said"),
            S("Jens Stoltenberg", "Finland would be warmly welcomed", "2022-05-12", "context", "warmly welcomed"),
        ],
        ["United Nations", "Russia", "Ukraine", "China", "United States", "Kremlin", "Dmitry Peskov", "NATO",
         "Jens Stoltenberg"],
    ),
    doc(
        "b101en02_special_rapporteur_russia_created_2022_10", "2022-10-07", EN02,
        [
            T("Friday", "DATE", "2022-10-07", 0),
            T("one year", "DURATION", "P1Y"),
            T("April", "DATE", "2022-04"),
            T("February 24", "DATE", "2022-02-24"),
            T("March", "DATE", "2022-03"),
            T("last December", "DATE", "2021-12"),
            T("the same day", "DATE", "2022-10-07"),
            T("Friday", "DATE", "2022-10-07", 1),
            T("the day", "DATE", "2022-10-07"),
            T("next spring", "DATE", "2023-SP"),
            T("September 2023", "DATE", "2023-09"),
        ],
        [
            E("Human Rights Council creates a special rapporteur on the human rights situation in Russia", "ACCUSE",
              ["United Nations", "Russia"], "2022-10-07", "text", "occurred",
              "The UN Human Rights Council on Friday voted"),
            E("EU-drafted resolution on the rapporteur", "REQUEST", ["European Union", "United Nations"], "2022-10-07",
              "context", "occurred", "The resolution, drafted by the European Union"),
            E("China votes against the resolution", "REJECT", ["China", "United Nations"], "2022-10-07", "context",
              "occurred", "The resolution, drafted by the European Union"),
            E("Gatilov: Moscow will not cooperate with the rapporteur", "REJECT", ["Russia", "United Nations"],
              "2022-10-07", "context", "occurred", "would \"not cooperate"),
            E("Gatilov accuses the EU of interfering in Russia's internal affairs", "ACCUSE",
              ["Russia", "European Union"], "2022-10-07", "context", "occurred", "He called the resolution an attempt"),
            E("General Assembly suspends Russia from the Human Rights Council", "SANCTION",
              ["United Nations", "Russia"], "2022-04", "text", "occurred", "Russia lost its own seat"),
            E("Zelensky: Russia's crimes in Ukraine will be documented and punished", "THREATEN",
              ["Volodymyr Zelensky", "Russia"], "2022-10-07", "published", "occurred",
              "Zelensky congratulated the Center"),
            E("Putin at an informal summit with leaders of former Soviet republics, with Lukashenko", "CONSULT",
              ["Vladimir Putin", "Alexander Lukashenko"], "2022-10-07", "text", "occurred",
              "spent the day at an informal summit"),
        ],
        [
            S("Russia", "Gatilov: Moscow will not cooperate with this so-called rapporteur in any way", "2022-10-07",
              "context", "would \"not cooperate"),
            S("Russia", "Gatilov: the resolution is an EU attempt to interfere in Russia's internal affairs",
              "2022-10-07", "context", "He called the resolution an attempt"),
            S("Dmitry Peskov", "Nothing to say about the Nobel Peace Prize", "2022-10-07", "published",
              "nothing to say"),
            S("Volodymyr Zelensky", "Congratulates the Center for Civil Liberties; Russia's crimes will be documented "
              "and punished", "2022-10-07", "published", "Zelensky congratulated the Center"),
        ],
        ["United Nations", "Russia", "European Union", "China", "Kremlin", "Dmitry Peskov", "Ukraine",
         "Volodymyr Zelensky", "Vladimir Putin", "Alexander Lukashenko", "Belarus"],
    ),
    doc(
        "b101en03_coi_children_war_crime_2023_03", "2023-03-16", EN03,
        [
            T("Thursday", "DATE", "2023-03-16", 0),
            T("October 10", "DATE", "2022-10-10"),
            T("Monday", "DATE", "2023-03-20"),
            T("the spring of 2022", "DATE", "2022-SP"),
            T("September", "DATE", "2022-09"),
            T("now", "DATE", "PRESENT_REF"),
            T("a year ago", "DATE", "2022"),
            T("Thursday", "DATE", "2023-03-16", 1),
            T("the coming days", "DATE", "FUTURE_REF"),
            T("next week", "DATE", "2023-W12"),
        ],
        [
            E("Commission of inquiry: Russia's deportation of Ukrainian children is a war crime", "ACCUSE",
              ["United Nations", "Russia"], "2023-03-16", "context", "occurred",
              "has concluded that Russia's transfer and deportation"),
            E("Møse: Russian forces committed a wide range of war crimes", "ACCUSE", ["United Nations", "Russia"],
              "2023-03-16", "text", "occurred", "Presenting its report in Geneva on Thursday"),
            E("Waves of Russian attacks on Ukraine's energy infrastructure since 10 October", "ASSAULT",
              ["Russia", "Ukraine"], "2022-10-10", "text", "occurred", "since October 10", date_mod="START"),
            E("Ukrainian children taken to Russia since the spring of 2022", "COERCE", ["Russia", "Ukraine"], "2022-SP",
              "text", "occurred", "children taken to Russia since the spring", date_mod="START"),
            E("Russian withdrawal from Izium", "RETREAT", ["Russia", "Ukraine"], "2022-09", "text", "occurred",
              "the Russian withdrawal from Izium"),
            E("Ukraine calls on the UN to use every instrument to bring the children home", "REQUEST",
              ["Ukraine", "United Nations"], "2023-03-16", "published", "occurred",
              "Ukraine's foreign ministry called on the UN"),
            E("Moscow refuses to cooperate with the commission since its creation", "REJECT",
              ["Russia", "United Nations"], "2022", "text", "occurred", "Moscow has refused to cooperate",
              date_mod="START"),
            E("Poland to hand over four MiG-29s to Ukraine", "AID", ["Poland", "Ukraine"], "FUTURE_REF", "vague",
              "planned", "four MiG-29s would be handed over"),
            E("Kremlin: the jets would be destroyed", "THREATEN", ["Kremlin", "Poland", "Ukraine"], "2023-03-16",
              "published", "occurred", "would be destroyed"),
            E("Xi Jinping expected in Moscow for talks with Putin", "CONSULT", ["Xi Jinping", "Vladimir Putin"],
              "2023-W12", "text", "planned", "Xi Jinping is expected in Moscow next week"),
        ],
        [
            S("United Nations", "The deportation of Ukrainian children by Russia amounts to a war crime", "2023-03-16",
              "context", "has concluded that Russia's transfer and deportation"),
            S("United Nations", "Møse: Russian forces committed wilful killings, torture, rape and unlawful confinement",
              "2023-03-16", "text", "Presenting its report in Geneva on Thursday"),
            S("United Nations", "Attacks on the energy infrastructure may amount to crimes against humanity",
              "2023-03-16", "context", "may amount to crimes against humanity"),
            S("United Nations", "Verified cases of children taken to Russia, some told they would never see their "
              "families again", "2023-03-16", "context", "children taken to Russia since the spring"),
            S("Ukraine", "More than 16,000 children deported, only 308 brought back", "2023-03-16", "published",
              "Ukraine's government says"),
            S("Ukraine", "The UN should use every instrument available to bring the children home", "2023-03-16",
              "published", "Ukraine's foreign ministry called on the UN"),
            S("Russia", "The transfers are the evacuation of children from a war zone", "2023-03-16", "published",
              "Moscow has refused to cooperate"),
            S("Poland", "Duda: four MiG-29s will be handed over in the coming days", "2023-03-16", "text",
              "four MiG-29s would be handed over"),
            S("Kremlin", "The jets will change nothing on the battlefield and will be destroyed", "2023-03-16",
              "published", "would be destroyed"),
        ],
        ["United Nations", "Russia", "Ukraine", "Poland", "NATO", "Kremlin", "Xi Jinping", "Vladimir Putin", "China"],
    ),
    doc(
        "b101en04_osce_moscow_mechanism_children_2023_05", "2023-05-12", EN04,
        [
            T("Thursday", "DATE", "2023-05-11"),
            T("30 March", "DATE", "2023-03-30"),
            T("February 2022", "DATE", "2022-02"),
            T("April", "DATE", "2023-04"),
            T("March", "DATE", "2023-03", 1),
            T("last month", "DATE", "2023-04"),
            T("16", "DATE", "2023-05-16"),
            T("17 May", "DATE", "2023-05-17"),
            T("Friday", "DATE", "2023-05-12"),
            T("Monday", "DATE", "2023-05-15"),
        ],
        [
            E("OSCE Moscow Mechanism experts find Russia's transfer of Ukrainian children breaches international law",
              "ACCUSE", ["Russia"], "2023-05-11", "context", "occurred", "A panel of three international lawyers"),
            E("Ukraine and 45 participating states invoke the Moscow Mechanism on the deported children", "ACCUSE",
              ["Ukraine", "United Kingdom", "United States", "Germany", "France", "Russia"], "2023-03-30", "text",
              "occurred", "invoked the mechanism on 30 March"),
            E("Deportation of Ukrainian children since February 2022, as Kyiv counts it", "COERCE",
              ["Russia", "Ukraine"], "2022-02", "text", "occurred", "more than 19,000 children deported",
              date_mod="START"),
            E("Russia does not answer the experts' requests and declines to appoint a liaison", "REJECT", ["Russia"],
              "2023-04", "text", "occurred", "Russia did not answer the experts' requests"),
            E("ICC arrest warrants for Putin and Lvova-Belova", "ACCUSE", ["Vladimir Putin", "Russia"], "2023-03",
              "text", "occurred", "in March issued arrest warrants"),
            E("PACE describes the deportations as genocide", "ACCUSE", ["Russia"], "2023-04", "text", "occurred",
              "described the deportations as genocide"),
            E("Carpenter: Russia must return the children immediately", "REQUEST", ["United States", "Russia"],
              "2023-05-11", "context", "occurred", "Michael Carpenter told the Permanent Council"),
            E("Ukraine demands that the children's return be part of any peace settlement", "REQUEST",
              ["Ukraine", "Russia"], "2023-05-12", "published", "occurred", "leaves no room for doubt"),
            E("Russia's delegation dismisses the findings as politicized", "REJECT", ["Russia"], "2023-05-11",
              "context", "occurred", "Russia's delegation dismissed the findings"),
            E("Council of Europe summit in Reykjavík with Scholz and Macron", "CONSULT",
              ["Olaf Scholz", "Emmanuel Macron"], "2023-05-16", "text", "planned", "Council of Europe summit in Reykjav"),
            E("Leaders to set up a register of damage caused by Russia's war", "AGREE",
              ["Olaf Scholz", "Emmanuel Macron", "Russia"], "2023-05-16", "context", "planned",
              "Council of Europe summit in Reykjav"),
            E("Chinese envoy Li Hui to visit Ukraine, Poland, France, Germany and Russia", "CONSULT",
              ["China", "Ukraine", "Poland", "France", "Germany", "Russia"], "2023-05-15", "text", "planned",
              "its special envoy Li Hui will visit"),
        ],
        [
            S("United States", "Carpenter: Russia must return these children immediately", "2023-05-11", "context",
              "Michael Carpenter told the Permanent Council"),
            S("Ukraine", "The report leaves no room for doubt; the children's return must be part of any settlement",
              "2023-05-12", "published", "leaves no room for doubt"),
            S("Russia", "The findings are politicized; the children were evacuated for their own safety",
              "2023-05-11", "context", "Russia's delegation dismissed the findings"),
            S("China", "Special envoy Li Hui will visit Ukraine, Poland, France, Germany and Russia from Monday",
              "2023-05-12", "text", "its special envoy Li Hui will visit"),
        ],
        ["Russia", "Ukraine", "United Kingdom", "United States", "Germany", "France", "Vladimir Putin",
         "Olaf Scholz", "Emmanuel Macron", "China", "Poland"],
    ),
    doc(
        "b101en05_coi_torture_crime_against_humanity_2024_10", "2024-10-30", EN05,
        [
            T("Tuesday", "DATE", "2024-10-29"),
            T("months", "DURATION", "PXM"),
            T("2022", "DATE", "2022"),
            T("this month", "DATE", "2024-10"),
            T("August 2023", "DATE", "2023-08"),
            T("October 18", "DATE", "2024-10-18"),
            T("daily", "SET", "P1D"),
            T("Monday", "DATE", "2024-10-28"),
            T("days", "DURATION", "PXD", note="within days"),
            T("April 2025", "DATE", "2025-04"),
        ],
        [
            E("Commission of inquiry: Russia's torture of Ukrainian civilians and POWs is a crime against humanity",
              "ACCUSE", ["United Nations", "Russia"], "2024-10-29", "context", "occurred",
              "Torture of Ukrainian civilians and prisoners of war"),
            E("Journalist Viktoriia Roshchyna detained by Russia in the occupied south", "COERCE",
              ["Russia", "Ukraine"], "2023-08", "text", "occurred", "Viktoriia Roshchyna"),
            E("Lubinets calls on the ICRC to get access to Ukrainians held in Russia", "REQUEST", ["Ukraine"],
              "2024-10-30", "published", "occurred", "He called on the International Committee of the Red Cross"),
            E("Ukraine demands that Russia release all Ukrainian civilians", "REQUEST", ["Ukraine", "Russia"],
              "2024-10-29", "context", "occurred", "Ukraine's representative demanded"),
            E("Russia rejects the report as biased", "REJECT", ["Russia", "United Nations"], "2024-10-29", "context",
              "occurred", "Russia's representative rejected the report"),
            E("Prisoner exchange mediated by the UAE brings home 95 Ukrainians", "CONCEDE", ["Russia", "Ukraine"],
              "2024-10-18", "text", "occurred", "The latest exchange of prisoners"),
            E("Rutte confirms North Korean troops in Kursk and calls it a significant escalation", "ACCUSE",
              ["Mark Rutte", "NATO", "Russia"], "2024-10-28", "text", "occurred", "Mark Rutte confirmed on Monday"),
            E("North Korean troops sent to Russia's Kursk region", "MOBILIZE", ["Russia"], "2024-10-28", "context",
              "occurred", "Mark Rutte confirmed on Monday", note="dated by Rutte's confirmation"),
            E("Zelensky warns Russia could use the troops in combat within days", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2024-10-30", "published", "occurred",
              "Zelensky said Russia could use the troops"),
            E("Zelensky urges allies to respond", "REQUEST", ["Volodymyr Zelensky"], "2024-10-30", "published",
              "occurred", "Zelensky said Russia could use the troops"),
        ],
        [
            S("United Nations", "Torture of Ukrainian civilians and POWs is widespread, systematic and a crime against "
              "humanity", "2024-10-29", "context", "Torture of Ukrainian civilians and prisoners of war"),
            S("United Nations", "Torture used in detention in the occupied territories and in Russia, some detainees "
              "died", "2024-10-29", "context", "According to the report"),
            S("Ukraine", "Confirmed the death of journalist Viktoriia Roshchyna in Russian custody", "2024-10", "text",
              "Viktoriia Roshchyna"),
            S("Ukraine", "Lubinets: more than 90 percent of returned POWs reported torture", "2024-10-30",
              "published", "Dmytro Lubinets, said"),
            S("Ukraine", "Lubinets: the ICRC must finally get access to Ukrainians held in Russia", "2024-10-30",
              "published", "He called on the International Committee of the Red Cross"),
            S("Ukraine", "Russia must release all Ukrainian civilians it holds", "2024-10-29", "context",
              "Ukraine's representative demanded"),
            S("Russia", "The report is biased and based on fabricated testimony", "2024-10-29", "context",
              "Russia's representative rejected the report"),
            S("Mark Rutte", "North Korean troops have been sent to Kursk, a significant escalation", "2024-10-28",
              "text", "Mark Rutte confirmed on Monday"),
            S("Volodymyr Zelensky", "Russia could use the North Korean troops in combat within days; allies must respond",
              "2024-10-30", "published", "Zelensky said Russia could use the troops"),
        ],
        ["United Nations", "Russia", "Ukraine", "NATO", "Mark Rutte", "Volodymyr Zelensky", "Kremlin"],
    ),
    doc(
        "b101en06_hrc_renews_rapporteur_russia_2025_10", "2025-10-07", EN06,
        [
            T("Monday", "DATE", "2025-10-06", 0),
            T("another year", "DURATION", "P1Y"),
            T("February", "DATE", "2025-02", 0),
            T("October 2022", "DATE", "2022-10"),
            T("last month", "DATE", "2025-09"),
            T("currently", "DATE", "PRESENT_REF"),
            T("February 2024", "DATE", "2024-02"),
            T("May 2023", "DATE", "2023-05"),
            T("February 2022", "DATE", "2022-02"),
            T("now", "DATE", "PRESENT_REF"),
            T("Sunday", "DATE", "2025-10-05"),
            T("Monday", "DATE", "2025-10-06", 1),
            T("September 2026", "DATE", "2026-09"),
        ],
        [
            E("Human Rights Council renews the special rapporteur's mandate on Russia", "ACCUSE",
              ["United Nations", "Russia"], "2025-10-06", "text", "occurred",
              "The UN Human Rights Council on Monday renewed"),
            E("EU member states table the resolution", "REQUEST", ["European Union", "United Nations"], "2025-10-06",
              "context", "occurred", "tabled by European Union member states"),
            E("China votes against the resolution", "REJECT", ["China", "United Nations"], "2025-10-06", "context",
              "occurred", "tabled by European Union member states"),
            E("The United States leaves the Human Rights Council", "SANCTION", ["United States", "United Nations"],
              "2025-02", "text", "occurred", "which left the council in February"),
            E("Human Rights Council first creates the mandate", "ACCUSE", ["United Nations", "Russia"], "2022-10",
              "text", "occurred", "The council first created the mandate"),
            E("Katzarova's report documents the systematic denial of medical care to political prisoners", "ACCUSE",
              ["United Nations", "Russia"], "2025-09", "text", "occurred", "In her report to the council last month"),
            E("Russia calls the vote null and void", "REJECT", ["Russia", "United Nations"], "2025-10-06", "context",
              "occurred", "Russia called the vote"),
            E("Moscow refuses to let Katzarova into the country since May 2023", "REJECT",
              ["Russia", "United Nations"], "2023-05", "text", "occurred", "Moscow has refused to let Katzarova",
              date_mod="START"),
            E("Russia accuses Western delegations of settling political scores", "ACCUSE", ["Russia"], "2025-10-06",
              "context", "occurred", "accused Western delegations"),
            E("Washington weighs sending Tomahawk missiles to Kyiv", "AID", ["United States", "Ukraine"], "2025-10-07",
              "published", "uncertain", "Washington weighs sending"),
            E("Zelensky–Trump call on air defence and long-range capabilities", "CONSULT",
              ["Volodymyr Zelensky", "Donald Trump"], "2025-10-05", "text", "occurred", "in a call on Sunday"),
            E("Peskov warns that supplying Tomahawks would be a serious escalation", "REQUEST",
              ["Dmitry Peskov", "United States"], "2025-10-06", "text", "occurred",
              "Kremlin spokesman Dmitry Peskov said on Monday"),
        ],
        [
            S("United Nations", "Katzarova: systematic denial of medical care to political prisoners", "2025-09",
              "text", "In her report to the council last month"),
            S("United Nations", "At least 1,200 people jailed on politically motivated charges; several died in custody",
              "2025-09", "context", "She said at least 1,200 people"),
            S("United Nations", "Forced psychiatric treatment of people who spoke out against the war", "2025-09",
              "context", "She also described forced psychiatric treatment"),
            S("United Nations", "Katzarova: medical neglect is used as an additional punishment", "2025-10-07",
              "published", "Medical neglect is being used"),
            S("Russia", "The vote is null and void", "2025-10-06", "context", "Russia called the vote"),
            S("Russia", "Western delegations use the council to settle political scores", "2025-10-06", "context",
              "accused Western delegations"),
            S("United Nations", "WHO has verified more than 2,500 attacks on health care in Ukraine since February 2022",
              "2025-10-07", "published", "The World Health Organization"),
            S("Volodymyr Zelensky", "Discussed air defence and long-range capabilities with Trump", "2025-10-07",
              "published", "in a call on Sunday"),
            S("Dmitry Peskov", "Supplying Tomahawks would be a serious escalation and damage Russia–US relations",
              "2025-10-06", "text", "Kremlin spokesman Dmitry Peskov said on Monday"),
        ],
        ["United Nations", "Russia", "European Union", "China", "United States", "Ukraine", "Volodymyr Zelensky",
         "Donald Trump", "Kremlin", "Dmitry Peskov"],
    ),
]
