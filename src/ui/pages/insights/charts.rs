//! SVG charts drawn by the app (no charting library). Each chart is a figure: the picture,
//! a sentence that says what it shows, and the numbers as a table a screen reader can use.
//!
//! Readable on a phone: a chart is 320 units wide, about a phone's width in pixels, and its
//! text grows with the member's text size; every label's width is estimated (generously, for
//! the widest common fonts) so that labels are thinned, shortened or moved rather than drawn
//! over each other. Colours are the app's own (style/app.css), light and dark, and meaning
//! never rides on colour alone: every series also has its own fill pattern and a legend in
//! words, and every bar and mark is outlined in the ink colour.

use leptos::prelude::*;

use super::svg::Marks;
use crate::domain::insights::{Mark, ShiftRow, Table};
use crate::domain::preferences::TextSize;

/// How wide every chart is, in its own units.
pub const WIDTH: f64 = 320.0;

/// Chart text at the standard text size, in chart units (about pixels on a phone).
const BASE: f64 = 13.0;

/// The size of a chart's text, and what follows from it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Type {
    pub size: f64,
}

impl Type {
    /// Chart text for the member's text size (the same steps as the page's: 100 %, 112.5 %,
    /// 125 %).
    pub fn for_text(size: TextSize) -> Type {
        let factor = match size {
            TextSize::Standard => 1.0,
            TextSize::Large => 1.125,
            TextSize::Larger => 1.25,
        };
        Type {
            size: BASE * factor,
        }
    }

    /// A generous estimate of how wide `text` is drawn: wide enough for DejaVu Sans, the
    /// widest of the usual phone and desktop fonts, and a full em for any other script.
    pub fn width(self, text: &str) -> f64 {
        let ems: f64 = text
            .chars()
            .map(|c| match c {
                'i' | 'j' | 'l' | 'I' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | ' ' => 0.34,
                'f' | 't' | 'r' | '-' | '(' | ')' => 0.45,
                'm' | 'w' | 'M' | 'W' | '\u{2014}' | '\u{2026}' => 1.0,
                '\u{2013}' => 0.55,
                c if c.is_ascii_uppercase() => 0.8,
                c if c.is_ascii() => 0.65,
                _ => 1.0,
            })
            .sum();
        ems * self.size
    }

    /// Space kept between two labels.
    pub fn gap(self) -> f64 {
        self.size * 0.6
    }

    /// From a label's middle to its baseline, so that it sits centred on a line.
    fn middle(self) -> f64 {
        self.size * 0.35
    }

    /// `text`, shortened with an ellipsis until it fits in `room`.
    pub fn fit(self, text: &str, room: f64) -> String {
        if self.width(text) <= room {
            return text.to_owned();
        }
        let mut chars: Vec<char> = text.chars().collect();
        while !chars.is_empty() {
            chars.pop();
            let shorter: String =
                chars.iter().collect::<String>().trim_end().to_owned() + "\u{2026}";
            if self.width(&shorter) <= room {
                return shorter;
            }
        }
        "\u{2026}".to_owned()
    }

    /// The widest of `labels`.
    fn widest<'a>(self, labels: impl IntoIterator<Item = &'a str>) -> f64 {
        labels
            .into_iter()
            .map(|l| self.width(l))
            .fold(0.0, f64::max)
    }
}

/// Which of evenly spaced column labels to write, and where: every few, so that no two
/// overlap, each kept whole between `left` and `right` (shortened if one alone is too wide).
pub fn ticks(
    labels: &[String],
    x: impl Fn(usize) -> f64,
    t: Type,
    left: f64,
    right: f64,
) -> Vec<(String, f64)> {
    let room = right - left;
    let labels: Vec<String> = labels.iter().map(|l| t.fit(l, room)).collect();
    let slot = if labels.len() > 1 { x(1) - x(0) } else { room };
    let widest = t.widest(labels.iter().map(String::as_str));
    let step = ((widest + t.gap()) / slot.max(1.0)).ceil().max(1.0) as usize;
    let mut kept = Vec::new();
    let mut end = f64::NEG_INFINITY;
    for (i, label) in labels.into_iter().enumerate().step_by(step) {
        let half = t.width(&label) / 2.0;
        let centre = x(i).clamp(left + half, (right - half).max(left + half));
        if centre - half < end + t.gap() {
            continue;
        }
        end = centre + half;
        kept.push((label, centre));
    }
    kept
}

/// Fill for series `i`: a pattern defined once in `PatternDefs`.
pub fn fill(i: usize) -> String {
    format!("url(#series-{})", i % 4)
}

/// The four fills, in the app's colours (style/app.css): the accent solid, the accent
/// striped, the notice colour dotted, the soft ink cross-hatched.
#[component]
pub fn PatternDefs() -> impl IntoView {
    view! {
        <svg class="pattern-defs" width="0" height="0" aria-hidden="true" focusable="false">
            <defs>
                <pattern id="series-0" width="6" height="6" patternUnits="userSpaceOnUse">
                    <rect width="6" height="6" class="swatch-accent"></rect>
                </pattern>
                <pattern id="series-1" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect width="6" height="6" class="swatch-accent"></rect>
                    <rect width="2.5" height="6" class="swatch-over"></rect>
                </pattern>
                <pattern id="series-2" width="6" height="6" patternUnits="userSpaceOnUse">
                    <rect width="6" height="6" class="swatch-notice"></rect>
                    <circle cx="3" cy="3" r="1.5" class="swatch-over"></circle>
                </pattern>
                <pattern id="series-3" width="6" height="6" patternUnits="userSpaceOnUse">
                    <rect width="6" height="6" class="swatch-soft"></rect>
                    <path d="M0 0L6 6M6 0L0 6" class="swatch-over-line"></path>
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
                            <svg class="swatch" width="18" height="18" aria-hidden="true" focusable="false">
                                <rect x="0.5" y="0.5" width="17" height="17" rx="3" fill=fill(i) class="outlined"></rect>
                            </svg>
                            {name}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// A chart's frame: heading, summary sentence, picture, and the numbers (made when opened).
/// With nothing to draw (`drawn` false), the heading and the sentence alone.
#[component]
pub fn Figure(
    id: &'static str,
    title: &'static str,
    summary: String,
    table: Table,
    #[prop(default = true)] drawn: bool,
    children: Children,
) -> impl IntoView {
    if !drawn {
        return view! {
            <section class="insight" aria-labelledby=format!("{id}-title")>
                <h2 id=format!("{id}-title")>{title}</h2>
                <p id=format!("{id}-summary") class="insight-summary">{summary}</p>
            </section>
        }
        .into_any();
    }
    let summary_id = format!("{id}-summary");
    // The table is made when it is opened: most visits never open it. Choosing other sessions
    // draws the page again in the same elements, so the details follow the signal too (else
    // one left open would stay open, empty).
    let open = RwSignal::new(false);
    view! {
        <section class="insight" aria-labelledby=format!("{id}-title")>
            <h2 id=format!("{id}-title")>{title}</h2>
            <p id=summary_id.clone() class="insight-summary">{summary}</p>
            <figure role="img" aria-labelledby=summary_id>
                {children()}
            </figure>
            <details
                class="numbers"
                prop:open=move || open.get()
                on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())
            >
                <summary>"Show the numbers"</summary>
                <Show when=move || open.get()>
                    <DataTable table=table.clone() />
                </Show>
            </details>
        </section>
    }
    .into_any()
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

/// A chart's `<svg>`, `height` units tall, holding `marks`.
fn picture(height: f64, t: Type, marks: Marks) -> impl IntoView {
    view! {
        <svg
            class="chart"
            viewBox=format!("0 0 {WIDTH} {height}")
            font-size=t.size
            aria-hidden="true"
            focusable="false"
            inner_html=marks.markup()
        ></svg>
    }
}

/// A label or a figure: its place, how it lines up (`None`: from its start), its class.
fn label(marks: &mut Marks, x: f64, y: f64, anchor: Option<&str>, class: &str, words: &str) {
    match anchor {
        Some(anchor) => marks.text(
            &[
                ("x", x.into()),
                ("y", y.into()),
                ("text-anchor", anchor.into()),
                ("class", class.into()),
            ],
            words,
        ),
        None => marks.text(
            &[("x", x.into()), ("y", y.into()), ("class", class.into())],
            words,
        ),
    }
}

fn line(marks: &mut Marks, (x1, y1): (f64, f64), (x2, y2): (f64, f64), class: &str) {
    marks.mark(
        "line",
        &[
            ("x1", x1.into()),
            ("y1", y1.into()),
            ("x2", x2.into()),
            ("y2", y2.into()),
            ("class", class.into()),
        ],
    );
}

/// The column labels under a chart.
fn tick_labels(marks: &mut Marks, ticks: Vec<(String, f64)>, at: f64) {
    for (words, centre) in ticks {
        label(marks, centre, at, Some("middle"), "chart-label", &words);
    }
}

/// Horizontal bars, each labelled with its words and its number.
pub fn bar_rows(rows: &[(String, u32)], t: Type) -> impl IntoView {
    let max = rows.iter().map(|(_, v)| *v).max().unwrap_or(1).max(1) as f64;
    let row = (t.size * 2.0).max(24.0);
    let bar = row * 0.62;
    let label_room = t
        .widest(rows.iter().map(|(l, _)| l.as_str()))
        .min(WIDTH * 0.42);
    let values = t.widest(
        rows.iter()
            .map(|(_, v)| v.to_string())
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str),
    );
    let start = label_room + 6.0;
    let span = (WIDTH - start - values - 8.0).max(10.0);
    let height = row * rows.len() as f64 + 4.0;
    let fill0 = fill(0);
    let mut marks = Marks::default();
    for (i, (words, value)) in rows.iter().enumerate() {
        let y = 2.0 + row * i as f64;
        let w = (span * (*value as f64) / max).max(2.0);
        let baseline = y + row / 2.0 + t.middle();
        label(
            &mut marks,
            label_room,
            baseline,
            Some("end"),
            "chart-label",
            &t.fit(words, label_room),
        );
        marks.mark(
            "rect",
            &[
                ("x", start.into()),
                ("y", (y + (row - bar) / 2.0).into()),
                ("width", w.into()),
                ("height", bar.into()),
                ("rx", 3.0.into()),
                ("fill", fill0.as_str().into()),
                ("class", "outlined".into()),
            ],
        );
        label(
            &mut marks,
            start + w + 5.0,
            baseline,
            None,
            "chart-value",
            &value.to_string(),
        );
    }
    picture(height, t, marks)
}

/// One column per session (or month, quarter, year), stacked by series; a label under every
/// few columns.
pub fn stacked_columns(columns: &[(String, Vec<u32>)], t: Type) -> impl IntoView {
    let max = columns
        .iter()
        .map(|(_, values)| values.iter().sum::<u32>())
        .max()
        .unwrap_or(1)
        .max(1);
    let gutter = t.width(&max.to_string()) + 8.0;
    let top = t.size * 0.7;
    let base = top + 110.0;
    let labels_at = base + t.size * 1.75;
    let height = labels_at + t.size * 0.3 + 2.0;
    let slot = (WIDTH - gutter) / columns.len().max(1) as f64;
    let bar = (slot * 0.7).min(26.0);
    let x = move |i: usize| gutter + slot * (i as f64 + 0.5);
    let labels: Vec<String> = columns.iter().map(|(l, _)| l.clone()).collect();
    let ticks = ticks(&labels, x, t, 0.0, WIDTH);
    let max_value = f64::from(max);
    let mut marks = Marks::default();
    line(
        &mut marks,
        (gutter - 2.0, base),
        (WIDTH, base),
        "chart-axis",
    );
    line(&mut marks, (gutter - 2.0, top), (WIDTH, top), "chart-grid");
    label(
        &mut marks,
        gutter - 6.0,
        top + t.middle(),
        Some("end"),
        "chart-value",
        &max.to_string(),
    );
    label(
        &mut marks,
        gutter - 6.0,
        base + t.middle(),
        Some("end"),
        "chart-value",
        "0",
    );
    for (i, (_, values)) in columns.iter().enumerate() {
        let left = x(i) - bar / 2.0;
        let mut y = base;
        for (series, v) in values.iter().enumerate().filter(|(_, v)| **v > 0) {
            let h = (base - top) * f64::from(*v) / max_value;
            y -= h;
            let pattern = fill(series);
            marks.mark(
                "rect",
                &[
                    ("x", left.into()),
                    ("y", y.into()),
                    ("width", bar.into()),
                    ("height", h.into()),
                    ("fill", pattern.as_str().into()),
                    ("class", "outlined".into()),
                ],
            );
        }
    }
    tick_labels(&mut marks, ticks, labels_at);
    picture(height, t, marks)
}

/// Marks per row (patterns) across the sessions (or months, quarters, years): a filled circle
/// where it came up, a hollow one where it didn't.
pub fn dot_matrix(
    rows: &[(String, Vec<bool>)],
    column_labels: &[String],
    t: Type,
) -> impl IntoView {
    let label_room = t
        .widest(rows.iter().map(|(l, _)| l.as_str()))
        .min(WIDTH * 0.38);
    let left = label_room + 6.0;
    let slot = (WIDTH - left - 2.0) / column_labels.len().max(1) as f64;
    let r = (slot / 2.0 - 1.0).clamp(1.5, 7.0);
    let row = (t.size * 1.8).max(24.0);
    let rows_end = row * rows.len() as f64;
    let labels_at = rows_end + t.size * 1.3;
    let height = labels_at + t.size * 0.3 + 2.0;
    let x = move |j: usize| left + slot * (j as f64 + 0.5);
    let ticks = ticks(column_labels, x, t, 0.0, WIDTH);
    let mut marks = Marks::default();
    for (i, (words, came_up)) in rows.iter().enumerate() {
        let y = row * (i as f64 + 0.5);
        label(
            &mut marks,
            label_room,
            y + t.middle(),
            Some("end"),
            "chart-label",
            &t.fit(words, label_room),
        );
        for (j, on) in came_up.iter().enumerate() {
            marks.mark(
                "circle",
                &[
                    ("cx", x(j).into()),
                    ("cy", y.into()),
                    ("r", r.into()),
                    ("class", if *on { "dot on" } else { "dot off" }.into()),
                ],
            );
        }
    }
    tick_labels(&mut marks, ticks, labels_at);
    picture(height, t, marks)
}

/// How the member arrived (hollow circle) and left (filled square), per session (or the
/// average over a month, quarter, year), between unpleasant (left) and pleasant (right): the
/// line between them is the move (in the same place, the two sit one above the other). A
/// mark's size is how strong, where the member said; a mark with no strength given is
/// dashed, at the middle size.
pub fn shift_chart(rows: &[ShiftRow], t: Type) -> impl IntoView {
    let label_room = t
        .widest(rows.iter().map(|r| r.label.as_str()))
        .min(WIDTH * 0.34);
    let left = label_room + 14.0;
    let right = WIDTH - 9.0;
    let x = move |place: f64| left + (right - left) * place;
    let row = (t.size * 1.9).max(24.0);
    let axis_at = t.size;
    let rows_top = axis_at + t.size * 0.6;
    let height = rows_top + row * rows.len() as f64 + 4.0;
    // The axis words: unpleasant at the left, pleasant at the right, mixed between if it fits.
    let unpleasant = "Unpleasant";
    let pleasant = "Pleasant";
    let mixed = "Mixed";
    let start = (x(0.0) - 8.0).max(0.0);
    let (start, fits) = if start + t.width(unpleasant) + t.gap() <= WIDTH - t.width(pleasant) {
        (start, true)
    } else {
        (
            0.0,
            t.width(unpleasant) + t.gap() <= WIDTH - t.width(pleasant),
        )
    };
    let middle_half = t.width(mixed) / 2.0;
    let middle = fits
        && start + t.width(unpleasant) + t.gap() <= x(0.5) - middle_half
        && x(0.5) + middle_half + t.gap() <= WIDTH - t.width(pleasant);
    let radius = |m: &Mark| m.strength.map_or(5.0, |s| 3.0 + 0.45 * s);
    let class = |kind: &str, m: &Mark| {
        if m.strength.is_some() {
            kind.to_owned()
        } else {
            format!("{kind} no-strength")
        }
    };
    let axis_word = |word: &str| {
        if fits {
            word.to_owned()
        } else {
            t.fit(word, WIDTH / 2.0 - t.gap())
        }
    };
    let mut marks = Marks::default();
    label(
        &mut marks,
        start,
        axis_at,
        None,
        "chart-value",
        &axis_word(unpleasant),
    );
    if middle {
        label(
            &mut marks,
            x(0.5),
            axis_at,
            Some("middle"),
            "chart-value",
            mixed,
        );
    }
    label(
        &mut marks,
        WIDTH,
        axis_at,
        Some("end"),
        "chart-value",
        &axis_word(pleasant),
    );
    for p in [0.0f64, 0.5, 1.0] {
        line(
            &mut marks,
            (x(p), rows_top),
            (x(p), height - 2.0),
            "chart-grid",
        );
    }
    for (i, r) in rows.iter().enumerate() {
        let y = rows_top + row * (i as f64 + 0.5);
        // Arriving and leaving in the same place: one above the other, so that neither hides
        // the other.
        let apart = match (r.arrived, r.left) {
            (Some(a), Some(l)) if (a.place - l.place).abs() < 0.04 => row * 0.2,
            _ => 0.0,
        };
        label(
            &mut marks,
            label_room,
            y + t.middle(),
            Some("end"),
            "chart-label",
            &t.fit(&r.label, label_room),
        );
        if let (Some(a), Some(l)) = (r.arrived, r.left) {
            if apart == 0.0 {
                line(&mut marks, (x(a.place), y), (x(l.place), y), "chart-link");
            }
        }
        if let Some(a) = r.arrived {
            let kind = class("mark-arrived", &a);
            marks.mark(
                "circle",
                &[
                    ("cx", x(a.place).into()),
                    ("cy", (y - apart).into()),
                    ("r", radius(&a).into()),
                    ("class", kind.as_str().into()),
                ],
            );
        }
        if let Some(l) = r.left {
            let half = radius(&l) * 0.9;
            let kind = class("mark-left", &l);
            marks.mark(
                "rect",
                &[
                    ("x", (x(l.place) - half).into()),
                    ("y", (y + apart - half).into()),
                    ("width", (half * 2.0).into()),
                    ("height", (half * 2.0).into()),
                    ("class", kind.as_str().into()),
                ],
            );
        }
    }
    picture(height, t, marks)
}

/// A value from 0 to 10 over the sessions (or the average over a month, quarter, year): a dot
/// where the member said, joined to the next one; nothing where they didn't.
pub fn line_over_time(points: &[(String, Option<f64>)], t: Type) -> impl IntoView {
    let gutter = t.width("10") + 8.0;
    let top = t.size * 0.7;
    let base = top + 100.0;
    let labels_at = base + t.size * 1.75;
    let height = labels_at + t.size * 0.3 + 2.0;
    let slot = (WIDTH - gutter - 4.0) / points.len().max(1) as f64;
    let x = move |i: usize| gutter + 4.0 + slot * (i as f64 + 0.5);
    let y = move |v: f64| base - (base - top) * v / 10.0;
    let r = (slot / 2.0 - 1.0).clamp(2.0, 4.5);
    let labels: Vec<String> = points.iter().map(|(l, _)| l.clone()).collect();
    let ticks = ticks(&labels, x, t, 0.0, WIDTH);
    // Each run of answered sessions, one line.
    let mut runs: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut run = Vec::new();
    for (i, (_, value)) in points.iter().enumerate() {
        match value {
            Some(v) => run.push((x(i), y(*v))),
            None if !run.is_empty() => runs.push(std::mem::take(&mut run)),
            None => {}
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }
    let mut marks = Marks::default();
    for v in [0.0f64, 5.0, 10.0] {
        let class = if v == 0.0 { "chart-axis" } else { "chart-grid" };
        line(&mut marks, (gutter - 2.0, y(v)), (WIDTH, y(v)), class);
        label(
            &mut marks,
            gutter - 6.0,
            y(v) + t.middle(),
            Some("end"),
            "chart-value",
            &v.to_string(),
        );
    }
    for run in runs.into_iter().filter(|run| run.len() > 1) {
        let joined = run
            .iter()
            .map(|(x, y)| format!("{x:.1},{y:.1}"))
            .collect::<Vec<_>>()
            .join(" ");
        marks.mark(
            "polyline",
            &[
                ("points", joined.as_str().into()),
                ("class", "chart-line".into()),
            ],
        );
    }
    for (i, (_, v)) in points.iter().enumerate() {
        if let Some(v) = v {
            marks.mark(
                "circle",
                &[
                    ("cx", x(i).into()),
                    ("cy", y(*v).into()),
                    ("r", r.into()),
                    ("class", "point".into()),
                ],
            );
        }
    }
    tick_labels(&mut marks, ticks, labels_at);
    picture(height, t, marks)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn boxes(ticks: &[(String, f64)], t: Type) -> Vec<(f64, f64)> {
        ticks
            .iter()
            .map(|(l, c)| (c - t.width(l) / 2.0, c + t.width(l) / 2.0))
            .collect()
    }

    #[test]
    fn ticks_never_overlap_and_stay_inside() {
        for size in [TextSize::Standard, TextSize::Larger] {
            let t = Type::for_text(size);
            for count in [1, 4, 8, 16, 26] {
                let labels: Vec<String> = (0..count).map(|n| format!("{} Oct", n + 1)).collect();
                let slot = (WIDTH - 30.0) / count as f64;
                let kept = ticks(&labels, |i| 30.0 + slot * (i as f64 + 0.5), t, 0.0, WIDTH);
                assert!(!kept.is_empty());
                let spans = boxes(&kept, t);
                assert!(
                    spans.iter().all(|(a, b)| *a >= 0.0 && *b <= WIDTH),
                    "{spans:?}"
                );
                assert!(
                    spans.windows(2).all(|w| w[0].1 + t.gap() <= w[1].0 + 1e-9),
                    "{spans:?}"
                );
            }
            let quarters: Vec<String> = (0..20).map(|_| "Jul\u{2013}Sep 2026".to_owned()).collect();
            let kept = ticks(&quarters, |i| 30.0 + 14.5 * (i as f64 + 0.5), t, 0.0, WIDTH);
            let spans = boxes(&kept, t);
            assert!(spans.windows(2).all(|w| w[0].1 < w[1].0), "{spans:?}");
        }
    }

    #[test]
    fn text_grows_with_the_chosen_size_and_long_words_are_shortened() {
        let standard = Type::for_text(TextSize::Standard);
        let larger = Type::for_text(TextSize::Larger);
        assert!(larger.size > standard.size * 1.2);
        assert!(larger.width("anxious") > standard.width("anxious"));
        let fitted = larger.fit("overwhelmed and somewhat confused", 100.0);
        assert!(
            fitted.ends_with('\u{2026}') && larger.width(&fitted) <= 100.0,
            "{fitted}"
        );
        assert_eq!(larger.fit("calm", 100.0), "calm");
    }
}
