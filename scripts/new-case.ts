/**
 * `npm run new`: asks the questions for a new case in the terminal (or takes them as flags, for
 * scripts) and writes content/cases/<slug>.mdx from the annotated template. The file is checked
 * with the same rules as `npm run check` before it is written.
 *
 *   npm run new
 *   npm run new -- --title "Leerafdeling in Zwolle" --summary "…" --type leerafdeling \
 *     --provinces overijssel --sectors vvt --levels mbo-3,hbo --aims capaciteit \
 *     --factors begeleidingstijd --status lopend --outcome onbekend \
 *     --source-title "Jaarverslag 2024" --source-url https://… --contributor "Jan Jansen"
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { aims, factors, interventionTypes, levels, outcomes, provinces, sectors, statuses } from '../src/data/vocabularies';
import type { Vocabulary } from '../src/data/vocabulary';
import { caseSlugs, CASES_DIR, TEMPLATE_FILE } from '../src/lib/case-files';
import { emptyFormValues, failureModeOutcomes, slugify, type CaseFormValues } from '../src/lib/case-form';
import { formatProblem } from '../src/lib/check-report';
import { caseFromTemplate, checkNewCase, followUpQuestions, parseChoice } from '../src/lib/new-case';

const { values: flags } = parseArgs({
  options: {
    failure: { type: 'boolean', default: false },
    title: { type: 'string' },
    summary: { type: 'string' },
    slug: { type: 'string' },
    type: { type: 'string' },
    provinces: { type: 'string' },
    sectors: { type: 'string' },
    levels: { type: 'string' },
    aims: { type: 'string' },
    factors: { type: 'string' },
    status: { type: 'string' },
    'stop-reason': { type: 'string' },
    outcome: { type: 'string' },
    lesson: { type: 'string', multiple: true },
    'source-title': { type: 'string' },
    'source-url': { type: 'string' },
    contributor: { type: 'string' },
    ready: { type: 'boolean', default: false },
    dir: { type: 'string', default: CASES_DIR },
    help: { type: 'boolean', default: false },
  },
});

class InputClosed extends Error {}

// With flags the script runs unattended: optional questions are skipped instead of asked.
const scripted = flags.title !== undefined;

const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY === true });
// The iterator keeps lines that arrive before a question is asked (answers piped in by a script).
const answers = rl[Symbol.asyncIterator]();

/** Asks one question; rejects when the input ends (no terminal, no flag). */
async function ask(question: string): Promise<string> {
  process.stdout.write(`${question}\n> `);
  const next = await answers.next();
  if (next.done) throw new InputClosed(question);
  return String(next.value).trim();
}

/** A text answer from a flag, or asked until it is not empty (or optional). */
async function text(flag: string | undefined, question: string, optional = false): Promise<string> {
  if (flag !== undefined) return flag;
  if (optional && scripted) return '';
  for (;;) {
    const answer = await ask(question);
    if (answer || optional) return answer;
    console.log('  Dit is verplicht.');
  }
}

/** Keys from a vocabulary: from a flag, or asked with the numbered list and descriptions. */
async function choice(flag: string | undefined, vocabulary: Vocabulary, multiple: boolean, allowed?: readonly string[]): Promise<string[]> {
  const terms = allowed ? vocabulary.terms.filter((t) => allowed.includes(t.key)) : vocabulary.terms;
  const scoped = { ...vocabulary, terms };
  if (flag !== undefined) {
    const parsed = parseChoice(flag, scoped, multiple);
    if ('error' in parsed) throw new Error(`${vocabulary.name}: ${parsed.error}`);
    return parsed.keys;
  }
  const list = terms.map((term, i) => `  ${String(i + 1).padStart(2)}. ${term.label} (${term.key}): ${term.description}`).join('\n');
  for (;;) {
    const answer = await ask(`${multiple ? vocabulary.plural : vocabulary.name}${multiple ? ' (één of meer nummers, gescheiden door komma’s)' : ' (één nummer)'}:\n${list}`);
    const parsed = parseChoice(answer, scoped, multiple);
    if ('keys' in parsed) return parsed.keys;
    console.log(`  ${parsed.error}`);
  }
}

async function main(): Promise<number> {
  if (flags.help) {
    console.log(readFileSync(new URL(import.meta.url), 'utf8').split('*/')[0]);
    return 0;
  }
  const dir = flags.dir!;
  if (!existsSync(dir)) {
    console.error(`De map ${dir} bestaat niet. Start npm run new in de hoofdmap van het project.`);
    return 1;
  }
  const known = caseSlugs(readdirSync(dir));
  const failure = flags.failure || (!scripted && /^(j|ja|y|2)$/i.test(await ask('Is het een experiment dat niet werkte? (ja/nee)')));
  const values: CaseFormValues = { ...emptyFormValues(new Date(), failure ? 'mislukt' : 'werkt'), draft: !flags.ready };
  values.title = await text(flags.title, 'Titel: zoals lezers ernaar zoeken (5 tot 120 tekens)');
  values.summary = await text(flags.summary, 'Samenvatting: één of twee zinnen (20 tot 300 tekens)');
  values.slug = flags.slug ?? (slugify(values.title) || (await text(undefined, 'Bestandsnaam (kleine letters en streepjes)')));
  values.type = (await choice(flags.type, interventionTypes, false))[0]!;
  values.provinces = await choice(flags.provinces, provinces, true);
  values.sectors = await choice(flags.sectors, sectors, true);
  values.levels = await choice(flags.levels, levels, true);
  values.aims = await choice(flags.aims, aims, true);
  values.factors = await choice(flags.factors, factors, true);
  values.status = (await choice(flags.status, statuses, false))[0]!;
  values.outcome = (await choice(flags.outcome, outcomes, false, failure ? failureModeOutcomes : undefined))[0]!;
  const follow = followUpQuestions(values);
  if (follow.stopReason) values.stopReason = await text(flags['stop-reason'], 'Waarom is het gestopt? (een hele zin)');
  if (flags.lesson?.length) values.lessons = flags.lesson;
  else if (follow.lessons) values.lessons = [await text(undefined, 'Wat is de belangrijkste les voor anderen? (een hele zin)')];
  const sourceTitle = await text(flags['source-title'], 'Titel van een bron waar lezers het kunnen nalezen');
  const sourceUrl = await text(flags['source-url'], 'Webadres van die bron (leeg laten als er geen is)', true);
  values.sources = [{ title: sourceTitle, publisher: '', authors: [], year: '', url: sourceUrl, accessed: '', note: '' }];
  values.contributors = [{ name: await text(flags.contributor, 'Uw naam (staat bij het voorbeeld)'), organisation: '', orcid: '' }];

  const path = join(dir, `${values.slug}.mdx`);
  if (existsSync(path)) {
    console.error(`${path} bestaat al. Kies een andere bestandsnaam met --slug, of bewerk het bestaande voorbeeld.`);
    return 1;
  }
  const fileText = caseFromTemplate(readFileSync(TEMPLATE_FILE, 'utf8'), values);
  const problems = checkNewCase(path, fileText, known);
  if (problems.length > 0) {
    console.error('Het voorbeeld is niet aangemaakt, want:');
    for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
    return 1;
  }
  writeFileSync(path, fileText);
  console.log(`\n${path} is aangemaakt.`);
  console.log('Vul nu onder elke kop de tekst in (de vragen staan er al), voeg organisaties en bronnen toe,');
  console.log(`${values.draft ? 'haal "draft: true" weg als het af is, ' : ''}en controleer het met: npm run check`);
  return 0;
}

main()
  .then((code) => (process.exitCode = code))
  .catch((error: unknown) => {
    if (error instanceof InputClosed) {
      console.error(`\nGeen antwoord op: ${error.message.split('\n')[0]}\nGeef alle antwoorden als vlaggen (zie npm run new -- --help), of start npm run new in een terminal.`);
    } else {
      console.error(`\n${(error as Error).message}`);
    }
    process.exitCode = 1;
  })
  .finally(() => rl.close());
