import ArgumentParser

/// `caseload fetch`: downloads new data from a source into the inputs; `jobindsats` is the one
/// source so far.
struct FetchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Download new data into the inputs (Jobindsats).",
        subcommands: [FetchJobindsatsCommand.self]
    )
}
