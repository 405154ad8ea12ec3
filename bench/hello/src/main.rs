//! Yew 0.23's hello-world with one form control: a counter button, so that "first form control
//! visible" means the same thing for the baseline as for the widget.
use yew::prelude::*;

#[component]
fn App() -> Html {
    let count = use_state(|| 0u32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    html! {
        <main>
            <h1>{ "Hello, world" }</h1>
            <button {onclick}>{ format!("Clicked {} times", *count) }</button>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
