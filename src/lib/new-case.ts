/**
 * `npm run new` as pure functions: answers (or flags) → form values → a case file made from the
 * annotated template, its Dutch comments kept, checked with the same rules as `npm run check`.
 */
import { isMap, parseDocument } from 'yaml';
import { keysOf, type Vocabulary } from '../data/vocabulary';
import { caseFieldNames, lessonsRequiredReason } from '../schemas/case';
import { checkCaseFile, splitFrontmatter, yamlOptions, type Problem } from './check-case';
import { caseSections, escapeSectionText, flowListFields, frontmatterOf, normaliseFormValues, type CaseFormValues } from './case-form';
import { nearMatch } from './near-match';

/** Removes a field from the template but keeps its explanation, for the author who adds it later. */
function removeKeepingComment(doc: ReturnType<typeof parseDocument>, field: string): void {
  const contents = doc.contents;
  if (!isMap(contents)) return;
  const index = contents.items.findIndex((pair) => String((pair.key as { value?: unknown } | null)?.value) === field);
  if (index < 0) return;
  const key = contents.items[index]!.key as { commentBefore?: string | null };
  const next = contents.items[index + 1]?.key as { commentBefore?: string | null } | undefined;
  if (key.commentBefore && next) next.commentBefore = [key.commentBefore, ` ${field}: …`, next.commentBefore].filter(Boolean).join('\n');
  contents.items.splice(index, 1);
}

/**
 * The case file for these values, built from the template: answered fields replace the template's
 * examples, unanswered optional fields are removed, comments stay. Sections without text get the
 * question they answer, so the author knows what to write; such a file starts as a draft.
 */
export function caseFromTemplate(template: string, values: CaseFormValues): string {
  const v = normaliseFormValues(values);
  const split = splitFrontmatter(template);
  if (!split) throw new Error('Het sjabloon content/cases/_template.mdx begint niet met gegevens tussen twee regels ---.');
  const doc = parseDocument(split.frontmatter, yamlOptions);
  const data = frontmatterOf(v);
  for (const field of caseFieldNames) {
    if (data[field] === undefined) removeKeepingComment(doc, field);
    else doc.set(field, doc.createNode(data[field]));
  }
  // Keep the template's field order: fields the template does not have go at the end.
  const contents = doc.contents;
  if (isMap(contents)) {
    const order = (key: unknown) => caseFieldNames.indexOf(String((key as { value?: unknown })?.value ?? key));
    contents.items.sort((a, b) => order(a.key) - order(b.key));
  }
  for (const key of flowListFields) {
    const node = doc.get(key, true) as { flow?: boolean } | undefined;
    if (node && typeof node === 'object') node.flow = true;
  }
  const body = caseSections[v.mode]
    .map((section) => `## ${section.heading}\n\n${v.sections[section.id] ? escapeSectionText(v.sections[section.id]!) : `${section.question} ${section.hint}`}\n`)
    .join('\n');
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n\n${body}`;
}

/** Checks a file made by `caseFromTemplate` with the rules of `npm run check`. */
export function checkNewCase(path: string, text: string, knownSlugs: readonly string[], now?: Date): Problem[] {
  return checkCaseFile(path, text, { now, knownSlugs: [...knownSlugs, path.split('/').pop()!.replace(/\.mdx$/, '')] }).problems;
}

/**
 * Reads an answer for a vocabulary field: numbers from the list or keys, separated by commas or
 * spaces. Returns the keys, or a Dutch message with a near match.
 */
export function parseChoice(answer: string, vocabulary: Vocabulary, multiple: boolean): { keys: string[] } | { error: string } {
  const keys = keysOf(vocabulary);
  const labels = Object.fromEntries(vocabulary.terms.map((t) => [t.key, t.label]));
  const parts = answer
    .split(multiple ? /[,\s]+/ : /,/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return { error: `Kies ${multiple ? 'één of meer waarden' : 'één waarde'}: een nummer uit de lijst of de naam, zoals ${keys[0]}.` };
  if (!multiple && parts.length > 1) return { error: 'Kies hier één waarde.' };
  const chosen: string[] = [];
  for (const part of parts) {
    const index = /^\d+$/.test(part) ? Number(part) - 1 : -1;
    const key = index >= 0 ? keys[index] : keys.find((k) => k === part.toLowerCase());
    if (!key) {
      const suggestion = nearMatch(part, keys, labels);
      return { error: `"${part}" staat niet in de lijst.${suggestion ? ` Bedoelde u ${suggestion}?` : ''} Toegestaan: ${keys.join(', ')}.` };
    }
    if (!chosen.includes(key)) chosen.push(key);
  }
  return { keys: chosen };
}

/** Whether these values need lessons and a stop reason, so the questions can ask for them. */
export function followUpQuestions(values: Pick<CaseFormValues, 'outcome' | 'status'>): { lessons: boolean; stopReason: boolean } {
  return { lessons: Boolean(lessonsRequiredReason(values)), stopReason: values.status === 'gestopt' };
}
