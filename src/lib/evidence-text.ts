/**
 * The evidence of a case as Dutch text: the outcome always with its evidence level and who says
 * so, the status with the year of its source, and the decision figures. Cards, case pages, the
 * comparison, /lessen/ and the data exports use these, so a badge never stands alone anywhere.
 */
import { effortKinds, evidenceLevels, NOT_STATED, outcomeBasisKinds, outcomes, scaleUnits, statuses } from '../data/vocabularies';
import { labelOf } from '../data/vocabulary';
import type { CaseData } from '../schemas/case';
import { EDITORIAL_BASIS, isStatusStale } from './evidence';

type Sourced = Pick<CaseData, 'sources'>;

/** The 1-based number of a source in the case's source list (as on the page), or undefined. */
export function sourceNumber(data: Sourced, key: string): number | undefined {
  const index = data.sources.findIndex((source) => source.key === key);
  return index < 0 ? undefined : index + 1;
}

/** A basis as readers see it: "[2]" per source, or "redactie"; e.g. "bron [1], [3]" or "redactie". */
export function basisText(data: Sourced, basis: readonly string[]): string {
  const numbers = basis.filter((key) => key !== EDITORIAL_BASIS).map((key) => `[${sourceNumber(data, key) ?? key}]`);
  const parts = [numbers.length ? `bron ${numbers.join(', ')}` : '', basis.includes(EDITORIAL_BASIS) ? 'redactie' : ''].filter(Boolean);
  return parts.join(' en ');
}

/** Who says the outcome holds, as a phrase: "volgens de initiatiefnemers", or "" for onbekend. */
export function outcomeByText(data: Pick<CaseData, 'outcomeBasis'>): string {
  return data.outcomeBasis ? labelOf(outcomeBasisKinds, data.outcomeBasis.by).replace(/^Volgens/, 'volgens') : '';
}

/** The outcome with its evidence and who says so: "Veelbelovend · bewijs: gedocumenteerd · volgens de initiatiefnemers". */
export function outcomeText(data: Pick<CaseData, 'outcome' | 'evidence' | 'outcomeBasis'>): string {
  return [labelOf(outcomes, data.outcome), `bewijs: ${labelOf(evidenceLevels, data.evidence).toLowerCase()}`, outcomeByText(data)].filter(Boolean).join(' · ');
}

/** The status with the year of the newest source that shows it: "Lopend volgens een bron uit 2021". */
export function statusText(data: Pick<CaseData, 'status' | 'statusAsOf'>): string {
  return `${labelOf(statuses, data.status)} volgens een bron ${data.statusAsOf ? `uit ${data.statusAsOf}` : 'zonder datum'}`;
}

/** The note beside an outcome badge: "bewijs: gedocumenteerd · volgens de organisatie". */
export function evidenceNote(data: Pick<CaseData, 'evidence' | 'outcomeBasis'>): string {
  const by = outcomeByText(data);
  return `bewijs: ${labelOf(evidenceLevels, data.evidence).toLowerCase()}${by ? ` · ${by}` : ''}`;
}

/** True when the status may be out of date: its source is more than two years older than the review, or has no date. */
export function isStatusOutdated(data: Pick<CaseData, 'statusAsOf' | 'reviewed'>): boolean {
  return data.statusAsOf === undefined || isStatusStale(data.statusAsOf, data.reviewed);
}

const qualifiers: Record<string, string> = { ongeveer: 'ongeveer', 'meer-dan': 'meer dan', 'minder-dan': 'minder dan', tot: 'tot' };

/** One scale figure: "meer dan 90 organisaties (2018)" or "40 studenten: tweedejaars per jaar (2024)". */
export function scaleText(entry: CaseData['scale'][number]): string {
  const count = `${entry.qualifier ? `${qualifiers[entry.qualifier]} ` : ''}${entry.count.toLocaleString('nl-NL')} ${labelOf(scaleUnits, entry.unit)}`;
  return `${count}${entry.what ? `: ${entry.what}` : ''} (${entry.year})`;
}

/** One effort entry: "Mensen: twee coördinatoren, samen 1 fte; betaald door de provincie (2022)". */
export function effortText(entry: CaseData['effort'][number]): string {
  const description = entry.paidBy || entry.year ? entry.description.replace(/[.;,]+$/, '') : entry.description;
  return `${labelOf(effortKinds, entry.kind)}: ${description}${entry.paidBy ? `; betaald door ${entry.paidBy}` : ''}${entry.year ? ` (${entry.year})` : ''}`;
}

/** One measured result: "Aantal stageplaatsen: 65 (vooraf 40), 2019–2021, gemeten door de initiatiefnemers". */
export function resultText(entry: CaseData['results'][number]): string {
  return [
    `${entry.measure}: ${entry.value}${entry.baseline ? ` (vooraf ${entry.baseline})` : ''}`,
    entry.period,
    entry.independent ? 'onafhankelijk gemeten' : 'gemeten door de initiatiefnemers',
  ]
    .filter(Boolean)
    .join(', ');
}

/** True when a facet value list says "not stated in the sources". */
export function isNotStated(values: readonly string[] | undefined): boolean {
  return !values || values.length === 0 || values.includes(NOT_STATED);
}
