/**
 * Every controlled vocabulary of the catalogue. Keys come from the project's reference list of
 * vocabularies; descriptions are written for this site. Frontmatter stores keys; pages show labels.
 */
import { defineVocabulary } from './vocabulary';

/** The twelve provinces plus `landelijk` for cases that run nationally. */
export const provinces = defineVocabulary({
  field: 'provinces',
  name: 'Provincie',
  plural: 'Provincies',
  source: 'CBS, begrip "Provincie" en tabel 70072ned (indeling in landsdelen).',
  terms: [
    { key: 'groningen', label: 'Groningen', description: 'Provincie in landsdeel Noord.' },
    { key: 'fryslan', label: 'Fryslân', description: 'Provincie in landsdeel Noord; CBS gebruikt de Friese naam.' },
    { key: 'drenthe', label: 'Drenthe', description: 'Provincie in landsdeel Noord.' },
    { key: 'overijssel', label: 'Overijssel', description: 'Provincie in landsdeel Oost.' },
    { key: 'flevoland', label: 'Flevoland', description: 'Provincie in landsdeel Oost, sinds 1986 de twaalfde provincie.' },
    { key: 'gelderland', label: 'Gelderland', description: 'Provincie in landsdeel Oost.' },
    { key: 'utrecht', label: 'Utrecht', description: 'Provincie in landsdeel West.' },
    { key: 'noord-holland', label: 'Noord-Holland', description: 'Provincie in landsdeel West.' },
    { key: 'zuid-holland', label: 'Zuid-Holland', description: 'Provincie in landsdeel West.' },
    { key: 'zeeland', label: 'Zeeland', description: 'Provincie in landsdeel West.' },
    { key: 'noord-brabant', label: 'Noord-Brabant', description: 'Provincie in landsdeel Zuid.' },
    { key: 'limburg', label: 'Limburg', description: 'Provincie in landsdeel Zuid.' },
    {
      key: 'landelijk',
      label: 'Landelijk',
      description: 'Aanpak die in het hele land geldt of landelijk is georganiseerd, niet aan één provincie gebonden.',
    },
  ],
});

/** Province keys without `landelijk`: the twelve that appear on the map. */
export type ProvinceKey = (typeof provinces.terms)[number]['key'];

/** Landsdeel (part of the country) of each real province, for grouping. */
export const landsdelen: Record<Exclude<ProvinceKey, 'landelijk'>, 'Noord' | 'Oost' | 'West' | 'Zuid'> = {
  groningen: 'Noord',
  fryslan: 'Noord',
  drenthe: 'Noord',
  overijssel: 'Oost',
  gelderland: 'Oost',
  flevoland: 'Oost',
  utrecht: 'West',
  'noord-holland': 'West',
  'zuid-holland': 'West',
  zeeland: 'West',
  'noord-brabant': 'Zuid',
  limburg: 'Zuid',
};

/**
 * The 28 RegioPlus labour-market regions for care and welfare (CBS 2022). Keys are slugs of the
 * region name; `code` is the CBS code and `province` the main province the region lies in.
 */
export const labourMarketRegionList = [
  { key: 'groningen', code: 'RA0101', label: 'Groningen', province: 'groningen' },
  { key: 'drenthe', code: 'RA0102', label: 'Drenthe', province: 'drenthe' },
  { key: 'friesland', code: 'RA0103', label: 'Friesland', province: 'fryslan' },
  { key: 'regio-zwolle', code: 'RA0204', label: 'Regio Zwolle', province: 'overijssel' },
  { key: 'twente', code: 'RA0205', label: 'Twente', province: 'overijssel' },
  // Crosses the province border: Deventer lies in Overijssel (CBS/PDOK 2022).
  { key: 'stedendriehoek-noord-veluwe', code: 'RA0206', label: 'Stedendriehoek & Noord-Veluwe', province: 'gelderland', alsoProvinces: ['overijssel'] },
  { key: 'achterhoek', code: 'RA0207', label: 'Achterhoek', province: 'gelderland' },
  { key: 'zuid-west-gelderland', code: 'RA0308', label: 'Zuid-West Gelderland', province: 'gelderland' },
  { key: 'midden-gelderland', code: 'RA0309', label: 'Midden-Gelderland', province: 'gelderland' },
  { key: 'flevoland', code: 'RA0410', label: 'Flevoland', province: 'flevoland' },
  { key: 'gooi-en-vechtstreek', code: 'RA0511', label: 'Gooi- en Vechtstreek', province: 'noord-holland' },
  { key: 'utrecht-en-omgeving', code: 'RA0512', label: 'Utrecht en omgeving', province: 'utrecht' },
  { key: 'amersfoort-en-omgeving', code: 'RA0513', label: 'Amersfoort en omgeving', province: 'utrecht' },
  { key: 'noord-holland-noord', code: 'RA0614', label: 'Noord-Holland Noord', province: 'noord-holland' },
  { key: 'zaanstreek-en-waterland', code: 'RA0615', label: 'Zaanstreek en Waterland', province: 'noord-holland' },
  { key: 'amsterdam', code: 'RA0616', label: 'Amsterdam', province: 'noord-holland' },
  {
    key: 'amstelland-kennemerland-meerlanden',
    code: 'RA0717',
    label: 'Amstelland, Kennemerland en Meerlanden',
    province: 'noord-holland',
  },
  { key: 'rijnstreek', code: 'RA0818', label: 'Rijnstreek', province: 'zuid-holland' },
  { key: 'rijnmond', code: 'RA0919', label: 'Rijnmond', province: 'zuid-holland' },
  {
    key: 'haaglanden-nieuwe-waterweg-noord',
    code: 'RA1020',
    label: 'Haaglanden en Nieuwe Waterweg Noord',
    province: 'zuid-holland',
  },
  { key: 'zuid-holland-zuid', code: 'RA1121', label: 'Zuid-Holland Zuid', province: 'zuid-holland' },
  { key: 'zeeland', code: 'RA1222', label: 'Zeeland', province: 'zeeland' },
  { key: 'west-brabant', code: 'RA1323', label: 'West-Brabant', province: 'noord-brabant' },
  { key: 'midden-brabant', code: 'RA1324', label: 'Midden-Brabant', province: 'noord-brabant' },
  { key: 'noordoost-brabant', code: 'RA1325', label: 'Noordoost-Brabant', province: 'noord-brabant' },
  { key: 'zuidoost-brabant', code: 'RA1326', label: 'Zuidoost-Brabant', province: 'noord-brabant' },
  { key: 'noord-en-midden-limburg', code: 'RA1427', label: 'Noord- en Midden-Limburg', province: 'limburg' },
  { key: 'zuid-limburg', code: 'RA1428', label: 'Zuid-Limburg', province: 'limburg' },
] as const satisfies readonly {
  key: string;
  code: string;
  label: string;
  province: Exclude<ProvinceKey, 'landelijk'>;
  /** Other provinces the region reaches into, where a municipality lies across the border. */
  alsoProvinces?: readonly Exclude<ProvinceKey, 'landelijk'>[];
}[];

/** Labour-market regions as a vocabulary (optional facet, finer than a province). */
export const labourMarketRegions = defineVocabulary({
  field: 'labourMarketRegions',
  name: 'Arbeidsmarktregio',
  plural: 'Arbeidsmarktregio’s',
  source: 'CBS/PDOK, indeling "RegioPlus-arbeidsmarktregio’s" 2022 (28 regio’s).',
  terms: labourMarketRegionList.map((region) => ({
    key: region.key,
    label: region.label,
    description: `Arbeidsmarktregio zorg en welzijn ${region.label} (CBS-code ${region.code}), hoofdzakelijk in de provincie ${provinces.terms.find((p) => p.key === region.province)!.label}.`,
  })),
});

/** The ten branches of care and welfare used by the AZW research programme. */
export const sectors = defineVocabulary({
  field: 'sectors',
  name: 'Sector',
  plural: 'Sectoren',
  source: 'CBS, "Welke branches vallen onder de sector zorg en welzijn" (indeling van het AZW-programma).',
  terms: [
    { key: 'umc', label: 'Universitair medische centra', description: 'De academische ziekenhuizen, waar zorg, onderwijs en onderzoek samenkomen.' },
    { key: 'ziekenhuizen', label: 'Ziekenhuizen en overige medisch specialistische zorg', description: 'Algemene en categorale ziekenhuizen en andere medisch-specialistische zorg buiten de umc’s.' },
    { key: 'ggz', label: 'Geestelijke gezondheidszorg', description: 'Zorg en behandeling bij psychische klachten en aandoeningen.' },
    { key: 'huisartsenzorg', label: 'Huisartsen en gezondheidscentra', description: 'De eerste lijn: huisartsenpraktijken en gezondheidscentra.' },
    { key: 'vvt', label: 'Verpleging, verzorging en thuiszorg', description: 'Verpleeghuizen, verzorgingshuizen en thuiszorg (VVT), vaak ouderenzorg.' },
    { key: 'gehandicaptenzorg', label: 'Gehandicaptenzorg', description: 'Zorg en begeleiding voor mensen met een verstandelijke, lichamelijke of zintuiglijke beperking.' },
    { key: 'jeugdzorg', label: 'Jeugdzorg', description: 'Hulp aan kinderen, jongeren en gezinnen bij opvoed- en opgroeiproblemen.' },
    { key: 'sociaal-werk', label: 'Sociaal werk', description: 'Welzijnswerk, maatschappelijk werk en maatschappelijke opvang.' },
    { key: 'kinderopvang', label: 'Kinderopvang', description: 'Dagopvang, buitenschoolse opvang en peuterwerk.' },
    { key: 'overige-zorg-welzijn', label: 'Overige zorg en welzijn', description: 'Wat buiten de andere branches valt, zoals apotheken, laboratoria en andere zorgaanbieders.' },
    { key: 'niet-vermeld', label: 'Niet vermeld in de bronnen', description: 'Geen van de bronnen zegt in welke branche het voorbeeld speelt. De redactie vult hier nooit een schatting in.' },
  ],
});

/** What a case acts on: the influencing factors from the 2021 report and the hbo article. */
export const factors = defineVocabulary({
  field: 'factors',
  name: 'Factor',
  plural: 'Factoren',
  source:
    'De eerste zeven factoren komen uit "Drie scenario’s voor stages in de zorg" (2021); de laatste vier uit de tekst van datzelfde rapport en uit het artikel van hbo medezeggenschap over de kwaliteit van stages.',
  terms: [
    { key: 'begeleidingstijd', label: 'Beschikbare begeleidingstijd', description: 'Hoeveel tijd begeleiders op de werkvloer echt hebben voor studenten, naast hun eigen werk.' },
    { key: 'begeleiders', label: 'Kwaliteit en rol van begeleiders', description: 'Wie begeleidt, hoe goed toegerust en met welke rol: praktijkopleiders, werkbegeleiders, docenten.' },
    { key: 'lagere-niveaus-jongerejaars', label: 'Stages voor lagere niveaus en jongerejaars', description: 'De bereidheid om ook studenten op mbo-niveau 1 tot 3 en eerstejaars een plek te geven.' },
    { key: 'bekostiging', label: 'Bekostiging', description: 'Wie de kosten van stages en begeleiding draagt, en met welke regeling of subsidie.' },
    { key: 'regionale-samenwerking', label: 'Regionale samenwerking en coördinatie', description: 'Afspraken tussen scholen en zorgorganisaties in een regio over verdeling, planning en kwaliteit van stages.' },
    { key: 'leerklimaat', label: 'Leerklimaat en leerbeleid', description: 'Of een organisatie leren op de werkvloer wil, organiseert en ruimte geeft.' },
    { key: 'regionale-verschillen', label: 'Regionale verschillen', description: 'Verschillen tussen regio’s in vraag en aanbod van stageplaatsen, bijvoorbeeld tussen stad en platteland.' },
    { key: 'sociale-veiligheid', label: 'Sociale veiligheid', description: 'Of studenten zich veilig voelen, ongewenst gedrag kunnen melden en daarbij gesteund worden.' },
    { key: 'theorie-praktijk', label: 'Aansluiting tussen school en praktijk', description: 'Hoe goed wat op school geleerd wordt past bij wat de praktijk vraagt, en andersom.' },
    { key: 'beeldvorming', label: 'Beeld van het beroep en de branche', description: 'Hoe aantrekkelijk studenten een branche of beroep vinden, en wat zij ervan weten.' },
    { key: 'regelgeving', label: 'Regels en flexibiliteit', description: 'Urennormen, erkenning van leerbedrijven, stageduur en andere regels die stages ruimer of krapper maken.' },
  ],
});

/** What a case tries to improve: the report's three research themes plus binding. */
export const aims = defineVocabulary({
  field: 'aims',
  name: 'Doel',
  plural: 'Doelen',
  source: 'De drie onderzoeksthema’s van "Drie scenario’s voor stages in de zorg" (2021), aangevuld met binding.',
  terms: [
    { key: 'kwaliteit', label: 'Kwaliteit van stages', description: 'Betere begeleiding, betere leerervaringen en een betere aansluiting op het beroep.' },
    { key: 'capaciteit', label: 'Aantal stageplaatsen', description: 'Meer stageplaatsen, of beter gebruik van de plaatsen die er zijn.' },
    { key: 'uitval', label: 'Minder uitval', description: 'Minder studenten die hun stage of opleiding voortijdig afbreken.' },
    { key: 'binding', label: 'Binding aan regio of branche', description: 'Studenten na hun opleiding behouden voor de regio, de organisatie of de zorg.' },
  ],
});

/** The three scenarios of the 2021 report. */
export const scenarios = defineVocabulary({
  field: 'scenarios',
  name: 'Scenario',
  plural: 'Scenario’s',
  source: 'De drie scenario’s uit "Drie scenario’s voor stages in de zorg" (ResearchNed en ECBO, 2021).',
  terms: [
    { key: 'iro', label: 'Integraal regionaal opleidingsprogramma', description: 'Lange termijn: alle scholen en stagebieders in een regio dragen samen verantwoordelijkheid voor voldoende en goede stages.' },
    { key: 'innovatief-opleiden', label: 'Versterken innovatief opleiden in de zorg', description: 'Middellange termijn: bestaande, succesvolle praktijkinitiatieven versterken en verspreiden.' },
    { key: 'corona', label: 'Handvatten coronagerelateerde stageproblematiek', description: 'Korte termijn: oplossingen voor stageproblemen door de coronapandemie.' },
  ],
});

/** The kind of intervention: exactly one per case. */
export const interventionTypes = defineVocabulary({
  field: 'type',
  name: 'Type aanpak',
  plural: 'Typen aanpak',
  source: 'Indeling van deze praktijkbank, afgeleid van de voorbeelden in de twee brondocumenten.',
  terms: [
    { key: 'ketenstage', label: 'Ketenstage en roulatie', description: 'De student loopt stage bij meerdere schakels van de zorgketen na elkaar.' },
    { key: 'gildeleren', label: 'Gildeleren en leren in de praktijk', description: 'Studenten van verschillende jaren en niveaus leren samen op de werkvloer, ouderejaars helpen jongerejaars.' },
    { key: 'leerafdeling', label: 'Leerafdeling en Zorg Innovatie Centrum', description: 'Een afdeling die is ingericht om een groep studenten samen te laten leren en werken.' },
    { key: 'hybride-docentschap', label: 'Hybride docentschap en hybride leeromgeving', description: 'Mensen die zowel in het onderwijs als in de zorg werken, of leren op een plek die beide combineert.' },
    { key: 'matching', label: 'Regionale matching van stageplaatsen', description: 'Een gezamenlijk systeem of platform dat vraag en aanbod van stageplaatsen in een regio koppelt.' },
    { key: 'opleidingsbedrijf', label: 'Opleidingsbedrijf en leerwerkroute', description: 'Een aparte organisatie of route die studenten in dienst neemt of plaatst bij meerdere werkgevers.' },
    { key: 'regionaal-netwerk', label: 'Regionaal opleidingsnetwerk en bestuursakkoord', description: 'Een netwerk of convenant van scholen en zorgorganisaties met afspraken op bestuursniveau.' },
    { key: 'flexibele-stage', label: 'Flexibele stagevormen', description: 'Korte stages, stages buiten de schoolperiodes, op een ongewone plek, snuffelstages.' },
    { key: 'begeleidersondersteuning', label: 'Ondersteuning en scholing van begeleiders', description: 'Scholing, coaching, intervisie of extra mensen om begeleiders te ontlasten of te versterken.' },
    { key: 'kwaliteitsmonitor', label: 'Kwaliteitsmonitoring van de leerplek', description: 'Een instrument of structuur die de kwaliteit van stages meet en bespreekt.' },
    { key: 'crisisaanpak', label: 'Crisisaanpak', description: 'Een taskforce of inzet van studenten bij testen of vaccineren tijdens een crisis.' },
    { key: 'praktijkleren-op-school', label: 'Praktijklokalen en simulatie', description: 'Praktijk oefenen op school, in praktijklokalen of met simulatie.' },
    { key: 'financiering', label: 'Financieringsregeling', description: 'Een subsidie of fonds dat stageplaatsen of begeleiding bekostigt.' },
    { key: 'capaciteitsbeleid', label: 'Toelatings- en capaciteitsbeleid', description: 'Het aantal studenten afstemmen op het aantal stageplaatsen, zoals een numerus fixus.' },
    { key: 'meldroute', label: 'Meldroutes en vertrouwenspersonen', description: 'Een veilige plek om ongewenst gedrag tijdens de stage te melden.' },
  ],
});

/** Education levels. */
export const levels = defineVocabulary({
  field: 'levels',
  name: 'Onderwijsniveau',
  plural: 'Onderwijsniveaus',
  source: 'Rijksoverheid, "Opleidingen, niveaus en leerwegen in het mbo"; hbo en wo volgens de gangbare indeling.',
  terms: [
    { key: 'mbo-1', label: 'mbo 1 (Entree)', description: 'Entreeopleiding: assistentniveau, geeft nog geen startkwalificatie.' },
    { key: 'mbo-2', label: 'mbo 2', description: 'Basisberoepsopleiding, zoals Helpende Zorg en Welzijn.' },
    { key: 'mbo-3', label: 'mbo 3', description: 'Vakopleiding, zoals Verzorgende-IG.' },
    { key: 'mbo-4', label: 'mbo 4', description: 'Middenkader- of specialistenopleiding, zoals mbo-Verpleegkundige.' },
    { key: 'mbo', label: 'mbo, niveau niet vermeld', description: 'De bronnen noemen mbo-studenten, maar niet op welk niveau (1 tot 4). Wie het niveau kent, vult het aan.' },
    { key: 'hbo', label: 'hbo-bachelor', description: 'Hbo-bacheloropleidingen, zoals hbo-Verpleegkunde.' },
    { key: 'hbo-master', label: 'hbo-master', description: 'Masteropleidingen in het hbo, zoals Advanced Nursing Practice en Physician Assistant.' },
    { key: 'wo', label: 'wo en medische vervolgopleidingen', description: 'Universitaire opleidingen, waaronder geneeskunde, coschappen en medische vervolgopleidingen.' },
    { key: 'niet-vermeld', label: 'Niet vermeld in de bronnen', description: 'Geen van de bronnen noemt het opleidingsniveau van de studenten. De redactie vult hier nooit een schatting in.' },
  ],
});

/** Learning routes (optional). */
export const routes = defineVocabulary({
  field: 'routes',
  name: 'Leerweg',
  plural: 'Leerwegen',
  source: 'Rijksoverheid, "Opleidingen, niveaus en leerwegen in het mbo"; hbo-varianten volgens de gangbare indeling.',
  terms: [
    { key: 'bol', label: 'bol', description: 'Beroepsopleidende leerweg: vooral school, met stages.' },
    { key: 'bbl', label: 'bbl', description: 'Beroepsbegeleidende leerweg: vooral werken bij een erkend leerbedrijf, ongeveer een dag per week school.' },
    { key: 'voltijd', label: 'voltijd', description: 'Voltijdopleiding in het hbo.' },
    { key: 'deeltijd', label: 'deeltijd', description: 'Deeltijdopleiding, vaak naast werk.' },
    { key: 'duaal', label: 'duaal', description: 'Duale opleiding: leren en werken tegelijk, in het hbo.' },
    { key: 'zij-instroom', label: 'zij-instroom', description: 'Route voor mensen die vanuit een ander beroep de zorg in gaan.' },
    { key: 'niet-vermeld', label: 'Niet vermeld in de bronnen', description: 'Geen van de bronnen noemt de leerweg. De redactie vult hier nooit een schatting in.' },
  ],
});

/** Where a case stands now. */
export const statuses = defineVocabulary({
  field: 'status',
  name: 'Status',
  plural: 'Statussen',
  source: 'Indeling van deze praktijkbank.',
  terms: [
    { key: 'idee', label: 'Idee', description: 'Voorgesteld of in voorbereiding, nog niet uitgevoerd.' },
    { key: 'pilot', label: 'Pilot', description: 'Wordt op kleine schaal of tijdelijk uitgeprobeerd.' },
    { key: 'lopend', label: 'Lopend', description: 'Loopt als gewone werkwijze.' },
    { key: 'afgerond', label: 'Afgerond', description: 'Volgens plan beëindigd, bijvoorbeeld omdat een project met een vaste looptijd afliep.' },
    { key: 'gestopt', label: 'Gestopt', description: 'Gestopt zonder dat een geplande einddatum bekend is: eerder dan bedoeld, mislukt, of opgegaan in iets anders. De reden staat erbij; gestopt is niet altijd mislukt.' },
  ],
});

/** What the sources say happened, with respectful words for failure. */
export const outcomes = defineVocabulary({
  field: 'outcome',
  name: 'Uitkomst',
  plural: 'Uitkomsten',
  source: 'Indeling van deze praktijkbank; de uitkomst volgt wat de geciteerde bronnen melden.',
  terms: [
    { key: 'werkt', label: 'Werkt', description: 'De bronnen melden positieve resultaten.' },
    { key: 'veelbelovend', label: 'Veelbelovend', description: 'Er zijn eerste positieve signalen, maar nog geen stevige resultaten.' },
    { key: 'gemengd', label: 'Gemengd', description: 'Werkt deels, of voor sommige studenten of organisaties wel en voor andere niet.' },
    { key: 'werkt-niet', label: 'Werkte niet zoals bedoeld', description: 'Het beoogde effect bleef uit of de aanpak is mislukt; de lessen staan erbij.' },
    { key: 'onbekend', label: 'Nog onbekend', description: 'De bronnen zeggen (nog) niets over resultaten.' },
  ],
});

/** How much is known: a ladder from described to effect studied. */
export const evidenceLevels = defineVocabulary({
  field: 'evidence',
  name: 'Bewijskracht',
  plural: 'Niveaus van bewijskracht',
  source:
    'Een ladder in de geest van het Nederlandse erkenningstraject (goed beschreven, goed onderbouwd, effectief), toegesneden op organisatorische aanpakken.',
  terms: [
    { key: 'beschreven', label: 'Beschreven', description: 'Beschreven door betrokkenen of in één zin in een rapport.' },
    { key: 'gedocumenteerd', label: 'Gedocumenteerd', description: 'Openbaar beschreven met bronnen die iedereen kan nalezen.' },
    { key: 'gemonitord', label: 'Gemonitord', description: 'Er zijn over langere tijd cijfers verzameld.' },
    { key: 'geevalueerd', label: 'Geëvalueerd', description: 'Er is een proces- of uitkomstevaluatie gedaan.' },
    { key: 'effect-onderzocht', label: 'Effect onderzocht', description: 'Het effect is onderzocht met een vergelijking, bijvoorbeeld met een controlegroep.' },
  ],
});

/** How well this catalogue checked the facts of a case. */
export const verificationLevels = defineVocabulary({
  field: 'verification',
  name: 'Verificatie',
  plural: 'Verificatieniveaus',
  source: 'Indeling van deze praktijkbank.',
  terms: [
    {
      key: 'geverifieerd',
      label: 'Geverifieerd',
      description:
        'Elke alinea verwijst naar een bron, elk genoemd kenmerk (provincie, sector, niveau, leerweg) heeft een bron in facetBasis, en de redactie heeft elke webbron gelezen (met datum). De controle weigert dit niveau als dat niet zo is.',
    },
    { key: 'deels', label: 'Deels geverifieerd', description: 'Elke alinea verwijst naar een bron, maar niet elk kenmerk of elke webbron is door de redactie nagelopen.' },
    { key: 'te-verifieren', label: 'Te verifiëren', description: 'Het voorbeeld rust op een korte vermelding in een bron; iemand die het voorbeeld kent moet het aanvullen en controleren.' },
  ],
});

/** Role of an organisation in a case. */
export const organisationRoles = defineVocabulary({
  field: 'organisations.role',
  name: 'Rol',
  plural: 'Rollen',
  source: 'Indeling van deze praktijkbank.',
  terms: [
    { key: 'onderwijs', label: 'Onderwijs', description: 'Een school, hogeschool of universiteit.' },
    { key: 'zorg', label: 'Zorg', description: 'Een zorg- of welzijnsorganisatie.' },
    { key: 'overheid', label: 'Overheid', description: 'Een ministerie, provincie, gemeente of andere overheid.' },
    { key: 'netwerk', label: 'Netwerk', description: 'Een regionaal of landelijk samenwerkingsverband.' },
    { key: 'overig', label: 'Overig', description: 'Een andere rol, zoals onderzoeksbureau of fonds.' },
  ],
});

/** Who says a case worked (or did not): the initiative itself, or someone independent of it. */
export const outcomeBasisKinds = defineVocabulary({
  field: 'outcomeBasis.by',
  name: 'Wie zegt dat',
  plural: 'Wie zegt dat',
  source: 'Indeling van deze praktijkbank.',
  terms: [
    {
      key: 'initiatiefnemer',
      label: 'Volgens de initiatiefnemers',
      description: 'De uitkomst komt uit wat de organisaties achter het voorbeeld zelf (of hun netwerk) vertellen: een eigen verslag, nieuwsbericht of cijfers.',
    },
    {
      key: 'onafhankelijk',
      label: 'Volgens onafhankelijk onderzoek',
      description: 'De uitkomst komt uit onderzoek of een evaluatie door mensen die niet bij het voorbeeld betrokken zijn.',
    },
  ],
});

/** What a scale figure counts. */
export const scaleUnits = defineVocabulary({
  field: 'scale.unit',
  name: 'Eenheid',
  plural: 'Eenheden',
  source: 'Indeling van deze praktijkbank.',
  terms: [
    { key: 'studenten', label: 'studenten', description: 'Studenten of leerlingen die meededen.' },
    { key: 'stageplaatsen', label: 'stageplaatsen', description: 'Stage- of leerwerkplaatsen.' },
    { key: 'organisaties', label: 'organisaties', description: 'Deelnemende scholen, zorgorganisaties of andere partijen.' },
    { key: 'begeleiders', label: 'begeleiders', description: 'Praktijkbegeleiders, werkbegeleiders of coaches.' },
    { key: 'locaties', label: 'locaties', description: 'Afdelingen, vestigingen of leerplekken.' },
  ],
});

/** What an effort figure is about. */
export const effortKinds = defineVocabulary({
  field: 'effort.kind',
  name: 'Soort inzet',
  plural: 'Soorten inzet',
  source: 'Indeling van deze praktijkbank.',
  terms: [
    { key: 'geld', label: 'Geld', description: 'Een bedrag, een subsidie of een fonds.' },
    { key: 'mensen', label: 'Mensen', description: 'Hoeveel mensen of formatie (fte) ervoor nodig waren.' },
    { key: 'tijd', label: 'Tijd', description: 'Uren of dagen, bijvoorbeeld voor begeleiding of voorbereiding.' },
    { key: 'overig', label: 'Overig', description: 'Andere inzet, zoals ruimte of materiaal.' },
  ],
});

/** The key used in sectors, levels and routes when no source states the value. */
export const NOT_STATED = 'niet-vermeld';

/** The facets that have their own pages and filters, in the order the site shows them. */
export const facets = {
  provinces,
  sectors,
  factors,
  type: interventionTypes,
  levels,
  aims,
  scenarios,
  status: statuses,
  outcome: outcomes,
  evidence: evidenceLevels,
} as const;

/** Outcomes and statuses that mark a case as a lesson from failure (shown on /lessen/). */
export const failureOutcomes = ['werkt-niet', 'gemengd'] as const;
