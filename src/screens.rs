//! The screens of the app: where each one lives, what it is called, and which appear in the
//! bottom navigation. Plain data, so the router, the navigation and the tests agree.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Home,
    Prepare,
    Reflect,
    History,
    Insights,
    Settings,
    Install,
    /// The chosen sessions laid out for paper, to share with a therapist.
    PrintView,
    /// The end of a preparation or reflection (at `/done/<session id>`).
    Closing,
    /// Discomfort or danger: the difference, a few steps to steady yourself, and the member's
    /// own people to reach. Linked from Home, not in the bottom navigation.
    Unsafe,
    /// One part of Settings on a page of its own, opened from its row (`/settings/<slug>`).
    Setting(SettingsPage),
    NotFound,
}

/// The parts of Settings that open from its list of rows, each at its own address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingsPage {
    Lock,
    Backups,
    Schedule,
    Prompts,
    Display,
    OwnWords,
    People,
    Storage,
    DeleteEverything,
}

impl SettingsPage {
    pub const ALL: [SettingsPage; 9] = [
        SettingsPage::Lock,
        SettingsPage::Backups,
        SettingsPage::Schedule,
        SettingsPage::Prompts,
        SettingsPage::Display,
        SettingsPage::OwnWords,
        SettingsPage::People,
        SettingsPage::Storage,
        SettingsPage::DeleteEverything,
    ];

    /// The last part of its address.
    pub fn slug(self) -> &'static str {
        match self {
            SettingsPage::Lock => "lock",
            SettingsPage::Backups => "backups",
            SettingsPage::Schedule => "schedule",
            SettingsPage::Prompts => "prompts",
            SettingsPage::Display => "display",
            SettingsPage::OwnWords => "words",
            SettingsPage::People => "people",
            SettingsPage::Storage => "storage",
            SettingsPage::DeleteEverything => "delete",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|page| page.slug() == slug)
    }

    /// What its row in Settings is called.
    pub fn row_label(self) -> &'static str {
        match self {
            SettingsPage::Lock => "Lock",
            SettingsPage::Backups => "Backups",
            SettingsPage::Schedule => "Group",
            SettingsPage::Prompts => "Prompts",
            SettingsPage::Display => "Text size and colours",
            SettingsPage::OwnWords => "Your own emotion words",
            SettingsPage::People => "People in my group",
            SettingsPage::Storage => "Keeping your journal",
            SettingsPage::DeleteEverything => "Delete everything\u{2026}",
        }
    }

    fn heading(self) -> &'static str {
        match self {
            SettingsPage::Lock => "Lock",
            SettingsPage::Backups => "Backups",
            SettingsPage::Schedule => "Group schedule",
            SettingsPage::Prompts => "Prompts",
            SettingsPage::Display => "Text size and colours",
            SettingsPage::OwnWords => "Your own emotion words",
            SettingsPage::People => "People in my group",
            SettingsPage::Storage => "Keeping your journal",
            SettingsPage::DeleteEverything => "Delete everything",
        }
    }
}

impl Screen {
    /// Every screen a member can reach by a link.
    pub const ROUTED: [Screen; 18] = [
        Screen::Home,
        Screen::Prepare,
        Screen::Reflect,
        Screen::History,
        Screen::Insights,
        Screen::Settings,
        Screen::Install,
        Screen::PrintView,
        Screen::Unsafe,
        Screen::Setting(SettingsPage::Lock),
        Screen::Setting(SettingsPage::Backups),
        Screen::Setting(SettingsPage::Schedule),
        Screen::Setting(SettingsPage::Prompts),
        Screen::Setting(SettingsPage::Display),
        Screen::Setting(SettingsPage::OwnWords),
        Screen::Setting(SettingsPage::People),
        Screen::Setting(SettingsPage::Storage),
        Screen::Setting(SettingsPage::DeleteEverything),
    ];

    /// The bottom navigation, in thumb order. Settings sits in the top bar: six labels do not
    /// fit readably across a 320 px phone.
    pub const NAVIGATION: [Screen; 5] = [
        Screen::Home,
        Screen::Prepare,
        Screen::Reflect,
        Screen::History,
        Screen::Insights,
    ];

    pub fn path(self) -> &'static str {
        match self {
            Screen::Setting(page) => match page {
                SettingsPage::Lock => "/settings/lock",
                SettingsPage::Backups => "/settings/backups",
                SettingsPage::Schedule => "/settings/schedule",
                SettingsPage::Prompts => "/settings/prompts",
                SettingsPage::Display => "/settings/display",
                SettingsPage::OwnWords => "/settings/words",
                SettingsPage::People => "/settings/people",
                SettingsPage::Storage => "/settings/storage",
                SettingsPage::DeleteEverything => "/settings/delete",
            },
            Screen::Home => "/",
            Screen::Prepare => "/prepare",
            Screen::Reflect => "/reflect",
            Screen::History => "/history",
            Screen::Insights => "/insights",
            Screen::Settings => "/settings",
            Screen::Install => "/install",
            Screen::PrintView => "/history/print",
            Screen::Closing => "/done",
            Screen::Unsafe => "/unsafe",
            Screen::NotFound => "/not-found",
        }
    }

    /// The short word in the navigation bar.
    pub fn nav_label(self) -> &'static str {
        match self {
            Screen::Home => "Home",
            Screen::Prepare => "Prepare",
            Screen::Reflect => "Reflect",
            Screen::History => "History",
            Screen::Insights => "Insights",
            Screen::Settings => "Settings",
            Screen::Install => "Install",
            Screen::PrintView => "Print view",
            Screen::Closing => "Kept",
            Screen::Unsafe => "Uncomfortable or unsafe?",
            Screen::Setting(page) => page.row_label(),
            Screen::NotFound => "Not found",
        }
    }

    /// The page's main heading, which also gets focus when the page opens.
    pub fn heading(self) -> &'static str {
        match self {
            Screen::Home => "Your journal",
            Screen::Prepare => "Before group",
            Screen::Reflect => "After group",
            Screen::History => "Your entries",
            Screen::Insights => "Looking back",
            Screen::Settings => "Settings",
            Screen::Install => "Install the app",
            // The printed page's title, too.
            Screen::PrintView => crate::domain::readable::TITLE,
            Screen::Closing => "Kept",
            Screen::Unsafe => "Uncomfortable or unsafe?",
            Screen::Setting(page) => page.heading(),
            Screen::NotFound => "We couldn't find that page",
        }
    }

    /// Whether `path` is inside a guided flow, which fills the screen: no top bar, no bottom
    /// navigation, only the flow's own way out.
    pub fn is_flow(path: &str) -> bool {
        [Screen::Prepare, Screen::Reflect].iter().any(|flow| {
            path.strip_prefix(flow.path())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
        })
    }

    /// The browser tab's title: the page first, so it reads well in a list of tabs.
    pub fn document_title(self) -> String {
        match self {
            Screen::Home => "Here & Now".to_owned(),
            other => format!("{} · Here & Now", other.heading()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_routed_screen_has_its_own_path_heading_and_title() {
        let paths: HashSet<_> = Screen::ROUTED.iter().map(|s| s.path()).collect();
        let headings: HashSet<_> = Screen::ROUTED.iter().map(|s| s.heading()).collect();
        let titles: HashSet<_> = Screen::ROUTED.iter().map(|s| s.document_title()).collect();
        assert_eq!(paths.len(), Screen::ROUTED.len());
        assert_eq!(headings.len(), Screen::ROUTED.len());
        assert_eq!(titles.len(), Screen::ROUTED.len());
        assert!(Screen::ROUTED.iter().all(|s| s.path().starts_with('/')));
    }

    #[test]
    fn navigation_holds_only_routed_screens_and_starts_at_home() {
        assert_eq!(Screen::NAVIGATION[0], Screen::Home);
        for screen in Screen::NAVIGATION {
            assert!(Screen::ROUTED.contains(&screen), "{screen:?} is not routed");
        }
        // Reached from Home (and Settings), never a place in the bar.
        assert!(Screen::ROUTED.contains(&Screen::Unsafe));
        assert!(!Screen::NAVIGATION.contains(&Screen::Unsafe));
    }

    #[test]
    fn only_the_flows_fill_the_screen() {
        for path in [
            "/prepare",
            "/prepare/quick",
            "/reflect/session/s1",
            "/reflect",
        ] {
            assert!(Screen::is_flow(path), "{path}");
        }
        for path in ["/", "/done/s1", "/history", "/reflections", "/settings"] {
            assert!(!Screen::is_flow(path), "{path}");
        }
    }

    #[test]
    fn each_part_of_settings_has_its_own_address_under_settings() {
        for page in SettingsPage::ALL {
            let path = Screen::Setting(page).path();
            assert_eq!(path, format!("/settings/{}", page.slug()));
            assert_eq!(SettingsPage::from_slug(page.slug()), Some(page));
            assert!(Screen::ROUTED.contains(&Screen::Setting(page)), "{page:?}");
            assert!(!Screen::is_flow(path));
        }
        assert_eq!(SettingsPage::from_slug("backup-heading"), None);
        // Deleting everything is the last row, and looks like no other.
        assert_eq!(
            SettingsPage::ALL.last(),
            Some(&SettingsPage::DeleteEverything)
        );
    }

    #[test]
    fn titles_name_the_page_then_the_app() {
        assert_eq!(Screen::Home.document_title(), "Here & Now");
        assert_eq!(Screen::Reflect.document_title(), "After group · Here & Now");
        assert_eq!(
            Screen::Unsafe.document_title(),
            "Uncomfortable or unsafe? · Here & Now"
        );
    }
}
