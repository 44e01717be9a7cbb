import CLibXML2

/// One libxml2 error as caseload keeps it, and its translation into plain words.
///
/// libxml2 speaks of "atomic types" and "facets", and calls an empty file "Extra content at
/// the end of the document". The common cases are recognised by libxml2's error code (kept
/// from its `xmlError`, with the values it names) and said the way a budget officer would
/// understand them; libxml2's own text follows in parentheses, `(libxml2: …)`, so nothing
/// is lost. Errors not recognised keep libxml2's text alone.
struct LibXMLProblem {
    /// libxml2's module (`XML_FROM_PARSER`, `XML_FROM_SCHEMASV`, …).
    let domain: Int32
    /// libxml2's error code (`xmlParserErrors`).
    let code: Int32
    /// Where: the line, and for well-formedness errors the column.
    let line: Int
    let column: Int?
    /// True for libxml2's warnings.
    let isWarning: Bool
    /// libxml2's message, cleaned up (`XMLErrorCollector.clean`).
    let original: String
    /// The values libxml2 gives with the code (a value, a name, a line; see each code).
    let str1: String?
    let str2: String?
    let int1: Int

    /// Keeps what caseload needs of a libxml2 error.
    init(_ error: xmlError) {
        domain = Int32(error.domain)
        code = Int32(error.code)
        line = Int(error.line)
        column = error.int2 > 0 ? Int(error.int2) : nil
        isWarning = error.level == XML_ERR_WARNING
        original = XMLErrorCollector.clean(error)
        str1 = error.str1.map { String(cString: $0) }
        str2 = error.str2.map { String(cString: $0) }
        int1 = Int(error.int1)
    }

    /// The message for a person: plain words with libxml2's text after them, or libxml2's
    /// text alone. `shape` is the file's shape at a well-formedness error (`XMLFileShape`).
    func message(shape: XMLFileShape? = nil) -> Message {
        guard let plain = plainWords(shape: shape) else { return .libxml(original) }
        return Message.libxml2(plain, original: original)
    }

    /// The plain words alone; `nil` for an error they do not cover.
    func plainWords(shape: XMLFileShape?) -> Message? {
        domain == Int32(XML_FROM_PARSER.rawValue) ? parserWords(shape) : schemaWords()
    }

    private func isCode(_ value: xmlParserErrors) -> Bool { code == Int32(value.rawValue) }

    /// Well-formedness: an empty file, a cut-off one, an element left open, more after the end.
    private func parserWords(_ shape: XMLFileShape?) -> Message? {
        if let shape {
            guard let root = shape.root else {
                return shape.isBlank ? Message.xmlEmptyFile : Message.xmlNoElement
            }
            // `</bud` at the very end is a cut, `</budgt>` a misspelt closing tag.
            let cutClosingTag = isCode(XML_ERR_TAG_NAME_MISMATCH) && str1.map { name in str2.map { name.hasPrefix($0) && name != $0 } ?? false } == true
            if shape.openAtError > 0, shape.errorAtEnd, !isCode(XML_ERR_TAG_NAME_MISMATCH) || cutClosingTag {
                return Message.xmlCutOff(root.name, line: root.line)
            }
            if isCode(XML_ERR_DOCUMENT_END), shape.rootClosedAtError {
                return Message.xmlMoreAfterEnd(root.name)
            }
        }
        if isCode(XML_ERR_TAG_NAME_MISMATCH), let open = str1, let closing = str2 {
            // A closing tag of a budget element closes an outer one: the inner one is left open.
            guard LibXMLProblem.elements.contains(closing) else { return Message.xmlClosingTagMisspelt(closing, open: open, line: int1) }
            return Message.xmlNotClosed(open, line: int1, closing: closing)
        }
        if isCode(XML_ERR_GT_REQUIRED), let name = str1 {
            return Message.xmlTagNotFinished(name)
        }
        return nil
    }

    /// Schema validity: values, attributes and elements.
    private func schemaWords() -> Message? {
        guard domain == Int32(XML_FROM_SCHEMASV.rawValue) else { return nil }
        let (element, attribute) = subject
        if isCode(XML_SCHEMAV_CVC_COMPLEX_TYPE_4), let element, let missing = str1 {
            return Message.xmlMissingAttribute(missing, of: element)
        }
        if isCode(XML_SCHEMAV_CVC_COMPLEX_TYPE_3_2_1), let element, let unknown = str1 {
            return Message.xmlUnknownAttribute(unknown, of: element, allowed: LibXMLProblem.attributes[element] ?? [])
        }
        if isCode(XML_SCHEMAV_ELEMENT_CONTENT), let element {
            return Message.xmlUnexpectedElement(element, expected: expectedElements)
        }
        if isCode(XML_SCHEMAV_CVC_ELT_1), let element {
            return Message.xmlWrongDocumentElement(element, namespace: BudgetSchema.namespace)
        }
        if isCode(XML_SCHEMAV_CVC_COMPLEX_TYPE_2_1), let element {
            return Message.xmlContentInEmptyElement(element)
        }
        guard let attribute, let value = str1 else { return nil }
        return valueWords(attribute, value)
    }

    /// A value that does not fit its attribute's type.
    private func valueWords(_ attribute: String, _ value: String) -> Message? {
        if value.isEmpty, isCode(XML_SCHEMAV_CVC_DATATYPE_VALID_1_2_1) || isCode(XML_SCHEMAV_CVC_MINLENGTH_VALID) || isCode(XML_SCHEMAV_CVC_PATTERN_VALID) {
            return Message.xmlEmptyAttribute(attribute)
        }
        if isCode(XML_SCHEMAV_CVC_DATATYPE_VALID_1_2_1), attribute == "beloeb" || original.hasSuffix("type 'Amount'.") {
            return value.contains(",") ? Message.xmlDecimalComma(attribute, value) : Message.xmlNotAnAmount(attribute, value)
        }
        if isCode(XML_SCHEMAV_CVC_FRACTIONDIGITS_VALID) { return Message.xmlTooManyDecimals(attribute, value) }
        if isCode(XML_SCHEMAV_CVC_TOTALDIGITS_VALID) { return Message.xmlTooManyDigits(attribute, value, limit: str2 ?? "") }
        if isCode(XML_SCHEMAV_CVC_PATTERN_VALID) {
            if attribute == "aar" { return Message.xmlNotAYear(attribute, value) }
            if value.trimmingWhitespace().isEmpty { return Message.xmlBlankAttribute(attribute) }
        }
        if isCode(XML_SCHEMAV_CVC_ENUMERATION_VALID), let set = str2 {
            let allowed = set.split(separator: ",").map { String($0).trimmingWhitespace().filter { $0 != "'" } }
            return Message.xmlNotInSet(attribute, value, allowed: allowed)
        }
        return nil
    }

    /// The elements of budget files.
    static let elements: Set = ["budgetter", "budget", "post"]

    /// The attributes each budget element has, for "remove it" messages.
    static let attributes = ["budget": ["kommune", "aar", "grundlag", "version"], "post": ["ydelse", "beloeb"]]

    /// The element and attribute libxml2's message begins with: `Element 'post', attribute
    /// 'beloeb': …`; a namespace in braces is left out.
    var subject: (element: String?, attribute: String?) {
        guard original.hasPrefix("Element '"), let colon = original.firstRange(of: "': ") else { return (nil, nil) }
        let head = original[original.index(original.startIndex, offsetBy: 9)..<colon.lowerBound]
        guard let split = head.firstRange(of: "', attribute '") else { return (LibXMLProblem.localName(String(head)), nil) }
        return (LibXMLProblem.localName(String(head[..<split.lowerBound])), String(head[split.upperBound...]))
    }

    /// The elements libxml2 says it expected: `Expected is ( post ).` or `Expected is one of ( a, b ).`
    var expectedElements: [String] {
        guard let start = original.firstRange(of: "Expected is "), let open = original[start.upperBound...].firstIndex(of: "("),
              let close = original[open...].firstIndex(of: ")") else { return [] }
        return original[original.index(after: open)..<close].split(separator: ",").map { LibXMLProblem.localName(String($0).trimmingWhitespace()) }
    }

    /// `{urn:x}budget` → `budget`.
    static func localName(_ name: String) -> String {
        guard name.hasPrefix("{"), let close = name.firstIndex(of: "}") else { return name }
        return String(name[name.index(after: close)...])
    }
}
