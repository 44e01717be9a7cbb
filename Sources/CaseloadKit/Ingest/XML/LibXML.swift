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
        // The names as static strings: NUL-terminated bytes in the binary, compared without an
        // array's retain and bounds check (a `<post>` compares two or three of them).
        let post: StaticString = "post"
        let budget: StaticString = "budget"
        let ydelse: StaticString = "ydelse"
        let beloeb: StaticString = "beloeb"
        let kommune: StaticString = "kommune"
        let aar: StaticString = "aar"
        let grundlag: StaticString = "grundlag"
        let version: StaticString = "version"
        /// An empty value (`""`, NUL-terminated, never freed).
        static let empty: StaticString = ""

        func isBudgetNamespace(_ text: UnsafePointer<xmlChar>) -> Bool {
            namespace.withUnsafeBufferPointer { strcmp(Self.chars(text), Self.chars($0.baseAddress!)) == 0 }
        }
        func isPost(_ text: UnsafePointer<xmlChar>) -> Bool { equal(text, post) }
        func isBudget(_ text: UnsafePointer<xmlChar>) -> Bool { equal(text, budget) }

        @inline(__always)
        private func equal(_ text: UnsafePointer<xmlChar>, _ name: StaticString) -> Bool {
            strcmp(Self.chars(text), Self.chars(name.utf8Start)) == 0
        }

        @inline(__always)
        private static func chars(_ text: UnsafePointer<UInt8>) -> UnsafePointer<CChar> {
            UnsafeRawPointer(text).assumingMemoryBound(to: CChar.self)
        }

        /// The value of the current element's attribute `name` (NUL-terminated), read in
        /// place: the reader is left on the attribute until `xmlTextReaderMoveToElement`.
        func attribute(_ reader: xmlTextReaderPtr, _ name: StaticString) -> UnsafePointer<UInt8>? {
            let found = xmlTextReaderMoveToAttribute(reader, name.utf8Start)
            guard found == 1 else { return nil }
            return xmlTextReaderConstValue(reader)
        }

        /// The value of `element`'s attribute `name` without a namespace (NUL-terminated),
        /// read from the node libxml2 built: its one text child. A value libxml2 keeps as
        /// several children (an entity reference) is read through `reader` instead, which
        /// is then left on the attribute until `xmlTextReaderMoveToElement`.
        func attribute(_ element: xmlNodePtr, _ name: StaticString, reader: xmlTextReaderPtr) -> UnsafePointer<UInt8>? {
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
