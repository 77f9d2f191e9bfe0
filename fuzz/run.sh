#!/usr/bin/env bash
# Runs one fuzz target (or all, one after another) on one core, seeded from the fixtures.
#   fuzz/run.sh TARGET [SECONDS]      e.g. fuzz/run.sh segment 300
#   fuzz/run.sh all [SECONDS]
# New inputs go to fuzz/corpus/TARGET (not committed), crashes to fuzz/artifacts/TARGET.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
target="${1:?target: segment, extract, facts, config, load or all}"
seconds="${2:-300}"

seeds() {
  case "$1" in
    config) echo ../fixtures/config ../rules ;;
    *) echo ../fixtures/constructions ../fixtures/seeds ../fixtures/events ;;
  esac
}

run() {
  mkdir -p "corpus/$1"
  # shellcheck disable=SC2046
  cargo +nightly fuzz run -O "$1" "corpus/$1" $(seeds "$1") -- \
    -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1
}

if [ "$target" = all ]; then
  for t in segment extract facts config load; do run "$t"; done
else
  run "$target"
fi
