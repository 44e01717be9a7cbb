/// Spreadsheet cell names: column numbers as letters (1 → `A`, 27 → `AA`) and back.
enum CellName {
    /// The letters of a 1-based column number.
    static func letters(_ column: Int) -> String {
        var number = max(column, 1)
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(Character(UnicodeScalar(UInt8(65 + remainder))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }

    /// The 1-based column and row of a cell name (`D7` → (4, 7)); `nil` if it is not one.
    static func parse(_ name: some StringProtocol) -> (column: Int, row: Int)? {
        var column = 0
        var row = 0
        var seenDigit = false
        for byte in name.utf8 {
            switch byte {
            case 0x41...0x5A where !seenDigit:
                column = column * 26 + Int(byte - 0x40)
            case 0x61...0x7A where !seenDigit:
                column = column * 26 + Int(byte - 0x60)
            case 0x30...0x39:
                seenDigit = true
                row = row * 10 + Int(byte - 0x30)
            default:
                return nil
            }
            if column > 16_384 || row > 1_048_576 { return nil }
        }
        return column > 0 && row > 0 ? (column, row) : nil
    }
}
