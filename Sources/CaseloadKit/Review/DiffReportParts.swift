/// The parts of a diff report as rows of text, shared by the terminal and Markdown
/// renderers so that both always say the same.
enum DiffReportParts {
    static func summaryHeader(_ language: Language) -> [String] {
        Message.diffSummaryHeader.text(language).split(separator: "\t").map(String.init)
    }

    static func changeHeader(_ language: Language) -> [String] {
        [AfstemningCSV.kommune.name, AfstemningCSV.ydelse.name] + Message.diffChangeHeader.text(language).split(separator: "\t").map(String.init) + ["%"]
    }

    static let rowHeader = [AfstemningCSV.kommune, AfstemningCSV.ydelseID, AfstemningCSV.ydelse].map(\.name)

    static func title(_ diff: ResultDiff) -> String {
        "caseload diff: \(diff.oldLabel) → \(diff.newLabel)"
    }

    static func summaryRow(_ table: TableDiff) -> [String] {
        [table.file] + [table.rowsCompared, table.changed.count, table.added.count, table.removed.count].map(DiffFigures.count)
    }

    /// One line per shown cell; the municipality and benefit only on a row's first line.
    static func changeRows(_ table: TableDiff, allColumns: Bool) -> [[String]] {
        var lines: [[String]] = []
        for row in table.changed {
            let cells = allColumns ? row.cells : row.changedCells
            for (index, cell) in cells.enumerated() {
                lines.append([index == 0 ? row.key.kommune : "", index == 0 ? row.benefitName : "", cell.column,
                              DiffFigures.value(cell.old), DiffFigures.value(cell.new),
                              DiffFigures.change(cell), DiffFigures.percent(cell)])
            }
        }
        return lines
    }

    static func rowRows(_ rows: [ResultRow]) -> [[String]] {
        rows.map { [$0.key.kommune, $0.key.ydelseID, $0.benefitName] }
    }

    /// The note under the summary: the tolerance, and whether anything changed.
    static func notes(_ diff: ResultDiff, _ language: Language) -> [String] {
        var notes: [Message] = []
        let limit = DiffFigures.tolerance(diff.tolerance)
        if !diff.tolerance.value.isZero {
            notes.append(.diffToleranceNote(limit))
        }
        if !diff.hasChanges {
            notes.append(diff.tolerance.value.isZero ? .diffNoChanges : .diffNoChangesOf(limit))
        }
        return notes.map { $0.text(language) }
    }
}
