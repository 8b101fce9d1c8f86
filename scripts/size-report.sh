#!/usr/bin/env bash
# Prints the size of what we ship (raw and gzip -9), by kind, from a built dist/ folder.
set -euo pipefail
dist="${1:-dist}"
[ -f "$dist/index.html" ] || { echo "no build in $dist: run ./x bench" >&2; exit 1; }

row() { printf '%-8s %12s %12s\n' "$1" "$2" "$3"; }
total_raw=0 total_gz=0
row kind "raw bytes" "gzip bytes"
for kind in wasm js css html; do
    raw=0 gz=0
    while IFS= read -r -d '' file; do
        raw=$((raw + $(wc -c <"$file")))
        gz=$((gz + $(gzip -9 -c "$file" | wc -c)))
    done < <(find "$dist" -type f -name "*.$kind" -print0)
    row "$kind" "$raw" "$gz"
    total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz))
done
row total "$total_raw" "$total_gz"
