import Foundation
import ZIPFoundation

/// An `.xlsx` file opened: its ZIP archive (ZIPFoundation), the workbook part found through
/// the package's relationships, and the sheets it lists. Parts are read whole into memory
/// (a sheet's XML is then streamed, never built into a tree).
struct WorkbookArchive {
    /// A worksheet the workbook lists, in the workbook's order.
    struct Sheet {
        /// The name on its tab.
        let name: String
        /// Its part in the archive, e.g. `xl/worksheets/sheet1.xml`.
        let part: String
    }

    /// The relationships namespaces of transitional and strict OOXML.
    static let relationshipNamespaces = ["http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                                         "http://purl.oclc.org/ooxml/officeDocument/relationships"]

    /// The largest part read (uncompressed): a sheet of a million rows fits well below it.
    static let largestPart: UInt64 = 1 << 30

    private let archive: Archive
    /// The worksheets, in tab order.
    let sheets: [Sheet]
    /// True if the workbook counts dates from 1904 (old Mac Excel).
    let dates1904: Bool
    /// The shared strings part, if there is one.
    let sharedStringsPart: String?
    /// The styles part, if there is one.
    let stylesPart: String?

    /// Opens the workbook at `url`. Throws a `WorkbookFailure` that says what is wrong: an
    /// OLE file (password-protected, or `.xls`), not a ZIP archive, parts missing.
    init(url: URL) throws(WorkbookFailure) {
        if Self.isOLE(url) { throw WorkbookFailure(.workbookEncrypted) }
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw WorkbookFailure(FileManager.default.isReadableFile(atPath: url.path) ? .workbookNotZip : .cannotOpenFile)
        }
        let packageRelations = try Self.relations(in: archive, of: "")
        let workbookPart = packageRelations.first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
        let workbookRelations = try Self.relations(in: archive, of: workbookPart)
        let listing = try Self.readWorkbook(in: archive, part: workbookPart)
        sheets = listing.sheets.compactMap { sheet in
            guard let relation = workbookRelations.first(where: { $0.id == sheet.relation }),
                  relation.type.hasSuffix("/worksheet") else { return nil }
            return Sheet(name: sheet.name, part: relation.target)
        }
        dates1904 = listing.dates1904
        sharedStringsPart = workbookRelations.first { $0.type.hasSuffix("/sharedStrings") }?.target
        stylesPart = workbookRelations.first { $0.type.hasSuffix("/styles") }?.target
    }

    /// The sheet called `name` (exactly, else ignoring case and surrounding white space), or
    /// the first worksheet when `name` is `nil`.
    func sheet(named name: String?) throws(WorkbookFailure) -> Sheet {
        guard let first = sheets.first else { throw WorkbookFailure(.workbookNoSheets) }
        guard let name else { return first }
        if let exact = sheets.first(where: { $0.name == name }) { return exact }
        let key = MatchKey(name)
        if let loose = sheets.first(where: { MatchKey($0.name) == key }) { return loose }
        throw WorkbookFailure(.workbookSheetMissing(name, sheets: sheets.map(\.name)))
    }

    /// A part's bytes; throws if the archive lacks it or it cannot be unpacked.
    func data(of part: String) throws(WorkbookFailure) -> Data {
        try Self.data(in: archive, of: part)
    }

    /// True if the part exists.
    func has(_ part: String) -> Bool { archive[part] != nil }

    private static func data(in archive: Archive, of part: String) throws(WorkbookFailure) -> Data {
        guard let entry = archive[part], entry.type == .file, UInt64(entry.uncompressedSize) <= largestPart else {
            throw WorkbookFailure(.workbookPartMissing(part))
        }
        var bytes = Data()
        bytes.reserveCapacity(Int(entry.uncompressedSize))
        do {
            _ = try archive.extract(entry) { bytes.append($0) }
        } catch {
            throw WorkbookFailure(.workbookPartMissing(part))
        }
        return bytes
    }

    /// An OLE compound file (`D0 CF 11 E0`): an encrypted workbook, or an `.xls`.
    private static func isOLE(_ url: URL) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: url.path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4)) ?? Data()
        return head == Data([0xD0, 0xCF, 0x11, 0xE0])
    }

    /// One `<Relationship>`: its id, type and target resolved to a part path.
    struct Relation {
        let id: String
        let type: String
        let target: String
    }

    /// The relationships of `part` (`""` for the package's own), empty if it has none.
    private static func relations(in archive: Archive, of part: String) throws(WorkbookFailure) -> [Relation] {
        let folder = part.split(separator: "/").dropLast().joined(separator: "/")
        let name = part.split(separator: "/").last.map(String.init) ?? ""
        let relsPart = (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
        guard archive[relsPart] != nil else { return [] }
        var relations: [Relation] = []
        try parse(data(in: archive, of: relsPart), part: relsPart) { stream throws(XMLStream.Broken) in
            guard stream.type == XMLStream.Node.element, stream.name == "Relationship",
                  let id = stream.attribute("Id"), let target = stream.attribute("Target") else { return }
            guard stream.attribute("TargetMode") != "External" else { return }
            relations.append(Relation(id: id, type: stream.attribute("Type") ?? "", target: resolve(target, from: folder)))
        }
        return relations
    }

    /// The sheets listed in the workbook part, with their relationship ids, and the date system.
    private static func readWorkbook(in archive: Archive, part: String) throws(WorkbookFailure)
        -> (sheets: [(name: String, relation: String)], dates1904: Bool) {
        var sheets: [(name: String, relation: String)] = []
        var dates1904 = false
        try parse(data(in: archive, of: part), part: part) { stream throws(XMLStream.Broken) in
            guard stream.type == XMLStream.Node.element else { return }
            if stream.name == "sheet", let name = stream.attribute("name"),
               let id = relationshipNamespaces.lazy.compactMap({ stream.attribute("id", namespace: $0) }).first {
                sheets.append((name, id))
            } else if stream.name == "workbookPr", let value = stream.attribute("date1904") {
                dates1904 = value == "1" || value == "true"
            }
        }
        return (sheets, dates1904)
    }

    /// Streams a small part node by node through `body`.
    static func parse(_ data: Data, part: String, _ body: (XMLStream) throws(XMLStream.Broken) -> Void) throws(WorkbookFailure) {
        let result = data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Result<Void, WorkbookFailure> in
            guard let stream = XMLStream(bytes, name: part) else { return .failure(WorkbookFailure(.workbookPartMissing(part))) }
            do {
                while try stream.next() { try body(stream) }
                return .success(())
            } catch let broken as XMLStream.Broken {
                return .failure(WorkbookFailure(.workbookPartBroken(part, problem: broken.problem)))
            } catch {
                return .failure(WorkbookFailure(.workbookPartMissing(part)))
            }
        }
        try result.get()
    }

    /// A relationship's target as a part path: relative to `folder`, or from the root with `/`.
    static func resolve(_ target: String, from folder: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(piece) }
        }
        return parts.joined(separator: "/")
    }
}
