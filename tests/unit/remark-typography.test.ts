import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../src/lib/check-case';
import { educateTypography } from '../../src/lib/remark-typography';

const parse = (text: string): Root => unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(text) as Root;
const viaSmartypants = (text: string): Root => {
  const tree = parse(text);
  (remarkSmartypants as unknown as () => (tree: Root) => void)()(tree);
  return tree;
};
const viaOurs = (text: string): Root => {
  const tree = parse(text);
  educateTypography(tree);
  return tree;
};

const mdxFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? mdxFiles(join(dir, entry.name)) : entry.name.endsWith('.mdx') ? [join(dir, entry.name)] : [],
  );

describe('remarkTypography gives the same text as remark-smartypants', () => {
  test('on every MDX file in content/ (cases, explanations, method pages)', () => {
    const files = mdxFiles('content');
    expect(files.length).toBeGreaterThan(100);
    let changed = 0;
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const body = splitFrontmatter(source)?.body ?? source;
      const ours = viaOurs(body);
      expect(ours, file).toEqual(viaSmartypants(body));
      if (JSON.stringify(ours) !== JSON.stringify(parse(body))) changed++;
    }
    // The comparison means something: most files have quotes or apostrophes that change.
    expect(changed).toBeGreaterThan(50);
  });

  test('on generated text with quotes, apostrophes, dashes, dots, backticks, emphasis, links and code', () => {
    const piece = fc.constantFrom('"', "'", '--', '---', '...', '. . .', '..', '`', '``', "''", ' ', 'auto', "'80s", 's', '*nadruk*', '**vet**', '[link](/x/)', '`code`', '\n\n', '- ', '(', ')', ',', '.', '5', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        let reference: Root;
        try {
          reference = viaSmartypants(text);
        } catch {
          return; // not valid MDX: nothing to compare
        }
        expect(viaOurs(text)).toEqual(reference);
      }),
      { numRuns: 400 },
    );
  });
});
