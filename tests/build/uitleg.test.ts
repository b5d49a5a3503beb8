import { beforeAll, describe, expect, test } from 'vitest';
import { readCaseFiles } from '../../src/lib/read-case-files';
import { page, requireBuild } from './helpers';

beforeAll(requireBuild);

describe('explanations on the facet pages (content/uitleg/)', () => {
  test('/factor/begeleidingstijd/ shows numbered references that link to its source list, and back', () => {
    const root = page('/factor/begeleidingstijd/');
    const explanation = root.querySelector('section.facet-text')!;
    expect(explanation.querySelector('h2')?.text).toBe('Waarom deze factor ertoe doet');
    const references = explanation.querySelectorAll('sup.bronverwijzing a');
    // Numbered as the sources: [1] the 2021 report, [2] the hbo medezeggenschap article.
    expect(new Set(references.map((a) => `${a.text.trim()} ${a.getAttribute('href')}`))).toEqual(
      new Set(['bron [1] #bron-scenarios-2021', 'bron [2] #bron-hbo-medezeggenschap']),
    );
    const list = explanation.querySelector('ol.source-list')!;
    for (const key of ['scenarios-2021', 'hbo-medezeggenschap']) {
      const item = list.querySelector(`li#bron-${key}`);
      expect(item, key).not.toBeNull();
      // Every reference in the text has a link back from its source, to an element that exists.
      const back = item!.querySelectorAll('.source-list__back a').map((a) => a.getAttribute('href')!.slice(1));
      const cited = references.filter((a) => a.getAttribute('href') === `#bron-${key}`).map((a) => a.getAttribute('id'));
      expect(back).toEqual(cited);
      expect(back.filter((id) => !root.getElementById(id))).toEqual([]);
    }
    expect(list.querySelector('li#bron-scenarios-2021')!.text).toContain('Drie scenario’s voor stages in de zorg');
  });

  test('a paragraph the editors wrote themselves is marked as such', () => {
    const editorial = page('/factor/leerklimaat/').querySelectorAll('section.facet-text .redactie');
    expect(editorial.map((p) => p.querySelector('strong')?.text)).toEqual(['Redactie:']);
  });

  test('every explanation file is shown on its facet page, with its sources', () => {
    const files = readCaseFiles('content/uitleg').map((f) => f.path.replace(/^content\/uitleg\//, '').replace(/\.mdx$/, ''));
    expect(files.length).toBeGreaterThanOrEqual(14);
    const missing = files.filter((path) => {
      const section = page(`/${path}/`).querySelector('section.facet-text');
      return !section || section.querySelectorAll('sup.bronverwijzing').length === 0 || section.querySelectorAll('ol.source-list li').length === 0;
    });
    expect(missing).toEqual([]);
  });
});
