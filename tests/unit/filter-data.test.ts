import { describe, expect, test } from 'vitest';
import { filterFacets } from '../../src/data/filter-facets';
import { valuesOf } from '../../src/lib/cases';
import { buildCardChunks, buildFilterData, chunkOf, decodeFilterItems } from '../../src/lib/filter-data';
import { evidenceNote, statusText } from '../../src/lib/evidence-text';
import { readCatalogue } from '../fixtures/catalogue';

const records = readCatalogue();

describe('buildFilterData and decodeFilterItems', () => {
  test('give back every key of every filter facet of every real case', () => {
    const items = decodeFilterItems(buildFilterData(records, filterFacets));
    expect(items).toHaveLength(records.length);
    records.forEach((record, i) => {
      for (const facet of filterFacets) expect(items[i]!.values[facet.param], `${record.slug} ${facet.param}`).toEqual([...valuesOf(record, facet.field)]);
      expect(items[i]!.index).toBe(i);
    });
  });

  test('write one short string per case, facets separated by dots', () => {
    const data = buildFilterData(records, filterFacets);
    expect(data.items.every((item) => item.split('.').length === filterFacets.length)).toBe(true);
    // A few characters per value: about 20 bytes per case, so 5,000 cases stay near 100 KB.
    expect(JSON.stringify(data.items).length / records.length).toBeLessThan(40);
  });
});

describe('buildCardChunks and chunkOf', () => {
  test.each([
    // position 0 is in file 1
    [0, 50, 1],
    [49, 50, 1],
    // the next file starts at the chunk size
    [50, 50, 2],
    [4999, 50, 100],
  ])('case at %i with %i per file is in file %i', (index, size, file) => {
    expect(chunkOf(index, size)).toBe(file);
  });

  test('split the card text into files of the chunk size, in the given order', () => {
    const chunks = buildCardChunks(records, 20);
    expect(chunks).toHaveLength(Math.ceil(records.length / 20));
    expect(chunks.slice(0, -1).every((c) => c.length === 20)).toBe(true);
    expect(chunks.flat().map((c) => c.slug)).toEqual(records.map((r) => r.slug));
    expect(chunks[0]![0]).toEqual({
      slug: records[0]!.slug,
      title: records[0]!.data.title,
      summary: records[0]!.data.summary,
      status: statusText(records[0]!.data),
      evidence: evidenceNote(records[0]!.data),
    });
  });
});
