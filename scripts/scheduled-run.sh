#!/usr/bin/env bash
# The scheduled run on a server of one's own (no GitHub): reruns the pipeline and, when the
# inputs or results changed, records them for review as ONE commit on the branch
# caseload/results (replaced on every run, like the one pull request scheduled.yml keeps),
# with `caseload diff --format md` as its message. The checkout's own branch, index and
# files are left as they are. Run by cron or docs/systemd/caseload.timer.
#
# Usage: scripts/scheduled-run.sh [PROJECT]      (default: the checkout this script is in)
#        scripts/scheduled-run.sh --accept [PROJECT]: after review, moves the checkout's
#        branch to caseload/results. (A plain `git merge` refuses here: the checkout holds
#        the same changes uncommitted.) The files are not touched.
# Env:   CASELOAD   the caseload binary (default: .build/release/caseload, built if missing)
#        CASELOAD_PUSH_REMOTE  a git remote to push caseload/results to (e.g. origin on
#                   GitLab or Gitea, where a merge request can be opened from it)
# Exit:  0 nothing changed or the branch was updated; otherwise caseload's exit code
#        (1 input errors, 2 pipeline.yml, 3 results not written) or git's.
set -euo pipefail
accept=false
if [ "${1:-}" = "--accept" ]; then
    accept=true
    shift
fi
cd "${1:-$(dirname "$0")/..}"

if $accept; then
    branch="$(git symbolic-ref --short HEAD)"
    if [ "$(git rev-parse caseload/results^)" != "$(git rev-parse HEAD)" ]; then
        echo "caseload/results was made on an older $branch; run scripts/scheduled-run.sh again, then review and accept." >&2
        exit 1
    fi
    # Move the branch (only if it is still where the review commit started), then make the
    # index match it; files on disk stay as they are.
    git update-ref -m "accept caseload/results" "refs/heads/$branch" caseload/results HEAD
    git reset -q
    git update-ref -d refs/heads/caseload/results
    echo "Accepted: $branch is at $(git rev-parse --short HEAD)."
    exit 0
fi

caseload="${CASELOAD:-.build/release/caseload}"
if [ ! -x "$caseload" ]; then
    swift build -c release --product caseload
fi

"$caseload" run

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# caseload diff exits 1 when the figures changed, 0 when not, 2 on errors.
status=0
"$caseload" diff --format md > "$work/diff.md" || status=$?
if [ "$status" -gt 1 ]; then
    exit "$status"
fi

# What a review covers: the inputs and the results (each only if it exists here or at HEAD).
paths=()
for path in Input pipeline.yml Output caseload.lock; do
    if [ -e "$path" ] || git cat-file -e "HEAD:$path" 2>/dev/null; then
        paths+=("$path")
    fi
done
if [ -z "$(git status --porcelain -- "${paths[@]}")" ]; then
    echo "Inputs and results are as committed; nothing to review."
    exit 0
fi

# One commit on top of HEAD with the current inputs and results, built in a temporary index
# so that nothing in the checkout moves.
{
    echo "Results from the current Input/ (scheduled caseload run)"
    echo
    cat "$work/diff.md"
} > "$work/message"
export GIT_INDEX_FILE="$work/index"
git read-tree HEAD
git add -A -- "${paths[@]}"
tree="$(git write-tree)"
unset GIT_INDEX_FILE
commit="$(git commit-tree "$tree" -p HEAD -F "$work/message")"
git update-ref -m "scheduled caseload run" refs/heads/caseload/results "$commit"
echo "Updated branch caseload/results ($(git rev-parse --short "$commit")); review: git show caseload/results"
if [ -n "${CASELOAD_PUSH_REMOTE:-}" ]; then
    git push --force "$CASELOAD_PUSH_REMOTE" caseload/results
fi
