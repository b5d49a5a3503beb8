import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { emptyFormValues } from '../../src/lib/case-form';
import { casePreviewHtml } from '../../src/lib/case-preview';
import { NOW } from '../fixtures/cases';

const note = 'De bijdrager heeft ervoor gekozen deze organisatie niet bij naam te noemen.';

describe('casePreviewHtml', () => {
  test('shows what a contributor types as text, never as markup', () => {
    const html = casePreviewHtml({ ...emptyFormValues(NOW), title: '<script>alert(1)</script>', summary: '<img src=x onerror=alert(1)>', sections: { aanpak: '<b onclick="x">vet</b> {code}' } }, { anonymisedNote: note });
    const root = parse(html);
    expect(root.querySelectorAll('script, img, b')).toEqual([]);
    expect(root.querySelector('h3')?.text).toBe('<script>alert(1)</script>');
    expect(root.querySelector('p:not(.lead)')?.text).toBe('<b onclick="x">vet</b> {code}');
  });

  test('renders Markdown as the site does, with safe external links and headings one level down', () => {
    const html = casePreviewHtml({ ...emptyFormValues(NOW), title: 'T', sections: { aanpak: '- een\n- twee\n\n[bron](https://www.voorbeeld.nl)' } }, { level: 3, anonymisedNote: note });
    const root = parse(html);
    expect(root.querySelectorAll('h4').map((h) => h.text)).toEqual(['Aanpak']);
    expect(root.querySelectorAll('li').map((li) => li.text)).toEqual(['een', 'twee']);
    expect(root.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  test.each([
    ['[het verslag](javascript:alert(1))', 'het verslag'], // runs code
    ['[het verslag](JaVaScRiPt:alert(1))', 'het verslag'], // the same, as a browser reads it
    ['[het verslag](data:text/html;base64,PHNjcmlwdD4=)', 'het verslag'], // a hidden document
    ['[het verslag][1]\n\n[1]: javascript:alert(1)', '[het verslag][1]'], // through a link definition
    ['![een foto](https://tracker.example/pixel.gif)', 'een foto'], // an image from another site
    ['![een foto](data:image/png;base64,iVBORw0KGgo=)', 'een foto'], // a data: image
  ])('does not make %j clickable or loadable, as the check refuses it', (text, shown) => {
    const html = casePreviewHtml({ ...emptyFormValues(NOW), title: 'T', sections: { aanpak: text } }, { anonymisedNote: note });
    const root = parse(html);
    expect(root.querySelectorAll('a, img')).toEqual([]);
    expect(root.querySelector('p:not(.lead)')?.text).toBe(shown);
  });

  test('keeps links the check allows', () => {
    const html = casePreviewHtml({ ...emptyFormValues(NOW), title: 'T', sections: { aanpak: '[bron](https://www.voorbeeld.nl) en [mail](mailto:info@voorbeeld.nl) en [ander voorbeeld](/voorbeelden/zic-etz/)' } }, { anonymisedNote: note });
    expect(parse(html).querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['https://www.voorbeeld.nl', 'mailto:info@voorbeeld.nl', '/voorbeelden/zic-etz/']);
  });

  test('says when the contributor chose not to name an organisation, and shows labels instead of keys', () => {
    const html = casePreviewHtml(
      { ...emptyFormValues(NOW), type: 'ketenstage', provinces: ['fryslan'], organisations: [{ name: 'een VVT-organisatie in Overijssel', role: 'zorg', url: '', anonymised: true }] },
      { anonymisedNote: note },
    );
    const root = parse(html);
    expect(root.querySelector('ul')?.text).toBe(`een VVT-organisatie in Overijssel (zorg) — ${note}`);
    expect(root.querySelectorAll('dd').map((dd) => dd.text)).toEqual(['Ketenstage en roulatie', 'Fryslân', 'Beschreven', 'Te verifiëren']);
  });
});
