import CLibXML2
import Foundation

/// One pass of libxml2's streaming reader over a budget XML file, before the file is known
/// to be valid: each `<post>` is resolved as it is read (the benefit through a cache id, each
/// spelling resolved once; the amount parsed from libxml2's bytes) and handed to the digest,
/// which keeps only what the run and its messages need.
///
/// A `<post>` costs little beyond libxml2's own reading and validation: its names and
/// attributes are read from the element node libxml2 built (no string of ours, no move of the
/// reader), and a post of a year that is only counted makes no `BudgetLine`.
struct BudgetXMLScan {
    /// The `<budget>` element being read: its attributes, and its municipality's position in
    /// pipeline.yml.
    struct Header {
        let municipality: String
        let position: Int?
        let year: Int?
        let grundlag: Grundlag?
        let line: Int
        var version: BudgetVersion? = .oprindeligt
    }

    /// The last `<budget>` element, once there is one.
    var header: Header?
    /// Whether there was any `<budget>` element.
    var sawBudget: Bool { header != nil }
    /// The `<post>` elements read.
    var posts = 0
    /// The posts kept or counted, and the problems of the others.
    var digest: BudgetXMLDigest
    /// The benefit of each cache id, and its name as written.
    private var benefits: [(id: BenefitID?, name: String)] = []
    /// Set when the file has a DOCTYPE: its line (if found) and the message.
    var refused: (line: Int?, message: Message)?
    /// The last `xmlTextReaderRead` result: 0 at the end, negative after a fatal error.
    var status: Int32 = 1
    private var benefitKeys = ByteKeyCache()
    /// The position in pipeline.yml of each `kommune` spelling met (a budget archive names
    /// the same municipalities year after year).
    private var positions: [String: Int?] = [:]

    init(digest: BudgetXMLDigest) { self.digest = digest }

    /// Reads the whole file through `reader`, or up to a DOCTYPE.
    mutating func run(_ reader: xmlTextReaderPtr, file: InputFile, catalog: Catalog) {
        let names = LibXML.Names.shared
        let elementType = Int32(XML_READER_TYPE_ELEMENT.rawValue)
        while refused == nil {
            status = xmlTextReaderRead(reader)
            guard status == 1 else { break }
            let type = xmlTextReaderNodeType(reader)
            if type == Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue) {
                refused = (BudgetXMLReader.doctypeLine(file.url) ?? ElementLines.line(of: xmlTextReaderCurrentNode(reader)),
                           BudgetXMLReader.doctypeMessage)
                break
            }
            guard type == elementType, let node = xmlTextReaderCurrentNode(reader),
                  let namespace = node.pointee.ns?.pointee.href, names.isBudgetNamespace(namespace),
                  let localName = node.pointee.name else { continue }
            if names.isPost(localName) {
                if header != nil { post(node, reader: reader, names: names, file: file, catalog: catalog) }
            } else if names.isBudget(localName) {
                let municipality = BudgetXMLReader.attribute(reader, "kommune")
                header = Header(municipality: municipality, position: position(of: municipality),
                                year: Int(BudgetXMLReader.attribute(reader, "aar")),
                                grundlag: Grundlag(cell: BudgetXMLReader.attribute(reader, "grundlag")),
                                line: ElementLines.line(of: node),
                                version: BudgetVersion(cell: BudgetXMLReader.attribute(reader, "version")))
            }
        }
    }

    /// The position in pipeline.yml of the municipality `name` means, found once per spelling.
    private mutating func position(of name: String) -> Int? {
        if let known = positions[name] { return known }
        let position = digest.municipalities.position(of: name)
        if positions.count < 4096 { positions[name] = position }
        return position
    }

    /// Reads a `<post>` element (`node`) of the current `<budget>` into the digest.
    private mutating func post(_ node: xmlNodePtr, reader: xmlTextReaderPtr, names: LibXML.Names, file: InputFile, catalog: Catalog) {
        posts += 1
        let benefit = benefit(names.attribute(node, names.ydelse, reader: reader), catalog: catalog)
        let amountText = names.attribute(node, names.beloeb, reader: reader)
        var amount: Kroner?
        if let amountText, case .success(let value) = NumberParser.parse(utf8: UnsafeBufferPointer(start: amountText, count: strlen(amountText)), .xsdDecimal) {
            amount = value.kroner
        }
        if let id = benefit.id, let amount, let year = header?.year, let grundlag = header?.grundlag, let version = header?.version {
            // Most posts of an archive are of years only counted: no line, no location.
            if !digest.countOnly(year: year, position: header?.position) {
                let line = ElementLines.line(of: node)
                digest.add(BudgetLine(municipality: header?.municipality ?? "", year: year, benefit: id, amount: amount, grundlag: grundlag,
                                      origin: file.at(line: line), version: version), position: header?.position)
            }
        } else if benefit.id == nil {
            digest.add(.unknownBenefit(benefit.name), line: ElementLines.line(of: node))
        } else {
            digest.add(.beyondKronerLimit(amountText.map { String(cString: $0) } ?? ""), line: ElementLines.line(of: node))
        }
        xmlTextReaderMoveToElement(reader)
    }

    /// The benefit a `ydelse` attribute's value names, and the name as written (resolved
    /// through the catalog once per spelling, by a cache id).
    private mutating func benefit(_ value: UnsafePointer<UInt8>?, catalog: Catalog) -> (id: BenefitID?, name: String) {
        guard let value else { return (catalog.resolve(""), "") }
        let length = strlen(value)
        if let id = benefitKeys.find(value, length) { return benefits[id] }
        if benefitKeys.isFull {
            benefitKeys = ByteKeyCache()
            benefits = []
        }
        let name = String(cString: value)
        benefits.append((catalog.resolve(name), name))
        _ = benefitKeys.insert(value, length)
        return benefits[benefits.count - 1]
    }
}
