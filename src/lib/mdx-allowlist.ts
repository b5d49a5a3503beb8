/**
 * What a case file may contain besides Markdown: the few components in src/components/mdx/ and a
 * handful of harmless HTML elements, each with the attributes it accepts. Everything else is
 * refused by the rules in mdx-rules.ts, in `npm run check` and in the site build alike.
 */

/** An attribute a contributor may write, as a literal value. */
export interface AllowedAttribute {
  /** Dutch explanation for messages and CONTRIBUTING.md. */
  readonly description: string;
  /** When given, the only values allowed. */
  readonly values?: readonly string[];
  /** True when the element is useless without it. */
  readonly required?: boolean;
}

/** A component or element a case may use. */
export interface AllowedElement {
  /** Dutch explanation of what it is for. */
  readonly description: string;
  /** Attributes by name; any other attribute is refused. */
  readonly attributes: Readonly<Record<string, AllowedAttribute>>;
  /** An example a contributor can copy. */
  readonly example: string;
}

/** Components from src/components/mdx/ that a case may use without importing them. */
export const caseComponents: Readonly<Record<string, AllowedElement>> = {
  Kader: {
    description: 'Een kader dat één punt laat opvallen, zoals een tip of een waarschuwing.',
    attributes: {
      titel: { description: 'Korte kop boven het kader.', required: true },
      soort: { description: 'Hoe het kader eruitziet.', values: ['info', 'tip', 'let-op'] },
    },
    example: '<Kader titel="Let op de planning" soort="let-op">Plan de wissels ruim van tevoren.</Kader>',
  },
  Citaat: {
    description: 'Een uitspraak van iemand, met wie het zei en waar het staat.',
    attributes: {
      wie: { description: 'Wie het zei, bijvoorbeeld "praktijkopleider, VVT-organisatie".', required: true },
      bron: { description: 'Waar de uitspraak staat, bijvoorbeeld de titel van een bron uit sources.' },
    },
    example: '<Citaat wie="praktijkopleider, VVT-organisatie">Studenten zien nu de hele keten.</Citaat>',
  },
};

const textAttributes = {
  title: { description: 'Uitleg die verschijnt als u de muis erboven houdt.' },
  lang: { description: 'Taal van het stukje tekst, zoals en of fy.' },
} as const satisfies Record<string, AllowedAttribute>;

/** Plain HTML elements a case may use, for small things Markdown cannot write. */
export const caseHtmlElements: Readonly<Record<string, AllowedElement>> = {
  abbr: { description: 'Een afkorting met uitleg.', attributes: textAttributes, example: '<abbr title="Verpleging, verzorging en thuiszorg">VVT</abbr>' },
  br: { description: 'Een harde regelovergang.', attributes: {}, example: 'regel één<br />regel twee' },
  sub: { description: 'Tekst onder de regel.', attributes: {}, example: 'CO<sub>2</sub>' },
  sup: { description: 'Tekst boven de regel.', attributes: {}, example: '1<sup>e</sup> jaar' },
  small: { description: 'Kleine lettertjes.', attributes: {}, example: '<small>bron: jaarverslag</small>' },
  mark: { description: 'Gemarkeerde tekst.', attributes: {}, example: '<mark>belangrijk</mark>' },
  span: { description: 'Een stukje tekst in een andere taal.', attributes: { lang: textAttributes.lang }, example: '<span lang="en">skills lab</span>' },
};

/** Elements that come up in pasted HTML, each with the Markdown way to write it instead. */
export const caseElementAlternatives: Readonly<Record<string, string>> = {
  a: 'Schrijf een link als [linktekst](https://www.voorbeeld.nl/pagina).',
  img: 'Schrijf een afbeelding als ![beschrijving van de afbeelding](./afbeelding.jpg).',
  p: 'Laat een lege regel tussen alinea’s; een <p> is niet nodig.',
  b: 'Schrijf vetgedrukte tekst als **tekst**.',
  strong: 'Schrijf vetgedrukte tekst als **tekst**.',
  i: 'Schrijf schuine tekst als *tekst*.',
  em: 'Schrijf schuine tekst als *tekst*.',
  ul: 'Schrijf een opsomming met een - aan het begin van elke regel.',
  ol: 'Schrijf een genummerde lijst met 1. 2. 3. aan het begin van de regels.',
  li: 'Schrijf een opsomming met een - aan het begin van elke regel.',
  h1: 'Schrijf een kop als ## Kop; de titel van de pagina komt uit title.',
  h2: 'Schrijf een kop als ## Kop.',
  h3: 'Schrijf een tussenkop als ### Tussenkop.',
  blockquote: 'Schrijf een citaat met > aan het begin van de regel, of gebruik <Citaat wie="…">…</Citaat>.',
  table: 'Schrijf een tabel met | tussen de kolommen (zie CONTRIBUTING.md).',
  div: 'Gebruik gewone alinea’s, of <Kader titel="…">…</Kader> om iets te laten opvallen.',
};

/** Elements that can run code or load other pages; named separately in messages. */
export const dangerousElements: readonly string[] = ['script', 'iframe', 'style', 'object', 'embed', 'frame', 'frameset', 'link', 'meta', 'base', 'form', 'svg', 'math', 'template'];

/** URL schemes a link may use; anything else (javascript:, data:, file:, …) is refused. */
export const allowedUrlSchemes: readonly string[] = ['https', 'http', 'mailto', 'tel'];

/** Attributes whose value is an address and so must pass the URL rules. */
export const urlAttributes: readonly string[] = ['href', 'src', 'cite', 'action', 'formaction', 'poster', 'srcset', 'xlink:href', 'background'];

/** Every name a case may use as an element or component, for messages. */
export function allowedElementNames(): string[] {
  return [...Object.keys(caseComponents), ...Object.keys(caseHtmlElements)];
}
