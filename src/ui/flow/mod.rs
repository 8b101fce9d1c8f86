//! The guided flow for before and after group: one prompt a step, every step skippable, the
//! whole thing saved as a draft on every change and as an entry whenever the member says so.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::domain::journal::{finish, home_for, Answer, Draft, SessionId};
use crate::domain::prompts::{self, PromptKind, Step};
use crate::domain::schedule::Moment;
use crate::domain::storage_problem::StorageProblem;
use crate::screens::Screen;
use crate::ui::clock;
use crate::ui::journal::use_journal;
use crate::ui::page::Page;

mod boundaries;
mod bring;
mod cards;
mod emotions;
mod feedback;
mod scale;
mod tags;
mod text;

/// The answer to `id` in the draft (tracked, so views follow it).
pub(crate) fn answer_of(draft: RwSignal<Draft>, id: &str) -> Option<Answer> {
    draft.with(|d| d.entry.answers.get(id).cloned())
}

pub(crate) fn set_answer(draft: RwSignal<Draft>, id: &str, answer: Answer) {
    draft.update(|d| d.entry.set(id, answer));
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

#[component]
pub fn Flow(moment: Moment) -> impl IntoView {
    let journal = use_journal();
    let navigate = use_navigate();
    let query = use_query_map().get_untracked();
    let editing = query.get("session");
    let quick = query.get("quick").is_some();
    let screen = match moment {
        Moment::Before => Screen::Prepare,
        Moment::After => Screen::Reflect,
    };

    // A draft left from last time is offered back; editing a session starts from what it holds.
    let stored = journal.load_draft(moment, editing.as_deref());
    let existing = editing.as_deref().and_then(|id| journal.session(id));
    let (initial, offered) = match (stored, &existing) {
        (Some(draft), _) if !draft.entry.is_empty() => (draft, existing.is_none()),
        (_, Some(session)) => (Draft::editing(session, moment), false),
        _ => (Draft::new(moment, default_date(moment), quick), false),
    };
    let draft = RwSignal::new(initial);
    let offer_visible = RwSignal::new(offered);
    let problem = RwSignal::new(None::<StorageProblem>);

    let steps: Vec<Step> = journal.settings.with_untracked(|settings| {
        prompts::steps(
            moment,
            draft.get_untracked().entry.quick,
            &settings.hidden_prompts,
            &settings.own_prompts,
        )
    });
    let total = steps.len();
    let step_index = RwSignal::new(draft.get_untracked().step.min(total.saturating_sub(1)));
    // After Back, Skip or Next, focus goes to the new prompt so it is read out; not on arrival.
    let moved = StoredValue::new(false);
    let go = move |to: usize| {
        moved.set_value(true);
        step_index.set(to);
    };

    // Every change is written at once: a closed tab or a reload never loses typing.
    let first_run = StoredValue::new(true);
    Effect::new(move |_| {
        let current = draft.get();
        if first_run.get_value() {
            first_run.set_value(false);
            return;
        }
        problem.set(journal.save_draft(&current).err());
    });
    Effect::new(move |_| {
        let index = step_index.get();
        draft.update(|d| d.step = index);
    });

    let save = move || {
        let current = draft.get_untracked();
        let session = journal.sessions.with_untracked(|sessions| {
            finish(
                sessions,
                &current,
                SessionId::from_millis(clock::millis()),
                clock::now(),
            )
        });
        let id = session.id.0.clone();
        match journal.save_session(session) {
            Ok(()) => {
                journal.discard_draft(moment, current.session.as_ref().map(|s| s.0.as_str()));
                navigate(&format!("/history/{id}?saved=1"), Default::default());
            }
            Err(error) => problem.set(Some(error)),
        }
    };
    let save = StoredValue::new(save);

    let arrived = move || {
        journal.sessions.with(|sessions| {
            home_for(sessions, &draft.get())
                .and_then(|s| s.preparation.as_ref())
                .map(|p| p.emotions().to_vec())
                .unwrap_or_default()
        })
    };
    let steps = StoredValue::new(steps);
    let moment_word = match moment {
        Moment::Before => "preparation",
        Moment::After => "reflection",
    };

    view! {
        <Page screen=screen>
            <Show when=move || offer_visible.get()>
                <div class="notice" role="status">
                    <p>
                        {format!("You have an unfinished {moment_word}. It's here as you left it.")}
                    </p>
                    <div class="inline-actions">
                        <button class="button" on:click=move |_| offer_visible.set(false)>
                            "Continue it"
                        </button>
                        <button
                            class="button"
                            on:click=move |_| {
                                journal.discard_draft(moment, None);
                                draft.set(Draft::new(moment, default_date(moment), quick));
                                step_index.set(0);
                                offer_visible.set(false);
                            }
                        >
                            "Start a new one"
                        </button>
                    </div>
                </div>
            </Show>
            <div class="flow-meta">
                <label class="date-field">
                    <span>"Session date"</span>
                    <input
                        type="date"
                        prop:value=move || draft.with(|d| d.date.to_string())
                        on:change=move |ev| {
                            if let Ok(date) = event_target_value(&ev).parse() {
                                draft.update(|d| d.date = date);
                            }
                        }
                    />
                </label>
                <Show when=move || !quick && !draft.with(|d| d.entry.quick) && existing.is_none()>
                    <a class="quiet-link" href=format!("{}?quick=1", screen.path()) rel="external">
                        "Just a quick check-in"
                    </a>
                </Show>
            </div>
            <p class="progress-text" aria-live="polite">
                {move || format!("Step {} of {}", step_index.get() + 1, total)}
            </p>
            <progress
                class="progress"
                max=total
                prop:value=move || step_index.get() + 1
                aria-hidden="true"
            ></progress>
            <Show when=move || moment == Moment::After && !arrived().is_empty()>
                <p class="arrived">
                    "When you arrived: "
                    {move || {
                        arrived()
                            .iter()
                            .map(|r| format!("{} {}", r.word, r.intensity))
                            .collect::<Vec<_>>()
                            .join(", ")
                    }}
                </p>
            </Show>
            {move || {
                let index = step_index.get();
                steps
                    .with_value(|steps| steps.get(index).cloned())
                    .map(|step| view! { <StepView step=step draft=draft focus=moved.get_value() /> })
            }}
            <div class="flow-actions">
                <button
                    class="button"
                    disabled=move || step_index.get() == 0
                    on:click=move |_| go(step_index.get_untracked().saturating_sub(1))
                >
                    "Back"
                </button>
                <Show
                    when=move || step_index.get() + 1 < total
                    fallback=move || {
                        view! {
                            <button
                                class="button button-primary"
                                on:click=move |_| save.with_value(|save| save())
                            >
                                "Save"
                            </button>
                        }
                    }
                >
                    <button class="button" on:click=move |_| go(step_index.get_untracked() + 1)>
                        {move || {
                            let empty = steps
                                .with_value(|steps| {
                                    steps
                                        .get(step_index.get())
                                        .map(|s| s.id().to_owned())
                                        .unwrap_or_default()
                                });
                            if answer_of(draft, &empty).is_some_and(|a| !a.is_empty()) {
                                "Next"
                            } else {
                                "Skip"
                            }
                        }}
                    </button>
                </Show>
            </div>
            <Show when=move || step_index.get() + 1 < total>
                <button class="button save-now" on:click=move |_| save.with_value(|save| save())>
                    "Save now"
                </button>
            </Show>
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
            <p class="quiet">"Everything you type is kept on this device as you go."</p>
        </Page>
    }
}

/// One prompt: its words, its help, and the way it is answered.
#[component]
fn StepView(step: Step, draft: RwSignal<Draft>, focus: bool) -> impl IntoView {
    let id = step.id().to_owned();
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        if let (true, Some(heading)) = (focus, heading.get()) {
            let _ = heading.focus();
        }
    });
    let editor = match step.kind() {
        PromptKind::Text => {
            view! { <text::TextAnswer id=id starters=step.starters() draft=draft /> }.into_any()
        }
        PromptKind::Emotions => view! { <emotions::EmotionsAnswer id=id draft=draft /> }.into_any(),
        PromptKind::Bring => view! { <bring::BringAnswer id=id draft=draft /> }.into_any(),
        PromptKind::Boundaries => {
            view! { <boundaries::BoundariesAnswer id=id draft=draft /> }.into_any()
        }
        PromptKind::Feedback => view! { <feedback::FeedbackAnswer id=id draft=draft /> }.into_any(),
        PromptKind::Tags => view! { <tags::TagsAnswer id=id draft=draft /> }.into_any(),
        PromptKind::Scale => view! { <scale::ScaleAnswer id=id draft=draft /> }.into_any(),
    };
    view! {
        <section class="step" aria-labelledby="prompt-title">
            <h2 id="prompt-title" tabindex="-1" node_ref=heading>
                {step.text().to_owned()}
            </h2>
            <Show when={
                let help = step.help().to_owned();
                move || !help.is_empty()
            }>
                <p id="prompt-help" class="help">
                    {step.help().to_owned()}
                </p>
            </Show>
            {editor}
        </section>
    }
}
