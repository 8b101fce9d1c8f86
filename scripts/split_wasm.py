"""Splits Trunk's staged app into the first page and parts loaded later (used by post_build.py).

Trunk has already built the app with the `split` feature (index.html asks for it) and the
linker kept its relocations (build.rs). Here, in Trunk's staging directory:

1. `wasm-split-cli` cuts cargo's raw wasm at the split points (src/ui/parts.rs): the main
   wasm, one `split_<part>.wasm` per part, `chunk_<n>.wasm` for code parts share, and the
   loader `__wasm_split.js`, which fetches them next to itself and imports the main js.
2. wasm-bindgen makes the main js and wasm from the main part (exports kept for the parts),
   replacing Trunk's.
3. Release builds: wasm-opt every wasm (Trunk's own wasm-opt is off in index.html).
4. Every part and the loader get a name with a hash of their contents, and the main js and
   wasm one with a hash of everything that ships with them (a changed build never meets an
   old file from a cache); index.html loads the new names, and its integrity values are made
   again.

Without split points in the wasm (a build without the feature) only step 3 runs; if
index.html asked for the split, the build fails instead.
"""

import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

PLACEHOLDER = b"__wasm_split_placeholder__"
LOADER = "__wasm_split.js"
WASM_OPT = [
    "-Oz",
    "--strip-debug",
    "--strip-producers",
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
]
# wasm-bindgen imports the loader once per kind of import: `import * as import1 from "./__wasm_split.js"`.
LOADER_IMPORT = re.compile(r'^(import \* as \w+ from )"\./__wasm_split\.js"', re.MULTILINE)


class SplitError(Exception):
    pass


def run(command):
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise SplitError(f"{command[0]} failed:\n{result.stdout}{result.stderr}")


def content_hash(data):
    return hashlib.sha256(data).hexdigest()[:16]


def staged_app(staging):
    """Trunk's js and wasm: here-and-now-<hash>.js and here-and-now-<hash>_bg.wasm."""
    wasms = list(staging.glob("*_bg.wasm"))
    if len(wasms) != 1:
        raise SplitError(f"expected one *_bg.wasm in {staging}, found {len(wasms)}")
    stem = wasms[0].name[: -len("_bg.wasm")]
    js = staging / f"{stem}.js"
    if not js.is_file():
        raise SplitError(f"no {js.name} beside {wasms[0].name}")
    return stem, js, wasms[0]


def target_directory():
    """Where cargo put the build, however it was told (variable, config or default)."""
    result = subprocess.run(
        ["cargo", "metadata", "--no-deps", "--offline", "--format-version", "1"],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise SplitError(f"cargo metadata failed:\n{result.stderr}")
    return Path(json.loads(result.stdout)["target_directory"])


def split_asked():
    """Whether the page Trunk built asks for the `split` feature (Trunk names it to the hook)."""
    source = os.environ.get("TRUNK_HTML_FILE")
    return bool(source) and 'data-cargo-features="split"' in Path(source).read_text(encoding="utf-8")


def raw_wasm(profile):
    target = target_directory()
    folder = "release" if profile == "release" else "debug"
    path = target / "wasm32-unknown-unknown" / folder / "here-and-now.wasm"
    if not path.is_file():
        raise SplitError(f"cargo's wasm is not at {path}")
    return path


def optimise(wasm):
    run(["wasm-opt", *WASM_OPT, str(wasm), "-o", str(wasm)])


def with_hash(path):
    """Renames `name.ext` to `name-<hash>.ext`; returns the new path."""
    new = path.with_name(f"{path.stem}-{content_hash(path.read_bytes())}{path.suffix}")
    path.rename(new)
    return new


def part_files(work):
    """The parts wasm-split-cli wrote: one per part, then the code they share."""
    return sorted(work.glob("split_*.wasm")) + sorted(work.glob("chunk_*.wasm"))


def rename_parts(work, loader_text):
    """Gives each part a hashed name and points the loader at the new names."""
    for part in part_files(work):
        quoted = f'"./{part.name}"'
        if quoted not in loader_text:
            raise SplitError(f"the loader doesn't name {part.name} as {quoted}")
        loader_text = loader_text.replace(quoted, f'"./{with_hash(part).name}"')
    return loader_text


def attribute(name):
    """`name=value` in a tag, the value quoted or not (Trunk's minified html drops quotes)."""
    return re.compile(rf"""(\b{name}=)("[^"]*"|'[^']*'|[^\s>]+)""", re.IGNORECASE)


LINK = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
HREF, INTEGRITY = attribute("href"), attribute("integrity")


def sri(path):
    return "sha384-" + base64.b64encode(hashlib.sha384(path.read_bytes()).digest()).decode("ascii")


def refresh_integrity(index):
    """Trunk computed its integrity values before the js and wasm were replaced: every
    `<link>` with one gets the value of the file now staged, and each is checked."""
    staging = index.parent
    html = index.read_text(encoding="utf-8")

    def fix(tag):
        tag = tag.group(0)
        href, integrity = HREF.search(tag), INTEGRITY.search(tag)
        if not href or not integrity:
            return tag
        name = href.group(2).strip("\"'").rsplit("/", 1)[-1]
        if not (staging / name).is_file():
            raise SplitError(f"index.html's integrity is for {name}, which isn't built")
        return INTEGRITY.sub(lambda m: m.group(1) + f'"{sri(staging / name)}"', tag)

    index.write_text(LINK.sub(fix, html), encoding="utf-8")


def split(staging, profile):
    """Returns a line saying what was done."""
    release = profile == "release"
    stem, js, wasm = staged_app(staging)
    raw = raw_wasm(profile)
    if PLACEHOLDER not in raw.read_bytes():
        if split_asked():
            raise SplitError(f"index.html asks for the split, but {raw} has no split points")
        if release:
            optimise(wasm)
            refresh_integrity(staging / "index.html")
        return "no split points in the wasm: one file"
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        run(["wasm-split-cli", str(raw), str(work), "--target", "web", "--out-name", stem])
        main_part = work / f"{stem}.wasm"
        loader = work / LOADER
        if not main_part.is_file() or not loader.is_file():
            raise SplitError("wasm-split-cli wrote no main part or no loader")
        bound = work / "bound"
        run(
            [
                "wasm-bindgen",
                "--target", "web",
                "--no-typescript",
                "--keep-lld-exports",
                "--no-demangle",
                "--out-dir", str(bound),
                "--out-name", stem,
                str(main_part),
            ]
        )
        new_js, new_wasm = bound / f"{stem}.js", bound / f"{stem}_bg.wasm"
        if release:
            # The main wasm takes longest: it starts first, the parts share the other core.
            with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
                list(pool.map(optimise, [new_wasm, *part_files(work)]))
        loader_text = rename_parts(work, loader.read_text(encoding="utf-8"))
        if f'"./{stem}.js"' not in loader_text:
            raise SplitError(f"the loader doesn't import ./{stem}.js")
        # Trunk's name hashes cargo's wasm; what ships is made from it afterwards, so the main
        # js and wasm are named again from everything that ships with them: a changed build
        # never has an old file's name.
        build = hashlib.sha256()
        for data in [new_wasm.read_bytes(), new_js.read_bytes(), loader_text.encode("utf-8")]:
            build.update(hashlib.sha256(data).digest())
        new_stem = f"{stem.rsplit('-', 1)[0]}-{build.hexdigest()[:16]}"
        loader.write_text(loader_text.replace(f'"./{stem}.js"', f'"./{new_stem}.js"'), encoding="utf-8")
        loader = with_hash(loader)
        main_text, imports = LOADER_IMPORT.subn(
            lambda m: f'{m.group(1)}"./{loader.name}"', new_js.read_text(encoding="utf-8")
        )
        if imports == 0:
            raise SplitError(f"the main js doesn't import ./{LOADER}")
        js.unlink()
        wasm.unlink()
        (staging / f"{new_stem}.js").write_text(main_text, encoding="utf-8")
        shutil.copyfile(new_wasm, staging / f"{new_stem}_bg.wasm")
        parts = part_files(work)
        for part in [loader, *parts]:
            shutil.copyfile(part, staging / part.name)
    index = staging / "index.html"
    html = index.read_text(encoding="utf-8")
    if html.count(stem) < 2:
        raise SplitError(f"index.html doesn't load {stem}.js and its wasm")
    index.write_text(html.replace(stem, new_stem), encoding="utf-8")
    refresh_integrity(index)
    return f"split into the first page and {len(parts)} part file(s)"
