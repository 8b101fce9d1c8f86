//! Sharing with a therapist, from History: which sessions, whether other members' names are
//! replaced, then a Markdown file or the print view. Nothing leaves the device by itself.

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::domain::insights::sessions_phrase;
use crate::domain::readable::{file_name, readable, to_markdown, Sharing, GROUP_MEMBER};
use crate::screens::Screen;
use crate::ui::choice::{DateField, Toggle};
use crate::ui::clock;
use crate::ui::files::offer_download;
use crate::ui::journal::use_journal;

const COULD_NOT_MAKE_FILE: &str =
    "The file couldn't be made in this browser. The print view still works.";

#[component]
pub fn ShareWithTherapist() -> impl IntoView {
    let journal = use_journal();
    let navigate = use_navigate();
    let from = RwSignal::new(None::<NaiveDate>);
    let to = RwSignal::new(None::<NaiveDate>);
    let anonymize = RwSignal::new(false);
    let problem = RwSignal::new(None::<&'static str>);
    let sharing = move || Sharing {
        from: from.get(),
        to: to.get(),
        anonymize: anonymize.get(),
    };
    let count = move || journal.sessions.with(|s| sharing().chosen(s).len());
    // The buttons act on the choice as it is now; they don't follow it.
    let sharing_now = move || untrack(sharing);

    let download = move |_| {
        let sharing = sharing_now();
        let text = journal.settings.with_untracked(|settings| {
            journal
                .sessions
                .with_untracked(|s| to_markdown(&readable(s, settings, sharing)))
        });
        let name = file_name(clock::now().date());
        let failed = offer_download(&name, "text/markdown;charset=utf-8", &text).is_err();
        problem.set(failed.then_some(COULD_NOT_MAKE_FILE));
    };
    let open = move |_| {
        let address = format!("{}{}", Screen::PrintView.path(), sharing_now().query());
        navigate(&address, Default::default());
    };
    view! {
        <details class="share">
            <summary>"Share with your therapist"</summary>
            <p>
                "Make a copy of your entries to show your therapist: a text file, or a page to print. It's yours to send or hand over; nothing leaves this device by itself."
            </p>
            <div class="date-range">
                <DateField label="From" date=from />
                <DateField label="To" date=to />
            </div>
            <p class="quiet">"Leave the dates empty to include every session."</p>
            <Toggle
                label=format!("Replace other members' names with \u{201c}{GROUP_MEMBER}\u{201d}")
                checked=anonymize
            />
            <p class="quiet">
                "The names are the ones in People in my group (Settings) and the ones you noted for feedback. A name written another way may still be there, so read it through before you share it."
            </p>
            <p class="share-count" aria-live="polite">
                {move || match count() {
                    0 => "No sessions in these dates.".to_owned(),
                    n => format!("{} will be included.", sessions_phrase(n)),
                }}
            </p>
            <div class="actions">
                <button type="button" class="button" on:click=download>
                    "Download as a text file (Markdown)"
                </button>
                <button type="button" class="button" on:click=open>
                    "Open print view"
                </button>
            </div>
            {move || problem.get().map(|m| view! { <p class="notice" role="alert">{m}</p> })}
        </details>
    }
}
