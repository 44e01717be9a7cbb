/// The catalogue's messages of the commands themselves: option checks and closing lines.
extension Message {
    /// `--threads` outside the range it takes.
    public static func threadsOutOfRange(_ threads: Int, maximum: Int) -> Message {
        Message(en: "--threads must be from 1 to \(maximum), not \(threads)",
                da: "--threads skal være fra 1 til \(maximum), ikke \(threads)")
    }

    /// A `--sprog` value that is not a language.
    public static func unknownLanguage(_ value: String) -> Message {
        Message(en: "--sprog \"\(value)\" is not a language; use da (Danish) or en (English)",
                da: "--sprog \"\(value)\" er ikke et sprog; brug da (dansk) eller en (engelsk)")
    }

    /// `diff` with both a revision and `--against`.
    public static var diffRevisionAndAgainst: Message {
        Message(en: "Give either a revision or --against DIR, not both.", da: "Angiv enten en revision eller --against MAPPE, ikke begge.")
    }

    /// `diff --tolerance` that is not a number.
    public static func diffToleranceInvalid(_ value: String) -> Message {
        Message(en: "--tolerance \"\(value)\" is not a number of 0 or more (e.g. 0.5).",
                da: "--tolerance \"\(value)\" er ikke et tal på 0 eller mere (f.eks. 0.5).")
    }

    /// `explain` when pipeline.yml has errors.
    public static func explainConfigFailed(_ config: String, errors: Int) -> Message {
        Message(en: "Nothing explained: \(config) has \(errors) error\(s(errors)).",
                da: "Intet forklaret: \(config) har \(dk(errors)) fejl.")
    }

    /// `explain` when the inputs have errors.
    public static func explainInputErrors(_ errors: Int) -> Message {
        Message(en: "Nothing explained: the inputs have \(errors) error\(s(errors)); run caseload run to see them with the summary.",
                da: "Intet forklaret: inddata har \(dk(errors)) fejl; kør caseload run for at se dem sammen med opsummeringen.")
    }

    /// `generate --rows` below 0.
    public static var generateRowsNegative: Message { Message(en: "--rows must be 0 or more", da: "--rows skal være 0 eller mere") }

    /// `generate --year` out of range.
    public static var generateYearRange: Message {
        Message(en: "--year must be within 1900–2999", da: "--year skal ligge inden for 1900–2999")
    }

    /// `generate --prior-years` too far back.
    public static var generatePriorYearsRange: Message {
        Message(en: "--prior-years reaches before 1900", da: "--prior-years går tilbage før 1900")
    }

    /// `generate --budget-years` malformed.
    public static var generateBudgetYearsInvalid: Message {
        Message(en: "--budget-years must be a year or FIRST-LAST within 1900–2999 that includes --year",
                da: "--budget-years skal være et år eller FØRSTE-SIDSTE inden for 1900–2999, der omfatter --year")
    }

    /// `generate --peers` out of range.
    public static var generatePeersRange: Message {
        Message(en: "--peers must be within 0–97 (one municipality at least stays ours)",
                da: "--peers skal ligge inden for 0–97 (mindst én kommune forbliver vores)")
    }

    /// What `generate` wrote.
    public static func generateWrote(_ files: [String], folder: String, rows: Int, budgets: ClosedRange<Int>) -> Message {
        Message(en: "Wrote \(files.joined(separator: ", ")) in \(folder): \(rows) case periods, budgets \(budgets.lowerBound)–\(budgets.upperBound).",
                da: "Skrev \(files.joined(separator: ", ")) i \(folder): \(dk(rows)) sagsperioder, budgetter for \(budgets.lowerBound)–\(budgets.upperBound).")
    }
}
