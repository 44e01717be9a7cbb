import Foundation

/// The Jobindsats stand-in (`Fixtures/jobindsats-stub/stub.py`) on 127.0.0.1 at a free port,
/// started by a test and stopped when the test lets go of it. Its spec file is rewritten with
/// `update` to change what it serves (a new month, a failure mode).
final class JobindsatsStub {
    let specFile: URL
    let process = Process()
    /// The stub's standard input: it exits when this closes.
    private let input = Pipe()
    /// `http://127.0.0.1:<port>/v3`.
    private(set) var baseURL = ""

    init(_ spec: [String: Any]) throws {
        specFile = TestScratch.root.appendingPathComponent("jobindsats-stub-\(UUID().uuidString).json")
        try update(spec)
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", fixture("jobindsats-stub/stub.py").path, specFile.path]
        process.standardOutput = output
        process.standardInput = input
        try process.run()
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) {
            line.append(byte)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else { throw StubFailure() }
        baseURL = "http://127.0.0.1:\(port)/v3"
    }

    /// Serves `spec` from the next request on. Keys are written sorted, so the stub answers
    /// rows in one order (areas alphabetically) whatever the dictionary's order.
    func update(_ spec: [String: Any]) throws {
        try JSONSerialization.data(withJSONObject: spec, options: .sortedKeys).write(to: specFile, options: .atomic)
    }

    deinit {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: specFile)
    }

    struct StubFailure: Error {}
}
