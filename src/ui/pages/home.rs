use leptos::prelude::*;
use leptos_router::components::A;

use crate::screens::Screen;
use crate::ui::page::Page;

#[component]
pub fn Home() -> impl IntoView {
    view! {
        <Page screen=Screen::Home>
            <p class="lead">
                "A quiet place for what happens in group: what you want to bring into the room, \
                 and what stays with you afterwards. Write as much or as little as you like."
            </p>
            <div class="actions">
                <A href=Screen::Prepare.path() attr:class="button button-primary">
                    "Prepare for group"
                </A>
                <A href=Screen::Reflect.path() attr:class="button">
                    "Reflect after group"
                </A>
            </div>
            <p class="quiet">
                "Everything you write stays on this device. Nothing is sent anywhere."
            </p>
        </Page>
    }
}
