import CLibXML2
import Foundation

/// A document parsed by libxml2, its errors, and a few queries tests need. `html: true` uses
/// libxml2's HTML parser (htmlReadMemory), otherwise its XML parser (well-formedness).
final class ParsedMarkup {
    /// A libxml2 error: its code, the message, and the name it is about (`str1`), if any.
    struct Problem: CustomStringConvertible {
        let code: Int
        let line: Int
        let message: String
        let name: String?
        var description: String { "line \(line): [\(code)] \(message)" }
    }

    /// libxml2's HTML parser (2.9) knows HTML 4 only: it reports HTML5 sectioning elements
    /// and inline SVG as unknown tags (XML_HTML_UNKNOWN_TAG). Those, and only those, are
    /// accepted by `unexpectedProblems`.
    static let html5AndSVGElements: Set<String> = [
        "header", "footer", "section", "nav", "figure", "figcaption",
        "svg", "defs", "pattern", "g", "rect", "line", "text", "circle", "path",
    ]

    private(set) var problems: [Problem] = []
    let document: xmlDocPtr?

    init(_ text: String, html: Bool) {
        let bytes = Array(text.utf8)
        var collected: [Problem] = []
        let handler: xmlStructuredErrorFunc = { context, error in
            guard let context, let error else { return }
            let box = context.assumingMemoryBound(to: [Problem].self)
            let message = error.pointee.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            box.pointee.append(Problem(code: Int(error.pointee.code), line: Int(error.pointee.line), message: message,
                                       name: error.pointee.str1.map { String(cString: $0) }))
        }
        // The handler is per thread in libxml2, and this parse does not leave the thread.
        document = withUnsafeMutablePointer(to: &collected) { box in
            xmlSetStructuredErrorFunc(box, handler)
            defer { xmlSetStructuredErrorFunc(nil, nil) }
            return bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    if html {
                        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue)
                        return htmlReadMemory(chars.baseAddress, Int32(chars.count), "rapport.html", "UTF-8", options)
                    }
                    return xmlReadMemory(chars.baseAddress, Int32(chars.count), "part.xml", "UTF-8", Int32(XML_PARSE_NONET.rawValue))
                }
            }
        }
        problems = collected
    }

    deinit { if let document { xmlFreeDoc(document) } }

    /// The problems other than HTML5 and SVG elements unknown to the HTML 4 parser.
    var unexpectedProblems: [Problem] {
        problems.filter { problem in
            !(problem.code == Int(XML_HTML_UNKNOWN_TAG.rawValue) && problem.name.map(Self.html5AndSVGElements.contains) == true)
        }
    }

    /// Every element named `name` below `node` (the root when `nil`), in document order.
    func elements(_ name: String, in node: xmlNodePtr? = nil) -> [xmlNodePtr] {
        var found: [xmlNodePtr] = []
        func walk(_ node: xmlNodePtr?) {
            var child = node
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE, String(cString: current.pointee.name) == name { found.append(current) }
                walk(current.pointee.children)
                child = current.pointee.next
            }
        }
        walk(node.map { $0.pointee.children } ?? (document.flatMap { xmlDocGetRootElement($0) }))
        return found
    }

    /// An attribute's value.
    func attribute(_ name: String, of node: xmlNodePtr) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { caseload_xmlFree(value) }
        return String(cString: value)
    }

    /// The text inside an element.
    func text(of node: xmlNodePtr) -> String {
        guard let value = xmlNodeGetContent(node) else { return "" }
        defer { caseload_xmlFree(value) }
        return String(cString: value)
    }
}
