//! What can go wrong when the journal reads or writes the browser's storage, and how we say
//! it to the member: calmly, plainly, and always saying what is safe.

/// A storage fault, in terms the rest of the app can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageProblem {
    /// The browser will not let this page store anything (storage turned off, or blocked).
    Unavailable,
    /// The browser's space for this site is full; nothing new could be written.
    Full,
    /// A stored value could not be understood. `raw` is kept verbatim, never thrown away.
    Unreadable {
        key: String,
        raw: String,
        reason: String,
    },
    /// The browser refused a write for another reason.
    Refused { detail: String },
    /// The journal was saved by a newer version of the app.
    NewerVersion { schema: u32 },
    /// A sealed value fails its check (changed outside the app, or damaged): kept verbatim.
    CannotOpen { key: String, raw: String },
    /// The journal is locked, so nothing can be written until it is opened again.
    Locked,
    /// Turning the lock off was cut short; the lock stays on until the member asks again.
    LockStillOn,
}

impl StorageProblem {
    /// Sorts a failed write by the name of the browser's DOMException.
    pub fn from_write_error(name: &str, message: &str) -> Self {
        match name {
            // Chromium and WebKit say QuotaExceededError; old Firefox said NS_ERROR_DOM_QUOTA_REACHED.
            "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => Self::Full,
            "SecurityError" => Self::Unavailable,
            _ => Self::Refused {
                detail: if message.is_empty() {
                    name.to_owned()
                } else {
                    format!("{name}: {message}")
                },
            },
        }
    }

    /// What we tell the member. Every message says what is still safe.
    pub fn message(&self) -> String {
        match self {
            Self::Unavailable => "This browser isn't letting Here & Now save anything right now \
                (storage may be turned off, or this may be a private window). You can still \
                write, but it won't be kept after you close the page."
                .to_owned(),
            Self::Full => "This device's space for Here & Now is full, so this change wasn't \
                saved. Everything saved before is still here, and what you typed is still on \
                screen."
                .to_owned(),
            Self::Unreadable { .. } => "Some saved information couldn't be read. We haven't \
                deleted or changed it; it's kept exactly as it was."
                .to_owned(),
            Self::Refused { .. } => "The browser didn't let us save this change. Everything \
                saved before is still here, and what you typed is still on screen."
                .to_owned(),
            Self::NewerVersion { .. } => "This journal was last opened with a newer version of \
                Here & Now. Everything is kept as it is; reloading the page should bring the \
                newer version."
                .to_owned(),
            Self::CannotOpen { .. } => "Something saved in this journal was changed outside \
                Here & Now, so it can't be opened safely. It's kept exactly as it is, and \
                nothing has been written over it."
                .to_owned(),
            Self::Locked => "The journal locked before this could be saved. Open it again; \
                everything saved before is still here."
                .to_owned(),
            Self::LockStillOn => "Turning the lock off didn't finish last time, so the lock \
                is still on and everything is still here, encrypted. You can turn it off again \
                in Settings."
                .to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_quota_is_recognised_in_every_browser() {
        assert_eq!(
            StorageProblem::from_write_error("QuotaExceededError", "exceeded the quota"),
            StorageProblem::Full
        );
        assert_eq!(
            StorageProblem::from_write_error("NS_ERROR_DOM_QUOTA_REACHED", ""),
            StorageProblem::Full
        );
    }

    #[test]
    fn blocked_storage_is_unavailable_and_other_errors_keep_their_detail() {
        assert_eq!(
            StorageProblem::from_write_error("SecurityError", "denied"),
            StorageProblem::Unavailable
        );
        assert_eq!(
            StorageProblem::from_write_error("InvalidStateError", "odd"),
            StorageProblem::Refused {
                detail: "InvalidStateError: odd".to_owned()
            }
        );
    }

    #[test]
    fn every_message_says_nothing_was_lost() {
        let faults = [
            StorageProblem::Full,
            StorageProblem::Refused { detail: "x".into() },
            StorageProblem::Unreadable {
                key: "k".into(),
                raw: "r".into(),
                reason: "bad".into(),
            },
            StorageProblem::NewerVersion { schema: 9 },
            StorageProblem::CannotOpen {
                key: "k".into(),
                raw: "r".into(),
            },
            StorageProblem::Locked,
            StorageProblem::LockStillOn,
        ];
        for fault in faults {
            let message = fault.message();
            assert!(
                message.contains("still here") || message.contains("kept"),
                "{fault:?} must reassure: {message}"
            );
        }
        assert!(StorageProblem::Unavailable
            .message()
            .contains("won't be kept"));
    }
}
