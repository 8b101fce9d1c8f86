//! A way to the Install page: the app on the home screen, working without a connection.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::screens::Screen;
use crate::ui::app_update::offline_use;

#[component]
pub fn InstallSection() -> impl IntoView {
    view! {
        <section aria-labelledby="install-heading">
            <h2 id="install-heading">"On your home screen"</h2>
            <p>
                "Here & Now can sit on your home screen like an app and open without a connection."
            </p>
            {offline_use().explanation().map(|why| view! { <p class="notice offline-note">{why}</p> })}
            <A href=Screen::Install.path() attr:class="button">
                "How to install"
            </A>
        </section>
    }
}
