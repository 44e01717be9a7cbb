/// A problem that stops reading a workbook: the workbook itself is unusable, or a cell
/// cannot be read (a formula without a value). `row` and `column` place it on the sheet.
struct WorkbookFailure: Error {
    /// What.
    let message: Message
    /// The sheet's row, if the problem has one.
    var row: Int?
    /// The cell's column number, if the problem has one.
    var column: Int?

    /// A problem with the workbook as a whole.
    init(_ message: Message, row: Int? = nil, column: Int? = nil) {
        self.message = message
        self.row = row
        self.column = column
    }
}
