import { CORPUS_MISSING_REASON, HAVE_CORPUS, setRunningTest } from './paths';

/**
 * Root hooks for the unit suite (.mocharc.json `require`): each test is known while it runs, so a
 * test that reads the real minutes on a machine without them is skipped, not failed; and the run
 * ends with one line saying the real-minutes tests were not run and why (scripts/test-all.mjs
 * repeats it above its summary).
 */
export const mochaHooks = {
  beforeEach(this: Mocha.Context) {
    setRunningTest(this.currentTest);
  },
  afterEach() {
    setRunningTest(undefined);
  },
  afterAll() {
    if (!HAVE_CORPUS) console.log(`\nreferat: real-minutes tests not run: ${CORPUS_MISSING_REASON}`);
  },
};
