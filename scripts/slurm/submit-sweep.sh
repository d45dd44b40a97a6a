#!/usr/bin/env bash
# Submits a sweep to Slurm as a job array (one task per shard) and a merge job that runs
# when every shard has succeeded. Run from the repository root on a login node:
#   bash scripts/slurm/submit-sweep.sh <sweep.json> <shards> <output-folder> [extra sbatch options...]
# Prints "<array job id> <merge job id>". Results end up in <output-folder>/merged.
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: bash scripts/slurm/submit-sweep.sh <sweep.json> <shards> <output-folder> [sbatch options...]" >&2
  exit 2
fi
sweep=$(realpath "$1"); shards=$2; out=$(realpath -m "$3"); shift 3
case "$shards" in ''|*[!0-9]*) echo "shards must be a positive integer, got '$shards'" >&2; exit 2;; esac
[ "$shards" -ge 1 ] || { echo "shards must be at least 1" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
mkdir -p "$out/logs"
export SWEEP="$sweep" SHARDS="$shards" OUT="$out"
array=$(sbatch --parsable --chdir="$repo" --export=ALL --array="0-$((shards - 1))" \
  --output="$out/logs/shard-%a.log" "$@" "$here/shard.sbatch")
array=${array%%;*}
merge=$(sbatch --parsable --chdir="$repo" --export=ALL --dependency="afterok:$array" \
  --output="$out/logs/merge.log" "$@" "$here/merge.sbatch")
echo "$array ${merge%%;*}"
