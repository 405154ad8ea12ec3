//! The questionnaire's components, one per file, plus small DOM helpers they share.

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

pub use concerns_step::ConcernsStep;
pub use downtime_step::DowntimeStep;
pub use header::Header;
pub use health_step::HealthStep;
pub use language_switch::LanguageSwitch;
pub use nav::Nav;
pub use preferences_step::PreferencesStep;
pub use progress::Progress;
pub use skin_type_step::SkinTypeStep;
