extension Explanation.Figure {
    /// The figure of `column` in `row`: the column's name, and the value and decimals
    /// afstemning.csv writes for it (its schema reads the row).
    init(_ column: AfstemningCSV.Column, of row: ReconciliationRow, sources: [Explanation.Source], formula: Formula?, note: Message?) {
        let cell = column.value(of: row)
        self.init(column: column.name, value: cell.number, decimals: cell.decimals ?? 0, sources: sources, formula: formula, note: note)
    }
}
