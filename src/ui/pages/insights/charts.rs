//! SVG charts drawn by the app (no charting library). Each chart is a figure: the picture,
//! a sentence that says what it shows, and the numbers as a table a screen reader can use.
//! Meaning never rides on colour alone: every series also has its own fill pattern and a
//! legend in words. Colours are the Okabe-Ito set, which stays distinct for colour-blind eyes;
//! some are pale against light paper, so every bar and mark is outlined in the ink colour.

use leptos::prelude::*;

/// Fill for series `i`: a pattern defined once in `PatternDefs`.
pub fn fill(i: usize) -> String {
    format!("url(#series-{})", i % 4)
}

const COLOURS: [&str; 4] = ["#E69F00", "#56B4E9", "#D55E00", "#0072B2"];

/// The four fills: solid, stripes, dots, cross-hatch, each in its own colour.
#[component]
pub fn PatternDefs() -> impl IntoView {
    view! {
        <svg class="pattern-defs" width="0" height="0" aria-hidden="true" focusable="false">
            <defs>
                <pattern id="series-0" width="6" height="6" patternUnits="userSpaceOnUse">
                    <rect width="6" height="6" fill=COLOURS[0]></rect>
                </pattern>
                <pattern id="series-1" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect width="6" height="6" fill=COLOURS[1]></rect>
                    <rect width="2" height="6" fill="#1f2526" opacity="0.55"></rect>
                </pattern>
                <pattern id="series-2" width="6" height="6" patternUnits="userSpaceOnUse">
                    <rect width="6" height="6" fill=COLOURS[2]></rect>
                    <circle cx="3" cy="3" r="1.4" fill="#ffffff" opacity="0.8"></circle>
                </pattern>
                <pattern id="series-3" width="6" height="6" patternUnits="userSpaceOnUse">
                    <rect width="6" height="6" fill=COLOURS[3]></rect>
                    <path d="M0 0L6 6M6 0L0 6" stroke="#ffffff" stroke-width="1" opacity="0.7"></path>
                </pattern>
            </defs>
        </svg>
    }
}

/// A legend: a swatch with the series' pattern, and its name.
#[component]
pub fn Legend(names: Vec<String>) -> impl IntoView {
    view! {
        <ul class="legend">
            {names
                .into_iter()
                .enumerate()
                .map(|(i, name)| {
                    view! {
                        <li>
                            <svg width="18" height="18" aria-hidden="true" focusable="false">
                                <rect width="18" height="18" rx="3" fill=fill(i) stroke="currentColor" stroke-width="1"></rect>
                            </svg>
                            {name}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// A chart's frame: heading, picture, summary sentence, and the numbers.
#[component]
pub fn Figure(
    id: &'static str,
    title: &'static str,
    #[prop(into)] summary: Signal<String>,
    table: Table,
    children: Children,
) -> impl IntoView {
    let summary_id = format!("{id}-summary");
    view! {
        <section class="insight" aria-labelledby=format!("{id}-title")>
            <h2 id=format!("{id}-title")>{title}</h2>
            <p id=summary_id.clone() class="insight-summary">
                {move || summary.get()}
            </p>
            <figure role="img" aria-labelledby=summary_id>
                {children()}
            </figure>
            <details class="numbers">
                <summary>"Show the numbers"</summary>
                <DataTable table=table />
            </details>
        </section>
    }
}

/// Rows and columns for a screen reader (and anyone who prefers numbers).
#[derive(Clone, Default, PartialEq)]
pub struct Table {
    pub caption: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

#[component]
pub fn DataTable(table: Table) -> impl IntoView {
    view! {
        <table>
            <caption>{table.caption}</caption>
            <thead>
                <tr>{table.headers.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr>
            </thead>
            <tbody>
                {table
                    .rows
                    .into_iter()
                    .map(|row| {
                        let mut cells = row.into_iter();
                        let first = cells.next().unwrap_or_default();
                        view! {
                            <tr>
                                <th scope="row">{first}</th>
                                {cells.map(|c| view! { <td>{c}</td> }).collect_view()}
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}

const WIDTH: f64 = 320.0;
const LABEL: f64 = 104.0;

/// Horizontal bars, each labelled with its words and its number.
pub fn bar_rows(rows: &[(String, u32)]) -> impl IntoView {
    let max = rows.iter().map(|(_, v)| *v).max().unwrap_or(1).max(1) as f64;
    let height = 26.0 * rows.len() as f64 + 4.0;
    let span = WIDTH - LABEL - 30.0;
    view! {
        <svg class="chart" viewBox=format!("0 0 {WIDTH} {height}") aria-hidden="true" focusable="false">
            {rows
                .iter()
                .enumerate()
                .map(|(i, (label, value))| {
                    let y = 4.0 + 26.0 * i as f64;
                    let w = span * (*value as f64) / max;
                    view! {
                        <text x=LABEL - 6.0 y=y + 15.0 text-anchor="end" class="chart-label">{label.clone()}</text>
                        <rect x=LABEL y=y width=w.max(2.0) height="18" rx="3" fill=fill(0) stroke="currentColor" stroke-width="1"></rect>
                        <text x=LABEL + w + 6.0 y=y + 15.0 class="chart-value">{value.to_string()}</text>
                    }
                })
                .collect_view()}
        </svg>
    }
}

/// How often to write a column's label so that no two overlap (about 5.5 units a character at
/// the charts' 11 px, and a little space), and about `most` of them at the most.
fn label_every<'a>(labels: impl IntoIterator<Item = &'a String>, slot: f64, most: usize) -> usize {
    let mut count = 0;
    let mut widest = 0;
    for label in labels {
        count += 1;
        widest = widest.max(label.chars().count());
    }
    let apart = ((widest as f64 * 5.5 + 3.0) / slot.max(1.0)).ceil() as usize;
    apart.max(count / most).max(1)
}

/// One column per session (or month, quarter, year), stacked by series; its label under every
/// few columns.
pub fn stacked_columns(columns: &[(String, Vec<u32>)]) -> impl IntoView {
    let height = 150.0;
    let base = 122.0;
    let max = columns
        .iter()
        .map(|(_, values)| values.iter().sum::<u32>())
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let slot = (WIDTH - 30.0) / columns.len().max(1) as f64;
    let bar = (slot * 0.7).min(26.0);
    let every = label_every(columns.iter().map(|(label, _)| label), slot, 5);
    view! {
        <svg class="chart" viewBox=format!("0 0 {WIDTH} {height}") aria-hidden="true" focusable="false">
            <line x1="24" y1=base x2=WIDTH y2=base class="chart-axis"></line>
            <text x="20" y="14" text-anchor="end" class="chart-value">{max.to_string()}</text>
            <text x="20" y=base text-anchor="end" class="chart-value">"0"</text>
            {columns
                .iter()
                .enumerate()
                .map(|(i, (label, values))| {
                    let x = 30.0 + slot * i as f64 + (slot - bar) / 2.0;
                    let mut top = base;
                    let segments = values
                        .iter()
                        .enumerate()
                        .filter(|(_, v)| **v > 0)
                        .map(|(series, v)| {
                            let h = (base - 10.0) * (*v as f64) / max;
                            top -= h;
                            view! { <rect x=x y=top width=bar height=h fill=fill(series) stroke="currentColor" stroke-width="1"></rect> }
                        })
                        .collect_view();
                    let label = (i % every == 0).then(|| view! {
                        <text x=x + bar / 2.0 y=base + 16.0 text-anchor="middle" class="chart-label">{label.clone()}</text>
                    });
                    view! { {segments} {label} }
                })
                .collect_view()}
        </svg>
    }
}

/// Marks per row (tags, or "risk" / "held back") across the sessions (or months, quarters,
/// years): a filled circle where it came up.
pub fn dot_matrix(rows: &[(String, Vec<bool>)], column_labels: &[String]) -> impl IntoView {
    let columns = column_labels.len().max(1);
    let slot = (WIDTH - LABEL - 4.0) / columns as f64;
    let r = (slot / 2.0 - 1.0).clamp(1.5, 7.0);
    let height = 24.0 * rows.len() as f64 + 22.0;
    let every = label_every(column_labels, slot, 4);
    view! {
        <svg class="chart" viewBox=format!("0 0 {WIDTH} {height}") aria-hidden="true" focusable="false">
            {rows
                .iter()
                .enumerate()
                .map(|(i, (label, marks))| {
                    let y = 12.0 + 24.0 * i as f64;
                    view! {
                        <text x=LABEL - 6.0 y=y + 4.0 text-anchor="end" class="chart-label">{label.clone()}</text>
                        {marks
                            .iter()
                            .enumerate()
                            .map(|(j, on)| {
                                let x = LABEL + slot * (j as f64 + 0.5);
                                view! {
                                    <circle cx=x cy=y r=r class=if *on { "dot on" } else { "dot off" } fill=if *on { fill(3) } else { "none".to_owned() }></circle>
                                }
                            })
                            .collect_view()}
                    }
                })
                .collect_view()}
            {column_labels
                .iter()
                .enumerate()
                .filter(|(j, _)| j % every == 0)
                .map(|(j, label)| {
                    let x = LABEL + slot * (j as f64 + 0.5);
                    view! { <text x=x y=height - 4.0 text-anchor="middle" class="chart-label">{label.clone()}</text> }
                })
                .collect_view()}
        </svg>
    }
}

/// How the member arrived (hollow circle) and left (filled square), per session (or the
/// average over a month, quarter, year), on a 0 to 10 scale of the strongest emotion named.
pub fn dumbbell(rows: &[(String, Option<f64>, Option<f64>)]) -> impl IntoView {
    let height = 24.0 * rows.len() as f64 + 26.0;
    let left = 56.0;
    let span = WIDTH - left - 14.0;
    let x = move |v: f64| left + span * v / 10.0;
    view! {
        <svg class="chart" viewBox=format!("0 0 {WIDTH} {height}") aria-hidden="true" focusable="false">
            {[0.0f64, 5.0, 10.0]
                .into_iter()
                .map(|v| view! {
                    <line x1=x(v) y1="4" x2=x(v) y2=height - 18.0 class="chart-grid"></line>
                    <text x=x(v) y=height - 4.0 text-anchor="middle" class="chart-value">{v.to_string()}</text>
                })
                .collect_view()}
            {rows
                .iter()
                .enumerate()
                .map(|(i, (label, arrived, left_with))| {
                    let y = 14.0 + 24.0 * i as f64;
                    let line = match (arrived, left_with) {
                        (Some(a), Some(l)) => Some(view! { <line x1=x(*a) y1=y x2=x(*l) y2=y class="chart-link"></line> }),
                        _ => None,
                    };
                    view! {
                        <text x=left - 8.0 y=y + 4.0 text-anchor="end" class="chart-label">{label.clone()}</text>
                        {line}
                        {arrived.map(|a| view! { <circle cx=x(a) cy=y r="6" class="mark-arrived"></circle> })}
                        {left_with.map(|l| view! { <rect x=x(l) - 5.5 y=y - 5.5 width="11" height="11" fill=fill(1) class="mark-left"></rect> })}
                    }
                })
                .collect_view()}
        </svg>
    }
}
