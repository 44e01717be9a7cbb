import Foundation
import Yams

/// Reads pipeline.yml into a `PipelineConfig`, checking every key, type and path, and
/// reporting each problem with its line. An unknown key is an error: a typo must not be
/// ignored silently.
public enum ConfigLoader {
    /// pipeline.yml could not be used; the diagnostics say why.
    public struct Failure: Error {
        /// Everything wrong with the file.
        public let diagnostics: [Diagnostic]
    }

    static let topKeys = ["year", "prior_years", "municipalities", "jobcenter", "cutoff", "number_style", "inputs", "output", "reports", "flags", "forecast", "peers"]
    static let inputKeys = ["catalog", "budget", "rates", "actuals", "cases", "goals", "labour_force", "jobindsats_measure"]
    static let requiredInputs = ["catalog", "budget", "rates"]

    /// Loads the file at `url`; paths in it are relative to its folder, and shown as such.
    /// `shownAs` is how messages name the file: the path as the user gave it.
    public static func load(_ url: URL, shownAs: String? = nil) throws(Failure) -> PipelineConfig {
        let name = shownAs ?? url.lastPathComponent
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw Failure(diagnostics: [Diagnostic(.error, .configMissing(name), at: SourceLocation(file: name))])
        }
        if isFolder.boolValue {
            let hint = (name as NSString).appendingPathComponent("pipeline.yml")
            throw Failure(diagnostics: [Diagnostic(.error, .configIsFolder(name, hint: hint), at: SourceLocation(file: name))])
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw Failure(diagnostics: [Diagnostic(.error, .configUnreadable(name), at: SourceLocation(file: name))])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Failure(diagnostics: [Diagnostic(.error, .configNotUTF8(name), at: SourceLocation(file: name))])
        }
        return try parse(text, file: name, base: url.deletingLastPathComponent())
    }

    /// Parses pipeline.yml text; `base` is the folder paths are relative to.
    public static func parse(_ text: String, file: String, base: URL) throws(Failure) -> PipelineConfig {
        let diagnostics = DiagnosticEngine()
        let root = try compose(text, file: file)
        guard let mapping = root.mapping else {
            let location = SourceLocation(file: file, line: root.mark?.line, column: root.mark?.column)
            throw Failure(diagnostics: [Diagnostic(.error, .configNotMapping(file), at: location)])
        }
        let fields = ConfigFields(mapping, file: file, base: base, diagnostics: diagnostics)
        let budgetYear = fields.budgetYear()
        let prior = fields.priorYears(budgetYear: budgetYear)
        let municipalities = fields.municipalities()
        let jobcenter = fields.jobcenter()
        let cutoff = fields.cutoff(budgetYear: budgetYear)
        let numberStyle = fields.numberStyle()
        let output = fields.output()
        let reports = fields.reports()
        var warnings: [Diagnostic] = []
        let inputs = fields.inputs(warnings: &warnings)
        let flagThresholds = fields.flagThresholds()
        let forecast = fields.forecast(cutoff: cutoff)
        let peers = fields.peers(municipalities: municipalities.list, labourForce: !inputs.labourForce.isEmpty)

        guard !diagnostics.hasErrors, let budgetYear else { throw Failure(diagnostics: diagnostics.diagnostics) }
        var config = PipelineConfig(year: budgetYear, priorYears: prior.years, municipalities: municipalities.list, jobcenter: jobcenter,
                                    cutoff: cutoff, numberStyle: numberStyle, inputs: inputs, output: output,
                                    folder: base, file: file, municipalityOrigins: municipalities.origins, warnings: warnings,
                                    reports: reports)
        config.flagThresholds = flagThresholds
        config.forecast = forecast
        config.priorYearOrigins = prior.origins
        config.peers = peers.list
        config.peerOrigins = peers.origins
        return config
    }

    /// The YAML document of `text`; an empty file or one that is not YAML is an error at its line.
    private static func compose(_ text: String, file: String) throws(Failure) -> Node {
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                throw Failure(diagnostics: [Diagnostic(.error, .configEmpty(file), at: SourceLocation(file: file, line: 1))])
            }
            return composed
        } catch let failure as Failure {
            throw failure
        } catch let error as YamlError {
            throw Failure(diagnostics: [yamlDiagnostic(error, file: file, text: text)])
        } catch {
            throw Failure(diagnostics: [Diagnostic(.error, .configNotYAML(file, "\(error)"), at: SourceLocation(file: file))])
        }
    }

    /// An absolute output folder is created only inside a folder that exists: its parent
    /// missing usually means a network drive that is not mounted, and creating the tree would
    /// put the results on the local disk where no one looks. A relative one is created as needed.
    static func checkAbsoluteOutput(_ output: String, at location: SourceLocation, diagnostics: DiagnosticEngine) {
        guard output.hasPrefix("/") else { return }
        let parent = URL(fileURLWithPath: output).deletingLastPathComponent()
        let kind = FileKind.of(parent)
        guard kind != .folder else { return }
        diagnostics.error(.outputParentMissing(output: output, parent: parent.path, isFile: kind != .missing), at: location)
    }

    /// Lines (1-based) and columns where `key:` starts a line, for duplicate-key messages.
    private static func keyLines(_ key: String, in text: String) -> [(line: Int, column: Int)] {
        var found: [(line: Int, column: Int)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = Substring(line)
            var column = 1
            while let first = rest.first, first == " " || first == "-" { rest = rest.dropFirst(); column += 1 }
            for quote in ["", "\"", "'"] where rest.hasPrefix(quote + key + quote) {
                let after = rest.dropFirst(key.count + 2 * quote.count).drop { $0 == " " }
                if after.hasPrefix(":") { found.append((index + 1, column)); break }
            }
        }
        return found
    }

    static func describe(_ node: Node) -> Message {
        switch node {
        case .scalar(let scalar): return .yamlScalar(scalar.string)
        case .mapping: return .yamlMapping
        case .sequence: return .yamlList
        case .alias: return .yamlAlias
        }
    }

    /// A value as a message shows it: its text, or what it is if it is not text (`a list`).
    static func shown(_ node: Node) -> Message {
        node.scalar.map { Message(en: $0.string, da: $0.string) } ?? describe(node)
    }

    static func suggestion(_ name: String, _ known: [String]) -> Message? {
        let best = known.min { editDistance(Array(name), Array($0)) < editDistance(Array(name), Array($1)) }
        guard let best, editDistance(Array(name), Array(best)) <= 3 else { return nil }
        return .didYouMean(best)
    }

    private static func yamlDiagnostic(_ error: YamlError, file: String, text: String) -> Diagnostic {
        switch error {
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Yams points at the mapping; find the second use of the key, which is the mistake.
            let key = duplicates.sorted().first ?? ""
            let uses = keyLines(key, in: text)
            if uses.count >= 2 {
                return Diagnostic(.error, .keyTwiceFirstAt(key, line: uses[0].line),
                                  at: SourceLocation(file: file, line: uses[1].line, column: uses[1].column))
            }
            return Diagnostic(.error, .keyTwiceInMapping(key),
                              at: SourceLocation(file: file, line: context.mark.line, column: context.mark.column))
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            return Diagnostic(.error, .configNotYAML(file, problem), at: SourceLocation(file: file, line: mark.line, column: mark.column))
        default:
            return Diagnostic(.error, .configNotYAML(file, "\(error)"), at: SourceLocation(file: file))
        }
    }
}
