import CaseloadCLI

// The commands live in the CaseloadCLI library; the shipped binary runs them without hooks.
CommandLineTool.main()
