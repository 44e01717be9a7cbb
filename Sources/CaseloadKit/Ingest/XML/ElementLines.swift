import CLibXML2
import Foundation

/// The true line of each element the streaming reader builds, past 65,535 too.
///
/// libxml2 2.9.14 keeps an element's line in an `unsigned short`: even with
/// `XML_PARSE_BIG_LINES`, `xmlGetLineNo` of an element past line 65,535 gives 65,535 (or,
/// with text around, a neighbour's line). The parser's own line counter is an `int`, and
/// at the moment libxml2 creates an element node it is the very line libxml2 would store
/// (the line where the start tag ends). So while a reader runs, a node-creation callback
/// (`xmlRegisterNodeDefault`, per thread in libxml2) copies the parser's line
/// (`xmlTextReaderGetParserLineNumber`) into the element's `_private`, which libxml2 leaves
/// to the application. The reader itself reads ahead, so asking for the parser's line
/// when `xmlTextReaderRead` returns would give a later line.
enum ElementLines {
    /// The reader whose nodes this thread is building.
    fileprivate static let readerKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// Runs `body` with the lines of `reader`'s elements recorded; `body` must read through
    /// `reader` on this thread only.
    static func tracking<Result>(_ reader: xmlTextReaderPtr, _ body: () -> Result) -> Result {
        _ = LibXML.ready
        guard let callback = __xmlRegisterNodeDefaultValue() else { return body() }
        pthread_setspecific(readerKey, UnsafeRawPointer(reader))
        let previous = callback.pointee
        callback.pointee = recordElementLine
        defer {
            callback.pointee = previous
            pthread_setspecific(readerKey, nil)
        }
        return body()
    }

    /// The line of `node`: recorded while `tracking`, else libxml2's own (capped) line.
    static func line(of node: xmlNodePtr?) -> Int {
        guard let node else { return 0 }
        if node.pointee.type == XML_ELEMENT_NODE, let recorded = node.pointee._private {
            return Int(bitPattern: recorded)
        }
        return Int(xmlGetLineNo(node))
    }
}

/// The node-creation callback of `ElementLines.tracking`: an element gets the parser's line.
private let recordElementLine: xmlRegisterNodeFunc = { node in
    guard let node, node.pointee.type == XML_ELEMENT_NODE,
          let reader = pthread_getspecific(ElementLines.readerKey) else { return }
    let line = Int(xmlTextReaderGetParserLineNumber(OpaquePointer(reader)))
    node.pointee._private = UnsafeMutableRawPointer(bitPattern: line)
}
