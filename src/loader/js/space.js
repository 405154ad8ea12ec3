// ---- Reserved space --------------------------------------------------------------------------
//
// The element is empty until the WebAssembly arrives; the widget's first screen is then about
// 1,200px tall (2,600 on a 240px phone column). So that nothing on the page moves when it
// appears, the element's mount point gets the first step's height as its min-height at once,
// from the table imported below, for the element's width. It keeps it until the visitor first
// presses a key or a pointer anywhere on the page (the browser does not count a layout shift that follows
// input within 500 ms), or, sooner, once the widget's first screen is there and what follows
// the element is below the window both with the reserved height and without it (a shift out
// of sight is not counted either).
import { WIDGET_CSS } from 'tc:build';

/**
 * The first step's height, in units of the widget's font size (`--tc-font-size`, 16px by
 * default), per built-in language, for a container 15, 16, ... 48 units wide (the widget is 48
 * units wide at most), with a language switch and a clinic's name, rounded up; a clinic's own
 * language is given Spanish's, the taller: src/loader/first-step-heights.json, which the build
 * bundles. tests/e2e/layout-shift.test.mjs checks it against the built widget
 * (`TC_WRITE_RESERVATION=1 node --test tests/e2e/layout-shift.test.mjs` writes it anew).
 */
import FIRST_STEP_HEIGHTS from '../first-step-heights.json';

/** The table's first width, in units. */
const FIRST_STEP_MIN_WIDTH = 15;

/**
 * The widget's stylesheet, made once and adopted into every element's shadow root before the
 * widget arrives (its `:host` rules lay the element out from the first frame, and a hostile
 * page's `* { padding: 20px !important }` does not reach it). The mark tells the widget's
 * code that its styles are there (src/web/styles.rs). Null where constructable stylesheets
 * are not supported.
 */
let widgetSheet;
export function styles() {
  if (widgetSheet === undefined) {
    try {
      widgetSheet = new CSSStyleSheet();
      widgetSheet.replaceSync(WIDGET_CSS);
      widgetSheet.__treatmentCompareSheet = true;
    } catch {
      widgetSheet = null;
    }
  }
  return widgetSheet;
}

/** The height to keep free for the widget's first step in `element` (px), in language `lang`. */
export function firstStepHeight(element, mountPoint, lang) {
  const heights = FIRST_STEP_HEIGHTS[lang] ?? FIRST_STEP_HEIGHTS.es;
  if (!heights) return 0;
  // The unit as the widget's CSS resolves it: var(--tc-font-size, 16px).
  mountPoint.style.fontSize = 'var(--tc-font-size, 16px)';
  const unit = parseFloat(getComputedStyle(mountPoint).fontSize) || 16;
  mountPoint.style.fontSize = '';
  const width = element.getBoundingClientRect().width / unit;
  if (!(width > 0)) return 0;
  const at = Math.min(heights.length - 1, Math.floor(width) - FIRST_STEP_MIN_WIDTH);
  // Narrower than the table: the text wraps about in proportion.
  const height = at < 0 ? (heights[0] * FIRST_STEP_MIN_WIDTH) / width : heights[at];
  return Math.ceil(height * unit);
}

/** Elements holding reserved space, and what releases it. */
export const reservations = new Map();
/** The visitor's first key or pointer press releases every rendered element's reservation. */
export function onInput() {
  for (const [element, reservation] of reservations) if (reservation.rendered) element[RELEASE]();
}
export const RELEASE = Symbol('release');
