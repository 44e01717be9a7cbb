import Foundation
import Testing

/// What the shipped binary loads when it starts: libcurl and the ~30 libraries under it
/// (about 10 MiB of resident memory) only when `fetch jobindsats` makes its first request,
/// never at the start of a command (docs/benchmarks.md, "The memory floor").
@Suite struct StartUpLibrariesTests {
    /// The libraries the dynamic linker loads for `caseload arguments`, by glibc's `LD_DEBUG=libs`.
    func loaded(_ arguments: [String]) throws -> String {
        let folder = FileManager.default.temporaryDirectory
        return try CaseloadProcess.run(arguments, in: folder, environment: ["LD_DEBUG": "libs"]).stderr
    }

    @Test func aCommandStartsWithoutLibcurl() throws {
        let trace = try loaded(["--version"])
        #expect(trace.contains("libFoundation.so"), "LD_DEBUG=libs traced nothing")
        #expect(!trace.contains("libcurl"))
        #expect(!trace.contains("libFoundationNetworking"))
    }
}
