/// Masks case ids, which may be CPR numbers, before they reach any message.
public enum CaseID {
    /// The id with every letter and digit but the last two replaced by `*`:
    /// `010203-1234` becomes `******-**34`.
    /// Ids of four characters or fewer are hidden whole.
    public static func masked(_ id: String) -> String {
        let characters = Array(id.trimmingWhitespace())
        let shown = characters.count > 4 ? 2 : 0
        var result = ""
        for (index, character) in characters.enumerated() {
            let hidden = index < characters.count - shown && (character.isLetter || character.isNumber)
            result.append(hidden ? "*" : character)
        }
        return result
    }
}
