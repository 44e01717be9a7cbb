/// The lock file (`caseload.lock` beside pipeline.yml): the SHA-256 of the tool's version, of
/// pipeline.yml, of every input a run read and of every result it wrote. One line a file,
/// sorted, no timestamps, so that it reads well in a diff and changes only when they do.
public struct LockFile: Equatable, Sendable {
    /// The tool that made the results, e.g. `caseload 0.5.0`.
    public var tool: String
    /// pipeline.yml (as named) and its digest.
    public var settings: Fingerprint
    /// Input files by path as pipeline.yml names them, with digests taken before reading.
    public var inputs: [Fingerprint]
    /// Result files by path (`Output/2017/afstemning.csv`), with digests of what was written.
    public var outputs: [Fingerprint]

    /// A file's path and SHA-256.
    public struct Fingerprint: Equatable, Sendable, Comparable {
        /// The path as messages show it.
        public let path: String
        /// 64 lower-case hex digits.
        public let sha256: String

        /// Creates a fingerprint.
        public init(path: String, sha256: String) {
            self.path = path
            self.sha256 = sha256
        }

        public static func < (a: Fingerprint, b: Fingerprint) -> Bool { a.path < b.path }
    }

    /// Creates a lock; inputs and outputs are kept sorted by path.
    public init(tool: String, settings: Fingerprint, inputs: [Fingerprint], outputs: [Fingerprint]) {
        self.tool = tool
        self.settings = settings
        self.inputs = inputs.sorted()
        self.outputs = outputs.sorted()
    }

    /// The file's text.
    public func rendered() -> String {
        var lines = [
            "# caseload.lock: what the results were made from. Written by `caseload run`;",
            "# `caseload status` compares it with the files. Do not edit by hand.",
            "tool     sha256:\(ContentHash.of(tool.utf8).hex) \(tool)",
            "settings sha256:\(settings.sha256) \(Self.escape(settings.path))",
        ]
        lines += inputs.map { "input    sha256:\($0.sha256) \(Self.escape($0.path))" }
        lines += outputs.map { "output   sha256:\($0.sha256) \(Self.escape($0.path))" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads a lock file's text; `nil` if it is not one (then the results count as stale).
    public static func parse(_ text: String) -> LockFile? {
        var tool: String?
        var settings: Fingerprint?
        var inputs: [Fingerprint] = []
        var outputs: [Fingerprint] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
            guard parts.count == 2 else { return nil }
            let rest = parts[1].drop { $0 == " " }
            guard rest.hasPrefix("sha256:"), let space = rest.firstIndex(of: " ") else { return nil }
            let digest = String(rest[rest.index(rest.startIndex, offsetBy: 7)..<space])
            let path = unescape(String(rest[rest.index(after: space)...]))
            guard digest.count == 64 else { return nil }
            switch parts[0] {
            case "tool": tool = path
            case "settings": settings = Fingerprint(path: path, sha256: digest)
            case "input": inputs.append(Fingerprint(path: path, sha256: digest))
            case "output": outputs.append(Fingerprint(path: path, sha256: digest))
            default: return nil
            }
        }
        guard let tool, let settings else { return nil }
        return LockFile(tool: tool, settings: settings, inputs: inputs, outputs: outputs)
    }

    /// Paths keep to one line: `%`, line breaks and tabs are written as %25, %0A, %0D, %09.
    static func escape(_ path: String) -> String {
        path.replacing("%", with: "%25").replacing("\n", with: "%0A").replacing("\r", with: "%0D").replacing("\t", with: "%09")
    }

    static func unescape(_ path: String) -> String {
        path.replacing("%09", with: "\t").replacing("%0D", with: "\r").replacing("%0A", with: "\n").replacing("%25", with: "%")
    }
}
