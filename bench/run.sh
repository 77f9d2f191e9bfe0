#!/usr/bin/env bash
# Benchmark crosscheck on generated corpora.
#
#   bench/run.sh [options] [SIZE...]        default sizes: 1000 10000
#   bench/run.sh --scaling [options]        sizes 25000 50000 100000 200000, with the ratios of
#                                           each size's wall and CPU time to the previous size's
#                                           (2.00 for twice the articles is linear)
#
# Options:
#   --runs N          runs per measurement; the median is reported (default 3)
#   --threads "A B"   RAYON_NUM_THREADS values to compare (default "1 $(nproc)")
#   --seed S          generator seed (default 1)
#   --per-event K     articles per event: events = SIZE / K (default 10)
#   --dir DIR         where corpora and outputs go (default ${TMPDIR:-/tmp}/crosscheck-bench)
#   --no-build        use the binaries already built
#   --keep-outputs    keep the JSON outputs (default: deleted after comparing)
#
# For each size it builds (once) `crosscheck` and the `gen_corpus` example in release mode,
# generates DIR/corpus-SIZE-EVENTS-sSEED (reused when it was generated with the same
# parameters by the same generator source), then times
#
#   crosscheck claims CORPUS --format json > FILE
#   crosscheck check  CORPUS --format json > FILE
#
# RUNS times at each thread count, and prints a markdown table to stdout: median wall time,
# throughput in MB/s of article bytes (files as read, front matter included; MB = 10^6 bytes)
# at the highest thread count, MB/s per core (article MB over the median CPU time, user +
# system, at the highest thread count: unlike wall time it holds when other jobs share the
# machine), the 1-thread wall time and throughput, the speed-up from the lowest to the highest
# thread count, and the peak resident set size (GNU time's "Maximum resident set size",
# `/usr/bin/time -f %M`). Without GNU time (Debian package `time`) CPU time and RSS show as
# n/a and MB/s per core is wall-time throughput over the thread count. Progress goes to
# stderr. Outputs at different thread counts must be byte-identical; a difference is reported
# loudly and the script exits 1 at the end. Exit 2 on a usage error or a failed run.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=3
threads="1 $(nproc)"
seed=1
per_event=10
dir="${TMPDIR:-/tmp}/crosscheck-bench"
build=1
keep=0
scaling=0
sizes=()

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2; }

while (($#)); do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --per-event) per_event=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --keep-outputs) keep=1; shift ;;
    --scaling) scaling=1; shift ;;
    -h|--help) usage ;;
    -*) echo "run.sh: unknown option $1" >&2; usage ;;
    *) [[ $1 =~ ^[0-9]+$ ]] || { echo "run.sh: not a size: $1" >&2; exit 2; }; sizes+=("$1"); shift ;;
  esac
done
if ((${#sizes[@]} == 0)); then
  if ((scaling)); then sizes=(25000 50000 100000 200000); else sizes=(1000 10000); fi
fi
read -r -a thread_list <<<"$threads"
lo_t=${thread_list[0]}
hi_t=${thread_list[${#thread_list[@]}-1]}

log() { echo "[bench] $*" >&2; }

target="${CARGO_TARGET_DIR:-$repo/target}"
bin="$target/release/crosscheck"
gen="$target/release/examples/gen_corpus"
if ((build)); then
  log "building release binaries"
  (cd "$repo" && cargo build --release --quiet --bin crosscheck --example gen_corpus)
fi
[[ -x $bin && -x $gen ]] || { echo "run.sh: $bin or $gen missing (build first)" >&2; exit 2; }

gnu_time=""
if [[ -x /usr/bin/time ]] && /usr/bin/time -f '%M' true 2>/dev/null; then
  gnu_time=/usr/bin/time
else
  log "GNU time not found (apt-get install time): peak RSS will show as n/a"
fi

mkdir -p "$dir"
gen_hash=$(cat "$repo"/examples/gen_corpus/*.rs | sha256sum | cut -c1-16)

# corpus SIZE -> prints the corpus folder, generating it when needed.
corpus() {
  local n=$1 events=$(( $1 / per_event > 0 ? $1 / per_event : 1 ))
  local c="$dir/corpus-$n-$events-s$seed"
  local params="articles=$n events=$events seed=$seed generator=$gen_hash"
  if [[ -f $c/.bench-params && $(cat "$c/.bench-params") == "$params" ]]; then
    log "reusing $c"
  else
    log "generating $c"
    rm -rf "$c"
    "$gen" --articles "$n" --events "$events" --seed "$seed" --out "$c" >&2
    echo "$params" >"$c/.bench-params"
  fi
  echo "$c"
}

median() { sort -g | awk '{v[NR]=$1} END {if (NR%2) print v[(NR+1)/2]; else printf "%.3f\n", (v[NR/2]+v[NR/2+1])/2}'; }

failures=0
# measure CMD CORPUS THREADS OUT -> sets m_wall and m_cpu (median s; cpu may be n/a) and
# m_rss (max KiB or n/a)
measure() {
  local cmd=$1 c=$2 t=$3 out=$4 walls=() cpus=() rss=0 i start end status
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s.%N)
    set +e
    if [[ -n $gnu_time ]]; then
      RAYON_NUM_THREADS=$t "$gnu_time" -f '%M %U %S' -o "$dir/time.txt" \
        "$bin" "$cmd" "$c" --format json >"$out" 2>"$dir/stderr.txt"
    else
      RAYON_NUM_THREADS=$t "$bin" "$cmd" "$c" --format json >"$out" 2>"$dir/stderr.txt"
    fi
    status=$?
    set -e
    end=$(date +%s.%N)
    # claims exits 0; check exits 1 when it finds warnings.
    if ((status > 1)); then
      echo "run.sh: crosscheck $cmd $c exited $status:" >&2
      tail -5 "$dir/stderr.txt" >&2
      exit 2
    fi
    walls+=("$(echo "$end - $start" | bc -l)")
    if [[ -n $gnu_time ]]; then
      local r u s
      read -r r u s < <(tail -1 "$dir/time.txt")
      ((r > rss)) && rss=$r
      cpus+=("$(echo "$u + $s" | bc -l)")
    fi
  done
  m_wall=$(printf '%s\n' "${walls[@]}" | median)
  if [[ -n $gnu_time ]]; then
    m_rss=$rss
    m_cpu=$(printf '%s\n' "${cpus[@]}" | median)
  else
    m_rss=n/a
    m_cpu=n/a
  fi
  log "$cmd $(basename "$c") threads=$t: median wall $(printf '%.2f' "$m_wall") s of ${walls[*]}; median cpu $m_cpu s"
}

fmt() { printf "%.${2:-2}f" "$1"; }
mib() { [[ $1 == n/a ]] && echo n/a || echo "$(( ($1 + 512) / 1024 )) MiB"; }

header="| articles | MB | command | wall ${hi_t}T (s) | MB/s ${hi_t}T | CPU ${hi_t}T (s) | MB/s per core | wall ${lo_t}T (s) | MB/s ${lo_t}T | speed-up ${lo_t}T→${hi_t}T | peak RSS ${hi_t}T | identical |"
rows=()
declare -A prev_wall=() prev_cpu=()
scaling_rows=()

for n in "${sizes[@]}"; do
  c=$(corpus "$n")
  bytes=$(find "$c" -type f -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s+0}')
  mb=$(echo "$bytes / 1000000" | bc -l)
  for cmd in claims check; do
    declare -A wall=() rss=() cpu=()
    first_out=""
    same=yes
    for t in "${thread_list[@]}"; do
      out="$dir/out-$n-$cmd-$t.json"
      measure "$cmd" "$c" "$t" "$out"
      wall[$t]=$m_wall
      rss[$t]=$m_rss
      cpu[$t]=$m_cpu
      if [[ -z $first_out ]]; then
        first_out=$out
      elif ! cmp -s "$first_out" "$out"; then
        same=NO
        failures=$((failures + 1))
        echo "run.sh: FAILURE: $cmd output on $n articles differs between RAYON_NUM_THREADS=${thread_list[0]} and $t ($first_out vs $out)" >&2
        keep=1
      fi
    done
    if [[ $cmd == claims ]]; then
      log "claims on $n articles: $(grep -c '"article":' "$first_out" || true) claims"
    else
      log "check on $n articles: $(grep -c '"rule":' "$first_out" || true) findings"
    fi
    if ((!keep)); then
      for t in "${thread_list[@]}"; do rm -f "$dir/out-$n-$cmd-$t.json"; done
    fi
    w_hi=${wall[$hi_t]}
    w_lo=${wall[$lo_t]}
    tput_hi=$(echo "$mb / $w_hi" | bc -l)
    tput_lo=$(echo "$mb / $w_lo" | bc -l)
    if [[ ${cpu[$hi_t]} == n/a ]]; then
      per_core=$(echo "$tput_hi / $hi_t" | bc -l)
      cpu_cell=n/a
    else
      per_core=$(echo "$mb / ${cpu[$hi_t]}" | bc -l)
      cpu_cell=$(fmt "${cpu[$hi_t]}")
    fi
    ratio=$(echo "$w_lo / $w_hi" | bc -l)
    rows+=("| $n | $(fmt "$mb" 1) | \`$cmd\` | $(fmt "$w_hi") | $(fmt "$tput_hi" 1) | $cpu_cell | $(fmt "$per_core" 1) | $(fmt "$w_lo") | $(fmt "$tput_lo" 1) | $(fmt "$ratio") | $(mib "${rss[$hi_t]}") | $same |")
    if [[ -n ${prev_wall[$cmd]:-} ]]; then
      cpu_ratio=n/a
      if [[ ${cpu[$hi_t]} != n/a && ${prev_cpu[$cmd]} != n/a ]]; then
        cpu_ratio=$(fmt "$(echo "${cpu[$hi_t]} / ${prev_cpu[$cmd]}" | bc -l)")
      fi
      scaling_rows+=("| \`$cmd\` | ${prev_n} → $n | $(fmt "$(echo "$n / $prev_n" | bc -l)") | $(fmt "$(echo "$w_hi / ${prev_wall[$cmd]}" | bc -l)") | $cpu_ratio |")
    fi
    prev_wall[$cmd]=$w_hi
    prev_cpu[$cmd]=${cpu[$hi_t]}
    unset wall rss cpu
  done
  prev_n=$n
done

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'); median of $runs runs; crosscheck $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?')"
echo
echo "$header"
echo "| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
printf '%s\n' "${rows[@]}"
if ((${#scaling_rows[@]})); then
  echo
  echo "| command | articles | size ratio | wall-time ratio (${hi_t}T) | CPU-time ratio (${hi_t}T) |"
  echo "| --- | --- | ---: | ---: | ---: |"
  printf '%s\n' "${scaling_rows[@]}"
fi
if ((failures)); then
  echo
  echo "**FAILURE: $failures output(s) differ between thread counts (kept in $dir).**"
  exit 1
fi
