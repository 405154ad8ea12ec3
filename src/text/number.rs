//! Numbers written as Rust's `{}` writes an `f64`: the shortest digits that read back as the
//! same number, never an exponent (`0.25`, `-5`, `1000000`, `0.0000001`).
//!
//! In the browser the digits come from JavaScript's `Number.prototype.toString`, which picks
//! the same shortest digits, laid out here without the exponent it uses for very large and very
//! small numbers (`1e+21`, `1e-7`); where two shortest forms are equally near (`2^-25`), Rust
//! takes the upper one and JavaScript may take the lower, so that tie is broken Rust's way.
//! That keeps core's float formatting (about 14 KB of wasm) out of the widget; the SVG
//! geometry and the configuration's error messages are its only floats. A browser test checks
//! the two agree. Natively it is Rust's `{}`.

/// `v` as `format!("{v}")` writes it.
pub fn number(v: f64) -> String {
    #[cfg(target_arch = "wasm32")]
    return web(v);
    #[cfg(not(target_arch = "wasm32"))]
    v.to_string()
}

#[cfg(target_arch = "wasm32")]
fn web(v: f64) -> String {
    if v.is_nan() {
        return "NaN".to_string();
    }
    let sign = if v.is_sign_negative() { "-" } else { "" };
    if v.is_infinite() {
        return format!("{sign}inf");
    }
    if v == 0.0 {
        return format!("{sign}0");
    }
    // Hundredths, what the SVG geometry writes (hundreds of figures per chart): the nearest
    // double to c/100 is written as c/100's own digits, below 1e13 (where a double's spacing is
    // well under 0.01, so no shorter text reads back as it), without a call into JavaScript.
    let cents = (v.abs() * 100.0).round();
    if cents < 1e15 && cents / 100.0 == v.abs() {
        let cents = cents as u64;
        let (whole, fraction) = (cents / 100, cents % 100);
        return match fraction {
            0 => format!("{sign}{whole}"),
            f if f % 10 == 0 => format!("{sign}{whole}.{}", f / 10),
            f => format!("{sign}{whole}.{f:02}"),
        };
    }
    let magnitude = js_sys::Number::from(v.abs());
    let js = |text: Result<js_sys::JsString, wasm_bindgen::JsValue>| text.map(String::from).unwrap_or_default();
    let (mut digits, mut point) = decimal(&js(magnitude.to_string_with_radix(10)));
    let (exact, _) = decimal(&js(magnitude.to_precision(100)));
    if is_tie(&digits, &exact) {
        (digits, point) = round_up(&digits, point);
    }
    layout(sign, &digits, point)
}

/// The significant digits of a number's text (`123.5`, `0.001`, `1.5e-7`, `2e+21`), without
/// leading or trailing zeros, and where the decimal point goes: after `point` of them
/// (`0.001` is `1` with the point at -2).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn decimal(text: &str) -> (String, i32) {
    let (mantissa, exponent) = text.split_once('e').unwrap_or((text, "0"));
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all = format!("{whole}{fraction}");
    let significant = all.trim_start_matches('0');
    let point = whole.len() as i32 + exponent.parse::<i32>().unwrap_or(0) - (all.len() - significant.len()) as i32;
    (significant.trim_end_matches('0').to_string(), point)
}

/// Whether the exact value's digits are `digits` and then one 5: halfway between `digits` and
/// the next number of as many digits.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn is_tie(digits: &str, exact: &str) -> bool {
    exact.len() == digits.len() + 1 && exact.starts_with(digits) && exact.ends_with('5')
}

/// `digits` plus one in their last place.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn round_up(digits: &str, point: i32) -> (String, i32) {
    let mut out: Vec<u8> = digits.bytes().collect();
    let mut i = out.len();
    loop {
        if i == 0 {
            out.insert(0, b'1');
            return (String::from_utf8(out).unwrap_or_default().trim_end_matches('0').to_string(), point + 1);
        }
        i -= 1;
        if out[i] == b'9' {
            out[i] = b'0';
        } else {
            out[i] += 1;
            break;
        }
    }
    (String::from_utf8(out).unwrap_or_default().trim_end_matches('0').to_string(), point)
}

/// `digits` with the decimal point after `point` of them, as Rust writes it.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn layout(sign: &str, digits: &str, point: i32) -> String {
    let zeros = |n: i32| "0".repeat(n.max(0) as usize);
    if point <= 0 {
        format!("{sign}0.{}{digits}", zeros(-point))
    } else if point as usize >= digits.len() {
        format!("{sign}{digits}{}", zeros(point - digits.len() as i32))
    } else {
        let (whole, fraction) = digits.split_at(point as usize);
        format!("{sign}{whole}.{fraction}")
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "number_tests.rs"]
mod tests;
