//! Build step: what goes into the wasm as text, written to OUT_DIR:
//! - `text.rs`, the text structs and the built-in languages, generated from the one declaration
//!   of every visitor-facing string, `src/text/en.json` and `src/text/es.json`
//!   (`src/text/declare.rs`, which also stops the build on a key Spanish lacks, a key English
//!   does not have or a placeholder English's text lacks);
//! - the widget's stylesheets (`styles/*.css`, which src/web.rs adopts into the shadow root)
//!   without their comments and indentation (about 4 KB gzipped).

use std::{env, fs, path::Path};

#[path = "src/text/template.rs"]
#[allow(dead_code)]
mod template;

#[path = "src/text/declare.rs"]
mod declare;

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for path in ["src/text/en.json", "src/text/es.json", "src/text/declare.rs", "src/text/template.rs"] {
        println!("cargo:rerun-if-changed={path}");
    }
    let read = |path: &str| {
        let json = fs::read_to_string(path).unwrap_or_else(|e| panic!("{path} is not readable: {e}"));
        declare::flat_object(&json).unwrap_or_else(|e| panic!("{path} is not a flat JSON object of strings: {e}"))
    };
    let (english, spanish) = (read("src/text/en.json"), read("src/text/es.json"));
    let problems = declare::problems(&english, &spanish);
    if !problems.is_empty() {
        panic!("src/text/es.json against src/text/en.json:\n{}", problems.join("\n"));
    }
    let text = declare::generate(&english, &[("ENGLISH", &english), ("SPANISH", &spanish)])
        .unwrap_or_else(|e| panic!("src/text/en.json: {e}"));
    fs::write(Path::new(&out).join("text.rs"), text).expect("OUT_DIR is writable");
    println!("cargo:rerun-if-changed=styles");
    for entry in fs::read_dir("styles").expect("styles/ is readable") {
        let path = entry.expect("styles/ is readable").path();
        if path.extension().is_some_and(|e| e == "css") {
            println!("cargo:rerun-if-changed={}", path.display());
            let css = fs::read_to_string(&path).expect("a stylesheet is UTF-8");
            let name = path.file_name().expect("a file name");
            fs::write(Path::new(&out).join(name), strip(&css)).expect("OUT_DIR is writable");
        }
    }
}

/// `css` without `/* ... */` comments (outside quoted strings), on one line: no indentation, no
/// line breaks, no space before `{`, no `;` before `}`. Everything else stays as written.
fn strip(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut quote = None;
    while let Some(c) = chars.next() {
        match quote {
            Some(q) => {
                out.push(c);
                if c == '\\' {
                    out.extend(chars.next());
                } else if c == q {
                    quote = None;
                }
            }
            None if c == '/' && chars.peek() == Some(&'*') => {
                chars.next();
                let mut prev = ' ';
                for c in chars.by_ref() {
                    if prev == '*' && c == '/' {
                        break;
                    }
                    prev = c;
                }
            }
            None => {
                if c == '"' || c == '\'' {
                    quote = Some(c);
                }
                out.push(c);
            }
        }
    }
    // One line: a line break goes where a separator is needed (between a selector's parts or
    // a value's words), nowhere else.
    let mut joined = String::with_capacity(out.len());
    for line in out.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let needs_space =
            !joined.is_empty() && !joined.ends_with(['{', '}', ';', ',']) && !line.starts_with(['{', '}']);
        if needs_space {
            joined.push(' ');
        }
        joined.push_str(line);
    }
    joined.replace(" {", "{").replace(";}", "}")
}
