import Foundation
import Yams

/// Expands an `inputs.*` entry of pipeline.yml (a file, a folder, or a list of them) into
/// input files, sorted by name within a folder so that every run reads them in one order.
///
/// Relative paths start at pipeline.yml's folder; absolute paths are used as they are. In a
/// folder, names starting with `.` or `~$` (hidden files, Office lock files) are skipped
/// silently, other files of another type with a warning naming them, and an entry that is
/// not a regular file (a FIFO, a device, a socket) is an error: reading it could hang.
///
/// With `fetchable` (the actuals, which `caseload fetch jobindsats` saves into a folder), a
/// folder that is empty or does not exist yet is a warning saying so, not an error: before the
/// first fetch there is nothing in it, and git keeps no empty folder.
enum InputResolver {
    static func resolve(_ node: Node, key: String, extensions: [String], base: URL, required: Bool, file: String,
                        fetchable: Bool = false, diagnostics: DiagnosticEngine, warnings: inout [Diagnostic]) -> [InputFile] {
        let nodeLocation = SourceLocation(file: file, line: node.mark?.line, column: node.mark?.column)
        let items: [Node]
        if let sequence = node.sequence {
            items = Array(sequence)
            if items.isEmpty, required {
                diagnostics.error(.inputEmptyList(key, example: example(key)), at: nodeLocation)
            }
        } else {
            items = [node]
        }
        let wanted = Message.wantedFiles(extensions)
        var files: [InputFile] = []
        for item in items {
            let location = SourceLocation(file: file, line: item.mark?.line, column: item.mark?.column)
            guard let written = item.scalar?.string.trimmingWhitespace(), !written.isEmpty else {
                diagnostics.error(.inputNotPath(key), at: location)
                continue
            }
            // `budget.xlsx#Ishøj`: a workbook's sheet.
            let (path, sheet) = splitSheet(written)
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : base.appendingPathComponent(path)
            switch FileKind.of(url) {
            case .missing where fetchable && isFolderPath(path, extensions: extensions):
                warnings.append(Diagnostic(.warning, .actualsFolderMissing(key, path), at: location))
            case .missing:
                diagnostics.error(.inputMissing(key, path, relativeTo: path.hasPrefix("/") ? nil : file), at: location)
            case .other(let kind):
                diagnostics.error(.inputNotAFile(key, path, kind: kind, xml: extensions.contains("xml")), at: location)
            case .file:
                if isLegacyWorkbook(path) {
                    diagnostics.error(.workbookLegacyFormat, at: SourceLocation(file: path))
                    continue
                }
                guard extensions.contains(where: { path.lowercased().hasSuffix(".\($0)") }) else {
                    diagnostics.error(.inputWrongType(key, path, wanted: wanted), at: location)
                    continue
                }
                files.append(InputFile(url: url, path: written, sheet: sheet))
            case .folder:
                files += folderFiles(url, path: path, key: key, extensions: extensions, wanted: wanted, at: location, fetchable: fetchable,
                                     diagnostics: diagnostics, warnings: &warnings)
            }
        }
        return unique(files, key: key, at: nodeLocation, diagnostics: diagnostics)
    }

    /// The files of `extensions` in the folder `url` (written `path` in pipeline.yml), sorted
    /// by name; hidden files and Office lock files skipped silently, other files with a warning.
    /// None is an error, or with `fetchable` a warning.
    private static func folderFiles(_ url: URL, path: String, key: String, extensions: [String], wanted: Message,
                                    at location: SourceLocation, fetchable: Bool, diagnostics: DiagnosticEngine,
                                    warnings: inout [Diagnostic]) -> [InputFile] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
        } catch {
            diagnostics.error(.inputFolderUnreadable(key, path), at: location)
            return []
        }
        let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
        var files: [InputFile] = []
        for name in names where !name.hasPrefix(".") && !name.hasPrefix("~$") {
            let entry = InputFile(url: url.appendingPathComponent(name), path: "\(folder)/\(name)")
            switch FileKind.of(entry.url) {
            case .file where extensions.contains { name.lowercased().hasSuffix(".\($0)") }:
                files.append(entry)
            case .file where isLegacyWorkbook(name):
                diagnostics.error(.workbookLegacyFormat, at: entry.at())
            case .file, .folder:
                warnings.append(Diagnostic(.warning, .inputSkipped(key, wanted: wanted, workbook: isWorkbook(name)), at: entry.at()))
            case .other(let kind):
                diagnostics.error(.inputNotAFileInFolder(key, entry.path, kind: kind), at: entry.at())
            case .missing:
                break // removed while the folder was listed
            }
        }
        if files.isEmpty {
            if fetchable {
                warnings.append(Diagnostic(.warning, .actualsFolderEmpty(key, path, wanted: wanted), at: location))
            } else {
                diagnostics.error(.inputFolderEmpty(key, path, wanted: wanted), at: location)
            }
        }
        return files
    }

    /// The files without repeats: the same file (and sheet) twice, a folder and a file in it
    /// say, would count every row twice, so a repeat is an error.
    private static func unique(_ files: [InputFile], key: String, at location: SourceLocation,
                               diagnostics: DiagnosticEngine) -> [InputFile] {
        var seen: Set<String> = []
        var unique: [InputFile] = []
        for input in files {
            let identity = input.url.resolvingSymlinksInPath().standardizedFileURL.path + "#" + (input.sheet ?? "")
            if seen.insert(identity).inserted {
                unique.append(input)
            } else {
                diagnostics.error(.inputTwice(key, input.path), at: location)
            }
        }
        return unique
    }

    /// A path and the sheet named after `#` in it, when the part before names a workbook
    /// (`Input/budget/budget.xlsx#Ishøj`); other paths are returned whole.
    static func splitSheet(_ written: String) -> (path: String, sheet: String?) {
        var searchStart = written.startIndex
        while let hash = written[searchStart...].firstIndex(of: "#") {
            let path = String(written[..<hash])
            let sheet = String(written[written.index(after: hash)...])
            if path.lowercased().hasSuffix(".xlsx"), !sheet.isEmpty { return (path, sheet) }
            searchStart = written.index(after: hash)
        }
        return (written, nil)
    }

    /// True for a path that names no file of `extensions` (nor a sheet of a workbook): a folder.
    static func isFolderPath(_ path: String, extensions: [String]) -> Bool {
        let lower = splitSheet(path).path.lowercased()
        return !(extensions + ["xls"]).contains { lower.hasSuffix(".\($0)") }
    }

    /// True for Excel's old binary format, which caseload does not read (save as .xlsx).
    private static func isLegacyWorkbook(_ name: String) -> Bool {
        name.lowercased().hasSuffix(".xls")
    }

    /// True for a spreadsheet workbook, which the warning says how to save as CSV.
    private static func isWorkbook(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".xlsx") || lower.hasSuffix(".xls") || lower.hasSuffix(".ods")
    }

    private static func example(_ key: String) -> String {
        switch key {
        case "inputs.catalog": return "Input/ydelser.csv"
        case "inputs.budget": return "Input/budget"
        default: return "Input/takster"
        }
    }
}
