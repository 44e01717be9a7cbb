/// The catalogue's messages of `run --fail-on-flags` about the published flag.csv.
extension Message {
    /// flag.csv cannot be read, so its flags cannot be counted.
    public static func flagFileUnreadable(_ path: String, reason: String) -> Message {
        Message(en: "cannot read \(path) to count its flags for --fail-on-flags (\(reason))",
                da: "kan ikke læse \(path) for at tælle dens flag til --fail-on-flags (\(reason))")
    }

    /// flag.csv is not as caseload writes it; `problem` says how.
    public static func flagFileMalformed(_ path: String, problem: Message) -> Message {
        Message(en: "\(path) is not a flag.csv as caseload writes it (\(problem.en)), so --fail-on-flags cannot count its flags",
                da: "\(path) er ikke en flag.csv, som caseload skriver den (\(problem.da)), så --fail-on-flags kan ikke tælle dens flag")
    }

    /// flag.csv is not UTF-8.
    static var flagFileNotUTF8: Message {
        Message(en: "it is not UTF-8 text", da: "den er ikke UTF-8-tekst")
    }

    /// flag.csv has no header line.
    static var flagFileEmpty: Message {
        Message(en: "it is empty", da: "den er tom")
    }

    /// flag.csv's first line is not the header caseload writes.
    static func flagFileHeader(_ header: [String]) -> Message {
        let expected = header.joined(separator: ",")
        return Message(en: "line 1 is not the header \(expected)", da: "linje 1 er ikke overskriften \(expected)")
    }

    /// A row of flag.csv is not as wide as the header.
    static func flagFileRowWidth(line: Int, fields: Int, header: Int) -> Message {
        Message(en: "line \(line) has \(fields) fields, the header \(header)",
                da: "linje \(line) har \(fields) felter, overskriften \(header)")
    }

    /// flag.csv is not valid CSV (`problem` is the CSV reader's).
    static func flagFileCSV(line: Int, column: Int, problem: Message) -> Message {
        Message(en: "line \(line), column \(column): \(problem.en)", da: "linje \(line), kolonne \(column): \(problem.da)")
    }
}
