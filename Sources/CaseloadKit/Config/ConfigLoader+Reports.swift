import Yams

extension ConfigLoader {
    /// The `reports:` key: a list of `md`, `xlsx`, `html` (or one of them alone); all three
    /// when the key is absent, none for `[]`. The result is in the fixed order md, xlsx, html
    /// whatever the order in the file. Unknown and repeated values are errors at their line.
    static func reportFormats(_ node: Node?, file: String, diagnostics: DiagnosticEngine) -> [ReportFormat] {
        guard let node else { return ReportFormat.allCases }
        func at(_ node: Node) -> SourceLocation {
            SourceLocation(file: file, line: node.mark?.line, column: node.mark?.column)
        }
        let known = ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")
        let items: [Node]
        if let sequence = node.sequence {
            items = Array(sequence)
        } else if let scalar = node.scalar, !scalar.string.isEmpty {
            items = [node]
        } else {
            diagnostics.error(.reportsNotList(known: known), at: at(node))
            return []
        }
        var chosen: Set<ReportFormat> = []
        for item in items {
            guard let text = item.scalar?.string else {
                diagnostics.error(.reportsNotList(known: known), at: at(item))
                continue
            }
            guard let format = ReportFormat(rawValue: text.trimmingWhitespace().lowercased()) else {
                diagnostics.error(.unknownReport(text, known: known), at: at(item))
                continue
            }
            if !chosen.insert(format).inserted {
                diagnostics.error(.reportTwice(text), at: at(item))
            }
        }
        return ReportFormat.allCases.filter(chosen.contains)
    }
}
