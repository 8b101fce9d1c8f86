//! Yes / partly / no / not sure, counted: for boundaries (respected?) and feedback (does it
//! match how I think I come across?).

use crate::domain::journal::Fit;

/// Yes / partly / no / not sure, counted: only answers the member gave (a question left
/// alone is counted nowhere).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FitCounts {
    pub yes: u32,
    pub partly: u32,
    pub no: u32,
    pub not_sure: u32,
}

impl FitCounts {
    pub fn add(&mut self, fit: Fit) {
        match fit {
            Fit::Yes => self.yes += 1,
            Fit::Partly => self.partly += 1,
            Fit::No => self.no += 1,
            Fit::NotSure => self.not_sure += 1,
        }
    }

    /// Adds another count to this one (a period's sessions, one by one).
    pub fn add_all(&mut self, other: &FitCounts) {
        self.yes += other.yes;
        self.partly += other.partly;
        self.no += other.no;
        self.not_sure += other.not_sure;
    }

    pub fn total(&self) -> u32 {
        self.yes + self.partly + self.no + self.not_sure
    }

    pub fn get(&self, fit: Fit) -> u32 {
        match fit {
            Fit::Yes => self.yes,
            Fit::Partly => self.partly,
            Fit::No => self.no,
            Fit::NotSure => self.not_sure,
        }
    }
}
