//! Keeping the journal on an iPhone or iPad: Safari there may clear a website's storage after
//! 7 days of use without a visit, unless the site is on the Home Screen (which then keeps its
//! own storage). Whether to say so is decided here, from what the browser tells about itself.

/// Safari on an iPhone, iPod or iPad. iPadOS reports a Mac ("Macintosh") but has a touch
/// screen, which no Mac has; other browsers on iOS name themselves (CriOS, FxiOS, EdgiOS…) and
/// put "Add to Home Screen" elsewhere, so the steps we show would not fit them.
pub fn is_ios_safari(user_agent: &str, max_touch_points: u32) -> bool {
    let ios_device = ["iPhone", "iPad", "iPod"]
        .iter()
        .any(|device| user_agent.contains(device))
        || (user_agent.contains("Macintosh") && max_touch_points > 1);
    let other_browser = [
        "CriOS",
        "FxiOS",
        "EdgiOS",
        "OPiOS",
        "GSA/",
        "FBAN",
        "Instagram",
    ]
    .iter()
    .any(|name| user_agent.contains(name));
    ios_device && user_agent.contains("Safari/") && !other_browser
}

/// Whether to show how to keep the journal: in Safari on iOS or iPadOS, and not already
/// opened from the Home Screen (`display-mode: standalone`, or Safari's `navigator.standalone`).
pub fn suggest_home_screen(user_agent: &str, max_touch_points: u32, standalone: bool) -> bool {
    !standalone && is_ios_safari(user_agent, max_touch_points)
}

#[cfg(test)]
mod tests {
    use super::*;

    const IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
    const IPAD_AS_MAC: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15";
    const CHROME_ON_IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1";
    const ANDROID: &str = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36";

    #[test]
    fn safari_on_an_iphone_or_ipad_is_told_until_it_runs_from_the_home_screen() {
        assert!(suggest_home_screen(IPHONE, 5, false));
        assert!(!suggest_home_screen(IPHONE, 5, true), "on the Home Screen");
        // iPadOS says "Macintosh", but has touch points.
        assert!(suggest_home_screen(IPAD_AS_MAC, 5, false));
        assert!(!suggest_home_screen(IPAD_AS_MAC, 0, false), "a real Mac");
    }

    #[test]
    fn other_browsers_are_not_given_safaris_steps() {
        assert!(!suggest_home_screen(CHROME_ON_IPHONE, 5, false));
        assert!(!suggest_home_screen(ANDROID, 5, false));
        assert!(!suggest_home_screen("", 0, false));
    }
}
