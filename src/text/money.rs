//! Money in the clinic's currency: "$1,000", "€1,000", "CHF 1,000", and the budget labels that
//! carry it. Symbols, templates and the digit grouping come from [`ResultText`]'s data.

use super::template::fill;
use super::ResultText;
use crate::answers::Budget;
use crate::catalog::{Currency, Range};
use crate::text::QuestionText;

/// ISO 4217 codes and the symbol written for them (every built-in language writes the same);
/// another currency is written with its code (`results.money_code`).
const CURRENCY_SYMBOLS: [(&str, &str); 3] = [("USD", "$"), ("EUR", "\u{20ac}"), ("GBP", "\u{a3}")];

impl ResultText {
    /// A whole amount: with the currency's symbol where the language has one ("$1,000",
    /// "€1,000"), else with its code ("CHF 1,000").
    pub fn money(&self, amount: u32, currency: Currency) -> String {
        if let Some(money) = super::intl::money(self.tag, amount, currency.code()) {
            return money;
        }
        let digits = amount.to_string();
        let mut grouped = String::new();
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push_str(self.thousands_separator);
            }
            grouped.push(ch);
        }
        let code = currency.code();
        match CURRENCY_SYMBOLS.iter().find(|(c, _)| *c == code) {
            Some((_, symbol)) => fill(self.money, &[("symbol", symbol), ("n", &grouped)]),
            None => fill(self.money_code, &[("code", code), ("n", &grouped)]),
        }
    }

    /// "$400–$2,800", or one figure.
    pub fn money_range(&self, r: Range, currency: Currency) -> String {
        if r.lo == r.hi {
            return self.money(r.lo, currency);
        }
        fill(self.range, &[("lo", &self.money(r.lo, currency)), ("hi", &self.money(r.hi, currency))])
    }

    /// A budget answer's label with its amount in `currency`: "Up to €1,000".
    pub fn budget_label(&self, b: Budget, currency: Currency, q: &QuestionText) -> String {
        let template = q.budget(b);
        if !template.contains("{amount}") {
            return template.to_string();
        }
        fill(template, &[("amount", &self.money(b.max_amount(), currency))])
    }
}

#[cfg(test)]
#[path = "money_tests.rs"]
mod tests;
