//! Printing the results. A widget sits somewhere in the page's layout (a column, a sidebar) and
//! the page's own print styles may hide or restyle it, so the summary does not print from
//! there: it is rendered into a print root of its own, `<div data-tc-print>` at the end of the
//! page's body with an open shadow root, and the browser is asked to print once it is on the
//! page. While it is there, a stylesheet adopted into the document (styles/print-page.css)
//! hides everything else on paper and sets the page margins; on screen the root shows nothing.
//! Both go when the browser has printed (`afterprint`) or when the next print replaces them, so
//! the page is left as it was, and a page with two widgets prints only the one asked.
//!
//! Nothing here is blocked by a strict Content Security Policy: the styles are constructable
//! stylesheets, the summary is DOM built by Yew.

use super::results::{PrintSummary, PrintSummaryProps};
use gloo_events::EventListener;
use js_sys::Array;
use std::cell::RefCell;
use wasm_bindgen::JsValue;
use web_sys::{CssStyleSheet, Document, Element, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, Callback};

/// The print root's attribute, which the page sheet's selectors name.
const ROOT_ATTRIBUTE: &str = "data-tc-print";

/// The summary's own styles, after the widget's in the print root.
const SUMMARY_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/print.css"));

/// The document's, while a summary is there.
const PAGE_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/print-page.css"));

thread_local! {
    /// The summary on the page, from whichever widget printed last: a page prints one at a time.
    static PRINTING: RefCell<Option<Printing>> = const { RefCell::new(None) };
}

/// A summary on the page; dropping it takes the root and the document's sheet away again.
struct Printing {
    document: Document,
    root: Element,
    page_sheet: CssStyleSheet,
    app: Option<AppHandle<PrintSummary>>,
    _after_print: EventListener,
}

impl Drop for Printing {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.root.remove();
        let ours: &JsValue = self.page_sheet.as_ref();
        let kept: Array = self.document.adopted_style_sheets().iter().filter(|s| s != ours).collect();
        self.document.set_adopted_style_sheets(&kept);
    }
}

/// Replaces any summary on the page with the one `summary` describes and prints the page once
/// it is rendered. `summary` gets the callback the summary calls when it is on the page.
pub fn print(summary: impl FnOnce(Callback<()>) -> PrintSummaryProps) -> Result<(), JsValue> {
    finish();
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let body = document.body().ok_or("no body")?;
    let after_print = EventListener::new(&window, "afterprint", |_| finish());

    let root = document.create_element("div")?;
    root.set_attribute(ROOT_ATTRIBUTE, "")?;
    let shadow = root.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
    let widget_sheet = crate::browser::widget_sheet().ok_or("the widget's stylesheet is not on the page")?;
    let summary_sheet = sheet(SUMMARY_CSS)?;
    shadow.set_adopted_style_sheets(&Array::of2(&widget_sheet, &summary_sheet));
    let mount = document.create_element("div")?;
    shadow.append_child(&mount)?;
    // From here on, whatever fails leaves nothing behind: dropping `printing` undoes it.
    let mut printing = Printing { document, root, page_sheet: sheet(PAGE_CSS)?, app: None, _after_print: after_print };
    let sheets = printing.document.adopted_style_sheets().concat(&Array::of1(&printing.page_sheet));
    printing.document.set_adopted_style_sheets(&sheets);
    body.append_child(&printing.root)?;

    let on_rendered = Callback::from(move |()| {
        if let Err(e) = window.print() {
            web_sys::console::warn_1(&format!("treatment-compare: could not print ({e:?})").into());
        }
    });
    printing.app = Some(yew::Renderer::<PrintSummary>::with_root_and_props(mount, summary(on_rendered)).render());
    PRINTING.with(|p| *p.borrow_mut() = Some(printing));
    Ok(())
}

/// Takes the summary off the page, if one is there.
fn finish() {
    let printing = PRINTING.with(|p| p.borrow_mut().take());
    drop(printing);
}

fn sheet(css: &str) -> Result<CssStyleSheet, JsValue> {
    let sheet = CssStyleSheet::new()?;
    sheet.replace_sync(css)?;
    Ok(sheet)
}
