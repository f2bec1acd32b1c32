/**
 * @module web-test-runner reporter: prints a plain "N passed, N failed" line (no colours)
 * and appends `{suite:'widgets',passed,failed,skipped}` to the file named by
 * RAPPORT_COUNTS, where the test orchestrator sums all suites.
 */
import { appendFileSync } from 'node:fs';

function countSuite(suite, counts) {
  for (const t of suite.tests) {
    if (t.skipped) counts.skipped++;
    else if (t.passed) counts.passed++;
    else counts.failed++;
  }
  for (const s of suite.suites) countSuite(s, counts);
}

export function countReporter() {
  let last;
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults, counts);
        // A file that failed to load or threw outside a test has no test results to
        // count: it still counts as one failure, or a broken file would pass silently.
        if (session.passed === false && session.errors?.length) counts.failed++;
      }
      last = counts;
      const { passed, failed, skipped } = counts;
      if (process.env.RAPPORT_COUNTS) {
        appendFileSync(process.env.RAPPORT_COUNTS, JSON.stringify({ suite: 'widgets', passed, failed, skipped }) + '\n');
      }
    },
    // The runner prints its own summary after the reporters stop; printing at exit makes
    // ours the last line, where CI scripts look for it (stdout to a pipe or file is sync).
    stop() {
      if (!last) return;
      const { passed, failed, skipped } = last;
      process.once('exit', () => process.stdout.write(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`));
    },
  };
}
