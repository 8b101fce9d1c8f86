//! The one test server, for the end-to-end tests and the benchmark: `dist/` on a free loopback
//! port, with the fallback to index.html that a real host gives the app's routes. A test can
//! take it off the network, send a new version of a file, and see what was asked of it; the
//! benchmark gives it every file compressed, and it sends them as a real host would.

use std::collections::{BTreeSet, HashMap};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// The built app's folder.
pub fn dist() -> PathBuf {
    let dist = Path::new(env!("CARGO_MANIFEST_DIR")).join("dist");
    assert!(
        dist.join("index.html").is_file(),
        "no release build in dist/: run ./x test, which builds it first"
    );
    dist
}

#[allow(dead_code)] // the benchmark's
/// One file as the benchmark sends it: the browser gets brotli or gzip, as it asks.
pub struct Encoded {
    pub raw: Vec<u8>,
    pub gzip: Vec<u8>,
    pub brotli: Vec<u8>,
    pub kind: &'static str,
}

pub struct Server {
    pub origin: String,
    state: Arc<State>,
}

#[derive(Default)]
struct State {
    root: PathBuf,
    /// Set for the benchmark: every file by its path, compressed ahead of time.
    encoded: Option<HashMap<String, Encoded>>,
    /// Sent instead of the file in dist/ (a new version, as after a deploy).
    replaced: Mutex<HashMap<String, Vec<u8>>>,
    /// Drops every connection unanswered, as a host out of reach would.
    offline: AtomicBool,
    unanswered: AtomicUsize,
    /// Paths starting with one of these are refused (503), as a dropped connection would.
    refused: Mutex<Vec<String>>,
    /// Every path asked for, in order.
    asked: Mutex<Vec<String>>,
    encodings_sent: Mutex<BTreeSet<&'static str>>,
}

impl Server {
    /// Serves dist/ as it is on disk.
    pub fn start() -> Arc<Self> {
        Self::listen(State {
            root: dist(),
            ..State::default()
        })
    }

    #[allow(dead_code)] // the benchmark's (tests/bench), which shares this harness
    /// Serves `files` (the benchmark's: dist/ and its own pages, compressed), falling back to
    /// index.html for the app's routes.
    pub fn start_encoded(files: HashMap<String, Encoded>) -> Arc<Self> {
        Self::listen(State {
            root: dist(),
            encoded: Some(files),
            ..State::default()
        })
    }

    fn listen(state: State) -> Arc<Self> {
        let listener = TcpListener::bind("127.0.0.1:0").expect("no free port");
        let origin = format!("http://{}", listener.local_addr().unwrap());
        let state = Arc::new(state);
        let shared = state.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let state = shared.clone();
                std::thread::spawn(move || state.answer(stream));
            }
        });
        Arc::new(Server { origin, state })
    }

    pub fn go_offline(&self) {
        self.state.offline.store(true, Ordering::SeqCst);
    }

    /// How many requests arrived while it was not answering.
    pub fn requests_unanswered(&self) -> usize {
        self.state.unanswered.load(Ordering::SeqCst)
    }

    /// From now on `path` is answered with `body` instead of the file in dist/.
    pub fn serve_instead(&self, path: &str, body: impl Into<Vec<u8>>) {
        self.state
            .replaced
            .lock()
            .unwrap()
            .insert(path.to_owned(), body.into());
    }

    /// From now on every path starting with `prefix` gets "503 Service Unavailable".
    pub fn refuse(&self, prefix: &str) {
        self.state.refused.lock().unwrap().push(prefix.to_owned());
    }

    /// Answers again what `refuse` refused.
    pub fn stop_refusing(&self) {
        self.state.refused.lock().unwrap().clear();
    }

    /// Every path asked for so far.
    pub fn asked(&self) -> Vec<String> {
        self.state.asked.lock().unwrap().clone()
    }

    #[allow(dead_code)] // the benchmark's
    /// Which encodings the browser was sent (what the benchmark's timings were measured with).
    pub fn encodings_sent(&self) -> BTreeSet<&'static str> {
        self.state.encodings_sent.lock().unwrap().clone()
    }
}

impl State {
    fn answer(&self, mut stream: TcpStream) {
        let mut reader = BufReader::new(stream.try_clone().unwrap());
        let mut request_line = String::new();
        if reader.read_line(&mut request_line).is_err() {
            return;
        }
        if self.offline.load(Ordering::SeqCst) {
            self.unanswered.fetch_add(1, Ordering::SeqCst);
            let _ = stream.shutdown(std::net::Shutdown::Both);
            return;
        }
        let mut accepted = String::new();
        let mut header = String::new();
        while reader
            .read_line(&mut header)
            .map(|n| n > 2)
            .unwrap_or(false)
        {
            if let Some((name, value)) = header.split_once(':') {
                if name.eq_ignore_ascii_case("accept-encoding") {
                    accepted = value.to_ascii_lowercase();
                }
            }
            header.clear();
        }
        let path = request_line.split_whitespace().nth(1).unwrap_or("/");
        let path = path.split(['?', '#']).next().unwrap_or("/").to_owned();
        self.asked.lock().unwrap().push(path.clone());

        let replaced = self.replaced.lock().unwrap().get(&path).cloned();
        let refused = self
            .refused
            .lock()
            .unwrap()
            .iter()
            .any(|prefix| path.starts_with(prefix.as_str()));
        let (status, encoding, body, kind) = if refused {
            (
                "503 Service Unavailable",
                None,
                b"refused".to_vec(),
                "text/plain",
            )
        } else if let Some(body) = replaced {
            ("200 OK", None, body, content_type(Path::new(&path)))
        } else if let Some(files) = &self.encoded {
            // The app's routes fall back to index.html, as the README asks of a host.
            let found = files.get(&path).or_else(|| {
                let file = resolve(&self.root, &path)?;
                files.get(&format!("/{}", file.file_name()?.to_string_lossy()))
            });
            match found {
                Some(file) => {
                    let accepts =
                        |name: &str| accepted.split(',').any(|e| e.trim().starts_with(name));
                    let (encoding, bytes) = if accepts("br") {
                        ("br", &file.brotli)
                    } else if accepts("gzip") {
                        ("gzip", &file.gzip)
                    } else {
                        ("identity", &file.raw)
                    };
                    self.encodings_sent.lock().unwrap().insert(encoding);
                    let encoding = (encoding != "identity").then_some(encoding);
                    ("200 OK", encoding, bytes.clone(), file.kind)
                }
                None => not_found(),
            }
        } else {
            match resolve(&self.root, &path) {
                Some(file) => (
                    "200 OK",
                    None,
                    std::fs::read(&file).unwrap_or_default(),
                    content_type(&file),
                ),
                None => not_found(),
            }
        };
        let encoded = encoding
            .map(|e| format!("Content-Encoding: {e}\r\n"))
            .unwrap_or_default();
        let head = format!(
            "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\n{encoded}Content-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
            body.len()
        );
        let _ = stream.write_all(head.as_bytes());
        let _ = stream.write_all(&body);
    }
}

fn not_found() -> (&'static str, Option<&'static str>, Vec<u8>, &'static str) {
    ("404 Not Found", None, b"not found".to_vec(), "text/plain")
}

/// A file under `root`; for an app route (no file extension) the app shell, index.html.
pub fn resolve(root: &Path, path: &str) -> Option<PathBuf> {
    if path.split('/').any(|part| part == "..") {
        return None;
    }
    let file = root.join(path.trim_start_matches('/'));
    if file.is_file() {
        return Some(file);
    }
    let last = path.rsplit('/').next().unwrap_or("");
    (!last.contains('.')).then(|| root.join("index.html"))
}

pub fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript",
        "wasm" => "application/wasm",
        "css" => "text/css",
        "svg" => "image/svg+xml",
        "json" | "webmanifest" => "application/json",
        "png" => "image/png",
        _ => "application/octet-stream",
    }
}
