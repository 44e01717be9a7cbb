import Foundation
import Yams

/// Expands an `inputs.*` entry of pipeline.yml (a file, a folder, or a list of them) into
/// input files, sorted by name within a folder so that every run reads them in one order.
enum InputResolver {
    static func resolve(_ node: Node, key: String, extensions: [String], base: URL, file: String,
                        diagnostics: DiagnosticEngine) -> [InputFile] {
        let items: [Node]
        if let sequence = node.sequence { items = Array(sequence) } else { items = [node] }
        var files: [InputFile] = []
        for item in items {
            let location = SourceLocation(file: file, line: item.mark?.line, column: item.mark?.column)
            guard let path = item.scalar?.string.trimmingWhitespace(), !path.isEmpty else {
                diagnostics.error("\(key) must be a path or a list of paths", at: location)
                continue
            }
            let url = base.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
                diagnostics.error("\(key): \"\(path)\" does not exist", at: location)
                continue
            }
            if isFolder.boolValue {
                let names: [String]
                do {
                    names = try FileManager.default.contentsOfDirectory(atPath: url.path)
                } catch {
                    diagnostics.error("\(key): cannot read the folder \"\(path)\"", at: location)
                    continue
                }
                let matching = names.filter { name in
                    !name.hasPrefix(".") && extensions.contains { name.lowercased().hasSuffix(".\($0)") }
                }.sorted()
                if matching.isEmpty {
                    diagnostics.error("\(key): the folder \"\(path)\" holds no \(extensions.map { "*.\($0)" }.joined(separator: " or ")) files", at: location)
                }
                let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
                files += matching.map { InputFile(url: url.appendingPathComponent($0), path: "\(folder)/\($0)") }
            } else {
                guard extensions.contains(where: { path.lowercased().hasSuffix(".\($0)") }) else {
                    diagnostics.error("\(key): \"\(path)\" is not a \(extensions.map { "*.\($0)" }.joined(separator: " or ")) file", at: location)
                    continue
                }
                files.append(InputFile(url: url, path: path))
            }
        }
        // The same file twice (a folder and a file in it, say) would count every row twice.
        var seen: Set<String> = []
        var unique: [InputFile] = []
        for input in files {
            if seen.insert(input.url.standardizedFileURL.path).inserted {
                unique.append(input)
            } else {
                diagnostics.error("\(key) names \"\(input.path)\" twice",
                                  at: SourceLocation(file: file, line: node.mark?.line, column: node.mark?.column))
            }
        }
        return unique
    }
}
