//! The booking link: which `booking-url` values the widget accepts (a link that stays a link to
//! the clinic), and how the visitor's choices are filled into its placeholders.

use super::BOOKING_PLACEHOLDERS;

/// `template` (a checked `booking-url`) with each placeholder replaced by its value,
/// percent-encoded so that a value can only ever be a query or path value: it cannot add a
/// scheme, a host, a path separator, a query or a fragment (`&`, `/`, `?`, `#` and every
/// non-ASCII byte are encoded). Placeholders without a value become empty.
pub fn fill_booking_url(template: &str, values: &[(&str, &str)]) -> String {
    // Plain loops rather than collects: no iterator machinery per closure (issue 24).
    let mut encoded: Vec<(&str, String)> = Vec::with_capacity(values.len());
    for (k, v) in values {
        encoded.push((*k, encode_uri_component(v)));
    }
    let mut args: Vec<(&str, &str)> = Vec::with_capacity(BOOKING_PLACEHOLDERS.len());
    for &p in BOOKING_PLACEHOLDERS.iter() {
        args.push((p, encoded.iter().find(|(k, _)| *k == p).map_or("", |(_, v)| v.as_str())));
    }
    crate::text::fill(template, &args)
}

/// `url` with the `forwarded` query parameters appended (each value encoded), before any
/// fragment; a parameter the link already has keeps the link's own value.
pub fn forward_params(url: &str, forwarded: &[(String, String)]) -> String {
    let (base, fragment) = match url.find('#') {
        Some(i) => url.split_at(i),
        None => (url, ""),
    };
    let query = base.split_once('?').map_or("", |(_, q)| q);
    let has = |name: &str| query.split('&').any(|pair| pair.split('=').next() == Some(name));
    let mut out = base.to_string();
    for (name, value) in forwarded {
        if has(name) {
            continue;
        }
        out.push(if out.contains('?') { '&' } else { '?' });
        out.push_str(&encode_uri_component(name));
        out.push('=');
        out.push_str(&encode_uri_component(value));
    }
    out.push_str(fragment);
    out
}

/// JavaScript's `encodeURIComponent`: every byte but `A-Z a-z 0-9 - _ . ! ~ * ' ( )` as `%XX`.
pub fn encode_uri_component(value: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(value.len() * 3);
    for &b in value.as_bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

/// A booking link a visitor can follow: a path on the clinic's site, or an absolute `https:`,
/// `http:`, `mailto:` or `tel:` URL. Refused: any other scheme (`javascript:`, `data:`, …, also
/// split by white space or in mixed case), a link that would leave the site while looking like a
/// path (`//host`, `/\host`, `\\host`), backslashes, encoded slashes or backslashes in a path,
/// white space and control characters, an `http(s):` URL without a host, and a placeholder
/// other than [`BOOKING_PLACEHOLDERS`]. The browser layer also resolves a path against the page
/// and refuses it unless it stays on the page's origin.
pub(super) fn check_url(url: &str) -> Result<String, String> {
    for name in crate::text::placeholders(url) {
        if !BOOKING_PLACEHOLDERS.contains(&name) {
            return Err(format!(
                "unknown placeholder {{{name}}} (known: {})",
                BOOKING_PLACEHOLDERS.map(|p| format!("{{{p}}}")).join(", ")
            ));
        }
    }
    if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err("contains white space or control characters (write a space as %20)".into());
    }
    let invisible = |c: char| matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}');
    if url.chars().any(invisible) {
        return Err("contains invisible characters".into());
    }
    if url.contains('\\') {
        return Err("contains a backslash, which browsers read as a slash".into());
    }
    let scheme_end = url.find([':', '/', '?', '#']);
    match scheme_end.filter(|&i| url[i..].starts_with(':')) {
        Some(i) => {
            let scheme = url[..i].to_ascii_lowercase();
            if !["http", "https", "mailto", "tel"].contains(&scheme.as_str()) {
                return Err(format!(
                    "\"{scheme}:\" links are not allowed: use a path, or an https:, http:, mailto: or tel: URL"
                ));
            }
            let rest = &url[i + 1..];
            if scheme.starts_with("http") {
                let host = rest.strip_prefix("//").map(|r| r.split(['/', '?', '#']).next().unwrap_or_default());
                if host.is_none_or(|h| h.is_empty() || h.starts_with('{')) {
                    return Err(format!("a {scheme}: link needs a host, as in {scheme}://clinic.example/book"));
                }
            }
        }
        None => {
            if url.starts_with("//") {
                return Err(
                    "starts with // and would leave the site: write a path (/book) or a full https:// URL".into()
                );
            }
            let path = url.split(['?', '#']).next().unwrap_or_default().to_ascii_lowercase();
            if path.contains("%2f") || path.contains("%5c") {
                return Err("contains an encoded slash or backslash in its path".into());
            }
        }
    }
    Ok(url.to_string())
}
