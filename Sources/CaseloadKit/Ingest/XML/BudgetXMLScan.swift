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
    /// Set when the file has a DOCTYPE: its line (if found) and the message.
    var refused: (line: Int?, message: Message)?
    /// The last `xmlTextReaderRead` result: 0 at the end, negative after a fatal error.
    var status: Int32 = 1
    /// The benefit of each `ydelse` spelling, and the name as written.
    private var benefits = AttributeSpellings<(id: BenefitID?, name: String)>()
    /// The municipality of each `kommune` spelling and its position in pipeline.yml (a budget
    /// archive names the same municipalities year after year).
    private var municipalities = AttributeSpellings<(name: String, position: Int?)>()
    private var years = AttributeSpellings<Int?>()
    private var grundlags = AttributeSpellings<Grundlag?>()
    private var versions = AttributeSpellings<BudgetVersion?>()
    /// The namespace declaration last found to be the budget namespace: the elements of a file
    /// share their parent's, so most are known by the pointer.
    private var budgetNamespace: UnsafeMutablePointer<xmlNs>?

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
                  isBudgetNamespace(node.pointee.ns, names: names), let localName = node.pointee.name else { continue }
            if names.isPost(localName) {
                if header != nil { post(node, reader: reader, names: names, file: file, catalog: catalog) }
            } else if names.isBudget(localName) {
                header = budgetHeader(node, reader: reader, names: names)
            }
        }
    }

    private mutating func isBudgetNamespace(_ namespace: UnsafeMutablePointer<xmlNs>?, names: LibXML.Names) -> Bool {
        guard let namespace else { return false }
        if namespace == budgetNamespace { return true }
        guard let href = namespace.pointee.href, names.isBudgetNamespace(href) else { return false }
        budgetNamespace = namespace
        return true
    }

    /// The attributes of a `<budget>` element (`node`), each spelling worked out once.
    private mutating func budgetHeader(_ node: xmlNodePtr, reader: xmlTextReaderPtr, names: LibXML.Names) -> Header {
        let absent = LibXML.Names.empty.utf8Start
        let index = digest.municipalities
        let municipality = municipalities.value(of: names.attribute(node, names.kommune, reader: reader) ?? absent) { name in
            (name, index.position(of: name))
        }
        let year = years.value(of: names.attribute(node, names.aar, reader: reader) ?? absent) { Int($0) }
        let grundlag = grundlags.value(of: names.attribute(node, names.grundlag, reader: reader) ?? absent) { Grundlag(cell: $0) }
        let version = versions.value(of: names.attribute(node, names.version, reader: reader) ?? absent) { BudgetVersion(cell: $0) }
        xmlTextReaderMoveToElement(reader)
        return Header(municipality: municipality.name, position: municipality.position, year: year, grundlag: grundlag, version: version)
    }

    /// Reads a `<post>` element (`node`) of the current `<budget>` into the digest.
    private mutating func post(_ node: xmlNodePtr, reader: xmlTextReaderPtr, names: LibXML.Names, file: InputFile, catalog: Catalog) {
        posts += 1
        let benefit = benefits.value(of: names.attribute(node, names.ydelse, reader: reader) ?? LibXML.Names.empty.utf8Start) { name in
            (catalog.resolve(name), name)
        }
        let amountText = names.attribute(node, names.beloeb, reader: reader)
        var amount: Kroner?
        if let amountText {
            if let oere = PlainAmount.oere(amountText) {
                amount = Kroner(oere: oere)
            } else if case .success(let value) = NumberParser.parse(utf8: UnsafeBufferPointer(start: amountText, count: strlen(amountText)), .xsdDecimal) {
                amount = value.kroner
            }
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
}
