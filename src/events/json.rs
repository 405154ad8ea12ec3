//! The events' details written as JSON text, which the browser turns into plain objects with
//! `JSON.parse` (src/web.rs). Written by hand rather than through serde: in the wasm this is a
//! few hundred bytes, where serde's serializers for the detail types and serde-wasm-bindgen were
//! about 3 KB gzipped. Natively the details also derive `Serialize` (the tests compare the two).

use super::{
    ActionDetail, BookingDetail, BookingSummary, CompletedDetail, RankedFamily, ReadyDetail, ResultAction,
    StartedDetail, StepDetail, TreatmentVerdict, WidgetEvent,
};
use crate::answers::{snake_key, ConcernAnswer, Fitzpatrick};
use crate::assessment::Verdict;
use crate::catalog::{Family, TreatmentId};

/// A value that writes itself as JSON.
pub trait Json {
    fn write(&self, out: &mut String);
}

/// `value` as JSON text.
pub fn to_json(value: &dyn Json) -> String {
    let mut out = String::new();
    value.write(&mut out);
    out
}

/// An object of `fields`, in order.
pub(super) fn object(out: &mut String, fields: &[(&str, &dyn Json)]) {
    out.push('{');
    for (i, (name, value)) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        name.write(out);
        out.push(':');
        value.write(out);
    }
    out.push('}');
}

impl Json for str {
    fn write(&self, out: &mut String) {
        out.push('"');
        for c in self.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                c if (c as u32) < 0x20 => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    out.push_str("\\u00");
                    out.push(HEX[(c as usize) >> 4] as char);
                    out.push(HEX[(c as usize) & 15] as char);
                }
                c => out.push(c),
            }
        }
        out.push('"');
    }
}

impl Json for &str {
    fn write(&self, out: &mut String) {
        (**self).write(out)
    }
}

impl Json for String {
    fn write(&self, out: &mut String) {
        self.as_str().write(out)
    }
}

impl Json for u8 {
    fn write(&self, out: &mut String) {
        out.push_str(&self.to_string())
    }
}

impl Json for bool {
    fn write(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" })
    }
}

impl<T: Json> Json for Option<T> {
    fn write(&self, out: &mut String) {
        match self {
            Some(value) => value.write(out),
            None => out.push_str("null"),
        }
    }
}

impl<T: Json> Json for Vec<T> {
    fn write(&self, out: &mut String) {
        out.push('[');
        for (i, value) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            value.write(out);
        }
        out.push(']');
    }
}

/// The enums the details carry, by their snake_case names (as serde writes them).
macro_rules! by_name {
    ($($t:ty),*) => {$(
        impl Json for $t {
            fn write(&self, out: &mut String) {
                snake_key(self).write(out)
            }
        }
    )*};
}
by_name!(TreatmentId, Family, Verdict, ResultAction, crate::answers::Concern, crate::answers::Severity);

/// Skin types are written as their Roman numerals ("IV").
impl Json for Fitzpatrick {
    fn write(&self, out: &mut String) {
        format!("{self:?}").write(out)
    }
}

impl Json for ConcernAnswer {
    fn write(&self, out: &mut String) {
        object(out, &[("concern", &self.concern), ("severity", &self.severity)])
    }
}

impl Json for ReadyDetail {
    fn write(&self, out: &mut String) {
        object(
            out,
            &[
                ("version", &self.version),
                ("locale", &self.locale),
                ("currency", &self.currency),
                ("treatments", &self.treatments),
            ],
        )
    }
}

impl Json for RankedFamily {
    fn write(&self, out: &mut String) {
        object(
            out,
            &[
                ("family", &self.family),
                ("treatment", &self.treatment),
                ("score", &self.score),
                ("verdict", &self.verdict),
                ("offered", &self.offered),
            ],
        )
    }
}

impl Json for TreatmentVerdict {
    fn write(&self, out: &mut String) {
        object(out, &[("treatment", &self.treatment), ("verdict", &self.verdict)])
    }
}

impl Json for CompletedDetail {
    fn write(&self, out: &mut String) {
        object(
            out,
            &[
                ("recommended", &self.recommended),
                ("ranking", &self.ranking),
                ("candidacy", &self.candidacy),
                ("plan", &self.plan),
            ],
        )
    }
}

impl Json for BookingSummary {
    fn write(&self, out: &mut String) {
        let mut fields: Vec<(&str, &dyn Json)> = vec![
            ("recommended", &self.recommended),
            ("plan", &self.plan),
            ("verdicts", &self.verdicts),
            ("compared", &self.compared),
            ("locale", &self.locale),
        ];
        // Only when the visitor chose to share them; otherwise the fields are absent.
        if let Some(concerns) = &self.concerns {
            fields.push(("concerns", concerns));
        }
        if let Some(skin_type) = &self.skin_type {
            fields.push(("skin_type", skin_type));
        }
        object(out, &fields)
    }
}

impl Json for BookingDetail {
    fn write(&self, out: &mut String) {
        object(out, &[("url", &self.url), ("treatment", &self.treatment), ("summary", &self.summary)])
    }
}

impl Json for StartedDetail {
    fn write(&self, out: &mut String) {
        object(out, &[("step", &self.step)])
    }
}

impl Json for StepDetail {
    fn write(&self, out: &mut String) {
        object(out, &[("step", &self.step), ("number", &self.number), ("count", &self.count)])
    }
}

impl Json for ActionDetail {
    fn write(&self, out: &mut String) {
        object(
            out,
            &[
                ("action", &self.action),
                ("treatment", &self.treatment),
                ("family", &self.family),
                ("language", &self.language),
            ],
        )
    }
}

impl Json for WidgetEvent {
    fn write(&self, out: &mut String) {
        match self {
            WidgetEvent::Ready(detail) => detail.write(out),
            WidgetEvent::Started(detail) => detail.write(out),
            WidgetEvent::Step(detail) => detail.write(out),
            WidgetEvent::Action(detail) => detail.write(out),
            WidgetEvent::Completed(detail) => detail.write(out),
            WidgetEvent::BookingRequested(detail) => detail.write(out),
        }
    }
}

/// `tc-error`'s detail: the configuration is invalid (`field` names what).
pub struct ErrorDetail<'a> {
    pub field: &'a str,
    pub message: &'a str,
}

impl Json for ErrorDetail<'_> {
    fn write(&self, out: &mut String) {
        object(out, &[("field", &self.field), ("message", &self.message)])
    }
}
