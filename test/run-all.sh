#!/usr/bin/env bash
# Runs the test tiers and prints one closing line "<tier>: N passed, M failed".
#   bash test/run-all.sh fast   (npm test)          engine unit, CLI and LSP protocol tests — well under a minute
#   bash test/run-all.sh e2e    (npm run test:e2e)  the limits and load tests (test/stress), Word export rendered by LibreOffice,
#                                                   VS Code extension host (code-server) and the browser UI test,
#                                                   on the unpackaged extension and on the packaged .vsix
#   bash test/run-all.sh all    (.ci/run)           both
set -uo pipefail
cd "$(dirname "$0")/.."
tier=${1:-fast}
case "$tier" in fast|e2e|all) ;; *) echo "usage: run-all.sh fast|e2e|all" >&2; exit 2 ;; esac
LOG_DIR="$(mktemp -d -t gongwen-tests.XXXXXX)"
passed=0
failed=0
status=0

count() { # $1 = log, $2 = regex with one number group for passed, $3 = same for failed
  local p f
  p=$(grep -oE "$2" "$1" | tail -1 | grep -oE '[0-9]+' || true)
  f=$(grep -oE "$3" "$1" | tail -1 | grep -oE '[0-9]+' || true)
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
}

layer() { # $1 = name, rest = command; output goes to the terminal and to a log
  local name=$1; shift
  echo "::: $name"
  "$@" 2>&1 | tee "$LOG_DIR/$name.log"
  local rc=${PIPESTATUS[0]}
  if [[ $rc != 0 ]]; then
    echo "::: $name FAILED (exit $rc)"
    status=1
  fi
  return 0
}

npm run --silent build || exit 1
# Compiled tests of removed test files would still run: start from an empty out/.
rm -rf out
npm run --silent compile-tests || exit 1

if [[ $tier != e2e ]]; then
  # Lint (typescript-eslint with the layer boundaries) is part of the fast tier: a violation fails the run.
  layer lint npx --no-install eslint --cache --cache-location node_modules/.cache/eslint/ .
  # Prettier's check: source that `npm run format` would change fails the run (.prettierrc.json, .prettierignore).
  layer format npx --no-install prettier --check --log-level warn "**/*.{ts,mjs,js,cjs}"
  # The engine's unit tests share one process (test/unit-suite.ts); each CLI and LSP test file has its own, three
  # at a time (they mostly wait on the processes they spawn). The closing "ℹ pass N" / "ℹ fail N" lines are counted.
  # A test that waits on a process gone wrong fails after 120 s instead of holding CI until its limit.
  # GONGWEN_COVERAGE=1 (set by .ci/run) measures engine, CLI and server coverage with c8 and enforces a floor.
  cover=()
  if [[ ${GONGWEN_COVERAGE:-} == 1 ]]; then
    cover=(npx --no-install c8 --check-coverage --lines 90 --branches 85 --reporter=text-summary --exclude-after-remap
           --include 'engine/**' --include 'cli/**' --include 'server/src/**')
  fi
  layer node-tests "${cover[@]}" node --test --test-reporter=spec --test-concurrency=3 --test-timeout=120000 out/test/unit-suite.js out/test/cli/ out/test/lsp/
  count "$LOG_DIR/node-tests.log" 'ℹ pass [0-9]+' 'ℹ (fail|cancelled) [1-9][0-9]*'
fi

if [[ $tier != fast ]]; then
  # Inputs at their limits and under load (10 MB / 50 MB files, a killed --fix, 2,000,000 characters in the server,
  # 1,000 edits, framing fuzz, --jobs on 40 files): seconds each, so not in the fast tier.
  layer stress node --test --test-reporter=spec --test-concurrency=2 out/test/stress/
  count "$LOG_DIR/stress.log" 'ℹ pass [0-9]+' 'ℹ (fail|cancelled) [1-9][0-9]*'

  # The exported .docx rendered by LibreOffice and measured from the PDF (test/render); fails if soffice is missing.
  layer render node --test --test-reporter=spec out/test/render/
  count "$LOG_DIR/render.log" 'ℹ pass [0-9]+' 'ℹ (fail|cancelled) [1-9][0-9]*'

  layer setup bash test/e2e/setup.sh

  layer vscode-host node test/e2e/run-host-tests.mjs --dev-path . --tests "$PWD/out/test/vscode/suite/index.js" \
    --workspace test/fixtures/vscode
  count "$LOG_DIR/vscode-host.log" '[0-9]+ passing' '[0-9]+ failing'

  layer ui node test/e2e/ui.test.mjs
  count "$LOG_DIR/ui.log" '^[0-9]+ passed' '[0-9]+ failed$'

  layer package npm run --silent package
  layer ui-vsix node test/e2e/ui.test.mjs --vsix gongwen.vsix
  count "$LOG_DIR/ui-vsix.log" '^[0-9]+ passed' '[0-9]+ failed$'
fi

# A layer that crashed before printing its counts still fails the run.
if [[ $status != 0 && $failed == 0 ]]; then failed=1; fi
echo "$tier: $passed passed, $failed failed"
exit $status
