// The two previews: a <treatment-compare> in each frame (configure/preview.html), created with the
// frame's own document and kept to the model's attributes, JSON script and font.
import { $, cssSupports, page, say } from './page.js';
import { fontProblem, scriptOf } from './snippet.js';

export const frames = () => [$('#cf-preview-phone'), $('#cf-preview-desktop')];

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

export function updatePreview(m) {
  const script = scriptOf(m);
  const font = fontProblem(m.font, cssSupports) ? '' : m.font.trim();
  for (const frame of frames()) {
    const el = previewElement(frame);
    if (!el) continue;
    el.ownerDocument.documentElement.lang = page.ui;
    el.parentElement.setAttribute('aria-label', say(frame.id === 'cf-preview-phone' ? 'preview.phone_title' : 'preview.desktop_title'));
    for (const name of page.facts.attributes) {
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
