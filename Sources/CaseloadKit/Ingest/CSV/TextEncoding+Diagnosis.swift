extension TextEncoding.Detection {
    /// The encoding to read `file` in, after reporting what a person should know: a warning
    /// for Windows-1252, an error (and `nil`) for UTF-16, a NUL byte or bytes of neither.
    func usableEncoding(for file: InputFile, diagnostics: DiagnosticEngine) -> TextEncoding? {
        switch self {
        case .valid(.utf8):
            return .utf8
        case .valid(.windows1252):
            diagnostics.warning(.readAsWindows1252, at: file.at())
            return .windows1252
        case .utf16:
            diagnostics.error(.utf16NotSupported, at: file.at())
        case .nul(let line):
            diagnostics.error(.nulByte, at: file.at(line: line))
        case .invalid(let line, let byte):
            diagnostics.error(.invalidByte(String(byte, radix: 16, uppercase: true)), at: file.at(line: line))
        }
        return nil
    }
}

extension TextEncoding {
    /// Detects `file`'s encoding and reports it as `Detection.usableEncoding` does; a file that
    /// cannot be read is an error at the file. `nil` when the file is not to be read.
    static func usable(for file: InputFile, diagnostics: DiagnosticEngine) -> TextEncoding? {
        do {
            return try detect(fileAt: file.url).usableEncoding(for: file, diagnostics: diagnostics)
        } catch {
            diagnostics.error(.cannotReadFile, at: file.at())
            return nil
        }
    }
}
