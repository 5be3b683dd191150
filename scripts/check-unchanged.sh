#!/usr/bin/env bash
# Checks that a change (a speed-up, a refactor) leaves the linguistic layer's
# output byte for byte as it was: `nexus parse --conllu` on the EWT dev and
# test files (tagger, lemmatiser, parser on gold tokens), `nexus parse` on the
# texts of eval/own and examples (tokeniser and sentence splitter too) and
# `nexus extract --json` on them (what the later stages make of it), with this
# working tree and with REV (default HEAD), then diffs.
#   scripts/check-unchanged.sh [REV]
# REV is exported with `git archive` to a temporary directory (no worktree is
# added) and its outputs are kept in $TMPDIR/nexus-unchanged/SHA for the next
# run. Both sides use their own model file: compare revisions whose model
# files hold the same weights (in whatever file format). Exit 0 when all outputs are identical, 1 with the diff otherwise.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rev=$(git -C "$root" rev-parse "${1:-HEAD}")
ewt="$root/../shared/resources/ud-english-ewt"
[ -f "$ewt/en_ewt-ud-dev.conllu" ] || { echo "check-unchanged needs $ewt (../shared beside the project)" >&2; exit 2; }
cache="${TMPDIR:-/tmp}/nexus-unchanged"
texts=()
for f in "$root"/eval/own/*.txt "$root"/examples/*.txt; do texts+=("${f#"$root"/}"); done

# Writes the outputs of the project at $1 into directory $2.
outputs() {
  local dir=$1 out=$2
  mkdir -p "$out"
  (cd "$dir" && for set in dev test; do
    npx tsx src/testing/bin.ts parse --conllu "$ewt/en_ewt-ud-$set.conllu" > "$out/$set.conllu"
  done
  npx tsx src/testing/bin.ts parse "${texts[@]/#/$root/}" > "$out/own.conllu"
  npx tsx src/testing/bin.ts extract "${texts[@]/#/$root/}" --json > "$out/own.extract.jsonl")
}

ref="$cache/$rev"
if [ ! -f "$ref/done" ]; then
  src=$(mktemp -d)
  trap 'rm -rf "$src"' EXIT
  git -C "$root" archive "$rev" | tar -x -C "$src"
  ln -s "$root/node_modules" "$src/node_modules"
  echo "outputs of ${rev:0:7} (reference)..." >&2
  outputs "$src" "$ref"
  touch "$ref/done"
fi
now=$(mktemp -d)
echo "outputs of the working tree..." >&2
outputs "$root" "$now"
status=0
for f in dev.conllu test.conllu own.conllu own.extract.jsonl; do
  if [ ! -s "$now/$f" ]; then echo "EMPTY: $f (the command printed nothing)"; status=1
  elif cmp -s "$ref/$f" "$now/$f"; then echo "same: $f ($(wc -l < "$now/$f") lines)"
  else echo "DIFFERENT: $f"; diff "$ref/$f" "$now/$f" | head -20; status=1; fi
done
rm -rf "$now"
exit $status
