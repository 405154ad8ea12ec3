//! Build step: what goes into the wasm as text, without what only its editors need, written to
//! OUT_DIR: the widget's stylesheets (`styles/*.css`, which src/web.rs adopts into the shadow
//! root) without their comments and indentation (about 4 KB gzipped), and the built-in Spanish
//! text table (`src/text/es.json`) without its indentation.

use std::{env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed=src/text/es.json");
    let spanish = fs::read_to_string("src/text/es.json").expect("src/text/es.json is readable");
    fs::write(Path::new(&out).join("es.json"), compact_json(&spanish)).expect("OUT_DIR is writable");
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

/// `css` without `/* ... */` comments (outside quoted strings), leading and trailing spaces of
/// each line, and empty lines. Everything else, line breaks included, stays as written.
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
    out.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n")
}

/// `json` without the white space between its tokens (strings are kept as they are).
fn compact_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            (in_string, escaped) = (escaped || c != '"', !escaped && c == '\\');
        } else if !c.is_whitespace() {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}
