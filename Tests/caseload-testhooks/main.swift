import CaseloadCLI

// `caseload` with test hooks, for the tests that kill a run at a known point. Only tests run
// this executable; the shipped `caseload` has no hooks (see PauseHooks).
CommandLineTool.main(hooks: PauseHooks.fromEnvironment())
