//! One section an insight: its heading, its sentence, its chart and its numbers (worked out
//! in `domain::insights`); the moments as links to open again.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::domain::dates::day_month_year;
use crate::domain::emotions::Family;
use crate::domain::insights::{self, Grain, Insight, Overview};
use crate::domain::journal::Fit;

use super::charts::{
    bar_rows, dot_matrix, line_over_time, shift_chart, stacked_columns, Figure, Legend, Type,
};

/// The section of an insight that is ready to show.
pub fn section(insight: Insight, o: &Overview, t: Type, dates_only: bool) -> AnyView {
    match insight {
        Insight::Shift => shift(o, t).into_any(),
        Insight::Connection => connection(o, t).into_any(),
        Insight::Families => families(o, t).into_any(),
        Insight::MostNamed => most_named(o, t).into_any(),
        Insight::Boundaries => boundaries(o, t).into_any(),
        Insight::Feedback => feedback(o, t).into_any(),
        Insight::Patterns => patterns(o, t).into_any(),
        Insight::Moments => moments(o, dates_only).into_any(),
    }
}

fn labels(o: &Overview) -> Vec<String> {
    o.periods.iter().map(insights::Period::label).collect()
}

/// "per session", "per month", ...
fn per(o: &Overview) -> String {
    format!("per {}", o.grain().word())
}

fn shift(o: &Overview, t: Type) -> impl IntoView {
    let legend = if o.grain() == Grain::Session {
        "○ arrived   ■ left   between unpleasant and pleasant; a bigger mark is a stronger \
         feeling, where you said how strong"
            .to_owned()
    } else {
        format!(
            "○ arrived   ■ left   between unpleasant and pleasant, on average {}; a bigger \
             mark is a stronger feeling, where you said how strong",
            per(o)
        )
    };
    let chart = shift_chart(&insights::shift_rows(&o.periods, &o.before_after), t);
    view! {
        <Figure
            id="before-after"
            drawn=Insight::Shift.drawn(o)
            title="How you arrived, how you left"
            summary=insights::before_after_summary(&o.before_after)
            table=insights::before_after_table(&o.periods, &o.before_after)
        >
            <p class="legend-line">{legend}</p>
            {chart}
        </Figure>
    }
}

fn connection(o: &Overview, t: Type) -> impl IntoView {
    let points: Vec<(String, Option<f64>)> = labels(o)
        .into_iter()
        .zip(insights::connection_by(&o.periods, &o.connection))
        .map(|(label, said)| (label, said.average()))
        .collect();
    let legend = if o.grain() == Grain::Session {
        "● how connected you felt, from 0 (far away) to 10 (right there with them); a gap where \
         you didn't say"
            .to_owned()
    } else {
        format!(
            "● how connected you felt, from 0 (far away) to 10 (right there with them), on \
             average {}",
            per(o)
        )
    };
    view! {
        <Figure
            id="connection"
            drawn=Insight::Connection.drawn(o)
            title="How connected you felt"
            summary=insights::connection_summary(&o.connection)
            table=insights::connection_table(&o.periods, &o.connection)
        >
            <p class="legend-line">{legend}</p>
            {line_over_time(&points, t)}
        </Figure>
    }
}

fn families(o: &Overview, t: Type) -> impl IntoView {
    let columns: Vec<(String, Vec<u32>)> = labels(o)
        .into_iter()
        .zip(insights::families_by(&o.periods, &o.families))
        .map(|(label, c)| (label, c.to_vec()))
        .collect();
    view! {
        <Figure
            id="families"
            drawn=Insight::Families.drawn(o)
            title="Emotion families over time"
            summary=insights::families_summary(&o.families, Insight::Families.sessions(o))
            table=insights::families_table(&o.periods, &o.families)
        >
            <Legend names=Family::ALL.iter().map(|f| format!("{}: {}", f.name(), f.description())).collect() />
            {stacked_columns(&columns, t)}
        </Figure>
    }
}

fn most_named(o: &Overview, t: Type) -> impl IntoView {
    let rows: Vec<(String, u32)> = o
        .most_named
        .iter()
        .take(insights::MOST_NAMED_SHOWN)
        .map(|(w, n)| (w.clone(), *n as u32))
        .collect();
    view! {
        <Figure
            id="most-named"
            drawn=Insight::MostNamed.drawn(o)
            title="Emotions you name most"
            summary=insights::most_named_summary(&o.most_named, o.sessions, Insight::MostNamed.sessions(o))
            table=insights::most_named_table(&o.most_named)
        >
            {bar_rows(&rows, t)}
        </Figure>
    }
}

fn boundaries(o: &Overview, t: Type) -> impl IntoView {
    let b = &o.boundaries;
    let columns: Vec<(String, Vec<u32>)> = labels(o)
        .into_iter()
        .zip(insights::boundaries_by(&o.periods, b))
        .map(|(label, n)| (label, vec![n]))
        .collect();
    let kinds = insights::kinds(b);
    view! {
        <Figure
            id="boundaries"
            drawn=Insight::Boundaries.drawn(o)
            title="Boundaries you practised"
            summary=insights::boundaries_summary(b)
            table=insights::boundaries_table(&o.periods, b)
        >
            {stacked_columns(&columns, t)}
            {(!kinds.is_empty()).then(|| bar_rows(&kinds, t))}
        </Figure>
    }
}

fn feedback(o: &Overview, t: Type) -> impl IntoView {
    let columns: Vec<(String, Vec<u32>)> = labels(o)
        .into_iter()
        .zip(insights::feedback_by(&o.periods, &o.feedback))
        .map(|(label, c)| (label, Fit::ALL.iter().map(|fit| c.get(*fit)).collect()))
        .collect();
    view! {
        <Figure
            id="feedback"
            drawn=Insight::Feedback.drawn(o)
            title="Feedback and how you see yourself"
            summary=insights::feedback_summary(&o.feedback)
            table=insights::feedback_table(&o.periods, &o.feedback)
        >
            <Legend names=Fit::ALL.iter().map(|fit| fit.label().to_owned()).collect() />
            {stacked_columns(&columns, t)}
        </Figure>
    }
}

fn patterns(o: &Overview, t: Type) -> impl IntoView {
    let rows: Vec<(String, Vec<bool>)> = o
        .patterns
        .iter()
        .zip(&o.patterns_by)
        .take(insights::PATTERNS_SHOWN)
        .map(|((tag, _), counts)| (tag.clone(), counts.iter().map(|n| *n > 0).collect()))
        .collect();
    let legend = match o.grain() {
        Grain::Session => "● noticed in that session   ○ not that time".to_owned(),
        grain => format!("● noticed that {0}   ○ not that {0}", grain.word()),
    };
    let chart = dot_matrix(&rows, &labels(o), t);
    view! {
        <Figure
            id="patterns"
            drawn=Insight::Patterns.drawn(o)
            title="Patterns you noticed"
            summary=insights::patterns_summary(&o.patterns, o.sessions)
            table=insights::patterns_table(&o.periods, &o.patterns, &o.patterns_by)
        >
            <p class="legend-line">{legend}</p>
            {chart}
        </Figure>
    }
}

/// How many moments of a kind are shown straight away; the rest are made when opened.
const FIRST_SHOWN: usize = 3;

/// A moment as written: the session it is in, its date, its words and (for feedback) how it
/// fits how the member comes across, where they said. Made into a link only when shown.
#[derive(Clone)]
struct Written {
    session: String,
    date: chrono::NaiveDate,
    words: String,
    fit: Option<Fit>,
}

/// Its link: the date, and (unless the member asked for dates only) its first words.
fn link(moment: &Written, dates_only: bool) -> impl IntoView {
    let date = day_month_year(moment.date);
    let words = insights::preview(&moment.words);
    let said = if dates_only || words.is_empty() {
        date
    } else {
        match moment.fit {
            Some(fit) => format!("{date}: {words} ({})", fit.label().to_lowercase()),
            None => format!("{date}: {words}"),
        }
    };
    view! {
        <li><A href=format!("/history/{}", moment.session)>{said}</A></li>
    }
}

/// One kind of moment: the newest few, then the rest when asked (made only then: ten years can
/// hold hundreds).
fn group(
    id: &'static str,
    title: &'static str,
    list: Vec<Written>,
    dates_only: bool,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let first = list
        .iter()
        .take(FIRST_SHOWN)
        .map(|m| link(m, dates_only))
        .collect_view();
    let rest: Vec<Written> = list.into_iter().skip(FIRST_SHOWN).collect();
    let more = format!("Show {} more", rest.len());
    view! {
        <div class=format!("moment-group {id}")>
            <h3>{title}</h3>
            <ul class="moment-list">{first}</ul>
            {(!rest.is_empty()).then(|| view! {
                <details
                    class="moments-more"
                    prop:open=move || open.get()
                    on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())
                >
                    <summary>{more}</summary>
                    <Show when=move || open.get()>
                        <ul class="moment-list">
                            {rest.iter().map(|m| link(m, dates_only)).collect_view()}
                        </ul>
                    </Show>
                </details>
            })}
        </div>
    }
}

fn moments(o: &Overview, dates_only: bool) -> impl IntoView {
    let m = &o.moments;
    let noted = |list: &[insights::Noted]| -> Vec<Written> {
        list.iter()
            .map(|n| Written {
                session: n.session.0.clone(),
                date: n.date,
                words: n.words.clone(),
                fit: None,
            })
            .collect()
    };
    let feedback: Vec<Written> = o
        .feedback
        .items
        .iter()
        .map(|(id, date, item)| Written {
            session: id.0.clone(),
            date: *date,
            words: item.what_was_said.clone(),
            // How it fits how the member comes across, only where they said.
            fit: item.matches,
        })
        .collect();
    let risks = noted(&m.risks);
    let held_back = noted(&m.held_back);
    view! {
        <section class="insight moments" aria-labelledby="moments-title">
            <h2 id="moments-title">"Moments to open again"</h2>
            <p id="moments-summary" class="insight-summary">
                {insights::moments_summary(Insight::Moments.sessions(o))}
            </p>
            {(!risks.is_empty()).then(|| group("risks", "Risks you took", risks, dates_only))}
            {(!held_back.is_empty()).then(|| group("held-back", "What you held back", held_back, dates_only))}
            {(!feedback.is_empty()).then(|| group("feedback-items", "Feedback you received", feedback, dates_only))}
        </section>
    }
}
