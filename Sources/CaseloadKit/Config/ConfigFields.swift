import Foundation
import Yams

/// The top-level keys of one pipeline.yml, each read by its own step. Every step reports its
/// problems to `diagnostics` with the line of the value; the steps run in the order of
/// `ConfigLoader.parse`, so the messages keep the order of the keys' documentation.
struct ConfigFields {
    let file: String
    let base: URL
    let diagnostics: DiagnosticEngine
    /// The known top-level keys found, each with its key and value node.
    private(set) var values: [String: (key: Node, value: Node)] = [:]

    /// Collects the top-level keys of `mapping`; a key that is not text, unknown or given
    /// twice is an error at the key.
    init(_ mapping: Node.Mapping, file: String, base: URL, diagnostics: DiagnosticEngine) {
        self.file = file
        self.base = base
        self.diagnostics = diagnostics
        for (key, value) in mapping {
            guard let name = key.string else {
                diagnostics.error(.keyNotText, at: at(key))
                continue
            }
            let known = ConfigLoader.topKeys
            if !known.contains(name) {
                diagnostics.error(.unknownKey(name, suggestion: ConfigLoader.suggestion(name, known), known: known), at: at(key))
            } else if values[name] != nil {
                diagnostics.error(.keyTwice(name), at: at(key))
            } else {
                values[name] = (key, value)
            }
        }
    }

    func at(_ node: Node?) -> SourceLocation {
        SourceLocation(file: file, line: node?.mark?.line, column: node?.mark?.column)
    }

    // MARK: Values

    func year(_ node: Node, _ what: Message) -> Int? {
        if let text = node.scalar?.string, text.utf8.count == 4, let value = Int(text), value >= 1900 { return value }
        diagnostics.error(.configNotAYear(what, ConfigLoader.shown(node)), at: at(node))
        return nil
    }

    func textValue(_ node: Node, _ what: Message) -> String? {
        if let value = node.scalar?.string, !value.trimmingWhitespace().isEmpty { return value.trimmingWhitespace() }
        diagnostics.error(.mustBeText(what, found: ConfigLoader.describe(node)), at: at(node))
        return nil
    }

    func required(_ key: String) -> Node? {
        if let entry = values[key] { return entry.value }
        diagnostics.error(.missingKey(key), at: SourceLocation(file: file, line: 1))
        return nil
    }

    func displayName(_ node: Node, _ what: Message) -> String? {
        guard let name = textValue(node, what).map(DisplayName.normalized) else { return nil }
        if let problem = DisplayName.problem(name, what: what) {
            diagnostics.error(problem, at: at(node))
            return nil
        }
        return name
    }

    // MARK: Keys

    /// `year:` (required).
    func budgetYear() -> Int? {
        required("year").flatMap { year($0, .whatYear) }
    }

    /// `prior_years:`: one year or a list, each before the budget year, none twice; the year
    /// two before the budget year when the key is absent.
    func priorYears(budgetYear: Int?) -> (years: [Int], origins: [SourceLocation]) {
        guard let node = values["prior_years"]?.value else {
            guard let budgetYear else { return ([], []) }
            return ([budgetYear - 2], [at(values["year"]?.value)])
        }
        var priorYears: [Int] = []
        var origins: [SourceLocation] = []
        let items = node.sequence.map(Array.init) ?? (node.scalar != nil ? [node] : [])
        for item in items {
            guard let value = year(item, node.sequence != nil ? .whatPriorYear : .whatPriorYears) else { continue }
            if let budgetYear, value >= budgetYear {
                diagnostics.error(.priorYearNotBefore(value, budgetYear: budgetYear), at: at(item))
            }
            priorYears.append(value)
            origins.append(at(item))
        }
        if Set(priorYears).count != priorYears.count {
            diagnostics.error(.priorYearTwice, at: at(node))
        }
        return (priorYears, origins)
    }

    /// `municipalities:` (required): a non-empty list of names, none twice, not `*`.
    func municipalities() -> (list: [Municipality], origins: [SourceLocation]) {
        guard let node = required("municipalities") else { return ([], []) }
        guard let sequence = node.sequence, !sequence.isEmpty else {
            diagnostics.error(.municipalitiesNotList, at: at(node))
            return ([], [])
        }
        var municipalities: [Municipality] = []
        var origins: [SourceLocation] = []
        for item in sequence {
            guard let name = displayName(item, .whatMunicipality) else { continue }
            let municipality = Municipality(name)
            if name == "*" {
                diagnostics.error(.starIsNotAMunicipality, at: at(item))
            } else if municipalities.contains(where: { $0.key == municipality.key }) {
                diagnostics.error(.municipalityTwice(name), at: at(item))
            } else {
                municipalities.append(municipality)
                origins.append(at(item))
            }
        }
        return (municipalities, origins)
    }

    /// `jobcenter:` (optional display name).
    func jobcenter() -> String? {
        values["jobcenter"].flatMap { displayName($0.value, .whatJobcenter) }
    }

    /// `cutoff:` (optional): an ISO date in the budget year.
    func cutoff(budgetYear: Int?) -> Day? {
        guard let node = values["cutoff"]?.value else { return nil }
        guard let value = node.scalar.flatMap({ Day(written: $0.string) }) else {
            if let text = node.scalar?.string {
                diagnostics.error(.cellNotADate("cutoff", text), at: at(node))
            } else {
                diagnostics.error(.cutoffNotADate(ConfigLoader.shown(node)), at: at(node))
            }
            return nil
        }
        if let budgetYear, value.components.year != budgetYear {
            diagnostics.error(.cutoffOutsideYear("\(value)", year: budgetYear), at: at(node))
            return nil
        }
        return value
    }

    /// `number_style:` (optional, `da` when absent).
    func numberStyle() -> NumberStyle {
        guard let node = values["number_style"]?.value else { return .da }
        guard let value = node.scalar.flatMap({ NumberStyle(rawValue: $0.string) }) else {
            diagnostics.error(.numberStyleUnknown(ConfigLoader.shown(node)), at: at(node))
            return .da
        }
        return value
    }

    /// `output:` (optional, `Output` when absent); an absolute folder's parent must exist.
    func output() -> String {
        let output = values["output"].flatMap { textValue($0.value, .whatOutput) } ?? "Output"
        if let node = values["output"]?.value {
            ConfigLoader.checkAbsoluteOutput(output, at: at(node), diagnostics: diagnostics)
        }
        return output
    }

    /// `reports:` (optional, all formats when absent).
    func reports() -> [ReportFormat] {
        ConfigLoader.reportFormats(values["reports"]?.value, file: file, diagnostics: diagnostics)
    }

    /// `inputs:` (required): a mapping of input kinds to files; catalog, budget and rates are required.
    func inputs(warnings: inout [Diagnostic]) -> PipelineConfig.Inputs {
        var inputs = PipelineConfig.Inputs(catalog: [], budget: [], rates: [], actuals: [], cases: [])
        guard let node = required("inputs") else { return inputs }
        guard let inputMapping = node.mapping else {
            diagnostics.error(.inputsNotMapping, at: at(node))
            return inputs
        }
        var seen: Set<String> = []
        for (key, value) in inputMapping {
            guard let name = inputName(key, seen: &seen) else { continue }
            if name == "jobindsats_measure" {
                inputs.jobindsatsMeasure = value.scalar.map { $0.string.trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
                if inputs.jobindsatsMeasure == nil { diagnostics.error(.jobindsatsMeasureNotText, at: at(value)) }
                continue
            }
            // A Statistikbanken table (the labour force) is the CSV Statistikbanken saves; a
            // Jobindsats response (actuals) is JSON.
            let extensions = name == "labour_force" ? ["csv"]
                : (name == "budget" ? ["csv", "xml"] : name == "actuals" ? ["csv", "json"] : ["csv"]) + ["xlsx"]
            let files = InputResolver.resolve(value, key: "inputs.\(name)", extensions: extensions, base: base,
                                              required: ConfigLoader.requiredInputs.contains(name), file: file,
                                              fetchable: name == "actuals", diagnostics: diagnostics, warnings: &warnings)
            if name == "actuals" { inputs.actualsFolders = folders(value, extensions: extensions) }
            switch name {
            case "catalog": inputs.catalog = files
            case "budget": inputs.budget = files
            case "rates": inputs.rates = files
            case "actuals": inputs.actuals = files
            case "goals": inputs.goals = files
            case "labour_force": inputs.labourForce = files
            default: inputs.cases = files
            }
        }
        for key in ConfigLoader.requiredInputs where !seen.contains(key) {
            diagnostics.error(.missingKey("inputs.\(key)"), at: at(node))
        }
        return inputs
    }

    /// The folders an input entry names (a file or list entry that is a folder, or that does
    /// not exist yet and names no file of `extensions`), as written.
    private func folders(_ node: Node, extensions: [String]) -> [String] {
        let items = node.sequence.map(Array.init) ?? [node]
        return items.compactMap { item in
            guard let path = item.scalar?.string.trimmingWhitespace(), !path.isEmpty else { return nil }
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : base.appendingPathComponent(path)
            switch FileKind.of(url) {
            case .folder: return path
            case .missing: return InputResolver.isFolderPath(path, extensions: extensions) ? path : nil
            default: return nil
            }
        }
    }

    /// The input kind a key of `inputs:` names, or nil (reported) when it is unknown or repeated.
    private func inputName(_ key: Node, seen: inout Set<String>) -> String? {
        let known = ConfigLoader.inputKeys
        guard let name = key.string, known.contains(name) else {
            let name = key.string ?? ConfigLoader.describe(key).en
            diagnostics.error(.unknownKey("inputs.\(name)", suggestion: ConfigLoader.suggestion(name, known), known: known), at: at(key))
            return nil
        }
        guard seen.insert(name).inserted else {
            diagnostics.error(.keyTwice("inputs.\(name)"), at: at(key))
            return nil
        }
        return name
    }

    /// `flags:` (optional thresholds, the defaults when absent).
    func flagThresholds() -> FlagThresholds {
        values["flags"].map { FlagThresholdsParser.parse($0.value, file: file, diagnostics: diagnostics) } ?? .defaults
    }

    /// `forecast:` (optional settings, the defaults when absent); only with a `cutoff`.
    func forecast(cutoff: Day?) -> ForecastSettings {
        guard let (key, value) = values["forecast"] else { return .defaults }
        if cutoff == nil && values["cutoff"] == nil {
            diagnostics.error(.forecastWithoutCutoff, at: at(key))
        }
        return ForecastSettingsParser.parse(value, file: file, diagnostics: diagnostics)
    }
}
