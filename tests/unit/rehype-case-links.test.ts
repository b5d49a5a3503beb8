import type { Element, Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { isExternalHref, rehypeCaseLinks } from '../../src/lib/rehype-case-links';

const link = (href: string, rel?: string[]): Element => ({ type: 'element', tagName: 'a', properties: rel ? { href, rel } : { href }, children: [] });

function run(base: string, ...links: Element[]): Element['properties'][] {
  const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: links }] };
  rehypeCaseLinks({ base })()(tree);
  return links.map((l) => l.properties);
}

describe('rehypeCaseLinks', () => {
  test('adds rel="noopener noreferrer" to links to other sites, keeping rel values already there', () => {
    expect(run('/', link('https://a.nl/'), link('//b.nl/x', ['external']), link('mailto:x@y.nl'))).toEqual([
      { href: 'https://a.nl/', rel: ['noopener', 'noreferrer'] },
      { href: '//b.nl/x', rel: ['external', 'noopener', 'noreferrer'] },
      { href: 'mailto:x@y.nl' },
    ]);
  });

  test('puts the base path before links within the site, once', () => {
    expect(run('/praktijkbank/', link('/voorbeelden/x/'), link('/praktijkbank/voorbeelden/y/'), link('#kop'))).toEqual([
      { href: '/praktijkbank/voorbeelden/x/' },
      { href: '/praktijkbank/voorbeelden/y/' },
      { href: '#kop' },
    ]);
    expect(run('/', link('/voorbeelden/x/'))).toEqual([{ href: '/voorbeelden/x/' }]);
  });

  test.each([
    ['https://a.nl', true],
    ['HTTP://a.nl', true],
    ['//a.nl', true],
    ['/voorbeelden/', false],
    ['mailto:a@b.nl', false],
  ])('isExternalHref(%j) is %s', (href, expected) => {
    expect(isExternalHref(href)).toBe(expected);
  });
});
