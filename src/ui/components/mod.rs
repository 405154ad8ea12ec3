//! The questionnaire's parts, one per file, plus small DOM helpers they share. The parts that keep
//! no state of their own are plain view functions (`fn part(&PartProps) -> Html`) rather than
//! Yew components: a component costs about 2 KB of wasm in Yew's generic machinery (mounting,
//! props comparison, scopes), and the questionnaire's parts re-render with their screen anyway.
//! The parts with hooks (`PreferencesStep`, `HealthStep`, `QuizPanel`) stay components.

pub mod concern_choice;
pub mod concerns_step;
pub mod dom;
pub mod downtime_step;
pub mod header;
pub mod health_gate;
pub mod health_row;
pub mod health_step;
pub mod isotretinoin_row;
pub mod language_switch;
pub mod nav;
pub mod preferences_step;
pub mod progress;
pub mod quiz;
pub mod radio_card;
pub mod skin_type_step;

pub use concerns_step::{concerns_step, ConcernsStepProps};
pub use downtime_step::{downtime_step, DowntimeStepProps};
pub use header::{header, HeaderProps};
pub use health_step::HealthStep;
pub use language_switch::{language_switch, LanguageSwitchProps};
pub use nav::{nav, NavProps};
pub use preferences_step::PreferencesStep;
pub use progress::{progress, ProgressProps};
pub use skin_type_step::{skin_type_step, SkinTypeStepProps};
