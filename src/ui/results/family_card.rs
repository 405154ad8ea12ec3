//! One family in the ranking: name, best option, score bar, badges and the "why".

use super::why::why;
use super::{key_attr, num};
use crate::assessment::{Assessment, Verdict};
use crate::catalog::Family;
use crate::geometry::{score_width, SCORE_BAR_HEIGHT, SCORE_BAR_WIDTH};
use crate::text::Text;
use crate::ui::class_list;
use yew::prelude::*;

/// What one card shows.
pub(super) struct FamilyCard<'a> {
    pub assessment: &'a Assessment,
    pub text: &'static Text,
    pub family: Family,
    pub recommended: bool,
    /// The first card: it says when it is not a clear match.
    pub first: bool,
}

/// `data-set-apart`, by `SetApart`'s order (its serde names).
const SET_APART_KEYS: [&str; 4] = ["not_now", "injections_declined", "not_offered", "no_benefit"];

impl FamilyCard<'_> {
    /// The card as an `<li>` keyed by its family (plain markup of the ranking, which renders
    /// the cards only when its own props change).
    pub(super) fn view(&self) -> Html {
        let text = self.text;
        let t = text.results;
        let Some(result) = self.assessment.family(self.family) else {
            return Html::default();
        };

        let name = t.family(result.family);
        let offered = result.offered;
        // Set apart: its reason in place of a competing number. Ranked: its score, and one line on
        // why it stands where it does next to its neighbour.
        let set_apart = t.set_apart_line(result, self.assessment);
        let versus = result.versus.as_ref().map(|v| t.versus_line(v));
        let not_clear = self.first && !self.recommended && set_apart.is_none();
        // The best option is only worth naming when the family has more than one.
        let best = (result.family.variants().count() > 1).then(|| t.best_variant(result.best));
        let score_text = t.fit_line(result.score);
        let safety = t.safety_line(result.verdict);
        let score_label = t.score_label(result.score);
        let fill_width = num(score_width(result.score));
        // The best-match badge; the verdict has its own line under the score, always, so that a high
        // fit is never read as a safety clearance.
        // The first card when it is no clear match says so in the badge's place.
        let badge = if self.recommended {
            Some((t.best_match, "tc-badge tc-badge-best"))
        } else {
            not_clear.then_some((t.not_clear_match, "tc-not-clear"))
        };
        let caution = (result.verdict != Verdict::Suitable).then_some("tc-safety-caution");
        let safety_class = class_list("tc-safety", &[caution]);
        let class = class_list(
            "tc-family",
            &[
                self.recommended.then_some("tc-recommended"),
                (!offered).then_some("tc-not-offered"),
                set_apart.is_some().then_some("tc-family-apart"),
            ],
        );
        let offered_attr = if offered { "true" } else { "false" };
        let score = match &set_apart {
            Some(reason) => html! { <p class="tc-set-apart-reason">{ reason.clone() }</p> },
            None => html! {
                <div class="tc-score">
                    <svg
                        class="tc-score-bar"
                        viewBox={format!("0 0 {} {}", num(SCORE_BAR_WIDTH), num(SCORE_BAR_HEIGHT))}
                        preserveAspectRatio="none"
                        role="img"
                        aria-label={score_label}
                    >
                        <rect class="tc-score-track" x="0" y="0" width={num(SCORE_BAR_WIDTH)} height={num(SCORE_BAR_HEIGHT)} rx="4" />
                        <rect class="tc-score-fill" x="0" y="0" width={fill_width} height={num(SCORE_BAR_HEIGHT)} rx="4" />
                    </svg>
                    <span class="tc-score-number" aria-hidden="true">{ score_text }</span>
                </div>
            },
        };
        let set_apart_attr = result.set_apart.map(|s| SET_APART_KEYS[s as usize]);

        html! {
            <li
                key={result.family as u8}
                {class}
                data-family={key_attr(&result.family)}
                data-score={result.score.to_string()}
                data-verdict={key_attr(&result.verdict)}
                data-offered={offered_attr}
                data-set-apart={set_apart_attr}
            >
                <div class="tc-family-head">
                    <h4 class="tc-family-name">{ name }</h4>
                    if let Some((text, class)) = badge {
                        <span {class}>{ text }</span>
                    }
                </div>
                if let Some(best) = best {
                    <p class="tc-best-variant">{ best }</p>
                }
                { score }
                if let Some(line) = versus {
                    <p class="tc-versus">{ line }</p>
                }
                <p class={safety_class}>{ safety }</p>
                { why(self.assessment, result, text) }
            </li>
        }
    }
}
