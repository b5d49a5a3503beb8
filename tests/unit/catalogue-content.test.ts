/**
 * Invariants of the real catalogue in content/cases/: the examples the source texts name are all
 * there, failures are present and carry lessons, and every case is sourced.
 */
import { describe, expect, test } from 'vitest';
import { labourMarketRegionList } from '../../src/data/vocabularies';
import { isLessonCase } from '../../src/lib/cases';
import { readCatalogue } from '../fixtures/catalogue';

const records = readCatalogue();
const slugs = records.map((r) => r.slug);

/** Every practice example named in the two source texts (issue #4, list 1). */
const fromSourceTexts = [
  'ketenstage-student-volgt-client',
  'gildeleren-umcg',
  'zorg-innovatie-centra-en-leerafdelingen',
  'rob-op-stage-utrecht',
  'stagemonitor-rotterdam',
  'netwerk-som-noord-nederland',
  'ep-monitor-radboudumc',
  'onderwijs-en-opleidingsregios',
  'opleidingsbedrijf-naar-model-bouwmensen',
  'hybride-docentschap',
  'stagiairs-dagbehandelcentrum-erasmus-mc',
  'flexibele-stages',
  'ondersteuning-praktijkbegeleiders',
  'taskforce-stages-deltion',
  'studenten-bij-testen-en-vaccineren',
  'meer-praktijklokalen-op-school',
  'regionale-herplaatsing-tijdens-corona',
  'vervangende-stages-en-projecten',
  'opleiden-52-weken-bernhoven',
  'huisartsenpraktijk-leidt-assistenten-op',
  'raat-rapportages',
  'gestructureerde-begeleiding-portfolio-driegesprekken',
  'reflectiedagen-en-casusbesprekingen',
  'peer-coaching-en-e-supervisie',
  'meldroutes-en-vertrouwenspersonen',
];

/** The further well-sourced examples of the fact sheet (issue #4, list 2). */
const fromFactSheet = [
  'netwerk-zon',
  'stagematching-twente',
  'plaatsingsconvenant-nijmegen',
  'zic-etz',
  'zic-alrijne',
  'zic-antes-ggz',
  'mbo-zin-tilburg',
  'leerafdelingen-rijnmond',
  'gilde-twaalf-hoven-winsum',
  'gilde-parkheem-stadskanaal',
  'gilde-meander-veendam',
  'warande-gilde-zeist',
  'gilde-leren-amsta-amsterdam',
  'gilde-leren-de-schutse-coevorden',
  'persoonlijke-coach-erasmus-mc',
  'nationale-zorgklas',
  'sboh-werkgever-aios',
  'leerwerktraject-albeda-careyn-reinier-de-graaf',
  'ziekenhuisroute-radboudumc-han',
  'stagefonds-subsidieregeling-stageplaatsen-zorg',
  'zomerstages-oost-nederland',
  'zorgpact-koplopers',
  'extern-matchingsysteem-twente',
  'numerus-fixus-verpleegkunde-hanzehogeschool',
  'raat-limburg',
];

/** Failure, stopped or mixed cases whose failure or stop a source attests (6 after the re-check of #10; 16 after #11). */
const FAILURES_AT_LEAST = 15;
/** Issue #11: the catalogue holds at least this many cases, with one set in every labour-market region. */
const CASES_AT_LEAST = 100;

const words = (text: string) => text.replace(/^#+ .*$/gm, '').split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;

describe('the catalogue', () => {
  test(`holds at least ${CASES_AT_LEAST} published cases`, () => {
    expect(records.filter((r) => !r.data.draft).length).toBeGreaterThanOrEqual(CASES_AT_LEAST);
  });

  test.each(labourMarketRegionList.map((r) => r.key))('has a case set in the labour-market region %s', (region) => {
    expect(records.some((r) => !r.data.draft && r.data.labourMarketRegions?.includes(region))).toBe(true);
  });

  test.each(fromSourceTexts)('holds the example from the source texts: %s', (slug) => {
    expect(slugs).toContain(slug);
  });

  test.each(fromFactSheet)('holds the example from the fact sheet: %s', (slug) => {
    expect(slugs).toContain(slug);
  });

  test('failure or stopped cases each have a lesson resting on a source (and a reason when stopped)', () => {
    const failures = records.filter(isLessonCase);
    // After the re-check against the sources (issue #10) fewer cases are failures: only what a source attests.
    expect(failures.length).toBeGreaterThanOrEqual(FAILURES_AT_LEAST);
    for (const record of failures) {
      expect(record.data.lessons.some((lesson) => lesson.basis.some((key) => key !== 'redactie')), record.slug).toBe(true);
      if (record.data.status === 'gestopt') expect(record.data.stopReason, record.slug).toBeTruthy();
    }
  });

  test('every outcome other than onbekend says which sources show it and who says so', () => {
    for (const record of records.filter((r) => r.data.outcome !== 'onbekend')) {
      const keys = record.data.sources.map((s) => s.key);
      expect(record.data.outcomeBasis, record.slug).toBeDefined();
      for (const key of record.data.outcomeBasis!.sources) expect(keys, record.slug).toContain(key);
    }
  });

  test('every case has at least one source, and every source a title', () => {
    for (const record of records) {
      expect(record.data.sources.length, record.slug).toBeGreaterThan(0);
      for (const source of record.data.sources) expect(source.title.trim().length, record.slug).toBeGreaterThan(2);
    }
  });

  test('no two cases share a title', () => {
    const titles = records.map((r) => r.data.title.toLowerCase());
    expect(titles.filter((t, i) => titles.indexOf(t) !== i)).toEqual([]);
  });

  test('every body is 60 to 900 words, with the conventional H2 sections in order and extra ones only between Aanpak and Resultaten', () => {
    // Lessons and conditions are frontmatter now; unsupported sentences were removed, so some bodies are short.
    const order = ['Aanleiding', 'Aanpak', 'Resultaten', 'Meer weten'];
    for (const record of records) {
      const count = words(record.body);
      expect(count, `${record.slug}: ${count} woorden`).toBeGreaterThanOrEqual(60);
      expect(count, `${record.slug}: ${count} woorden`).toBeLessThanOrEqual(900);
      const headings = [...record.body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
      const conventional = headings.filter((h) => order.includes(h));
      expect(conventional, `${record.slug}: ${headings.join(', ')}`).toEqual(order.filter((h) => conventional.includes(h)));
      // An extra section (for example "Waarom het stopte") sits after Aanpak and before Resultaten.
      headings.forEach((h, i) => {
        if (order.includes(h)) return;
        const before = headings.slice(0, i), after = headings.slice(i + 1);
        expect(before.includes('Aanpak') && !before.includes('Resultaten') && !before.includes('Meer weten'), `${record.slug}: ${h}`).toBe(true);
        expect(after.includes('Resultaten') || after.includes('Meer weten'), `${record.slug}: ${h}`).toBe(true);
      });
    }
  });

  test('cases that only rest on a mention are marked te-verifieren or at most beschreven/gedocumenteerd', () => {
    for (const record of records.filter((r) => r.data.verification === 'te-verifieren')) {
      expect(['beschreven', 'gedocumenteerd'], record.slug).toContain(record.data.evidence);
    }
  });
});
