/**
 * Enhances /bijdragen/: reads the form into CaseFormValues, shows a live preview, checks the
 * result with the same rules as `npm run check` and offers the file (GitHub, download, copy).
 * Without JavaScript the page is a checklist with the template; all logic lives in src/lib.
 */
import {
  buildCaseFile,
  caseSections,
  emptyFormValues,
  fieldId,
  slugify,
  type CaseFormValues,
  type CaseMode,
  type FormProblem,
} from '../lib/case-form';
import { casePreviewHtml } from '../lib/case-preview';
import { githubNewFileUrl } from '../lib/github-urls';
import { caseMail, creditName, type CreditChoice } from '../lib/contribute-mail';
import { applyCredit } from './contribute-credit';

const lines = (value: FormDataEntryValue | null): string[] => String(value ?? '').split(/\r?\n/);
const one = (data: FormData, name: string): string => String(data.get(name) ?? '');

/** The number of rows of a repeatable group (organisations, sources, contributors). */
function rowCount(form: HTMLFormElement, group: string): number {
  return form.querySelectorAll(`[data-rows="${group}"] > [data-row]`).length;
}

/** The Dutch labels of the ticked boxes of a group, as the form shows them. */
function checkedLabels(form: HTMLFormElement, name: string): string[] {
  return [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((box) => form.querySelector(`label[for="${box.id}"]`)?.textContent?.trim() ?? box.value);
}

/** The contributors as they will be published: the typed names, or one line by sector and region, or "anoniem". */
function readContributors(form: HTMLFormElement, data: FormData, rows: number[]): CaseFormValues['contributors'] {
  const credit = (one(data, 'credit') || 'naam') as CreditChoice;
  if (credit !== 'naam') return [{ name: creditName(credit, checkedLabels(form, 'sectors'), checkedLabels(form, 'provinces')), organisation: '', orcid: '' }];
  return rows.map((n) => ({
    name: one(data, `contributors[${n}].name`),
    organisation: one(data, `contributors[${n}].organisation`),
    orcid: one(data, `contributors[${n}].orcid`),
  }));
}

/** Reads every field of the form. Only the sections of the chosen mode are read (the others are disabled). */
function readValues(form: HTMLFormElement): CaseFormValues {
  const data = new FormData(form);
  const mode = (one(data, 'mode') || 'werkt') as CaseMode;
  const rows = (group: string) => Array.from({ length: rowCount(form, group) }, (_, i) => i + 1);
  return {
    ...emptyFormValues(new Date(), mode),
    slug: one(data, 'slug'),
    mode,
    title: one(data, 'title'),
    summary: one(data, 'summary'),
    type: one(data, 'type'),
    provinces: data.getAll('provinces').map(String),
    labourMarketRegions: data.getAll('labourMarketRegions').map(String),
    place: one(data, 'place'),
    sectors: data.getAll('sectors').map(String),
    levels: data.getAll('levels').map(String),
    routes: data.getAll('routes').map(String),
    aims: data.getAll('aims').map(String),
    factors: data.getAll('factors').map(String),
    scenarios: data.getAll('scenarios').map(String),
    status: one(data, 'status'),
    stopReason: one(data, 'stopReason'),
    outcome: one(data, 'outcome'),
    evidence: one(data, 'evidence'),
    verification: one(data, 'verification'),
    started: one(data, 'started'),
    ended: one(data, 'ended'),
    organisations: rows('organisations').map((n) => ({
      name: one(data, `organisations[${n}].name`),
      role: one(data, `organisations[${n}].role`),
      url: one(data, `organisations[${n}].url`),
      anonymised: data.get(`organisations[${n}].anonymised`) === 'true',
    })),
    sources: rows('sources').map((n) => ({
      title: one(data, `sources[${n}].title`),
      publisher: one(data, `sources[${n}].publisher`),
      authors: lines(data.get(`sources[${n}].authors`)),
      year: one(data, `sources[${n}].year`),
      url: one(data, `sources[${n}].url`),
      accessed: one(data, `sources[${n}].accessed`),
      note: one(data, `sources[${n}].note`),
    })),
    lessons: lines(data.get('lessons')),
    conditions: lines(data.get('conditions')),
    contributors: readContributors(form, data, rows('contributors')),
    published: one(data, 'published'),
    reviewed: one(data, 'reviewed'),
    related: data.getAll('related').map(String),
    redirectFrom: lines(data.get('redirectFrom')),
    draft: data.get('draft') === 'true',
    sections: Object.fromEntries(caseSections[mode].map((section) => [section.id, one(data, `sections.${mode}.${section.id}`)])),
  };
}

/** The element that shows a problem: the field itself, or the nearest field it belongs to. */
function elementFor(form: HTMLFormElement, field: string, mode: CaseMode): HTMLElement | undefined {
  const candidates: string[] = [];
  const section = /^sections\.(.+)$/.exec(field)?.[1];
  if (section) candidates.push(`sections.${mode}.${section}`);
  let path = field;
  while (path) {
    candidates.push(path);
    const shorter = path.replace(/(\[\d+\]|\.[^.[\]]+)$/, '');
    if (shorter === path) break;
    path = shorter;
  }
  candidates.push(`${field}[1].title`, `${field}[1].name`);
  for (const candidate of candidates) {
    const element = form.querySelector<HTMLElement>(`#${CSS.escape(fieldId(candidate))}`);
    if (element && !element.closest('[hidden], [disabled]')) return element;
  }
  return undefined;
}

/** The control to focus for an element: itself, or the first input of a fieldset. */
const focusTarget = (element: HTMLElement): HTMLElement => (element.tagName === 'FIELDSET' ? (element.querySelector<HTMLElement>('input, select, textarea') ?? element) : element);

function clearErrors(form: HTMLFormElement): void {
  form.querySelectorAll<HTMLElement>('.form-error').forEach((p) => {
    p.hidden = true;
    p.textContent = '';
  });
  form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
}

function showErrors(form: HTMLFormElement, problems: FormProblem[], mode: CaseMode): void {
  const summary = form.querySelector<HTMLElement>('[data-error-summary]')!;
  const list = summary.querySelector<HTMLElement>('[data-error-list]')!;
  list.replaceChildren();
  for (const problem of problems) {
    const element = elementFor(form, problem.field, mode);
    const item = document.createElement('li');
    if (element) {
      const error = document.getElementById(`${element.id}-fout`);
      if (error) {
        error.hidden = false;
        error.textContent = error.textContent ? `${error.textContent} ${problem.message}` : problem.message;
      }
      const controls = element.tagName === 'FIELDSET' ? element.querySelectorAll('input') : [element];
      controls.forEach((control) => control.setAttribute('aria-invalid', 'true'));
      const link = document.createElement('a');
      link.href = `#${element.id}`;
      link.textContent = problem.message;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        // The field may sit in a folded step: open it first.
        for (let step = element.closest('details'); step; step = step.parentElement?.closest('details') ?? null) step.open = true;
        element.scrollIntoView({ block: 'center' });
        focusTarget(element).focus();
      });
      item.append(link);
    } else {
      item.textContent = problem.message;
    }
    list.append(item);
  }
  summary.hidden = false;
  summary.focus();
}

/** Adds an empty row to a repeatable group, numbered after the last one. */
function addRow(form: HTMLFormElement, group: string): void {
  const container = form.querySelector<HTMLElement>(`[data-rows="${group}"]`);
  const last = container?.querySelector<HTMLElement>('[data-row]:last-of-type');
  if (!container || !last) return;
  const from = Number(last.dataset.row);
  const to = from + 1;
  const row = last.cloneNode(true) as HTMLElement;
  row.dataset.row = String(to);
  const legend = row.querySelector('legend');
  if (legend) legend.textContent = legend.textContent!.replace(String(from), String(to));
  row.querySelectorAll<HTMLElement>('*').forEach((el) => {
    for (const attr of ['id', 'name', 'for', 'aria-describedby', 'data-field']) {
      const value = el.getAttribute(attr);
      if (value) el.setAttribute(attr, value.replaceAll(`${group}[${from}]`, `${group}[${to}]`).replaceAll(`${group}-${from}-`, `${group}-${to}-`));
    }
    if (el instanceof HTMLInputElement && el.type === 'checkbox') el.checked = false;
    else if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.value = '';
    else if (el instanceof HTMLSelectElement) el.selectedIndex = 0;
    if (el.classList.contains('form-error')) {
      el.hidden = true;
      el.textContent = '';
    }
    el.removeAttribute('aria-invalid');
  });
  container.append(row);
  focusTarget(row.querySelector<HTMLElement>('input, textarea, select') ?? row).focus();
}

/** Starts the enhancements on /bijdragen/. */
export function startContributeForm(): void {
  const form = document.querySelector<HTMLFormElement>('[data-contribute-form]');
  if (!form) return;
  const known = JSON.parse(form.dataset.known ?? '{}') as { slugs?: string[]; titles?: string[] };
  const repository = form.dataset.repository ?? '';
  const branch = form.dataset.branch ?? 'main';
  const anonymisedNote = form.dataset.anonymisedNote ?? '';
  const preview = document.querySelector<HTMLElement>('[data-preview]');
  const output = form.querySelector<HTMLElement>('[data-output]')!;
  const status = form.querySelector<HTMLElement>('[data-status]')!;
  const fileText = form.querySelector<HTMLTextAreaElement>('[data-file-text]')!;
  const slugInput = form.querySelector<HTMLInputElement>(`#${fieldId('slug')}`)!;
  const titleInput = form.querySelector<HTMLInputElement>(`#${fieldId('title')}`)!;
  let built: { slug: string; text: string } | undefined;
  let slugEdited = false;

  const editorsEmail = form.dataset.editorsEmail ?? '';
  const show = (selector: string, visible: boolean) => form.querySelectorAll<HTMLElement>(selector).forEach((el) => (el.hidden = !visible));
  // Typed before this script arrived: the file name still follows the title.
  if (!slugInput.value && titleInput.value) slugInput.value = slugify(titleInput.value);

  const currentMode = (): CaseMode => ((new FormData(form).get('mode') as CaseMode | null) ?? 'werkt');
  const applyMode = () => {
    const mode = currentMode();
    form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-mode]').forEach((set) => {
      const active = set.dataset.mode === mode;
      set.hidden = !active;
      set.disabled = !active;
    });
  };

  const updatePreview = () => {
    if (preview) preview.innerHTML = casePreviewHtml(readValues(form), { level: 3, anonymisedNote });
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedulePreview = () => {
    clearTimeout(timer);
    timer = setTimeout(updatePreview, 200);
  };

  slugInput.addEventListener('input', () => (slugEdited = slugInput.value.trim() !== ''));
  titleInput.addEventListener('input', () => {
    if (!slugEdited) slugInput.value = slugify(titleInput.value);
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).name === 'mode') applyMode();
  });
  form.addEventListener('input', () => {
    schedulePreview();
    if (built) {
      built = undefined;
      output.hidden = true;
      status.textContent = 'U heeft iets veranderd. Klik opnieuw op “Controleer en maak het bestand”.';
    }
  });
  form.querySelectorAll<HTMLButtonElement>('[data-add-row]').forEach((button) => button.addEventListener('click', () => addRow(form, button.dataset.addRow!)));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    updatePreview();
    const values = readValues(form);
    const result = buildCaseFile(values, { knownSlugs: known.slugs, knownTitles: known.titles });
    const summary = form.querySelector<HTMLElement>('[data-error-summary]')!;
    if (!result.ok) {
      built = undefined;
      output.hidden = true;
      status.textContent = '';
      showErrors(form, result.problems, values.mode);
      return;
    }
    summary.hidden = true;
    built = { slug: result.slug, text: result.text };
    fileText.value = result.text;
    form.querySelectorAll<HTMLElement>('[data-file-name]').forEach((el) => (el.textContent = `${result.slug}.mdx`));
    renderPublicSummary(form.querySelector<HTMLElement>('[data-public-summary]'), values);
    show('[data-download-help]', false);
    if (editorsEmail) {
      const mail = caseMail(editorsEmail, `${result.slug}.mdx`, values.title.trim(), result.text);
      form.querySelector<HTMLAnchorElement>('[data-mail-link]')!.href = mail.url;
      show('[data-mail-in-body]', mail.inBody);
      show('[data-mail-attach]', !mail.inBody);
    }
    show('[data-mail-route]', Boolean(editorsEmail));
    show('[data-no-mail]', !editorsEmail);
    show('[data-with-mail]', Boolean(editorsEmail));
    show('[data-without-mail]', !editorsEmail);
    form.querySelectorAll<HTMLAnchorElement>('[data-editors-mailto]').forEach((link) => {
      link.href = `mailto:${editorsEmail}`;
      link.textContent = editorsEmail;
    });
    const github = githubNewFileUrl(repository, branch, result.path, result.text);
    form.querySelector<HTMLAnchorElement>('[data-github-link]')!.href = github.url;
    form.querySelector<HTMLElement>('[data-github-too-long]')!.hidden = github.complete;
    output.hidden = false;
    status.textContent = 'Het bestand is klaar en voldoet aan alle regels.';
    status.scrollIntoView({ block: 'start' });
  });

  form.querySelector('[data-download]')?.addEventListener('click', () => {
    if (!built) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([built.text], { type: 'text/markdown;charset=utf-8' }));
    link.download = `${built.slug}.mdx`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    status.textContent = `Het bestand ${built.slug}.mdx is gedownload.`;
    show('[data-download-help]', true);
  });
  form.querySelector('[data-copy]')?.addEventListener('click', async () => {
    if (!built) return;
    try {
      await navigator.clipboard.writeText(built.text);
      status.textContent = 'De tekst is gekopieerd. Plak hem in een nieuw bestand op GitHub of in een e-mail aan de redactie.';
    } catch {
      // Without clipboard permission: select the text so Ctrl+C (or Cmd+C) copies it.
      fileText.focus();
      fileText.select();
      status.textContent = 'Kopiëren lukte niet automatisch. De tekst is geselecteerd: druk op Ctrl+C (Mac: Cmd+C) om te kopiëren.';
    }
  });

  applyMode();
  applyCredit(form);
  updatePreview();
  form.dataset.formReady = '';
}

/** "Dit wordt openbaar": what the site and the repository will show of this contribution. */
function renderPublicSummary(box: HTMLElement | null, values: CaseFormValues): void {
  if (!box) return;
  const item = (label: string, text: string) => {
    const li = document.createElement('li');
    const strong = document.createElement('strong');
    strong.textContent = `${label}: `;
    li.append(strong, text);
    return li;
  };
  const heading = document.createElement('h3');
  heading.textContent = 'Dit wordt openbaar';
  const intro = document.createElement('p');
  intro.textContent = 'Op de site en in de openbare repository komt te staan:';
  const list = document.createElement('ul');
  const organisations = values.organisations.filter((o) => o.name.trim());
  const contributors = values.contributors.map((c) => c.name.trim()).filter(Boolean);
  list.append(
    item('Titel', values.title.trim()),
    item('De tekst', 'de samenvatting, de antwoorden per onderdeel, de lessen en de bronnen, zoals in het voorbeeld hiernaast'),
    item('Organisaties', organisations.length ? organisations.map((o) => `${o.name.trim()}${o.anonymised ? ' (niet bij naam genoemd)' : ''}`).join('; ') : 'geen'),
    item('Beschreven door', contributors.join('; ') || 'niemand'),
  );
  const note = document.createElement('p');
  note.textContent = 'Uw e-mailadres komt nooit op de site. Klopt iets niet? Pas het formulier aan en klik opnieuw op “Controleer en maak het bestand”.';
  box.replaceChildren(heading, intro, list, note);
}
