/**
 * @module Vitest reporter that appends this run's pass/fail counts to the file named by
 * RAPPORT_COUNTS (the test orchestrator sums them into one "N passed, N failed" line).
 */
import { appendFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

export default class CountReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    let passed = 0, failed = 0, skipped = 0;
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        const s = t.result().state;
        if (s === 'passed') passed++;
        else if (s === 'failed') failed++;
        else skipped++;
      }
      if (m.state() === 'failed' && [...m.children.allTests()].length === 0) failed++;
    }
    const line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
    process.stdout.write(`${line}\n`);
    if (process.env.RAPPORT_COUNTS) {
      appendFileSync(process.env.RAPPORT_COUNTS, JSON.stringify({ suite: process.env.RAPPORT_SUITE ?? 'vitest', passed, failed, skipped }) + '\n');
    }
  }
}
