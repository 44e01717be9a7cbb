import Foundation
import Testing

/// `caseload --help` and each subcommand's `--help` against README.md: every subcommand and
/// option the help lists is in the README, and every `caseload <subcommand> --option` the
/// README shows exists.
@Suite struct HelpReadmeTests {
    static let readme = (try? String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""

    /// The help text of `arguments` + `--help`.
    static func help(_ arguments: [String]) throws -> String {
        let result = try CaseloadProcess.run(arguments + ["--help"], in: TestScratch.root)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result.stdout
    }

    /// The names listed under SUBCOMMANDS in a help text.
    static func subcommands(_ help: String) -> [String] {
        guard let section = help.components(separatedBy: "SUBCOMMANDS:\n").dropFirst().first else { return [] }
        return section.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let first = line.split(separator: " ").first,
                  first.allSatisfy({ $0.isLowercase }) else { return nil }
            return String(first)
        }
    }

    /// The `--options` of a help text's USAGE line, without `--help`.
    static func options(_ help: String) -> Set<String> {
        guard let usage = help.split(separator: "\n").first(where: { $0.hasPrefix("USAGE:") }) else { return [] }
        return Set(usage.matches(of: /--[a-z][a-z-]*/).map { String($0.output) })
    }

    /// Every command with its options: `run`, …, `fetch jobindsats`.
    static func commands() throws -> [String: Set<String>] {
        var commands: [String: Set<String>] = [:]
        for name in subcommands(try help([])) {
            let text = try help([name])
            let nested = subcommands(text)
            if nested.isEmpty {
                commands[name] = options(text)
            }
            for child in nested {
                commands["\(name) \(child)"] = options(try help([name, child]))
            }
        }
        return commands
    }

    @Test func everyCommandAndOptionOfTheHelpIsInTheReadme() throws {
        let commands = try Self.commands()
        #expect(commands.keys.sorted() == ["diff", "explain", "fetch jobindsats", "generate", "run", "schema", "status"])
        for (command, options) in commands {
            #expect(Self.readme.contains("caseload \(command)"), "README.md does not show `caseload \(command)`")
            for option in options {
                #expect(Self.readme.contains(option), "README.md does not mention \(option) of `caseload \(command)`")
            }
        }
    }

    @Test func everyCommandLineOfTheReadmeExists() throws {
        let commands = try Self.commands()
        // `swift run caseload …`, `` `caseload …` `` and `$ caseload …`, up to the end of the
        // code span or a `#` comment.
        for match in Self.readme.matches(of: /(?:swift run |`|\$ )caseload ([a-z][^`#\n]*)/) {
            let words = match.output.1.split(separator: " ").map(String.init)
            let command = commands.keys.filter { words.starts(with: $0.split(separator: " ").map(String.init)) }
                .max { $0.count < $1.count }
            guard let command else {
                Issue.record("README.md shows `caseload \(match.output.1)`, which is no subcommand")
                continue
            }
            let given = Set(match.output.1.matches(of: /--[a-z][a-z-]*/).map { String($0.output) })
            #expect(given.subtracting(commands[command] ?? []).isEmpty, "`caseload \(match.output.1)`: no such option of \(command)")
        }
    }
}
