//! Screen-reader announcements: step changes, validation problems and the arrival of results.
//!
//! Live regions inside a shadow root are unreliable (Chromium and NVDA/JAWS miss their changes),
//! so the regions live in the light DOM: one visually hidden `<div slot="tc-announcer">` child of
//! the `<treatment-compare>` element, shown inside the widget through the app's
//! `<slot name="tc-announcer">` (which puts it in the accessibility tree at the widget's place),
//! holding two persistent regions, `role="status"` (polite) and `role="alert"` (assertive).
//! They exist, empty, from the start: regions created and filled at once are not announced.
//! Each message replaces the region's content with a new text node, so a repeated message (the
//! same validation problem twice) is announced again. The hiding styles are set through CSSOM
//! (a strict Content-Security-Policy allows it) with `!important`: a style attribute's
//! important declarations beat every rule of the page, so the page's CSS can neither show the
//! element nor hide it from assistive technology.

use wasm_bindgen::JsValue;
use web_sys::{Element, HtmlElement};
use yew::AttrValue;

/// The slot's name, and the light-DOM element's `slot` attribute.
pub const SLOT: &str = "tc-announcer";

/// One message for assistive technology.
#[derive(Clone, Debug, PartialEq)]
pub struct Announcement {
    pub text: AttrValue,
    /// A problem the visitor must act on (assertive) rather than news (polite).
    pub urgent: bool,
    /// The language it is in (a BCP 47 tag), so a screen reader speaks it with that voice;
    /// empty: the page's.
    pub lang: &'static str,
}

impl Announcement {
    pub fn polite(text: impl Into<AttrValue>) -> Self {
        Announcement { text: text.into(), urgent: false, lang: "" }
    }

    pub fn urgent(text: impl Into<AttrValue>) -> Self {
        Announcement { text: text.into(), urgent: true, lang: "" }
    }

    /// The same announcement, marked as being in language `tag`.
    pub fn in_language(self, tag: &'static str) -> Self {
        Announcement { lang: tag, ..self }
    }
}

/// Visually hidden, always rendered and exposed, whatever the page's stylesheet says.
const HIDDEN: [(&str, &str); 20] = [
    ("display", "block"),
    ("visibility", "visible"),
    ("position", "absolute"),
    ("top", "0"),
    ("left", "0"),
    ("width", "1px"),
    ("height", "1px"),
    ("margin", "0"),
    ("padding", "0"),
    ("border", "0"),
    ("overflow", "hidden"),
    ("clip", "rect(0 0 0 0)"),
    ("clip-path", "inset(50%)"),
    // Paint containment clips even fixed-position descendants a page's rules might create.
    ("contain", "strict"),
    ("white-space", "nowrap"),
    ("text-transform", "none"),
    ("transform", "none"),
    ("opacity", "1"),
    ("float", "none"),
    ("pointer-events", "none"),
];

/// The two live regions in the host element's light DOM.
pub struct Announcer {
    host: Element,
    container: HtmlElement,
    polite: HtmlElement,
    assertive: HtmlElement,
}

fn hidden_element(host: &Element, tag: &str) -> Result<HtmlElement, JsValue> {
    let document = host.owner_document().ok_or("no document")?;
    let el: HtmlElement = wasm_bindgen::JsCast::unchecked_into(document.create_element(tag)?);
    let style = el.style();
    for (property, value) in HIDDEN {
        style.set_property_with_priority(property, value, "important")?;
    }
    Ok(el)
}

impl Announcer {
    /// Adds the regions to `host` (the `<treatment-compare>` element).
    pub fn attach(host: &Element) -> Result<Announcer, JsValue> {
        let container = hidden_element(host, "div")?;
        container.set_attribute("slot", SLOT)?;
        container.set_attribute("data-tc-announcer", "")?;
        let polite = hidden_element(host, "div")?;
        polite.set_attribute("role", "status")?;
        polite.set_attribute("aria-live", "polite")?;
        let assertive = hidden_element(host, "div")?;
        assertive.set_attribute("role", "alert")?;
        assertive.set_attribute("aria-live", "assertive")?;
        container.append_with_node_2(&polite, &assertive)?;
        host.append_child(&container)?;
        Ok(Announcer { host: host.clone(), container, polite, assertive })
    }

    pub fn say(&self, announcement: &Announcement) {
        // The page may have replaced the element's children (its JSON, say): come back.
        if self.container.parent_node().as_ref() != Some(&*self.host) {
            let _ = self.host.append_child(&self.container);
        }
        let (speak, clear) =
            if announcement.urgent { (&self.assertive, &self.polite) } else { (&self.polite, &self.assertive) };
        if !announcement.lang.is_empty() {
            let _ = self.container.set_attribute("lang", announcement.lang);
        }
        clear.set_text_content(None);
        // Setting the text replaces the old text node with a new one.
        speak.set_text_content(Some(&announcement.text));
    }

    /// Removes the regions from the element.
    pub fn detach(&self) {
        self.container.remove();
    }
}
