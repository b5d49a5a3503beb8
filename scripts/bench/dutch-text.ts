/**
 * Word banks for the benchmark's synthetic cases: Dutch-like names, sentences and lists, so the
 * search index and the pages get a realistic mix of common and rare words. Never real cases.
 */
import type { ProvinceKey } from '../../src/data/vocabularies';

/** Towns per province, to place a synthetic case and to name its organisations. */
export const townsByProvince: Record<Exclude<ProvinceKey, 'landelijk'>, readonly string[]> = {
  groningen: ['Groningen', 'Veendam', 'Stadskanaal', 'Winsum', 'Delfzijl', 'Hoogezand'],
  fryslan: ['Leeuwarden', 'Sneek', 'Heerenveen', 'Drachten', 'Dokkum'],
  drenthe: ['Assen', 'Emmen', 'Coevorden', 'Hoogeveen', 'Meppel'],
  overijssel: ['Zwolle', 'Enschede', 'Hengelo', 'Almelo', 'Deventer', 'Kampen'],
  flevoland: ['Almere', 'Lelystad', 'Emmeloord', 'Dronten'],
  gelderland: ['Arnhem', 'Nijmegen', 'Apeldoorn', 'Ede', 'Doetinchem', 'Zutphen', 'Tiel'],
  utrecht: ['Utrecht', 'Amersfoort', 'Zeist', 'Nieuwegein', 'Veenendaal'],
  'noord-holland': ['Amsterdam', 'Haarlem', 'Alkmaar', 'Hoorn', 'Hilversum', 'Den Helder', 'Zaandam'],
  'zuid-holland': ['Rotterdam', 'Den Haag', 'Leiden', 'Delft', 'Dordrecht', 'Gouda', 'Schiedam'],
  zeeland: ['Middelburg', 'Vlissingen', 'Goes', 'Terneuzen'],
  'noord-brabant': ['Eindhoven', 'Tilburg', 'Breda', 'Den Bosch', 'Helmond', 'Oss', 'Roosendaal'],
  limburg: ['Maastricht', 'Heerlen', 'Venlo', 'Roermond', 'Sittard', 'Weert'],
};

/** Ways to name an intervention of each type in a title. */
export const typeNouns: Record<string, readonly string[]> = {
  ketenstage: ['Ketenstage', 'Roulatiestage', 'Stage door de zorgketen'],
  gildeleren: ['Gildeleren', 'Leren in de praktijk', 'Gilde-unit'],
  leerafdeling: ['Leerafdeling', 'Zorg Innovatie Centrum', 'Leer-werkafdeling'],
  'hybride-docentschap': ['Hybride docenten', 'Hybride leeromgeving', 'Docent in de zorg'],
  matching: ['Regionale stagematching', 'Matchingsplatform voor stages', 'Stagebank'],
  opleidingsbedrijf: ['Opleidingsbedrijf', 'Leerwerkroute', 'Gezamenlijk leerbedrijf'],
  'regionaal-netwerk': ['Regionaal opleidingsnetwerk', 'Stageconvenant', 'Bestuursakkoord stages'],
  'flexibele-stage': ['Zomerstages', 'Korte snuffelstages', 'Avond- en weekendstages'],
  begeleidersondersteuning: ['Scholing voor werkbegeleiders', 'Intervisie voor praktijkopleiders', 'Coach op de werkvloer'],
  kwaliteitsmonitor: ['Stagemonitor', 'Kwaliteitscheck van de leerplek', 'Stagetevredenheidsmeting'],
  crisisaanpak: ['Taskforce stages', 'Studenten bij testen en vaccineren', 'Noodplan voor stages'],
  'praktijkleren-op-school': ['Praktijklokaal', 'Simulatieonderwijs', 'Skillslab'],
  financiering: ['Stagefonds', 'Subsidie voor begeleiding', 'Regionale stagepot'],
  capaciteitsbeleid: ['Numerus fixus', 'Instroom afgestemd op stageplaatsen', 'Capaciteitsafspraken'],
  meldroute: ['Meldpunt voor stagiairs', 'Vertrouwenspersoon voor studenten', 'Meldroute ongewenst gedrag'],
};

/** Name patterns for organisations by role; `{town}` and `{province}` are filled in. */
export const organisationPatterns: Record<'onderwijs' | 'zorg' | 'overheid' | 'netwerk' | 'overig', readonly string[]> = {
  onderwijs: ['ROC {town}', 'Hogeschool {town}', 'Zorgcollege {town}', 'Vakschool Zorg en Welzijn {town}'],
  zorg: ['Zorggroep {town}', 'Ziekenhuis {town}', 'Thuiszorg {town}', 'GGZ {province}', 'Stichting Zorgcentra {town}', 'Gezondheidscentrum {town}'],
  overheid: ['Gemeente {town}', 'Provincie {province}'],
  netwerk: ['Zorgnetwerk {province}', 'Regionaal Opleidingsnetwerk {town}', 'Werkgeversvereniging Zorg {province}'],
  overig: ['Onderzoeksbureau {town}', 'Fonds Zorgstages {province}'],
};

/** Sentences for the section "Aanleiding". */
export const reasonSentences: readonly string[] = [
  'In {town} hadden organisaties in de sector {sector} moeite om genoeg stageplaatsen te vinden voor studenten op {level}.',
  '{org} merkte dat {problem}.',
  'Volgens cijfers van {org2} daalde het aantal beschikbare stageplaatsen tussen {year} en {year2} met ongeveer {percent} procent.',
  'Begeleiders gaven aan dat zij naast hun eigen werk te weinig tijd hadden voor de begeleiding van {group}.',
  'Vooral {group} kwamen moeilijk aan een plek, terwijl de vraag naar personeel in de sector {sector} bleef stijgen.',
  'Het thema {factor} kwam in elk overleg tussen school en praktijk terug.',
  'De partners in {province} wilden iets doen aan {aim}, omdat {problem}.',
  'Scholen belden soms de hele regio rond om te horen of er nog ergens plek was.',
  'Uit gesprekken met studenten bleek dat {problem}.',
  'In {year} spraken {org} en {org2} af om de knelpunten samen aan te pakken.',
];

/** Sentences for the section "Aanpak". */
export const approachSentences: readonly string[] = [
  '{org} en {org2} richtten samen een {noun} in voor studenten op {level}.',
  'Elke student kreeg een vaste werkbegeleider en een docent die wekelijks langskwam op de afdeling.',
  'Studenten werkten in kleine groepen van {small} tot {small2} personen, met ouderejaars als maatje voor eerstejaars.',
  'De begeleiding werd verdeeld over meer collega’s, zodat niemand er alleen voor stond.',
  'Eens per {period} bespraken school en praktijk de voortgang en de knelpunten.',
  'Voor {factor} kwam een aparte werkgroep met mensen uit onderwijs en zorg.',
  'De opleiding paste het rooster aan, zodat studenten ook in de zomer en in de avonduren konden leren.',
  'Werkbegeleiders volgden een korte scholing van {small} dagdelen over feedback geven en beoordelen.',
  'In het eerste jaar deden {number} studenten en {small2} afdelingen mee.',
  'De aanpak begon klein op één locatie in {town} en werd daarna uitgebreid naar andere locaties in {province}.',
];

/** Bullet points in "Aanpak". */
export const approachBullets: readonly string[] = [
  'Vaste afspraken over het aantal uren begeleiding per week.',
  'Een gezamenlijk rooster voor school en praktijk.',
  'Intervisie voor werkbegeleiders, eens per maand.',
  'Een kort leerplan per stageperiode met drie tot vijf leerdoelen.',
  'Een startbijeenkomst voor alle nieuwe studenten.',
  'Een vaste contactpersoon bij de school die snel bereikbaar is.',
  'Een eindgesprek met student, begeleider en docent samen.',
  'Een digitaal overzicht van alle beschikbare stageplaatsen in de regio.',
  'Extra aandacht voor studenten op de lagere niveaus en jongerejaars.',
  'Een meldpunt voor studenten die zich niet veilig voelen op hun stage.',
];

/** Sentences for the section "Resultaten", by outcome key. */
export const resultSentences: Record<string, readonly string[]> = {
  werkt: [
    'Het aantal stageplaatsen steeg van {number} naar {number2} in twee jaar.',
    'De uitval tijdens de stage daalde met ongeveer {percent} procent.',
    'Studenten gaven de begeleiding gemiddeld een {grade} in de jaarlijkse enquête.',
    'Een groot deel van de studenten bleef na de opleiding werken in de sector {sector} in {province}.',
  ],
  veelbelovend: [
    'De eerste ervaringen zijn positief, maar harde cijfers zijn er nog niet.',
    'Begeleiders zeggen dat de werkdruk minder voelt, al is dat nog niet gemeten.',
    'In de eerste groep van {small2} studenten maakte iedereen de stage af.',
  ],
  gemengd: [
    'Op sommige afdelingen werkte de aanpak goed, op andere liep het stroef.',
    'Voor studenten op {level} was het een verbetering, voor ouderejaars minder.',
    'Het aantal plaatsen steeg, maar de tevredenheid van begeleiders daalde.',
  ],
  'werkt-niet': [
    'Het beoogde effect bleef uit: het aantal stageplaatsen bleef gelijk.',
    'Na {small} maanden haakten de eerste afdelingen af, omdat de begeleiding te veel tijd kostte.',
    'De partners stopten met de aanpak en zochten een andere oplossing.',
  ],
  onbekend: [
    'Over de resultaten is in de bronnen niets gevonden.',
    'Of de aanpak meer stageplaatsen opleverde, is niet onderzocht.',
    'Wie de resultaten kent, kan dit voorbeeld aanvullen.',
  ],
};

/** Sentences for "Randvoorwaarden". */
export const conditionSentences: readonly string[] = [
  'Er is een vaste coördinator die tijd heeft om school en praktijk te verbinden.',
  'Het management van de zorgorganisatie steunt de aanpak en maakt uren vrij.',
  'School en praktijk spreken dezelfde taal over leerdoelen en beoordeling.',
  'Er is geld voor de eerste jaren, tot de aanpak zichzelf terugverdient.',
  'Werkbegeleiders krijgen scholing en erkenning voor hun rol.',
  'De regio heeft een overleg waar scholen en zorgorganisaties elkaar regelmatig zien.',
];

/** Lessons, for cases that must have them. */
export const lessonSentences: readonly string[] = [
  'Begin klein, leer van de eerste groep en breid daarna pas uit.',
  'Leg afspraken over begeleidingsuren vast voordat de eerste studenten komen.',
  'Betrek werkbegeleiders vanaf het begin bij het ontwerp van de aanpak.',
  'Een aanpak die alleen op subsidie draait, stopt als de subsidie stopt.',
  'Zonder vaste contactpersoon bij de school lopen problemen te lang door.',
  'Vraag studenten zelf wat zij nodig hebben; zij zien knelpunten als eersten.',
];

/** Reasons why a case stopped. */
export const stopReasons: readonly string[] = [
  'De subsidie liep af en geen van de partners nam de kosten over.',
  'De coördinator vertrok en er kwam geen opvolger.',
  'Door een reorganisatie verdween de afdeling waar de studenten leerden.',
  'De deelnemende scholen kozen voor een landelijke aanpak in plaats van de regionale.',
];

/** Problems, for the slot {problem}. */
export const problems: readonly string[] = [
  'werkbegeleiders te weinig tijd hadden naast hun eigen werk',
  'eerstejaars moeilijk aan een stageplaats kwamen',
  'studenten hun stage voortijdig afbraken',
  'stageplaatsen onbenut bleven omdat niemand het overzicht had',
  'scholen elkaar beconcurreerden om dezelfde plekken',
  'studenten zich niet altijd veilig voelden op de werkvloer',
  'wat op school geleerd werd niet aansloot bij de praktijk',
  'veel studenten een verkeerd beeld hadden van werken in de ouderenzorg',
];

/** Groups of students, for the slot {group}. */
export const groups: readonly string[] = [
  'eerstejaars',
  'studenten op mbo-niveau 2 en 3',
  'bbl-studenten',
  'zij-instromers',
  'hbo-v-studenten',
  'studenten met weinig werkervaring',
];

/** Parts of a generic sentence: subject, verb, object, tail. */
export const fillerParts: readonly (readonly string[])[] = [
  [
    'De werkbegeleiders', 'De praktijkopleiders', 'Veel studenten', 'De teamleiders', 'De docenten', 'De leden van de projectgroep',
    'De stagecoördinatoren', 'Een aantal afdelingen', 'De betrokken scholen', 'De zorgorganisaties', 'De eerstejaars',
    'De ouderejaars', 'De bestuurders', 'De leden van de regiegroep', 'De begeleiders op de werkvloer', 'Cliënten en hun naasten',
  ],
  [
    'bespraken', 'evalueerden', 'verbeterden', 'planden', 'beschreven', 'ondersteunden', 'organiseerden',
    'maakten afspraken over', 'kregen meer zicht op', 'deelden ervaringen over', 'zochten samen naar', 'legden vast',
    'verdeelden', 'onderzochten', 'waardeerden',
  ],
  [
    'de leerdoelen van de stage', 'het rooster van de begeleiding', 'de overdracht tussen school en praktijk',
    'de beoordeling aan het eind van de periode', 'de verdeling van stageplaatsen', 'de werkdruk op de afdeling',
    'het inwerkprogramma', 'de wekelijkse leergesprekken', 'de reflectieverslagen', 'de kosten van extra begeleiding',
    'de ervaringen van cliënten', 'de samenwerking met de opleiding', 'de planning voor het volgende schooljaar',
    'de taakverdeling binnen het team', 'het portfolio van de student',
  ],
  [
    'in de eerste weken', 'aan het eind van elk blok', 'tijdens een gezamenlijke bijeenkomst', 'met hulp van de opleiding',
    'na elke stageperiode', 'in kleine groepen', 'samen met de student', 'op vaste momenten in het jaar',
    'zonder extra budget', 'met een eenvoudige checklist', 'in overleg met de teamleider', 'op de eigen afdeling',
  ],
];
