//! The member's own people to reach when being in group, or after it, stops feeling safe: a
//! name and a way to reach them, kept exactly as typed. We ship no numbers of our own (we don't
//! know where the member lives).
//!
//! Nothing typed here is refused, and nothing typed here becomes a link of its own: a
//! tap-to-call or tap-to-text link is made only from something that looks like a phone number,
//! and then only as `tel:` or `sms:` followed by digits (and a leading +). Anything else is
//! shown as plain text.

use serde::{Deserialize, Serialize};

/// Fewer digits than this is not a number anyone dials ("112" and "999" are three).
const MIN_DIGITS: usize = 3;
/// An international number has at most 15 digits; with "011" or "00" before it, 18.
const MAX_DIGITS: usize = 18;

/// Someone the member can reach: who they are to them, and how.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Contact {
    /// Who they are to the member: "My therapist", "Sam", "Crisis line".
    pub label: String,
    /// A number or any other way to reach them, as typed: "+44 20 7946 0958", "ask at work".
    pub reach: String,
}

impl Contact {
    /// A contact from what the member typed, trimmed; none when both fields are empty.
    pub fn typed(label: &str, reach: &str) -> Option<Contact> {
        let contact = Contact {
            label: label.trim().to_owned(),
            reach: reach.trim().to_owned(),
        };
        (!contact.label.is_empty() || !contact.reach.is_empty()).then_some(contact)
    }

    /// What the contact is called: its label, or how to reach them when it has none.
    pub fn name(&self) -> &str {
        if self.label.is_empty() {
            &self.reach
        } else {
            &self.label
        }
    }

    /// The `tel:` link, when `reach` looks like a phone number.
    pub fn call_href(&self) -> Option<String> {
        phone_number(&self.reach).map(|number| format!("tel:{number}"))
    }

    /// The `sms:` link, when `reach` looks like a phone number.
    pub fn text_href(&self) -> Option<String> {
        phone_number(&self.reach).map(|number| format!("sms:{number}"))
    }

    /// What a screen reader says for the call link: "Call My therapist (+44 20 7946 0958)".
    pub fn call_name(&self) -> String {
        if self.label.is_empty() {
            format!("Call {}", self.reach)
        } else {
            format!("Call {} ({})", self.label, self.reach)
        }
    }

    /// What a screen reader says for the text link: "Text My therapist".
    pub fn text_name(&self) -> String {
        format!("Text {}", self.name())
    }
}

/// The number to dial when `reach` looks like a phone number: ASCII digits with an optional
/// leading +, and between them only spaces, dashes, dots and one pair of parentheses at a
/// time; at least three digits. Returns the digits alone (with the + when there was one), so
/// what a link is made from can only ever be `+` and `0`–`9`.
pub fn phone_number(reach: &str) -> Option<String> {
    let typed = reach.trim();
    let (plus, rest) = match typed.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, typed),
    };
    let mut number = String::with_capacity(typed.len());
    if plus {
        number.push('+');
    }
    let mut digits = 0;
    let mut in_parentheses = false;
    for c in rest.chars() {
        match c {
            '0'..='9' => {
                number.push(c);
                digits += 1;
            }
            ' ' | '\u{a0}' | '-' | '.' => {}
            '(' if !in_parentheses => in_parentheses = true,
            ')' if in_parentheses => in_parentheses = false,
            _ => return None,
        }
    }
    (!in_parentheses && (MIN_DIGITS..=MAX_DIGITS).contains(&digits)).then_some(number)
}

/// Adds `contact` unless the very same one is already there; says whether it was added.
pub fn add(contacts: &mut Vec<Contact>, contact: Contact) -> bool {
    if contacts.contains(&contact) {
        return false;
    }
    contacts.push(contact);
    true
}

/// Puts `changed` where `old` was. When `old` is gone meanwhile (changed in another tab),
/// `changed` is added rather than lost; when `changed` is already on the list elsewhere, the
/// list keeps that one and `old` goes, so the same contact never shows twice.
pub fn replace(contacts: &mut Vec<Contact>, old: &Contact, changed: Contact) {
    let at = contacts.iter().position(|c| c == old);
    if contacts.iter().any(|c| c == &changed) {
        if &changed != old {
            if let Some(at) = at {
                contacts.remove(at);
            }
        }
        return;
    }
    match at {
        Some(at) => contacts[at] = changed,
        None => contacts.push(changed),
    }
}

/// Takes `gone` off the list.
pub fn remove(contacts: &mut Vec<Contact>, gone: &Contact) {
    contacts.retain(|c| c != gone);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contact(label: &str, reach: &str) -> Contact {
        Contact {
            label: label.into(),
            reach: reach.into(),
        }
    }

    #[test]
    fn phone_numbers_in_their_usual_shapes_are_dialled_as_digits() {
        for (typed, number) in [
            ("112", "112"),
            ("999", "999"),
            ("+44 20 7946 0958", "+442079460958"),
            ("(555) 123-4567", "5551234567"),
            ("+1 (555) 010-9999", "+15550109999"),
            ("030.1234.5678", "03012345678"),
            ("  0800 111 0 111  ", "08001110111"),
            ("+49\u{a0}30\u{a0}123456", "+4930123456"),
            ("00 44 20 7946 0958", "00442079460958"),
        ] {
            assert_eq!(phone_number(typed).as_deref(), Some(number), "{typed:?}");
        }
    }

    #[test]
    fn words_addresses_and_other_schemes_are_not_phone_numbers() {
        for typed in [
            "",
            "   ",
            "call me",
            "ask at work",
            "sam@example.org",
            "javascript:alert(1)",
            "javascript:alert(112)",
            "tel:112",
            "sms:+441234567",
            "http://112.example",
            "https://example.org/555-1234",
            "data:text/html,<script>alert(1)</script>",
            "+44 20 7946 0958 evenings",
            "555-1234 ext. 5",
            "12",
            "+1",
            "++44 20 7946 0958",
            "44+20",
            "(555 123-4567",
            "555) 123-4567",
            "((555)) 123",
            "1234567890123456789",
            "１１２",
            "555\n1234",
            "555;1234",
            "555,1234",
            "#31#112",
            "*67 555 1234",
        ] {
            assert_eq!(phone_number(typed), None, "{typed:?}");
        }
    }

    #[test]
    fn links_are_made_only_from_phone_numbers_and_only_as_tel_or_sms() {
        let therapist = contact("My therapist", "+44 20 7946 0958");
        assert_eq!(therapist.call_href().as_deref(), Some("tel:+442079460958"));
        assert_eq!(therapist.text_href().as_deref(), Some("sms:+442079460958"));
        let us = contact("Line", "+1 (555) 010-9999");
        assert_eq!(us.call_href().as_deref(), Some("tel:+15550109999"));
        for reach in [
            "ask at work",
            "call me",
            "sam@example.org",
            "javascript:alert(1)",
            "http://example.org",
        ] {
            let other = contact("Friend", reach);
            assert_eq!(other.call_href(), None, "{reach:?}");
            assert_eq!(other.text_href(), None, "{reach:?}");
        }
        // Whatever is typed, a link holds only its scheme, a + and digits.
        for reach in ["+44 (0) 20-7946.0958", "(555) 123-4567", "112"] {
            let href = contact("x", reach).call_href().unwrap();
            let number = href.strip_prefix("tel:").unwrap();
            assert!(number
                .chars()
                .enumerate()
                .all(|(i, c)| c.is_ascii_digit() || (i == 0 && c == '+')));
        }
    }

    #[test]
    fn link_names_say_who_and_which_number() {
        let therapist = contact("Dr. M.", "+44 20 7946 0958");
        assert_eq!(therapist.call_name(), "Call Dr. M. (+44 20 7946 0958)");
        assert_eq!(therapist.text_name(), "Text Dr. M.");
        let unnamed = contact("", "112");
        assert_eq!(unnamed.name(), "112");
        assert_eq!(unnamed.call_name(), "Call 112");
        assert_eq!(unnamed.text_name(), "Text 112");
    }

    #[test]
    fn anything_typed_is_kept_trimmed_and_only_two_empty_fields_are_nothing() {
        assert_eq!(Contact::typed("  ", ""), None);
        assert_eq!(
            Contact::typed(" Friend ", " ask at work "),
            Some(contact("Friend", "ask at work"))
        );
        assert_eq!(Contact::typed("Mum", ""), Some(contact("Mum", "")));
        assert_eq!(
            Contact::typed("", "javascript:alert(1)"),
            Some(contact("", "javascript:alert(1)"))
        );
    }

    #[test]
    fn the_list_adds_changes_and_removes_without_ever_showing_one_twice() {
        let a = contact("My therapist", "+44 20 7946 0958");
        let b = contact("Friend", "ask at work");
        let mut list = Vec::new();
        assert!(add(&mut list, a.clone()));
        assert!(add(&mut list, b.clone()));
        assert!(!add(&mut list, a.clone()), "the same one again");
        assert_eq!(list, [a.clone(), b.clone()]);

        // Changed in place, keeping its position.
        let a2 = contact("My therapist", "+44 20 7946 0959");
        replace(&mut list, &a, a2.clone());
        assert_eq!(list, [a2.clone(), b.clone()]);
        // Changed to match another: one of them is kept.
        replace(&mut list, &a2, b.clone());
        assert_eq!(list, std::slice::from_ref(&b));
        // Changed with nothing changed.
        replace(&mut list, &b, b.clone());
        assert_eq!(list, std::slice::from_ref(&b));
        // Gone meanwhile (another tab): the change is added, not lost.
        replace(&mut list, &a, a2.clone());
        assert_eq!(list, [b.clone(), a2.clone()]);

        remove(&mut list, &b);
        assert_eq!(list, [a2]);
    }

    #[test]
    fn a_stored_contact_reads_back_and_missing_fields_are_empty() {
        let a = contact("My therapist", "+44 20 7946 0958");
        let text = serde_json::to_string(&a).unwrap();
        assert_eq!(serde_json::from_str::<Contact>(&text).unwrap(), a);
        assert_eq!(
            serde_json::from_str::<Contact>(r#"{"label":"Mum"}"#).unwrap(),
            contact("Mum", "")
        );
    }
}
