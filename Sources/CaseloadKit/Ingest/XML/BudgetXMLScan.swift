import CLibXML2
import Foundation

/// What one pass of libxml2's streaming reader over a budget XML file collects, before the
/// file is known to be valid: per post only what the lines need (the benefit as a cache id,
/// each spelling resolved once; the amount parsed from libxml2's bytes, its text kept only
/// if bad), per `<budget>` element its attributes.
struct BudgetXMLScan {
    struct Post { let benefit: Int; let amount: Kroner?; let line: Int; let budget: Int }
    struct Header {
        let municipality: String
        let year: Int?
        let grundlag: Grundlag?
        let line: Int
        var version: BudgetVersion? = .oprindeligt
    }

    var headers: [Header] = []
    var posts: [Post] = []
    /// The text of each amount that did not parse, by post index.
    var badAmounts: [Int: String] = [:]
    /// The benefit of each cache id, and its name as written.
    var benefits: [(id: BenefitID?, name: String)] = []
    /// Set when the file has a DOCTYPE: its line (if found) and the message.
    var refused: (line: Int?, message: Message)?
    /// The last `xmlTextReaderRead` result: 0 at the end, negative after a fatal error.
    var status: Int32 = 1
    private var benefitKeys = ByteKeyCache()

    /// Reads the whole file through `reader`, or up to a DOCTYPE.
    mutating func run(_ reader: xmlTextReaderPtr, file: InputFile, catalog: Catalog) {
        let names = LibXML.Names.shared
        while refused == nil {
            status = xmlTextReaderRead(reader)
            guard status == 1 else { break }
            let type = xmlTextReaderNodeType(reader)
            if type == Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue) {
                refused = (BudgetXMLReader.doctypeLine(file.url) ?? ElementLines.line(of: xmlTextReaderCurrentNode(reader)),
                           BudgetXMLReader.doctypeMessage)
                break
            }
            guard type == Int32(XML_READER_TYPE_ELEMENT.rawValue),
                  let namespace = xmlTextReaderConstNamespaceUri(reader), names.isBudgetNamespace(namespace),
                  let localName = xmlTextReaderConstLocalName(reader) else { continue }
            let line = ElementLines.line(of: xmlTextReaderCurrentNode(reader))
            if names.isPost(localName), !headers.isEmpty {
                post(reader, line: line, names: names, catalog: catalog)
            } else if names.isBudget(localName) {
                let year = BudgetXMLReader.attribute(reader, "aar")
                headers.append(Header(municipality: BudgetXMLReader.attribute(reader, "kommune"), year: Int(year),
                                      grundlag: Grundlag(cell: BudgetXMLReader.attribute(reader, "grundlag")), line: line,
                                      version: BudgetVersion(cell: BudgetXMLReader.attribute(reader, "version"))))
            }
        }
    }

    /// Keeps a `<post>` element of the last `<budget>`.
    private mutating func post(_ reader: xmlTextReaderPtr, line: Int, names: LibXML.Names, catalog: Catalog) {
        let benefit = benefitID(names.attribute(reader, names.ydelse), catalog: catalog)
        var amount: Kroner?
        let amountText = names.attribute(reader, names.beloeb)
        if let amountText, case .success(let value) = NumberParser.parse(utf8: UnsafeBufferPointer(start: amountText, count: strlen(amountText)), .xsdDecimal) {
            amount = value.kroner
        }
        if amount == nil { badAmounts[posts.count] = amountText.map { String(cString: $0) } ?? "" }
        posts.append(Post(benefit: benefit, amount: amount, line: line, budget: headers.count - 1))
        xmlTextReaderMoveToElement(reader)
    }

    /// The cache id of a `ydelse` attribute's value (resolved through the catalog when new);
    /// an absent attribute gets an id of its own.
    private mutating func benefitID(_ value: UnsafePointer<UInt8>?, catalog: Catalog) -> Int {
        guard let value else {
            benefits.append((catalog.resolve(""), ""))
            return benefits.count - 1
        }
        let length = strlen(value)
        if let id = benefitKeys.find(value, length) { return id }
        if benefitKeys.isFull {
            benefitKeys = ByteKeyCache()
            benefits = []
        }
        let name = String(cString: value)
        benefits.append((catalog.resolve(name), name))
        return benefitKeys.insert(value, length)
    }
}
