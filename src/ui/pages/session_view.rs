//! One session, read back: what the member wrote before and after group, with ways to edit,
//! add the missing half, or delete (with a few seconds to undo).

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};

use crate::domain::emotions;
use crate::domain::journal::{long_date, numbered, Answer, Entry, Session};
use crate::domain::prompts;
use crate::domain::schedule::{progress_label, Moment};
use crate::screens::Screen;
use crate::ui::journal::use_journal;
use crate::ui::page::Page;

#[component]
pub fn SessionView() -> impl IntoView {
    let journal = use_journal();
    let id = use_params_map()
        .get_untracked()
        .get("id")
        .unwrap_or_default();
    let query = use_query_map().get_untracked();
    let saved = query.get("saved").is_some();
    let alongside = query.get("alongside").is_some();
    match journal.session(&id) {
        Some(session) => {
            view! { <SessionPage session=session saved=saved alongside=alongside /> }.into_any()
        }
        None => view! {
            <Page screen=Screen::History heading="We couldn't find that session">
                <p>"It may have been deleted. Everything else is where it was."</p>
                <A href=Screen::History.path() attr:class="button">
                    "Back to your entries"
                </A>
            </Page>
        }
        .into_any(),
    }
}

#[component]
fn SessionPage(session: Session, saved: bool, alongside: bool) -> impl IntoView {
    let journal = use_journal();
    let navigate = use_navigate();
    let number = journal.sessions.with_untracked(|sessions| {
        let schedule = journal.settings.with_untracked(|s| s.schedule.clone());
        numbered(sessions, schedule.as_ref())
            .into_iter()
            .find(|(s, _)| s.id == session.id)
            .and_then(|(_, n)| n)
    });
    let confirming = RwSignal::new(false);
    // Focus follows the question: to "Delete" when asked, back to the first button after.
    let confirm_button = NodeRef::<leptos::html::Button>::new();
    let ask_button = NodeRef::<leptos::html::Button>::new();
    let asked = StoredValue::new(false);
    Effect::new(move |_| {
        if let Some(button) = confirm_button.get() {
            let _ = button.focus();
        }
    });
    Effect::new(move |_| {
        if let (true, Some(button)) = (asked.get_value(), ask_button.get()) {
            let _ = button.focus();
        }
    });
    let problem = RwSignal::new(None::<String>);
    let id = session.id.clone();
    let delete = move |_| match journal.delete_session(&id) {
        Ok(deleted) => {
            journal.last_deleted.set(deleted);
            navigate(Screen::History.path(), Default::default());
        }
        Err(p) => problem.set(Some(p.message())),
    };
    let halves = [
        (
            Moment::Before,
            "Before group",
            "preparation",
            Screen::Prepare,
        ),
        (Moment::After, "After group", "reflection", Screen::Reflect),
    ];
    view! {
        <Page screen=Screen::History heading=long_date(session.date)>
            <Show when=move || saved>
                <p class="notice" role="status">
                    {if alongside {
                        "Saved. This entry was changed in another tab or window while you were editing it, so both versions are kept: this one is yours, saved as an entry of its own."
                    } else {
                        "Saved. It's kept on this device."
                    }}
                </p>
            </Show>
            {number.map(|n| view! { <p class="session-number">{progress_label(n)}</p> })}
            {halves
                .into_iter()
                .map(|(moment, title, name, screen)| {
                    let link = format!("{}/session/{}", screen.path(), session.id.0);
                    match session.entry(moment) {
                        Some(entry) => view! {
                            <section class="half">
                                <h2>{title}</h2>
                                <EntryView entry=entry.clone() />
                                <A href=link attr:class="button">
                                    {format!("Edit the {name}")}
                                </A>
                            </section>
                        }
                        .into_any(),
                        None => view! {
                            <section class="half">
                                <h2>{title}</h2>
                                <p class="quiet">"Nothing written."</p>
                                <A href=link attr:class="button">
                                    {format!("Write a {name}")}
                                </A>
                            </section>
                        }
                        .into_any(),
                    }
                })
                .collect_view()}
            <section class="danger-zone">
                <Show
                    when=move || confirming.get()
                    fallback=move || {
                        view! {
                            <button
                                class="button"
                                node_ref=ask_button
                                on:click=move |_| {
                                    asked.set_value(true);
                                    confirming.set(true)
                                }
                            >
                                "Delete this session"
                            </button>
                        }
                    }
                >
                    <div class="notice" role="alert">
                        <p>"Delete this session? You'll have a few seconds to undo."</p>
                        <div class="inline-actions">
                            <button class="button button-danger" node_ref=confirm_button on:click=delete.clone()>
                                "Delete"
                            </button>
                            <button class="button" on:click=move |_| confirming.set(false)>
                                "Keep it"
                            </button>
                        </div>
                    </div>
                </Show>
                {move || problem.get().map(|m| view! { <p class="notice" role="alert">{m}</p> })}
            </section>
        </Page>
    }
}

/// The words of a prompt, ours or the member's own.
fn prompt_text(id: &str) -> String {
    use_journal()
        .settings
        .with_untracked(|s| prompts::words_of(id, &s.own_prompts))
}

#[component]
fn EntryView(entry: Entry) -> impl IntoView {
    if entry.is_empty() {
        return view! { <p class="quiet">"Saved without answers: that's fine too."</p> }.into_any();
    }
    // In catalogue order, then the member's own prompts.
    let mut answers: Vec<(String, Answer)> = entry
        .answers
        .iter()
        .filter(|(_, a)| !a.is_empty())
        .map(|(id, a)| (id.clone(), a.clone()))
        .collect();
    crate::domain::sorting::sort_by_key(&mut answers, |(id, _)| {
        prompts::CATALOGUE
            .iter()
            .position(|p| p.id == id)
            .unwrap_or(usize::MAX)
    });
    view! {
        <dl class="answers">
            {answers
                .into_iter()
                .map(|(id, answer)| {
                    view! {
                        <dt>{prompt_text(&id)}</dt>
                        <dd>{answer_view(answer)}</dd>
                    }
                })
                .collect_view()}
        </dl>
    }
    .into_any()
}

/// An answer as text: member text is always text, never HTML.
fn answer_view(answer: Answer) -> AnyView {
    match answer {
        Answer::Text { text } => view! { <p class="written">{text}</p> }.into_any(),
        Answer::Emotions { emotions: named } => view! {
            <ul class="emotion-list">
                {named
                    .into_iter()
                    .map(|r| {
                        let family = emotions::find(&r.word).map(|w| w.family.name()).unwrap_or("your own word");
                        let body = (!r.body_note.is_empty()).then(|| format!(", felt in: {}", r.body_note));
                        view! {
                            <li>
                                <strong>{r.word.clone()}</strong>
                                {match r.strength() {
                                    Some(strength) => format!(" {strength} ({family})"),
                                    None => format!(" ({family})"),
                                }}
                                {body}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any(),
        Answer::Bring { text, carried, only_if_right } => {
            let carried: Vec<String> = carried.into_iter().map(|c| c.text).collect();
            view! {
                <p class="written">{text}</p>
                {(!carried.is_empty()).then(|| view! {
                    <p>"From last time: " {carried.join("; ")}</p>
                })}
                {only_if_right.then(|| view! { <p class="quiet">"Only if it feels right."</p> })}
            }
            .into_any()
        }
        Answer::Boundaries { boundaries } => view! {
            <ul class="card-list">
                {boundaries
                    .into_iter()
                    .map(|b| view! {
                        <li>
                            {b.kind.map(|kind| view! { <strong>{kind.label()}</strong> })}
                            <p class="written">{b.what_happened}</p>
                            {b.respected.map(|fit| view! { <p>{format!("Respected: {}", fit.label())}</p> })}
                            <p class="written">{b.how_it_felt}</p>
                        </li>
                    })
                    .collect_view()}
            </ul>
        }
        .into_any(),
        Answer::Feedback { items } => view! {
            <ul class="card-list">
                {items
                    .into_iter()
                    .map(|f| view! {
                        <li>
                            <p class="written">{f.what_was_said}</p>
                            <p>{format!("From: {}", if f.from.is_empty() { "someone in the group".to_owned() } else { f.from })}</p>
                            <p class="written">{f.how_it_landed}</p>
                            {f.matches.map(|fit| view! { <p>{format!("Matches how I think I come across: {}", fit.label())}</p> })}
                            <p class="written">{f.what_i_will_do}</p>
                        </li>
                    })
                    .collect_view()}
            </ul>
        }
        .into_any(),
        Answer::Tags { tags } => view! { <p>{tags.join(", ")}</p> }.into_any(),
        Answer::Scale { value } => view! { <p>{format!("{value} out of 10")}</p> }.into_any(),
    }
}
