// A Jest reporter that appends each test file's duration to the file CCI_TEST_TIMINGS names (one
// "seconds<TAB>path" line per file), so that `npm test` can say which files take a tier's time: turbo
// shows a passing task's output only when asked, and CI must stay within its 35 minutes.
import { appendFileSync } from 'node:fs';

export default class FileTimingsReporter {
  onTestResult(test, result) {
    const file = process.env.CCI_TEST_TIMINGS;
    if (!file) return;
    const seconds = (result.perfStats.end - result.perfStats.start) / 1000;
    appendFileSync(file, `${seconds.toFixed(1)}\t${test.path}\n`);
  }
}
