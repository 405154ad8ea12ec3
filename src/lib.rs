//! treatment-compare: a client-side widget that compares microneedling with chemical peels,
//! laser resurfacing, injectables and microdermabrasion.
//!
//! The crate is a pure core behind a thin web shell:
//! - [`answers`], [`catalog`], [`engine`], [`assessment`], [`date`], [`config`], [`text`],
//!   [`saved`] (stored answers and share links) and [`questionnaire`] (the UI's state and reducer) know nothing of the browser and are tested
//!   natively with `cargo test`;
//! - `ui` (Yew components), `web` (mounting), `browser` (what both ask of the browser) and
//!   `containment` (what a panic does) exist only in the wasm32 build; `web` uses `ui`, and `ui`
//!   never `web`.

pub mod answers;
pub mod assessment;
pub mod catalog;
pub mod config;
pub mod date;
pub mod engine;
pub mod events;
pub mod geometry;
pub mod ids;
pub mod questionnaire;
pub mod saved;
mod sort;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(all(target_arch = "wasm32", feature = "configurator"))]
pub mod configurator;
#[cfg(target_arch = "wasm32")]
pub mod containment;
#[cfg(all(target_arch = "wasm32", feature = "test-trigger"))]
mod test_trigger;
#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;

pub use engine::assess;

/// The wasm's allocator: talc in place of the standard library's dlmalloc (smaller and faster).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
