#!/usr/bin/env python3
"""Trunk post_build hook (see Trunk.toml): finishes the staged build before Trunk moves it to dist/.

0. The split: the first page's code in the main wasm, the other pages in parts fetched later
   (scripts/split_wasm.py).
1. Content-Security-Policy: Trunk injects an inline <script> that loads the wasm. We hash every
   inline script in the staged index.html and put a <meta http-equiv="Content-Security-Policy">
   first in <head>, so the page runs only our own files and those exact scripts.
2. Service worker: fills sw.js with the list of built files to keep for offline use and a build
   version made from their contents (a rebuild that changes nothing keeps the same version).

Runs with TRUNK_STAGING_DIR and TRUNK_PUBLIC_URL set by Trunk; fails the build on any surprise.
"""

import base64
import hashlib
import json
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import split_wasm  # noqa: E402

# The policy, in one place; README.md shows the same as an HTTP header.
POLICY = [
    ("default-src", ["'none'"]),
    ("script-src", ["'self'", "{hashes}", "'wasm-unsafe-eval'"]),
    ("style-src", ["'self'"]),
    ("img-src", ["'self'", "data:", "blob:"]),
    ("font-src", ["'self'"]),
    # wasm-bindgen's loader fetch()es the .wasm file.
    ("connect-src", ["'self'"]),
    ("manifest-src", ["'self'"]),
    ("worker-src", ["'self'"]),
    ("base-uri", ["'none'"]),
    ("form-action", ["'none'"]),
]

SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
HAS_SRC = re.compile(r"\bsrc\s*=", re.IGNORECASE)
# The minifier drops the optional <head> tag, so the charset declaration is the anchor.
CHARSET = re.compile(r"<meta\s+charset\s*=[^>]*>", re.IGNORECASE)
HEAD = re.compile(r"<head\b[^>]*>", re.IGNORECASE)
EXISTING = re.compile(r"http-equiv\s*=\s*[\"']?content-security-policy", re.IGNORECASE)

SW_FILE = "sw.js"
VERSION_MARK = "__HERE_AND_NOW_BUILD__"
FILES_MARK = '["__HERE_AND_NOW_FILES__"]'


def fail(message):
    print(f"post_build: {message}", file=sys.stderr)
    sys.exit(1)


def sha256_source(text):
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def policy(hashes):
    directives = []
    for name, sources in POLICY:
        values = []
        for source in sources:
            values.extend(hashes if source == "{hashes}" else [source])
        directives.append(" ".join([name] + values))
    return "; ".join(directives)


def add_policy(index):
    html = index.read_text(encoding="utf-8")
    if EXISTING.search(html):
        fail(f"{index} already has a Content-Security-Policy")
    inline = [body for attrs, body in SCRIPT.findall(html) if not HAS_SRC.search(attrs)]
    if not inline:
        fail(f"no inline <script> in {index}: has Trunk changed how it loads the app?")
    hashes = sorted({sha256_source(body) for body in inline})
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(hashes)}">'
    anchor = CHARSET.search(html) or HEAD.search(html)
    if not anchor:
        fail(f"neither <meta charset> nor <head> found in {index}")
    html = html[: anchor.end()] + meta + html[anchor.end() :]
    if html.index(meta) > html.lower().find("<script"):
        fail("the policy would come after a script")
    index.write_text(html, encoding="utf-8")
    print(f"post_build: Content-Security-Policy with {len(hashes)} script hash(es)")


def fill_service_worker(staging, public_url):
    worker = staging / SW_FILE
    if not worker.is_file():
        fail(f"no {SW_FILE} in the build: index.html copies it with data-trunk rel=copy-file")
    files = sorted(
        path.relative_to(staging).as_posix()
        for path in staging.rglob("*")
        if path.is_file() and path.name != SW_FILE
    )
    version = hashlib.sha256()
    for name in files:
        version.update(name.encode("utf-8") + b"\0")
        version.update((staging / name).read_bytes())
    urls = [public_url + name for name in files]
    source = worker.read_text(encoding="utf-8")
    if VERSION_MARK not in source or FILES_MARK not in source:
        fail(f"{SW_FILE} lacks {VERSION_MARK} or {FILES_MARK}")
    source = source.replace(VERSION_MARK, version.hexdigest()[:16])
    source = source.replace(FILES_MARK, json.dumps(urls, indent=2))
    worker.write_text(source, encoding="utf-8")
    print(f"post_build: {SW_FILE} keeps {len(urls)} files offline")


def main():
    staging = os.environ.get("TRUNK_STAGING_DIR")
    if not staging:
        fail("TRUNK_STAGING_DIR is not set: Trunk runs this hook")
    staging = Path(staging)
    public_url = os.environ.get("TRUNK_PUBLIC_URL") or "/"
    if not public_url.endswith("/"):
        public_url += "/"
    try:
        print(f"post_build: {split_wasm.split(staging, os.environ.get('TRUNK_PROFILE', 'debug'))}")
    except split_wasm.SplitError as error:
        fail(f"splitting the wasm: {error}")
    add_policy(staging / "index.html")
    # After the policy, so the version covers the index.html that will be served.
    fill_service_worker(staging, public_url)


if __name__ == "__main__":
    main()
