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

    static let topKeys = ["year", "prior_years", "municipalities", "jobcenter", "cutoff", "number_style", "inputs", "output", "reports", "flags"]
    static let inputKeys = ["catalog", "budget", "rates", "actuals", "cases", "goals"]
    static let requiredInputs = ["catalog", "budget", "rates"]

    /// Loads the file at `url`; paths in it are relative to its folder, and shown as such.
    /// `shownAs` is how messages name the file: the path as the user gave it.
    public static func load(_ url: URL, shownAs: String? = nil) throws(Failure) -> PipelineConfig {
        let name = shownAs ?? url.lastPathComponent
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw Failure(diagnostics: [Diagnostic(.error, "\(name) does not exist; run caseload in the folder that holds pipeline.yml, or pass its path with --config", at: SourceLocation(file: name))])
        }
        if isFolder.boolValue {
            let hint = (name as NSString).appendingPathComponent("pipeline.yml")
            throw Failure(diagnostics: [Diagnostic(.error, "\(name) is a folder, not a pipeline file; pass the file, e.g. --config \(hint)", at: SourceLocation(file: name))])
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw Failure(diagnostics: [Diagnostic(.error, "cannot read \(name) (check that you may read it)", at: SourceLocation(file: name))])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Failure(diagnostics: [Diagnostic(.error, "\(name) is not UTF-8 text", at: SourceLocation(file: name))])
        }
        return try parse(text, file: name, base: url.deletingLastPathComponent())
    }

    /// Parses pipeline.yml text; `base` is the folder paths are relative to.
    public static func parse(_ text: String, file: String, base: URL) throws(Failure) -> PipelineConfig {
        let diagnostics = DiagnosticEngine()
        func at(_ node: Node?) -> SourceLocation {
            SourceLocation(file: file, line: node?.mark?.line, column: node?.mark?.column)
        }
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                throw Failure(diagnostics: [Diagnostic(.error, "\(file) is empty; it needs at least year, municipalities and inputs", at: SourceLocation(file: file, line: 1))])
            }
            root = composed
        } catch let failure as Failure {
            throw failure
        } catch let error as YamlError {
            throw Failure(diagnostics: [yamlDiagnostic(error, file: file, text: text)])
        } catch {
            throw Failure(diagnostics: [Diagnostic(.error, "\(file) is not valid YAML: \(error)", at: SourceLocation(file: file))])
        }
        guard let mapping = root.mapping else {
            throw Failure(diagnostics: [Diagnostic(.error, "\(file) must be a mapping of keys (year:, municipalities:, inputs: …)", at: at(root))])
        }

        var values: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard let name = key.string else {
                diagnostics.error("a key must be text", at: at(key))
                continue
            }
            if !topKeys.contains(name) {
                diagnostics.error("unknown key \"\(name)\"\(suggestion(name, topKeys)); known keys: \(topKeys.joined(separator: ", "))", at: at(key))
            } else if values[name] != nil {
                diagnostics.error("key \"\(name)\" appears twice", at: at(key))
            } else {
                values[name] = (key, value)
            }
        }

        func year(_ node: Node, _ what: String) -> Int? {
            if let text = node.scalar?.string, text.utf8.count == 4, let value = Int(text), value >= 1900 { return value }
            diagnostics.error("\(what) \"\(node.scalar?.string ?? describe(node))\" is not a year; write four digits, e.g. 2017", at: at(node))
            return nil
        }
        func textValue(_ node: Node, _ what: String) -> String? {
            if let value = node.scalar?.string, !value.trimmingWhitespace().isEmpty { return value.trimmingWhitespace() }
            diagnostics.error("\(what) must be text, found \(describe(node))", at: at(node))
            return nil
        }
        func required(_ key: String) -> Node? {
            if let entry = values[key] { return entry.value }
            diagnostics.error("missing required key \"\(key)\"", at: SourceLocation(file: file, line: 1))
            return nil
        }

        let budgetYear = required("year").flatMap { year($0, "year") }

        var priorYears: [Int] = []
        var priorYearOrigins: [SourceLocation] = []
        if let node = values["prior_years"]?.value {
            let items = node.sequence.map(Array.init) ?? (node.scalar != nil ? [node] : [])
            for item in items {
                guard let value = year(item, node.sequence != nil ? "prior year" : "prior_years") else { continue }
                if let budgetYear, value >= budgetYear {
                    diagnostics.error(.priorYearNotBefore(value, budgetYear: budgetYear), at: at(item))
                }
                priorYears.append(value)
                priorYearOrigins.append(at(item))
            }
            if Set(priorYears).count != priorYears.count {
                diagnostics.error("prior_years names a year twice", at: at(node))
            }
        } else if let budgetYear {
            priorYears = [budgetYear - 2]
            priorYearOrigins = [at(values["year"]?.value)]
        }

        func displayName(_ node: Node, _ what: String) -> String? {
            guard let name = textValue(node, what).map(DisplayName.normalized) else { return nil }
            if let problem = DisplayName.problem(name, what: what) {
                diagnostics.error(problem, at: at(node))
                return nil
            }
            return name
        }

        var municipalities: [Municipality] = []
        var municipalityOrigins: [SourceLocation] = []
        if let node = required("municipalities") {
            if let sequence = node.sequence, !sequence.isEmpty {
                for item in sequence {
                    guard let name = displayName(item, "municipality") else { continue }
                    let municipality = Municipality(name)
                    if name == "*" {
                        diagnostics.error("\"*\" is not a municipality", at: at(item))
                    } else if municipalities.contains(where: { $0.key == municipality.key }) {
                        diagnostics.error("municipality \"\(name)\" is named twice", at: at(item))
                    } else {
                        municipalities.append(municipality)
                        municipalityOrigins.append(at(item))
                    }
                }
            } else {
                diagnostics.error("municipalities must be a list of names, e.g. [Vallensbæk, Ishøj]", at: at(node))
            }
        }

        let jobcenter = values["jobcenter"].flatMap { displayName($0.value, "jobcenter") }

        var cutoff: Day?
        if let node = values["cutoff"]?.value {
            if let value = node.scalar.flatMap({ Day(iso: $0.string) }) {
                if let budgetYear, value.components.year != budgetYear {
                    diagnostics.error("cutoff \(value) is outside the budget year \(budgetYear)", at: at(node))
                } else {
                    cutoff = value
                }
            } else {
                diagnostics.error("cutoff \"\(node.scalar?.string ?? describe(node))\" is not a date; write YYYY-MM-DD, e.g. 2017-09-30", at: at(node))
            }
        }

        var numberStyle = NumberStyle.da
        if let node = values["number_style"]?.value {
            if let value = node.scalar.flatMap({ NumberStyle(rawValue: $0.string) }) {
                numberStyle = value
            } else {
                diagnostics.error("number_style \"\(node.scalar?.string ?? describe(node))\" must be da or international", at: at(node))
            }
        }

        let output = values["output"].flatMap { textValue($0.value, "output") } ?? "Output"
        if let node = values["output"]?.value { checkAbsoluteOutput(output, at: at(node), diagnostics: diagnostics) }
        let reports = reportFormats(values["reports"]?.value, file: file, diagnostics: diagnostics)

        var inputs = PipelineConfig.Inputs(catalog: [], budget: [], rates: [], actuals: [], cases: [])
        var warnings: [Diagnostic] = []
        if let node = required("inputs") {
            if let inputMapping = node.mapping {
                var seen: Set<String> = []
                for (key, value) in inputMapping {
                    guard let name = key.string, inputKeys.contains(name) else {
                        let name = key.string ?? describe(key)
                        diagnostics.error("unknown key \"inputs.\(name)\"\(suggestion(name, inputKeys)); known keys: \(inputKeys.joined(separator: ", "))", at: at(key))
                        continue
                    }
                    guard seen.insert(name).inserted else {
                        diagnostics.error("key \"inputs.\(name)\" appears twice", at: at(key))
                        continue
                    }
                    let extensions = name == "budget" ? ["csv", "xml"] : ["csv"]
                    let files = InputResolver.resolve(value, key: "inputs.\(name)", extensions: extensions, base: base,
                                                      required: requiredInputs.contains(name), file: file,
                                                      diagnostics: diagnostics, warnings: &warnings)
                    switch name {
                    case "catalog": inputs.catalog = files
                    case "budget": inputs.budget = files
                    case "rates": inputs.rates = files
                    case "actuals": inputs.actuals = files
                    case "goals": inputs.goals = files
                    default: inputs.cases = files
                    }
                }
                for key in requiredInputs where !seen.contains(key) {
                    diagnostics.error("missing required key \"inputs.\(key)\"", at: at(node))
                }
            } else {
                diagnostics.error("inputs must be a mapping: catalog:, budget:, rates:, and optionally actuals:, cases:, goals:", at: at(node))
            }
        }

        let flagThresholds = values["flags"].map { FlagThresholdsParser.parse($0.value, file: file, diagnostics: diagnostics) } ?? .defaults

        guard !diagnostics.hasErrors, let budgetYear else { throw Failure(diagnostics: diagnostics.diagnostics) }
        var config = PipelineConfig(year: budgetYear, priorYears: priorYears, municipalities: municipalities, jobcenter: jobcenter,
                                    cutoff: cutoff, numberStyle: numberStyle, inputs: inputs, output: output,
                                    folder: base, file: file, municipalityOrigins: municipalityOrigins, warnings: warnings,
                                    reports: reports)
        config.flagThresholds = flagThresholds
        config.priorYearOrigins = priorYearOrigins
        return config
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

    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): return "\"\(scalar.string)\""
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    static func suggestion(_ name: String, _ known: [String]) -> String {
        let best = known.min { editDistance(Array(name), Array($0)) < editDistance(Array(name), Array($1)) }
        guard let best, editDistance(Array(name), Array(best)) <= 3 else { return "" }
        return "; did you mean \"\(best)\"?"
    }

    private static func yamlDiagnostic(_ error: YamlError, file: String, text: String) -> Diagnostic {
        switch error {
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Yams points at the mapping; find the second use of the key, which is the mistake.
            let key = duplicates.sorted().first ?? ""
            let uses = keyLines(key, in: text)
            if uses.count >= 2 {
                return Diagnostic(.error, "key \"\(key)\" appears twice (first at line \(uses[0].line)); keep one",
                                  at: SourceLocation(file: file, line: uses[1].line, column: uses[1].column))
            }
            return Diagnostic(.error, "key \"\(key)\" appears twice in one mapping; keep one",
                              at: SourceLocation(file: file, line: context.mark.line, column: context.mark.column))
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            return Diagnostic(.error, "\(file) is not valid YAML: \(problem)", at: SourceLocation(file: file, line: mark.line, column: mark.column))
        default:
            return Diagnostic(.error, "\(file) is not valid YAML: \(error)", at: SourceLocation(file: file))
        }
    }
}
