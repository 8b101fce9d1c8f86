//! Every kind of trouble a screen may have to explain, each kept as itself on its way to the
//! screen and said there in its own words: no encryption in this browser is not a refused
//! write, and a damaged file is not a full quota. Plain data, so every message is host-tested.

use super::backup::BackupProblem;
use super::emotions::OwnWordProblem;
use super::lock::PassphraseProblem;
use super::passkeys::PasskeyProblem;
use super::schedule::ScheduleProblem;
use super::storage_problem::StorageProblem;

/// What can go wrong with the browser's encryption (WebCrypto), in terms the screens can
/// explain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CryptoProblem {
    /// No WebCrypto here (an insecure origin or a very old browser).
    Unavailable,
    /// The passphrase doesn't open the record (or the record was changed).
    WrongPassphrase,
    /// A sealed value fails its check: changed outside the app, or damaged.
    CannotOpen,
    /// The journal locked (or was deleted) while a long job was under way; it stopped there.
    Interrupted,
    /// The browser refused for another reason.
    Failed(String),
}

impl CryptoProblem {
    pub fn message(&self) -> String {
        match self {
            Self::Unavailable => "This browser can't encrypt here, so the lock can't be used. \
                Nothing has been changed."
                .to_owned(),
            Self::WrongPassphrase => "That passphrase doesn't open this journal. Please \
                check it and try again."
                .to_owned(),
            Self::CannotOpen => "Something saved was changed outside Here & Now, so it can't \
                be opened safely. It's kept exactly as it is."
                .to_owned(),
            Self::Interrupted => "The journal locked before this could finish, so it stopped \
                there. Everything is still here; open the journal and try again."
                .to_owned(),
            Self::Failed(_) => "The browser couldn't finish that. Nothing has been changed; \
                please try again."
                .to_owned(),
        }
    }
}

/// A file on the device: one the app made to download, or one the member picked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileProblem {
    /// The browser wouldn't make the file to download.
    CouldNotMake,
    /// The picked file couldn't be read at all.
    CouldNotRead,
}

impl FileProblem {
    pub fn message(self) -> String {
        match self {
            Self::CouldNotMake => "This browser wouldn't make the file, so nothing was \
                downloaded. Your journal is unchanged."
                .to_owned(),
            Self::CouldNotRead => "This file couldn't be opened on this device. Nothing in \
                your journal was changed."
                .to_owned(),
        }
    }
}

/// Any trouble, by kind. Each kind keeps its own type, so its words reach the screen intact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trouble {
    /// Reading or writing the browser's storage (full, refused, unavailable, locked…).
    Storage(StorageProblem),
    /// The browser's encryption (none here, a wrong passphrase…).
    Crypto(CryptoProblem),
    /// A backup file (damaged, from a newer version, a wrong passphrase…).
    Backup(BackupProblem),
    /// A new passphrase that won't do.
    Passphrase(PassphraseProblem),
    /// A file that couldn't be made or read.
    File(FileProblem),
    /// The schedule form, filled in so it can't be understood.
    Schedule(ScheduleProblem),
    /// A word of the member's own that can't be kept as it is.
    OwnWord(OwnWordProblem),
    /// A passkey that couldn't be added or didn't open the journal.
    Passkey(PasskeyProblem),
}

impl Trouble {
    pub fn message(&self) -> String {
        match self {
            Self::Storage(problem) => problem.message(),
            Self::Crypto(problem) => problem.message(),
            Self::Backup(problem) => problem.message(),
            Self::Passphrase(problem) => problem.message(),
            Self::File(problem) => problem.message(),
            Self::Schedule(problem) => problem.message(),
            Self::OwnWord(problem) => problem.message(),
            Self::Passkey(problem) => problem.message(),
        }
    }
}

impl From<StorageProblem> for Trouble {
    fn from(problem: StorageProblem) -> Self {
        Self::Storage(problem)
    }
}

impl From<CryptoProblem> for Trouble {
    fn from(problem: CryptoProblem) -> Self {
        Self::Crypto(problem)
    }
}

impl From<BackupProblem> for Trouble {
    fn from(problem: BackupProblem) -> Self {
        Self::Backup(problem)
    }
}

impl From<PassphraseProblem> for Trouble {
    fn from(problem: PassphraseProblem) -> Self {
        Self::Passphrase(problem)
    }
}

impl From<FileProblem> for Trouble {
    fn from(problem: FileProblem) -> Self {
        Self::File(problem)
    }
}

impl From<PasskeyProblem> for Trouble {
    fn from(problem: PasskeyProblem) -> Self {
        Self::Passkey(problem)
    }
}

impl From<OwnWordProblem> for Trouble {
    fn from(problem: OwnWordProblem) -> Self {
        Self::OwnWord(problem)
    }
}

impl From<ScheduleProblem> for Trouble {
    fn from(problem: ScheduleProblem) -> Self {
        Self::Schedule(problem)
    }
}

/// What a page says under what the member just did: it's done, it's under way, or trouble.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Said {
    Done(String),
    Working(String),
    Trouble(Trouble),
}

impl Said {
    pub fn done(words: impl Into<String>) -> Self {
        Self::Done(words.into())
    }

    pub fn working(words: impl Into<String>) -> Self {
        Self::Working(words.into())
    }

    pub fn trouble(trouble: impl Into<Trouble>) -> Self {
        Self::Trouble(trouble.into())
    }

    /// A save's result: `done` when it was kept, else the trouble in its own words.
    pub fn of<E: Into<Trouble>>(result: Result<(), E>, done: impl Into<String>) -> Self {
        match result {
            Ok(()) => Self::done(done),
            Err(trouble) => Self::trouble(trouble),
        }
    }

    pub fn is_trouble(&self) -> bool {
        matches!(self, Self::Trouble(_))
    }

    pub fn words(&self) -> String {
        match self {
            Self::Done(words) | Self::Working(words) => words.clone(),
            Self::Trouble(trouble) => trouble.message(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One of every kind of trouble the issue names, and the rest of each type.
    fn every_kind() -> Vec<(&'static str, Trouble)> {
        vec![
            ("no WebCrypto", CryptoProblem::Unavailable.into()),
            ("wrong passphrase", CryptoProblem::WrongPassphrase.into()),
            ("sealed value changed", CryptoProblem::CannotOpen.into()),
            ("locked mid-way", CryptoProblem::Interrupted.into()),
            ("crypto refused", CryptoProblem::Failed("x".into()).into()),
            ("full quota", StorageProblem::Full.into()),
            (
                "refused write",
                StorageProblem::Refused { detail: "x".into() }.into(),
            ),
            ("no storage", StorageProblem::Unavailable.into()),
            (
                "unreadable value",
                StorageProblem::Unreadable {
                    key: "k".into(),
                    raw: "r".into(),
                    reason: "x".into(),
                }
                .into(),
            ),
            (
                "journal from a newer version",
                StorageProblem::NewerVersion { schema: 9 }.into(),
            ),
            (
                "stored value changed",
                StorageProblem::CannotOpen {
                    key: "k".into(),
                    raw: "r".into(),
                }
                .into(),
            ),
            ("locked before saving", StorageProblem::Locked.into()),
            ("lock still on", StorageProblem::LockStillOn.into()),
            ("damaged file", BackupProblem::NotABackup.into()),
            (
                "file from a newer version",
                BackupProblem::FromNewerVersion.into(),
            ),
            ("file too large", BackupProblem::TooLarge.into()),
            (
                "damaged session",
                BackupProblem::BadSession { index: 2 }.into(),
            ),
            (
                "damaged part",
                BackupProblem::BadPart { part: "settings" }.into(),
            ),
            (
                "repeated session",
                BackupProblem::RepeatedSession { id: "s".into() }.into(),
            ),
            ("backup's passphrase", BackupProblem::WrongPassphrase.into()),
            ("passphrase too short", PassphraseProblem::TooShort.into()),
            ("passphrases differ", PassphraseProblem::DoNotMatch.into()),
            ("no passphrase typed", PassphraseProblem::Missing.into()),
            ("file not made", FileProblem::CouldNotMake.into()),
            ("file not read", FileProblem::CouldNotRead.into()),
            ("no start time", ScheduleProblem::NoStartTime.into()),
            ("no first date", ScheduleProblem::NoFirstSession.into()),
            ("no dates", ScheduleProblem::NoDates.into()),
            ("no rhythm", ScheduleProblem::NoRhythm.into()),
            (
                "unreadable date",
                ScheduleProblem::UnreadableDate("tuesday".into()).into(),
            ),
            ("no word typed", OwnWordProblem::Empty.into()),
            ("word too long", OwnWordProblem::TooLong.into()),
            ("word of ours", OwnWordProblem::Ours("exhausted").into()),
            ("no passkeys here", PasskeyProblem::NotHere.into()),
            ("passkey not added", PasskeyProblem::NotAdded.into()),
            ("passkey without PRF", PasskeyProblem::CannotUnlock.into()),
            ("passkey cancelled", PasskeyProblem::NotUsed.into()),
            ("passkey gave no secret", PasskeyProblem::NoSecret.into()),
            ("unknown passkey", PasskeyProblem::NotThisJournal.into()),
            ("wrong PRF result", PasskeyProblem::DidNotOpen.into()),
            ("damaged passkey entry", PasskeyProblem::Damaged.into()),
            ("passkey refused", PasskeyProblem::Failed("x".into()).into()),
        ]
    }

    #[test]
    fn every_kind_of_trouble_has_words_of_its_own() {
        let kinds = every_kind();
        for (i, (what, trouble)) in kinds.iter().enumerate() {
            let words = trouble.message();
            assert!(words.ends_with('.'), "{what}: a whole sentence: {words}");
            for (other, later) in &kinds[i + 1..] {
                assert_ne!(words, later.message(), "{what} and {other} say the same");
            }
        }
    }

    #[test]
    fn no_encryption_is_never_called_a_refused_write() {
        let none = Trouble::from(CryptoProblem::Unavailable).message();
        assert!(none.contains("can't encrypt"), "{none}");
        assert!(!none.contains("didn't let us save"), "{none}");
        let full = Trouble::from(StorageProblem::Full).message();
        assert!(full.contains("full"), "{full}");
        let newer = Trouble::from(BackupProblem::FromNewerVersion).message();
        assert!(newer.contains("newer version"), "{newer}");
        let damaged = Trouble::from(BackupProblem::NotJson).message();
        assert!(damaged.contains("damaged"), "{damaged}");
    }

    #[test]
    fn a_save_result_becomes_what_the_page_says() {
        let kept: Result<(), StorageProblem> = Ok(());
        assert_eq!(Said::of(kept, "Saved."), Said::Done("Saved.".into()));
        let full = Said::of(Err(StorageProblem::Full), "Saved.");
        assert!(full.is_trouble());
        assert_eq!(full.words(), StorageProblem::Full.message());
        assert!(!Said::working("Encrypting…").is_trouble());
    }
}
