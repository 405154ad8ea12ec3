//! What a clinic configures, read from the `<treatment-compare>` element: attributes for the
//! simple options (clinic name, booking link or contact text, locale, currency, what to do with
//! treatments the clinic does not offer, accent colour) and a JSON child for the treatments it
//! offers with its own prices. Pure: the page layer (`web.rs`) reads the element and parses the
//! JSON; everything here is checked natively. Every error names the attribute or JSON field.

use crate::answers::snake_key;
use crate::catalog::{ClinicOffer, ClinicPrice, Currency, PriceUnit, Range, TreatmentId};
use crate::sort::sort_by_key;
use crate::text::{number, Locale, Pairs, Table, Text};
use std::fmt;

/// A checked configuration.
#[derive(Clone, Debug, PartialEq)]
pub struct WidgetConfig {
    /// Shown in the heading and next to the booking link; may be empty.
    pub clinic_name: String,
    pub booking: Booking,
    pub locale: Locale,
    /// The languages the visitor may switch between (`languages`), the shown one among them;
    /// empty: no switch.
    pub languages: Vec<Locale>,
    /// Problems worth a console warning that do not stop the widget: the keys a clinic's added
    /// language lacks (shown in English). Reported the first time a text is built only.
    pub warnings: Vec<String>,
    /// Offered treatments, the clinic's prices and currency, and whether the others are shown.
    pub offer: ClinicOffer,
    /// A CSS colour for `--tc-accent`, already checked by the page layer.
    pub accent_color: Option<String>,
    /// Where the visitor's answers are kept between reloads (`remember`).
    pub remember: Remember,
    /// `analytics`: whether the funnel also goes to the page's `window.dataLayer`.
    pub analytics: Analytics,
    /// `forward-params`: the names of the page's query parameters the booking link carries on.
    pub forward_params: Vec<String>,
    /// Those parameters' values as the page's address has them (read by the page layer, which
    /// leaves out any longer than [`MAX_FORWARDED_LEN`]): `(name, value)`, in the attribute's
    /// order.
    pub forwarded: Vec<(String, String)>,
}

/// `remember`: keep the answers for a reload of the same tab (the default), not at all, or offer
/// the visitor to keep them on this device.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Remember {
    #[default]
    Tab,
    None,
    Device,
}

impl Default for WidgetConfig {
    fn default() -> Self {
        WidgetConfig {
            clinic_name: String::new(),
            booking: Booking::None,
            locale: Locale::default(),
            languages: Vec::new(),
            warnings: Vec::new(),
            offer: ClinicOffer::default(),
            accent_color: None,
            remember: Remember::Tab,
            analytics: Analytics::None,
            forward_params: Vec::new(),
            forwarded: Vec::new(),
        }
    }
}

impl WidgetConfig {
    pub fn offers(&self, id: TreatmentId) -> bool {
        self.offer.offered.contains(&id)
    }

    pub fn text(&self) -> &'static Text {
        self.locale.text()
    }

    /// The same configuration shown in `locale` (the visitor's choice in the language switch).
    pub fn in_language(&self, locale: Locale) -> WidgetConfig {
        WidgetConfig { locale, warnings: Vec::new(), ..self.clone() }
    }
}

/// How a visitor books a consultation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Booking {
    /// A link (`booking-url`), possibly with [`BOOKING_PLACEHOLDERS`] filled when the visitor
    /// books; the host may intercept it (`tc-booking-requested`).
    Url(String),
    /// The clinic's own words (`contact-text`), e.g. "Call us on 555 0100".
    Contact(String),
    /// Neither: the results suggest asking the clinic.
    None,
}

/// An invalid configuration: which attribute or field, and what is wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    /// `currency` (an attribute) or `treatments.microneedling.price.from` (a JSON field).
    pub field: String,
    pub problem: String,
}

impl ConfigError {
    pub fn new(field: impl Into<String>, problem: impl Into<String>) -> ConfigError {
        ConfigError { field: field.into(), problem: problem.into() }
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.problem)
    }
}

/// The attributes the element reads, in the order they are documented.
pub const ATTRIBUTES: [&str; 11] = [
    "clinic-name",
    "booking-url",
    "contact-text",
    "locale",
    "languages",
    "currency",
    "not-offered",
    "accent-color",
    "remember",
    "analytics",
    "forward-params",
];

/// What a `booking-url` may carry, filled and URL-encoded when the visitor books: the
/// recommended treatment's id (or the combined plan's first), its name in the visitor's
/// language, the plan's ids joined by commas, the language shown.
pub const BOOKING_PLACEHOLDERS: [&str; 4] = ["treatment", "treatment_name", "plan", "locale"];

/// The JSON child (`<script type="application/json">`): `{"treatments": {...}}`, read by
/// [`json::read`]: unknown fields are errors.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ConfigJson {
    /// Treatment key to what the clinic says about it; absent (or null): all eleven, catalog
    /// prices.
    pub treatments: Option<Pairs<TreatmentJson>>,
    /// Language code to the clinic's texts for it, by key: overrides of a built-in language's
    /// strings, or a whole language of its own.
    pub text: Pairs<Table>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct TreatmentJson {
    pub price: Option<PriceJson>,
}

/// `{"from": 250, "to": 700, "per": "session"}`, in the clinic's currency.
#[derive(Clone, Debug, PartialEq)]
pub struct PriceJson {
    pub from: f64,
    pub to: f64,
    pub per: Option<PerJson>,
}

/// `session`, `treatment` or `syringe`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PerJson {
    Session,
    Treatment,
    Syringe,
}

impl From<PerJson> for PriceUnit {
    fn from(per: PerJson) -> PriceUnit {
        match per {
            PerJson::Session => PriceUnit::Session,
            PerJson::Treatment => PriceUnit::Treatment,
            PerJson::Syringe => PriceUnit::Syringe,
        }
    }
}

/// What errors in the JSON child name when they are not about one field.
pub const SCRIPT_FIELD: &str = "configuration script";

/// The largest configuration script read (a complete extra language is about 40 KB); larger is
/// refused before it is parsed.
pub const MAX_SCRIPT_LEN: usize = 200_000;

/// Parses the JSON child's text. Errors name the field's path (`treatments.filler.price.from`);
/// for malformed JSON they say what the parser says (natively serde_json, with the line and
/// column; in the browser the platform's `JSON.parse`).
pub fn parse_json(text: &str) -> Result<ConfigJson, ConfigError> {
    if text.len() > MAX_SCRIPT_LEN {
        return Err(ConfigError::new(
            SCRIPT_FIELD,
            format!("is {} KB, over the limit of {} KB", text.len() / 1000, MAX_SCRIPT_LEN / 1000),
        ));
    }
    if text.trim_start().starts_with('[') {
        return Err(ConfigError::new(SCRIPT_FIELD, "expected an object such as {\"treatments\": {...}}, not a list"));
    }
    let value = json::parse(text).map_err(|e| ConfigError::new(SCRIPT_FIELD, format!("not valid JSON ({e})")))?;
    json::read(&value)
}

/// The highest price accepted, to catch a misplaced digit.
const MAX_PRICE: f64 = 1_000_000.0;

/// Builds the configuration from the element's attributes (`attribute(name)`, None when
/// absent), its parsed JSON child (None when there is none), a colour check (the browser's
/// `CSS.supports("color", value)`) and the page's languages, most wanted first (the page's
/// `<html lang>`, then the browser's preferred languages).
pub fn from_element(
    attribute: impl Fn(&str) -> Option<String>,
    json: Option<ConfigJson>,
    is_color: impl Fn(&str) -> bool,
    page_languages: &[String],
) -> Result<WidgetConfig, ConfigError> {
    for name in ATTRIBUTES {
        if attribute(name).is_some_and(|v| v.len() > MAX_ATTRIBUTE_LEN) {
            return Err(ConfigError::new(name, format!("is longer than {MAX_ATTRIBUTE_LEN} characters")));
        }
    }
    let text = |name: &str| attribute(name).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
    let json = json.unwrap_or_default();

    let (locale, languages, warnings) = choose_language(text("locale"), text("languages"), &json.text, page_languages)?;
    let currency = match text("currency") {
        None => Currency::USD,
        Some(code) => {
            Currency::parse(&code).map_err(|why| ConfigError::new("currency", format!("\"{code}\": {why}")))?
        }
    };
    let hide_not_offered = match text("not-offered").as_deref() {
        None | Some("show") => false,
        Some("hide") => true,
        Some(other) => {
            return Err(ConfigError::new("not-offered", format!("\"{other}\": expected \"show\" or \"hide\"")))
        }
    };
    let booking = match (text("booking-url"), text("contact-text")) {
        (Some(url), _) => Booking::Url(check_url(&url).map_err(|why| ConfigError::new("booking-url", why))?),
        (None, Some(contact)) => Booking::Contact(contact),
        (None, None) => Booking::None,
    };
    let remember = match text("remember").as_deref() {
        None | Some("tab") => Remember::Tab,
        Some("none") => Remember::None,
        Some("device") => Remember::Device,
        Some(other) => {
            return Err(ConfigError::new("remember", format!("\"{other}\": expected \"tab\", \"none\" or \"device\"")))
        }
    };
    let analytics = match text("analytics").as_deref() {
        None | Some("none") => Analytics::None,
        Some("datalayer") => Analytics::DataLayer,
        Some(other) => {
            return Err(ConfigError::new("analytics", format!("\"{other}\": expected \"datalayer\" or \"none\"")))
        }
    };
    let forward_params = forward_params(text("forward-params").as_deref().unwrap_or_default())?;
    let accent_color = match text("accent-color") {
        Some(colour) if !is_color(&colour) => {
            return Err(ConfigError::new("accent-color", format!("\"{colour}\" is not a CSS colour (e.g. #0f766e)")))
        }
        colour => colour,
    };
    let (offered, prices) = treatments(json.treatments)?;
    Ok(WidgetConfig {
        clinic_name: text("clinic-name").unwrap_or_default(),
        booking,
        locale,
        languages,
        warnings,
        offer: ClinicOffer { offered, prices, currency, hide_not_offered },
        accent_color,
        remember,
        analytics,
        forward_params,
        forwarded: Vec::new(),
    })
}

/// Offered treatments (catalog order) and the clinic's prices.
#[allow(clippy::type_complexity)]
fn treatments(
    json: Option<Pairs<TreatmentJson>>,
) -> Result<(Vec<TreatmentId>, Vec<(TreatmentId, ClinicPrice)>), ConfigError> {
    let Some(json) = json else {
        return Ok((TreatmentId::ALL.to_vec(), Vec::new()));
    };
    if json.is_empty() {
        return Err(ConfigError::new(
            "treatments",
            "lists no treatment: name at least one, or leave it out to offer all",
        ));
    }
    let id_of = |key: &str| TreatmentId::ALL.into_iter().find(|t| snake_key(t) == key);
    // The first unknown key in key order (whatever order the JSON has them in).
    if let Some(key) = json.keys().filter(|key| id_of(key).is_none()).min() {
        let known: Vec<String> = TreatmentId::ALL.iter().map(snake_key).collect();
        return Err(ConfigError::new(
            format!("treatments.{key}"),
            format!("unknown treatment (known: {})", known.join(", ")),
        ));
    }
    // Every key is a treatment's, so there are eleven at most: checked in key order.
    let mut entries: Vec<(&String, &TreatmentJson)> = json.iter().collect();
    sort_by_key(&mut entries, |(key, _)| *key);
    let mut offered = Vec::new();
    let mut prices = Vec::new();
    for (key, treatment) in entries {
        let Some(id) = id_of(key) else { continue };
        offered.push(id);
        if let Some(price) = &treatment.price {
            prices.push((id, clinic_price(key, price)?));
        }
    }
    sort_by_key(&mut offered, |id| *id);
    sort_by_key(&mut prices, |(id, _)| *id);
    Ok((offered, prices))
}

fn clinic_price(key: &str, price: &PriceJson) -> Result<ClinicPrice, ConfigError> {
    let amount = |name: &str, value: f64| {
        if !value.is_finite() || value < 0.0 {
            Err(ConfigError::new(
                format!("treatments.{key}.price.{name}"),
                format!("{} is negative: prices start at 0", number(value)),
            ))
        } else if value > MAX_PRICE {
            Err(ConfigError::new(
                format!("treatments.{key}.price.{name}"),
                format!("{} is over {}", number(value), number(MAX_PRICE)),
            ))
        } else {
            Ok(value.round() as u32)
        }
    };
    let (lo, hi) = (amount("from", price.from)?, amount("to", price.to)?);
    if lo > hi {
        return Err(ConfigError::new(
            format!("treatments.{key}.price"),
            format!("\"from\" ({}) is more than \"to\" ({})", number(price.from), number(price.to)),
        ));
    }
    Ok(ClinicPrice { range: Range::new(lo, hi), per: price.per.map(PriceUnit::from) })
}

/// The longest attribute value the widget reads; longer is refused before it is looked at.
pub const MAX_ATTRIBUTE_LEN: usize = 2_000;

mod analytics;
pub mod json;
mod language;
mod url;

use analytics::forward_params;
pub use analytics::{Analytics, MAX_FORWARDED, MAX_FORWARDED_LEN};

use url::check_url;
pub use url::{encode_uri_component, fill_booking_url, forward_params as forward_to};

use language::choose_language;
pub use language::message_locale;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod language_tests;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;

// The configurator's check (every problem at once), last so that nothing above moves.
#[cfg(any(test, feature = "configurator"))]
pub mod problems;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod problems_tests;
