// The extensionTestsPath that run-host-tests.mjs gives VS Code: it runs the real suite and prints
// when it starts and how it ended. VS Code alone cannot be trusted there: when the extension host
// dies mid-suite it reports exit code 0, exactly like a suite that passed.
const MARKS = { started: '[host-tests] started', passed: '[host-tests] passed', failed: '[host-tests] failed' };

/** `suite`: absolute path of a compiled suite whose run() returns a Promise (the @vscode/test-electron convention). */
function wrap(suite) {
  return {
    async run() {
      console.log(MARKS.started);
      try {
        await require(suite).run();
      } catch (error) {
        console.log(MARKS.failed);
        throw error;
      }
      console.log(MARKS.passed);
    },
  };
}

module.exports = { MARKS, wrap };
