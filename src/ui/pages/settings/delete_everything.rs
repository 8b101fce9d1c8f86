//! Deleting everything: deliberate, explained, confirmed, and only ever this app's own data.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::screens::{Screen, SettingsPage};

use crate::ui::choice::Toggle;
use crate::ui::display::use_display;
use crate::ui::journal::use_journal;

#[component]
pub fn DeleteEverythingSection() -> impl IntoView {
    let journal = use_journal();
    let display = use_display();
    let navigate = use_navigate();
    let open = RwSignal::new(false);
    let understood = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let delete = move |_| match journal.delete_everything() {
        Ok(()) => {
            display.forget();
            navigate("/?deleted=1", Default::default());
        }
        Err(p) => problem.set(Some(p.message())),
    };
    view! {
        <div class="delete-everything">
            <p>"Removes every entry, draft and setting of Here & Now from this browser. Nothing else on your phone is touched."</p>
            <Show
                when=move || open.get()
                fallback=move || view! {
                    <button type="button" class="button button-danger-outline" on:click=move |_| open.set(true)>
                        "Delete everything…"
                    </button>
                }
            >
                <div class="notice" role="group" aria-label="Delete everything">
                    <p>
                        "This can't be undone. If you might want your entries later, "
                        <A href=Screen::Setting(SettingsPage::Backups).path()>"download a backup"</A>
                        " first."
                    </p>
                    <Toggle label="I understand my entries will be gone from this browser" checked=understood />
                    <div class="inline-actions">
                        <button
                            type="button"
                            class="button button-danger"
                            disabled=move || !understood.get()
                            on:click=delete.clone()
                        >
                            "Delete everything now"
                        </button>
                        <button type="button" class="button" on:click=move |_| {
                            open.set(false);
                            understood.set(false);
                        }>
                            "Keep everything"
                        </button>
                    </div>
                </div>
            </Show>
            {move || problem.get().map(|m| view! { <p class="notice" role="alert">{m}</p> })}
        </div>
    }
}
