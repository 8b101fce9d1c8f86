//! What the benchmark serves: every file of dist/ compressed once (gzip -9 and brotli 11), sent
//! by the tests' server the way a real static host would (brotli or gzip, as the browser asks),
//! so Slow 4G carries what a member's phone would download; also the plain-HTML baseline pages.

use std::collections::HashMap;
use std::io::Write;
use std::sync::Arc;

use crate::support::server::{content_type, dist, Encoded, Server};

/// One kind of file we ship, summed over its files.
pub struct Shipped {
    pub kind: &'static str,
    pub raw: usize,
    pub gzip: usize,
    pub brotli: usize,
}

pub struct Host {
    pub origin: String,
    pub shipped: Vec<Shipped>,
    /// Every file's gzip size, by the path it is served at.
    pub gzip_sizes: HashMap<String, usize>,
    /// The tests' server, sending the compressed files.
    pub server: Arc<Server>,
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

fn body(raw: Vec<u8>, kind: &'static str) -> Encoded {
    Encoded {
        gzip: gzip(&raw),
        brotli: brotli(&raw),
        raw,
        kind,
    }
}

/// Compresses every file in dist/, the benchmark's own static `pages` (path, HTML) and the
/// bare Leptos page's files (`bare`: its build folder, served under /bare/), and starts
/// serving them.
pub fn start(pages: &[(&str, String)], bare: &std::path::Path) -> Host {
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
    for entry in std::fs::read_dir(bare)
        .unwrap_or_else(|_| {
            panic!(
                "no bare Leptos build in {}: ./x bench builds it",
                bare.display()
            )
        })
        .flatten()
    {
        let path = entry.path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let file = body(std::fs::read(&path).unwrap(), content_type(&path));
        if name == "index.html" {
            // Its one route.
            files.insert(
                crate::BARE_PATH.to_owned(),
                body(file.raw.clone(), "text/html; charset=utf-8"),
            );
        }
        files.insert(format!("/bare/{name}"), file);
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
            let ours = pages.iter().any(|(path, _)| path == name)
                || name.starts_with("/bare/")
                || name == crate::BARE_PATH;
            if name.ends_with(&format!(".{kind}")) && name != "/sw.js" && !ours {
                sum.raw += file.raw.len();
                sum.gzip += file.gzip.len();
                sum.brotli += file.brotli.len();
            }
        }
        shipped.push(sum);
    }

    let gzip_sizes = files
        .iter()
        .map(|(name, file)| (name.clone(), file.gzip.len()))
        .collect();
    let server = Server::start_encoded(files);
    Host {
        origin: server.origin.clone(),
        shipped,
        gzip_sizes,
        server,
    }
}
