//! The widget's Yew components (wasm32 only): the questionnaire screens, the app root that holds
//! their state, and the results screen.

pub mod actions;
pub mod announce;
pub mod app;
pub mod components;
pub mod keep;
pub mod paint;
pub mod pool;
pub mod print;
pub mod results;
pub mod state;
