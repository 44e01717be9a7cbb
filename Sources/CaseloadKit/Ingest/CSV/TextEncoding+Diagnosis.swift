extension TextEncoding.Detection {
    /// The message for a UTF-16 file (also used before a full scan, from the first bytes).
    static let utf16Message = "UTF-16 is not supported: save the file as UTF-8 or CSV (semikolonsepareret)"

    /// The encoding to read `file` in, after reporting what a person should know: a warning
    /// for Windows-1252, an error (and `nil`) for UTF-16, a NUL byte or bytes of neither.
    func usableEncoding(for file: InputFile, diagnostics: DiagnosticEngine) -> TextEncoding? {
        switch self {
        case .valid(.utf8):
            return .utf8
        case .valid(.windows1252):
            diagnostics.warning("the file is not valid UTF-8; read it as Windows-1252 (Danish Excel's \"CSV (semikolonsepareret)\"); save it as \"CSV UTF-8\" to avoid this warning", at: file.at())
            return .windows1252
        case .utf16:
            diagnostics.error(Self.utf16Message, at: file.at())
        case .nul(let line):
            diagnostics.error("the file holds a NUL byte (0x00), so it is not a text file; save it as \"CSV UTF-8\" or \"CSV (semikolonsepareret)\"", at: file.at(line: line))
        case .invalid(let line, let byte):
            diagnostics.error("the file is neither UTF-8 nor Windows-1252: byte 0x\(String(byte, radix: 16, uppercase: true)) is not a character in either; save it as \"CSV UTF-8\"", at: file.at(line: line))
        }
        return nil
    }
}
