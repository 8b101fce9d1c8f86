//! The guided flow for before and after group: one prompt a step, every step skippable, the
//! whole thing saved as a draft on every change and as an entry whenever the member says so.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::domain::emotions::EmotionRating;
use crate::domain::journal::{finish, home_for, Answer, Draft, SessionId};
use crate::domain::prompts;
use crate::domain::schedule::Moment;
use crate::domain::storage_problem::StorageProblem;
use crate::screens::Screen;
use crate::ui::clock;
use crate::ui::journal::use_journal;
use crate::ui::page::Page;
use crate::ui::pages::IphoneCard;
use crate::ui::problems::Problems;

mod actions;
mod boundaries;
mod bring;
mod cards;
mod date_line;
mod emotions;
mod feedback;
mod header;
mod resume;
mod scale;
mod step;
mod tags;
mod text;

/// The answer to `id` in the draft (tracked, so views follow it).
pub(crate) fn answer_of(draft: RwSignal<Draft>, id: &str) -> Option<Answer> {
    draft.with(|d| d.entry.answers.get(id).cloned())
}

/// Keeps the answer exactly as typed; blank answers are tidied away only when saving.
pub(crate) fn set_answer(draft: RwSignal<Draft>, id: &str, answer: Answer) {
    draft.update(|d| d.entry.set_raw(id, answer));
}

/// Where a new entry is dated: before group, the next session's day; after, the day of the
/// session that just happened; without a schedule, today.
fn default_date(moment: Moment) -> chrono::NaiveDate {
    let journal = use_journal();
    let now = clock::now();
    journal
        .settings
        .with_untracked(|settings| {
            let schedule = settings.schedule.as_ref()?;
            match moment {
                Moment::Before => schedule.next_after(now).map(|s| s.starts.date()),
                Moment::After => schedule
                    .latest_started(now)
                    .filter(|s| now - s.starts < crate::domain::schedule::AFTER_GROUP_WINDOW)
                    .map(|s| s.starts.date()),
            }
        })
        .unwrap_or(now.date())
}

/// The guided flow. Each way in has its own address (a new entry, a quick check-in, editing a
/// session), so moving between them always starts the right flow afresh. It fills the screen:
/// the prompt near the top, one action bar always in view, the date as one small line.
#[component]
pub fn Flow(
    moment: Moment,
    /// A quick check-in rather than the full flow.
    #[prop(optional)]
    quick: bool,
    /// The session being edited.
    #[prop(optional)]
    editing: Option<String>,
) -> impl IntoView {
    let journal = use_journal();
    let navigate = use_navigate();
    let screen = match moment {
        Moment::Before => Screen::Prepare,
        Moment::After => Screen::Reflect,
    };

    // A draft left from last time is offered back (never loaded silently); editing a session
    // otherwise starts from what it holds.
    let stored = journal.load_draft(moment, editing.as_deref());
    let existing = editing.as_deref().and_then(|id| journal.session(id));
    let is_editing = existing.is_some();
    let revision_now = existing.as_ref().map(|s| s.revision);
    let fresh = move || match &existing {
        Some(session) => Draft::editing(session, moment),
        None => Draft::new(moment, default_date(moment), quick),
    };
    let (initial, offered) = match stored {
        Some(draft) if !draft.entry.is_empty() => (draft, true),
        _ => (fresh(), false),
    };
    // Editing a session that has been saved again since this draft began.
    let changed_since =
        offered && initial.base_revision.is_some() && initial.base_revision != revision_now;
    let fresh = StoredValue::new(fresh);
    let draft = RwSignal::new(initial);
    let offer_visible = RwSignal::new(offered);
    let problem = RwSignal::new(None::<StorageProblem>);

    // The steps follow the draft: starting a new one may switch between quick and full.
    let steps = Memo::new(move |_| {
        let quick = draft.with(|d| d.entry.quick);
        journal.settings.with(|settings| {
            prompts::steps(
                moment,
                quick,
                &settings.hidden_prompts,
                &settings.own_prompts,
            )
        })
    });
    let total = Signal::derive(move || steps.with(Vec::len));
    let step_index = RwSignal::new(
        draft
            .get_untracked()
            .step
            .min(total.get_untracked().saturating_sub(1)),
    );
    // After Back, Skip or Next, focus goes to the new prompt so it is read out; not on arrival.
    let moved = StoredValue::new(false);
    let go = Callback::new(move |to: usize| {
        moved.set_value(true);
        step_index.set(to);
        draft.update(|d| d.step = to);
        // The new prompt starts at the top of the screen, wherever the last one was scrolled.
        window().scroll_to_with_x_and_y(0.0, 0.0);
    });

    // Every change is written at once: a closed tab or a reload never loses typing. Opening the
    // page writes nothing; only the member's own changes do.
    let first_run = StoredValue::new(true);
    Effect::new(move |_| {
        let first = first_run.get_value();
        first_run.set_value(false);
        // Read in place, not copied: the draft can hold thousands of words.
        if let Some(saved) = draft.with(|current| (!first).then(|| journal.save_draft(current))) {
            problem.set(saved.err());
        }
    });

    let save = move || {
        let current = draft.get_untracked();
        // Build on what storage holds now, not on what this page loaded (another tab may have
        // saved the other half of this session meanwhile).
        let home = journal
            .sessions
            .with_untracked(|sessions| home_for(sessions, &current).map(|s| s.id.clone()));
        if let Some(id) = &home {
            journal.refresh_session(id);
        }
        let session = journal.sessions.with_untracked(|sessions| {
            finish(
                sessions,
                &current,
                SessionId::from_millis(clock::millis()),
                clock::now(),
            )
        });
        let id = session.id.clone();
        match journal.save_session(session) {
            Ok(()) => {
                journal.discard_draft(moment, current.session.as_ref().map(|s| s.0.as_str()));
                // Saved beside the version another tab saved meanwhile, not over it.
                let alongside = current.session.as_ref().is_some_and(|edited| edited != &id);
                // A new entry that couldn't join the session on its date without losing
                // something was kept as one of its own.
                let separate = current.session.is_none() && home.is_some_and(|home| home != id);
                let half = match moment {
                    Moment::Before => "before",
                    Moment::After => "after",
                };
                let note = match (alongside, separate) {
                    (true, _) => "&alongside=1",
                    (_, true) => "&separate=1",
                    _ => "",
                };
                navigate(
                    &format!("/done/{}?half={half}{note}", id.0),
                    Default::default(),
                );
            }
            Err(error) => problem.set(Some(error)),
        }
    };
    let save = StoredValue::new(save);
    let done = Callback::new(move |()| save.with_value(|save| save()));

    // Borrowed, not cloned: the draft can hold thousands of words and this runs on every key.
    let arrived = move || {
        journal.sessions.with(|sessions| {
            draft.with(|draft| {
                home_for(sessions, draft)
                    .and_then(|s| s.preparation.as_ref())
                    .map(|p| p.emotions().to_vec())
                    .unwrap_or_default()
            })
        })
    };
    let step = Signal::derive(move || step_index.get());

    view! {
        <Page
            screen=screen
            class="flow"
            beside_heading=view! { <header::FlowHeader /> }.into_any()
        >
            <header::ProgressBar step=step total=total />
            <date_line::DateLine draft=draft>
                <header::StepCount step=step total=total />
            </date_line::DateLine>
            <Problems />
            // Before the first entry: on an iPhone in Safari, how to keep the journal.
            <Show when=move || step_index.get() == 0 && journal.sessions.with(Vec::is_empty)>
                <IphoneCard />
            </Show>
            <Show when=move || offer_visible.get()>
                <resume::ResumeOffer
                    moment=moment
                    is_editing=is_editing
                    changed_since=changed_since
                    on_continue=Callback::new(move |()| offer_visible.set(false))
                    on_start_again=Callback::new(move |()| {
                        let old = draft.get_untracked();
                        journal.discard_draft(moment, old.session.as_ref().map(|s| s.0.as_str()));
                        first_run.set_value(true);
                        draft.set(fresh.with_value(|fresh| fresh()));
                        step_index.set(0);
                        offer_visible.set(false);
                    })
                />
            </Show>
            <Show when=move || total.get() == 0>
                <p class="notice" role="status">
                    "Every prompt for this moment is hidden. You can still save, or bring some back in Settings."
                </p>
            </Show>
            {move || {
                let index = step_index.get();
                steps
                    .with(|steps| steps.get(index).cloned())
                    .map(|step| {
                        // How the member arrived, beside "How are you feeling now?".
                        let aside = (step.id() == prompts::FEELING_NOW)
                            .then(|| view! { <Arrived emotions=Signal::derive(arrived) /> }.into_any());
                        view! { <step::StepView step=step draft=draft focus=moved.get_value() aside=aside /> }
                    })
            }}
            {move || {
                problem
                    .get()
                    .map(|p| {
                        view! {
                            <p class="notice" role="alert">
                                {p.message()}
                            </p>
                        }
                    })
            }}
            <actions::ActionBar step=step total=total go=go done=done />
            <div class="flow-extras">
                <Show when=move || step_index.get() + 1 < total.get()>
                    <button type="button" class="text-button" on:click=move |_| done.run(())>
                        "Save now and finish"
                    </button>
                </Show>
                <Show when=move || {
                    !quick && !draft.with(|d| d.entry.quick) && !is_editing && step_index.get() == 0
                }>
                    <a class="quiet-link" href=format!("{}/quick", screen.path())>
                        "Short on energy? Just a quick check-in"
                    </a>
                </Show>
                <p class="quiet">"Everything you type is kept on this device as you go."</p>
            </div>
        </Page>
    }
}

/// "When you arrived: anxious 7, tired", from the preparation of the same session.
#[component]
fn Arrived(emotions: Signal<Vec<EmotionRating>>) -> impl IntoView {
    view! {
        <Show when=move || emotions.with(|e| !e.is_empty())>
            <p class="arrived">
                "When you arrived: "
                {move || {
                    emotions.with(|all| {
                        all.iter()
                            .map(|r| match r.intensity {
                                Some(n) => format!("{} {n}", r.word),
                                None => r.word.clone(),
                            })
                            .collect::<Vec<_>>()
                            .join(", ")
                    })
                }}
            </p>
        </Show>
    }
}
