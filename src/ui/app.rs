//! The widget's root: holds the questionnaire state, shows one screen at a time and, at the end,
//! the results computed from the answers.

use super::actions::{self, Actions};
use super::announce::{self, Announcement};
use super::components::{
    concerns_step, dom, downtime_step, header, language_switch, nav, progress, quiz, skin_type_step, ConcernsStepProps,
    DowntimeStepProps, HeaderProps, HealthStep, LanguageSwitchProps, NavProps, PreferencesStep, ProgressProps,
    SkinTypeStepProps,
};
use super::keep::{self, Keys, Notice};
use super::paint::next_frame;
use super::results::Results;
use super::state::{Missing, State, Step};
use crate::catalog::Catalog;
use crate::config::WidgetConfig;
use crate::date::Date;
use crate::events::{CompletedDetail, ReadyDetail, StartedDetail, StepDetail, WidgetEvent};
use crate::text::QuestionText;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Properties, PartialEq)]
pub struct AppProps {
    pub config: Rc<WidgetConfig>,
    /// The visitor's local date: timelines start from it.
    pub today: Date,
    /// Events for the host page; returns true when the host called `preventDefault()`.
    pub on_event: Callback<WidgetEvent, bool>,
    /// Messages for screen readers (src/ui/announce.rs).
    pub on_announce: Callback<Announcement>,
    /// This widget among the page's: its element's id, or its position. Its stored answers and
    /// its part of a shared link's fragment go by it.
    pub instance: AttrValue,
}

/// What the screen says is missing.
fn hint(text: &QuestionText, missing: Missing) -> String {
    let question = |q: &str| crate::text::fill(text.hint_health_question, &[("question", q)]);
    match missing {
        Missing::Concern => text.hint_no_concern.into(),
        Missing::SkinType => text.hint_no_skin_type.into(),
        Missing::HealthGroup(i) => {
            let group = text.health_groups.get(i).copied().unwrap_or_default();
            crate::text::fill(text.hint_health_group, &[("group", group)])
        }
        Missing::Condition(c) => question(text.condition(c)),
        Missing::Isotretinoin => question(text.isotretinoin_question),
        Missing::IsotretinoinDate => text.hint_isotretinoin_date.into(),
    }
}

/// The control where the missing answer goes (the first of its radios), as a CSS selector.
fn missing_control(missing: Missing) -> String {
    let name = match missing {
        Missing::Concern => "concern".to_string(),
        Missing::SkinType => "skin-type".to_string(),
        Missing::HealthGroup(i) => format!("health-group-{}", super::state::health_group_key(i)),
        Missing::Condition(c) => format!("health-{}", crate::answers::snake_key(&c)),
        Missing::Isotretinoin => "isotretinoin".to_string(),
        Missing::IsotretinoinDate => "isotretinoin-last-taken".to_string(),
    };
    format!("input[name=\"{name}\"]")
}

fn notice_text(text: &crate::text::EmbedText, notice: Notice) -> &'static str {
    match notice {
        Notice::RestoreFailed => text.notice_restore_failed,
        Notice::LinkFailed => text.notice_link_failed,
        Notice::LinkWithoutHealth => text.notice_link_without_health,
        Notice::QuestionsAdded => text.notice_questions_added,
    }
}

/// What the app's effect last saw (see App).
struct Seen {
    /// The last assessment the host was told of.
    announced: Option<Rc<crate::assessment::Assessment>>,
    /// The screen shown at the last effect; None before the first.
    step: Option<Step>,
    /// The pending focus move and announcement: replacing it cancels the one before.
    frame: Option<gloo_render::AnimationFrame>,
    /// The screen and what it missed at the last effect.
    missing: (Step, Option<super::state::Missing>),
    /// The quiz's outcome at the last effect; None before the first.
    quiz: Option<Option<crate::answers::Fitzpatrick>>,
    /// The host was told the visitor started (`tc-started`): answers given since the widget
    /// started, or restored (a visitor who comes back has started before).
    started: bool,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    // The answers a shared link or this tab's (or device's) storage holds, read once.
    let keys = use_memo(props.instance.clone(), |instance| Keys::new(instance));
    let restored = {
        let (keys, remember, today) = (keys.clone(), props.config.remember, props.today);
        use_memo((), move |_| keep::restore(&keys, remember, today))
    };
    let state = {
        let first = restored.state.clone();
        use_reducer(move || first.unwrap_or_default())
    };
    let notice = use_state(|| restored.notice);
    let on_device = use_state(|| restored.on_device);
    {
        // A shared link's answers leave the address bar once read.
        let (keys, from_link) = (keys.clone(), restored.from_link);
        use_effect_with((), move |_| {
            if from_link {
                keep::remove_fragment(&keys);
            }
        });
    }
    {
        let (keys, remember) = (keys.clone(), props.config.remember);
        use_effect_with(((*state).clone(), *on_device, remember), move |(state, on_device, remember)| {
            keep::save(&keys, state, *remember, *on_device);
        });
    }
    // The visitor's choice in the language switch (its code), while the clinic still offers it,
    // also after the configuration changes; switching re-renders in place and keeps every answer.
    let chosen = use_state(|| None::<&'static str>);
    let actions = {
        let (dispatcher, chosen, today) = (state.dispatcher(), chosen.setter(), props.today);
        use_memo((), move |_| Actions::new(&dispatcher, today, chosen))
    };
    let locale = chosen
        .and_then(|code| props.config.languages.iter().copied().find(|l| l.code() == code))
        .unwrap_or(props.config.locale);
    let shown = use_memo((props.config.clone(), locale), |(config, locale)| {
        if config.locale == *locale {
            config.clone()
        } else {
            Rc::new(config.in_language(*locale))
        }
    });
    let config: &Rc<WidgetConfig> = &shown;
    let text = locale.text();
    // Everything the widget says to a screen reader is in the language shown.
    let announce = props.on_announce.reform(move |a: Announcement| a.in_language(text.tag));
    // Ids must be unique in the document, which may hold several widgets.
    let uid = use_memo((), |_| AttrValue::from(format!("tc{}", (js_sys::Math::random() * 1e9) as u32)));

    // Only the results screen needs an assessment; it is recomputed whenever an answer or the
    // clinic's offer changes.
    let answers = (state.step == Step::Results).then(|| state.draft.to_answers()).flatten().map(Rc::new);
    let assessment = use_memo((answers.clone(), props.today, config.offer.clone()), |(answers, today, offer)| {
        answers.as_ref().map(|a| Rc::new(crate::assess(a, &Catalog::for_clinic(offer), *today)))
    });
    // Tell the host: ready once, completed each time the results shown change. Once the first
    // screen is up, while the browser is idle, make the dates' and prices' formatters: a page's
    // first `Intl` formatter costs tens of milliseconds (the platform loads its locale data), which
    // would otherwise delay the click that first shows a price or a date.
    {
        let (on_event, config) = (props.on_event.clone(), config.clone());
        use_effect_with((), move |_| {
            on_event.emit(WidgetEvent::Ready(ReadyDetail::new(&config)));
            // Every language the switch offers too, so that switching makes none either; one idle
            // task per formatter and language, each short.
            let currency = config.offer.currency;
            for locale in std::iter::once(config.locale).chain(config.languages.iter().copied()) {
                let tag = locale.text().tag;
                for which in 0..crate::text::intl::FORMATTERS {
                    crate::browser::when_idle(move || crate::text::intl::prepare(tag, currency.code(), which));
                }
            }
        });
    }
    let on_booking = actions::booking(&props.on_event, config, (*assessment).clone(), state.draft.to_answers());
    let on_start_over = actions::start_over(state.dispatcher(), props.today, on_device.clone(), notice.clone());
    let on_keep = actions::keep_on_device(on_device.clone(), keys.clone());
    let share_link = actions::share_link(keys.clone(), state.clone());

    let step = match (state.step, assessment.as_ref()) {
        (Step::Results, None) => state.draft.first_incomplete().unwrap_or_default(),
        (step, _) => step,
    };

    // After a screen change, move focus to the new screen's title and announce the screen
    // ("Step 2 of 5: What is your skin type?", or the results' summary); not on first render:
    // the widget must not steal focus from the host page.
    let screen = use_node_ref();
    let news = match assessment.as_ref() {
        Some(a) if step == Step::Results => {
            config.text().results.summary(a.recommended().map(|f| (f.family, f.best, f.score, f.verdict)))
        }
        _ => {
            let q = text.questions;
            let count = q.step_of(step.index() + 1, Step::QUESTIONS.len());
            crate::text::fill(q.step_announcement, &[("step", &count), ("title", q.step(step))])
        }
    };
    // A step that becomes incomplete through an answer (the last concern unticked, isotretinoin
    // "stopped" without a date) says what it now needs.
    let missing = state.draft.missing(step);
    // What the effect below last saw, in one cell rather than a hook each (issue 24).
    let answered = state.draft != crate::questionnaire::Draft::default();
    let seen = use_mut_ref(|| Seen {
        announced: None,
        step: None,
        frame: None,
        missing: (step, missing),
        quiz: None,
        started: answered,
    });
    {
        // One effect doing, in this order, what four effects each did when its dependency
        // changed (each part checks its own): the same runs, in the same order, after each render.
        let on_event = props.on_event.clone();
        let assessment = assessment.clone();
        let screen = screen.clone();
        let on_announce = announce.clone();
        let quiz_result = state.quiz.result();
        use_effect(move || {
            // Tell the host the results are complete, the first time each assessment is shown:
            // the assessment is rebuilt each time the results screen comes back, so going back
            // and forth without changes stays quiet.
            if let Some(assessment) = assessment.as_ref() {
                let new = seen.borrow().announced.as_deref() != Some(&**assessment);
                if new {
                    seen.borrow_mut().announced = Some(assessment.clone());
                    on_event.emit(WidgetEvent::Completed(CompletedDetail::new(assessment)));
                }
            }
            // In the next animation frame: focusing lays the screen out, which then is the
            // frame's own layout rather than one forced in the middle of the render.
            let last_step = seen.borrow_mut().step.replace(step);
            // The funnel, ids only: each question step shown, and the first answer (again after
            // "Start over").
            if last_step != Some(step) && step.is_question() {
                on_event.emit(WidgetEvent::Step(StepDetail::new(step)));
            }
            let started = std::mem::replace(&mut seen.borrow_mut().started, answered);
            if answered && !started {
                on_event.emit(WidgetEvent::Started(StartedDetail { step: Step::Concerns.key() }));
            }
            if last_step.is_some_and(|s| s != step) {
                let on_announce = on_announce.clone();
                let frame = next_frame(move || {
                    dom::focus_first_heading(&screen);
                    on_announce.emit(Announcement::polite(news));
                });
                seen.borrow_mut().frame = Some(frame);
            }
            let before = std::mem::replace(&mut seen.borrow_mut().missing, (step, missing));
            if let (Some(m), (s, None)) = (missing, before) {
                if s == step {
                    on_announce.emit(Announcement::polite(hint(text.questions, m)));
                }
            }
            // The skin-type quiz's outcome, once all its questions are answered.
            let last_quiz = seen.borrow_mut().quiz.replace(quiz_result);
            if last_quiz.is_some_and(|q| q != quiz_result) && quiz_result.is_some() {
                on_announce.emit(Announcement::polite(quiz::outcome(text.questions, quiz_result)));
            }
        });
    }

    let body = match (step, assessment.as_ref(), answers) {
        (Step::Results, Some(assessment), Some(answers)) => html! {
            <Results assessment={assessment.clone()} {answers} config={config.clone()} on_edit={actions.edit.clone()}
                {on_booking} remember={config.remember} on_device={*on_device} {on_start_over} {on_keep}
                {share_link} on_announce={announce.clone()} />
        },
        (step, ..) => question_screen(step, &state, &actions, config, props.today, &announce, &uid, &screen),
    };
    let progress = step.is_question().then(|| progress(&ProgressProps { current: step, locale }));
    let switch = (config.languages.len() > 1).then(|| {
        language_switch(&LanguageSwitchProps {
            languages: Rc::from(config.languages.as_slice()),
            current: locale,
            on_select: actions.language.clone(),
        })
    });

    let notice_view = notice.map(|n| {
        let notice = notice.clone();
        let dismiss = Callback::from(move |_: MouseEvent| notice.set(None));
        html! {
            <div class="tc-notice" role="status">
                <p>{ notice_text(text.embed, n) }</p>
                <button type="button" class="tc-notice-dismiss" onclick={dismiss}>{ text.embed.notice_dismiss }</button>
            </div>
        }
    });

    html! {
        <div class="tc-root" part="root" lang={text.tag} dir={text.dir}>
            { switch.unwrap_or_default() }
            { header(&HeaderProps { clinic_name: config.clinic_name.clone().into(), locale }) }
            { notice_view.unwrap_or_default() }
            { progress.unwrap_or_default() }
            <div class="tc-screen" ref={screen}>{ body }</div>
            <slot name={announce::SLOT} />
        </div>
    }
}

/// A question screen (its fields and the Back/Next buttons) inside a form that never submits:
/// the form keeps this widget's radio groups apart from another widget's on the same page.
#[allow(clippy::too_many_arguments)]
fn question_screen(
    step: Step,
    state: &State,
    actions: &Actions,
    config: &WidgetConfig,
    today: Date,
    on_announce: &Callback<Announcement>,
    uid: &AttrValue,
    screen: &NodeRef,
) -> Html {
    let locale = config.locale;
    let text = locale.text().questions;
    let draft = &state.draft;
    let fields = match step {
        Step::Concerns => concerns_step(&ConcernsStepProps {
            concerns: draft.concerns,
            locale,
            on_toggle: actions.concern.clone(),
            on_severity: actions.severity.clone(),
        }),
        Step::SkinType => skin_type_step(&SkinTypeStepProps {
            selected: draft.skin_type,
            quiz: state.quiz,
            quiz_open: state.quiz_open,
            locale,
            uid: uid.clone(),
            on_select: actions.skin_type.clone(),
            on_quiz_answer: actions.quiz_answer.clone(),
            on_toggle_quiz: actions.toggle_quiz.clone(),
        }),
        Step::Downtime => {
            downtime_step(&DowntimeStepProps { selected: draft.downtime, locale, on_select: actions.downtime.clone() })
        }
        Step::Preferences => html! {
            <PreferencesStep preferences={draft.preferences.clone()} start_date={draft.start_date}
                today={today} {locale} currency={config.offer.currency}
                on_budget={actions.budget.clone()} on_injections={actions.injections.clone()}
                on_event_date={actions.event_date.clone()} on_start_date={actions.start_date.clone()} />
        },
        Step::Health => html! {
            <HealthStep health={draft.health.clone()} gates={draft.gates} isotretinoin={draft.isotretinoin}
                isotretinoin_last_taken={draft.isotretinoin_last_taken} today={today} {locale} uid={uid.clone()}
                on_gate={actions.gate.clone()} on_answer={actions.condition.clone()}
                on_isotretinoin={actions.isotretinoin.clone()}
                on_isotretinoin_last_taken={actions.isotretinoin_last_taken.clone()} />
        },
        Step::Results => Html::default(),
    };
    let next_label = if state.seen_results {
        text.back_to_results
    } else if step == Step::Health {
        text.see_results
    } else {
        text.next
    };
    let missing = draft.missing(step);
    let hint_text = missing.map(|m| AttrValue::from(hint(text, m)));
    // Next stays focusable while the step is incomplete; pressing it moves the focus to what is
    // missing and says what it is.
    let on_next = match (&hint_text, missing) {
        (Some(h), Some(m)) => {
            let (h, on_announce, screen) = (h.clone(), on_announce.clone(), screen.clone());
            Callback::from(move |()| {
                dom::focus_first(&screen, &missing_control(m));
                on_announce.emit(Announcement::urgent(h.clone()));
            })
        }
        _ => actions.next.clone(),
    };
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());
    html! {
        <form class="tc-form" novalidate=true {onsubmit}>
            { fields }
            { nav(&NavProps {
                locale,
                show_back: step.previous().is_some(),
                next_label: next_label.into(),
                hint: hint_text,
                hint_id: format!("{uid}-hint").into(),
                on_back: actions.back.clone(),
                on_next,
            }) }
        </form>
    }
}
