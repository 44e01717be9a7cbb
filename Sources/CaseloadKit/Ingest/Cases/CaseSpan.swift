/// The case rows of one file that went into a figure: how many, and the lines of the first
/// and the last. Case ids are never kept; this is all an explanation can show.
public struct CaseSpan: Sendable, Equatable {
    /// The case file.
    public let file: String
    /// How many of its rows fell in the period.
    public var rows: Int
    /// The line of the first of them.
    public let firstLine: Int?
    /// The line of the last of them.
    public var lastLine: Int?
    /// The workbook's sheet, for case periods read from a workbook (lines are its rows).
    public var sheet: String? = nil
}
