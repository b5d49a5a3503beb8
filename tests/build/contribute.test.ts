import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { editUrl } from '../../src/data/site';
import { aims, factors, interventionTypes, levels, outcomes, provinces, sectors, statuses } from '../../src/data/vocabularies';
import { caseSlugs, CASES_DIR, TEMPLATE_FILE } from '../../src/lib/case-files';
import { fieldId } from '../../src/lib/case-form';
import { caseFieldNames } from '../../src/schemas/case';
import { DIST, htmlPages, page, requireBuild } from './helpers';

beforeAll(requireBuild);

const slugs = caseSlugs(readdirSync(CASES_DIR));

describe('/bijdragen/', () => {
  test('has a field for every frontmatter field', () => {
    const form = page('/bijdragen/').querySelector('form[data-contribute-form]')!;
    const fields = form.querySelectorAll('[data-field]').map((el) => el.getAttribute('data-field')!.replace(/\[\d+\].*$/, ''));
    // The form fills in the provenance of what the contributor tells (their own account as source);
    // the decision figures are not asked yet: TODO(#12).
    const filledByTheForm = ['statusAsOf', 'statusSource', 'outcomeBasis', 'facetBasis', 'scale', 'effort', 'results', 'contact'];
    // Navolging (basedOn) needs a source that says so; the editors add it on review: TODO(#11).
    const addedByTheEditors = ['basedOn'];
    expect(caseFieldNames.filter((field) => !fields.includes(field) && !filledByTheForm.includes(field) && !addedByTheEditors.includes(field))).toEqual([]);
  });

  test.each([interventionTypes, provinces, sectors, levels, aims, factors, statuses, outcomes])('offers every value of $field with its description as help', (vocabulary) => {
    const root = page('/bijdragen/');
    for (const term of vocabulary.terms) {
      const id = `${fieldId(vocabulary.field)}-${term.key}`;
      const input = root.getElementById(id);
      expect(input?.getAttribute('value'), id).toBe(term.key);
      expect(root.getElementById(input!.getAttribute('aria-describedby')!)?.text).toBe(term.description);
    }
  });

  test('says what becomes public, and works as a checklist without JavaScript', () => {
    const root = page('/bijdragen/');
    expect(root.getElementById('openbaar')?.text).toBe('Wat wordt openbaar?');
    expect(root.querySelector('[data-no-js]')?.getAttribute('hidden')).toBeUndefined();
    // Parts that need JavaScript start hidden, so nothing on the page is a dead button.
    expect(root.querySelectorAll('[data-js-only]').every((el) => el.hasAttribute('hidden'))).toBe(true);
    expect(root.querySelectorAll('[data-add-row]').every((el) => el.hasAttribute('hidden'))).toBe(true);
  });

  test('serves the template for filling in by hand', () => {
    expect(readFileSync(join(DIST, 'bijdragen/sjabloon.mdx'), 'utf8')).toBe(readFileSync(TEMPLATE_FILE, 'utf8'));
  });
});

describe('case pages', () => {
  test('have a "Bewerk deze pagina" link to GitHub’s editor for their file', () => {
    const missing = slugs.filter((slug) => !page(`/voorbeelden/${slug}/`).querySelectorAll('a').some((a) => a.text === 'Bewerk deze pagina' && a.getAttribute('href') === editUrl(slug)));
    expect(missing).toEqual([]);
  });
});

describe('the Content-Security-Policy', () => {
  const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

  test('is on every page, allows WebAssembly for search but no inline code other than the site’s own, hashed', () => {
    const problems: string[] = [];
    for (const path of htmlPages()) {
      const root = page(path);
      const policy = root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      const scriptSrc = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
      const styleSrc = /style-src ([^;]*)/.exec(policy)?.[1] ?? '';
      if (!policy) problems.push(`${path}: geen CSP`);
      if (!scriptSrc.includes("'wasm-unsafe-eval'") || /unsafe-inline|'unsafe-eval'/.test(policy)) problems.push(`${path}: ${scriptSrc}`);
      if (!policy.includes("object-src 'none'") || !policy.includes("default-src 'self'")) problems.push(`${path}: ${policy.slice(0, 80)}`);
      // Data blocks (JSON-LD) are never executed, so the policy does not apply to them.
      for (const script of root.querySelectorAll('script:not([src]):not([type="application/ld+json"])')) {
        if (!scriptSrc.includes(sha256(script.rawText))) problems.push(`${path}: inline script zonder hash`);
      }
      for (const style of root.querySelectorAll('style')) {
        if (!styleSrc.includes(sha256(style.rawText))) problems.push(`${path}: inline style zonder hash`);
      }
      if (root.querySelector('[style]')) problems.push(`${path}: style-attribuut`);
    }
    expect(problems).toEqual([]);
  });
});
