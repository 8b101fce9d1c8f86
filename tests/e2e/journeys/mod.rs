//! The journeys that matter most, run the same way in every engine members write in: Chromium,
//! WebKit (the engine family of Safari on the iPhone) and Firefox. Each journey is one function
//! taking the engine; `in_every_engine!` makes a test of it per engine, so
//! `cargo test --test e2e webkit` runs WebKit's alone. Where an engine cannot do what Chromium's
//! DevTools do, the journey says what it checks instead.

mod backup;
mod drafts;
mod lock;
mod offline;
mod policy;
mod tabs;
mod writing;

macro_rules! in_every_engine {
    ($($journey:ident),* $(,)?) => {
        mod chromium {
            $(#[tokio::test]
            async fn $journey() {
                super::$journey::run(crate::support::Engine::Chromium).await;
            })*
        }
        mod webkit {
            $(#[tokio::test]
            async fn $journey() {
                super::$journey::run(crate::support::Engine::WebKit).await;
            })*
        }
        mod firefox {
            $(#[tokio::test]
            async fn $journey() {
                super::$journey::run(crate::support::Engine::Firefox).await;
            })*
        }
    };
}

in_every_engine!(writing, drafts, lock, backup, tabs, policy, offline);
