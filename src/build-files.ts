/**
 * Small files of every case (citation downloads, comparison data) that the build writes in one
 * step instead of one Astro route each: thousands of endpoint routes cost about a millisecond
 * each in page generation. Pages queue the files here during the build; the integration in
 * src/integrations/build-files.ts writes them to the output folder when the build is done.
 * The queue lives on globalThis because the pages run from Astro's server bundle and the
 * integration from the config: two copies of this module in one process.
 */
const KEY = Symbol.for('praktijkbank.build-files');

type Queue = Map<string, string>;

function queue(): Queue {
  const holder = globalThis as { [KEY]?: Queue };
  return (holder[KEY] ??= new Map());
}

/** Queues a file at `path` (relative to the output folder, no leading slash) with this text. */
export function emitBuildFile(path: string, body: string): void {
  if (path.startsWith('/') || path.split('/').includes('..')) throw new Error(`Ongeldig bestandspad voor de build: ${path}`);
  queue().set(path, body);
}

/** The queued files, emptied: called once by the integration. */
export function takeBuildFiles(): Map<string, string> {
  const files = new Map(queue());
  queue().clear();
  return files;
}
