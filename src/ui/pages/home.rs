//! Home: the next session, the one thing most likely wanted now (prepare before, reflect
//! after), what is waiting to be brought, and progress through the commitment — no streaks.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::domain::carry_forward::CarryStatus;
use crate::domain::journal::long_date;
use crate::domain::schedule::{progress_label, Moment};
use crate::domain::today::{self, Offer};
use crate::screens::{Screen, SettingsPage};
use crate::ui::clock;
use crate::ui::journal::use_journal;
use crate::ui::page::Page;
use crate::ui::problems::Problems;

#[component]
pub fn Home() -> impl IntoView {
    let journal = use_journal();
    let now = clock::now();
    let schedule = move || journal.settings.with(|s| s.schedule.clone());
    // Prepare, reflect, add to today's reflection, or ask which: from the schedule if there is
    // one, else from what is already written today.
    let offer = Memo::new(move |_| {
        journal.settings.with(|settings| {
            journal
                .sessions
                .with(|sessions| today::offer(settings.schedule.as_ref(), now, sessions))
        })
    });
    let reflected_today = move || {
        journal
            .sessions
            .with(|sessions| today::reflected_today(sessions, now.date()).map(|s| s.id.0.clone()))
    };
    let planned = move || {
        journal.sessions.with(|sessions| {
            today::planned(sessions, now.date()).map(|plan| {
                (
                    plan.sentence.map(str::to_owned),
                    plan.bring.iter().map(|t| t.to_string()).collect::<Vec<_>>(),
                )
            })
        })
    };
    let next = move || {
        schedule().and_then(|s| s.next_after(now)).map(|next| {
            format!(
                "Next session: {} at {} (session {})",
                long_date(next.starts.date()),
                crate::domain::dates::hours_minutes(next.starts.time()),
                next.number
            )
        })
    };
    // Where the member is in the group's life: the calendar's count, or their own.
    let progress = move || match schedule() {
        Some(s) => s.latest_started(now).map(|session| session.number),
        None => u32::try_from(journal.sessions.with(Vec::len))
            .ok()
            .filter(|n| *n > 0),
    };
    let offer_schedule = move || {
        journal
            .settings
            .with(|s| s.schedule.is_none() && !s.schedule_offer_dismissed)
    };
    let waiting = move || {
        journal
            .carry
            .with(|c| c.open().cloned().collect::<Vec<_>>())
    };
    let problem = RwSignal::new(None::<String>);
    // The last item marked brought or let go, so it can be put back on the list.
    let last_marked = RwSignal::new(None::<(String, String, CarryStatus)>);
    let mark = move |id: String, status: CarryStatus| {
        let text = journal.carry.with_untracked(|c| {
            c.items
                .iter()
                .find(|i| i.id == id)
                .map(|i| i.text.clone())
                .unwrap_or_default()
        });
        match journal.mark_carry(&id, status) {
            Ok(()) => {
                problem.set(None);
                last_marked.set((!status.is_open()).then_some((id, text, status)));
            }
            Err(p) => problem.set(Some(p.message())),
        }
    };
    let status_of = move |id: &str| {
        journal
            .carry
            .with(|c| c.items.iter().find(|i| i.id == id).map(|i| i.status))
    };

    let deleted = leptos_router::hooks::use_query_map()
        .get_untracked()
        .get("deleted")
        .is_some();
    view! {
        <Page screen=Screen::Home>
            <Show when=move || deleted>
                <p class="notice" role="status">
                    "Everything was deleted from this browser. You can start again whenever you like."
                </p>
            </Show>
            <Problems />
            <Show when=move || !journal.settings.with(|s| s.confidentiality_note_seen)>
                <section class="offer first-note" aria-labelledby="first-note">
                    <h2 id="first-note">"Before you begin"</h2>
                    <p>
                        "What's shared in group stays in group. Here, write about your own reactions, and use initials or a nickname for anyone else."
                    </p>
                    <button
                        class="button"
                        on:click=move |_| {
                            let saved = journal.change_settings(|s| s.confidentiality_note_seen = true);
                            problem.set(saved.err().map(|p| p.message()));
                        }
                    >
                        "Got it"
                    </button>
                </section>
            </Show>
            <super::keeping::IphoneCard />
            {move || {
                schedule()
                    .filter(|s| !s.group_name.is_empty())
                    .map(|s| view! { <p class="group-name">{s.group_name}</p> })
            }}
            {move || next().map(|n| view! { <p class="next-session">{n}</p> })}
            {move || progress().map(|n| view! { <p class="progress-note">{progress_label(n)}</p> })}
            {move || {
                planned()
                    .map(|(sentence, bring)| {
                        view! {
                            <section class="plan" aria-labelledby="plan-heading">
                                <h2 id="plan-heading">"For group"</h2>
                                <super::closing::Plan sentence=sentence bring=bring />
                            </section>
                        }
                    })
            }}
            <Actions offer=offer reflected_today=Signal::derive(reflected_today) />
            <Show when=move || !waiting().is_empty()>
                <section aria-labelledby="waiting-heading">
                    <h2 id="waiting-heading">"Waiting to bring"</h2>
                    <ul class="carry-list">
                        <For each=waiting key=|item| item.id.clone() let:item>
                            <li class="carry-item">
                                <p>{item.text.clone()}</p>
                                <Show when={
                                    let id = item.id.clone();
                                    move || status_of(&id) == Some(CarryStatus::NotYet)
                                }>
                                    <p class="quiet">"Not yet, and that's fine."</p>
                                </Show>
                                <div class="inline-actions" role="group" aria-label=format!("What became of: {}", item.text)>
                                    {[CarryStatus::BroughtIt, CarryStatus::NotYet, CarryStatus::LetGo]
                                        .into_iter()
                                        .map(|status| {
                                            let id = item.id.clone();
                                            view! {
                                                <button class="button" on:click=move |_| mark(id.clone(), status)>
                                                    {status.label()}
                                                </button>
                                            }
                                        })
                                        .collect_view()}
                                </div>
                            </li>
                        </For>
                    </ul>
                </section>
            </Show>
            <div role="status" aria-live="polite">
                {move || {
                    last_marked
                        .get()
                        .map(|(id, text, status)| {
                            view! {
                                <div class="notice">
                                    <p>{format!("\u{201c}{text}\u{201d}: {}.", status.label().to_lowercase())}</p>
                                    <button class="button" on:click=move |_| mark(id.clone(), CarryStatus::Open)>
                                        "Put it back on the list"
                                    </button>
                                </div>
                            }
                        })
                }}
            </div>
            {move || problem.get().map(|m| view! { <p class="notice" role="alert">{m}</p> })}
            <super::keeping::BackupOffer />
            <Show when=offer_schedule>
                <section class="offer" aria-labelledby="schedule-offer">
                    <h2 id="schedule-offer">"When does your group meet?"</h2>
                    <p>
                        "If you add your group's schedule, Here & Now can show the next session and number your sessions. It's optional."
                    </p>
                    <div class="inline-actions">
                        <A href=Screen::Setting(SettingsPage::Schedule).path() attr:class="button">
                            "Add the schedule"
                        </A>
                        <button
                            class="button"
                            on:click=move |_| {
                                let saved = journal.change_settings(|s| s.schedule_offer_dismissed = true);
                                problem.set(saved.err().map(|p| p.message()));
                            }
                        >
                            "Not now"
                        </button>
                    </div>
                </section>
            </Show>
            <p>
                <A href=Screen::Unsafe.path() attr:class="quiet-link">"Uncomfortable or unsafe?"</A>
            </p>
            <p class="quiet">"Everything you write stays on this device. Nothing is sent anywhere."</p>
        </Page>
    }
}

/// The main ways in: what fits now first. When nothing says whether group is ahead or over,
/// both are offered alike under the question.
#[component]
fn Actions(offer: Memo<Offer>, reflected_today: Signal<Option<String>>) -> impl IntoView {
    let quick = |moment: Moment| match moment {
        Moment::Before => format!("{}/quick", Screen::Prepare.path()),
        Moment::After => format!("{}/quick", Screen::Reflect.path()),
    };
    view! {
        {move || {
            reflected_today
                .get()
                .map(|id| {
                    view! {
                        <p class="today-note">
                            "You wrote a reflection today. "
                            <A href=format!("{}/{id}", Screen::History.path())>"Read it"</A>
                        </p>
                    }
                })
        }}
        <div class="actions">
            {move || match offer.get() {
                Offer::Ask => {
                    view! {
                        <h2 class="ask">"Before or after group?"</h2>
                        <div class="either">
                            <A href=Screen::Prepare.path() attr:class="button">"Before: prepare"</A>
                            <A href=Screen::Reflect.path() attr:class="button">"After: reflect"</A>
                        </div>
                        <p class="quick-links">
                            "Just a quick check-in: "
                            <a class="quiet-link" href=quick(Moment::Before) aria-label="Quick check-in before group">"before"</a>
                            " · "
                            <a class="quiet-link" href=quick(Moment::After) aria-label="Quick check-in after group">"after"</a>
                        </p>
                    }
                    .into_any()
                }
                offer => {
                    let (first, first_href, second) = match &offer {
                        Offer::Prepare => ("Prepare for group", Screen::Prepare.path().to_owned(), Screen::Reflect),
                        Offer::Reflect => ("Reflect after group", Screen::Reflect.path().to_owned(), Screen::Prepare),
                        Offer::AddTo(id) => (
                            "Add to today's reflection",
                            format!("{}/session/{}", Screen::Reflect.path(), id.0),
                            Screen::Prepare,
                        ),
                        // Asked above; never reached.
                        Offer::Ask => ("Prepare for group", Screen::Prepare.path().to_owned(), Screen::Reflect),
                    };
                    let second_words = match second {
                        Screen::Prepare => "Prepare for group",
                        _ => "Reflect after group",
                    };
                    let moment = offer.moment().unwrap_or(Moment::Before);
                    view! {
                        <A href=first_href attr:class="button button-primary">{first}</A>
                        <A href=second.path() attr:class="button">{second_words}</A>
                        <a class="quiet-link" href=quick(moment)>
                            {match moment {
                                Moment::Before => "Just a quick check-in before group",
                                Moment::After => "Just a quick check-in after group",
                            }}
                        </a>
                    }
                    .into_any()
                }
            }}
        </div>
    }
}
