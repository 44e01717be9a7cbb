/// A1-style cell references.
enum CellReference {
    /// The column letters of a zero-based column index: 0 → `A`, 25 → `Z`, 26 → `AA`.
    static func column(_ index: Int) -> String {
        index < firstColumns.count ? firstColumns[index] : letters(index)
    }

    /// The letters of the columns every sheet uses, made once.
    private static let firstColumns = (0..<64).map(letters)

    private static func letters(_ index: Int) -> String {
        var index = index
        var letters = ""
        repeat {
            letters = String(UnicodeScalar(UInt8(65 + index % 26))) + letters
            index = index / 26 - 1
        } while index >= 0
        return letters
    }

    /// The reference of a zero-based row and column: (0, 0) → `A1`.
    static func cell(row: Int, column: Int) -> String { "\(self.column(column))\(row + 1)" }

    /// Appends the reference of a zero-based row and column (`A1`) to `out`, without a `String`.
    static func append(row: Int, column: Int, to out: inout OutputBytes) {
        if column < 26 {
            out.append(byte: UInt8(ascii: "A") + UInt8(column))
        } else {
            out.append(self.column(column))
        }
        out.append(row + 1)
    }
}
