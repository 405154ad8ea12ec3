//! Work after the browser has painted: a screen's later parts, a value's consequences further
//! down, a focus move or a measurement in the frame's own layout. A click that shows a large
//! screen at once is one long task, and the browser paints nothing until it ends; in parts, the
//! visitor sees the first part at once and each later one follows in a task of its own.

use gloo_render::{request_animation_frame, AnimationFrame};
use gloo_timers::callback::Timeout;
use yew::prelude::*;

/// What is waiting for a later part of a screen: the animation frame of the paint, then a task after
/// it (a frame callback runs before the paint, so the work goes into the task that follows).
/// Dropping it cancels whichever is still to come.
#[derive(Default)]
pub struct Pending {
    _frame: Option<AnimationFrame>,
    task: Option<Timeout>,
}

/// Runs `f` in a task after the browser has painted what is on screen now, unless the widget's
/// code has panicked by then; `slot` holds what is pending (replacing, and so cancelling, what it
/// held), and dropping its contents cancels it.
pub fn after_paint(slot: &std::rc::Rc<std::cell::RefCell<Pending>>, f: impl FnOnce() + 'static) {
    let task_slot = slot.clone();
    let frame = request_animation_frame(move |_| {
        let task = Timeout::new(0, move || {
            if !crate::containment::panicked() {
                f();
            }
        });
        task_slot.borrow_mut().task = Some(task);
    });
    *slot.borrow_mut() = Pending { _frame: Some(frame), task: None };
}

/// How many of a screen's `total` parts to render: `first` in the render that mounts it, then
/// one more in each task after the browser has painted the previous ones, up to `total`. For a
/// screen of several groups of controls one under the other (the health questions, the skin-type
/// quiz), so that the click that opens it renders and lays out only what the window shows first.
/// Unmounting cancels what is pending.
#[hook]
pub fn use_progressive(total: usize, first: usize) -> usize {
    let shown = use_state_eq(|| first.min(total));
    let pending = use_mut_ref(Pending::default);
    {
        let setter = shown.setter();
        use_effect_with((*shown, total), move |&(now, total)| {
            if now < total {
                after_paint(&pending, move || setter.set(now + 1));
            }
            move || drop(std::mem::take(&mut *pending.borrow_mut()))
        });
    }
    (*shown).min(total)
}

/// `value` as it was when the browser last painted: a new value comes back in a task after the
/// render that brought it is painted, so that a part further down (the timeline's table) follows
/// the part the visitor acted on (the chart) instead of adding its work to the same task.
#[hook]
pub fn use_deferred<T: Clone + PartialEq + 'static>(value: T) -> T {
    let shown = use_state_eq(|| value.clone());
    let pending = use_mut_ref(Pending::default);
    {
        let setter = shown.setter();
        use_effect_with(value, move |value| {
            let value = value.clone();
            after_paint(&pending, move || setter.set(value));
            move || drop(std::mem::take(&mut *pending.borrow_mut()))
        });
    }
    (*shown).clone()
}

/// Runs `f` in the next animation frame, before the browser paints the render that asked for it
/// (a focus move, a measurement of laid-out text): its layout is then the paint's own, not one
/// forced in the middle of the render. Returns the frame's handle: dropping it cancels `f`.
pub fn next_frame(f: impl FnOnce() + 'static) -> AnimationFrame {
    request_animation_frame(move |_| {
        if !crate::containment::panicked() {
            f();
        }
    })
}
