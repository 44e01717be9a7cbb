import Foundation

/// The folders of `Sources/CaseloadKit` and their place in the pipeline, as docs/design.md
/// draws them. A file may name the types of its own folder, of the foundation, and of any
/// earlier stage; never a type of a later stage or of another folder of its own stage.
enum StageMap {
    /// Folder → stage. Stage 0 is the foundation, whose folders may name each other's types.
    static let stages: [String: Int] = [
        "Model": 0, "Format": 0, "Diagnostics": 0,
        "Config": 1,
        "Ingest": 2,
        "Convert": 3,
        "Compare": 4,
        "Report": 5,
        "Publish": 6, "Review": 6, "Explain": 6, "Generate": 6,
        "Pipeline": 7,
    ]

    /// A file that names a type it may not.
    struct Violation: CustomStringConvertible {
        let file: String
        let type: String
        let owner: String

        var description: String {
            "\(file) names \(type) of \(owner)/ (stage \(stages[owner] ?? -1)), "
                + "but \(file.prefix { $0 != "/" })/ is stage \(stages[String(file.prefix { $0 != "/" })] ?? -1)"
        }
    }

    /// Whether a file in `folder` may name a type of `owner`.
    static func allows(_ folder: String, toName owner: String) -> Bool {
        guard folder != owner, let from = stages[folder], let to = stages[owner] else { return true }
        return to < from || (from == 0 && to == 0)
    }

    /// Every source file, by its path below `root` (e.g. `Compare/Reconciler.swift`).
    static func sources(in root: URL) throws -> [String: String] {
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [:] }
        var files: [String: String] = [:]
        while let path = walker.nextObject() as? String {
            guard path.hasSuffix(".swift") else { continue }
            files[path] = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        }
        return files
    }

    /// Type name → the folder that declares it at file level (private types left out: no other
    /// file can name them).
    static func owners(of files: [String: String]) -> [String: String] {
        let declaration = /(?m)^(?:@\w+(?:\([^)\n]*\))?[ \t]+)*(?:(?:public|package|internal)[ \t]+)?(?:(?:final|indirect)[ \t]+)?(?:struct|enum|class|protocol|actor|typealias)[ \t]+([A-Z]\w*)/
        var owners: [String: String] = [:]
        for (path, text) in files {
            for match in text.matches(of: declaration) { owners[String(match.1)] = folder(of: path) }
        }
        return owners
    }

    /// Every file naming a type it may not, sorted.
    static func violations(in files: [String: String]) -> [Violation] {
        let owners = owners(of: files)
        var found: [Violation] = []
        for (path, text) in files {
            let folder = folder(of: path)
            for name in SwiftIdentifiers.capitalized(in: text) {
                guard let owner = owners[name], !allows(folder, toName: owner) else { continue }
                found.append(Violation(file: path, type: name, owner: owner))
            }
        }
        return found.sorted { ($0.file, $0.type) < ($1.file, $1.type) }
    }

    /// The stage folder of a path: its first component.
    static func folder(of path: String) -> String { String(path.prefix { $0 != "/" }) }
}
