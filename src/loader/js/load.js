// ---- Loading ---------------------------------------------------------------------------------
//
// Loading takes one round trip after the loader: once the page has painted, the first element
// starts wasm-bindgen's module (a dynamic import) and the WebAssembly (fetch) at once, rather
// than the module first and the WebAssembly when the module asks for it. Both file names are
// content-hashed; the build writes them in (`tc:build`, scripts/build-loader.mjs).
import { MODULE_FILE, WASM_FILE } from 'tc:build';

/**
 * Whether the browser can run the widget at all: WebAssembly (switched off by iOS Lockdown Mode,
 * a browser's enhanced security mode or an administrator's policy, or too old) and stylesheets
 * adopted into shadow roots (Safari before 16.4, Firefox before 101), without which the widget
 * would show unstyled.
 */
export const supported = typeof WebAssembly === 'object' && typeof ShadowRoot === 'function' && 'adoptedStyleSheets' in ShadowRoot.prototype;

const MODULE_URL = new URL(MODULE_FILE, import.meta.url);
export const WASM_URL = new URL(WASM_FILE, import.meta.url);

/** wasm-bindgen's `Widget` class, once its module is imported. */
export let Widget = null;
let loading = null;
/**
 * Resolves once the page has painted its first frame (with each element's reserved space): the
 * WebAssembly's download then takes no bandwidth from what the page needs for that frame (its
 * styles, its largest image: the page's own LCP). At once in a hidden page, which paints nothing.
 */
function afterFirstPaint() {
  return new Promise((ok) => {
    if (document.visibilityState === 'hidden' || performance.getEntriesByType('paint').length > 0) return ok();
    try {
      // The browser reports the first paint once it is on screen.
      new PerformanceObserver((_, observer) => {
        observer.disconnect();
        ok();
      }).observe({ type: 'paint' });
    } catch {
      // No paint timing: the frames below.
    }
    // A page that paints nothing still gets its widget, a little later.
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 100)));
  });
}

/** A promise fulfilled in a later task (after the browser has had the chance to do other work). */
export function nextTask() {
  return new Promise((ok) => setTimeout(ok, 0));
}

/** Whether the WebAssembly is running: an element added from then on mounts at once. */
export let wasmStarted = false;

/**
 * Instantiates the WebAssembly module once per page, whatever the number of elements. The
 * module's import and the WebAssembly's download run side by side; wasm-bindgen's `init` takes
 * the response's promise (and compiles the WebAssembly as it streams in). `onPanic` is told of
 * a panic in the widget's code (src/containment.rs).
 */
export function loadModule(onPanic) {
  loading ??= afterFirstPaint().then(() => {
    const wasm = fetch(WASM_URL);
    wasm.catch(() => {}); // init reports it
    return import(MODULE_URL.href).then((module) => {
      Widget = module.Widget;
      return module.default({ module_or_path: wasm }).then(() => {
        Widget.on_panic(onPanic);
        wasmStarted = true;
      });
    });
  });
  return loading;
}
