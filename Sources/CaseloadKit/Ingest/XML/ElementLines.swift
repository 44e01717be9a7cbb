import CLibXML2

/// The true line of an element the streaming reader built, past 65,535 too.
///
/// libxml2 2.9.14 keeps an element's line in an `unsigned short`: past line 65,535 an element
/// says 65,535, even with `XML_PARSE_BIG_LINES`. With that option, though, each text node it
/// builds past 65,535 keeps the parser's true line in `psvi` (`xmlSAX2TextNode`), and the
/// value of an attribute is such a text node, built in the same call as its element: it
/// carries the very line libxml2 would have stored for the element (the line where the start
/// tag ends). So an element past 65,535 is placed by the first of its attributes whose value
/// is one such text node. Every budget element has one in a valid file: `aar` of a `<budget>`
/// and `beloeb` of a `<post>` are plain ASCII (the schema's `Year` and `Amount`).
///
/// libxml2 keeps an attribute value with a character or entity reference, or with a byte past
/// ASCII, as a node list without lines; an element whose attributes are all such (only possible
/// with a reference in `aar` or `beloeb`) keeps libxml2's 65,535. This replaced a node-creation
/// callback (`xmlRegisterNodeDefault`) that recorded the parser's line for every node: with a
/// callback registered libxml2 looks up its per-thread callback for every node it creates and
/// frees, which cost about 5 % of its reading.
enum ElementLines {
    /// libxml2's `line` of a node past line 65,535.
    private static let capped = UInt16.max

    /// The line of `node`: libxml2's own below 65,535, past it the line its attributes keep.
    static func line(of node: xmlNodePtr?) -> Int {
        guard let node else { return 0 }
        guard node.pointee.type == XML_ELEMENT_NODE, node.pointee.line == capped else { return Int(xmlGetLineNo(node)) }
        var property = node.pointee.properties
        while let attribute = property {
            // One text node past 65,535 built with XML_PARSE_BIG_LINES: `psvi` is its line.
            if let text = attribute.pointee.children, text.pointee.type == XML_TEXT_NODE,
               text.pointee.line == capped, let recorded = text.pointee.psvi {
                return Int(bitPattern: recorded)
            }
            property = attribute.pointee.next
        }
        return Int(xmlGetLineNo(node))
    }
}
