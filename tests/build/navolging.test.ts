import { beforeAll, describe, expect, test } from 'vitest';
import { DIST, page, requireBuild } from './helpers';
import { navolgingProblems, publishedCases } from './navolging-pages';

beforeAll(requireBuild);

describe('navolging in the built catalogue', () => {
  test('every basedOn relation of the catalogue is shown on both pages, and no other case shows one', () => {
    const cases = publishedCases(DIST);
    expect(cases.length).toBeGreaterThan(0);
    expect(navolgingProblems(cases, (slug) => page(`/voorbeelden/${slug}/`))).toEqual([]);
  });

  test('/methode/ explains navolging and lists every relation', () => {
    const root = page('/methode/');
    expect(root.querySelector('#navolging')?.text).toBe('Navolging: waar een aanpak is overgenomen');
    const relations = publishedCases(DIST).flatMap((c) => (c.basedOn ?? []).map((b) => `${c.slug}→${b.case}`));
    const listed = root.querySelectorAll('[data-navolging-overzicht] li').map((li) => li.querySelectorAll('a').map((a) => a.getAttribute('href')!.split('/').at(-2)).join('→'));
    expect(listed.sort()).toEqual(relations.sort());
    if (relations.length === 0) expect(root.querySelector('#alle-navolging')?.nextElementSibling?.text).toContain('Er is nog geen voorbeeld');
  });
});
