"""German articles of the blind81 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b81de01 (Allgemeine Zeitung, Mainz)
DE01 = """
Kreml lässt Estlands Regierungschefin Kallas zur Fahndung ausschreiben

MOSKAU/TALLINN - Russland hat die estnische Ministerpräsidentin Kaja Kallas zur Fahndung ausgeschrieben.
Ihr Name tauchte am Dienstag in der öffentlich zugänglichen Datenbank des russischen Innenministeriums auf, gemeinsam mit dem estnischen Staatssekretär Taimar Peterkop und dem litauischen Kulturminister Simonas Kairys.
Welche Straftat den Politikern zur Last gelegt wird, ließ die Behörde offen.

Kremlsprecher Dmitri Peskow lieferte die Begründung in seiner täglichen Telefonkonferenz mit Journalisten nach.
Es handle sich um Personen, die „feindselige Handlungen gegen das historische Gedächtnis und gegen unser Land“ begingen, sagte er.
Gemeint ist der Abriss sowjetischer Kriegsdenkmäler, den die Regierung in Tallinn seit dem Sommer 2022 vorantreibt.
Außenamtssprecherin Maria Sacharowa legte am Abend auf Telegram nach: Verbrechen gegen das Andenken an die Befreier Europas vom Faschismus würden verfolgt, „und das ist erst der Anfang“.

Kallas selbst gab sich unbeeindruckt.
Der Schritt sei keine Überraschung, sondern der Beweis, dass sie das Richtige tue, erklärte die Regierungschefin noch am Dienstagabend.
Die Unterstützung der EU für die Ukraine sei ein Erfolg, und genau das schmerze Moskau.
Mit solchen Methoden wolle der Kreml sie zum Schweigen bringen, doch das werde ihm nicht gelingen.
Das estnische Außenministerium bestellte am Mittwochmorgen den russischen Geschäftsträger ein und überreichte ihm eine Protestnote.

In Brüssel stieß die Ausschreibung auf scharfe Kritik.
Ein Sprecher des Auswärtigen Dienstes der EU nannte sie einen „durchsichtigen Einschüchterungsversuch“ und versicherte Tallinn der Solidarität der Union.
Regierungssprecher Steffen Hebestreit sprach in Berlin von einem „absurden Vorgang“, Kallas genieße das volle Vertrauen ihrer Partner.
Nato-Generalsekretär Jens Stoltenberg, der am Donnerstag die Verteidigungsminister der Allianz in Brüssel empfängt, sah darin ein weiteres Beispiel für den Druck, den Moskau auf seine Nachbarn ausübe.

Die liberale Politikerin gilt als eine der entschiedensten Unterstützerinnen Kiews in der EU.
Seit dem vergangenen Herbst wirbt sie dafür, dass die Union Artilleriemunition für die Ukraine gemeinsam beschafft.
Zugleich wird sie als mögliche Nachfolgerin Stoltenbergs gehandelt, dessen Amtszeit im Oktober endet.
Moskau hat in den vergangenen Monaten Dutzende Politiker aus den baltischen Staaten und Polen wegen der Beseitigung sowjetischer Denkmäler zur Fahndung ausgeschrieben.
Festgenommen werden könnten sie nur, wenn sie russisches Territorium betreten.

Kallas wird am Freitag zur Münchner Sicherheitskonferenz erwartet.
Nach Angaben ihres Büros will sie dort auch den ukrainischen Präsidenten Wolodymyr Selenskyj treffen.
Bis zum zweiten Jahrestag des russischen Überfalls am 24. Februar will die EU zudem ihr 13. Sanktionspaket gegen Russland verabschieden.
"""

# ---------------------------------------------------------------- b81de02 (Pirmasenser Zeitung)
DE02 = """
Berlin macht Moskau für Cyberangriff auf die Flugsicherung verantwortlich

Berlin/Pirmasens. Die Bundesregierung wirft Russland vor, hinter einem Hackerangriff auf die Deutsche Flugsicherung und einer Desinformationskampagne vor der Bundestagswahl zu stecken.
Das Auswärtige Amt bestellte deshalb am Freitag den russischen Botschafter Sergej Netschajew ein.
Der Angriff auf die Flugsicherung im August 2024 könne inzwischen eindeutig der Hackergruppe APT28 zugeordnet werden, die dem russischen Militärgeheimdienst GRU untersteht, sagte ein Sprecher des Ministeriums in der Regierungspressekonferenz.
Zudem habe Moskau mit der Kampagne „Storm 1516“ versucht, die Wahl vom 23. Februar zu beeinflussen, unter anderem mit gefälschten Videos über Spitzenkandidaten.

Russland bedrohe die Sicherheit Deutschlands nicht nur durch seinen Angriffskrieg gegen die Ukraine, sondern ganz konkret auch hier im Land, sagte der Sprecher.
Man werde gemeinsam mit den europäischen Partnern Gegenmaßnahmen ergreifen und sich für weitere EU-Sanktionen gegen die Verantwortlichen hybrider Angriffe einsetzen.
Welche Schritte Berlin im Einzelnen plant, ließ er offen.
Die EU-Außenminister beraten am Montag in Brüssel über neue Strafmaßnahmen.

Die russische Botschaft wies die Vorwürfe noch am Freitagabend als „absurd und unbegründet“ zurück.
Beweise seien nicht vorgelegt worden, es handle sich um einen weiteren Versuch, die Beziehungen zu vergiften, erklärte die Vertretung auf Telegram.
Kremlsprecher Dmitri Peskow sagte am Samstag, Moskau weise derartige Anschuldigungen „kategorisch“ zurück, Deutschland betreibe seit Monaten eine Kampagne der Russophobie.
Außenamtssprecherin Maria Sacharowa kündigte an, Russland werde auf jeden „unfreundlichen Schritt“ Berlins antworten.

Bundeskanzler Friedrich Merz hatte schon im Herbst vor Sabotage, Drohnenüberflügen und Cyberangriffen aus Russland gewarnt und von einem Zustand „zwischen Krieg und Frieden“ gesprochen.
Am Sonntag und Montag empfängt Merz in Berlin den ukrainischen Präsidenten Wolodymyr Selenskyj sowie die US-Unterhändler Steve Witkoff und Jared Kushner zu Gesprächen über einen Friedensplan.
Mehrere europäische Staats- und Regierungschefs werden am Montagabend im Kanzleramt erwartet.
EU-Außenbeauftragte Kaja Kallas erklärte, die Zuordnung zeige, wie systematisch Russland Europa zu destabilisieren versuche, und forderte eine geschlossene Antwort der Union.

In der Region wird der Streit aufmerksam verfolgt.
Die Verbandsgemeinden im Landkreis Südwestpfalz hatten nach einem Angriff auf einen kommunalen IT-Dienstleister im Frühjahr ihre Notfallpläne überarbeitet, wie die Kreisverwaltung unserer Zeitung sagte.
Für Flugreisende in Saarbrücken oder Frankfurt hatte der Angriff im August 2024 keine spürbaren Folgen, getroffen wurde damals lediglich das Büronetz der Flugsicherung.
"""

# ---------------------------------------------------------------- b81de03 (Zürcher Unterländer)
DE03 = """
Westen verwirft Russlands Wahlen in den besetzten Gebieten

Moskau/Kiew. Die Regionalwahlen, die Russland am Wochenende auch in den besetzten Gebieten der Ukraine abgehalten hat, stossen international auf Ablehnung.
Nach Angaben der russischen Wahlkommission kam die Kremlpartei Einiges Russland in den Regionen Donezk, Luhansk, Saporischschja und Cherson auf Stimmenanteile zwischen 70 und 83 Prozent.
Die Stimmabgabe hatte bereits am Freitag begonnen, in vielen Orten zogen Wahlhelfer in Begleitung von Bewaffneten von Tür zu Tür.

Das ukrainische Aussenministerium sprach von einer «Farce» und erklärte die Abstimmung für «null und nichtig».
Sprecher Oleh Nikolenko rief die internationale Gemeinschaft auf, die Ergebnisse nicht anzuerkennen und alle an der Organisation Beteiligten mit Sanktionen zu belegen.
Präsident Wolodymyr Selenskyj hatte in seiner abendlichen Videobotschaft am Sonntag gesagt, mit Wahlzetteln könne Russland die Menschen in den besetzten Gebieten nicht zu Russen machen.

Die EU werde die «illegalen Scheinwahlen» niemals anerkennen, hiess es in einer Erklärung, die ein Sprecher des EU-Aussenbeauftragten Josep Borrell am Sonntag in Brüssel verbreitete.
Die Abstimmung sei ein weiterer Verstoss gegen das Völkerrecht und gegen die Souveränität der Ukraine.
Ähnlich äusserte sich das US-Aussenministerium: Sprecher Matthew Miller nannte die Wahlen eine «Farce», die Vereinigten Staaten würden die Ergebnisse nie anerkennen.
Auch die Generalsekretärin des Europarats, Marija Pejčinović Burić, verurteilte den Urnengang.

In Moskau zeigte man sich unbeeindruckt.
Kremlsprecher Dmitri Peskow sagte am Montag, die hohe Beteiligung zeige, dass die Bewohner der «neuen Regionen» zu Russland gehören wollten.
Die Nichtanerkennung durch den Westen sei für Moskau «absolut irrelevant».
Aussenamtssprecherin Maria Sacharowa warf der EU vor, sich mit ihren Erklärungen in die inneren Angelegenheiten Russlands einzumischen.

Russland hatte die vier Regionen im September 2022 nach international nicht anerkannten Referenden annektiert, obwohl seine Truppen sie nur teilweise kontrollieren.
Die Uno-Generalversammlung verurteilte die Annexion im Oktober 2022 mit 143 Stimmen.
Im kommenden März will Moskau in den Gebieten auch die Präsidentenwahl abhalten.

Auch die Schweiz anerkennt die Abstimmung nicht, wie das Eidgenössische Departement für auswärtige Angelegenheiten auf Anfrage mitteilte.
Im Zürcher Unterland leben derzeit rund 1'300 Geflüchtete aus der Ukraine mit Schutzstatus S, viele von ihnen stammen aus den Gebieten, in denen abgestimmt wurde.
Eine Rückkehr sei für sie unter russischer Besatzung undenkbar, sagt Olena K., die seit März 2022 mit ihren zwei Kindern in Bülach lebt.
"""

# ---------------------------------------------------------------- b81de04 (Kreiszeitung Böblinger Bote)
DE04 = """
Moskau stellt Selenskyjs Legitimität infrage – Kiew spricht von Propaganda

Böblingen/Kiew. Mit dem Ende der regulären Amtszeit von Wolodymyr Selenskyj hat der Kreml eine Debatte über die Legitimität des ukrainischen Präsidenten angestoßen.
Die fünfjährige Amtszeit endete formal am Montag, wegen des seit Februar 2022 geltenden Kriegsrechts konnte im März keine Präsidentenwahl stattfinden.
Nach der Verfassung bleibt der Präsident im Amt, bis ein Nachfolger vereidigt ist.

Außenamtssprecherin Maria Sacharowa erklärte am Montag, Selenskyj habe seine Legitimität verloren, seine Unterschrift unter Abkommen sei wertlos.
Kremlsprecher Dmitri Peskow sagte am Dienstag, Moskau werde sorgfältig prüfen, mit wem man in Kiew überhaupt noch verhandeln könne.
Präsident Wladimir Putin hatte Ende vergangener Woche bei seinem Besuch im chinesischen Harbin gesagt, über die Legitimität müssten das ukrainische Verfassungsgericht und das Parlament befinden.

In Kiew wies man die Äußerungen scharf zurück.
Präsidentenberater Mychajlo Podoljak sprach von einer „billigen Propagandaoperation“, mit der Russland die Ukraine im Inneren spalten und ihre Partner verunsichern wolle.
Das Außenministerium erklärte, Selenskyjs Befugnisse seien durch Verfassung und Kriegsrecht eindeutig gedeckt, wer sie bestreite, verbreite russische Desinformation.
Selenskyj selbst sagte in seiner Videoansprache am Montagabend, wann gewählt werde, entschieden die Ukrainer und „nicht der Kreml“.
Wahlen seien erst möglich, wenn die Waffen schwiegen und Millionen Geflüchtete und Soldaten abstimmen könnten.

Rückendeckung kam aus Washington.
Selenskyj sei und bleibe der legitime Präsident der Ukraine, sagte der Sprecher des US-Außenministeriums, Matthew Miller, am Montag in Washington.
Ein Sprecher der EU-Kommission verwies auf die ukrainische Verfassung und nannte die russischen Äußerungen „durchschaubar“.

Russische Truppen hatten am 10. Mai eine neue Offensive im Gebiet Charkiw begonnen.
Selenskyj bat die USA und Deutschland am Wochenende erneut um mindestens zwei weitere Patriot-Systeme für die Verteidigung Charkiws.
Die Ukraine bereitet mit der Schweiz eine Friedenskonferenz vor, die am 15. und 16. Juni auf dem Bürgenstock stattfindet.
Selenskyj wirbt dabei um die Teilnahme von US-Präsident Joe Biden.
Moskau, das nicht eingeladen ist, nennt das Treffen sinnlos.

Im Landkreis Böblingen verfolgen viele der rund 4.000 Geflüchteten aus der Ukraine die Debatte mit Sorge.
„Für uns ist Selenskyj der Präsident, solange Krieg ist“, sagt Iryna Melnyk vom Verein der Ukrainer in Sindelfingen, der am Samstag auf dem Marktplatz Spenden für Charkiw sammelt.
"""

# ---------------------------------------------------------------- b81de05 (Traunsteiner Tagblatt)
DE05 = """
Weißes Haus: Russland feuert Raketen aus Nordkorea auf die Ukraine

Washington/Kiew. Russland hat nach Erkenntnissen der US-Regierung erstmals ballistische Raketen aus Nordkorea gegen die Ukraine eingesetzt.
Der Sprecher des Nationalen Sicherheitsrats im Weißen Haus, John Kirby, sagte am Donnerstag in Washington, Pjöngjang habe Moskau in den vergangenen Wochen Abschussrampen und mehrere Raketen mit einer Reichweite von etwa 900 Kilometern überlassen.
Eine erste Rakete sei am 30. Dezember abgefeuert worden und auf einem Feld in der Region Saporischschja eingeschlagen, mehrere weitere am 2. Januar.
Kirby sprach von einer „bedeutenden und besorgniserregenden Eskalation“ der Unterstützung Nordkoreas für Russland.

Washington werde das Thema im UN-Sicherheitsrat zur Sprache bringen und zusätzliche Sanktionen gegen die an den Lieferungen Beteiligten verhängen, kündigte Kirby an.
Zugleich bemühe sich Moskau derzeit um ballistische Kurzstreckenraketen aus dem Iran, geliefert worden seien diese aber noch nicht.
Moskau und Pjöngjang haben Waffengeschäfte miteinander stets bestritten.

Kremlsprecher Dmitri Peskow wollte sich am Freitag nicht äußern und verwies auf das Verteidigungsministerium.
Außenamtssprecherin Maria Sacharowa warf Washington vor, mit „Erfindungen“ von den eigenen Waffenlieferungen an Kiew ablenken zu wollen.

In Kiew bestätigte der Leiter des Präsidialamts, Andrij Jermak, dass unter den Trümmern Teile nordkoreanischer Raketen gefunden worden seien.
Die Welt müsse auf die Achse Moskau–Pjöngjang–Teheran eine Antwort finden, schrieb Jermak auf Telegram und forderte von den USA und der EU dringend mehr Luftabwehr.
Bei dem bislang größten Luftangriff des Krieges am 29. Dezember waren nach ukrainischen Angaben mehr als 40 Menschen getötet worden.

Das Auswärtige Amt in Berlin sprach von einem eklatanten Bruch mehrerer Resolutionen des UN-Sicherheitsrats.
Bundeskanzler Olaf Scholz hatte die EU-Partner bereits Ende Dezember aufgefordert, ihre Militärhilfe für die Ukraine 2024 deutlich aufzustocken.
Der US-Kongress streitet dagegen weiter über ein Hilfspaket, die Mittel der Regierung für neue Lieferungen an Kiew sind nach Kirbys Worten weitgehend aufgebraucht.

Auch im Chiemgau wird die Entwicklung mit Sorge verfolgt.
Der Traunsteiner Verein „Brücke nach Charkiw“ will in der kommenden Woche einen weiteren Hilfskonvoi mit Stromgeneratoren in die ostukrainische Großstadt schicken.
„Jede Nacht Luftalarm, das zermürbt die Menschen“, sagt Vereinsvorsitzende Martina Huber, die im Herbst selbst in Charkiw war.
"""

# ---------------------------------------------------------------- b81de06 (BVZ.at, Burgenländische Volkszeitung)
DE06 = """
GPS-Störung bei Flug von der Leyens: Brüssel verdächtigt Moskau

Brüssel/Sofia. Das Flugzeug von EU-Kommissionspräsidentin Ursula von der Leyen ist beim Anflug auf das bulgarische Plowdiw von einer GPS-Störung getroffen worden.
Die Maschine musste am Sonntagnachmittag rund eine Stunde über dem Flughafen kreisen, bevor die Piloten sie mithilfe analoger Navigationshilfen sicher landeten.
Verletzt wurde niemand.

Eine Sprecherin der EU-Kommission bestätigte die Störung am Montag in Brüssel.
Die bulgarischen Behörden gingen davon aus, dass Russland für den „eklatanten Eingriff“ verantwortlich sei, sagte sie.
Der Vorfall werde die Entschlossenheit der Union, in ihre Verteidigung und in die Unterstützung der Ukraine zu investieren, nur noch verstärken.
Die bulgarische Regierung kündigte eine Untersuchung an.

Im Kreml wies man jede Verantwortung von sich.
„Ihre Informationen sind falsch“, sagte Kremlsprecher Dmitri Peskow am Montag auf die Frage eines Journalisten der „Financial Times“.
Außenamtssprecherin Maria Sacharowa sprach von „Paranoia“ in Brüssel, mit der die Kommission ihre Aufrüstungspläne rechtfertigen wolle.

Von der Leyen ist seit Freitag auf einer Reise durch sieben Frontstaaten an der Ostgrenze der EU, darunter Finnland, die baltischen Staaten, Polen und Bulgarien.
In Plowdiw besichtigte sie am Sonntag mit Ministerpräsident Rossen Scheljaskow eine Munitionsfabrik, die auch für die Ukraine produziert.
Am Montag sagte sie in Litauen, Putin habe sich nicht verändert und werde sich nicht verändern, er sei „ein Raubtier“, das nur durch starke Abschreckung in Schach gehalten werden könne.
Am Dienstag wollte sie in Warschau mit Regierungschef Donald Tusk zusammentreffen.

Am Donnerstag empfängt Frankreichs Präsident Emmanuel Macron in Paris die Staats- und Regierungschefs der sogenannten Koalition der Willigen, darunter Wolodymyr Selenskyj; US-Präsident Donald Trump soll zugeschaltet werden.
Die EU-Kommission arbeitet zudem an einem 19. Sanktionspaket gegen Russland, das die Außenbeauftragte Kaja Kallas bis Mitte September vorlegen will.

Auch in Österreich häufen sich Berichte über gestörte Satellitensignale.
Laut Austro Control meldeten Piloten heuer bereits mehr als 300 Fälle, vor allem im Osten des Bundesgebiets und damit auch über dem Burgenland.
Eine Gefahr für den Flugverkehr habe zu keinem Zeitpunkt bestanden, betonte die Flugsicherung.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b81de01_kallas_fahndungsliste_2024_02", "2024-02-14", DE01,
        [
            T("Dienstag", "DATE", "2024-02-13"),
            T("täglichen", "SET", "P1D"),
            T("dem Sommer 2022", "DATE", "2022-SU"),
            T("Abend", "TIME", "2024-02-13TEV"),
            T("Dienstagabend", "TIME", "2024-02-13TEV"),
            T("Mittwochmorgen", "TIME", "2024-02-14TMO"),
            T("Donnerstag", "DATE", "2024-02-15"),
            T("dem vergangenen Herbst", "DATE", "2023-FA"),
            T("Oktober", "DATE", "2024-10"),
            T("den vergangenen Monaten", "DATE", "PAST_REF"),
            T("Freitag", "DATE", "2024-02-16"),
            T("24. Februar", "DATE", "2024-02-24"),
        ],
        [
            E("Russia's interior ministry puts Kallas on its wanted list", "ACCUSE", ["Russia", "Kaja Kallas"],
              "2024-02-13", "text", "occurred", "Ihr Name tauchte am Dienstag"),
            E("Peskov: the listed persons commit hostile acts against historical memory and Russia", "ACCUSE",
              ["Dmitry Peskov", "Kaja Kallas"], "2024-02-13", "context", "occurred",
              "feindselige Handlungen gegen das historische Gedächtnis"),
            E("Zakharova: crimes against the memory of the liberators will be prosecuted, 'only the beginning'",
              "THREATEN", ["Maria Zakharova", "Kaja Kallas"], "2024-02-13TEV", "text", "occurred",
              "Außenamtssprecherin Maria Sacharowa legte am Abend"),
            E("Kallas: the Kremlin wants to silence her and will fail", "ACCUSE", ["Kaja Kallas", "Kremlin"],
              "2024-02-13TEV", "context", "occurred", "Mit solchen Methoden wolle der Kreml"),
            E("Estonia summons the Russian chargé d'affaires and hands over a protest note", "ACCUSE", ["Russia"],
              "2024-02-14TMO", "text", "occurred", "bestellte am Mittwochmorgen den russischen Geschäftsträger ein",
              note="Estonia is not a canonical actor"),
            E("EU spokesman calls the listing a transparent attempt at intimidation", "ACCUSE",
              ["European Union", "Russia"], "2024-02-14", "published", "occurred", "durchsichtigen Einschüchterungsversuch"),
            E("EU assures Tallinn of its solidarity", "SUPPORT", ["European Union", "Kaja Kallas"], "2024-02-14",
              "published", "occurred", "durchsichtigen Einschüchterungsversuch"),
            E("German government calls the listing absurd", "ACCUSE", ["Germany", "Russia"], "2024-02-14", "published",
              "occurred", "Regierungssprecher Steffen Hebestreit"),
            E("German government: Kallas enjoys her partners' full trust", "SUPPORT", ["Germany", "Kaja Kallas"],
              "2024-02-14", "published", "occurred", "Regierungssprecher Steffen Hebestreit"),
            E("NATO defence ministers meet in Brussels, hosted by Stoltenberg", "CONSULT", ["NATO", "Jens Stoltenberg"],
              "2024-02-15", "text", "planned", "die Verteidigungsminister der Allianz in Brüssel empfängt"),
            E("Stoltenberg: another example of Moscow's pressure on its neighbours", "ACCUSE",
              ["Jens Stoltenberg", "Russia"], "2024-02-14", "published", "occurred",
              "die Verteidigungsminister der Allianz in Brüssel empfängt"),
            E("Kallas campaigns for joint EU procurement of artillery ammunition for Ukraine", "REQUEST",
              ["Kaja Kallas", "European Union", "Ukraine"], "2023-FA", "text", "occurred",
              "Seit dem vergangenen Herbst wirbt sie", date_mod="START"),
            E("Russia puts dozens of Baltic and Polish politicians on wanted lists over removed Soviet monuments",
              "ACCUSE", ["Russia", "Poland"], "PAST_REF", "vague", "occurred", "Dutzende Politiker aus den baltischen"),
            E("Kallas to meet Zelensky at the Munich Security Conference", "CONSULT",
              ["Kaja Kallas", "Volodymyr Zelensky"], "2024-02-16", "context", "planned",
              "Nach Angaben ihres Büros will sie dort"),
            E("EU to adopt its 13th sanctions package against Russia", "SANCTION", ["European Union", "Russia"],
              "2024-02-24", "text", "planned", "13. Sanktionspaket"),
        ],
        [
            S("Dmitry Peskov", "The listed persons commit hostile acts against historical memory and against Russia",
              "2024-02-13", "context", "feindselige Handlungen gegen das historische Gedächtnis"),
            S("Maria Zakharova", "Crimes against the memory of Europe's liberators will be prosecuted; this is only "
              "the beginning", "2024-02-13TEV", "text", "Außenamtssprecherin Maria Sacharowa legte am Abend"),
            S("Kaja Kallas", "The listing is no surprise but proof that she is doing the right thing", "2024-02-13TEV",
              "text", "erklärte die Regierungschefin noch am Dienstagabend"),
            S("Kaja Kallas", "EU support for Ukraine is a success, and that hurts Moscow", "2024-02-13TEV", "context",
              "genau das schmerze Moskau"),
            S("Kaja Kallas", "The Kremlin wants to silence her with such methods but will not succeed", "2024-02-13TEV",
              "context", "Mit solchen Methoden wolle der Kreml"),
            S("European Union", "The listing is a transparent attempt at intimidation; solidarity with Tallinn",
              "2024-02-14", "published", "durchsichtigen Einschüchterungsversuch"),
            S("Germany", "An absurd act; Kallas enjoys her partners' full trust", "2024-02-14", "published",
              "Regierungssprecher Steffen Hebestreit"),
            S("Jens Stoltenberg", "Another example of the pressure Moscow puts on its neighbours", "2024-02-14",
              "published", "die Verteidigungsminister der Allianz in Brüssel empfängt"),
            S("Kaja Kallas", "Her office: she will meet Zelensky at the Munich Security Conference", "2024-02-14",
              "published", "Nach Angaben ihres Büros will sie dort"),
        ],
        ["Russia", "Kaja Kallas", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "European Union", "Ukraine",
         "Germany", "Jens Stoltenberg", "NATO", "Poland", "Volodymyr Zelensky"],
    ),
    doc(
        "b81de02_cyberangriff_flugsicherung_botschafter_2025_12", "2025-12-13", DE02,
        [
            T("Freitag", "DATE", "2025-12-12"),
            T("August 2024", "DATE", "2024-08", 0),
            T("23. Februar", "DATE", "2025-02-23"),
            T("Montag", "DATE", "2025-12-15", 0),
            T("Freitagabend", "TIME", "2025-12-12TEV"),
            T("Samstag", "DATE", "2025-12-13"),
            T("Monaten", "DURATION", "PXM"),
            T("Herbst", "DATE", "2025-FA"),
            T("Sonntag", "DATE", "2025-12-14"),
            T("Montag", "DATE", "2025-12-15", 1),
            T("Montagabend", "TIME", "2025-12-15TEV"),
            T("Frühjahr", "DATE", "2025-SP"),
            T("August 2024", "DATE", "2024-08", 1),
        ],
        [
            E("Germany summons the Russian ambassador over the cyberattack and disinformation", "ACCUSE",
              ["Germany", "Russia"], "2025-12-12", "text", "occurred", "bestellte deshalb am Freitag"),
            E("German foreign ministry attributes the attack on air traffic control to the GRU's APT28", "ACCUSE",
              ["Germany", "Russia"], "2025-12-12", "context", "occurred", "eindeutig der Hackergruppe APT28"),
            E("Cyberattack on Germany's air traffic control (DFS)", "COERCE", ["Russia", "Germany"], "2024-08", "text",
              "occurred", "eindeutig der Hackergruppe APT28", note="as attributed by the German foreign ministry"),
            E("German foreign ministry: Moscow tried to influence the Bundestag election with 'Storm 1516'",
              "ACCUSE", ["Germany", "Russia"], "2025-12-12", "context", "occurred", "Kampagne „Storm 1516“"),
            E("Russian disinformation campaign before the Bundestag election", "COERCE", ["Russia", "Germany"],
              "2025-02", "context", "occurred", "Kampagne „Storm 1516“",
              note="campaign before the election of 23 February 2025, as attributed by Berlin"),
            E("Germany announces countermeasures together with its European partners", "THREATEN",
              ["Germany", "Russia"], "2025-12-12", "context", "occurred", "Gegenmaßnahmen ergreifen"),
            E("Germany pushes for further EU sanctions against those responsible for hybrid attacks", "REQUEST",
              ["Germany", "European Union"], "2025-12-12", "context", "occurred", "Gegenmaßnahmen ergreifen"),
            E("EU foreign ministers discuss new sanctions in Brussels", "SANCTION", ["European Union", "Russia"],
              "2025-12-15", "text", "planned", "Die EU-Außenminister beraten am Montag"),
            E("Russian embassy rejects the charges as absurd and unfounded", "REJECT", ["Russia", "Germany"],
              "2025-12-12TEV", "text", "occurred", "noch am Freitagabend"),
            E("Russian embassy: the charges are another attempt to poison relations", "ACCUSE", ["Russia", "Germany"],
              "2025-12-12TEV", "context", "occurred", "die Beziehungen zu vergiften"),
            E("Peskov categorically rejects the accusations", "REJECT", ["Dmitry Peskov", "Germany"], "2025-12-13",
              "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Samstag"),
            E("Peskov accuses Germany of a campaign of Russophobia", "ACCUSE", ["Dmitry Peskov", "Germany"],
              "2025-12-13", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Samstag"),
            E("Zakharova: Russia will answer any unfriendly step by Berlin", "THREATEN", ["Maria Zakharova", "Germany"],
              "2025-12-13", "published", "occurred", "unfreundlichen Schritt"),
            E("Merz warned of Russian sabotage, drone overflights and cyberattacks", "ACCUSE",
              ["Friedrich Merz", "Russia"], "2025-FA", "text", "occurred", "hatte schon im Herbst"),
            E("Merz hosts Zelensky, Witkoff and Kushner for talks on a peace plan in Berlin", "CONSULT",
              ["Friedrich Merz", "Volodymyr Zelensky", "Steve Witkoff", "United States"], "2025-12-14", "text",
              "planned", "Am Sonntag und Montag empfängt Merz", note="talks on Sunday 14 and Monday 15 December"),
            E("European leaders expected at the Chancellery", "CONSULT", ["Friedrich Merz", "European Union"],
              "2025-12-15TEV", "text", "planned", "im Kanzleramt erwartet"),
            E("Kallas: the attribution shows how systematically Russia tries to destabilise Europe", "ACCUSE",
              ["Kaja Kallas", "Russia"], "2025-12-13", "published", "occurred", "die Zuordnung zeige"),
            E("Kallas calls for a united EU response", "REQUEST", ["Kaja Kallas", "European Union"], "2025-12-13",
              "published", "occurred", "die Zuordnung zeige"),
        ],
        [
            S("Germany", "The 2024 attack on air traffic control can be clearly attributed to APT28 of the GRU",
              "2025-12-12", "context", "eindeutig der Hackergruppe APT28"),
            S("Germany", "Moscow tried to influence the February election with the 'Storm 1516' campaign",
              "2025-12-12", "context", "Kampagne „Storm 1516“"),
            S("Germany", "Russia threatens Germany's security not only through its war against Ukraine",
              "2025-12-12", "context", "Russland bedrohe die Sicherheit Deutschlands"),
            S("Germany", "Countermeasures with the European partners; more EU sanctions against hybrid attackers",
              "2025-12-12", "context", "Gegenmaßnahmen ergreifen"),
            S("Russia", "Embassy: the accusations are absurd and unfounded", "2025-12-12TEV", "text",
              "noch am Freitagabend"),
            S("Russia", "Embassy: no evidence presented; another attempt to poison relations", "2025-12-12TEV",
              "context", "die Beziehungen zu vergiften"),
            S("Dmitry Peskov", "Moscow categorically rejects such accusations; Germany runs a campaign of Russophobia",
              "2025-12-13", "text", "Kremlsprecher Dmitri Peskow sagte am Samstag"),
            S("Maria Zakharova", "Russia will answer any unfriendly step by Berlin", "2025-12-13", "published",
              "unfreundlichen Schritt"),
            S("Friedrich Merz", "Warned of Russian sabotage, drones and cyberattacks, a state 'between war and peace'",
              "2025-FA", "text", "hatte schon im Herbst"),
            S("Kaja Kallas", "The attribution shows Russia's systematic destabilisation; calls for a united EU "
              "response", "2025-12-13", "published", "die Zuordnung zeige"),
        ],
        ["Germany", "Russia", "Ukraine", "European Union", "Kremlin", "Dmitry Peskov", "Maria Zakharova",
         "Friedrich Merz", "Volodymyr Zelensky", "Steve Witkoff", "United States", "Kaja Kallas"],
    ),
    doc(
        "b81de03_scheinwahlen_besetzte_gebiete_2023_09", "2023-09-11", DE03,
        [
            T("Wochenende", "DATE", "2023-W36-WE"),
            T("Freitag", "DATE", "2023-09-08"),
            T("abendlichen", "SET", "P1D"),
            T("Sonntag", "DATE", "2023-09-10", 0),
            T("Sonntag", "DATE", "2023-09-10", 1),
            T("Montag", "DATE", "2023-09-11"),
            T("September 2022", "DATE", "2022-09"),
            T("Oktober 2022", "DATE", "2022-10"),
            T("kommenden März", "DATE", "2024-03"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("März 2022", "DATE", "2022-03"),
        ],
        [
            E("Russia holds regional elections in the occupied territories of Ukraine", "COERCE", ["Russia", "Ukraine"],
              "2023-W36-WE", "text", "occurred", "Die Regionalwahlen, die Russland am Wochenende",
              note="voting from Friday 8 to Sunday 10 September 2023"),
            E("Ukraine's foreign ministry declares the vote null and void", "REJECT", ["Ukraine", "Russia"],
              "2023-09-11", "published", "occurred", "null und nichtig"),
            E("Ukraine calls for non-recognition and sanctions against the organisers", "REQUEST", ["Ukraine"],
              "2023-09-11", "published", "occurred", "Sprecher Oleh Nikolenko rief"),
            E("Zelensky: Russia cannot turn people in the occupied areas into Russians with ballots", "REJECT",
              ["Volodymyr Zelensky", "Russia"], "2023-09-10", "text", "occurred", "mit Wahlzetteln könne Russland"),
            E("EU will never recognise the illegal sham elections", "REJECT", ["European Union", "Russia"],
              "2023-09-10", "text", "occurred", "illegalen Scheinwahlen"),
            E("EU: the vote violates international law and Ukraine's sovereignty", "ACCUSE",
              ["European Union", "Russia"], "2023-09-10", "context", "occurred", "weiterer Verstoss gegen das Völkerrecht"),
            E("US State Department calls the elections a farce", "ACCUSE", ["United States", "Russia"], "2023-09-11",
              "published", "occurred", "Sprecher Matthew Miller"),
            E("US will never recognise the results", "REJECT", ["United States", "Russia"], "2023-09-11", "published",
              "occurred", "Sprecher Matthew Miller"),
            E("Council of Europe secretary general condemns the vote", "ACCUSE", ["Russia"], "2023-09-11", "published",
              "occurred", "Generalsekretärin des Europarats", note="the Council of Europe is not a canonical actor"),
            E("Peskov dismisses Western non-recognition as irrelevant", "REJECT",
              ["Dmitry Peskov", "European Union", "United States"], "2023-09-11", "context", "occurred",
              "absolut irrelevant"),
            E("Zakharova accuses the EU of interfering in Russia's internal affairs", "ACCUSE",
              ["Maria Zakharova", "European Union"], "2023-09-11", "published", "occurred",
              "Aussenamtssprecherin Maria Sacharowa warf der EU vor"),
            E("Russia annexes the four regions after sham referendums", "COERCE", ["Russia", "Ukraine"], "2022-09",
              "text", "occurred", "im September 2022 nach international nicht anerkannten Referenden"),
            E("UN General Assembly condemns the annexation", "ACCUSE", ["United Nations", "Russia"], "2022-10", "text",
              "occurred", "Die Uno-Generalversammlung verurteilte"),
            E("Russia to hold the presidential election in the occupied territories", "COERCE", ["Russia", "Ukraine"],
              "2024-03", "text", "planned", "Im kommenden März"),
            E("Switzerland does not recognise the vote", "REJECT", ["Russia"], "2023-09-11", "published", "occurred",
              "Auch die Schweiz anerkennt", note="Switzerland is not a canonical actor"),
        ],
        [
            S("Russia", "Election commission: United Russia won 70 to 83 percent in the four occupied regions",
              "2023-09-11", "published", "Nach Angaben der russischen Wahlkommission"),
            S("Ukraine", "The vote is a farce, null and void", "2023-09-11", "published", "null und nichtig"),
            S("Ukraine", "Nikolenko calls for non-recognition of the results and sanctions on all organisers",
              "2023-09-11", "published", "Sprecher Oleh Nikolenko rief"),
            S("Volodymyr Zelensky", "Russia cannot turn the people in the occupied areas into Russians with ballots",
              "2023-09-10", "text", "mit Wahlzetteln könne Russland"),
            S("European Union", "The EU will never recognise the illegal sham elections", "2023-09-10", "text",
              "illegalen Scheinwahlen"),
            S("European Union", "The vote is another breach of international law and of Ukraine's sovereignty",
              "2023-09-10", "context", "weiterer Verstoss gegen das Völkerrecht"),
            S("United States", "Miller: the elections are a farce; the US will never recognise the results",
              "2023-09-11", "published", "Sprecher Matthew Miller"),
            S("Dmitry Peskov", "High turnout shows the residents of the 'new regions' want to belong to Russia",
              "2023-09-11", "text", "Kremlsprecher Dmitri Peskow sagte am Montag"),
            S("Dmitry Peskov", "Western non-recognition is absolutely irrelevant for Moscow", "2023-09-11", "context",
              "absolut irrelevant"),
            S("Maria Zakharova", "The EU interferes in Russia's internal affairs with its statements", "2023-09-11",
              "published", "Aussenamtssprecherin Maria Sacharowa warf der EU vor"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "European Union", "United States", "Kremlin", "Dmitry Peskov",
         "Maria Zakharova", "United Nations"],
    ),
    doc(
        "b81de04_selenskyj_legitimitaet_2024_05", "2024-05-21", DE04,
        [
            T("fünfjährige", "DURATION", "P5Y"),
            T("Montag", "DATE", "2024-05-20", 0),
            T("Februar 2022", "DATE", "2022-02"),
            T("März", "DATE", "2024-03"),
            T("Montag", "DATE", "2024-05-20", 1),
            T("Dienstag", "DATE", "2024-05-21"),
            T("Ende vergangener Woche", "DATE", "2024-W20", mod="END"),
            T("Montagabend", "TIME", "2024-05-20TEV"),
            T("Montag", "DATE", "2024-05-20", 2),
            T("10. Mai", "DATE", "2024-05-10"),
            T("Wochenende", "DATE", "2024-W20-WE"),
            T("15.", "DATE", "2024-06-15"),
            T("16. Juni", "DATE", "2024-06-16"),
            T("Samstag", "DATE", "2024-05-25"),
        ],
        [
            E("Zakharova: Zelensky has lost his legitimacy, his signature is worthless", "ACCUSE",
              ["Maria Zakharova", "Volodymyr Zelensky"], "2024-05-20", "text", "occurred",
              "Außenamtssprecherin Maria Sacharowa erklärte am Montag"),
            E("Putin visits Harbin in China", "CONSULT", ["Vladimir Putin", "China"], "2024-W20", "text", "occurred",
              "bei seinem Besuch im chinesischen Harbin", date_mod="END"),
            E("Podolyak: a cheap propaganda operation to divide Ukraine and unsettle its partners", "ACCUSE",
              ["Ukraine", "Russia"], "2024-05-21", "published", "occurred", "billigen Propagandaoperation"),
            E("Ukraine's foreign ministry: disputing Zelensky's powers spreads Russian disinformation", "ACCUSE",
              ["Ukraine", "Russia"], "2024-05-21", "published", "occurred", "verbreite russische Desinformation"),
            E("Zelensky: Ukrainians decide when to vote, not the Kremlin", "REJECT", ["Volodymyr Zelensky", "Kremlin"],
              "2024-05-20TEV", "text", "occurred", "Videoansprache am Montagabend"),
            E("US State Department: Zelensky is and remains Ukraine's legitimate president", "SUPPORT",
              ["United States", "Volodymyr Zelensky"], "2024-05-20", "text", "occurred", "Matthew Miller, am Montag"),
            E("European Commission calls the Russian remarks transparent", "ACCUSE", ["European Union", "Russia"],
              "2024-05-21", "published", "occurred", "Ein Sprecher der EU-Kommission"),
            E("Russian offensive in the Kharkiv region begins", "ASSAULT", ["Russia", "Ukraine"], "2024-05-10", "text",
              "occurred", "am 10. Mai eine neue Offensive", date_mod="START"),
            E("Zelensky asks the US and Germany for at least two more Patriot systems", "REQUEST",
              ["Volodymyr Zelensky", "United States", "Germany"], "2024-W20-WE", "text", "occurred",
              "Selenskyj bat die USA und Deutschland am Wochenende"),
            E("Peace conference on the Bürgenstock, prepared by Ukraine and Switzerland", "CONSULT", ["Ukraine"],
              "2024-06-15", "text", "planned", "Die Ukraine bereitet mit der Schweiz", note="15-16 June 2024"),
            E("Zelensky urges Biden to attend the peace conference", "REQUEST", ["Volodymyr Zelensky", "Joe Biden"],
              "2024-05-21", "published", "occurred", "Selenskyj wirbt dabei um die Teilnahme"),
            E("Moscow dismisses the peace conference as pointless", "REJECT", ["Russia", "Ukraine"], "2024-05-21",
              "published", "occurred", "nennt das Treffen sinnlos"),
        ],
        [
            S("Maria Zakharova", "Zelensky has lost his legitimacy; his signature under agreements is worthless",
              "2024-05-20", "text", "Außenamtssprecherin Maria Sacharowa erklärte am Montag"),
            S("Dmitry Peskov", "Moscow will examine carefully with whom in Kyiv it can still negotiate", "2024-05-21",
              "text", "Kremlsprecher Dmitri Peskow sagte am Dienstag"),
            S("Vladimir Putin", "Ukraine's constitutional court and parliament must decide on the legitimacy",
              "2024-W20", "text", "bei seinem Besuch im chinesischen Harbin"),
            S("Ukraine", "Podolyak: a cheap propaganda operation to divide Ukraine and unsettle its partners",
              "2024-05-21", "published", "billigen Propagandaoperation"),
            S("Ukraine", "Foreign ministry: Zelensky's powers are covered by the constitution and martial law; "
              "disputing them spreads Russian disinformation", "2024-05-21", "published",
              "verbreite russische Desinformation"),
            S("Volodymyr Zelensky", "Ukrainians decide when elections take place, not the Kremlin", "2024-05-20TEV",
              "text", "Videoansprache am Montagabend"),
            S("Volodymyr Zelensky", "Elections only once the guns are silent and refugees and soldiers can vote",
              "2024-05-20TEV", "context", "Wahlen seien erst möglich"),
            S("United States", "Backing for Zelensky from Washington", "2024-05-20", "context",
              "Rückendeckung kam aus Washington"),
            S("United States", "Miller: Zelensky is and remains Ukraine's legitimate president", "2024-05-20", "text",
              "Matthew Miller, am Montag"),
            S("European Union", "Commission spokesman points to Ukraine's constitution; the Russian remarks are "
              "transparent", "2024-05-21", "published", "Ein Sprecher der EU-Kommission"),
            S("Russia", "The peace conference is pointless", "2024-05-21", "published", "nennt das Treffen sinnlos"),
        ],
        ["Volodymyr Zelensky", "Kremlin", "Maria Zakharova", "Dmitry Peskov", "Russia", "Vladimir Putin", "China",
         "Ukraine", "United States", "European Union", "Germany", "Joe Biden"],
    ),
    doc(
        "b81de05_kirby_nordkorea_raketen_2024_01", "2024-01-05", DE05,
        [
            T("Donnerstag", "DATE", "2024-01-04"),
            T("den vergangenen Wochen", "DATE", "PAST_REF"),
            T("30. Dezember", "DATE", "2023-12-30"),
            T("2. Januar", "DATE", "2024-01-02"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Freitag", "DATE", "2024-01-05"),
            T("29. Dezember", "DATE", "2023-12-29"),
            T("Ende Dezember", "DATE", "2023-12", mod="END"),
            T("2024", "DATE", "2024"),
            T("der kommenden Woche", "DATE", "2024-W02"),
            T("Jede Nacht", "SET", "P1D", note="nightly air-raid alarms"),
            T("Herbst", "DATE", "2023-FA"),
        ],
        [
            E("White House: Russia has used North Korean ballistic missiles against Ukraine", "ACCUSE",
              ["White House", "Russia"], "2024-01-04", "text", "occurred", "John Kirby, sagte am Donnerstag"),
            E("North Korea hands Russia launchers and several ballistic missiles", "AID", ["Russia"], "PAST_REF",
              "vague", "occurred", "John Kirby, sagte am Donnerstag", note="North Korea is not a canonical actor"),
            E("Russia fires the first North Korean missile at Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2023-12-30",
              "text", "occurred", "Eine erste Rakete sei am 30. Dezember"),
            E("Russia fires several more North Korean missiles at Ukraine", "ASSAULT", ["Russia", "Ukraine"],
              "2024-01-02", "text", "occurred", "Eine erste Rakete sei am 30. Dezember"),
            E("US to raise the missile transfers in the UN Security Council", "CONSULT",
              ["United States", "United Nations"], "2024-01-05", "published", "planned",
              "im UN-Sicherheitsrat zur Sprache bringen", note="no date given"),
            E("US to impose additional sanctions on those involved in the transfers", "SANCTION",
              ["United States", "Russia"], "2024-01-05", "published", "planned", "im UN-Sicherheitsrat zur Sprache bringen",
              note="no date given"),
            E("Russia seeks short-range ballistic missiles from Iran", "REQUEST", ["Russia"], "PRESENT_REF", "vague",
              "occurred", "Kurzstreckenraketen aus dem Iran", note="Iran is not a canonical actor"),
            E("Zakharova accuses Washington of inventions to distract from its own arms deliveries", "ACCUSE",
              ["Maria Zakharova", "United States"], "2024-01-05", "published", "occurred", "mit „Erfindungen“"),
            E("Yermak demands more air defence from the US and the EU", "REQUEST",
              ["Andriy Yermak", "United States", "European Union"], "2024-01-05", "published", "occurred",
              "forderte von den USA und der EU"),
            E("Largest Russian air attack of the war so far", "ASSAULT", ["Russia", "Ukraine"], "2023-12-29", "text",
              "occurred", "am 29. Dezember waren"),
            E("German foreign office: a flagrant breach of Security Council resolutions", "ACCUSE", ["Germany", "Russia"],
              "2024-01-05", "published", "occurred", "eklatanten Bruch"),
            E("Scholz urges the EU partners to raise their military aid for Ukraine in 2024", "REQUEST",
              ["Olaf Scholz", "European Union"], "2023-12", "text", "occurred", "bereits Ende Dezember aufgefordert",
              date_mod="END"),
        ],
        [
            S("White House", "Kirby: North Korea gave Russia launchers and several missiles with a range of about "
              "900 km", "2024-01-04", "text", "John Kirby, sagte am Donnerstag"),
            S("White House", "The first missile was fired on 30 December, several more on 2 January", "2024-01-04",
              "context", "Eine erste Rakete sei am 30. Dezember"),
            S("White House", "A significant and concerning escalation of North Korea's support for Russia",
              "2024-01-04", "context", "besorgniserregenden Eskalation"),
            S("White House", "Washington will raise the issue in the Security Council and impose more sanctions",
              "2024-01-04", "context", "im UN-Sicherheitsrat zur Sprache bringen"),
            S("White House", "Moscow seeks Iranian short-range ballistic missiles, not yet delivered", "2024-01-04",
              "context", "Kurzstreckenraketen aus dem Iran"),
            S("Russia", "Moscow denies arms deals with Pyongyang", "2024-01-05", "published",
              "Waffengeschäfte miteinander stets bestritten"),
            S("Dmitry Peskov", "Declines to comment and refers to the defence ministry", "2024-01-05", "text",
              "Kremlsprecher Dmitri Peskow wollte sich am Freitag"),
            S("Maria Zakharova", "Washington's 'inventions' are meant to distract from its own arms deliveries to Kyiv",
              "2024-01-05", "published", "mit „Erfindungen“"),
            S("Andriy Yermak", "Parts of North Korean missiles were found in the debris", "2024-01-05", "published",
              "In Kiew bestätigte der Leiter des Präsidialamts"),
            S("Andriy Yermak", "The world must answer the Moscow–Pyongyang–Tehran axis; more air defence urgently",
              "2024-01-05", "published", "forderte von den USA und der EU"),
            S("Ukraine", "More than 40 people were killed in the largest air attack on 29 December", "2024-01-05",
              "published", "am 29. Dezember waren"),
            S("Germany", "A flagrant breach of several Security Council resolutions", "2024-01-05", "published",
              "eklatanten Bruch"),
            S("Olaf Scholz", "The EU partners should increase their military aid for Ukraine in 2024 significantly",
              "2023-12", "text", "bereits Ende Dezember aufgefordert"),
            S("White House", "Kirby: the administration's funds for new deliveries to Kyiv are largely used up",
              "2024-01-05", "published", "weitgehend aufgebraucht"),
        ],
        ["White House", "United States", "Russia", "Ukraine", "United Nations", "Kremlin", "Dmitry Peskov",
         "Maria Zakharova", "Andriy Yermak", "European Union", "Germany", "Olaf Scholz"],
    ),
    doc(
        "b81de06_gps_stoerung_von_der_leyen_2025_09", "2025-09-02", DE06,
        [
            T("Sonntagnachmittag", "TIME", "2025-08-31TAF"),
            T("rund eine Stunde", "DURATION", "PT1H", mod="APPROX"),
            T("Montag", "DATE", "2025-09-01", 0),
            T("Montag", "DATE", "2025-09-01", 1),
            T("Freitag", "DATE", "2025-08-29"),
            T("Sonntag", "DATE", "2025-08-31"),
            T("Montag", "DATE", "2025-09-01", 2),
            T("Dienstag", "DATE", "2025-09-02"),
            T("Donnerstag", "DATE", "2025-09-04"),
            T("Mitte September", "DATE", "2025-09", mod="MID"),
            T("heuer", "DATE", "2025"),
        ],
        [
            E("GPS jamming hits von der Leyen's plane on its approach to Plovdiv", "COERCE",
              ["Russia", "Ursula von der Leyen"], "2025-08-31TAF", "text", "occurred",
              "Die Maschine musste am Sonntagnachmittag", note="Russia suspected by the Bulgarian authorities; denied"),
            E("Commission: Bulgarian authorities suspect Russia of the blatant interference", "ACCUSE",
              ["European Union", "Russia"], "2025-09-01", "context", "occurred", "eklatanten Eingriff"),
            E("Commission: the incident will only strengthen the EU's resolve to invest in defence and support Ukraine",
              "AGREE", ["European Union", "Ukraine"], "2025-09-01", "context", "occurred",
              "Der Vorfall werde die Entschlossenheit"),
            E("Peskov rejects the report as false", "REJECT", ["Dmitry Peskov", "European Union"], "2025-09-01", "text",
              "occurred", "Ihre Informationen sind falsch"),
            E("Zakharova: Brussels' paranoia is meant to justify its rearmament plans", "ACCUSE",
              ["Maria Zakharova", "European Union"], "2025-09-02", "published", "occurred", "„Paranoia“"),
            E("Von der Leyen tours seven EU frontline states", "CONSULT", ["Ursula von der Leyen", "Poland"],
              "2025-08-29", "text", "occurred", "seit Freitag auf einer Reise", date_mod="START"),
            E("Von der Leyen visits an ammunition factory in Plovdiv with Bulgaria's prime minister", "CONSULT",
              ["Ursula von der Leyen"], "2025-08-31", "text", "occurred", "In Plowdiw besichtigte sie am Sonntag"),
            E("Von der Leyen calls Putin a predator who can only be held in check by deterrence", "ACCUSE",
              ["Ursula von der Leyen", "Vladimir Putin"], "2025-09-01", "text", "occurred", "ein Raubtier"),
            E("Von der Leyen to meet Tusk in Warsaw", "CONSULT", ["Ursula von der Leyen", "Donald Tusk"], "2025-09-02",
              "text", "planned", "mit Regierungschef Donald Tusk zusammentreffen"),
            E("Macron hosts the coalition of the willing in Paris with Zelensky, Trump joining by video", "CONSULT",
              ["Emmanuel Macron", "Volodymyr Zelensky", "Donald Trump"], "2025-09-04", "text", "planned",
              "Koalition der Willigen"),
            E("Kallas to present a 19th sanctions package against Russia", "SANCTION",
              ["European Union", "Kaja Kallas", "Russia"], "2025-09", "text", "planned", "19. Sanktionspaket",
              date_mod="MID"),
        ],
        [
            S("European Union", "Commission spokeswoman confirms the GPS interference", "2025-09-01", "text",
              "bestätigte die Störung am Montag"),
            S("European Union", "The Bulgarian authorities suspect Russia of the blatant interference", "2025-09-01",
              "context", "eklatanten Eingriff"),
            S("European Union", "The incident will only strengthen the EU's resolve to invest in defence and in "
              "support for Ukraine", "2025-09-01", "context", "Der Vorfall werde die Entschlossenheit"),
            S("Dmitry Peskov", "Your information is false", "2025-09-01", "text", "Ihre Informationen sind falsch"),
            S("Maria Zakharova", "Paranoia in Brussels, meant to justify the Commission's rearmament plans",
              "2025-09-02", "published", "„Paranoia“"),
            S("Ursula von der Leyen", "Putin has not changed and will not change; a predator held in check only by "
              "strong deterrence", "2025-09-01", "text", "ein Raubtier"),
        ],
        ["Ursula von der Leyen", "European Union", "Russia", "Ukraine", "Kremlin", "Dmitry Peskov",
         "Maria Zakharova", "Poland", "Vladimir Putin", "Donald Tusk", "France", "Emmanuel Macron",
         "Volodymyr Zelensky", "United States", "Donald Trump", "Kaja Kallas"],
    ),
]
