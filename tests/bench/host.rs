//! The benchmark's own host for dist/: every file compressed once (gzip -9 and brotli 11) and
//! sent the way a real static host would (brotli or gzip, as the browser asks), so Slow 4G
//! carries what a member's phone would download. It also serves the plain-HTML baseline page.

use std::collections::{BTreeSet, HashMap};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::sync::{Arc, Mutex};

use crate::support::{content_type, dist, resolve};

/// One kind of file we ship, summed over its files.
pub struct Shipped {
    pub kind: &'static str,
    pub raw: usize,
    pub gzip: usize,
    pub brotli: usize,
}

struct Body {
    raw: Vec<u8>,
    gzip: Vec<u8>,
    brotli: Vec<u8>,
    kind: &'static str,
}

pub struct Host {
    pub origin: String,
    pub shipped: Vec<Shipped>,
    /// Which encodings the browser was actually sent (what the timings were measured with).
    pub encodings_sent: Arc<Mutex<BTreeSet<&'static str>>>,
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).unwrap();
    out
}

fn body(raw: Vec<u8>, kind: &'static str) -> Body {
    Body {
        gzip: gzip(&raw),
        brotli: brotli(&raw),
        raw,
        kind,
    }
}

/// Compresses every file in dist/ and the benchmark's own static `pages` (path, HTML), and
/// starts serving them.
pub fn start(pages: &[(&str, String)]) -> Host {
    let root = dist();
    let mut files = HashMap::new();
    for entry in std::fs::read_dir(&root).unwrap().flatten() {
        let path = entry.path();
        let name = format!("/{}", path.file_name().unwrap().to_string_lossy());
        files.insert(
            name,
            body(std::fs::read(&path).unwrap(), content_type(&path)),
        );
    }
    for (path, html) in pages {
        files.insert(
            path.to_string(),
            body(html.as_bytes().to_vec(), "text/html; charset=utf-8"),
        );
    }

    let mut shipped = Vec::new();
    for kind in ["wasm", "js", "css", "html"] {
        let mut sum = Shipped {
            kind,
            raw: 0,
            gzip: 0,
            brotli: 0,
        };
        for (name, file) in &files {
            // sw.js is fetched by the service worker after the page is up, not to show it;
            // the static pages are the benchmark's, not the app's.
            let ours = pages.iter().any(|(path, _)| path == name);
            if name.ends_with(&format!(".{kind}")) && name != "/sw.js" && !ours {
                sum.raw += file.raw.len();
                sum.gzip += file.gzip.len();
                sum.brotli += file.brotli.len();
            }
        }
        shipped.push(sum);
    }

    let listener = TcpListener::bind("127.0.0.1:0").expect("no free port");
    let origin = format!("http://{}", listener.local_addr().unwrap());
    let files = Arc::new(files);
    let encodings_sent = Arc::new(Mutex::new(BTreeSet::new()));
    let sent = encodings_sent.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let (root, files, sent) = (root.clone(), files.clone(), sent.clone());
            std::thread::spawn(move || answer(stream, &root, &files, &sent));
        }
    });
    Host {
        origin,
        shipped,
        encodings_sent,
    }
}

fn answer(
    mut stream: TcpStream,
    root: &Path,
    files: &HashMap<String, Body>,
    sent: &Mutex<BTreeSet<&'static str>>,
) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
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
    let path = path.split(['?', '#']).next().unwrap_or("/");
    // The app's routes fall back to index.html, as the README asks of a host.
    let found = files.get(path).or_else(|| {
        let file = resolve(root, path)?;
        files.get(&format!("/{}", file.file_name()?.to_string_lossy()))
    });
    let Some(file) = found else {
        let _ = stream
            .write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        return;
    };
    let accepts = |name: &str| accepted.split(',').any(|e| e.trim().starts_with(name));
    let (encoding, bytes) = if accepts("br") {
        ("br", &file.brotli)
    } else if accepts("gzip") {
        ("gzip", &file.gzip)
    } else {
        ("identity", &file.raw)
    };
    sent.lock().unwrap().insert(encoding);
    let encoded = match encoding {
        "identity" => String::new(),
        other => format!("Content-Encoding: {other}\r\n"),
    };
    let head = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: {}\r\n{encoded}Content-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        file.kind,
        bytes.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(bytes);
}
