import { describe, expect, test } from 'vitest';
import { caseMail, correctionMailUrl, creditName, mailtoUrl, tipMailUrl, tipQuestions } from '../../src/lib/contribute-mail';

const decodeBody = (url: string) => decodeURIComponent(new URL(url).searchParams.get('body') ?? '');

describe('mailtoUrl', () => {
  test('encodes spaces as %20 and line ends as CRLF (RFC 6068)', () => {
    expect(mailtoUrl('redactie@example.org', 'Een tip', 'regel 1\nregel 2')).toBe('mailto:redactie@example.org?subject=Een%20tip&body=regel%201%0D%0Aregel%202');
  });
});

describe('caseMail', () => {
  test('a short file goes in the body of the mail', () => {
    const mail = caseMail('redactie@example.org', 'mijn-voorbeeld.mdx', 'Mijn voorbeeld', '---\ntitle: Mijn voorbeeld\n---\n');
    expect(mail.inBody).toBe(true);
    expect(decodeBody(mail.url)).toContain('title: Mijn voorbeeld');
    expect(new URL(mail.url).searchParams.get('subject')).toBe('Nieuw praktijkvoorbeeld: Mijn voorbeeld');
  });

  test('a long file is not put in the link: the mail asks for it as an attachment', () => {
    const mail = caseMail('redactie@example.org', 'lang.mdx', 'Lang', 'x'.repeat(5000));
    expect(mail.inBody).toBe(false);
    expect(mail.url.length).toBeLessThan(1900);
    expect(decodeBody(mail.url)).toContain('Voeg het bestand lang.mdx uit uw map Downloads toe als bijlage.');
  });
});

describe('tipMailUrl', () => {
  test('asks every tip question', () => {
    const body = decodeBody(tipMailUrl('redactie@example.org'));
    for (const question of tipQuestions) expect(body).toContain(question);
  });
});

describe('creditName', () => {
  test.each([
    ['anoniem', ['Ziekenhuizen'], ['Drenthe'], 'anoniem'], // anonymous names nothing
    ['sector-regio', ['Ouderenzorg'], ['Overijssel'], 'Een medewerker uit de ouderenzorg in Overijssel'],
    ['sector-regio', ['GGZ', 'Ouderenzorg'], ['Drenthe', 'Groningen'], 'Een medewerker uit de ggz en de ouderenzorg in Drenthe en Groningen'],
    ['sector-regio', ['Ouderenzorg'], ['Landelijk'], 'Een medewerker uit de ouderenzorg (landelijk)'], // not "in Landelijk"
    ['sector-regio', [], [], 'anoniem'], // nothing chosen yet: anonymous
  ] as const)('%s with %j and %j gives %s', (choice, sectors, provinces, expected) => {
    expect(creditName(choice, sectors, provinces)).toBe(expected);
  });
});

describe('correctionMailUrl', () => {
  test('names the case and its address in the mail', () => {
    const url = correctionMailUrl('redactie@example.org', 'Gildeleren', 'https://x.nl/voorbeelden/gildeleren/');
    expect(new URL(url).searchParams.get('subject')).toBe('Aanvulling op: Gildeleren');
    expect(decodeBody(url)).toContain('“Gildeleren” (https://x.nl/voorbeelden/gildeleren/)');
  });
});
