//! The lock's long jobs (turning it on or off, a new passphrase, opening with the passphrase)
//! take seconds and wait on WebCrypto in between. If the journal locks, is deleted or the page
//! starts again meanwhile, a job must stop before it writes anything: each job holds a ticket
//! from when it started, and `interrupt` makes every ticket out so far stale. While a job runs
//! the lock's forms wait (one job at a time).

/// When a job started: it may carry on only while no interruption has happened since.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ticket(u64);

#[derive(Debug, Default, Clone)]
pub struct LockJobs {
    /// Moves on at every interruption.
    epoch: u64,
    busy: bool,
}

impl LockJobs {
    /// A job starts: the forms wait until `finish`; the ticket says when it started.
    pub fn start(&mut self) -> Ticket {
        self.busy = true;
        self.ticket()
    }

    /// The job returned (done, refused or interrupted): the forms are free again.
    pub fn finish(&mut self) {
        self.busy = false;
    }

    /// A ticket for work starting now, inside a job already running or on its own.
    pub fn ticket(&self) -> Ticket {
        Ticket(self.epoch)
    }

    pub fn is_busy(&self) -> bool {
        self.busy
    }

    /// Whether work started with `ticket` may still write: nothing has interrupted it.
    pub fn still_current(&self, ticket: Ticket) -> bool {
        self.epoch == ticket.0
    }

    /// The journal locked, was deleted, or the page is starting again: every job running now
    /// stops at its next check. (It is still running until it returns, so the forms still wait.)
    pub fn interrupt(&mut self) {
        self.epoch += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_job_started_before_a_lock_is_stale_after_it() {
        let mut jobs = LockJobs::default();
        let ticket = jobs.start();
        assert!(jobs.still_current(ticket));
        jobs.interrupt();
        assert!(!jobs.still_current(ticket));
        // And stays stale: a later interruption doesn't bring it back.
        jobs.interrupt();
        assert!(!jobs.still_current(ticket));
    }

    #[test]
    fn a_job_started_after_the_lock_carries_on() {
        let mut jobs = LockJobs::default();
        let before = jobs.ticket();
        jobs.interrupt();
        let after = jobs.start();
        assert!(jobs.still_current(after));
        assert!(!jobs.still_current(before));
    }

    #[test]
    fn the_forms_wait_while_a_job_runs_even_once_it_is_interrupted() {
        let mut jobs = LockJobs::default();
        assert!(!jobs.is_busy());
        let ticket = jobs.start();
        assert!(jobs.is_busy());
        jobs.interrupt();
        assert!(jobs.is_busy(), "still running until it notices and returns");
        jobs.finish();
        assert!(!jobs.is_busy());
        assert!(!jobs.still_current(ticket));
    }

    #[test]
    fn taking_a_ticket_inside_a_job_changes_nothing() {
        let mut jobs = LockJobs::default();
        let job = jobs.start();
        let step = jobs.ticket();
        assert_eq!(job, step);
        assert!(jobs.is_busy());
        jobs.finish();
        assert!(jobs.still_current(job), "finishing is not an interruption");
    }
}
