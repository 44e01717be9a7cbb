/// The cell formats of the workbook, each one `xf` of styles.xml (the raw value is its index).
///
/// Number formats use Excel's locale-neutral codes: a Danish Excel shows `#,##0` as
/// `39.038.328` and `#,##0.0000` as `199,9891`.
enum CellStyle: Int, CaseIterable {
    /// Excel's default.
    case plain
    /// A header over text: bold, line below.
    case header
    /// A header over numbers: bold, line below, right-aligned like the numbers.
    case numberHeader
    /// Whole numbers with thousands separators (the plan's style).
    case whole
    /// Whole numbers marked ` *` (a jobcenter figure over only some municipalities).
    case wholePartial
    /// Kroner with øre.
    case kroner
    /// Helårspersoner with four decimals, as afstemning.csv.
    case persons
    /// The `I alt` label: bold, line above.
    case totalLabel
    /// A total: whole number, bold, line above.
    case totalWhole
    /// A footnote: italic.
    case note
    /// A total marked ` **`: over fewer rows than the budget.
    case totalWholeFewerRows
    /// A heading inside a sheet (`De 10 største afvigelser`): bold; like a note, it spills over
    /// and does not widen its column.
    case sectionHeading
    /// An expected variance in whole kroner with its direction: `76.371 merforbrug`,
    /// `76.371 mindreforbrug` (the cell keeps the signed value).
    case variance
    /// A variance marked ` *` (a jobcenter figure over only some municipalities).
    case variancePartial
    /// A variance in a total row: bold, line above.
    case totalVariance
    /// A total variance marked ` **`: over fewer rows than the budget.
    case totalVarianceFewerRows

    /// The last style of a workbook without a budget follow-up: styles.xml stops here unless
    /// a sheet uses a later one, so those workbooks keep their bytes.
    static let lastBase = CellStyle.sectionHeading

    /// Custom number formats (ids from 164 up, as Excel numbers its own).
    static let numberFormats: [(id: Int, code: String)] = [
        (164, "#,##0"), (165, "#,##0\" *\""), (166, "#,##0.00"), (167, "#,##0.0000"), (168, "#,##0\" **\""),
        (169, variance("")), (170, variance(" *")), (171, variance(" **")),
    ]

    /// Positive as merforbrug, negative (without its minus) as mindreforbrug, zero as `0`;
    /// `mark` after each.
    private static func variance(_ mark: String) -> String {
        "#,##0\" merforbrug\(mark)\";#,##0\" mindreforbrug\(mark)\";0" + (mark.isEmpty ? "" : "\"\(mark)\"")
    }

    private var numberFormat: Int {
        switch self {
        case .plain, .header, .numberHeader, .totalLabel, .note, .sectionHeading: 0
        case .whole, .totalWhole: 164
        case .wholePartial: 165
        case .totalWholeFewerRows: 168
        case .kroner: 166
        case .persons: 167
        case .variance, .totalVariance: 169
        case .variancePartial: 170
        case .totalVarianceFewerRows: 171
        }
    }

    /// 0 regular, 1 bold, 2 italic.
    private var font: Int {
        switch self {
        case .header, .numberHeader, .totalLabel, .totalWhole, .totalWholeFewerRows, .sectionHeading, .totalVariance,
             .totalVarianceFewerRows: 1
        case .note: 2
        default: 0
        }
    }

    /// 0 none, 1 thin line below, 2 thin line above.
    private var border: Int {
        switch self {
        case .header, .numberHeader: 1
        case .totalLabel, .totalWhole, .totalWholeFewerRows, .totalVariance, .totalVarianceFewerRows: 2
        default: 0
        }
    }

    /// The mark the format prints after a figure, if any.
    var mark: Bilag1Mark? {
        switch self {
        case .wholePartial, .variancePartial: .someMunicipalities
        case .totalWholeFewerRows, .totalVarianceFewerRows: .fewerRows
        default: nil
        }
    }

    /// True for text that runs over the cells to its right (notes, headings): it does not
    /// decide its column's width.
    var spills: Bool { self == .note || self == .sectionHeading }

    /// True if a value in this style is shown bold (column widths allow for it).
    var isBold: Bool { font == 1 }

    /// styles.xml with the styles up to `last` (the file's `xf` index is the raw value). Both
    /// fills, `none` and `gray125`, must be there or Excel "repairs" the file.
    static func stylesXML(through last: CellStyle) -> String {
        let styles = allCases.filter { $0.rawValue <= last.rawValue }
        let used = Set(styles.map(\.numberFormat))
        let formats = numberFormats.filter { used.contains($0.id) }
        var xml = XLSXPackage.declaration
        xml += "<styleSheet xmlns=\"\(XLSXPackage.mainNamespace)\">"
        xml += "<numFmts count=\"\(formats.count)\">"
        for format in formats {
            xml += "<numFmt numFmtId=\"\(format.id)\" formatCode=\"\(MarkupText.escaped(format.code))\"/>"
        }
        xml += "</numFmts>"
        let face = "<sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/>"
        xml += "<fonts count=\"3\"><font>\(face)</font><font><b/>\(face)</font><font><i/>\(face)</font></fonts>"
        xml += "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        let thin = "style=\"thin\"><color auto=\"1\"/>"
        xml += "<borders count=\"3\">"
        xml += "<border><left/><right/><top/><bottom/><diagonal/></border>"
        xml += "<border><left/><right/><top/><bottom \(thin)</bottom><diagonal/></border>"
        xml += "<border><left/><right/><top \(thin)</top><bottom/><diagonal/></border>"
        xml += "</borders>"
        xml += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        xml += "<cellXfs count=\"\(styles.count)\">"
        for style in styles {
            var attributes = "numFmtId=\"\(style.numberFormat)\" fontId=\"\(style.font)\" fillId=\"0\" borderId=\"\(style.border)\" xfId=\"0\""
            if style.numberFormat != 0 { attributes += " applyNumberFormat=\"1\"" }
            if style.font != 0 { attributes += " applyFont=\"1\"" }
            if style.border != 0 { attributes += " applyBorder=\"1\"" }
            if style == .numberHeader {
                xml += "<xf \(attributes) applyAlignment=\"1\"><alignment horizontal=\"right\"/></xf>"
            } else {
                xml += "<xf \(attributes)/>"
            }
        }
        xml += "</cellXfs>"
        xml += "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        xml += "</styleSheet>"
        return xml
    }
}
