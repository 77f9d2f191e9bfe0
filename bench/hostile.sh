#!/usr/bin/env bash
# Time crosscheck on large hostile inputs, each at half and full size, to show that the cost
# grows linearly with the input (a ratio near 2.0 from half to full size).
#
#   bench/hostile.sh [--no-build] [--dir DIR]
#
# Cases (full size): a 50 MB file with no sentence boundary; quote marks by the hundred
# thousand (500 KB of 100,000 two-letter quotations, 200,000 marks; 800 KB of about 114,000
# unclosed quotations); a single 10 MB line of attributions. Each file is written to DIR (default
# ${TMPDIR:-/tmp}/crosscheck-hostile) and run with `claims --format json` and `check --format
# json` (--max-file-size raised to fit); prints a markdown table of wall and CPU (user +
# system) seconds and peak RSS (GNU time), and the full/half CPU-time ratio. These inputs
# are too big for `cargo test`; tests/pathological.rs keeps 256 KB versions of such cases.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir="${TMPDIR:-/tmp}/crosscheck-hostile"
build=1
while (($#)); do
  case "$1" in
    --no-build) build=0; shift ;;
    --dir) dir=$2; shift 2 ;;
    *) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2 ;;
  esac
done
target="${CARGO_TARGET_DIR:-$repo/target}"
bin="$target/release/crosscheck"
if ((build)); then
  (cd "$repo" && cargo build --release --quiet --bin crosscheck)
fi
command -v /usr/bin/time >/dev/null || { echo "hostile.sh: needs GNU time (/usr/bin/time)" >&2; exit 2; }
mkdir -p "$dir"

# write NAME BYTES UNIT [SEPARATOR]: UNIT repeated to BYTES bytes, in folder NAME.
write() {
  local name=$1 bytes=$2 unit=$3
  mkdir -p "$dir/$name"
  python3 - "$dir/$name/article.txt" "$bytes" "$unit" <<'PY'
import sys
path, size, unit = sys.argv[1], int(sys.argv[2]), sys.argv[3].encode().decode('unicode_escape')
data = (unit * (size // len(unit.encode()) + 1)).encode()[:size]
data = data.decode('utf-8', 'ignore').encode()
open(path, 'wb').write(data)
PY
}

cases=(
  "no-boundary|50000000|word "
  "quotations|500000|\"ab\" "
  "unclosed-quotes|800000|said \""
  "one-line|10000000|The minister said that the plan would fail, according to officials. "
)

echo "| input | size | command | wall (s) | CPU (s) | peak RSS | CPU full/half |"
echo "| --- | ---: | --- | ---: | ---: | ---: | ---: |"
for c in "${cases[@]}"; do
  IFS='|' read -r name bytes unit <<<"$c"
  for cmd in claims check; do
    prev=""
    for size in $((bytes / 2)) "$bytes"; do
      write "$name-$size" "$size" "$unit"
      tf=$(mktemp)
      /usr/bin/time -f '%e %U %S %M' -o "$tf" "$bin" "$cmd" "$dir/$name-$size" --format json \
        --max-file-size $((bytes * 2)) >/dev/null 2>"$dir/stderr.txt" || true
      read -r wall user sys rss <"$tf"
      rm -f "$tf"
      cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
      ratio=""
      if [[ -n $prev ]]; then ratio=$(awk -v a="$cpu" -v b="$prev" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'); fi
      echo "| $name | $size | \`$cmd\` | $wall | $cpu | $((rss / 1024)) MiB | $ratio |"
      prev=$cpu
    done
  done
done
