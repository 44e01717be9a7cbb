import Foundation
import Testing

/// Dependencies run one way: Config → Ingest → Convert → Compare → Report → Publish/Review/
/// Explain/Generate → Pipeline, over the foundation (Model, Format, Diagnostics). Read from the
/// sources, so a file that names a type of a later stage fails here, with the file and the type.
@Suite struct LayerDirectionTests {
    static let library = repositoryRoot.appendingPathComponent("Sources/CaseloadKit")

    @Test func noFolderNamesATypeOfALaterStage() throws {
        let violations = StageMap.violations(in: try StageMap.sources(in: Self.library))
        #expect(violations.isEmpty, "against the direction of the stages (docs/design.md):\n\(violations.map(\.description).joined(separator: "\n"))")
    }

    @Test func everyFolderHasAStage() throws {
        let folders = Set(try StageMap.sources(in: Self.library).keys.map(StageMap.folder(of:)))
        let unplaced = folders.subtracting(StageMap.stages.keys).sorted()
        #expect(unplaced.isEmpty, "folders without a stage: \(unplaced); add them to StageMap and docs/design.md")
    }

    @Test func theDesignNotesMapEveryFolder() throws {
        let design = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/design.md"), encoding: .utf8)
        let missing = StageMap.stages.keys.filter { !design.contains("`\($0)/`") }.sorted()
        #expect(missing.isEmpty, "docs/design.md's folder map lacks \(missing)")
    }

    /// The check sees the types it is about, so it cannot pass by seeing nothing.
    @Test func theScannerFindsTheStagesTypes() throws {
        let owners = StageMap.owners(of: try StageMap.sources(in: Self.library))
        #expect(owners["PipelineConfig"] == "Config")
        #expect(owners["ReconciliationReport"] == "Compare")
        #expect(owners["NumberFormat"] == "Format")
        #expect(owners["LockStore"] == "Publish")
        #expect(owners.count > 200)
    }

    @Test func theScannerSkipsCommentsAndStringsButNotInterpolations() {
        let text = ##"""
        // Pipeline in a comment
        /* Outer /* Nested */ Still */
        let a = "Report \(NumberFormat.danish) \"Quoted\" \(f("Inner"))"
        let b = #"Raw \#(Kroner.zero) "Quote" Text"#
        let c = """
            Multi \(Day.self)
            """
        #if DEBUG
        """##
        #expect(SwiftIdentifiers.capitalized(in: text) == ["NumberFormat", "Kroner", "Day", "DEBUG"])
    }
}
