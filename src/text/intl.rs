//! Dates, prices and plural forms in the language's own form. In the browser they come from the
//! platform's `Intl` (through js-sys): "1 dic 2026", "1.000 €", CLDR plural categories for any
//! language a clinic adds. Natively (`cargo test`, the `assess` command) the language's
//! templates format dates and prices, and English and Spanish plural rules apply.

/// The CLDR plural category of `n` in the language of `tag`: "one", "other", "few", ...
pub fn plural(tag: &str, n: u32) -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(category) = web::plural(tag, n) {
        return category;
    }
    native_plural(tag, n).to_string()
}

/// English and Spanish (CLDR 46): `one` for 1; Spanish `many` for whole millions.
fn native_plural(tag: &str, n: u32) -> &'static str {
    match (super::language_of(tag).as_str(), n) {
        (_, 1) => "one",
        ("es", n) if n != 0 && n % 1_000_000 == 0 => "many",
        _ => "other",
    }
}

/// A calendar date as the platform writes it in `tag` with a short month ("1 dic 2026",
/// "Dec 1, 2026"); None natively, or when the platform cannot.
pub fn date(tag: &str, year: i32, month: u32, day: u32) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    return web::date(tag, year, month, day);
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (tag, year, month, day);
        None
    }
}

/// A whole amount in an ISO 4217 currency as the platform writes it in `tag` ("1.000 €",
/// "$1,000"); None natively, or when the platform cannot.
pub fn money(tag: &str, amount: u32, currency: &str) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    return web::money(tag, amount, currency);
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (tag, amount, currency);
        None
    }
}

/// The platform's formatters a page needs: prices, dates, plural rules.
#[cfg(target_arch = "wasm32")]
pub const FORMATTERS: usize = 3;

/// Makes (and keeps) the platform's `which`th formatter (of [`FORMATTERS`]) for `tag` and the
/// prices' `currency` before its first use: one per call, since each can take tens of
/// milliseconds on a phone (its locale data is loaded), so that each call is a short task.
#[cfg(target_arch = "wasm32")]
pub fn prepare(tag: &str, currency: &str, which: usize) {
    match which {
        0 => drop(web::money(tag, 0, currency)),
        1 => drop(web::date(tag, 2000, 1, 1)),
        _ => drop(web::plural(tag, 1)),
    }
}

#[cfg(target_arch = "wasm32")]
mod web {
    use js_sys::{Array, Function, Object, Reflect};
    use std::cell::RefCell;
    use wasm_bindgen::{JsCast, JsValue};

    thread_local! {
        /// `Intl` formatters by kind and tag: making one is far slower than using it.
        /// (A few per page: a list is enough.)
        static FORMATTERS: RefCell<Vec<(String, Option<JsValue>)>> = const { RefCell::new(Vec::new()) };
    }

    /// `new Intl[kind](tag, options)`, kept for reuse; None when the platform refuses the tag.
    fn formatter(kind: &str, tag: &str, cache_key: String, options: &[(&str, JsValue)]) -> Option<JsValue> {
        if let Some(known) =
            FORMATTERS.with(|c| c.borrow().iter().find(|(k, _)| *k == cache_key).map(|(_, f)| f.clone()))
        {
            return known;
        }
        let made = (|| {
            let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
            let constructor: Function = Reflect::get(&intl, &kind.into()).ok()?.dyn_into().ok()?;
            let opts = Object::new();
            for (name, value) in options {
                Reflect::set(&opts, &(*name).into(), value).ok()?;
            }
            Reflect::construct(&constructor, &Array::of2(&tag.into(), &opts)).ok()
        })();
        FORMATTERS.with(|c| c.borrow_mut().push((cache_key, made.clone())));
        made
    }

    /// `formatter.method(value)` as a string.
    fn call(formatter: &JsValue, method: &str, value: &JsValue) -> Option<String> {
        let f: Function = Reflect::get(formatter, &method.into()).ok()?.dyn_into().ok()?;
        f.call1(formatter, value).ok()?.as_string()
    }

    pub fn plural(tag: &str, n: u32) -> Option<String> {
        let rules = formatter("PluralRules", tag, format!("p|{tag}"), &[])?;
        call(&rules, "select", &JsValue::from(n))
    }

    pub fn date(tag: &str, year: i32, month: u32, day: u32) -> Option<String> {
        let options = [
            ("day", "numeric".into()),
            ("month", "short".into()),
            ("year", "numeric".into()),
            ("timeZone", "UTC".into()),
        ];
        let format = formatter("DateTimeFormat", tag, format!("d|{tag}"), &options)?;
        let utc = js_sys::Date::utc(f64::from(year), f64::from(month) - 1.0);
        let date = js_sys::Date::new(&JsValue::from(utc + (f64::from(day) - 1.0) * 86_400_000.0));
        call(&format, "format", &date)
    }

    pub fn money(tag: &str, amount: u32, currency: &str) -> Option<String> {
        let options = [
            ("style", "currency".into()),
            ("currency", currency.into()),
            ("minimumFractionDigits", 0.into()),
            ("maximumFractionDigits", 0.into()),
        ];
        let format = formatter("NumberFormat", tag, format!("m|{tag}|{currency}"), &options)?;
        call(&format, "format", &JsValue::from(amount))
    }
}

#[cfg(test)]
#[path = "intl_tests.rs"]
mod tests;
