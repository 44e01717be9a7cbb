@testable import CaseloadKit
import Foundation
import Testing

/// A run writes each result file into its staging folder as soon as it is rendered, hashed from
/// the bytes written; publishing stays all or nothing: a run stopped before the swap (a renderer
/// that fails mid-way, a file that cannot be written) leaves the previous year folder untouched.
@Suite struct StagingFolderTests {
    struct RenderFailure: Error, Equatable {}

    /// A project published once, and its writer and report for a second run.
    static func published() throws -> (Scenario, OutputWriter, ReconciliationReport, InputLedger) {
        let scenario = try Scenario(RunCommandTests.valid)
        _ = try Pipeline.run(configURL: scenario.configURL)
        let outcome = try Pipeline.assess(try ConfigLoader.load(scenario.configURL))
        let report = try #require(outcome.report)
        return (scenario, OutputWriter(outputFolder: scenario.folder.appendingPathComponent("Output"), shownAs: "Output"),
                report, outcome.ledger)
    }

    @Test func aRendererThatFailsMidWayLeavesTheResultsUntouched() throws {
        let (scenario, writer, report, ledger) = try Self.published()
        let output = scenario.folder.appendingPathComponent("Output")
        let before = try snapshot(output)
        let staging = try writer.startStaging(year: 2017)
        let files = ResultFile.written(reports: ReportFormat.allCases)
        let error = #expect(throws: RenderFailure.self) {
            do {
                _ = try ResultFile.render(files, report: report, ledger: ledger) { file in
                    if file.name == ResultFile.rapport.name { throw RenderFailure() }
                    return try staging.write(file)
                }
            } catch {
                throw writer.abandon(staging, because: error)
            }
        }
        #expect(error == RenderFailure())
        #expect(try snapshot(output) == before)
        #expect(stagingFolders(in: output) == [])
    }

    /// A renderer that throws after part of its file went through the sink into the staging file.
    @Test func aRendererThatFailsMidStreamLeavesTheResultsUntouched() throws {
        let (scenario, writer, _, _) = try Self.published()
        let output = scenario.folder.appendingPathComponent("Output")
        let before = try snapshot(output)
        let staging = try writer.startStaging(year: 2017)
        let error = #expect(throws: RenderFailure.self) {
            do {
                try staging.write("rapport.html") { sink in
                    var html = OutputBytes(drainingInto: sink, bufferSize: 4096)
                    for _ in 0..<1_000 { html.append("<p>Ishøj</p>\n") }
                    #expect(sink.offset > 0)
                    throw RenderFailure()
                }
            } catch {
                throw writer.abandon(staging, because: error)
            }
        }
        #expect(error == RenderFailure())
        #expect(try snapshot(output) == before)
        #expect(stagingFolders(in: output) == [])
    }

    /// A write that fails mid-file (the disk full: the file is /dev/full) stops the run at the
    /// file's end with the system's reason; the staging folder goes, the results stay.
    @Test func aWriteThatFailsMidFileStopsBeforeTheSwap() throws {
        let (scenario, writer, _, _) = try Self.published()
        let output = scenario.folder.appendingPathComponent("Output")
        let before = try snapshot(output)
        let staging = try writer.startStaging(year: 2017)
        try FileManager.default.createSymbolicLink(atPath: staging.url.appendingPathComponent("rapport.html").path,
                                                   withDestinationPath: "/dev/full")
        var thrown: (any Error)?
        do {
            try staging.write("rapport.html") { sink in
                var html = OutputBytes(drainingInto: sink, bufferSize: 4096)
                for _ in 0..<1_000 { html.append("<p>Ishøj</p>\n") }
                html.drain()
            }
        } catch {
            thrown = writer.abandon(staging, because: error)
        }
        let failure = try #require(thrown as? OutputWriter.Failure)
        #expect(failure.message.en.hasSuffix("): No space left on device; the previous results are kept"))
        #expect(try snapshot(output) == before)
        #expect(stagingFolders(in: output) == [])
    }

    /// A file streamed through a small buffer, with bytes held and patched as a ZIP header is:
    /// its hash is that of the bytes on disk.
    @Test func aStreamedFileIsHashedFromItsFinalBytes() throws {
        let (_, writer, _, _) = try Self.published()
        let staging = try writer.startStaging(year: 2017)
        let staged = try staging.write("a.bin") { sink in
            sink.write(Array("head".utf8))
            sink.holdForPatch()
            sink.write(Array("????".utf8))
            var body = OutputBytes(drainingInto: sink, bufferSize: 7)
            for index in 0..<100_000 { body.append(index) }
            body.drain()
            Array("PTCH".utf8).withUnsafeBytes { sink.overwrite($0, at: 4) }
            sink.settle()
            sink.write(Array("tail".utf8))
        }
        let written = try Data(contentsOf: staging.url.appendingPathComponent("a.bin"))
        #expect(written.prefix(8) == Data("headPTCH".utf8))
        #expect(written.suffix(4) == Data("tail".utf8))
        #expect(staged == StagingFolder.Staged(name: "a.bin", sha256: ContentHash.of(written).hex))
        _ = writer.abandon(staging, because: RenderFailure())
    }

    @Test func aFileThatCannotBeWrittenStopsBeforeTheSwap() throws {
        let (scenario, writer, _, _) = try Self.published()
        let output = scenario.folder.appendingPathComponent("Output")
        let before = try snapshot(output)
        let staging = try writer.startStaging(year: 2017)
        try staging.write(OutputFile(name: "a.csv", contents: "a\n"))
        // A folder where the file should go: open(2) fails with EISDIR.
        try FileManager.default.createDirectory(at: staging.url.appendingPathComponent("b.csv"), withIntermediateDirectories: false)
        var thrown: (any Error)?
        do {
            try staging.write(OutputFile(name: "b.csv", contents: "b\n"))
        } catch {
            thrown = writer.abandon(staging, because: error)
        }
        let failure = try #require(thrown as? OutputWriter.Failure)
        #expect(failure.message.en.hasPrefix("cannot write results beside Output/2017 (in "))
        #expect(failure.message.en.hasSuffix("): cannot create b.csv; the previous results are kept"))
        #expect(try snapshot(output) == before)
        #expect(stagingFolders(in: output) == [])
    }

    @Test func eachFileIsHashedFromTheBytesWrittenAndSwappedInTogether() throws {
        let (scenario, writer, _, _) = try Self.published()
        let staging = try writer.startStaging(year: 2017)
        let text = "kommune,ydelse\nIshøj,\"Fleksjob, gl. ordning\"\n"
        let staged = try staging.write(OutputFile(name: "a.csv", contents: text))
        #expect(staged == StagingFolder.Staged(name: "a.csv", sha256: ContentHash.of(Array(text.utf8)).hex))
        let workbook = Data([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff])
        #expect(try staging.write(OutputFile(name: "b.xlsx", data: workbook)).sha256 == ContentHash.of(workbook).hex)
        #expect(staging.names == ["a.csv", "b.xlsx"])
        try writer.swapIn(staging)
        let year = scenario.folder.appendingPathComponent("Output/2017")
        #expect(try snapshot(year) == ["a.csv": Data(text.utf8), "b.xlsx": workbook])
        #expect(stagingFolders(in: scenario.folder.appendingPathComponent("Output")) == [])
    }

    /// The run's files as `Pipeline.evaluate` renders them in memory, byte for byte.
    @Test func aRunPublishesWhatEvaluateRenders() throws {
        let scenario = try Scenario(RunCommandTests.valid)
        let outcome = try scenario.evaluate()
        guard case .ran(let ran) = try Pipeline.run(configURL: scenario.configURL) else {
            Issue.record("the first run found the results up to date")
            return
        }
        #expect(ran.files == [])
        #expect(ran.resultNames == outcome.files.map(\.name))
        let year = scenario.folder.appendingPathComponent("Output/2017")
        #expect(try snapshot(year) == Dictionary(uniqueKeysWithValues: outcome.files.map { ($0.name, $0.data) }))
        let lock = try #require(LockFile.parse(try String(contentsOf: scenario.folder.appendingPathComponent("caseload.lock"), encoding: .utf8)))
        let hashes = Dictionary(uniqueKeysWithValues: lock.outputs.map { ($0.path, $0.sha256) })
        #expect(hashes == Dictionary(uniqueKeysWithValues: outcome.files.map { ("Output/2017/" + $0.name, ContentHash.of($0.data).hex) }))
    }
}

/// A result file is the same file whichever way its renderer built its bytes.
@Suite struct OutputFileStorageTests {
    @Test func textBytesAndDataAreTheSameFile() {
        var bytes = OutputBytes()
        bytes.append("kommune,ydelse\nIshøj,A-dagpenge\n")
        let text = OutputFile(name: "a.csv", contents: "kommune,ydelse\nIshøj,A-dagpenge\n")
        let written = OutputFile(name: "a.csv", bytes: bytes)
        let data = OutputFile(name: "a.csv", data: Data("kommune,ydelse\nIshøj,A-dagpenge\n".utf8))
        #expect(text == written)
        #expect(written == data)
        #expect(written.contents == text.contents)
        #expect(text.data == data.data)
        #expect(text != OutputFile(name: "b.csv", contents: text.contents))
        #expect(written.withBytes { ContentHash.of($0) } == ContentHash.of(data.data))
    }
}
