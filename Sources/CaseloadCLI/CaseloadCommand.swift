import ArgumentParser

/// `caseload`: declares the subcommands; `run` is the default.
struct CaseloadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "caseload",
        abstract: "Converts benefit budgets to helårspersoner and sets them beside the actual caseload.",
        discussion: """
        Exit codes: 0 success; 1 errors in the input files, or warnings with run --strict \
        (nothing written); 2 usage or pipeline.yml errors (nothing written), and for explain \
        a name that matches nothing; 3 the results could not be \
        written (disk, permissions, another run busy with --no-wait, files caseload did not \
        write in the year folder; the previous results are kept); 4 with run \
        --fail-on-flags: the results were written (or were up to date) and there are flags; \
        anything else is a bug.
        """,
        subcommands: [RunCommand.self, StatusCommand.self, DiffCommand.self, ExplainCommand.self, SchemaCommand.self, GenerateCommand.self, FetchCommand.self],
        defaultSubcommand: RunCommand.self
    )
}
