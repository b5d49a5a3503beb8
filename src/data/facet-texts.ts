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
            'Cliënten gaan vaak van de ene zorgverlener naar de andere, en zorg schuift steeds meer naar buiten het ziekenhuis. Het rapport redeneert: wie samen zorg levert, moet ook samen opleiden.',
            'In dit scenario maken alle scholen en stagebieders in een regio één opleidingsprogramma voor mbo en hbo. Zij zijn samen verantwoordelijk voor genoeg en goede stageplaatsen, met bindende afspraken, ook over lagere niveaus en jongerejaars. De leerdoelen van de student bepalen waar in de regio hij stage loopt. De onderzoekers zien dit als de structurele oplossing voor de lange termijn en als het meest kansrijke scenario.',
          ],
        },
        {
          heading: 'Wat het vraagt, en van wie',
          paragraphs: [
            'Bestuurlijk commitment van zorgorganisaties en scholen is een harde voorwaarde. Branches moeten solidair zijn en concurrentie om toekomstige medewerkers opzij zetten. Elk netwerk heeft een gedeelde visie op opleiden en loopbanen nodig, met passend HR-beleid en overhead voor regionaal gebruik. Scholen blijven betrokken en flexibel; docenten werken mee op de werkvloer. Als begin stelt het rapport een pilotregio met een regionaal bestuursakkoord voor, een proces van 2 à 3 jaar.',
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
            'Docenten en werkbegeleiders begeleiden samen en studenten leren van elkaar: meer begeleidingstijd, minder druk.',
            'Administratie op één plek; stagebieders maken niet meer met elke school apart afspraken.',
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
            '‘Budget volgt stagiair’; wel zeggen meerdere branches dat extra geld door personeelstekorten geen extra begeleidingstijd oplevert.',
            'Een coöperatie van opleidingsbedrijven, zoals Bouwmensen in de bouw, of de werkwijze van de SBOH.',
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
            'Het rapport schetst ter illustratie een voorbeeldstudent, Maarten: tweedejaars doktersassistent, op stage bij een huisartsenpraktijk. Dat gaat makkelijker sinds de praktijk een bijdrage krijgt van het regionale samenwerkingsverband, dat ook zijn werkbegeleider trainde. In zijn eerste jaar liep Maarten stage in het ziekenhuis, bij het klantcontactcentrum en de patiëntenontvangst: plekken die eerder niet erkend waren. Een korte snuffelstage hield hem in contact met de huisartsenpraktijk, en bij de overstap zijn de stages op elkaar afgestemd.',
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
            'In verschillende regio’s lopen al goede initiatieven die een deel van de stageproblemen aanpakken. Dit scenario bouwt daarop voort: wat werkt wordt uitgebreid, overgenomen in een andere regio of branche, of er komt iets nieuws. Scholen en zorgorganisaties kennen hun eigen problemen het best en ontwerpen zelf een aanpak op maat. Het rapport plaatst dit scenario op de middellange termijn. Het kan ook een tussenstap zijn waar nog te weinig draagvlak is voor een integraal regionaal opleidingsprogramma.',
            'Voorbeelden uit het rapport zijn hybride docentschap, flexibele stages (korter, buiten de schoolperiode, op ongewone plekken, met simulatie), alternatieve stageplekken voor jongerejaars in het Erasmus MC, online matching van stages in de regio en het ontlasten van begeleiders.',
          ],
        },
        {
          heading: 'Wat het vraagt, en van wie',
          paragraphs: [
            'De regionale partijen doen het werk; op een hoger niveau worden belemmeringen weggenomen. Het rapport noemt drie voorwaarden, en daarnaast steun van bestuurders en communicatie:',
          ],
          items: [
            'Kennis delen over wat werkt, ook over wat mislukte, en aanpakken volgen om te zien waarom ze werken.',
            'Tijd en ruimte om op te schalen en te experimenteren, met het risico dat iets mislukt.',
            'Ruimte in regels, bijvoorbeeld over stageduur, stages buiten de schoolperiode, mengvormen van bol en bbl en erkenning van stageplaatsen.',
            'Steun van bestuurders, die ook ingrijpen als het leren van studenten in gevaar komt.',
            'Communicatie die branches met een minder aantrekkelijk imago, zoals verpleeghuizen en thuiszorg, beter in beeld brengt.',
          ],
        },
        {
          heading: 'Sterke punten',
          paragraphs: [],
          items: [
            'Concrete veranderingen zijn op korte termijn mogelijk.',
            'Omdat de aanpak van onderop komt, past hij vanaf het begin bij de regio en de sector.',
            'Partijen gaan meteen aan de slag in plaats van lang te overleggen.',
            'Niemand hoeft het wiel opnieuw uit te vinden: aanpakken rusten op bewijs of ervaring en worden gedeeld.',
          ],
        },
        {
          heading: 'Zwakke punten',
          paragraphs: [],
          items: [
            'Diepere problemen blijven bestaan; jongerejaars kunnen bijvoorbeeld buiten beeld blijven.',
            'Kleine samenwerkingen dekken misschien niet de hele behoefte van een regio.',
            'Het zicht op het geheel en op de lange termijn kan ontbreken.',
            'Organisaties die zelf geen stagiairs nodig hebben, werken mogelijk niet mee aan meer stageplaatsen.',
          ],
        },
        {
          heading: 'Kansen',
          paragraphs: [],
          items: [
            'Corona dwong zorg en onderwijs tot vernieuwing; dat kan een reden zijn om door te gaan.',
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
            'Bij opschaling ontstaan nieuwe problemen: nieuwe partners, meer complexiteit, botsende belangen.',
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
            'De pandemie maakte bestaande stageproblemen in een deel van de branches groter. Vooral in de eerste golf konden veel mbo- en hbo-studenten hun stage niet lopen of afmaken. Zorgorganisaties hadden hun mensen nodig voor coronapatiënten, en begeleiden werd lastiger door angst, tekort aan beschermingsmiddelen en vermoeidheid. In latere golven liepen de meeste stages wel door. Op school vielen ook praktijklessen uit, zodat studenten achterstanden hebben.',
            'Dit scenario is voor de korte termijn en anders opgezet dan de andere twee. De kern: creatief, flexibel en op maat zoeken waar een student zijn leerdoelen alsnog kan halen, met korte lijnen tussen zorg en onderwijs. Het rapport ziet dat die lijnen door corona al korter zijn geworden.',
          ],
        },
        {
          heading: 'Wat het vraagt, en van wie',
          paragraphs: [],
          items: [
            'Stagebieders: een plan om stagiairs te behouden, dat voor de hele organisatie geldt. Begeleiding slimmer organiseren, bijvoorbeeld met een leerafdeling waar studenten van elkaar leren en begeleiders meer loslaten. Volgens het rapport is meer geld daarvoor niet per se nodig.',
            'Scholen: soepel omgaan met de vorm van de stage en het aantal uren, en per student kijken hoe de leerdoelen gehaald kunnen worden, eventueel met simulatie of praktijkonderwijs.',
            'Beide: stages verspreid over alle 52 weken van het jaar, en in netwerken ervaringen delen over beperkende regels zoals urennormen en de erkenning van nieuwe stagevormen.',
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
            'Oplossingen voor deels tijdelijke problemen passen niet altijd op lange termijn.',
            'Een deel van de stagebieders blijft waarschijnlijk nog lang onder druk staan.',
          ],
        },
        {
          heading: 'Kansen',
          paragraphs: [],
          items: [
            'Stages op ongewone plekken verbreden de blik van studenten en wekken interesse voor minder populaire branches.',
            'De kortere lijnen kunnen uitgroeien tot blijvende netwerken, als opstap naar de andere scenario’s.',
          ],
        },
        {
          heading: 'Bedreigingen',
          paragraphs: [],
          items: [
            'Overbelaste zorgmedewerkers hebben weinig tijd om over andere oplossingen na te denken.',
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
            'Het rapport noemt beschikbare begeleidingstijd als een van de zeven factoren die bepalen of er genoeg goede stages zijn. Uit het vooronderzoek blijkt dat er te weinig begeleidingstijd is en dat studenten te vaak als gewone medewerker worden ingezet. Begeleiders op de werkvloer merken dat zelf sterk.',
            'Het artikel van hbo medezeggenschap ziet hetzelfde: door personeelstekort houden begeleiders minder uren over voor stagiairs. Sommige studenten krijgen maar vijf tot tien minuten per week inhoudelijke begeleiding. Dat gaat ten koste van reflectie, van de band tussen theorie en praktijk en van het welzijn van studenten.',
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
            'Extra geld helpt volgens meerdere branches niet, omdat er geen mensen zijn om de functies te vullen (rapport).',
            'Vaste minimale begeleidingsuren, peer-coaching en e-supervisie (hbo-artikel).',
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
            'De kwaliteit en de rol van begeleiders is een van de zeven factoren uit het rapport. Wie begeleidt en hoe, bepaalt mee hoe goed een stage is en of een student uitvalt.',
            'Het hbo-artikel beschrijft een stevige opzet: begeleiders worden geselecteerd en volgen didactische workshops, en student, begeleider en coördinator stemmen in minstens twee gesprekken de leerdoelen af. Maar hoe intensief de begeleiding in de praktijk is, verschilt per instelling. Zonder vaste begeleiding voelen studenten zich geïsoleerd en onzeker.',
          ],
        },
        {
          heading: 'Wat de bronnen noemen',
          paragraphs: [],
          items: [
            'Praktijkopleiders en werkbegeleiders samen opleiden, laten intervisie doen en inzetten bij meerdere organisaties (rapport, scenario 1).',
            'Begeleiders ontlasten, oudere verpleegkundigen als praktijkbegeleider, of een eigen poule van begeleiders bij de school (rapport, scenario 2).',
            'Hybride docentschap: docenten die ook in de zorg werken of op de werkplek begeleiden (rapport, scenario 2).',
            'Begeleiders in een meer faciliterende rol, die studenten meer loslaten (rapport, scenario 3).',
            'Vaste reflectiedagen en multidisciplinaire casusbesprekingen, volgens het artikel uit pilots bij enkele hogescholen (hbo-artikel).',
            'Training in het herkennen van intimidatie en uitsluiting, die nu vaak ontbreekt (hbo-artikel).',
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
            'Het rapport waarschuwt dat aanpakken van onderop deze groep makkelijk vergeten, omdat te weinig bereidheid in het veld blijft bestaan.',
          ],
        },
        {
          heading: 'Wat de bronnen noemen',
          paragraphs: [],
          items: [
            'De ‘hbo-isering’ van de zorg, die leer- en werkplekken voor lagere niveaus verkleint.',
            'Eisen van verzekeraars aan het opleidingsniveau van medewerkers, die het tekort aan stageplaatsen voor lagere niveaus kunnen vergroten.',
            'Alternatieve stageplekken voor jongerejaars, zoals ziekenhuisstagiairs op een dagbehandelcentrum (Erasmus MC).',
            'Snuffelstages vroeg in de opleiding.',
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
            'Bekostiging is een van de zeven factoren en een van de vier waarmee de onderzoekers hun scenario’s bouwden. In sommige branches wegen de bekostiging en de eisen van verzekeraars zwaar. Opleiden heeft bovendien het imago duur te zijn en veel tijd te kosten.',
            'Tegelijk is geld volgens het rapport niet altijd de oplossing. Meerdere branches zeggen dat extra geld geen extra begeleidingstijd oplevert, omdat de functies door personeelstekorten niet te vullen zijn.',
          ],
        },
        {
          heading: 'Wat de bronnen noemen',
          paragraphs: [],
          items: [
            'In de VVT en de thuiszorg worden alleen uren direct voor de cliënt vergoed; het rapport noemt dit een bedreiging.',
            '‘Budget volgt stagiair’ als mogelijke kans.',
            'Huisartsenpraktijken, ook financieel, ondersteunen om assistenten en verpleegkundigen voor de regio op te leiden, en lasten en lusten van opleiden delen.',
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
            'Het rapport noemt samenwerking tussen scholen en stagebieders in een netwerk, gedragen door bestuurders, steeds terug als succesfactor. Zo kunnen kwaliteit, aantal stageplaatsen en minder uitval samengaan. Het gebrek eraan is een van de zeven factoren.',
            'Bestaande samenwerking dekt volgens het rapport lang niet alle mbo- en hbo-opleidingen in het medisch domein. Vaak gaat het om weinig stagebieders en meestal niet over branches heen. Het scenario Integraal regionaal opleidingsprogramma maakt regionale samenwerking tot de kern.',
          ],
        },
        {
          heading: 'Wat de bronnen noemen',
          paragraphs: [],
          items: [
            'Digitale platforms die vraag en aanbod in de regio koppelen, zoals in Utrecht, Rotterdam en Noord-Nederland.',
            'Bij dreigende uitval samen een andere stageplek zoeken, met een warme overdracht.',
            'Een regionaal bestuursakkoord, te beginnen in een pilotregio.',
            'In de coronatijd werden de lijnen korter en konden studenten via netwerken in een andere branche terecht.',
            'Belemmeringen: concurrentie om medewerkers, trage besluiten en minder eigen zeggenschap.',
            'Afspraken tussen stagebieders over begeleidingsschema’s en feedbackmomenten (hbo-artikel).',
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
            'In het scenario Integraal regionaal opleidingsprogramma biedt elke stagebieder een veilig en goed leerklimaat en houdt dat in de gaten; volgens het rapport helpt dat uitval te verminderen. Leren en werken lopen daar in elkaar over. Het rapport ziet het omgekeerde als risico: een stagebieder die zijn leerbeleid anders gaat richten, kan de samenwerking ondermijnen.',
          ],
        },
        {
          heading: 'Wat de bronnen noemen',
          paragraphs: [],
          items: [
            'Bij elke beslissing in de organisatie het belang van opleiden meewegen.',
            'Zorg Innovatie Centra en leerafdelingen, waar studenten van verschillende jaren en niveaus van elkaar leren.',
            'Een plan om stagiairs te behouden dat voor de hele organisatie geldt, zodat afdelingen niet elk hun eigen koers varen (scenario 3).',
            'Studenten niet als verkapte medewerker inzetten, maar taken geven die bij hun leerdoelen passen.',
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
            'Het rapport ziet het daarom als sterk punt als een aanpak bij de regio past. Het scenario Integraal regionaal opleidingsprogramma werkt daarom zonder blauwdruk, en het scenario Versterken innovatief opleiden laat regio’s zelf een aanpak op maat kiezen, bijvoorbeeld voor regio’s met grote tekorten of juist dunbevolkte regio’s. In leeglopende regio’s ziet het rapport het risico dat organisaties om stagiairs gaan concurreren.',
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
            'Volgens het hbo-artikel is een veilige leeromgeving de basis om te kunnen leren. Het gaat niet alleen om melden van misstanden, maar ook om gewone dingen: vragen durven stellen, feedback geven en fouten maken zonder afgerekend te worden. Zorgstudenten werken vaak in hiërarchische teams en ervaren volgens het artikel meer stress en kwetsbaarheid. Het rapport noemt een veilig leerklimaat bij elke stagebieder als onderdeel van het scenario Integraal regionaal opleidingsprogramma.',
          ],
        },
        {
          heading: 'Wat de bronnen noemen',
          paragraphs: [],
          items: [
            'Er is geen apart meldprotocol voor grensoverschrijdend gedrag tijdens de stage.',
            'Vertrouwenspersonen zijn niet altijd zichtbaar of bereikbaar; studenten zwijgen uit angst voor gevolgen.',
            'Opleidingen zijn soms voorzichtig met kritiek op stagebieders, uit angst plekken te verliezen.',
            'Voorstellen: laagdrempelige meldroutes, anonieme metingen van het klimaat, begeleiders trainen, intervisie en duidelijke informatie over meldplichten en rechten van stagiairs.',
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
            'Uit het vooronderzoek van het rapport blijkt dat studenten redelijk tevreden zijn over hun begeleiding, maar dat school en stageplek beter op elkaar moeten aansluiten. Een kloof tussen wat studenten verwachten en wat ze op de stage meemaken, is volgens het rapport ook een oorzaak van uitval. Het hbo-artikel wijst erop dat te weinig begeleiding de samenhang tussen theorie en praktijk ondermijnt.',
          ],
        },
        {
          heading: 'Wat de bronnen noemen',
          paragraphs: [],
          items: [
            'Gildeleren: de docent geeft les op de werkvloer, samen met praktijkopleiders, zodat theorie en praktijk nauw aansluiten (rapport, scenario 1).',
            'Het curriculum steeds bijstellen op basis van signalen uit de praktijk, en docenten laten meewerken op de werkplek (rapport, scenario 1).',
            'Hybride docentschap en hybride leeromgevingen (rapport, scenario 2).',
            'Meer praktijklokalen op school en simulatie als aanvulling op de stage (rapport, scenario 3).',
            'Gesprekken tussen student, begeleider en coördinator om leerdoelen af te stemmen (hbo-artikel).',
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
            'Veel studenten willen stage lopen en werken in het ziekenhuis, terwijl de zorg juist verschuift naar de eerste lijn en de VVT. Daardoor sluiten vraag en aanbod van stageplaatsen slecht aan. Het rapport noemt bovendien een onjuist of onvolledig beeld van opleiding en beroep als oorzaak van uitval. Het hbo-artikel gaat niet over dit onderwerp.',
          ],
        },
        {
          heading: 'Wat de bronnen noemen',
          paragraphs: [],
          items: [
            'Branches werken samen aan een realistisch beeld van werken in de zorg; leren in een netwerk laat studenten alle werkvelden zien (scenario 1).',
            'Loopbaanpaden over organisaties heen, bijvoorbeeld van ziekenhuis naar VVT en terug (scenario 1).',
            'Een communicatiestrategie die verpleeghuizen en thuiszorg aantrekkelijker in beeld brengt en aankomende studenten een passend beeld geeft (scenario 2).',
            'Stages op ongewone plekken die de interesse wekken voor minder populaire branches (scenario 3).',
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
            'Regels worden in het rapport vaak als beperkend ervaren. Ze bepalen waar, wanneer en hoe lang een student stage mag lopen, en dus hoeveel stageplaatsen er kunnen zijn. Zo kunnen hbo- en bol-studenten nu niet in vakanties en weekenden stage lopen, terwijl zorg het hele jaar doorgaat. In alle drie scenario’s noemt het rapport ruimte in de regels als voorwaarde, of regels als bedreiging.',
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
            'Het hbo-artikel vraagt medezeggenschapsorganen om normen voor capaciteit en minimale begeleidingsuren vast te leggen en te bewaken.',
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
