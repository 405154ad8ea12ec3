//! The demo page's entry point (`trunk serve`): mounts the widget into `#treatment-compare` with
//! the configuration in `<script type="application/json" id="tc-config">`.

#[cfg(target_arch = "wasm32")]
fn main() {
    treatment_compare::web::mount_from_page("treatment-compare", "tc-config");
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("treatment-compare is a browser widget: run `trunk serve` and open the page it prints.");
    std::process::exit(1);
}
