#!/usr/bin/env bash
# Mutation testing of lib/ with StrykerJS (README "Testing"). Not part of `npm test`: a full run takes hours on
# 2 cores. One Stryker run per folder of lib/ (stryker.config.mjs reads MUTATE_FOLDER), each with its own
# incremental file under reports/mutation/ (committed), so a rerun after a small change retests only the
# mutants that change touches.
#
#   npm run test:mutation                     every folder below, one after another, then the score table
#   npm run test:mutation -- geo search       lib/geo and lib/search only ("." = the files directly in lib/)
#   npm run test:mutation -- --force geo      retest every mutant of lib/geo, ignoring its incremental file
#   npm run test:mutation -- --summary        the score table from the committed incremental files, no run
#   STRYKER_CONCURRENCY=2 npm run test:mutation -- geo    two test runners (default 1: the machine is shared)
set -uo pipefail
cd "$(dirname "$0")/.."

ALL=(geo search validation auth directory import access api cache db net places queries ratings security threads .)
folders=()
extra=()
summary_only=0
for arg in "$@"; do
  case "$arg" in
    --summary) summary_only=1 ;;
    --*) extra+=("$arg") ;;
    *) folders+=("${arg#lib/}") ;;
  esac
done
[ ${#folders[@]} -eq 0 ] && folders=("${ALL[@]}")

failed=()
if [ "$summary_only" = 0 ]; then
  for folder in "${folders[@]}"; do
    folder="${folder%/}"
    if [ "$folder" != "." ] && [ ! -e "lib/$folder" ]; then
      echo "no folder lib/$folder" >&2
      exit 2
    fi
    start=$(date +%s)
    echo "=== lib/$folder: mutation testing started $(date -u +%FT%TZ)"
    if MUTATE_FOLDER="$folder" npx stryker run stryker.config.mjs "${extra[@]}"; then
      echo "=== lib/$folder: done in $(( $(date +%s) - start )) s"
    else
      echo "=== lib/$folder: Stryker FAILED after $(( $(date +%s) - start )) s" >&2
      failed+=("$folder")
    fi
  done
fi
npx tsx scripts/mutation-summary.ts
if [ ${#failed[@]} -gt 0 ]; then
  echo "Stryker failed for: ${failed[*]}" >&2
  exit 1
fi
