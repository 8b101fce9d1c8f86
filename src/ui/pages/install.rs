//! How to put the app on the home screen: the browser's own Install where it offers one, the
//! steps on iPhone, and what happens to entries already written.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::screens::Screen;
use crate::ui::app_update::offline_use;
use crate::ui::install_prompt::{running_installed, use_install_prompt, InstallState};
use crate::ui::page::Page;

#[component]
pub fn Install() -> impl IntoView {
    let prompt = use_install_prompt();
    let install = move |_| spawn_local(prompt.ask());
    let already = running_installed();
    view! {
        <Page screen=Screen::Install>
            <p class="lead">
                "Installed, Here & Now opens from your home screen like any other app and works without a connection. It is the same private journal: nothing you write leaves this device."
            </p>
            <Show when=move || already>
                <p class="notice">"You're using the installed app now."</p>
            </Show>
            {offline_use().explanation().map(|why| view! { <p class="notice offline-note">{why}</p> })}

            <section aria-labelledby="install-first-heading">
                <h2 id="install-first-heading">"Install before you write"</h2>
                <p>
                    "On iPhone and iPad, the app on your home screen keeps its own storage, apart from Safari. Entries written in Safari don't appear in it, and the other way round."
                </p>
                <p>
                    "So it's easiest to install first. If you've already written here, download a backup (Settings, then Backups) and restore it in the installed app."
                </p>
            </section>

            <section aria-labelledby="install-android-heading">
                <h2 id="install-android-heading">"Android, or Chrome and Edge on a computer"</h2>
                <div role="status">
                    {move || match prompt.state() {
                        InstallState::Offered => view! {
                            <p>"Your browser can install Here & Now now."</p>
                            <button type="button" class="button button-primary" on:click=install>
                                "Install"
                            </button>
                        }
                            .into_any(),
                        InstallState::Installed => view! {
                            <p class="notice">
                                "Installed. You'll find Here & Now with your other apps."
                            </p>
                        }
                            .into_any(),
                        InstallState::NoOffer => view! {
                            <p>
                                "Open the browser's menu (⋮) and choose "
                                <strong>"Install app"</strong>
                                " or "
                                <strong>"Add to Home screen"</strong>
                                ". If neither is there, the app may already be installed."
                            </p>
                        }
                            .into_any(),
                    }}
                </div>
            </section>

            <section aria-labelledby="install-iphone-heading">
                <h2 id="install-iphone-heading">"iPhone or iPad"</h2>
                <ol>
                    <li>"Open Here & Now in Safari."</li>
                    <li>
                        "Tap " <strong>"Share"</strong>
                        " (the square with an arrow pointing up)."
                    </li>
                    <li>
                        "Choose " <strong>"Add to Home Screen"</strong> ", then "
                        <strong>"Add"</strong> "."
                    </li>
                </ol>
            </section>

            <p class="quiet">
                "Some browsers, such as Firefox on a computer, don't install apps. Here & Now works just as well in a tab."
            </p>
        </Page>
    }
}
