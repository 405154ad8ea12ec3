//! What the clinic's measuring takes (issue 27): `analytics`, whether the funnel also goes to the
//! page's `window.dataLayer`, and `forward-params`, which of the page's query parameters the
//! booking link carries on.

use super::ConfigError;

/// `analytics`: nothing leaves the widget but its CustomEvents (the default), or each funnel
/// event is also pushed to `window.dataLayer` for the clinic's tag manager (`datalayer`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Analytics {
    #[default]
    None,
    DataLayer,
}

/// At most this many names in `forward-params`.
pub const MAX_FORWARDED: usize = 10;

/// A forwarded value longer than this is left out (a campaign id is far shorter; anything longer
/// is not one).
pub const MAX_FORWARDED_LEN: usize = 200;

/// `forward-params`: names separated by spaces (or commas), each of letters, digits, `_` and `-`,
/// at most [`MAX_FORWARDED`] of them; a name given twice counts once.
pub(super) fn forward_params(list: &str) -> Result<Vec<String>, ConfigError> {
    let err = |why: String| Err(ConfigError::new("forward-params", why));
    let mut names: Vec<String> = Vec::new();
    for name in list.split([' ', ',', '\t', '\n']).filter(|n| !n.is_empty()) {
        let allowed = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
        if name.len() > 40 || !name.chars().all(allowed) {
            let shown: String = name.chars().take(40).collect();
            return err(format!("\"{shown}\": a parameter name is letters, digits, \"_\" and \"-\" (at most 40)"));
        }
        if !names.iter().any(|n| n == name) {
            names.push(name.to_string());
        }
    }
    if names.len() > MAX_FORWARDED {
        return err(format!("{} names: at most {MAX_FORWARDED}", names.len()));
    }
    Ok(names)
}
