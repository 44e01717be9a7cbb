@testable import CaseloadKit
import Foundation
import Testing

/// Where a broken XML file broke: what tells an empty file, a cut-off one and more after the
/// end apart when libxml2 calls all three "Extra content at the end of the document".
@Suite struct XMLFileShapeTests {
    static let namespace = "xmlns=\"urn:caseload:budget:1\""

    func shape(_ text: String) throws -> XMLFileShape {
        let url = TestScratch.root.appendingPathComponent("shape-\(UUID().uuidString).xml")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try #require(XMLFileShape.scan(url))
    }

    @Test func anEmptyFileHasNoElementAndIsBlank() throws {
        let empty = try shape("")
        #expect(empty.root == nil && empty.isBlank)
        let declaration = try shape("<?xml version=\"1.0\"?>\n")
        #expect(declaration.root == nil && !declaration.isBlank)
    }

    @Test func aCutOffFileEndsWithItsDocumentElementOpen() throws {
        let cut = try shape("<?xml version=\"1.0\"?>\n<budget \(Self.namespace) kommune=\"I\" aar=\"2017\">\n  <post ydelse=\"A\" beloeb=\"1\"/>\n")
        #expect(cut.root?.name == "budget" && cut.root?.line == 2)
        #expect(cut.openAtError == 1 && cut.errorAtEnd && !cut.rootClosedAtError)
    }

    @Test func moreAfterTheEndFollowsAClosedDocumentElement() throws {
        let more = try shape("<?xml version=\"1.0\"?>\n<budget \(Self.namespace) kommune=\"I\" aar=\"2017\"/>\n<budget/>\n")
        #expect(more.rootClosedAtError && more.openAtError == 0 && !more.errorAtEnd)
    }
}
