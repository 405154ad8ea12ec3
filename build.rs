//! Build step: what goes into the wasm as text, without what only its editors need, written to
//! OUT_DIR: the widget's stylesheets (`styles/*.css`, which src/web.rs adopts into the shadow
//! root) without their comments and indentation (about 4 KB gzipped), and the built-in Spanish
//! text table (`src/text/es.json`) as `es.rs`: its texts alone, in the order of the keys in
//! `src/text/en.json` (the order the text's keys are walked in, which a test keeps current), so
//! the wasm carries neither the Spanish table's keys (the walk makes them) nor a JSON parse of it.

use std::{env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed=src/text/es.json");
    println!("cargo:rerun-if-changed=src/text/en.json");
    let read = |path: &str| {
        let json = fs::read_to_string(path).unwrap_or_else(|e| panic!("{path} is not readable: {e}"));
        flat_object(&json).unwrap_or_else(|e| panic!("{path} is not a flat JSON object of strings: {e}"))
    };
    let spanish = positional(&read("src/text/en.json"), &read("src/text/es.json"));
    fs::write(Path::new(&out).join("es.rs"), spanish).expect("OUT_DIR is writable");
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

/// The Rust source of the built-in Spanish (see src/text/mod.rs, `spanish_table`): `table`'s
/// texts for `order`'s keys, in that order, each ended by U+0000 (U+0001 for a key the table
/// lacks); a fingerprint of the key order; and the table's keys `order` does not have, with
/// their texts (the text build refuses them as unknown keys, as it would any table's).
fn positional(order: &[(String, String)], table: &[(String, String)]) -> String {
    let text_of = |key: &str| table.iter().rev().find(|(k, _)| k == key).map(|(_, t)| t.as_str());
    let mut texts = String::new();
    for (key, _) in order {
        let text = text_of(key);
        assert!(
            !text.is_some_and(|t| t.contains(['\u{0}', '\u{1}'])),
            "src/text/es.json: {key} has a U+0000 or U+0001"
        );
        texts.push_str(text.unwrap_or("\u{1}"));
        texts.push('\u{0}');
    }
    let mut extra = String::new();
    for (key, text) in table {
        if !order.iter().any(|(k, _)| k == key) {
            extra.push_str(&format!("({key:?}, {text:?}), "));
        }
    }
    let keys: Vec<&str> = order.iter().map(|(k, _)| k.as_str()).collect();
    format!(
        "const SPANISH_TEXTS: &str = {};\nconst SPANISH_KEY_ORDER: u64 = {};\nconst SPANISH_EXTRA: &[(&str, &str)] = &[{extra}];\n",
        literal(&texts),
        fingerprint(&keys)
    )
}

/// `text` as a Rust string literal, U+0000 written `\u{0}` (`{:?}` writes `\0`, which looks like
/// an octal escape before a digit).
fn literal(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '\u{0}' => out.push_str("\\u{0}"),
            c => out.extend(c.escape_debug()),
        }
    }
    out.push('"');
    out
}

/// FNV-1a over the keys, each ended by a line break (src/text/mod.rs computes the same).
fn fingerprint(keys: &[&str]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for key in keys {
        for b in key.bytes().chain([b'\n']) {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

/// The keys and texts of a JSON object whose values are all strings, in the order written.
fn flat_object(json: &str) -> Result<Vec<(String, String)>, String> {
    let mut chars = json.chars().peekable();
    let mut out = Vec::new();
    let skip_ws = |chars: &mut std::iter::Peekable<std::str::Chars<'_>>| {
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
    };
    let expect = |chars: &mut std::iter::Peekable<std::str::Chars<'_>>, want: char| {
        skip_ws(chars);
        match chars.next() {
            Some(c) if c == want => Ok(()),
            other => Err(format!("expected {want:?}, found {other:?}")),
        }
    };
    expect(&mut chars, '{')?;
    skip_ws(&mut chars);
    if chars.peek() == Some(&'}') {
        chars.next();
    } else {
        loop {
            expect(&mut chars, '"')?;
            let key = string(&mut chars)?;
            expect(&mut chars, ':')?;
            expect(&mut chars, '"')?;
            let text = string(&mut chars)?;
            out.push((key, text));
            skip_ws(&mut chars);
            match chars.next() {
                Some(',') => continue,
                Some('}') => break,
                other => return Err(format!("expected ',' or '}}' after {:?}, found {other:?}", out.last())),
            }
        }
    }
    skip_ws(&mut chars);
    match chars.next() {
        None => Ok(out),
        Some(c) => Err(format!("unexpected {c:?} after the object")),
    }
}

/// A JSON string's text, its opening quote already read.
fn string(chars: &mut impl Iterator<Item = char>) -> Result<String, String> {
    let mut out = String::new();
    let hex = |chars: &mut dyn Iterator<Item = char>| -> Result<u32, String> {
        let digits: String = chars.take(4).collect();
        u32::from_str_radix(&digits, 16).map_err(|_| format!("bad escape \\u{digits}"))
    };
    loop {
        match chars.next().ok_or("unterminated string")? {
            '"' => return Ok(out),
            '\\' => match chars.next().ok_or("unterminated string")? {
                '"' => out.push('"'),
                '\\' => out.push('\\'),
                '/' => out.push('/'),
                'b' => out.push('\u{8}'),
                'f' => out.push('\u{c}'),
                'n' => out.push('\n'),
                'r' => out.push('\r'),
                't' => out.push('\t'),
                'u' => {
                    let mut code = hex(chars)?;
                    if (0xd800..0xdc00).contains(&code) {
                        if chars.next() != Some('\\') || chars.next() != Some('u') {
                            return Err("a lone surrogate".into());
                        }
                        let low = hex(chars)?;
                        if !(0xdc00..0xe000).contains(&low) {
                            return Err("a lone surrogate".into());
                        }
                        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
                    }
                    out.push(char::from_u32(code).ok_or("a lone surrogate")?);
                }
                c => return Err(format!("bad escape \\{c}")),
            },
            c if (c as u32) < 0x20 => return Err(format!("control character {c:?} in a string")),
            c => out.push(c),
        }
    }
}
