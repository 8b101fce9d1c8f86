//! Insights: the member's own patterns over the sessions, as pictures with words and numbers.
//! Observations only, never scores.

mod charts;

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::domain::emotions::Family;
use crate::domain::insights::{self, Grain, Overview, Window};
use crate::domain::journal::{long_date, Fit, Session};
use crate::screens::Screen;
use crate::ui::choice::DateField;
use crate::ui::journal::use_journal;
use crate::ui::page::Page;
use charts::{bar_rows, dot_matrix, dumbbell, stacked_columns, Figure, Legend, PatternDefs, Table};

fn short(date: NaiveDate) -> String {
    crate::domain::dates::day_short_month(date)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Span {
    Last8,
    Last12,
    All,
    Between,
}

#[component]
pub fn Insights() -> impl IntoView {
    let journal = use_journal();
    let span = RwSignal::new(Span::Last8);
    let from = RwSignal::new(None::<NaiveDate>);
    let to = RwSignal::new(None::<NaiveDate>);
    let window = move || match span.get() {
        Span::Last8 => Window::Last(8),
        Span::Last12 => Window::Last(12),
        Span::All => Window::All,
        Span::Between => Window::Between(
            from.get().unwrap_or(NaiveDate::MIN),
            to.get().unwrap_or(NaiveDate::MAX),
        ),
    };
    // Worked out once per choice, straight from the journal (no copy of the sessions). Always
    // "changed": comparing two overviews would cost about as much as drawing them.
    let overview = Memo::new_owning(move |_| {
        let window = window();
        let overview = journal.settings.with(|settings| {
            journal.sessions.with(|all| {
                insights::overview(&insights::select(all, window), &settings.own_emotions)
            })
        });
        (overview, true)
    });
    let option = move |value: Span, label: &'static str| {
        view! {
            <label class="choice-option">
                <input
                    type="radio"
                    name="span"
                    prop:checked=move || span.get() == value
                    on:change=move |_| span.set(value)
                />
                <span>{label}</span>
            </label>
        }
    };
    view! {
        <Page screen=Screen::Insights>
            <PatternDefs />
            <fieldset class="choice span-filter">
                <legend>"Which sessions"</legend>
                {option(Span::Last8, "Last 8")}
                {option(Span::Last12, "Last 12")}
                {option(Span::All, "All")}
                {option(Span::Between, "Between dates")}
            </fieldset>
            <Show when=move || span.get() == Span::Between>
                <div class="date-range">
                    <DateField label="From" date=from />
                    <DateField label="To" date=to />
                </div>
            </Show>
            <p class="insight-count" aria-live="polite">
                {move || format!("Looking at {}.", insights::sessions_phrase(overview.with(|o| o.sessions)))}
            </p>
            {move || {
                overview.with(|o| {
                    let grain = grain(o);
                    view! {
                        {(grain != Grain::Session).then(|| view! {
                            <p class="insight-grain">
                                {format!(
                                    "The charts show these sessions by {}, so they fit on the screen. Choose fewer to see each session.",
                                    grain.word()
                                )}
                            </p>
                        })}
                        {before_after(o)}
                        {families(o)}
                        {most_named(o)}
                        {boundaries(o)}
                        {feedback(o)}
                        {patterns(o)}
                        {risks(o)}
                    }
                })
            }}
            <LookBack />
        </Page>
    }
}

fn grain(o: &Overview) -> Grain {
    o.periods.first().map_or(Grain::Session, |p| p.grain)
}

fn labels(o: &Overview) -> Vec<String> {
    o.periods.iter().map(insights::Period::label).collect()
}

/// "per session", "per month", ...
fn per(o: &Overview) -> String {
    format!("per {}", grain(o).word())
}

fn before_after(o: &Overview) -> impl IntoView {
    let summary = insights::before_after_summary(&o.before_after);
    let family = |f: Option<Family>| f.map(Family::name).unwrap_or("your own word");
    let felt = |f: &Option<insights::Felt>| {
        f.as_ref()
            .map(|f| match f.intensity {
                Some(n) => format!("{} {n} ({})", f.word, family(f.family)),
                None => format!("{} ({})", f.word, family(f.family)),
            })
            .unwrap_or_else(|| "not written".to_owned())
    };
    let averaged = |a: &Option<insights::Averaged>| {
        let Some(a) = a else {
            return "not written".to_owned();
        };
        let strength = a.intensity.map(|n| format!("{n:.1} on average"));
        let family = a
            .family
            .map(|f| format!("mostly {}", f.name().to_lowercase()));
        match (strength, family) {
            (Some(strength), Some(family)) => format!("{strength}, {family}"),
            (Some(only), None) | (None, Some(only)) => only,
            (None, None) => "named, without a strength".to_owned(),
        }
    };
    let by_period = insights::before_after_by(&o.periods, &o.before_after);
    let rows = if grain(o) == Grain::Session {
        o.before_after
            .iter()
            .map(|r| vec![short(r.date), felt(&r.arrived), felt(&r.left)])
            .collect()
    } else {
        o.periods
            .iter()
            .zip(&by_period)
            .map(|(p, (arrived, left))| vec![p.label(), averaged(arrived), averaged(left)])
            .collect()
    };
    let table = Table {
        caption: format!("Strongest emotion on arriving and on leaving, {}", per(o)),
        headers: vec![grain(o).heading().into(), "Arrived".into(), "Left".into()],
        rows,
    };
    let points: Vec<_> = labels(o)
        .into_iter()
        .zip(&by_period)
        .map(|(label, (arrived, left))| {
            (
                label,
                arrived.and_then(|a| a.intensity),
                left.and_then(|l| l.intensity),
            )
        })
        .collect();
    let legend = if grain(o) == Grain::Session {
        "○ arrived   ■ left   (strongest emotion, 0 to 10)".to_owned()
    } else {
        format!(
            "○ arrived   ■ left   (strongest emotion, 0 to 10, averaged {})",
            per(o)
        )
    };
    view! {
        <Figure id="before-after" title="How you arrived, how you left" summary=summary table=table>
            <p class="legend-line">{legend}</p>
            {dumbbell(&points)}
        </Figure>
    }
}

fn families(o: &Overview) -> impl IntoView {
    let summary = insights::families_summary(&o.families);
    let counts: Vec<[u32; 4]> =
        insights::per_period(&o.periods, &o.families, |total: &mut [u32; 4], row| {
            for (total, n) in total.iter_mut().zip(row.counts) {
                *total += n;
            }
        });
    let mut headers = vec![grain(o).heading().to_owned()];
    headers.extend(Family::ALL.iter().map(|f| f.name().to_owned()));
    let table = Table {
        caption: format!("Emotions named {}, by family", per(o)),
        headers,
        rows: labels(o)
            .into_iter()
            .zip(&counts)
            .map(|(label, c)| {
                std::iter::once(label)
                    .chain(c.iter().map(u32::to_string))
                    .collect()
            })
            .collect(),
    };
    let columns: Vec<_> = labels(o)
        .into_iter()
        .zip(&counts)
        .map(|(label, c)| (label, c.to_vec()))
        .collect();
    view! {
        <Figure id="families" title="Emotion families over time" summary=summary table=table>
            <Legend names=Family::ALL.iter().map(|f| format!("{}: {}", f.name(), f.description())).collect() />
            {stacked_columns(&columns)}
        </Figure>
    }
}

fn most_named(o: &Overview) -> impl IntoView {
    let ranked = &o.most_named;
    let summary = insights::most_named_summary(ranked, o.sessions);
    let table = Table {
        caption: "Emotions named most often".into(),
        headers: vec!["Emotion".into(), "Sessions".into()],
        rows: ranked
            .iter()
            .map(|(w, n)| vec![w.clone(), n.to_string()])
            .collect(),
    };
    let rows: Vec<_> = ranked.iter().map(|(w, n)| (w.clone(), *n as u32)).collect();
    view! {
        <Figure id="most-named" title="Emotions you name most" summary=summary table=table>
            {bar_rows(&rows)}
        </Figure>
    }
}

fn boundaries(o: &Overview) -> impl IntoView {
    let b = &o.boundaries;
    let summary = insights::boundaries_summary(b);
    let counts: Vec<u32> =
        insights::per_period(&o.periods, &b.per_session, |total: &mut u32, (_, n)| {
            *total += n
        });
    let mut rows: Vec<Vec<String>> = labels(o)
        .into_iter()
        .zip(&counts)
        .map(|(label, n)| vec![label, n.to_string()])
        .collect();
    rows.extend(
        b.by_kind
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(k, n)| vec![k.label().to_owned(), n.to_string()]),
    );
    let table = Table {
        caption: format!("Boundaries {}, then by kind", per(o)),
        headers: vec![
            format!("{} or kind", grain(o).heading()),
            "Boundaries".into(),
        ],
        rows,
    };
    let columns: Vec<_> = labels(o)
        .into_iter()
        .zip(&counts)
        .map(|(label, n)| (label, vec![*n]))
        .collect();
    let kinds: Vec<_> = b
        .by_kind
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(k, n)| (k.label().to_owned(), *n))
        .collect();
    view! {
        <Figure id="boundaries" title="Boundaries you practised" summary=summary table=table>
            {stacked_columns(&columns)}
            {bar_rows(&kinds)}
        </Figure>
    }
}

fn feedback(o: &Overview) -> impl IntoView {
    let f = &o.feedback;
    let summary = insights::feedback_summary(f);
    let counts: Vec<insights::FitCounts> = insights::per_period(
        &o.periods,
        &f.per_session,
        |total: &mut insights::FitCounts, (_, c)| total.add_all(c),
    );
    let mut headers = vec![grain(o).heading().to_owned()];
    headers.extend(Fit::ALL.iter().map(|fit| fit.label().to_owned()));
    let table = Table {
        caption: "Feedback received: does it match how I think I come across?".into(),
        headers,
        rows: labels(o)
            .into_iter()
            .zip(&counts)
            .map(|(label, c)| {
                std::iter::once(label)
                    .chain(Fit::ALL.iter().map(|fit| c.get(*fit).to_string()))
                    .collect()
            })
            .collect(),
    };
    let columns: Vec<_> = labels(o)
        .into_iter()
        .zip(&counts)
        .map(|(label, c)| (label, Fit::ALL.iter().map(|fit| c.get(*fit)).collect()))
        .collect();
    let items = f.items.clone();
    // The list is made when it is opened: a long journal can hold hundreds of items.
    let open = RwSignal::new(false);
    view! {
        <Figure id="feedback" title="Feedback and how you see yourself" summary=summary table=table>
            <Legend names=Fit::ALL.iter().map(|fit| fit.label().to_owned()).collect() />
            {stacked_columns(&columns)}
        </Figure>
        {(!items.is_empty()).then(|| view! {
            <details
                class="feedback-items"
                on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())
            >
                <summary>"The feedback itself"</summary>
                <Show when=move || open.get()>
                    <ul>
                        {items
                            .iter()
                            .map(|(id, date, item)| {
                                // How it fits how the member comes across, only where they said.
                                let fits = item
                                    .matches
                                    .map(|fit| format!(" ({})", fit.label()))
                                    .unwrap_or_default();
                                let said = format!(
                                    "{}: \u{201c}{}\u{201d}{fits}",
                                    short(*date),
                                    item.what_was_said
                                );
                                view! {
                                    <li>
                                        <A href=format!("/history/{}", id.0)>
                                            {said}
                                        </A>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </Show>
            </details>
        })}
    }
}

fn patterns(o: &Overview) -> impl IntoView {
    let ranked = &o.patterns;
    let summary = insights::patterns_summary(ranked, o.sessions);
    let rows: Vec<(String, Vec<bool>)> = ranked
        .iter()
        .zip(&o.patterns_by)
        .take(6)
        .map(|((tag, _), counts)| (tag.clone(), counts.iter().map(|n| *n > 0).collect()))
        .collect();
    let when = |dates: &[NaiveDate], counts: &[u32]| {
        if grain(o) == Grain::Session {
            dates
                .iter()
                .map(|d| short(*d))
                .collect::<Vec<_>>()
                .join(", ")
        } else {
            o.periods
                .iter()
                .zip(counts)
                .filter(|(_, n)| **n > 0)
                .map(|(p, n)| format!("{} ({n})", p.label()))
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    let table = Table {
        caption: "Patterns noticed, and when".into(),
        headers: vec!["Pattern".into(), "Sessions".into(), "When".into()],
        rows: ranked
            .iter()
            .zip(&o.patterns_by)
            .map(|((tag, dates), counts)| {
                vec![tag.clone(), dates.len().to_string(), when(dates, counts)]
            })
            .collect(),
    };
    let legend = match grain(o) {
        Grain::Session => "● noticed in that session   ○ not that time".to_owned(),
        grain => format!("● noticed that {0}   ○ not that {0}", grain.word()),
    };
    let columns = labels(o);
    view! {
        <Figure id="patterns" title="Patterns you noticed" summary=summary table=table>
            <p class="legend-line">{legend}</p>
            {dot_matrix(&rows, &columns)}
        </Figure>
    }
}

fn risks(o: &Overview) -> impl IntoView {
    let summary = insights::risks_summary(&o.risks);
    let counts: Vec<(u32, u32)> =
        insights::per_period(&o.periods, &o.risks, |total: &mut (u32, u32), r| {
            total.0 += u32::from(r.took_risk);
            total.1 += u32::from(r.held_back);
        });
    let cell = |n: u32, p: &insights::Period| {
        if p.grain == Grain::Session {
            if n > 0 { "yes" } else { "no" }.to_owned()
        } else {
            format!("{n} of {}", p.sessions().len())
        }
    };
    let table = Table {
        caption: format!("Risks taken and things held back, {}", per(o)),
        headers: vec![
            grain(o).heading().into(),
            "Took a risk".into(),
            "Held something back".into(),
        ],
        rows: o
            .periods
            .iter()
            .zip(&counts)
            .map(|(p, (took, held))| vec![p.label(), cell(*took, p), cell(*held, p)])
            .collect(),
    };
    let matrix = vec![
        (
            "took a risk".to_owned(),
            counts.iter().map(|(took, _)| *took > 0).collect(),
        ),
        (
            "held back".to_owned(),
            counts.iter().map(|(_, held)| *held > 0).collect(),
        ),
    ];
    let columns = labels(o);
    view! {
        <Figure id="risks" title="Risks taken, things held back" summary=summary table=table>
            {dot_matrix(&matrix, &columns)}
        </Figure>
    }
}

/// From session 12: the member's first preparation beside the latest, and a question.
#[component]
fn LookBack() -> impl IntoView {
    let journal = use_journal();
    move || {
        journal.sessions.with(|all| {
            let ordered = insights::select(all, Window::All);
            insights::look_back(&ordered).map(|(first, latest)| {
                let side = |s: &Session, title: &'static str| {
                    let arrived: Vec<String> = s
                        .preparation
                        .as_ref()
                        .map(|p| p.emotions().iter().map(|r| r.word.clone()).collect())
                        .unwrap_or_default();
                    view! {
                        <div class="look-side">
                            <h3>{format!("{title}: {}", long_date(s.date))}</h3>
                            <p>{format!("Arriving: {}", if arrived.is_empty() { "not written".to_owned() } else { arrived.join(", ") })}</p>
                            <p class="written">{insights::bring_words(s)}</p>
                        </div>
                    }
                };
                view! {
                    <section class="look-back" aria-labelledby="look-back-title">
                        <h2 id="look-back-title">"Then and now"</h2>
                        <p>"Your first preparation beside your latest one. No verdicts: just you, then and now."</p>
                        {side(first, "First")}
                        {side(latest, "Latest")}
                        <p class="lead">"What has changed for you?"</p>
                        <p class="quiet">"If you'd like, bring it into your next reflection."</p>
                    </section>
                }
            })
        })
    }
}
