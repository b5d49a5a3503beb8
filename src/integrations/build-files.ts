/** Writes the files the pages queued with emitBuildFile (src/build-files.ts) when the build is done. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { takeBuildFiles } from '../build-files';

export function buildFiles(): AstroIntegration {
  return {
    name: 'praktijkbank-build-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = takeBuildFiles();
        const dirs = new Set<string>();
        for (const [path, body] of files) {
          const file = join(root, path);
          const parent = dirname(file);
          if (!dirs.has(parent)) {
            mkdirSync(parent, { recursive: true });
            dirs.add(parent);
          }
          writeFileSync(file, body);
        }
        logger.info(`${files.size} bestanden per voorbeeld geschreven (citeren, vergelijken).`);
      },
    },
  };
}
