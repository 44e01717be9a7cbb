/// A workbook's shared strings (`xl/sharedStrings.xml`): the texts that text cells point at
/// by number. Rich text runs are joined; phonetic runs are left out.
enum WorkbookStrings {
    /// Every `<si>` of the part, in order.
    static func read(_ archive: WorkbookArchive) throws(WorkbookFailure) -> [String] {
        guard let part = archive.sharedStringsPart, archive.has(part) else { return [] }
        var strings: [String] = []
        try WorkbookArchive.parse(archive.data(of: part), part: part) { stream throws(XMLStream.Broken) in
            guard stream.type == XMLStream.Node.element else { return }
            if stream.name == "sst", let count = stream.attribute("uniqueCount").flatMap(Int.init) {
                strings.reserveCapacity(min(count, 1 << 20))
            } else if stream.name == "si" {
                strings.append(try stream.text(runs: true))
            }
        }
        return strings
    }
}
