import { describe, expect, test } from 'vitest';
import type { CaseRecord } from '../../src/lib/cases';
import { channelData, escapeXml, feedItems, feedTitle, isReviewed, textAsHtml } from '../../src/lib/feed';
import { createCaseSchema } from '../../src/schemas/case';
import { NOW, validCase } from '../fixtures/cases';

const schema = createCaseSchema({ now: NOW });
const build = (slug: string, changes: Record<string, unknown> = {}): CaseRecord => ({ slug, data: schema.parse({ ...validCase(), related: [], ...changes }) });
const urlOf = (r: CaseRecord) => `https://praktijkbank.example/voorbeelden/${r.slug}/`;

const fresh = build('nieuw', { published: '2026-11-22', reviewed: '2026-11-22' });
const reviewed = build('herzien', { title: 'Leerafdeling & co in Fryslân', published: '2026-01-01', reviewed: '2026-11-21' });
const older = build('ouder', { published: '2026-03-01', reviewed: '2026-03-01' });

describe('feedItems', () => {
  test('puts the newest review first', () => {
    expect(feedItems([older, reviewed, fresh], urlOf).map((i) => i.link)).toEqual([urlOf(fresh), urlOf(reviewed), urlOf(older)]);
  });

  test('marks a reviewed case and gives the review its own guid, so readers see it again', () => {
    const [item] = feedItems([reviewed], urlOf);
    expect(isReviewed(reviewed)).toBe(true);
    expect(item).toMatchObject({ title: 'Leerafdeling & co in Fryslân (herzien)', pubDate: new Date('2026-11-21T00:00:00Z') });
    expect(item!.customData).toBe(`<guid isPermaLink="false">${urlOf(reviewed)}#herzien-2026-11-21</guid>`);
  });

  test('uses the permanent URL as guid for a case that was not reviewed again', () => {
    expect(feedItems([fresh], urlOf)[0]!.customData).toBe(`<guid isPermaLink="true">${urlOf(fresh)}</guid>`);
  });

  test('stops at the limit', () => {
    expect(feedItems([older, reviewed, fresh], urlOf, 2)).toHaveLength(2);
  });
});

describe('feed text', () => {
  test.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;', '&lt;img src=x onerror=alert(1)&gt;'], // a tag
    ['Zorg & welzijn', 'Zorg &amp; welzijn', 'Zorg & welzijn'], // an ampersand: HTML in the summary, plain in the title
    ['Meer dan 3 < 5 > 2', 'Meer dan 3 &lt; 5 &gt; 2', 'Meer dan 3 &lt; 5 &gt; 2'], // comparison signs
    ['Gewoon tekst, "met" aanhalingstekens', 'Gewoon tekst, "met" aanhalingstekens', 'Gewoon tekst, "met" aanhalingstekens'], // nothing to do
  ])('%j', (text, summary, title) => {
    expect(textAsHtml(text)).toBe(summary);
    expect(feedTitle(text)).toBe(title);
  });

  test('an item carries the summary as HTML that shows the text, and no tag in the title', () => {
    const hostile = build('vijandig', { title: 'Stage <b>vet</b>', summary: 'Samenvatting met <img src=x onerror=alert(1)> en & erin.' });
    const [item] = feedItems([hostile], urlOf);
    expect(item!.description).toBe('Samenvatting met &lt;img src=x onerror=alert(1)&gt; en &amp; erin.');
    expect(item!.title).toBe('Stage &lt;b&gt;vet&lt;/b&gt; (herzien)');
  });
});

describe('channelData and escapeXml', () => {
  test('escapes what XML needs escaped', () => {
    expect(escapeXml('a & <b> "c"')).toBe('a &amp; &lt;b&gt; &quot;c&quot;');
    expect(channelData('https://x.example/feed.xml?a=1&b=2')).toContain('href="https://x.example/feed.xml?a=1&amp;b=2"');
  });
});
