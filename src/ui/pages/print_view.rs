//! The print view: the sessions a member chose to share, laid out for paper, with a Print
//! button. Everything the member wrote goes in as text nodes, never as HTML.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use crate::domain::readable::{readable, Line, ReadableAnswer, Sharing, SAVED_WITHOUT_ANSWERS};
use crate::screens::Screen;
use crate::ui::journal::use_journal;
use crate::ui::page::Page;

#[component]
pub fn PrintView() -> impl IntoView {
    let journal = use_journal();
    let query = use_query_map();
    let shared = move || {
        let sharing = query.with(|q| {
            Sharing::from_query(q.get_str("from"), q.get_str("to"), q.get_str("anonymize"))
        });
        journal
            .settings
            .with(|settings| journal.sessions.with(|s| readable(s, settings, sharing)))
    };
    let print = move |_| {
        let _ = window().print();
    };
    view! {
        <Page screen=Screen::PrintView>
            <div class="inline-actions no-print">
                <button type="button" class="button button-primary" on:click=print>
                    "Print"
                </button>
                <A href=Screen::History.path() attr:class="button">
                    "Back to your entries"
                </A>
            </div>
            {move || {
                let shared = shared();
                view! {
                    {shared.about.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
                    {shared
                        .sessions
                        .into_iter()
                        .map(|session| view! {
                            <section class="print-session">
                                <h2>{session.heading}</h2>
                                {session
                                    .halves
                                    .into_iter()
                                    .map(|half| view! {
                                        <h3>{half.heading}</h3>
                                        {half.answers.is_empty().then(|| view! {
                                            <p class="quiet">{SAVED_WITHOUT_ANSWERS}</p>
                                        })}
                                        {half.answers.into_iter().map(answer_view).collect_view()}
                                    })
                                    .collect_view()}
                            </section>
                        })
                        .collect_view()}
                }
            }}
        </Page>
    }
}

fn answer_view(answer: ReadableAnswer) -> impl IntoView {
    view! {
        <h4>{answer.prompt}</h4>
        {answer.lines.into_iter().map(line_view).collect_view()}
        {(!answer.items.is_empty()).then(|| view! {
            <ul class="card-list">
                {answer
                    .items
                    .into_iter()
                    .map(|item| view! { <li>{item.into_iter().map(line_view).collect_view()}</li> })
                    .collect_view()}
            </ul>
        })}
    }
}

fn line_view(line: Line) -> impl IntoView {
    match line {
        Line::Words(words) => view! { <p class="written">{words}</p> }.into_any(),
        Line::Field(label, words) => view! {
            <p class="written">
                <span class="field-label">{format!("{label}: ")}</span>
                {words}
            </p>
        }
        .into_any(),
    }
}
