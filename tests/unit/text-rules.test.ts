import { describe, expect, test } from 'vitest';
import { invisibleCharacterProblem, titleKey } from '../../src/lib/text-rules';

describe('invisibleCharacterProblem', () => {
  test.each([
    ['Stagenetwerk \u202egrubliT\u202c', 'U+202E, een teken dat de leesrichting van de tekst verandert', 14], // right-to-left override
    ['Stage\u2067s\u2069', 'U+2067, een teken dat de leesrichting van de tekst verandert', 6], // right-to-left isolate
    ['Ketenstage\u200f', 'U+200F, een teken dat de leesrichting van de tekst verandert', 11], // right-to-left mark
    ['Keten\u200bstage', 'U+200B, een onzichtbare spatie', 6], // zero-width space
    ['Keten\u2060stage', 'U+2060, een onzichtbare spatie', 6], // word joiner
    ['\ufeffKetenstage', 'U+FEFF, een onzichtbare spatie', 1], // byte order mark
    ['Keten\u200cstage', 'U+200C, een onzichtbaar verbindingsteken', 6], // zero-width non-joiner
    ['Keten\u200dstage', 'U+200D, een onzichtbaar verbindingsteken', 6], // zero-width joiner outside an emoji
    ['Keten\u00adstage', 'U+00AD, een onzichtbaar afbreekstreepje', 6], // soft hyphen
    ['Keten\u0007stage', 'U+0007, een onzichtbaar teken', 6], // control character
    ['🙂 Keten\u{e0041}', 'U+E0041, een onzichtbaar teken', 8], // tag character, after an emoji (one position)
  ])('refuses %j', (value, what, position) => {
    expect(invisibleCharacterProblem(value, 'title')).toBe(
      `Het veld "title" bevat een onzichtbaar teken (${what}) op plaats ${position}. Zulke tekens laten tekst anders lijken dan hij is, bijvoorbeeld een woord achterstevoren. Haal het teken weg: typ de tekst opnieuw, of plak hem als platte tekst (Ctrl+Shift+V).`,
    );
  });

  test.each([
    ['Ketenstage "Student volgt Cliënt" in Fryslân'], // quotes and diacritics
    ['Zorgverlener 👩🏽‍⚕️ in de wijk'], // an emoji joined with U+200D
    ['Twee regels\nen een\ttab'], // line breaks and tabs from YAML block text
    ['Stage\u00a0in Zeeland'], // no-break space is visible as a space
    ['تدريب في المستشفى'], // right-to-left script without control characters
  ])('allows %j', (value) => {
    expect(invisibleCharacterProblem(value, 'title')).toBeUndefined();
  });
});

describe('titleKey', () => {
  test.each([
    ['Keten\u200bstage Oost', 'Ketenstage Oost'], // zero-width space
    ['Ketenstage  oost', 'KETENSTAGE OOST'], // spaces and case
    ['Cli\u0065\u0308nt volgen', 'Cli\u00ebnt volgen'], // decomposed and composed ë
    ['Ｋｅｔｅｎｓｔａｇｅ', 'Ketenstage'], // full-width letters (NFKC)
    ['\u202eKetenstage\u202c', 'Ketenstage'], // bidi override
  ])('%j and %j are the same title', (a, b) => {
    expect(titleKey(a)).toBe(titleKey(b));
  });

  test('keeps different titles apart', () => {
    expect(titleKey('Ketenstage Oost')).not.toBe(titleKey('Ketenstage West'));
  });
});
