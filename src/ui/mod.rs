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

/// A `class` attribute: `base` and each of `extra` that applies, space-separated: what
/// `classes!` makes of these fixed names, in one small function rather than each `classes!`
/// call's own expansion (pushing into Yew's `Classes` set, part by part).
pub fn class_list(base: &'static str, extra: &[Option<&'static str>]) -> yew::AttrValue {
    let mut class = String::from(base);
    for name in extra.iter().flatten() {
        class.push(' ');
        class.push_str(name);
    }
    yew::AttrValue::from(class)
}

/// A list's nodes, `node` of each item, made by a plain loop: `{ for nodes(&items, f) }` puts
/// them in their parent as `{ for items.iter().map(f) }` would, with one instantiation of Yew's
/// extend for every list (a `Vec<Html>`) rather than the iterator machinery per closure.
#[inline(always)]
pub fn nodes<'a, T>(items: &'a [T], mut node: impl FnMut(&'a T) -> yew::Html) -> Vec<yew::Html> {
    let mut nodes = Vec::with_capacity(items.len());
    for item in items {
        nodes.push(node(item));
    }
    nodes
}
