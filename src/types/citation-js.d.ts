/** The small part of citation-js 0.7 this site uses; the packages ship no types of their own. */
declare module '@citation-js/core' {
  /** A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
  export type CslData = Record<string, unknown>;
  /** A list of references in any input format citation-js understands. */
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    /** The references as CSL-JSON. */
    data: CslData[];
    /** Formats the references: 'bibliography', 'bibtex', 'biblatex', 'ris', 'data'. */
    format(format: string, options?: Record<string, unknown>): string;
  }
  /** Plugin registry. */
  export const plugins: {
    config: {
      get(name: '@csl'): {
        templates: { add(name: string, xml: string): void; get(name: string): string; has(name: string): boolean };
        locales: { add(name: string, xml: string): void; get(name: string): string; has(name: string): boolean };
      };
      get(name: string): unknown;
    };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/name' {
  /** Splits a personal name into CSL name parts. */
  export function parse(name: string): { given?: string; family?: string; 'non-dropping-particle'?: string; 'dropping-particle'?: string; suffix?: string };
}
