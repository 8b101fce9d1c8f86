//! Whether the browser can keep the app for use with no connection, and if it can't, why, in
//! plain words. Service workers exist only at a secure address (https, or this device itself)
//! and only where the browser hasn't turned them off; the app works the same without them.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfflineUse {
    /// The browser can keep the app's files: it opens with no connection after one visit.
    Available,
    /// Plain http at another machine's address (a laptop on the home network, say).
    InsecureAddress,
    /// A secure address, but the browser offers no service workers (turned off, private
    /// browsing in some browsers, or an old browser).
    TurnedOff,
}

impl OfflineUse {
    pub fn of(secure_address: bool, service_workers: bool) -> Self {
        match (service_workers, secure_address) {
            (true, _) => OfflineUse::Available,
            (false, false) => OfflineUse::InsecureAddress,
            (false, true) => OfflineUse::TurnedOff,
        }
    }

    /// What to tell the member where the app can't work offline; nothing where it can.
    pub fn explanation(self) -> Option<&'static str> {
        match self {
            OfflineUse::Available => None,
            OfflineUse::InsecureAddress => Some(
                "Here it can't open without a connection: this address isn't a secure one (it starts with http:// and isn't this device), and browsers keep apps for offline use only from secure addresses. Everything else works, and your entries stay on this device.",
            ),
            OfflineUse::TurnedOff => Some(
                "Here it can't open without a connection: this browser doesn't let sites keep their files for offline use (it may be turned off, or a private window). Everything else works, and your entries stay on this device.",
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn service_workers_mean_offline_use_wherever_the_browser_offers_them() {
        assert_eq!(OfflineUse::of(true, true), OfflineUse::Available);
        assert_eq!(OfflineUse::Available.explanation(), None);
    }

    #[test]
    fn without_them_the_member_is_told_why_in_words_that_fit_the_cause() {
        let insecure = OfflineUse::of(false, false);
        let off = OfflineUse::of(true, false);
        assert_eq!(insecure, OfflineUse::InsecureAddress);
        assert_eq!(off, OfflineUse::TurnedOff);
        assert!(insecure.explanation().unwrap().contains("http://"));
        assert!(off
            .explanation()
            .unwrap()
            .contains("doesn't let sites keep"));
        for reason in [insecure, off] {
            assert!(reason
                .explanation()
                .unwrap()
                .contains("your entries stay on this device"));
        }
    }
}
