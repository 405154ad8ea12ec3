// The configurator (configure.html): a form for everything a clinic configures, checked by the
// widget's own configuration code (the `configurator` wasm in ./validate/, which lists every
// problem at once), a live preview in a phone-width and a computer-width frame, the snippet to
// copy, and a pasted snippet read back into the form. Plain DOM: no innerHTML anywhere, so
// nothing a clinic pastes or types is ever parsed as markup in this page.
import { LANGUAGES, TEXT } from './text.js';
import { emptyModel, fontProblem, parseSnippet, scriptOf, snippetOf, PRICE_UNITS } from './snippet.js';

const $ = (selector, root = document) => root.querySelector(selector);
const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];

let ui = 'en';
let checker = null;
let facts = null;
/** The widget's own text per built-in language (treatment names, the keys a clinic may override). */
const tables = {};
let model = null;
/** Problems of the pasted snippet that the form cannot hold, until the next paste. */
let leftOut = [];
let lastLoad = null;

/** The configurator's text `key` in the page's language, `{name}` blanks filled from `values`. */
function say(key, values = {}) {
  let text = TEXT[ui][key] ?? TEXT.en[key] ?? key;
  for (const [name, value] of Object.entries(values)) text = text.replaceAll(`{${name}}`, String(value));
  return text;
}

function plural(key, n) {
  const form = new Intl.PluralRules(ui).select(n) === 'one' ? 'one' : 'other';
  return say(`${key}.${form}`, { n });
}

const cssSupports = (property, value) => CSS.supports(property, value);

function element(tag, props = {}, children = []) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name === 'text') el.textContent = value;
    else if (name === 'dataset') Object.assign(el.dataset, value);
    else if (value !== undefined && value !== null && value !== false) el.setAttribute(name, value === true ? '' : value);
  }
  el.append(...children);
  return el;
}

function treatmentName(id) {
  return tables[ui]?.get(`results.treatments.${id}`) ?? tables.en.get(`results.treatments.${id}`) ?? id;
}

// ---- The form ------------------------------------------------------------------------------

function buildTreatments() {
  const box = $('#cf-treatments');
  for (const id of facts.treatments) {
    const field = (part, control) =>
      element('div', { class: 'cf-field', dataset: { field: `treatments.${id}.price.${part}` } }, [
        element('label', { for: control.id, dataset: { t: `field.${part}` } }),
        control,
      ]);
    const amount = (part) =>
      element('input', { id: `cf-${id}-${part}`, type: 'text', inputmode: 'decimal', autocomplete: 'off', dataset: { treatment: id, part } });
    const per = element('select', { id: `cf-${id}-per`, dataset: { treatment: id, part: 'per' } }, [
      element('option', { value: '', dataset: { t: 'per.none' } }),
      ...PRICE_UNITS.map((unit) => element('option', { value: unit, dataset: { t: `per.${unit}` } })),
    ]);
    const offered = element('input', { id: `cf-${id}-offered`, type: 'checkbox', dataset: { treatment: id, part: 'offered' } });
    box.append(
      element('fieldset', { class: 'cf-treatment', dataset: { field: `treatments.${id}` } }, [
        element('legend', { class: 'cf-treatment-name', dataset: { treatmentName: id } }),
        element('label', { class: 'cf-offered' }, [offered, ' ', element('span', { dataset: { t: 'treatment.offered' } })]),
        element('div', { class: 'cf-price', dataset: { field: `treatments.${id}.price` } }, [
          field('from', amount('from')),
          field('to', amount('to')),
          field('per', per),
        ]),
      ]),
    );
  }
}

function buildPlaceholders() {
  const box = $('#cf-placeholder-buttons');
  for (const name of facts.placeholders) {
    box.append(element('button', { type: 'button', class: 'cf-chip', dataset: { placeholder: name }, text: `{${name}}` }), ' ');
  }
}

let textRows = 0;
function addTextRow(row = { lang: '', key: '', value: '' }) {
  textRows += 1;
  const n = textRows;
  const input = (part, props = {}) =>
    element('input', { id: `cf-text-${n}-${part}`, type: 'text', autocomplete: 'off', spellcheck: 'false', dataset: { text: part }, ...props });
  const lang = input('lang');
  const key = input('key', { list: 'cf-text-keys' });
  const value = input('value', { spellcheck: 'true', 'aria-describedby': `cf-text-${n}-english` });
  lang.value = row.lang;
  key.value = row.key;
  value.value = row.value;
  const wrap = (part, control, field) =>
    element('div', { class: 'cf-field', dataset: field ? { field } : {} }, [
      element('label', { for: control.id, dataset: { t: `field.text-${part}` } }),
      control,
    ]);
  const box = element('fieldset', { class: 'cf-text-row' }, [
    element('legend', { dataset: { textRow: String(n) } }),
    wrap('lang', lang, 'text-lang'),
    wrap('key', key),
    wrap('value', value),
    element('p', { class: 'cf-hint', id: `cf-text-${n}-english` }),
    element('button', { type: 'button', class: 'cf-button cf-remove', dataset: { removeText: '', t: 'text.remove' } }),
  ]);
  for (const el of $$('[data-t]', box)) el.textContent = say(el.dataset.t);
  $('#cf-texts').append(box);
  renumberTexts();
  return box;
}

/** Each text row's legend, its fields' names for the checker's problems, and its English hint. */
function renumberTexts() {
  $$('#cf-texts .cf-text-row').forEach((row, i) => {
    $('legend', row).textContent = say('text.row', { n: i + 1 });
    const lang = $('[data-text="lang"]', row).value.trim();
    const key = $('[data-text="key"]', row).value.trim();
    row.dataset.field = `text.${lang}.${key}`;
    $('[data-field]', row).dataset.field = `text.${lang}`;
    const english = tables.en.get(key);
    $('.cf-hint', row).textContent = english === undefined ? '' : say('text.english', { text: english });
  });
}

function readForm() {
  const m = emptyModel(facts);
  for (const input of $$('[data-attribute]')) {
    const name = input.dataset.attribute;
    if (input.type === 'radio') {
      if (input.checked) m.attributes[name] = input.value;
    } else {
      m.attributes[name] = input.value;
    }
  }
  for (const t of m.treatments) {
    t.offered = $(`#cf-${t.id}-offered`).checked;
    t.from = $(`#cf-${t.id}-from`).value;
    t.to = $(`#cf-${t.id}-to`).value;
    t.per = $(`#cf-${t.id}-per`).value;
  }
  m.text = $$('#cf-texts .cf-text-row').map((row) => ({
    lang: $('[data-text="lang"]', row).value.trim(),
    key: $('[data-text="key"]', row).value.trim(),
    value: $('[data-text="value"]', row).value,
  }));
  m.font = $('#cf-font').value;
  m.loader = $('#cf-loader').value;
  return m;
}

function fillForm(m) {
  for (const input of $$('[data-attribute]')) {
    const value = m.attributes[input.dataset.attribute] ?? '';
    if (input.type !== 'radio') input.value = value;
  }
  // A radio group: the value's choice; the default ("show", "tab", or a value the widget refuses,
  // which the paste lists) is the one that writes no attribute.
  for (const [name, byDefault] of [['not-offered', 'show'], ['remember', 'tab']]) {
    const value = m.attributes[name] === byDefault ? '' : m.attributes[name];
    const choice = $(`[name="${name}"][value="${CSS.escape(value)}"]`) ?? $(`[name="${name}"][value=""]`);
    choice.checked = true;
  }
  for (const t of m.treatments) {
    $(`#cf-${t.id}-offered`).checked = t.offered;
    $(`#cf-${t.id}-from`).value = t.from;
    $(`#cf-${t.id}-to`).value = t.to;
    $(`#cf-${t.id}-per`).value = t.per;
  }
  $('#cf-texts').replaceChildren();
  for (const row of m.text) addTextRow(row);
  $('#cf-font').value = m.font;
  $('#cf-loader').value = m.loader;
  syncPicker();
}

function syncPicker() {
  const value = $('#cf-accent-color').value.trim();
  if (/^#[0-9a-f]{6}$/i.test(value)) $('#cf-accent-picker').value = value.toLowerCase();
}

// ---- Problems ------------------------------------------------------------------------------

/** The checker's problems for `m` (and the font, which only this page checks). */
function problemsOf(m) {
  const attributes = Object.fromEntries(Object.entries(m.attributes).filter(([, v]) => v !== ''));
  const found = checker.validate(attributes, scriptOf(m));
  // The element's messages are its own, in English (3.1.2: marked as such on a Spanish page).
  for (const p of [...found.errors, ...found.warnings]) p.lang = 'en';
  if (fontProblem(m.font, cssSupports)) found.errors.push({ field: 'font', message: `"${m.font.trim()}" ${say('font.invalid')}` });
  return found;
}

/** The form element a problem's field belongs to: the field itself, else the nearest part of it. */
function targetOf(field) {
  const parts = field.split('.');
  for (let n = parts.length; n > 0; n--) {
    const name = parts.slice(0, n).join('.');
    const target = $$('[data-field]', $('#cf-form')).find((el) => el.dataset.field === name);
    if (target) return target;
    if (name === 'text' || name === 'treatments') break;
  }
  return null;
}

/** The field in the clinic's words. */
function labelOf(field) {
  const parts = field.split('.');
  if (parts[0] === 'treatments' && parts.length > 1 && facts.treatments.includes(parts[1])) {
    const name = treatmentName(parts[1]);
    return parts[2] === 'price' && parts[3] ? `${name} – ${say(`field.${parts[3]}`)}` : name;
  }
  if (parts[0] === 'text' && parts.length > 1) return `${say('field.text')} – ${parts.slice(1).join(' · ')}`;
  if (parts[0] === 'treatments') return `${say('field.treatments')} – ${parts.slice(1).join('.')}`;
  const own = `field.${field}`;
  return TEXT.en[own] ? say(own) : field;
}

function controlsOf(target) {
  return $$('input, select, textarea', target).filter((c) => c.closest('[data-field]') === target && c.type !== 'color');
}

let problemIds = 0;
function showProblems(found) {
  for (const old of $$('.cf-problem')) old.remove();
  for (const control of $$('[aria-invalid]')) {
    control.removeAttribute('aria-invalid');
    if (control.dataset.describedby !== undefined) {
      if (control.dataset.describedby) control.setAttribute('aria-describedby', control.dataset.describedby);
      else control.removeAttribute('aria-describedby');
    }
  }
  const list = $('#cf-problems-list');
  list.replaceChildren();
  const all = [...found.errors.map((p) => ({ ...p, warning: false })), ...found.warnings.map((p) => ({ ...p, warning: true }))];
  for (const problem of all) {
    const target = targetOf(problem.field);
    const id = `cf-problem-${++problemIds}`;
    let link = null;
    if (target) {
      const p = element('p', { class: problem.warning ? 'cf-problem cf-warning' : 'cf-problem', id, dataset: { problemField: problem.field } }, [
        problem.warning ? `${say('problems.warning')}: ` : '',
        element('span', { lang: problem.lang, text: problem.message }),
      ]);
      const controls = controlsOf(target);
      target.append(p);
      for (const control of controls.length ? controls : [target]) {
        if (!problem.warning) control.setAttribute('aria-invalid', 'true');
        if (control.dataset.describedby === undefined) control.dataset.describedby = control.getAttribute('aria-describedby') ?? '';
        control.setAttribute('aria-describedby', `${control.getAttribute('aria-describedby') ?? ''} ${id}`.trim());
      }
      link = controls[0] ?? $('input, select, textarea, button', target);
    }
    const label = [`${labelOf(problem.field)}: `, problem.warning ? `${say('problems.warning')}: ` : '', element('span', { lang: problem.lang, text: problem.message })];
    const item = link
      ? element('a', { href: `#${link.id}`, dataset: { focus: link.id } }, label)
      : element('span', {}, label);
    list.append(element('li', { class: problem.warning ? 'cf-warning' : '' }, [item]));
  }
  const count = $('#cf-problems-count');
  // A live region: said again only when it changes.
  const said = found.errors.length ? plural('problems.some', found.errors.length) : say('problems.none');
  if (count.textContent !== said) count.textContent = said;
  count.classList.toggle('cf-ok', !found.errors.length);
}

// ---- Preview -------------------------------------------------------------------------------

const frames = () => [$('#cf-preview-phone'), $('#cf-preview-desktop')];

/** The frame's element, created on first use with the frame's own document. */
function previewElement(frame) {
  const doc = frame.contentDocument;
  if (!doc || doc.readyState === 'loading' || !$('#preview', doc)) return null;
  let el = $('treatment-compare', doc);
  if (!el) {
    el = doc.createElement('treatment-compare');
    el.id = frame.id.replace('cf-', '');
    $('#preview', doc).append(el);
  }
  return el;
}

function updatePreview(m) {
  const script = scriptOf(m);
  const font = fontProblem(m.font, cssSupports) ? '' : m.font.trim();
  for (const frame of frames()) {
    const el = previewElement(frame);
    if (!el) continue;
    el.ownerDocument.documentElement.lang = ui;
    el.parentElement.setAttribute('aria-label', say(frame.id === 'cf-preview-phone' ? 'preview.phone_title' : 'preview.desktop_title'));
    for (const name of facts.attributes) {
      const value = m.attributes[name];
      if (value === '') el.removeAttribute(name);
      else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
    }
    let child = el.querySelector(':scope > script[type="application/json"]');
    if (script === null) child?.remove();
    else {
      if (!child) {
        child = el.ownerDocument.createElement('script');
        child.type = 'application/json';
        el.append(child);
      }
      if (child.textContent !== script) child.textContent = script;
    }
    if (font) el.style.setProperty('--tc-font', font);
    else el.style.removeProperty('--tc-font');
  }
}

// ---- Updates -------------------------------------------------------------------------------

function update() {
  model = readForm();
  renumberTexts();
  $('#cf-snippet').value = snippetOf(model, cssSupports);
  const found = problemsOf(model);
  showProblems(found);
  updatePreview(model);
  document.body.dataset.updates = String(Number(document.body.dataset.updates || 0) + 1);
}

let queued = false;
function updateSoon() {
  if (queued) return;
  queued = true;
  setTimeout(() => {
    queued = false;
    update();
  }, 60);
}

function showLeftOut() {
  const box = $('#cf-load-result');
  box.replaceChildren();
  if (!lastLoad) return;
  const { found, ignored, problems } = lastLoad;
  const lines = [];
  if (found === 0) lines.push(element('p', { text: say('load.none') }));
  else {
    lines.push(element('p', { text: problems ? say('load.done_problems', { count: plural('problems.count', problems) }) : say('load.done') }));
    if (found > 1) lines.push(element('p', { text: say('load.many', { count: found }) }));
    for (const name of ignored) lines.push(element('p', { text: say('load.ignored_attribute', { name }) }));
  }
  if (leftOut.length) {
    lines.push(element('p', { text: say('load.left_out') }));
    lines.push(element('ul', {}, leftOut.map((p) => element('li', { class: 'cf-left-out', dataset: { problemField: p.field } }, [`${labelOf(p.field)}: `, element('span', { lang: 'en', text: p.message })]))));
  }
  box.append(...lines);
}

function loadSnippet() {
  const parsed = parseSnippet($('#cf-paste').value, facts);
  leftOut = [];
  if (parsed.found === 0) {
    lastLoad = { found: 0, ignored: [], problems: 0 };
    showLeftOut();
    return;
  }
  fillForm(parsed.model);
  const form = problemsOf(readForm()).errors;
  const raw = checker.validate(parsed.raw.attributes, parsed.raw.script).errors;
  leftOut = raw.filter((p) => !form.some((f) => f.field === p.field && f.message === p.message));
  lastLoad = { found: parsed.found, ignored: parsed.ignored, problems: form.length + leftOut.length };
  update();
  showLeftOut();
}

async function copySnippet() {
  const text = $('#cf-snippet').value;
  const status = $('#cf-copy-status');
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = say('snippet.copied');
  } catch {
    $('#cf-snippet').select();
    status.textContent = document.execCommand('copy') ? say('snippet.copied') : say('snippet.copy_failed');
  }
}

// ---- The page's language ----------------------------------------------------------------

function applyLanguage(lang) {
  ui = lang in TEXT ? lang : 'en';
  document.documentElement.lang = ui;
  document.title = say('page.title');
  for (const el of $$('[data-t]')) el.textContent = say(el.dataset.t);
  for (const el of $$('[data-t-label]')) el.setAttribute('aria-label', say(el.dataset.tLabel));
  for (const el of $$('[data-t-title]')) el.setAttribute('title', say(el.dataset.tTitle));
  for (const el of $$('[data-treatment-name]')) el.textContent = treatmentName(el.dataset.treatmentName);
  for (const button of $$('[data-placeholder]')) button.setAttribute('aria-label', say('booking.insert_label', { placeholder: `{${button.dataset.placeholder}}` }));
  for (const button of $$('[data-ui-lang]')) button.setAttribute('aria-pressed', String(button.dataset.uiLang === ui));
  if (checker) {
    $('#cf-checker').textContent = '';
    update();
    showLeftOut();
  }
}

function wire() {
  const form = $('#cf-form');
  form.addEventListener('input', (event) => {
    if (event.target.id === 'cf-paste') return;
    if (event.target.id === 'cf-accent-picker') $('#cf-accent-color').value = event.target.value;
    if (event.target.id === 'cf-accent-color') syncPicker();
    updateSoon();
  });
  form.addEventListener('change', (event) => {
    if (event.target.id !== 'cf-paste') updateSoon();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  $('#cf-loader').addEventListener('input', updateSoon);
  $('#cf-load').addEventListener('click', loadSnippet);
  $('#cf-copy').addEventListener('click', copySnippet);
  $('#cf-add-text').addEventListener('click', () => {
    const row = addTextRow();
    applyLanguage(ui);
    $('[data-text="lang"]', row).focus();
  });
  $('#cf-texts').addEventListener('click', (event) => {
    const remove = event.target.closest('[data-remove-text]');
    if (!remove) return;
    remove.closest('.cf-text-row').remove();
    update();
    $('#cf-add-text').focus();
  });
  $('#cf-placeholder-buttons').addEventListener('click', (event) => {
    const button = event.target.closest('[data-placeholder]');
    if (!button) return;
    const input = $('#cf-booking-url');
    const at = input.selectionStart ?? input.value.length;
    const insert = `{${button.dataset.placeholder}}`;
    input.value = input.value.slice(0, at) + insert + input.value.slice(input.selectionEnd ?? at);
    update();
  });
  $('#cf-problems-list').addEventListener('click', (event) => {
    const link = event.target.closest('[data-focus]');
    if (!link) return;
    event.preventDefault();
    document.getElementById(link.dataset.focus)?.focus();
  });
  for (const button of $$('[data-ui-lang]')) button.addEventListener('click', () => applyLanguage(button.dataset.uiLang));
  for (const frame of frames()) frame.addEventListener('load', () => updatePreview(model));
}

async function start() {
  const wanted = new URLSearchParams(location.search).get('lang');
  ui = wanted in LANGUAGES ? wanted : 'en';
  applyLanguage(ui);
  $('#cf-checker').textContent = say('loading');
  try {
    checker = await import('./validate/treatment_compare.js');
    await checker.default({ module_or_path: new URL('./validate/treatment_compare_bg.wasm', import.meta.url) });
  } catch (error) {
    checker = null;
    $('#cf-checker').textContent = say('checker.missing', { why: String(error && error.message ? error.message : error) });
    return;
  }
  facts = checker.facts();
  for (const code of facts.languages) tables[code] = new Map(checker.text_table(code));
  $('#cf-text-keys').append(...[...tables.en.keys()].map((key) => element('option', { value: key })));
  buildTreatments();
  buildPlaceholders();
  model = emptyModel(facts);
  fillForm(model);
  wire();
  applyLanguage(ui);
  document.body.dataset.ready = '';
}

start();
