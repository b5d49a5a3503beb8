/**
 * Every built page is valid HTML: html-validate with its recommended rules (.htmlvalidate.json),
 * plus what an HTML parser silently repairs and so no validator on the parsed tree reports.
 *
 * Rules turned off in .htmlvalidate.json, and why: long-title is search-engine advice, not HTML;
 * no-trailing-whitespace is formatting; prefer-native-element objects to role="region" on the
 * scrolling <div> around wide tables, which is valid ARIA; wcag/h32 asks for a submit button on the
 * filter form of /voorbeelden/, which filters as you tick and is hidden without JavaScript.
 * form-dup-name allows a shared name in a group of checkboxes, as HTML does.
 */
import { readFileSync } from 'node:fs';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, test } from 'vitest';
import { fileFor, htmlPages, requireBuild } from './helpers';

beforeAll(requireBuild);

// The rules come from .htmlvalidate.json, the same file `npx html-validate dist` reads.
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('valid HTML', () => {
  test('html-validate reports no error on any built page', async () => {
    const errors: string[] = [];
    for (const path of htmlPages()) {
      const report = await validator.validateFile(fileFor(path)!);
      for (const result of report.results) {
        for (const message of result.messages) if (message.severity === 2) errors.push(`${path}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
      }
    }
    expect(htmlPages().length).toBeGreaterThan(50);
    expect(errors).toEqual([]);
  }, 240_000);

  test('every page starts with the doctype and has nothing after </html>', () => {
    const wrong = htmlPages().filter((path) => {
      const html = readFileSync(fileFor(path)!, 'utf8');
      return !/^<!doctype html>/i.test(html) || !/<\/html>\s*$/.test(html) || html.indexOf('</html>') !== html.lastIndexOf('</html>');
    });
    expect(wrong).toEqual([]);
  });

  test('the 404 page has no canonical address, and every other canonical address is a page that exists', () => {
    const missing = htmlPages().flatMap((path) => {
      const html = readFileSync(fileFor(path)!, 'utf8');
      const href = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      if (path === '/404.html') return href ? [`${path} → ${href}`] : [];
      return href && fileFor(new URL(href).pathname) ? [] : [`${path} → ${href ?? '(geen)'}`];
    });
    expect(missing).toEqual([]);
  });
});
