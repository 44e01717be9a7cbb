import Foundation

/// The Office Open XML package around the worksheets: content types, relationships,
/// document properties, workbook and styles, zipped with fixed entry dates in a fixed order
/// so the same report gives the same bytes.
enum XLSXPackage {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let documentRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// The package of `sheets` (the first is the one shown on opening), whole in memory; `title`
    /// goes into the document properties, which otherwise hold no date and no user name.
    static func package(_ sheets: [Worksheet], title: String) throws -> Data {
        try MemorySink.collect { try write(sheets, title: title, to: $0) }
    }

    /// Writes the package of `sheets` into `sink` as `package(_:title:)` gives it: each part
    /// streamed into the archive as it is written (`StoredZIP`), never a whole sheet in memory.
    static func write(_ sheets: [Worksheet], title: String, to sink: any OutputSink) throws {
        // The shared strings come before the sheets: every text is looked up once, first.
        var strings = SharedStrings()
        let textIndices = sheets.map { strings.indices(of: $0) }
        let parts: [(path: String, xml: String)] = [
            ("[Content_Types].xml", contentTypes(sheetCount: sheets.count)),
            ("_rels/.rels", rootRelationships),
            ("docProps/app.xml", appProperties),
            ("docProps/core.xml", coreProperties(title: title)),
            ("xl/workbook.xml", workbook(sheets)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(sheetCount: sheets.count)),
            ("xl/styles.xml", CellStyle.stylesXML(through: lastStyle(of: sheets))),
        ]
        var archive = StoredZIP(writingInto: sink)
        for part in parts {
            try archive.addEntry(path: part.path, contents: Array(part.xml.utf8))
        }
        try archive.addEntry(path: "xl/sharedStrings.xml") { strings.appendXML(to: &$0) }
        for (index, sheet) in sheets.enumerated() {
            try archive.addEntry(path: "xl/worksheets/sheet\(index + 1).xml") { out in
                sheet.appendXML(to: &out, selected: index == 0, footer: title, textIndices: textIndices[index])
            }
        }
        try archive.finish()
    }

    /// The last style `styles.xml` must hold: the highest of the sheets' cells, at least the base styles.
    private static func lastStyle(of sheets: [Worksheet]) -> CellStyle {
        var last = CellStyle.lastBase
        for row in sheets.lazy.flatMap(\.rows) {
            for cell in row where cell.style.rawValue > last.rawValue { last = cell.style }
        }
        return last
    }

    private static func contentTypes(sheetCount: Int) -> String {
        var xml = declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        xml += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        for index in 1...max(1, sheetCount) where index <= sheetCount {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(index).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        xml += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        xml += "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
        xml += "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        xml += "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        return xml + "</Types>"
    }

    private static var rootRelationships: String {
        declaration + "<Relationships xmlns=\"\(packageRelationships)\">"
            + "<Relationship Id=\"rId1\" Type=\"\(documentRelationship)/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"\(documentRelationship)/extended-properties\" Target=\"docProps/app.xml\"/>"
            + "</Relationships>"
    }

    private static var appProperties: String {
        declaration + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>caseload</Application></Properties>"
    }

    private static func coreProperties(title: String) -> String {
        declaration + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            + "<dc:title>\(MarkupText.escaped(title))</dc:title></cp:coreProperties>"
    }

    private static func workbook(_ sheets: [Worksheet]) -> String {
        var xml = declaration + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
        xml += "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (index, sheet) in sheets.enumerated() {
            xml += "<sheet name=\"\(MarkupText.escaped(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        xml += "</sheets>"
        // Excel keeps an autofilter's range as this hidden name; without it some versions drop the filter.
        let filtered = sheets.enumerated().filter { $0.element.autoFilter }
        if !filtered.isEmpty {
            xml += "<definedNames>"
            for (index, sheet) in filtered {
                let range = sheet.filterRange.split(separator: ":").map { reference in
                    let letters = reference.prefix { $0.isLetter }
                    return "$\(letters)$\(reference.dropFirst(letters.count))"
                }.joined(separator: ":")
                let quotedName = "'" + sheet.name.replacing("'", with: "''") + "'"
                xml += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">\(MarkupText.escaped(quotedName))!\(range)</definedName>"
            }
            xml += "</definedNames>"
        }
        return xml + "</workbook>"
    }

    private static func workbookRelationships(sheetCount: Int) -> String {
        var xml = declaration + "<Relationships xmlns=\"\(packageRelationships)\">"
        for index in 0..<sheetCount {
            xml += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(documentRelationship)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(documentRelationship)/styles\" Target=\"styles.xml\"/>"
        xml += "<Relationship Id=\"rId\(sheetCount + 2)\" Type=\"\(documentRelationship)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        return xml + "</Relationships>"
    }
}
