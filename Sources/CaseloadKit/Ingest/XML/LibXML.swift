import CLibXML2
import Foundation

/// Process-wide libxml2 set-up and the compiled budget schema.
enum LibXML {
    /// A compiled schema; libxml2 only reads it after parsing, so it is shared.
    final class CompiledSchema: @unchecked Sendable {
        let pointer: xmlSchemaPtr?
        let problem: Message?
        init(pointer: xmlSchemaPtr?, problem: Message?) {
            self.pointer = pointer
            self.problem = problem
        }
    }

    /// Initialises libxml2 once: errors never printed, external entities never loaded. No
    /// node callback is registered: with one, libxml2 looks it up per thread for every node.
    static let ready: Bool = {
        xmlInitParser()
        caseload_xml_silence_generic_errors()
        caseload_xml_refuse_external_entities()
        return true
    }()

    /// The budget schema, compiled once.
    static let budgetSchema: CompiledSchema = {
        _ = ready
        let bytes = Array(BudgetSchema.xsd.utf8)
        let schema: xmlSchemaPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let context = xmlSchemaNewMemParserCtxt(chars.baseAddress, Int32(chars.count)) else { return nil }
                defer { xmlSchemaFreeParserCtxt(context) }
                return xmlSchemaParse(context)
            }
        }
        return CompiledSchema(pointer: schema, problem: schema == nil ? .schemaDoesNotCompile : nil)
    }()

    /// Names compared with libxml2's strings on bytes, without making a `String` per node.
    final class Names: @unchecked Sendable {
        static let shared = Names()
        let namespace = Array(BudgetSchema.namespace.utf8) + [0]
        let post = Array("post".utf8) + [0]
        let budget = Array("budget".utf8) + [0]
        let ydelse = Array("ydelse".utf8) + [0]
        let beloeb = Array("beloeb".utf8) + [0]
        let kommune = Array("kommune".utf8) + [0]
        let aar = Array("aar".utf8) + [0]
        let grundlag = Array("grundlag".utf8) + [0]
        let version = Array("version".utf8) + [0]
        /// An empty value (`""`, NUL-terminated, never freed).
        static let empty: StaticString = ""

        func isBudgetNamespace(_ text: UnsafePointer<xmlChar>) -> Bool { equal(text, namespace) }
        func isPost(_ text: UnsafePointer<xmlChar>) -> Bool { equal(text, post) }
        func isBudget(_ text: UnsafePointer<xmlChar>) -> Bool { equal(text, budget) }

        private func equal(_ text: UnsafePointer<xmlChar>, _ name: [UInt8]) -> Bool {
            name.withUnsafeBufferPointer { strcmp(UnsafeRawPointer(text).assumingMemoryBound(to: CChar.self),
                                                  UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self)) == 0 }
        }

        /// The value of the current element's attribute `name` (NUL-terminated), read in
        /// place: the reader is left on the attribute until `xmlTextReaderMoveToElement`.
        func attribute(_ reader: xmlTextReaderPtr, _ name: [UInt8]) -> UnsafePointer<UInt8>? {
            let found = name.withUnsafeBufferPointer { xmlTextReaderMoveToAttribute(reader, $0.baseAddress!) }
            guard found == 1 else { return nil }
            return xmlTextReaderConstValue(reader)
        }

        /// The value of `element`'s attribute `name` without a namespace (NUL-terminated),
        /// read from the node libxml2 built: its one text child. A value libxml2 keeps as
        /// several children (an entity reference) is read through `reader` instead, which
        /// is then left on the attribute until `xmlTextReaderMoveToElement`.
        func attribute(_ element: xmlNodePtr, _ name: [UInt8], reader: xmlTextReaderPtr) -> UnsafePointer<UInt8>? {
            var property = element.pointee.properties
            while let attribute = property {
                if attribute.pointee.ns == nil, let own = attribute.pointee.name, equal(own, name) {
                    guard let text = attribute.pointee.children else { return Self.empty.utf8Start }
                    if text.pointee.next == nil, text.pointee.type == XML_TEXT_NODE, let content = text.pointee.content {
                        return UnsafePointer(content)
                    }
                    return self.attribute(reader, name)
                }
                property = attribute.pointee.next
            }
            return nil
        }
    }

    /// Parser options: line numbers past 65535, never the network, no nodes for the blank
    /// text between elements (budget elements hold no text; text that is not blank still
    /// reaches the schema and is an error). Entities are not substituted and DTDs are neither
    /// loaded nor used (those options are left off).
    static let readerOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOBLANKS.rawValue)
}

/// Collects libxml2's structured errors for one file, with their codes (`LibXMLProblem`).
final class XMLErrorCollector {
    var entries: [LibXMLProblem] = []

    /// Adds libxml2's error.
    func add(_ error: xmlError) {
        entries.append(LibXMLProblem(error))
    }

    /// libxml2's message cleaned up for a person: no namespace braces, one line.
    static func clean(_ error: xmlError) -> String {
        let message = error.message.map { String(cString: $0) } ?? "unknown XML error"
        return message.replacing("{\(BudgetSchema.namespace)}", with: "")
            .replacing("\n", with: " ")
            .trimmingWhitespace()
    }
}

/// The structured error handler; `context` is an unretained `XMLErrorCollector`.
let xmlCollectError: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    Unmanaged<XMLErrorCollector>.fromOpaque(context).takeUnretainedValue().add(error.pointee)
}
