#!/usr/bin/env bash
# Runs every libFuzzer target of the sanitizer build (ASan + UBSan) for
# SECONDS each on seed corpora taken from tests/data, and prints executions
# and findings per target. CI runs it briefly; run it for hours by hand:
#   scripts/fuzz.sh 3600              # every target, an hour each
#   scripts/fuzz.sh 600 cml madr      # two targets
# FUZZ_JOBS targets run at once (default: one per core).
# Needs build-sanitize/ (scripts/sanitize.sh builds it). Crash inputs are kept in
# fuzz-out/TARGET/ and the run exits 1; reproduce one with
#   build-sanitize/tests/fuzz/archboard-fuzz --target=TARGET fuzz-out/TARGET/crash-…
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
fuzzer=${ARCHBOARD_FUZZER:-build-sanitize/tests/fuzz/archboard-fuzz}
out=${ARCHBOARD_FUZZ_OUT:-fuzz-out}
cli=$(dirname "$fuzzer")/../../app/archboard-cli # the same build's, for a sample workspace seed
[[ -x $fuzzer ]] || { echo "fuzz.sh: $fuzzer not built (scripts/sanitize.sh)" >&2; exit 2; }
targets=("$@")
((${#targets[@]})) || mapfile -t targets < <("$fuzzer" --list)

# Seeds: the project's own test files of each kind.
seeds() {
  local target=$1 dir=$2
  case $target in
    yaml-workspace) cp tests/data/*.yaml resources/sample/*.yaml "$dir"/ ;;
    sqlite-workspace) cp tests/data/*.archboard "$dir"/
                      [[ -x $cli ]] && "$cli" sample "$dir/sample.archboard" >/dev/null || true ;;
    cml) cp tests/data/cml/*.cml "$dir"/ ;;
    madr) find tests/data/adr -name '*.md' -exec cp --backup=numbered {} "$dir"/ \; ;;
    versions|dot) cp tests/fuzz/seeds/"$target"/* "$dir"/ ;;
    requirements.txt) find tests/data/manifests -name 'requirements*.txt' -exec cp --backup=numbered {} "$dir"/ \; ;;
    *) find tests/data/manifests -name "$target" -exec cp --backup=numbered {} "$dir"/ \; ;;
  esac
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# libFuzzer runs on one core: FUZZ_JOBS targets run side by side (default: the cores).
lanes=${FUZZ_JOBS:-$(nproc)}

# Runs one target for $seconds; leaves its exit code in $dir/exit.
run_target() {
  local target=$1 dir="$out/$1"
  mkdir -p "$dir/corpus" "$dir/seeds"
  seeds "$target" "$dir/seeds"
  set +e
  "$fuzzer" --target="$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 -max_len=262144 \
    -print_final_stats=1 -artifact_prefix="$dir/" "$dir/corpus" "$dir/seeds" >"$dir/log.txt" 2>&1
  echo $? >"$dir/exit"
}

for target in "${targets[@]}"; do
  while (($(jobs -rp | wc -l) >= lanes)); do wait -n || true; done
  rm -f "$out/$target/exit"
  run_target "$target" &
done
wait

failed=0
total=0
printf '%-20s %12s %8s %s\n' target executions seconds result
for target in "${targets[@]}"; do
  dir="$out/$target"
  log="$dir/log.txt"
  code=$(cat "$dir/exit" 2>/dev/null || echo 99)
  execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$' | tail -1 || true)
  total=$((total + ${execs:-0}))
  if ((code == 0)); then
    result=ok
  else
    result="FINDING (exit $code, see $log)"
    failed=1
    grep -m1 -E 'ERROR: |runtime error|fuzz invariant' "$log" || true
  fi
  printf '%-20s %12s %8s %s\n' "$target" "${execs:-0}" "$seconds" "$result"
done
echo "fuzz: ${#targets[@]} targets, $lanes at a time, $total executions, ${seconds}s each"
exit $failed
