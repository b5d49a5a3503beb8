/**
 * Longer explanations for facet pages: why a factor matters and what each scenario of the 2021
 * report asks, in our own words, each with the sources it rests on. Keyed by route segment and key.
 */

/** A section of explanation on a facet page. */
export interface FacetTextSection {
  heading: string;
  paragraphs: readonly string[];
  /** Optional bullet list under the paragraphs. */
  items?: readonly string[];
}

/** The explanation of one facet value. */
export interface FacetText {
  sections: readonly FacetTextSection[];
  /** Where the explanation comes from. */
  sources: readonly { title: string; url?: string; note?: string }[];
}

const rapport = {
  title: 'Drie scenario’s voor stages in de zorg (De Visser, Kans, Van Delft en Termorshuizen; ResearchNed en ECBO, voor het AZW-programma, 2021)',
  url: 'https://ecbo.nl/onderzoekspublicatie/drie-scenarios-voor-stages-in-de-zorg/',
} as const;

const hboArtikel = {
  title: 'Wie bewaakt de kwaliteit van stages in zorgopleidingen? (R. Tjalsma, hbo medezeggenschap, jaar onbekend)',
  url: 'https://hbomedezeggenschap.nl/wie-bewaakt-de-kwaliteit-van-stages-in-zorgopleidingen',
} as const;

/** Explanations by segment (`factor`, `scenario`) and key. */
export const facetTexts: Readonly<Record<string, Readonly<Record<string, FacetText>>>> = {
  scenario: {
    iro: {
      sections: [
        {
          heading: 'Achtergrond',
          paragraphs: [
            'Een cliënt kan met allerlei zorgverleners te maken krijgen, en zorg verschuift van binnen naar buiten de instelling. Het rapport redeneert daarom: wie samen goede zorg wil leveren, moet ook samen goed opleiden.',
            'In dit scenario werken scholen en stagebieders in een regio vanuit één gezamenlijk opleidingsprogramma voor mbo en hbo. Samen zorgen zij voor genoeg stageplaatsen en voor betere kwaliteit, met bindende afspraken, ook over lagere niveaus en jongerejaars. Er wordt gekeken waar in de regio een student zijn leerdoelen het best kan halen. De onderzoekers zien hierin de weg naar blijvende oplossingen op de lange termijn, en van de drie scenario’s het meest kansrijk om daaraan bij te dragen.',
          ],
        },
        {
          heading: 'Wat het vraagt, en van wie',
          paragraphs: [
            'In het onderzoek kwam bestuurlijk commitment van zorgorganisaties en scholen naar voren als harde voorwaarde. Solidariteit tussen branches is nodig om concurrentie om toekomstige medewerkers opzij te kunnen zetten. Elk netwerk heeft een gezamenlijke kijk nodig op opleiden en op loopbanen in de zorg, met HR-beleid dat daarbij past en de bereidheid overhead regionaal in te zetten. Van scholen vraagt het blijvende betrokkenheid en flexibiliteit; docenten kunnen meewerken op de werkvloer. Als mogelijke start noemt het rapport een pilotregio waar partners een regionaal bestuursakkoord tekenen, wat volgens het rapport twee à drie jaar kan vergen.',
          ],
        },
        {
          heading: 'Sterke punten',
          paragraphs: [],
          items: [
            'Geen blauwdruk: er is ruimte voor verschillen tussen regio’s.',
            'Scholen en stagebieders leiden samen op, vanuit leerdoelen, en elke partner zorgt voor een goed leerklimaat.',
            'Bij dreigende uitval zoeken de partners samen een oplossing, zo nodig bij een andere stagebieder.',
            'Begeleiders worden samen geschoold en kunnen bij meerdere organisaties werken.',
            'Docenten en werkbegeleiders begeleiden samen, wat meer begeleidingstijd geeft; als studenten van elkaar leren, kan de druk worden gespreid.',
            'Administratie kan op één plek; stagebieders hoeven niet meer met elke school apart afspraken te maken.',
          ],
        },
        {
          heading: 'Zwakke punten',
          paragraphs: [],
          items: [
            'Veranderen duurt lang: meer partners, meer verschillen.',
            'Samen blijven werken vraagt veel overleg.',
            'Het eigen belang van een organisatie kan de samenwerking onder druk zetten.',
          ],
        },
        {
          heading: 'Kansen',
          paragraphs: [],
          items: [
            '‘Budget volgt stagiair’ zou het scenario kunnen helpen; wel zeggen meerdere branches dat extra geld door personeelstekorten geen extra begeleidingstijd oplevert.',
            'Een coöperatie van opleidingsbedrijven oprichten, zoals Bouwmensen in de bouw, of werken zoals de SBOH.',
            'Groeiende druk van de arbeidsmarkt om genoeg stageplaatsen te hebben.',
          ],
        },
        {
          heading: 'Bedreigingen',
          paragraphs: [],
          items: [
            'De huidige bekostiging, bijvoorbeeld dat in de VVT alleen uren direct voor de cliënt worden vergoed.',
            'Eisen van verzekeraars aan het opleidingsniveau van medewerkers.',
            'Concurrentie tussen stagebieders om schaarse medewerkers.',
            'Een stagebieder die zijn leerbeleid en leerklimaat anders gaat richten.',
            'Docenten en professionals die elkaar niet toelaten of geen nieuwe rol willen.',
            'Regels die weinig ruimte laten om te experimenteren.',
          ],
        },
        {
          heading: 'Het praktijkverhaal uit het rapport',
          paragraphs: [
            'Om te laten zien hoe dit scenario in de praktijk kan uitpakken, vertelt het rapport ter illustratie over Maarten, tweedejaarsstudent in de opleiding tot doktersassistent en op stage bij een huisartsenpraktijk. Volgens het verhaal kan de praktijk makkelijker stageplaatsen bieden nu ze geld krijgt van het regionale samenwerkingsverband, dat ook zijn werkbegeleider trainde. In zijn eerste jaar liep Maarten stage in het ziekenhuis, bij het klantcontactcentrum en de patiëntenontvangst: plekken die eerder niet erkend waren. Een korte snuffelstage hield hem in contact met de huisartsenpraktijk, en bij de overstap zijn de stages op elkaar afgestemd.',
          ],
        },
      ],
      sources: [
        { ...rapport, note: 'scenario 1 (Integraal regionaal opleidingsprogramma): achtergrond, beschrijving, ‘Wat is er nodig’, sterkte-zwakteanalyse en ‘Scenario in de praktijk’; samenvatting en conclusie' },
      ],
    },
    'innovatief-opleiden': {
      sections: [
        {
          heading: 'Achtergrond',
          paragraphs: [
            'In verschillende regio’s lopen al goede initiatieven die een deel van de stageproblemen aanpakken. Dit scenario bouwt daarop voort: wat werkt wordt uitgebreid, overgenomen in een andere regio of branche, of er komt iets nieuws. Het scenario gaat ervan uit dat scholen en zorgorganisaties hun eigen problemen het best kennen en zelf een aanpak op maat kunnen ontwerpen. Het rapport plaatst dit scenario op de middellange termijn. Het kan ook een tussenstap zijn waar nog te weinig draagvlak is voor een integraal regionaal opleidingsprogramma.',
            'Voorbeelden uit het rapport zijn hybride docentschap, flexibele stages (korter, buiten de schoolperiode, op ongewone plekken, met simulatie), alternatieve stageplekken voor jongerejaars in het Erasmus MC, online matching van stages in de regio en het ontlasten van begeleiders.',
          ],
        },
        {
          heading: 'Wat het vraagt, en van wie',
          paragraphs: [
            'De regionale partijen doen het werk; op een hoger niveau worden de omstandigheden gunstig gemaakt, bijvoorbeeld door belemmeringen weg te nemen. Het rapport noemt drie voorwaarden en daarnaast bestuurlijk commitment; ook ziet het mogelijkheden in communicatie:',
          ],
          items: [
            'Kennis delen over wat werkt, ook over wat mislukte, en aanpakken volgen om te zien waarom ze werken.',
            'Tijd en ruimte om op te schalen en te experimenteren, met het risico dat iets mislukt.',
            'Ruimte in regels, bijvoorbeeld over stageduur, stages buiten de schoolperiode, mengvormen van bol en bbl en erkenning van stageplaatsen.',
            'Bestuurlijk commitment: wie meedoet, wordt door de eigen organisatie gesteund, en er wordt op tijd ingegrepen als het leren van studenten in gevaar komt.',
            'Mogelijk ook: communicatie die branches die als minder aantrekkelijk gelden, zoals verpleeghuizen en thuiszorg, beter in beeld brengt.',
          ],
        },
        {
          heading: 'Sterke punten',
          paragraphs: [],
          items: [
            'Concrete veranderingen zijn op korte termijn mogelijk.',
            'Omdat de aanpak van onderop komt, past hij vanaf het begin bij de regio en de sector.',
            'Partijen gaan meteen aan de slag in plaats van lang te overleggen.',
            'Niemand hoeft het wiel opnieuw uit te vinden: aanpakken rusten waar mogelijk op bewijs, of anders op ervaring, en worden gedeeld.',
          ],
        },
        {
          heading: 'Zwakke punten',
          paragraphs: [],
          items: [
            'Diepere problemen blijven bestaan; zo is er een kans dat jongerejaars buiten beeld blijven als het veld weinig bereid is hen op te leiden.',
            'Kleine samenwerkingen dekken misschien niet de hele behoefte van een regio.',
            'Het zicht op het geheel en op de lange termijn kan ontbreken.',
            'Organisaties die zelf geen stagiairs nodig hebben, werken mogelijk niet mee aan meer stageplaatsen.',
          ],
        },
        {
          heading: 'Kansen',
          paragraphs: [],
          items: [
            'Door corona moesten zorg en onderwijs stages op een nieuwe manier vormgeven; dat kan een stimulans zijn om door te gaan.',
            'De arbeidsmarkt vraagt om genoeg stageplaatsen.',
          ],
        },
        {
          heading: 'Bedreigingen',
          paragraphs: [],
          items: [
            'Zonder structurele samenwerking blijft begeleidingstijd door het personeelstekort schaars.',
            'Door dat tekort kan experimenteren naar de achtergrond verdwijnen.',
            'Concurrentie om stagiairs, vooral in regio’s die leeglopen.',
            'Bij opschaling kunnen nieuwe problemen ontstaan: nieuwe partners, meer complexiteit, botsende belangen.',
          ],
        },
      ],
      sources: [
        { ...rapport, note: 'scenario 2 (Versterken innovatief opleiden in de zorg): achtergrond, beschrijving, ‘Wat is er nodig?’ en sterkte-zwakteanalyse; samenvatting en conclusie' },
      ],
    },
    corona: {
      sections: [
        {
          heading: 'Achtergrond',
          paragraphs: [
            'Volgens het rapport maakte de pandemie bestaande stageproblemen in sommige branches groter. Vooral in de eerste golf kon een deel van de mbo- en hbo-studenten de stage niet lopen of afmaken. Zorgorganisaties hadden hun mensen nodig voor coronapatiënten, en begeleiden werd lastiger, onder meer door angst van onervaren stagiairs voor het virus, te weinig beschermingsmiddelen en vermoeide medewerkers. In latere golven liepen de meeste stages wel door. Op school vielen ook praktijklessen uit, zodat studenten achterstanden hebben.',
            'Dit scenario is voor de korte termijn en anders opgezet dan de andere twee. De kern: creatief, flexibel en op maat zoeken waar een student zijn leerdoelen alsnog kan halen, met korte lijnen tussen zorg en onderwijs. Betrokkenen, landelijk en in de regio, vertelden de onderzoekers dat die lijnen door corona al korter zijn geworden.',
          ],
        },
        {
          heading: 'Wat het vraagt, en van wie',
          paragraphs: [],
          items: [
            'Stagebieders: een plan om stagiairs te behouden, dat voor de hele organisatie geldt. Begeleiding slimmer organiseren, bijvoorbeeld met een leerafdeling waar studenten van elkaar leren en begeleiders meer loslaten. Volgens het rapport is meer geld daarvoor niet per se nodig.',
            'Scholen: soepel omgaan met de vorm van de stage en het aantal uren, en per student kijken hoe de leerdoelen gehaald kunnen worden. Bij sommige studenten kan dat misschien ook zonder extra stage, bijvoorbeeld met simulatie of praktijkonderwijs.',
            'Samen: stages mogelijk maken in alle 52 weken van het jaar, zodat zorgaanbieders meer stagiairs kunnen plaatsen; en in netwerken ervaringen delen over regels die vaak als beperkend worden genoemd, zoals urennormen en de erkenning van nieuwe stagevormen.',
          ],
        },
        {
          heading: 'Sterke punten',
          paragraphs: [],
          items: [
            'Bestaande netwerken en de toenadering van de afgelopen tijd maken snel handelen mogelijk.',
            'De ruimte die onder druk is ontstaan, kan blijvend benut worden.',
            'Het leerdoel staat centraal, niet de activiteit waarmee het gehaald wordt.',
          ],
        },
        {
          heading: 'Zwakke punten',
          paragraphs: [],
          items: [
            'Oplossingen voor deels tijdelijke problemen passen wellicht niet allemaal bij de lange termijn.',
            'Een deel van de stagebieders blijft waarschijnlijk nog lang onder druk staan.',
          ],
        },
        {
          heading: 'Kansen',
          paragraphs: [],
          items: [
            'Stages op ongewone plekken kunnen de blik van studenten verbreden en interesse wekken voor minder populaire branches.',
            'De kortere lijnen kunnen uitgroeien tot blijvende netwerken, als opstap naar de andere scenario’s.',
          ],
        },
        {
          heading: 'Bedreigingen',
          paragraphs: [],
          items: [
            'Overbelaste zorgmedewerkers hebben mogelijk weinig tijd om over andere oplossingen na te denken.',
            'Een strikte uitleg of handhaving van urennormen.',
            'Het inhalen van stages te veel bij de zorg neerleggen, terwijl die al overbelast is.',
          ],
        },
      ],
      sources: [
        { ...rapport, note: 'scenario 3 (Handvatten aanpak coronagerelateerde stageproblematiek): achtergrond, beschrijving, praktijkvoorbeelden, ‘Wat is er nodig?’ en sterkte-zwakteanalyse' },
      ],
    },
  },
  factor: {
    begeleidingstijd: {
      sections: [
        {
          heading: 'Waarom deze factor ertoe doet',
          paragraphs: [
            'Het rapport noemt beschikbare begeleidingstijd als een van de zeven belangrijkste factoren die van invloed zijn op stages in de zorg. Volgens het vooronderzoek is er te weinig begeleidingstijd en worden studenten te veel als gewone medewerker ingezet; begeleiders op de werkvloer merken dat zelf sterk.',
            'Het artikel van hbo medezeggenschap ziet hetzelfde: door personeelstekort houden begeleiders minder uren over voor stagiairs. Volgens het artikel zeggen studenten dat ze soms maar vijf tot tien minuten per week inbreng uit de praktijk krijgen. Dat staat volgens de auteur diepe reflectie en de band tussen theorie en praktijk in de weg, en zonder vaste begeleiding raken studenten onzeker en gestrest.',
          ],
        },
        {
          heading: 'Wat de bronnen noemen',
          paragraphs: [],
          items: [
            'Docenten die op de werkvloer meebegeleiden, zodat de druk op de praktijk afneemt (rapport, scenario 1).',
            'Studenten die met en van elkaar leren, bijvoorbeeld op een leerafdeling (rapport, scenario 1 en 3).',
            'Afspraken over de begeleiding van zij-instromers, zodat die niet ten koste gaat van gewone studenten (rapport, scenario 1).',
            'In de thuiszorg worden alleen uren voor de cliënt vergoed; begeleidingstijd staat daar steeds onder druk (rapport).',
            'Extra geld levert volgens meerdere branches geen extra begeleidingstijd op, omdat er door personeelstekorten geen mensen zijn om de functies te vullen (rapport).',
            'Het hbo-artikel stelt voor: een vast minimum aan begeleidingsuren, peer-coaching en e-supervisie.',
          ],
        },
      ],
      sources: [
        { ...rapport, note: 'paragraaf over de factoren; bijlage deskresearch (kwaliteit); scenario 1 beschrijving en ‘Wat is er nodig’; scenario 3 ‘Wat is er nodig?’' },
        { ...hboArtikel, note: 'paragraaf ‘Werkdruk en personele krapte’ en slotparagraaf' },
      ],
    },
    begeleiders: {
      sections: [
        {
          heading: 'Waarom deze factor ertoe doet',
          paragraphs: [
            'De kwaliteit en de rol van begeleiders is een van de zeven factoren uit het rapport. Volgens het vooronderzoek hangt uitval onder meer samen met de kwaliteit van de stage, waar de begeleiding bij hoort.',
            'Het hbo-artikel beschrijft een stevige opzet: begeleiders worden geselecteerd en volgen didactische workshops, en student, begeleider en coördinator stemmen in minstens twee gesprekken de leerdoelen af. Maar of die opzet overal tot even goede begeleiding leidt, verschilt volgens het artikel per instelling; hoe vaak en hoe intensief studenten feedback krijgen, kan sterk uiteenlopen. Zonder vaste begeleiding voelen studenten zich volgens het artikel geïsoleerd en onzeker.',
          ],
        },
        {
          heading: 'Wat de bronnen noemen',
          paragraphs: [],
          items: [
            'Praktijkopleiders en werkbegeleiders samen opleiden, elkaar laten steunen (in het praktijkverhaal via intervisie) en inzetten bij meerdere organisaties (rapport, scenario 1).',
            'Begeleiders ontlasten, oudere verpleegkundigen inzetten om stagiairs te begeleiden, of de school een eigen groep praktijkbegeleiders laten hebben (rapport, scenario 2).',
            'Hybride docentschap: docenten die ook in de zorg werken of op de werkplek begeleiden (rapport, scenario 2).',
            'Begeleiders die vooral faciliteren en studenten meer loslaten (rapport, scenario 3).',
            'Vaste reflectiedagen en multidisciplinaire casusbesprekingen; volgens het artikel blijkt uit pilots bij enkele hogescholen dat die de begeleiding effectiever kunnen maken (hbo-artikel).',
            'Training in het herkennen van subtiele intimidatie en uitsluiting, die volgens het artikel ontbreekt (hbo-artikel).',
          ],
        },
      ],
      sources: [
        { ...rapport, note: 'paragraaf over de factoren; scenario 1 beschrijving; scenario 2 voorbeelden van interventies; scenario 3 ‘Wat is er nodig?’' },
        { ...hboArtikel, note: 'paragrafen ‘Een robuust systeem met kwetsbare schakels’, ‘Werkdruk en personele krapte’ en ‘Sociale veiligheid’' },
      ],
    },
    'lagere-niveaus-jongerejaars': {
      sections: [
        {
          heading: 'Waarom deze factor ertoe doet',
          paragraphs: [
            'Of organisaties ook plaats bieden aan studenten van lagere kwalificatieniveaus en aan jongerejaars, is een van de zeven factoren. Het rapport rekent hem tot de vier factoren die veel invloed hebben en waarover veel onzekerheid is of waarop partijen kunnen sturen; hij ligt mee aan de basis van het scenario Integraal regionaal opleidingsprogramma. Daarin horen deze groepen bij de bindende afspraken in de regio.',
            'Het rapport wijst op een risico in het scenario Versterken innovatief opleiden: een aanpak van onderop verandert weinig als organisaties onvoldoende bereid zijn jongerejaars op te leiden, waardoor die groep mogelijk onderbelicht blijft.',
          ],
        },
        {
          heading: 'Wat de bronnen noemen',
          paragraphs: [],
          items: [
            'In het onderzoek werd de ‘hbo-isering’ van de zorg genoemd, die nadelig is voor opleidings- en werkplekken van lagere niveaus.',
            'Eisen van verzekeraars aan het opleidingsniveau van medewerkers, die het tekort aan stageplaatsen voor lagere niveaus kunnen vergroten.',
            'Alternatieve stageplekken voor jongerejaars, zoals ziekenhuisstagiairs op een dagbehandelcentrum (Erasmus MC).',
            'Snuffelstages vroeg in de opleiding (scenario 2).',
            'In het praktijkverhaal van scenario 1 loopt een eerstejaars stage op plekken in het ziekenhuis die eerder niet erkend waren.',
          ],
        },
      ],
      sources: [
        { ...rapport, note: 'paragraaf over de factoren; scenario 1 beschrijving, ‘Wat is er nodig’ en praktijkverhaal; scenario 2 voorbeelden en sterkte-zwakteanalyse' },
      ],
    },
    bekostiging: {
      sections: [
        {
          heading: 'Waarom deze factor ertoe doet',
          paragraphs: [
            'Bekostiging is een van de zeven factoren en een van de vier waarmee de onderzoekers hun scenario’s bouwden. In sommige branches wegen de bekostiging en de eisen van verzekeraars zwaar. Opleiden staat bovendien bekend als duur en tijdrovend, al ziet het rapport er ook veel kansen in.',
            'Tegelijk is geld volgens het rapport niet altijd de oplossing. Meerdere branches zeggen dat extra geld geen extra begeleidingstijd oplevert, omdat de functies door personeelstekorten niet te vullen zijn.',
          ],
        },
        {
          heading: 'Wat de bronnen noemen',
          paragraphs: [],
          items: [
            'In de VVT en de thuiszorg worden alleen uren direct voor de cliënt vergoed; het rapport noemt dit een bedreiging.',
            '‘Budget volgt stagiair’ als mogelijke kans.',
            'Als mogelijke oplossing: een deel van de huisartsenpraktijken, ook met geld, helpen om voor de hele regio doktersassistenten en verpleegkundigen op te leiden, en de lasten en lusten van opleiden delen (scenario 1).',
            'Financiële ruimte om goede initiatieven uit te breiden (scenario 2).',
          ],
        },
      ],
      sources: [
        { ...rapport, note: 'paragraaf over de factoren; scenario 1 ‘Wat is er nodig’ en sterkte-zwakteanalyse; scenario 2 beschrijving; scenario 3 ‘Wat is er nodig?’' },
      ],
    },
    'regionale-samenwerking': {
      sections: [
        {
          heading: 'Waarom deze factor ertoe doet',
          paragraphs: [
            'Samenwerking tussen scholen en stagebieders in een netwerk, gedragen door bestuurders, werd in het onderzoek steeds opnieuw genoemd als succesfactor. Zo’n samenwerking wordt gezien als manier om kwaliteit, aantal stageplaatsen en minder uitval te combineren. Het gebrek eraan is een van de zeven factoren.',
            'Bestaande samenwerking dekt volgens het rapport niet alle mbo- en hbo-opleidingen in het medisch domein. Vaak gaat het om weinig stagebieders en meestal niet over branches heen. Het scenario Integraal regionaal opleidingsprogramma maakt regionale samenwerking tot de kern.',
          ],
        },
        {
          heading: 'Wat de bronnen noemen',
          paragraphs: [],
          items: [
            'Digitale platforms die vraag en aanbod in de regio koppelen, zoals in Utrecht, Rotterdam en Noord-Nederland.',
            'Bij dreigende uitval samen een andere stageplek zoeken, met een warme overdracht.',
            'Een regionaal bestuursakkoord, te beginnen in een pilotregio.',
            'Volgens betrokkenen werden de lijnen in de coronatijd korter; wie in de eigen branche geen stage meer kon lopen, kon via regionale netwerken elders terecht.',
            'Mogelijke nadelen en risico’s: concurrentie om medewerkers, tragere besluiten en minder eigen zeggenschap.',
            'Het hbo-artikel roept stagebieders op samen afspraken te maken over begeleidingsschema’s en feedbackmomenten.',
          ],
        },
      ],
      sources: [
        { ...rapport, note: 'inleiding; paragraaf over de factoren; scenario 1; scenario 3 beschrijving en praktijkvoorbeelden; samenvatting en conclusie' },
        { ...hboArtikel, note: 'slotparagraaf ‘Gezamenlijke actie vereist’' },
      ],
    },
    leerklimaat: {
      sections: [
        {
          heading: 'Waarom deze factor ertoe doet',
          paragraphs: [
            'Aandacht voor leerklimaat en leerbeleid is een van de zeven factoren en een van de vier waarop de scenario’s rusten. Het gaat erom of een organisatie leren echt belangrijk vindt, voor eigen medewerkers en voor stagiairs.',
            'In het scenario Integraal regionaal opleidingsprogramma biedt elke stagebieder een veilig en goed leerklimaat en houdt dat in de gaten; volgens het rapport helpt dat uitval te verminderen. Leren en werken lopen daar in elkaar over. Het rapport ziet het omgekeerde als bedreiging: een stagebieder die zijn leerbeleid en leerklimaat anders gaat richten, kan het scenario belemmeren.',
          ],
        },
        {
          heading: 'Wat de bronnen noemen',
          paragraphs: [],
          items: [
            'Bij elke beslissing in de organisatie het belang van opleiden meewegen (scenario 1).',
            'Zorg Innovatie Centra en leerafdelingen, waar studenten van verschillende jaren en niveaus van elkaar leren (voorbeeld bij scenario 1).',
            'Een plan om stagiairs te behouden dat voor de hele organisatie geldt, zodat afdelingen niet elk hun eigen koers varen (scenario 3).',
            'Voorkomen dat stagiairs eigenlijk als gewone werkkracht worden ingezet, door ze verantwoordelijkheden te geven die bij hun leerdoelen passen (scenario 1).',
          ],
        },
      ],
      sources: [
        { ...rapport, note: 'paragraaf over de factoren; scenario 1 beschrijving, voorbeelden en sterkte-zwakteanalyse; scenario 3 ‘Wat is er nodig?’' },
      ],
    },
    'regionale-verschillen': {
      sections: [
        {
          heading: 'Waarom deze factor ertoe doet',
          paragraphs: [
            'Regionale verschillen zijn de zevende factor uit het rapport. Het tekort aan stageplaatsen verschilt per regio, per opleiding en per leerroute; niet overal is er een tekort. In het mbo zijn stageplaatsen voor bol-studenten schaarser dan leerbanen voor bbl-studenten. Voor het hbo was het beeld uit het vooronderzoek niet duidelijk.',
            'Het rapport ziet het als sterk punt als een aanpak bij de regio past. Het scenario Integraal regionaal opleidingsprogramma laat veel ruimte voor regionale verschillen en kent geen blauwdruk, en het scenario Versterken innovatief opleiden laat regio’s zelf een aanpak op maat kiezen, bijvoorbeeld voor regio’s met grote tekorten of juist dunbevolkte regio’s. In leeglopende regio’s ziet het rapport het risico dat organisaties om stagiairs gaan concurreren.',
          ],
        },
      ],
      sources: [
        { ...rapport, note: 'paragraaf over de factoren; bijlage deskresearch (stagecapaciteit); scenario 1 en 2, sterkte-zwakteanalyse' },
      ],
    },
    'sociale-veiligheid': {
      sections: [
        {
          heading: 'Waarom deze factor ertoe doet',
          paragraphs: [
            'Volgens het hbo-artikel is een veilige leeromgeving de basis om te kunnen leren. Het gaat niet alleen om melden van misstanden, maar ook om gewone dingen: vragen durven stellen, feedback geven en fouten maken zonder afgerekend te worden. Het artikel verwijst naar onderzoek waaruit blijkt dat zorgstudenten vaker stress en kwetsbaarheid ervaren, juist omdat ze in hiërarchische teams werken waar weinig ruimte is voor discussie. Het rapport noemt een veilig leerklimaat bij elke stagebieder als onderdeel van het scenario Integraal regionaal opleidingsprogramma.',
          ],
        },
        {
          heading: 'Wat de bronnen noemen',
          paragraphs: [],
          items: [
            'Volgens het artikel zijn er wel algemene gedragscodes, maar geen eigen meldregeling voor grensoverschrijdend gedrag op stage.',
            'Vertrouwenspersonen zijn volgens het artikel niet altijd goed te vinden of te bereiken, waardoor studenten uit angst voor de gevolgen aarzelen om misstanden te melden.',
            'Opleidingen zijn volgens het artikel soms voorzichtig met kritiek op stagebieders, uit angst plekken te verliezen.',
            'Voorstellen van het artikel: laagdrempelige meldroutes, anonieme metingen van het klimaat, begeleiders trainen, intervisie en duidelijke informatie over meldplichten en rechten van stagiairs.',
          ],
        },
      ],
      sources: [
        { ...hboArtikel, note: 'paragrafen ‘Een robuust systeem met kwetsbare schakels’ en ‘Sociale veiligheid’' },
        { ...rapport, note: 'scenario 1, beschrijving' },
      ],
    },
    'theorie-praktijk': {
      sections: [
        {
          heading: 'Waarom deze factor ertoe doet',
          paragraphs: [
            'Volgens het vooronderzoek van het rapport zijn studenten vrij tevreden over de begeleiding op hun stage, maar kan de afstemming tussen school en stageplek beter. Een kloof tussen wat studenten verwachten en wat ze op de stage meemaken, is volgens het rapport ook een oorzaak van uitval. Het hbo-artikel wijst erop dat te weinig begeleiding de verbinding tussen theorie en praktijk aantast.',
          ],
        },
        {
          heading: 'Wat de bronnen noemen',
          paragraphs: [],
          items: [
            'Gildeleren, een voorbeeld van het UMCG en partners: de docent geeft les op de werkvloer, samen met praktijkopleiders, zodat theorie en praktijk nauw aansluiten (rapport, scenario 1).',
            'Het curriculum in de uitvoering steeds bijstellen op basis van signalen uit de praktijk, en docenten laten meewerken op de werkplek (rapport, scenario 1).',
            'Hybride docentschap en hybride leeromgevingen (rapport, scenario 2).',
            'Meer praktijklokalen op school, en simulatie naast of soms in plaats van extra stage (rapport, scenario 2 en 3).',
            'Minstens twee vaste gesprekken van student, begeleider en stagecoördinator samen om leerdoelen af te stemmen (hbo-artikel).',
          ],
        },
      ],
      sources: [
        { ...rapport, note: 'bijlage deskresearch (kwaliteit en uitval); scenario 1 voorbeelden en ‘Wat is er nodig’; scenario 2 en 3 voorbeelden' },
        { ...hboArtikel, note: 'paragrafen ‘Een robuust systeem met kwetsbare schakels’ en ‘Werkdruk en personele krapte’' },
      ],
    },
    beeldvorming: {
      sections: [
        {
          heading: 'Waarom deze factor ertoe doet',
          paragraphs: [
            'Volgens het rapport willen veel studenten stage lopen en werken in het ziekenhuis, terwijl de zorg juist verschuift van het ziekenhuis naar de eerste lijn en de VVT. Betere beeldvorming kan daarom helpen om studenten en stageplaatsen beter bij elkaar te laten passen. Ook wordt een verkeerd of onvolledig beeld van opleiding en vak in het rapport genoemd als oorzaak van uitval. Het hbo-artikel gaat niet over dit onderwerp.',
          ],
        },
        {
          heading: 'Wat de bronnen noemen',
          paragraphs: [],
          items: [
            'Branches kunnen samen werken aan een passend beeld van het werk in de zorg; leren in een netwerk helpt studenten een beeld te krijgen van alle werkvelden (scenario 1).',
            'Loopbaanpaden over organisaties heen, bijvoorbeeld van ziekenhuis naar VVT en terug (scenario 1).',
            'Als mogelijkheid: een communicatiestrategie die verpleeghuizen en thuiszorg aantrekkelijker in beeld brengt en aankomende studenten een passend beeld geeft (scenario 2).',
            'Stages op ongewone plekken, die als kans de interesse kunnen wekken voor minder populaire branches (scenario 3).',
          ],
        },
      ],
      sources: [
        { ...rapport, note: 'scenario 1 beschrijving en ‘Wat is er nodig’; scenario 2 ‘Wat is er nodig?’; scenario 3 kansen; bijlage deskresearch (uitval)' },
      ],
    },
    regelgeving: {
      sections: [
        {
          heading: 'Waarom deze factor ertoe doet',
          paragraphs: [
            'In het onderzoek werden regels vaak als beperkend genoemd. Volgens het rapport is ruimte in de regels vooral nodig om op andere plekken en tijden meer stages mogelijk te maken. Zo konden hbo- en bol-studenten toen het rapport verscheen niet in vakanties en weekenden stage lopen, terwijl zorg het hele jaar doorgaat. In alle drie scenario’s noemt het rapport ruimte in de regels als voorwaarde, of regels als bedreiging.',
          ],
        },
        {
          heading: 'Wat de bronnen noemen',
          paragraphs: [],
          items: [
            'Urennormen, en een strikte uitleg of handhaving daarvan (scenario 3).',
            'Stageduur loslaten, stages buiten de schoolperiode, mengvormen van bol en bbl (scenario 2).',
            'Erkenning van nieuwe stagevormen en -plaatsen, bijvoorbeeld via kleinere leereenheden binnen werkprocessen (scenario 2 en 3).',
            'Regels die de ruimte om te experimenteren verkleinen (scenario 1).',
            'Eisen van verzekeraars aan het opleidingsniveau van medewerkers (scenario 1).',
            'Het hbo-artikel wil dat medezeggenschapsorganen duidelijke normen vastleggen voor capaciteit en voor een minimum aan begeleidingsuren, en daarop blijven toezien.',
          ],
        },
      ],
      sources: [
        { ...rapport, note: 'scenario 1 sterkte-zwakteanalyse; scenario 2 ‘Wat is er nodig?’; scenario 3 ‘Wat is er nodig?’ en sterkte-zwakteanalyse' },
        { ...hboArtikel, note: 'slotparagraaf ‘Gezamenlijke actie vereist’' },
      ],
    },
  },
};

/** The explanation of a facet value, if written. */
export function facetTextOf(segment: string, key: string): FacetText | undefined {
  return facetTexts[segment]?.[key];
}
