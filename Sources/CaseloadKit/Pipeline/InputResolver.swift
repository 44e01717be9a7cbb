import Foundation
import Yams

/// Expands an `inputs.*` entry of pipeline.yml (a file, a folder, or a list of them) into
/// input files, sorted by name within a folder so that every run reads them in one order.
///
/// Relative paths start at pipeline.yml's folder; absolute paths are used as they are. In a
/// folder, names starting with `.` or `~$` (hidden files, Office lock files) are skipped
/// silently, other files of another type with a warning naming them, and an entry that is
/// not a regular file (a FIFO, a device, a socket) is an error: reading it could hang.
enum InputResolver {
    static func resolve(_ node: Node, key: String, extensions: [String], base: URL, required: Bool, file: String,
                        diagnostics: DiagnosticEngine, warnings: inout [Diagnostic]) -> [InputFile] {
        let nodeLocation = SourceLocation(file: file, line: node.mark?.line, column: node.mark?.column)
        let items: [Node]
        if let sequence = node.sequence {
            items = Array(sequence)
            if items.isEmpty, required {
                diagnostics.error("\(key) is an empty list; name a file or a folder, e.g. \(example(key))", at: nodeLocation)
            }
        } else {
            items = [node]
        }
        let wanted = extensions.map { "*.\($0)" }.joined(separator: " or ")
        var files: [InputFile] = []
        for item in items {
            let location = SourceLocation(file: file, line: item.mark?.line, column: item.mark?.column)
            guard let path = item.scalar?.string.trimmingWhitespace(), !path.isEmpty else {
                diagnostics.error("\(key) must be a path or a list of paths", at: location)
                continue
            }
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : base.appendingPathComponent(path)
            switch FileKind.of(url) {
            case .missing:
                diagnostics.error("\(key): \"\(path)\" does not exist\(path.hasPrefix("/") ? "" : " (paths are relative to the folder of \(file))")", at: location)
            case .other(let kind):
                diagnostics.error("\(key): \"\(path)\" is \(kind), not a file; name a CSV\(extensions.contains("xml") ? " or XML" : "") file or a folder of them", at: location)
            case .file:
                guard extensions.contains(where: { path.lowercased().hasSuffix(".\($0)") }) else {
                    diagnostics.error("\(key): \"\(path)\" is not a \(wanted) file", at: location)
                    continue
                }
                files.append(InputFile(url: url, path: path))
            case .folder:
                let names: [String]
                do {
                    names = try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
                } catch {
                    diagnostics.error("\(key): cannot read the folder \"\(path)\"", at: location)
                    continue
                }
                let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
                var found = 0
                for name in names where !name.hasPrefix(".") && !name.hasPrefix("~$") {
                    let entry = InputFile(url: url.appendingPathComponent(name), path: "\(folder)/\(name)")
                    switch FileKind.of(entry.url) {
                    case .file where extensions.contains { name.lowercased().hasSuffix(".\($0)") }:
                        files.append(entry)
                        found += 1
                    case .file, .folder:
                        warnings.append(Diagnostic(.warning, "skipped: \(key) reads only \(wanted) files from a folder\(hint(name))", at: entry.at()))
                    case .other(let kind):
                        diagnostics.error("\(key): \"\(entry.path)\" is \(kind), not a file; remove it from the folder", at: entry.at())
                    case .missing:
                        break // removed while the folder was listed
                    }
                }
                if found == 0 {
                    diagnostics.error("\(key): the folder \"\(path)\" holds no \(wanted) files", at: location)
                }
            }
        }
        // The same file twice (a folder and a file in it, say) would count every row twice.
        var seen: Set<String> = []
        var unique: [InputFile] = []
        for input in files {
            if seen.insert(input.url.resolvingSymlinksInPath().standardizedFileURL.path).inserted {
                unique.append(input)
            } else {
                diagnostics.error("\(key) names \"\(input.path)\" twice", at: nodeLocation)
            }
        }
        return unique
    }

    /// What to do about a file of another type, where there is a usual fix.
    private static func hint(_ name: String) -> String {
        let lower = name.lowercased()
        if lower.hasSuffix(".xlsx") || lower.hasSuffix(".xls") || lower.hasSuffix(".ods") {
            return "; to use this workbook, save it as \"CSV UTF-8\" or \"CSV (semikolonsepareret)\""
        }
        return ""
    }

    private static func example(_ key: String) -> String {
        switch key {
        case "inputs.catalog": return "Input/ydelser.csv"
        case "inputs.budget": return "Input/budget"
        default: return "Input/takster"
        }
    }
}
