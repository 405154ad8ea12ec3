//! The results screen in stages. Rendering all of it at once (five family cards with their
//! "why", the plan, the candidacy panel, the timeline's chart and table, the actions) is one
//! task of well over 50 ms on a mid-range phone, and the click that shows the results waits for
//! all of it before the browser paints anything. So its first render has only the top part (the
//! heading and the summary with the best match and its health check, the edit buttons, the
//! notes), and each later stage adds the next part in screen order, in a task of its own after
//! the browser has painted the previous one: nothing already on screen moves, and the visitor
//! sees the answer at once. When every part is there, the section gets `data-complete` (tests
//! and the timing script wait for it).

use crate::ui::paint::{after_paint, Pending};
use yew::prelude::*;

/// The results' parts, in screen order: a stage shows its own part and every one before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// The heading, the summary (best match, its health check), the edit buttons and the notes.
    Top,
    /// The ranking's heading and its first [`FIRST_FAMILIES`] families with their "why".
    Ranking,
    /// The ranking's other families.
    RankingRest,
    /// The combined plan and microneedling's candidacy.
    Candidacy,
    /// The timeline's heading, the compare picker and the chart.
    Timeline,
    /// The timeline's table.
    TimelineTable,
    /// Printing, booking, keeping and sharing, the disclaimer.
    Actions,
}

/// How many families the ranking shows before [`Stage::RankingRest`].
pub const FIRST_FAMILIES: usize = 2;

impl Stage {
    /// The stage after this one; None for the last.
    pub fn next(self) -> Option<Stage> {
        match self {
            Stage::Top => Some(Stage::Ranking),
            Stage::Ranking => Some(Stage::RankingRest),
            Stage::RankingRest => Some(Stage::Candidacy),
            Stage::Candidacy => Some(Stage::Timeline),
            Stage::Timeline => Some(Stage::TimelineTable),
            Stage::TimelineTable => Some(Stage::Actions),
            Stage::Actions => None,
        }
    }

    /// Every part is shown.
    pub fn complete(self) -> bool {
        self.next().is_none()
    }
}

/// The stage shown: [`Stage::Top`] on the first render, then one more part per task, each after
/// the previous one is painted, until [`Stage::Actions`]. Unmounting cancels what is pending.
#[hook]
pub fn use_stages() -> Stage {
    let stage = use_state_eq(|| Stage::Top);
    let pending = use_mut_ref(Pending::default);
    {
        let setter = stage.setter();
        use_effect_with(*stage, move |&now| {
            if let Some(next) = now.next() {
                after_paint(&pending, move || setter.set(next));
            }
            move || drop(std::mem::take(&mut *pending.borrow_mut()))
        });
    }
    *stage
}
