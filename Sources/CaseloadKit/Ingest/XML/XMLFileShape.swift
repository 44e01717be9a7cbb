import CLibXML2
import Foundation

/// The shape of an XML file that is not well-formed, at libxml2's first fatal error: which
/// element opened the document, whether it was closed, how many were still open and whether
/// anything but white space followed. With it, "Extra content at the end of the document"
/// can be told apart as an empty file, a cut-off file, or more after the end.
///
/// Found by a second pass over the file with libxml2's SAX parser (`caseload_xml_scan_shape`
/// in the shim), only when reading failed: the streaming reader parses ahead of the nodes it
/// hands out, so on a small file it fails before it has shown a single element.
struct XMLFileShape {
    /// Start tags seen before the error.
    let elements: Int
    /// The document element's local name and line; `nil` if there is none.
    let root: (name: String, line: Int)?
    /// Elements still open at the error.
    let openAtError: Int
    /// True if the document element was closed before the error.
    let rootClosedAtError: Bool
    /// True if only white space follows the error: the file ends there.
    let errorAtEnd: Bool
    /// True if the file holds nothing but white space (or nothing at all).
    let isBlank: Bool

    /// Scans a file; `nil` if it cannot be read.
    static func scan(_ url: URL) -> XMLFileShape? {
        _ = LibXML.ready
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var shape = caseload_xml_shape()
        guard caseload_xml_scan_shape(descriptor, &shape) == 0 else { return nil }
        let name = withUnsafeBytes(of: shape.root_name) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        return XMLFileShape(elements: Int(shape.elements),
                            root: shape.elements > 0 ? (name, Int(shape.root_line)) : nil,
                            openAtError: Int(shape.error_depth), rootClosedAtError: shape.error_root_closed == 1,
                            errorAtEnd: shape.failed == 1 && shape.error_at_end == 1, isBlank: blank(url))
    }

    /// True if the file's bytes are all white space (files over 64 KiB never are, here).
    private static func blank(_ url: URL) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: url.path) else { return false }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 1 << 16) else { return true }
        guard head.count < 1 << 16 else { return false }
        return head.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }

}
