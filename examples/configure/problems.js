// The checker's problems of a model, each shown at its field (the field's controls marked invalid
// and described by it) and listed with the field's name in the clinic's words.
import { TEXT } from './text.js';
import { $, $$, cssSupports, element, page, plural, say, treatmentName } from './page.js';
import { fontProblem, scriptOf } from './snippet.js';

/** The checker's problems for `m` (and the font, which only this page checks). */
export function problemsOf(m) {
  const attributes = Object.fromEntries(Object.entries(m.attributes).filter(([, v]) => v !== ''));
  const found = page.checker.validate(attributes, scriptOf(m));
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
export function labelOf(field) {
  const parts = field.split('.');
  if (parts[0] === 'treatments' && parts.length > 1 && page.facts.treatments.includes(parts[1])) {
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
export function showProblems(found) {
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
