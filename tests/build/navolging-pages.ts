/**
 * What a built site must show of navolging, for any catalogue: read the relations from the site's
 * own cases.json, then look at the pages. Used on dist/ (the real catalogue) and on the build of
 * tests/fixtures/odd-but-valid (a synthetic pair), so the rendering is tested even without relations.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { sourceId } from '../../src/lib/remark-case-references';

/** A case as cases.json publishes it (the fields this check reads). */
export interface PublishedCase {
  slug: string;
  title: string;
  provinces: string[];
  sources: { key: string; title: string }[];
  basedOn?: { case: string; source: string; quote?: string }[];
}

/** The cases of a build's cases.json. */
export function publishedCases(outDir: string): PublishedCase[] {
  return (JSON.parse(readFileSync(join(outDir, 'data/cases.json'), 'utf8')) as { cases: PublishedCase[] }).cases;
}

/** Every way the pages fail to show the relations of `cases` both ways; empty when all is shown. */
export function navolgingProblems(cases: readonly PublishedCase[], pageOf: (slug: string) => HTMLElement): string[] {
  const problems: string[] = [];
  const bySlug = new Map(cases.map((c) => [c.slug, c]));
  const inRelation = new Set<string>();
  for (const follower of cases) {
    for (const entry of follower.basedOn ?? []) {
      const original = bySlug.get(entry.case);
      if (!original) continue;
      inRelation.add(follower.slug).add(original.slug);
      const source = follower.sources.find((s) => s.key === entry.source)!;
      const from = pageOf(follower.slug).querySelector(`section[data-navolging="gebaseerd-op"] li[data-original="${original.slug}"]`);
      if (!from) problems.push(`${follower.slug}: geen "Gebaseerd op" met ${original.slug}`);
      else {
        if (!from.querySelector(`a[href$="/voorbeelden/${original.slug}/"]`)?.text.includes(original.title)) problems.push(`${follower.slug}: geen link naar ${original.slug}`);
        const ref = from.querySelector('sup.bronverwijzing a')?.getAttribute('href');
        if (ref !== `#${sourceId(entry.source)}` || !pageOf(follower.slug).getElementById(sourceId(entry.source))) problems.push(`${follower.slug}: geen bronverwijzing naar ${entry.source}`);
        if (entry.quote && from.querySelector('q')?.text !== entry.quote) problems.push(`${follower.slug}: citaat ontbreekt`);
      }
      const to = pageOf(original.slug).querySelector(`section[data-navolging="nagevolgd-in"] li[data-follower="${follower.slug}"]`);
      if (!to) problems.push(`${original.slug}: geen "Nagevolgd in" met ${follower.slug}`);
      else {
        if (!to.querySelector(`a[href$="/voorbeelden/${follower.slug}/"]`)?.text.includes(follower.title)) problems.push(`${original.slug}: geen link naar ${follower.slug}`);
        if (!to.querySelector('cite')?.text.includes(source.title)) problems.push(`${original.slug}: bron van ${follower.slug} ontbreekt`);
      }
      for (const province of follower.provinces.filter((p) => p !== 'landelijk')) {
        if (!pageOf(original.slug).querySelector(`.navolging-map path.is-follower[data-province="${province}"]`)) problems.push(`${original.slug}: ${province} niet op de kaart`);
      }
    }
  }
  // A case without relations shows neither block.
  for (const c of cases) {
    if (!inRelation.has(c.slug) && pageOf(c.slug).querySelector('[data-navolging]')) problems.push(`${c.slug}: toont navolging zonder relatie`);
  }
  return problems;
}
