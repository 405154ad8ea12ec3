// ---- Containment -----------------------------------------------------------------------------
//
// A failure of the widget's code (a panic, reported by src/containment.rs, or a trap) stops the
// one instance all elements share: each then shows a "please reload" message and fires tc-error
// ({ field: "widget", message }), and nothing calls into the instance again.
import { supported, WASM_URL } from './load.js';
import { TAG } from './names.js';

/** The elements using the instance. */
export const elements = new Set();
/** Why the instance stopped, once it has. */
export let stopped = null;
/** A stopped instance's widgets: kept, so no finalizer calls into it. */
export const stoppedWidgets = [];
export const STOP = Symbol('stop');

export function stopAll(reason) {
  if (stopped !== null) return;
  stopped = String(reason);
  console.error(`${TAG}: the widget stopped after an internal error; reloading the page starts it again.`, stopped);
  for (const element of elements) element[STOP]();
}

/** Calls into the instance; an exception out of it (a trap) stops it. */
export function guarded(call) {
  if (stopped !== null) return undefined;
  try {
    return call();
  } catch (error) {
    stopAll(error);
    return undefined;
  }
}

// A trap with no panic first (out of memory) in one of the widget's event handlers: its top
// frame is in the widget's wasm.
const trapped = (error) => supported && error instanceof WebAssembly.RuntimeError && String(error.stack).split('\n')[1]?.includes(WASM_URL.href);
window.addEventListener('error', (event) => trapped(event.error) && stopAll(event.error));
window.addEventListener('unhandledrejection', (event) => trapped(event.reason) && stopAll(event.reason));
