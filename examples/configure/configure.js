// The configurator (configure.html): a form for everything a clinic configures, checked by the
// widget's own configuration code (the `configurator` wasm in ./validate/, which lists every
// problem at once), a live preview in a phone-width and a computer-width frame, the snippet to
// copy, and a pasted snippet read back into the form. This module ties them together: form.js,
// problems.js, preview.js, snippet.js (the model and its snippet), page.js (what they share).
import { LANGUAGES, TEXT } from './text.js';
import { $, $$, cssSupports, element, page, plural, say, treatmentName } from './page.js';
import { addTextRow, buildPlaceholders, buildTreatments, fillForm, readForm, renumberTexts, syncPicker } from './form.js';
import { labelOf, problemsOf, showProblems } from './problems.js';
import { frames, updatePreview } from './preview.js';
import { emptyModel, parseSnippet, snippetOf } from './snippet.js';

let model = null;
/** Problems of the pasted snippet that the form cannot hold, until the next paste. */
let leftOut = [];
let lastLoad = null;

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
  const parsed = parseSnippet($('#cf-paste').value, page.facts);
  leftOut = [];
  if (parsed.found === 0) {
    lastLoad = { found: 0, ignored: [], problems: 0 };
    showLeftOut();
    return;
  }
  fillForm(parsed.model);
  const form = problemsOf(readForm()).errors;
  const raw = page.checker.validate(parsed.raw.attributes, parsed.raw.script).errors;
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
  page.ui = lang in TEXT ? lang : 'en';
  document.documentElement.lang = page.ui;
  document.title = say('page.title');
  for (const el of $$('[data-t]')) el.textContent = say(el.dataset.t);
  for (const el of $$('[data-t-label]')) el.setAttribute('aria-label', say(el.dataset.tLabel));
  for (const el of $$('[data-t-title]')) el.setAttribute('title', say(el.dataset.tTitle));
  for (const el of $$('[data-treatment-name]')) el.textContent = treatmentName(el.dataset.treatmentName);
  for (const button of $$('[data-placeholder]')) button.setAttribute('aria-label', say('booking.insert_label', { placeholder: `{${button.dataset.placeholder}}` }));
  for (const button of $$('[data-ui-lang]')) button.setAttribute('aria-pressed', String(button.dataset.uiLang === page.ui));
  if (page.checker) {
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
    applyLanguage(page.ui);
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
  page.ui = wanted in LANGUAGES ? wanted : 'en';
  applyLanguage(page.ui);
  $('#cf-checker').textContent = say('loading');
  try {
    const wasm = await import('./validate/treatment_compare.js');
    await wasm.default({ module_or_path: new URL('./validate/treatment_compare_bg.wasm', import.meta.url) });
    // Its answers are JSON text (src/configurator.rs).
    page.checker = {
      validate: (attributes, script) => JSON.parse(wasm.validate(attributes, script)),
      textTable: (code) => JSON.parse(wasm.text_table(code)),
    };
    page.facts = JSON.parse(wasm.facts());
  } catch (error) {
    page.checker = null;
    $('#cf-checker').textContent = say('checker.missing', { why: String(error && error.message ? error.message : error) });
    return;
  }
  for (const code of page.facts.languages) page.tables[code] = new Map(page.checker.textTable(code));
  $('#cf-text-keys').append(...[...page.tables.en.keys()].map((key) => element('option', { value: key })));
  buildTreatments();
  buildPlaceholders();
  model = emptyModel(page.facts);
  fillForm(model);
  wire();
  applyLanguage(page.ui);
  document.body.dataset.ready = '';
}

start();
