// The configurator's form: built from the checker's facts (the treatments, the booking
// placeholders), read into a model and filled from one (snippet.js has the model).
import { $, $$, element, page, say } from './page.js';
import { emptyModel, PRICE_UNITS } from './snippet.js';

export function buildTreatments() {
  const box = $('#cf-treatments');
  for (const id of page.facts.treatments) {
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

export function buildPlaceholders() {
  const box = $('#cf-placeholder-buttons');
  for (const name of page.facts.placeholders) {
    box.append(element('button', { type: 'button', class: 'cf-chip', dataset: { placeholder: name }, text: `{${name}}` }), ' ');
  }
}

let textRows = 0;
export function addTextRow(row = { lang: '', key: '', value: '' }) {
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
export function renumberTexts() {
  $$('#cf-texts .cf-text-row').forEach((row, i) => {
    $('legend', row).textContent = say('text.row', { n: i + 1 });
    const lang = $('[data-text="lang"]', row).value.trim();
    const key = $('[data-text="key"]', row).value.trim();
    row.dataset.field = `text.${lang}.${key}`;
    $('[data-field]', row).dataset.field = `text.${lang}`;
    const english = page.tables.en.get(key);
    $('.cf-hint', row).textContent = english === undefined ? '' : say('text.english', { text: english });
  });
}

export function readForm() {
  const m = emptyModel(page.facts);
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

export function fillForm(m) {
  for (const input of $$('[data-attribute]')) {
    const value = m.attributes[input.dataset.attribute] ?? '';
    if (input.type !== 'radio') input.value = value;
  }
  // A radio group: the value's choice; the default ("show", "tab", or a value the widget refuses,
  // which the paste lists) is the one that writes no attribute.
  for (const [name, byDefault] of [['not-offered', 'show'], ['remember', 'tab'], ['analytics', 'none']]) {
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

export function syncPicker() {
  const value = $('#cf-accent-color').value.trim();
  if (/^#[0-9a-f]{6}$/i.test(value)) $('#cf-accent-picker').value = value.toLowerCase();
}
