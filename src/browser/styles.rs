//! The widget's stylesheet. On a page it comes with the loader (src/loader/treatment-compare.js
//! carries `styles/*.css`, written in by scripts/inline-loader.mjs), which adopts it into each
//! element's shadow root before the WebAssembly arrives, so that the first screen it draws ahead
//! of the widget and the widget itself look the same; the wasm then finds it there by its mark
//! and keeps it for the print root (src/ui/print.rs). Only the browser tests, which mount the
//! app without the loader, compile the CSS into the wasm too (feature `embedded-styles`).

use js_sys::{Array, Reflect};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, Document, Element, ShadowRoot};

/// The widget's CSS (`styles/`, without its comments: build.rs), in cascade order: base (theme,
/// header, progress), question screens, the health screen, results, booking and disclaimer,
/// timeline. scripts/inline-loader.mjs gives the loader the same files in the same order.
#[cfg(feature = "embedded-styles")]
const CSS: [&str; 8] = [
    include_str!(concat!(env!("OUT_DIR"), "/widget.css")),
    include_str!(concat!(env!("OUT_DIR"), "/questions.css")),
    include_str!(concat!(env!("OUT_DIR"), "/health.css")),
    include_str!(concat!(env!("OUT_DIR"), "/results.css")),
    include_str!(concat!(env!("OUT_DIR"), "/plan.css")),
    include_str!(concat!(env!("OUT_DIR"), "/booking.css")),
    include_str!(concat!(env!("OUT_DIR"), "/keep.css")),
    include_str!(concat!(env!("OUT_DIR"), "/timeline.css")),
];

/// Marks the widget's stylesheet (the loader sets it too), so a root never gets it twice.
const SHEET_MARK: &str = "__treatmentCompareSheet";

thread_local! {
    /// The widget's stylesheet, once one has been found or made: one object for the page.
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
}

/// The widget's stylesheet, for a root of the widget's own (the print root), if one is known.
pub(crate) fn widget_sheet() -> Option<CssStyleSheet> {
    SHEET.with(|s| s.borrow().clone())
}

/// Adopts the widget's stylesheet into the shadow root or document holding `root`, once.
pub(crate) fn adopt(root: &Element) {
    if let Err(e) = try_adopt(root) {
        let message = e.as_string().unwrap_or_else(|| format!("{e:?}"));
        web_sys::console::warn_1(&format!("treatment-compare: styles not applied ({message})").into());
    }
}

/// Where adopted stylesheets go: the shadow root holding the widget, or the document.
enum StyleScope {
    Shadow(ShadowRoot),
    Document(Document),
}

impl StyleScope {
    fn of(root: &Element) -> Option<StyleScope> {
        match root.get_root_node().dyn_into::<ShadowRoot>() {
            Ok(shadow) => Some(StyleScope::Shadow(shadow)),
            // In a document, or not attached yet: style the document that owns it.
            Err(node) => node.dyn_into::<Document>().ok().or_else(|| root.owner_document()).map(StyleScope::Document),
        }
    }

    fn sheets(&self) -> Array {
        match self {
            StyleScope::Shadow(shadow) => shadow.adopted_style_sheets(),
            StyleScope::Document(document) => document.adopted_style_sheets(),
        }
    }

    fn set_sheets(&self, sheets: &Array) {
        match self {
            StyleScope::Shadow(shadow) => shadow.set_adopted_style_sheets(sheets),
            StyleScope::Document(document) => document.set_adopted_style_sheets(sheets),
        }
    }
}

fn try_adopt(root: &Element) -> Result<(), JsValue> {
    let scope = StyleScope::of(root).ok_or("no document")?;
    let sheets = scope.sheets();
    let mark = JsValue::from_str(SHEET_MARK);
    if let Some(found) = sheets.iter().find(|s| Reflect::has(s, &mark).unwrap_or(false)) {
        SHEET.with(|s| s.borrow_mut().get_or_insert_with(|| found.unchecked_into()).clone());
        return Ok(());
    }
    let sheet = match widget_sheet() {
        Some(sheet) => sheet,
        None => own_sheet(&mark)?,
    };
    // A new array rather than push: older browsers expose a frozen array here.
    scope.set_sheets(&sheets.concat(&Array::of1(&sheet)));
    Ok(())
}

/// The browser tests' stylesheet, made from the CSS compiled in.
#[cfg(feature = "embedded-styles")]
fn own_sheet(mark: &JsValue) -> Result<CssStyleSheet, JsValue> {
    let sheet = CssStyleSheet::new()?;
    sheet.replace_sync(&CSS.concat())?;
    Reflect::set(&sheet, mark, &JsValue::TRUE)?;
    SHEET.with(|s| *s.borrow_mut() = Some(sheet.clone()));
    Ok(sheet)
}

/// Without the CSS compiled in, the stylesheet comes from the loader only.
#[cfg(not(feature = "embedded-styles"))]
fn own_sheet(_: &JsValue) -> Result<CssStyleSheet, JsValue> {
    Err("the loader did not provide the widget's stylesheet".into())
}
