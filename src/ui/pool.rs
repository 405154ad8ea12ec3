//! The Yew apps the page's widgets render with, reused rather than destroyed.
//!
//! Yew 0.23 never removes the event listeners it delegates to an app's root element: they are
//! `forget`-ten closures that hold the root (and, through it, its shadow root, its host element
//! and, in Chromium, the last screen's whole detached DOM). An app per mount would leave all of
//! that behind each time a `<treatment-compare>` is removed. So a widget leases an app: on
//! removal the app is emptied, its root element leaves the shadow root and waits here for the
//! next widget. The page keeps as many apps as it ever showed widgets at once, however many
//! mounts there are.

use super::app::{App, AppProps};
use std::cell::{Cell, RefCell};
use web_sys::{Element, HtmlElement};
use yew::prelude::*;
use yew::AppHandle;

#[derive(Properties, PartialEq)]
pub struct RootProps {
    /// Whose app this is: each lease starts a fresh one (no answers, no state of another).
    lease: u32,
    /// None while parked.
    app: Option<AppProps>,
}

/// The component each Yew app renders: the widget's app under its lease's key, or nothing.
#[component]
fn Root(props: &RootProps) -> Html {
    match &props.app {
        Some(app) => html! { <App key={props.lease} ..app.clone() /> },
        None => Html::default(),
    }
}

type Parked = (Element, AppHandle<Root>);

thread_local! {
    static PARKED: RefCell<Vec<Parked>> = const { RefCell::new(Vec::new()) };
    static LEASES: Cell<u32> = const { Cell::new(0) };
}

/// An app rendering into an element of its own, the last child of the widget's root.
pub struct Lease {
    element: Element,
    app: AppHandle<Root>,
    lease: u32,
}

impl Lease {
    /// A parked app, or a new one, rendering `props` at the end of `root`.
    pub fn new(root: &HtmlElement, props: AppProps) -> Result<Lease, wasm_bindgen::JsValue> {
        let (element, app) = match PARKED.with(|p| p.borrow_mut().pop()) {
            Some(parked) => parked,
            None => {
                let element = root.owner_document().ok_or("no document")?.create_element("div")?;
                let parked = RootProps { lease: 0, app: None };
                let app = yew::Renderer::<Root>::with_root_and_props(element.clone(), parked).render();
                (element, app)
            }
        };
        root.append_child(&element)?;
        let lease = LEASES.with(|n| n.replace(n.get() + 1) + 1);
        let mut lease = Lease { element, app, lease };
        lease.show(props);
        Ok(lease)
    }

    /// Re-renders with `props`, keeping the app's state.
    pub fn show(&mut self, props: AppProps) {
        self.app.update(RootProps { lease: self.lease, app: Some(props) });
    }

    /// Empties the app (its effects end, its DOM goes) and parks it for the next widget.
    pub fn end(mut self) {
        self.app.update(RootProps { lease: self.lease, app: None });
        self.element.remove();
        PARKED.with(|p| p.borrow_mut().push((self.element, self.app)));
    }
}
