/**
 * Evidence-gap map: a matrix of two facets (rows × columns) with, per cell, how many cases act
 * on both and how many of those are lessons from failure. Empty cells are the gaps.
 */
import { isLessonCase, valuesOf, type CaseRecord, type FacetField } from './cases';

/** One cell of the matrix. */
export interface GapCell {
  row: string;
  column: string;
  count: number;
  /** Cases in this cell with outcome werkt-niet or gemengd, or status gestopt. */
  failures: number;
}

/** The whole matrix, rows and columns in vocabulary order. */
export interface GapMap {
  rows: readonly string[];
  columns: readonly string[];
  cells: GapCell[][];
  /** Highest count in any cell, for shading. */
  max: number;
  /** Number of cells with no case. */
  gaps: number;
}

/** Builds the gap map of `rowField` × `columnField` over the cases. */
export function buildGapMap(
  records: readonly CaseRecord[],
  rowField: FacetField,
  rowKeys: readonly string[],
  columnField: FacetField,
  columnKeys: readonly string[],
): GapMap {
  const index = new Map<string, GapCell>();
  const cells = rowKeys.map((row) =>
    columnKeys.map((column) => {
      const cell = { row, column, count: 0, failures: 0 };
      index.set(`${row}\u0000${column}`, cell);
      return cell;
    }),
  );
  for (const record of records) {
    const failure = isLessonCase(record);
    for (const row of new Set(valuesOf(record, rowField))) {
      for (const column of new Set(valuesOf(record, columnField))) {
        const cell = index.get(`${row}\u0000${column}`);
        if (!cell) continue;
        cell.count += 1;
        if (failure) cell.failures += 1;
      }
    }
  }
  const flat = cells.flat();
  return { rows: rowKeys, columns: columnKeys, cells, max: Math.max(0, ...flat.map((c) => c.count)), gaps: flat.filter((c) => c.count === 0).length };
}

/** Shade step 0–4 for a count relative to the maximum (0 = empty), an extra cue beside the number. */
export function shadeStep(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((count / max) * 4)));
}

/** One step of a map legend: its shade, the counts it stands for, and the places it holds. */
export interface LegendStep {
  step: number;
  /** Smallest and largest count that get this shade. */
  from: number;
  to: number;
  /** Keys of the places with this shade, in the given order. */
  keys: string[];
}

/**
 * The legend of a shaded map, built from the same shadeStep as the map so the two always agree:
 * every shade that can occur, with its range of counts and the places that have it.
 */
export function shadeLegend(counts: ReadonlyMap<string, number>, keys: readonly string[]): LegendStep[] {
  const max = Math.max(0, ...keys.map((key) => counts.get(key) ?? 0));
  const steps: LegendStep[] = [{ step: 0, from: 0, to: 0, keys: [] }];
  for (let step = 1; step <= 4 && max > 0; step += 1) {
    const from = Math.floor(((step - 1) * max) / 4) + 1;
    const to = Math.floor((step * max) / 4);
    if (from <= to) steps.push({ step, from, to, keys: [] });
  }
  for (const key of keys) {
    const step = shadeStep(counts.get(key) ?? 0, max);
    steps.find((s) => s.step === step)!.keys.push(key);
  }
  return steps;
}

/** "waarvan 1 niet of maar deels werkte of stopte" / "waarvan 2 … werkten of stopten" (isLessonCase). */
export function failuresText(failures: number): string {
  return failures === 1 ? 'waarvan 1 niet of maar deels werkte of stopte' : `waarvan ${failures} niet of maar deels werkten of stopten`;
}
