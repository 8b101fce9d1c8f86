//! Keeping the journal: on an iPhone or iPad in Safari, what Safari may do and the three steps
//! to the Home Screen (gone once the app runs from there); and on Home, a backup offered once
//! after several sessions without one (or the reminder the member asked for).

use leptos::prelude::*;
use leptos_router::components::A;
use wasm_bindgen::JsValue;
use web_sys::js_sys::Reflect;

use crate::domain::iphone::suggest_home_screen;
use crate::domain::schema::BackupNudge;
use crate::domain::trouble::Said;
use crate::screens::{Screen, SettingsPage};
use crate::ui::install_prompt::running_installed;
use crate::ui::journal::use_journal;
use crate::ui::said::SaidLine;

/// Whether this is Safari on an iPhone or iPad, not opened from the Home Screen.
fn in_safari_on_iphone() -> bool {
    let navigator = window().navigator();
    let user_agent = navigator.user_agent().unwrap_or_default();
    let touch_points = Reflect::get(&navigator, &JsValue::from_str("maxTouchPoints"))
        .ok()
        .and_then(|points| points.as_f64())
        .unwrap_or(0.0) as u32;
    suggest_home_screen(&user_agent, touch_points, running_installed())
}

/// What Safari may do, and the three steps to the Home Screen. Shown on Home and before the
/// first entry, only in Safari on iOS or iPadOS; never once the app runs from the Home Screen.
#[component]
pub fn IphoneCard() -> impl IntoView {
    let journal = use_journal();
    let written = move || journal.sessions.with(|s| !s.is_empty());
    in_safari_on_iphone().then(|| {
        view! {
            <section class="offer keep-iphone" aria-labelledby="keep-iphone-heading">
                <h2 id="keep-iphone-heading">"Keeping your journal on this iPhone"</h2>
                <p>
                    "In Safari, a website's storage may be cleared after 7 days without a visit, and your entries with it. Added to your Home Screen, Here & Now keeps its own storage and isn't cleared that way."
                </p>
                <ol class="steps">
                    <li>"Tap the Share button (a square with an arrow) in Safari."</li>
                    <li>"Choose " <strong>"Add to Home Screen"</strong> "."</li>
                    <li>"Tap " <strong>"Add"</strong> ", then open Here & Now from your Home Screen and write there."</li>
                </ol>
                <p class="quiet">
                    "The app on your Home Screen starts empty: entries written here in Safari don't move across on their own."
                    {move || written().then(|| view! {
                        " "
                        <A href=Screen::Setting(SettingsPage::Backups).path()>"A backup can bring them"</A>
                        "."
                    })}
                </p>
            </section>
        }
    })
}

/// After several sessions without a backup, a backup offered once ("Not now" puts it away for
/// good); or, when the member asked to be reminded, the reminder (which comes back later).
#[component]
pub fn BackupOffer() -> impl IntoView {
    let journal = use_journal();
    let count = move || journal.sessions.with(Vec::len);
    let nudge = Memo::new(move |_| journal.settings.with(|s| s.backup_nudge(count())));
    let said = RwSignal::new(None::<Said>);
    let not_now = move |_| {
        let (now, sessions) = (nudge.get_untracked(), count());
        let saved = journal.change_settings(|s| s.not_now(now, sessions));
        said.set(saved.err().map(Said::trouble));
    };
    view! {
        <Show when=move || nudge.get() != BackupNudge::Quiet>
            <section class="offer backup-offer" aria-labelledby="backup-offer-heading">
                <h2 id="backup-offer-heading">"A backup, when you have a moment"</h2>
                <p>
                    {move || match nudge.get() {
                        BackupNudge::Reminder => "You asked to be reminded now and then. ",
                        _ => "",
                    }}
                    "Your journal lives only in this browser. A backup file keeps your entries safe if its data is ever cleared."
                </p>
                <div class="inline-actions">
                    <A href=Screen::Setting(SettingsPage::Backups).path() attr:class="button">
                        "Make a backup"
                    </A>
                    <button type="button" class="button" on:click=not_now>"Not now"</button>
                </div>
            </section>
        </Show>
        <SaidLine said=said />
    }
}
