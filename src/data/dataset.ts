/**
 * The downloadable data set: file names under /data/ and the facts cases.json starts with. The
 * /data/ page, the endpoints and the tests all read this list.
 */
import { site } from './site';

/** A file under /data/. */
export interface DataFile {
  file: string;
  label: string;
  mediaType: string;
  description: string;
}

/** Every data file, in the order /data/ lists them. */
export const dataFiles = {
  json: {
    file: 'cases.json',
    label: 'Alle voorbeelden als JSON',
    mediaType: 'application/json',
    description: 'Elk voorbeeld met alle velden uit de frontmatter, plus slug en webadres. Voor wie met code verder werkt.',
  },
  csv: {
    file: 'cases.csv',
    label: 'Alle voorbeelden als CSV',
    mediaType: 'text/csv',
    description: 'Eén rij per voorbeeld, kolommen gescheiden door komma’s (internationale standaard, voor R, Python en Excel via Gegevens › Van tekst/CSV).',
  },
  csvExcel: {
    file: 'cases-excel-nl.csv',
    label: 'Alle voorbeelden als CSV voor Nederlandse Excel',
    mediaType: 'text/csv',
    description: 'Dezelfde gegevens met puntkomma’s tussen de kolommen, zodat Excel met Nederlandse instellingen het bestand met dubbelklikken goed opent.',
  },
  schema: {
    file: 'schema.json',
    label: 'JSON Schema',
    mediaType: 'application/schema+json',
    description: 'Beschrijft cases.json: de gegevens van de dataset en per voorbeeld de velden en toegestane waarden, gemaakt uit hetzelfde schema waarmee de site elk voorbeeld controleert.',
  },
} as const satisfies Record<string, DataFile>;

/** Title of the data set, as cited. */
export const datasetTitle = `${site.name}: praktijkvoorbeelden van stages in zorgopleidingen`;
