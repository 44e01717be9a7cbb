import CLibXML2
import Foundation

/// libxml2's streaming reader (`xmlTextReader`) over one part of a workbook held in memory:
/// node by node, no tree. Used for the few elements a workbook's parts need; everything
/// else is stepped over.
///
/// Hardened like the budget XML reader: no network, no entities loaded (the process's
/// entity loader loads nothing, `LibXML.ready`).
final class XMLStream {
    /// libxml2's node types the workbook readers look at.
    enum Node {
        static let element: Int32 = 1
        static let text: Int32 = 3
        static let cdata: Int32 = 4
        static let whitespace: Int32 = 13
        static let significantWhitespace: Int32 = 14
        static let endElement: Int32 = 15
    }

    /// libxml2's first error in the part: it is not well-formed XML.
    struct Broken: Error {
        /// libxml2's words.
        let problem: String
    }

    private let reader: xmlTextReaderPtr
    private let collector = XMLErrorCollector()

    /// A reader over `bytes`, which must stay valid while it is used; `nil` if libxml2 cannot start.
    init?(_ bytes: UnsafeRawBufferPointer, name: String) {
        _ = LibXML.ready
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self),
              let reader = xmlReaderForMemory(base, Int32(clamping: bytes.count), name, nil,
                                              Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)) else { return nil }
        self.reader = reader
        xmlTextReaderSetStructuredErrorHandler(reader, xmlCollectError, Unmanaged.passUnretained(collector).toOpaque())
    }

    deinit { xmlFreeTextReader(reader) }

    /// Moves to the next node; false at the end. Throws libxml2's first error as words.
    func next() throws(XMLStream.Broken) -> Bool {
        let status = xmlTextReaderRead(reader)
        if status == 1 { return true }
        if status == 0, collector.entries.isEmpty { return false }
        throw Broken(problem: collector.entries.first?.original ?? "libxml2 could not read it")
    }

    /// The current node's type (`Node`).
    var type: Int32 { xmlTextReaderNodeType(reader) }

    /// The current node's local name (without a namespace prefix).
    var name: String {
        guard let text = xmlTextReaderConstLocalName(reader) else { return "" }
        return String(cString: text)
    }

    /// True for `<x/>`: no end element follows.
    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

    /// The current text node's text.
    var value: String {
        guard let text = xmlTextReaderConstValue(reader) else { return "" }
        return String(cString: text)
    }

    /// The current element's attribute `name` (no namespace), or with `namespace`.
    func attribute(_ name: String, namespace: String? = nil) -> String? {
        let pointer: UnsafeMutablePointer<xmlChar>?
        if let namespace {
            pointer = xmlTextReaderGetAttributeNs(reader, name, namespace)
        } else {
            pointer = xmlTextReaderGetAttribute(reader, name)
        }
        guard let pointer else { return nil }
        defer { caseload_xmlFree(pointer) }
        return String(cString: pointer)
    }

    /// The text inside the current element up to its end. With `runs`, only the text of
    /// `<t>` elements counts, leaving out phonetic runs (`<rPh>`) and the white space between
    /// elements (a shared or inline string); without, every text node counts (`<v>`).
    func text(runs: Bool = false) throws(XMLStream.Broken) -> String {
        guard !isEmptyElement else { return "" }
        let depth = xmlTextReaderDepth(reader)
        var result = ""
        var skipDepth: Int32?
        var textDepth: Int32?
        while try next() {
            let current = xmlTextReaderDepth(reader)
            switch type {
            case Node.endElement where current == depth:
                return result
            case Node.endElement:
                if current == skipDepth { skipDepth = nil }
                if current == textDepth { textDepth = nil }
            case Node.element where !isEmptyElement && skipDepth == nil:
                if name == "rPh" { skipDepth = current } else if name == "t" { textDepth = current }
            case Node.text, Node.cdata, Node.significantWhitespace, Node.whitespace:
                if !runs || (textDepth != nil && skipDepth == nil) { result += value }
            default:
                break
            }
        }
        return result
    }
}
