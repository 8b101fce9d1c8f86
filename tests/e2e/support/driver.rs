//! A WebDriver server of the test's own (chromedriver, WebKitWebDriver, geckodriver): started in
//! its own process group on a port it picks itself, so parallel tests never race for one, and
//! ended with its whole group (the browser included) even when a test fails half-way.

use std::collections::HashSet;
use std::path::Path;
use std::time::{Duration, Instant};

use tokio::process::{Child, Command};

use super::engine::Engine;
use super::PATIENCE;

pub struct Driver {
    child: Child,
    pub port: u16,
}

impl Driver {
    pub async fn start(engine: Engine, environment: &[(String, String)]) -> Driver {
        let (program, args) = engine.driver();
        // A start that fails (it happens rarely under load) is tried again.
        for _ in 0..3 {
            let mut child = Command::new(&program)
                .args(&args)
                .envs(environment.iter().cloned())
                .stdin(std::process::Stdio::null())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .kill_on_drop(true)
                .process_group(0)
                .spawn()
                .unwrap_or_else(|e| {
                    panic!("could not start {program}: {e} (./x test installs it)")
                });
            let group = child.id().expect("the driver has a process id") as i32;
            let started = Instant::now();
            while started.elapsed() < PATIENCE {
                if let Some(port) = listening_port(group) {
                    return Driver { child, port };
                }
                if child.try_wait().ok().flatten().is_some() {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            end_group(group);
            let _ = child.kill().await;
        }
        panic!("{} ({program}) did not start after 3 tries", engine.name());
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        if let Some(group) = self.child.id() {
            end_group(group as i32);
        }
    }
}

fn end_group(group: i32) {
    let _ = std::process::Command::new("kill")
        .args(["-KILL", "--", &format!("-{group}")])
        .stderr(std::process::Stdio::null())
        .status();
}

/// The TCP port a process of `group` listens on, read from /proc: the drivers choose their own
/// port with `--port=0`, and not all of them say which.
fn listening_port(group: i32) -> Option<u16> {
    let mut sockets = HashSet::new();
    for entry in std::fs::read_dir("/proc").ok()?.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .filter(|n| n.bytes().all(|b| b.is_ascii_digit()))
        else {
            continue;
        };
        if process_group(pid) != Some(group) {
            continue;
        }
        let Ok(descriptors) = std::fs::read_dir(Path::new("/proc").join(pid).join("fd")) else {
            continue;
        };
        for descriptor in descriptors.flatten() {
            if let Ok(target) = std::fs::read_link(descriptor.path()) {
                let target = target.to_string_lossy().into_owned();
                if let Some(inode) = target
                    .strip_prefix("socket:[")
                    .and_then(|rest| rest.strip_suffix(']'))
                {
                    sockets.insert(inode.to_owned());
                }
            }
        }
    }
    for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
        let Ok(text) = std::fs::read_to_string(table) else {
            continue;
        };
        for line in text.lines().skip(1) {
            let fields: Vec<&str> = line.split_whitespace().collect();
            // local address, remote address, state (0A = listening), ..., inode
            let (Some(local), Some(state), Some(inode)) =
                (fields.get(1), fields.get(3), fields.get(9))
            else {
                continue;
            };
            if *state == "0A" && sockets.contains(*inode) {
                let port = local.rsplit(':').next()?;
                return u16::from_str_radix(port, 16).ok();
            }
        }
    }
    None
}

/// The process group of a process, from /proc/PID/stat (the fifth field, after the name).
fn process_group(pid: &str) -> Option<i32> {
    let stat = std::fs::read_to_string(Path::new("/proc").join(pid).join("stat")).ok()?;
    let after_name = &stat[stat.rfind(')')? + 1..];
    after_name.split_whitespace().nth(2)?.parse().ok()
}
