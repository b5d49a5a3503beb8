import { distance } from 'fastest-levenshtein';

/** Lower-cases, strips accents and turns spaces/underscores into hyphens, for loose comparison. */
export function normaliseKey(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[\s_]+/g, '-');
}

/**
 * The allowed value closest to what a contributor typed, or undefined when nothing is close
 * enough to be a likely typo. Labels count too: "Noord Holland" suggests `noord-holland`.
 */
export function nearMatch(
  received: string,
  allowed: readonly string[],
  labels: Readonly<Record<string, string>> = {},
): string | undefined {
  const wanted = normaliseKey(received);
  if (wanted.length === 0) return undefined;
  let best: { key: string; score: number } | undefined;
  for (const key of allowed) {
    const candidates = [key, labels[key]].filter((c): c is string => Boolean(c)).map(normaliseKey);
    for (const candidate of candidates) {
      if (candidate === wanted) return key;
      const score = distance(wanted, candidate);
      if (!best || score < best.score) best = { key, score };
    }
  }
  if (!best) return undefined;
  const tolerance = Math.max(2, Math.floor(wanted.length / 3));
  return best.score <= tolerance ? best.key : undefined;
}
