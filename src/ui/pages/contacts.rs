//! The member's own people to reach: a list with Call and Text where the way to reach someone
//! is a phone number (and plain text where it isn't), each changed or removed in place, and a
//! form to add one. Kept in the journal's settings, so sealed with the lock and in backups.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::domain::contacts::{self, Contact};
use crate::ui::journal::use_journal;

/// A change to the list of contacts, made inside one save.
type Change = Box<dyn FnOnce(&mut Vec<Contact>)>;

#[component]
pub fn Contacts() -> impl IntoView {
    let journal = use_journal();
    // What the last change did, and a save that didn't work.
    let said = RwSignal::new(None::<String>);
    let problem = RwSignal::new(None::<String>);
    // The contact whose form is open, and the one whose "Change" takes focus once it closes.
    let editing = RwSignal::new(None::<Contact>);
    let return_to = RwSignal::new(None::<Contact>);
    let heading = NodeRef::<leptos::html::H2>::new();

    let save = move |change: Change, done: String| -> bool {
        match journal.change_settings(|s| change(&mut s.contacts)) {
            Ok(()) => {
                problem.set(None);
                said.set(Some(done));
                true
            }
            Err(p) => {
                said.set(None);
                problem.set(Some(p.message()));
                false
            }
        }
    };
    let on_add = Callback::new(move |contact: Contact| {
        let there = journal
            .settings
            .with_untracked(|s| s.contacts.contains(&contact));
        if there {
            said.set(Some(format!(
                "\u{201c}{}\u{201d} is already on your list.",
                contact.name()
            )));
            return true;
        }
        let done = format!("Added \u{201c}{}\u{201d}.", contact.name());
        save(
            Box::new(move |list| {
                contacts::add(list, contact);
            }),
            done,
        )
    });
    let on_change = Callback::new(move |(old, changed): (Contact, Contact)| {
        save(
            Box::new(move |list| contacts::replace(list, &old, changed)),
            "Saved.".to_owned(),
        )
    });
    let on_remove = Callback::new(move |gone: Contact| {
        let done = format!("Removed \u{201c}{}\u{201d}.", gone.name());
        let removed = save(Box::new(move |list| contacts::remove(list, &gone)), done);
        if removed {
            if let Some(heading) = heading.get_untracked() {
                let _ = heading.focus();
            }
        }
        removed
    });

    let rows = move || {
        journal
            .settings
            .with(|s| s.contacts.iter().cloned().enumerate().collect::<Vec<_>>())
    };
    let empty = move || journal.settings.with(|s| s.contacts.is_empty());
    view! {
        <section aria-labelledby="reach-heading">
            <h2 id="reach-heading" tabindex="-1" node_ref=heading>
                "People you can reach"
            </h2>
            <Show
                when=empty
                fallback=|| {
                    view! {
                        <p class="quiet">
                            "A number on its own can be called or texted from here. Anything else is kept just as you wrote it."
                        </p>
                    }
                }
            >
                <p>
                    "Your list is empty for now. You might add your therapist, a friend you trust, and your local crisis line. Here & Now doesn't know where you live, so it has no numbers of its own: add the ones that are right for you."
                </p>
            </Show>
            <Show when=move || !empty()>
                <ul class="contact-list">
                    <For
                        each=rows
                        key=|(at, c)| (*at, c.label.clone(), c.reach.clone())
                        children=move |(_, contact)| {
                            view! {
                                <ContactRow contact editing return_to on_change on_remove />
                            }
                        }
                    />
                </ul>
            </Show>
            <div role="status">{move || said.get().map(|m| view! { <p>{m}</p> })}</div>
            {move || problem.get().map(|m| view! { <p class="notice" role="alert">{m}</p> })}
            <AddContact on_add />
            <p class="quiet">
                "Kept only on this device, with your journal. With the lock on, this list opens with your passphrase, so keep the numbers that matter most in your phone too."
            </p>
        </section>
    }
}

/// One contact: who, how to reach them, Call and Text when that is a phone number, and
/// "Change", which opens the row as a small form.
#[component]
fn ContactRow(
    contact: Contact,
    editing: RwSignal<Option<Contact>>,
    return_to: RwSignal<Option<Contact>>,
    on_change: Callback<(Contact, Contact), bool>,
    on_remove: Callback<Contact, bool>,
) -> impl IntoView {
    let this = contact.clone();
    let open = Memo::new(move |_| editing.with(|e| e.as_ref() == Some(&this)));
    view! {
        <li class="contact">
            {move || {
                if open.get() {
                    view! { <ContactForm original=contact.clone() editing return_to on_change on_remove /> }
                        .into_any()
                } else {
                    view! { <ContactShown contact=contact.clone() editing return_to /> }.into_any()
                }
            }}
        </li>
    }
}

#[component]
fn ContactShown(
    contact: Contact,
    editing: RwSignal<Option<Contact>>,
    return_to: RwSignal<Option<Contact>>,
) -> impl IntoView {
    let change = NodeRef::<leptos::html::Button>::new();
    let me = contact.clone();
    // Back from its form (saved or not): focus returns to this row's "Change".
    Effect::new(move |_| {
        if let Some(button) = change.get() {
            if return_to.with_untracked(|r| r.as_ref() == Some(&me)) {
                return_to.set(None);
                let _ = button.focus();
            }
        }
    });
    let reach = (!contact.label.is_empty() && !contact.reach.is_empty())
        .then(|| view! { <p class="contact-reach">{contact.reach.clone()}</p> });
    let links = contact
        .call_href()
        .zip(contact.text_href())
        .map(|(call, text)| {
            view! {
                <div class="inline-actions contact-links">
                    <a class="button" href=call aria-label=contact.call_name()>
                        "Call"
                    </a>
                    <a class="button" href=text aria-label=contact.text_name()>
                        "Text"
                    </a>
                </div>
            }
        });
    let open = contact.clone();
    view! {
        <p class="contact-name">{contact.name().to_owned()}</p>
        {reach}
        {links}
        <button
            type="button"
            class="text-button"
            node_ref=change
            aria-label=format!("Change {}", contact.name())
            on:click=move |_| editing.set(Some(open.clone()))
        >
            "Change"
        </button>
    }
}

/// The two fields of a contact, with the words that go with each.
#[component]
fn ContactFields(
    label: RwSignal<String>,
    reach: RwSignal<String>,
    /// Keeps the fields' ids apart from another form's on the same page.
    id: &'static str,
    #[prop(optional)] first: Option<NodeRef<leptos::html::Input>>,
) -> impl IntoView {
    let first = first.unwrap_or_default();
    let label_id = format!("{id}-label");
    let hint_id = format!("{id}-label-hint");
    let reach_id = format!("{id}-reach");
    view! {
        <div class="field">
            <label for=label_id.clone()>"Name"</label>
            <p class="quiet field-hint" id=hint_id.clone()>
                "Who they are to you, like \u{201c}My therapist\u{201d} or \u{201c}Crisis line\u{201d}"
            </p>
            <input
                type="text"
                id=label_id
                maxlength="60"
                autocomplete="off"
                aria-describedby=hint_id
                node_ref=first
                prop:value=move || label.get()
                on:input=move |ev| label.set(event_target_value(&ev))
            />
        </div>
        <div class="field">
            <label for=reach_id.clone()>"Number, or how to reach them"</label>
            <input
                type="text"
                id=reach_id
                maxlength="120"
                autocomplete="off"
                prop:value=move || reach.get()
                on:input=move |ev| reach.set(event_target_value(&ev))
            />
        </div>
    }
}

#[component]
fn ContactForm(
    original: Contact,
    editing: RwSignal<Option<Contact>>,
    return_to: RwSignal<Option<Contact>>,
    on_change: Callback<(Contact, Contact), bool>,
    on_remove: Callback<Contact, bool>,
) -> impl IntoView {
    let label = RwSignal::new(original.label.clone());
    let reach = RwSignal::new(original.reach.clone());
    let hint = RwSignal::new(None::<&'static str>);
    let first = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(field) = first.get() {
            let _ = field.focus();
        }
    });
    let name = original.name().to_owned();
    let kept = original.clone();
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(changed) = Contact::typed(&label.get_untracked(), &reach.get_untracked()) else {
            hint.set(Some(
                "Both fields are empty. To take them off your list, choose Remove.",
            ));
            return;
        };
        if on_change.run((kept.clone(), changed.clone())) {
            return_to.set(Some(changed));
            editing.set(None);
        }
    };
    let cancelled = original.clone();
    let cancel = move |_| {
        return_to.set(Some(cancelled.clone()));
        editing.set(None);
    };
    let remove = move |_| {
        if on_remove.run(original.clone()) {
            editing.set(None);
        }
    };
    view! {
        <form class="stack" aria-label=format!("Change {name}") on:submit=submit>
            <ContactFields label reach id="change-contact" first />
            {move || hint.get().map(|h| view! { <p class="notice">{h}</p> })}
            <div class="inline-actions">
                <button type="submit" class="button button-primary">"Save"</button>
                <button type="button" class="button" on:click=cancel>"Cancel"</button>
                <button type="button" class="button" on:click=remove>"Remove"</button>
            </div>
        </form>
    }
}

#[component]
fn AddContact(on_add: Callback<Contact, bool>) -> impl IntoView {
    let label = RwSignal::new(String::new());
    let reach = RwSignal::new(String::new());
    let add = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(contact) = Contact::typed(&label.get_untracked(), &reach.get_untracked()) else {
            return;
        };
        if on_add.run(contact) {
            label.set(String::new());
            reach.set(String::new());
        }
    };
    view! {
        <form class="stack add-contact" aria-labelledby="add-contact-heading" on:submit=add>
            <h3 id="add-contact-heading">"Add someone"</h3>
            <ContactFields label reach id="new-contact" />
            <button type="submit" class="button">"Add"</button>
        </form>
    }
}
