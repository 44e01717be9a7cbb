/// Why two sets of results could not be compared: a bad revision, a missing file, a result
/// file that is not in the format of formats.md. The command prints it and exits with 2.
public struct ReviewFailure: Error, Equatable, CustomStringConvertible {
    /// The problem, with its place where it has one.
    public let diagnostic: Diagnostic

    /// A problem with no place in a file.
    public init(_ message: Message) {
        diagnostic = Diagnostic(.error, message, at: nil)
    }

    /// A problem at a place in a result file.
    public init(_ message: Message, at location: SourceLocation) {
        diagnostic = Diagnostic(.error, message, at: location)
    }

    /// `file:line:column: error: message`, or `error: message`.
    public var description: String { diagnostic.description }
}
