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
        func at(_ node: Node?) -> SourceLocation {
            SourceLocation(file: file, line: node?.mark?.line, column: node?.mark?.column)
        }
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                throw Failure(diagnostics: [Diagnostic(.error, .configEmpty(file), at: SourceLocation(file: file, line: 1))])
            }
            root = composed
        } catch let failure as Failure {
            throw failure
        } catch let error as YamlError {
            throw Failure(diagnostics: [yamlDiagnostic(error, file: file, text: text)])
        } catch {
            throw Failure(diagnostics: [Diagnostic(.error, .configNotYAML(file, "\(error)"), at: SourceLocation(file: file))])
        }
        guard let mapping = root.mapping else {
            throw Failure(diagnostics: [Diagnostic(.error, .configNotMapping(file), at: at(root))])
        }

        var values: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard let name = key.string else {
                diagnostics.error(.keyNotText, at: at(key))
                continue
            }
            if !topKeys.contains(name) {
                diagnostics.error(.unknownKey(name, suggestion: suggestion(name, topKeys), known: topKeys), at: at(key))
            } else if values[name] != nil {
                diagnostics.error(.keyTwice(name), at: at(key))
            } else {
                values[name] = (key, value)
            }
        }

        func year(_ node: Node, _ what: Message) -> Int? {
            if let text = node.scalar?.string, text.utf8.count == 4, let value = Int(text), value >= 1900 { return value }
            diagnostics.error(.configNotAYear(what, shown(node)), at: at(node))
            return nil
        }
        func textValue(_ node: Node, _ what: Message) -> String? {
            if let value = node.scalar?.string, !value.trimmingWhitespace().isEmpty { return value.trimmingWhitespace() }
            diagnostics.error(.mustBeText(what, found: describe(node)), at: at(node))
            return nil
        }
        func required(_ key: String) -> Node? {
            if let entry = values[key] { return entry.value }
            diagnostics.error(.missingKey(key), at: SourceLocation(file: file, line: 1))
            return nil
        }

        let budgetYear = required("year").flatMap { year($0, .whatYear) }

        var priorYears: [Int] = []
        var priorYearOrigins: [SourceLocation] = []
        if let node = values["prior_years"]?.value {
            let items = node.sequence.map(Array.init) ?? (node.scalar != nil ? [node] : [])
            for item in items {
                guard let value = year(item, node.sequence != nil ? .whatPriorYear : .whatPriorYears) else { continue }
                if let budgetYear, value >= budgetYear {
                    diagnostics.error(.priorYearNotBefore(value, budgetYear: budgetYear), at: at(item))
                }
                priorYears.append(value)
                priorYearOrigins.append(at(item))
            }
            if Set(priorYears).count != priorYears.count {
                diagnostics.error(.priorYearTwice, at: at(node))
            }
        } else if let budgetYear {
            priorYears = [budgetYear - 2]
            priorYearOrigins = [at(values["year"]?.value)]
        }

        func displayName(_ node: Node, _ what: Message) -> String? {
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
                    guard let name = displayName(item, .whatMunicipality) else { continue }
                    let municipality = Municipality(name)
                    if name == "*" {
                        diagnostics.error(.starIsNotAMunicipality, at: at(item))
                    } else if municipalities.contains(where: { $0.key == municipality.key }) {
                        diagnostics.error(.municipalityTwice(name), at: at(item))
                    } else {
                        municipalities.append(municipality)
                        municipalityOrigins.append(at(item))
                    }
                }
            } else {
                diagnostics.error(.municipalitiesNotList, at: at(node))
            }
        }

        let jobcenter = values["jobcenter"].flatMap { displayName($0.value, .whatJobcenter) }

        var cutoff: Day?
        if let node = values["cutoff"]?.value {
            if let value = node.scalar.flatMap({ Day(written: $0.string) }) {
                if let budgetYear, value.components.year != budgetYear {
                    diagnostics.error(.cutoffOutsideYear("\(value)", year: budgetYear), at: at(node))
                } else {
                    cutoff = value
                }
            } else {
                if let text = node.scalar?.string {
                    diagnostics.error(.cellNotADate("cutoff", text), at: at(node))
                } else {
                    diagnostics.error(.cutoffNotADate(shown(node)), at: at(node))
                }
            }
        }

        var numberStyle = NumberStyle.da
        if let node = values["number_style"]?.value {
            if let value = node.scalar.flatMap({ NumberStyle(rawValue: $0.string) }) {
                numberStyle = value
            } else {
                diagnostics.error(.numberStyleUnknown(shown(node)), at: at(node))
            }
        }

        let output = values["output"].flatMap { textValue($0.value, .whatOutput) } ?? "Output"
        if let node = values["output"]?.value { checkAbsoluteOutput(output, at: at(node), diagnostics: diagnostics) }
        let reports = reportFormats(values["reports"]?.value, file: file, diagnostics: diagnostics)

        var inputs = PipelineConfig.Inputs(catalog: [], budget: [], rates: [], actuals: [], cases: [])
        var warnings: [Diagnostic] = []
        if let node = required("inputs") {
            if let inputMapping = node.mapping {
                var seen: Set<String> = []
                for (key, value) in inputMapping {
                    guard let name = key.string, inputKeys.contains(name) else {
                        let name = key.string ?? describe(key).en
                        diagnostics.error(.unknownKey("inputs.\(name)", suggestion: suggestion(name, inputKeys), known: inputKeys), at: at(key))
                        continue
                    }
                    guard seen.insert(name).inserted else {
                        diagnostics.error(.keyTwice("inputs.\(name)"), at: at(key))
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
                    diagnostics.error(.missingKey("inputs.\(key)"), at: at(node))
                }
            } else {
                diagnostics.error(.inputsNotMapping, at: at(node))
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
