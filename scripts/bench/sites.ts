/**
 * The two sites the benchmark builds from the same synthetic cases: ours (this repository, with a
 * config that only moves its output and cache into the scratch folder) and a bare Astro 5 site (one
 * collection with a permissive schema, one case template, no facet pages), generated in the
 * scratch folder and using this repository's node_modules through a symlink.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where one build reads from and writes to. */
export interface SitePaths {
  /** Project root to run `astro build` in. */
  root: string;
  /** Config file passed with --config. */
  config: string;
  /** Built site. */
  outDir: string;
}

/**
 * Writes a config that extends this repository's astro.config.mjs with an output and cache folder
 * in the scratch area (named after `name`), so the benchmark never touches dist/ or node_modules/.astro.
 */
export function writeOurConfig(repoRoot: string, workDir: string, name = 'ours'): SitePaths {
  mkdirSync(workDir, { recursive: true });
  const outDir = join(workDir, `${name}-dist`);
  const config = join(workDir, `${name}.config.mjs`);
  writeFileSync(
    config,
    [
      `import base from ${JSON.stringify(pathToFileURL(join(repoRoot, 'astro.config.mjs')).href)};`,
      `export default { ...base, outDir: ${JSON.stringify(outDir)}, cacheDir: ${JSON.stringify(join(workDir, `${name}-cache`))} };`,
      '',
    ].join('\n'),
  );
  return { root: repoRoot, config, outDir };
}

/** Writes the bare Astro project that builds every case in `casesDir` with one template. */
export function writeBareSite(repoRoot: string, workDir: string, casesDir: string): SitePaths {
  const root = join(workDir, 'bare');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'src/pages/voorbeelden'), { recursive: true });
  symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  const outDir = join(workDir, 'bare-dist');
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'bench-bare', private: true, type: 'module' }, null, 2),
    'tsconfig.json': JSON.stringify({ extends: 'astro/tsconfigs/base' }),
    'astro.config.mjs': [
      "import { defineConfig } from 'astro/config';",
      "import mdx from '@astrojs/mdx';",
      'export default defineConfig({',
      "  site: 'http://localhost:4321',",
      "  trailingSlash: 'always',",
      "  build: { format: 'directory' },",
      '  integrations: [mdx()],',
      '  devToolbar: { enabled: false },',
      `  outDir: ${JSON.stringify(outDir)},`,
      `  cacheDir: ${JSON.stringify(join(workDir, 'bare-cache'))},`,
      '});',
      '',
    ].join('\n'),
    'src/content.config.ts': [
      "import { defineCollection, z } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      'const cases = defineCollection({',
      `  loader: glob({ base: ${JSON.stringify(casesDir)}, pattern: '**/[^_]*.mdx' }),`,
      '  schema: z.object({ title: z.string(), summary: z.string() }).passthrough(),',
      '});',
      'export const collections = { cases };',
      '',
    ].join('\n'),
    'src/pages/voorbeelden/[slug].astro': [
      '---',
      "import { getCollection, render } from 'astro:content';",
      'export async function getStaticPaths() {',
      "  const cases = await getCollection('cases');",
      '  return cases.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));',
      '}',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      '---',
      '<!doctype html>',
      '<html lang="nl">',
      '  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>',
      '  <body>',
      '    <main data-pagefind-body><h1>{entry.data.title}</h1><p>{entry.data.summary}</p><Content /></main>',
      '  </body>',
      '</html>',
      '',
    ].join('\n'),
    // Pagefind and the static server want a home page; it is not a case page and lists nothing.
    'src/pages/index.astro': '<!doctype html><html lang="nl"><head><meta charset="utf-8" /><title>Kaal</title></head><body><p>Kaal</p></body></html>\n',
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(root, name), content);
  return { root, config: join(root, 'astro.config.mjs'), outDir };
}
