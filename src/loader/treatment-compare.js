// The <treatment-compare> custom element: the one file a clinic's page loads
// (<script type="module" src=".../treatment-compare/treatment-compare.js">).
//
// It defines the element and nothing else. The WebAssembly module is fetched when the first
// element appears and shared by every instance on the page. Each element renders into its own
// open shadow root; the widget (Rust, src/web.rs) reads the element's attributes and its
// <script type="application/json"> child, shows a clear message when they are invalid, and
// dispatches the tc-ready, tc-completed and tc-booking-requested events on the element.
// Meanwhile each element shows the widget's first screen at once, drawn from a copy the loader
// carries, which the visitor can already answer; where that copy does not apply, it keeps the
// first step's height free instead, so the page around it does not move when the widget appears.
//
// Modules. This entry and src/loader/js/, one module per job:
//   load.js          loading: wasm-bindgen's module and the WebAssembly, once per page
//   first-screen.js  the first screen drawn before the WebAssembly, and its hand-over
//   space.js         the reserved space, and the widget's stylesheet adopted from the first frame
//   containment.js   a panic or trap stops the one shared instance; every element says so
//   element.js       the element itself, which uses the four above
//   language.js      the language chosen as the widget chooses it, and the loader's messages
//   names.js         the tag and the attributes observed
// What the loader shares with Rust is not copied into these modules: they import it from
// `tc:build`, a module the build writes from the files Rust owns (the built-in languages'
// `embed.load_failed` and `embed.crashed` from src/text/<lang>.json, the first screen from
// src/loader/first-screen.json with its texts from the same tables, the stylesheet from styles/,
// the content-hashed file names), or from JSON beside them (src/loader/first-step-heights.json).
// tests/loader.rs and tests/manifest.rs check what remains here against Rust's side.
//
// The build: scripts/package-widget.sh (a Trunk post-build hook) runs scripts/build-loader.mjs,
// which bundles this entry with esbuild (tools/, pinned in tools/package.json) into one ES
// module and minifies it: dist/treatment-compare/treatment-compare.js, the file a clinic ships.
import { TreatmentCompareElement } from './js/element.js';
import { TAG } from './js/names.js';

if (!customElements.get(TAG)) customElements.define(TAG, TreatmentCompareElement);
