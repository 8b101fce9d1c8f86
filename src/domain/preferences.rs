//! How the member wants the journal to look: readable at arm's length, in their light.

use serde::{Deserialize, Serialize};

/// Light or dark, or whatever the phone is set to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Theme {
    #[default]
    MatchDevice,
    Light,
    Dark,
}

/// Text size on top of the browser's own setting (which we always respect).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TextSize {
    #[default]
    Standard,
    Large,
    Larger,
}

/// The page background of each theme (style/app.css), as index.html's `theme-color` gives it.
pub const LIGHT_BAR: &str = "#fbf8f3";
pub const DARK_BAR: &str = "#141a1b";

/// The member's display choices. Fields missing from older saves fall back to defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    pub theme: Theme,
    pub text_size: TextSize,
    /// The list of entries shows dates only: no feelings, no line of what was written (for a
    /// phone read in company).
    pub dates_only: bool,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::MatchDevice, Theme::Light, Theme::Dark];

    /// The value of `data-theme` on `<html>`; the stylesheet keys on it.
    pub fn attribute(self) -> &'static str {
        match self {
            Theme::MatchDevice => "device",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The colour of the phone's status bar, as the `theme-color` meta tags give it for a
    /// phone set to light and to dark: a chosen theme wins over the phone's setting.
    pub fn bar_colours(self) -> [&'static str; 2] {
        match self {
            Theme::MatchDevice => [LIGHT_BAR, DARK_BAR],
            Theme::Light => [LIGHT_BAR, LIGHT_BAR],
            Theme::Dark => [DARK_BAR, DARK_BAR],
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Theme::MatchDevice => "Match my phone",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }
}

impl TextSize {
    pub const ALL: [TextSize; 3] = [TextSize::Standard, TextSize::Large, TextSize::Larger];

    /// The value of `data-text-size` on `<html>`; the stylesheet keys on it.
    pub fn attribute(self) -> &'static str {
        match self {
            TextSize::Standard => "standard",
            TextSize::Large => "large",
            TextSize::Larger => "larger",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            TextSize::Standard => "Standard",
            TextSize::Large => "Large",
            TextSize::Larger => "Larger",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::stored::{decode, PREFERENCES_KEY};

    #[test]
    fn a_chosen_theme_colours_the_status_bar_whatever_the_phone_is_set_to() {
        assert_eq!(Theme::MatchDevice.bar_colours(), [LIGHT_BAR, DARK_BAR]);
        assert_eq!(Theme::Dark.bar_colours(), [DARK_BAR, DARK_BAR]);
        assert_eq!(Theme::Light.bar_colours(), [LIGHT_BAR, LIGHT_BAR]);
        // The bar matches the page it sits above, and the page as first loaded.
        let stylesheet = include_str!("../../style/app.css");
        assert!(stylesheet.contains(&format!("--paper: light-dark({LIGHT_BAR}, {DARK_BAR})")));
        let page = include_str!("../../index.html");
        assert!(page.contains(&format!(
            r#"content="{LIGHT_BAR}" media="(prefers-color-scheme: light)""#
        )));
        assert!(page.contains(&format!(
            r#"content="{DARK_BAR}" media="(prefers-color-scheme: dark)""#
        )));
    }

    #[test]
    fn a_save_missing_a_field_keeps_what_it_has() {
        let read: Preferences = decode(PREFERENCES_KEY, r#"{"text_size":"large"}"#).unwrap();
        assert_eq!(read.text_size, TextSize::Large);
        assert_eq!(read.theme, Theme::MatchDevice);
        let empty: Preferences = decode(PREFERENCES_KEY, "{}").unwrap();
        assert_eq!(empty, Preferences::default());
    }

    #[test]
    fn an_unknown_choice_is_unreadable_not_silently_reset() {
        assert!(decode::<Preferences>(PREFERENCES_KEY, r#"{"theme":"sepia"}"#).is_err());
    }

    #[test]
    fn each_choice_has_a_distinct_attribute_and_label() {
        let attributes: std::collections::HashSet<_> =
            Theme::ALL.iter().map(|t| t.attribute()).collect();
        assert_eq!(attributes.len(), Theme::ALL.len());
        let sizes: std::collections::HashSet<_> =
            TextSize::ALL.iter().map(|t| t.attribute()).collect();
        assert_eq!(sizes.len(), TextSize::ALL.len());
        assert!(TextSize::ALL.iter().all(|s| !s.label().is_empty()));
    }
}
