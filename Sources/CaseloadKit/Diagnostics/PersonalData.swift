/// Keeps CPR numbers out of every message: case ids may be CPR numbers, and a file with its
/// columns swapped can put one anywhere.
public enum PersonalData {
    /// The text with every run of six digits that reads as a date (DDMMYY), an optional
    /// hyphen and four digits (a CPR number's shape) masked as `******-**12`. The date check
    /// keeps amounts such as 1234567890 readable in messages.
    public static func scrub(_ text: String) -> String {
        let characters = Array(text)
        var result = ""
        var index = 0
        while index < characters.count {
            if let length = cprLength(characters, at: index),
               index == 0 || !characters[index - 1].isNumber {
                let match = String(characters[index..<(index + length)])
                result += CaseID.masked(match)
                index += length
            } else {
                result.append(characters[index])
                index += 1
            }
        }
        return result
    }

    /// The length of a CPR-shaped run at `index` that is not part of a longer number.
    private static func cprLength(_ characters: [Character], at index: Int) -> Int? {
        func digits(_ from: Int, _ count: Int) -> Bool {
            from + count <= characters.count && characters[from..<(from + count)].allSatisfy { $0.isASCII && $0.isNumber }
        }
        guard digits(index, 6) else { return nil }
        // Two ASCII digits (checked above) as a number.
        func number(_ from: Int) -> Int { characters[from..<(from + 2)].reduce(0) { $0 * 10 + ($1.wholeNumberValue ?? 0) } }
        guard (1...31).contains(number(index)), (1...12).contains(number(index + 2)) else { return nil }
        var end = index + 6
        if end < characters.count, characters[end] == "-" { end += 1 }
        guard digits(end, 4) else { return nil }
        end += 4
        if end < characters.count, characters[end].isNumber { return nil }
        return end - index
    }
}
