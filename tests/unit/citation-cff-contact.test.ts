import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { withCffContact } from '../../src/lib/citation-cff';

const current = readFileSync('CITATION.cff', 'utf8');

describe('withCffContact', () => {
  test.each([
    [{}, undefined], // nothing set: no contact, nothing invented
    [{ publisher: 'Stichting X' }, [{ name: 'Stichting X' }]],
    [{ publisher: 'Stichting X', contact: 'Redacteur data', contactEmail: 'data@example.org' }, [{ name: 'Stichting X' }, { name: 'Redacteur data', email: 'data@example.org' }]],
    [{ publisher: 'Stichting X', contactEmail: 'data@example.org' }, [{ name: 'Stichting X', email: 'data@example.org' }]], // e-mail with the publisher
  ])('settings %j give contact %j', (settings, contact) => {
    const cff = parse(withCffContact(current, settings)) as Record<string, unknown>;
    expect(cff.contact).toEqual(contact);
    expect(cff.title).toBe((parse(current) as Record<string, unknown>).title);
  });

  test('keeps the Dutch comments at the top and gives the same text back when nothing is set', () => {
    expect(withCffContact(current, {})).toBe(current);
  });
});
