import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, test } from 'vitest';
import { buildEnv, run } from './run';

// Two small builds of their own, into temporary folders; dist/ of the main build is not touched.
const outDirs: string[] = [];
afterAll(() => outDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function build(casesDir: string, env: Record<string, string> = {}) {
  const outDir = mkdtempSync(join(tmpdir(), 'praktijkbank-build-'));
  outDirs.push(outDir);
  const result = await run(process.execPath, ['node_modules/astro/astro.js', 'build', '--outDir', outDir], {
    env: buildEnv({ PRAKTIJKBANK_CASES_DIR: casesDir, ...env }),
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

describe('the site build', { timeout: 300_000 }, () => {
  test('refuses a case that tries to run code, naming the file and each problem in Dutch', async () => {
    const { status, output, outDir } = await build('tests/fixtures/build-unsafe');
    expect(status).not.toBe(0);
    expect(output).toContain('De site wordt niet gebouwd: npm run check vindt problemen in de voorbeelden in tests/fixtures/build-unsafe/.');
    expect(output).not.toContain('Stack trace');
    expect(output).toContain('code-in-voorbeeld.mdx:24  [inhoud]  Een regel die begint met "import" is programmacode');
    expect(output).toContain('code-in-voorbeeld.mdx:26  [inhoud]  Een regel die begint met "export" is programmacode');
    expect(output).toContain('code-in-voorbeeld.mdx:30  [inhoud]  Tekst tussen accolades ({geheim}) is programmacode');
    expect(output).toContain('code-in-voorbeeld.mdx:32  [inhoud]  Het element <script> kan code uitvoeren');
    expect(existsSync(join(outDir, 'voorbeelden/code-in-voorbeeld/index.html'))).toBe(false);
  });

  test('renders the allowed components, puts the base path before internal links and rel="noopener noreferrer" on external ones', async () => {
    const { status, output, outDir } = await build('tests/fixtures/build-safe', { BASE_PATH: '/praktijkbank/' });
    expect(status, output).toBe(0);
    const root = parse(readFileSync(join(outDir, 'voorbeelden/veilig-voorbeeld/index.html'), 'utf8'));
    const body = root.querySelector('.case__body')!;
    // Each [^verslag] is a numbered link to the source list, which the base path leaves alone.
    expect(body.querySelectorAll('.bronverwijzing a').map((a) => a.getAttribute('href'))).toEqual(['#bron-verslag', '#bron-verslag', '#bron-verslag', '#bron-verslag']);
    const links = body.querySelectorAll('a:not(.bronverwijzing a)').map((a) => [a.getAttribute('href'), a.getAttribute('rel')]);
    expect(links).toEqual([
      ['/praktijkbank/voorbeelden/ander-veilig-voorbeeld/', undefined],
      ['https://www.voorbeeld.nl/bron', 'noopener noreferrer'],
    ]);
    expect(body.querySelector('.kader.kader--tip .kader__title')?.text).toBe('Tip: Goed om te weten');
    expect(body.querySelector('.kader__body strong')?.text).toBe('ruim');
    expect(body.querySelector('figure.citaat blockquote')?.text.trim()).toBe('Studenten zien nu de hele keten.bron [1]');
    expect(body.querySelector('figure.citaat figcaption')?.text).toBe('— praktijkopleider, VVT-organisatie, Een bron');
    expect(body.querySelector('abbr')?.getAttribute('title')).toBe('Verpleging, verzorging en thuiszorg');
  });
});
