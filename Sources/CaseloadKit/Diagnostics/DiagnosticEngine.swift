/// Collects the problems of a run so that all of them are reported at once.
///
/// Keeps the first `limit` errors and all warnings up to the same limit; beyond that it
/// only counts, so a file with millions of bad rows cannot exhaust memory.
public final class DiagnosticEngine {
    /// The diagnostics kept, in the order they were found.
    public private(set) var diagnostics: [Diagnostic] = []
    /// All errors found, kept or not.
    public private(set) var errorCount = 0
    /// All warnings found, kept or not.
    public private(set) var warningCount = 0
    /// How many of each severity are kept.
    public let limit: Int

    /// Creates an engine that keeps up to `limit` errors and `limit` warnings.
    public init(limit: Int = 200) { self.limit = limit }

    /// True once any error was found.
    public var hasErrors: Bool { errorCount > 0 }

    /// Records an error.
    public func error(_ message: Message, at location: SourceLocation?) {
        errorCount += 1
        if errorCount <= limit { diagnostics.append(Diagnostic(.error, message.map(PersonalData.scrub), at: location)) }
    }

    /// Records a warning.
    public func warning(_ message: Message, at location: SourceLocation?) {
        warningCount += 1
        if warningCount <= limit { diagnostics.append(Diagnostic(.warning, message.map(PersonalData.scrub), at: location)) }
    }

    /// Records a note: information about the other diagnostics, counted as neither.
    public func note(_ message: Message, at location: SourceLocation?) {
        diagnostics.append(Diagnostic(.note, message, at: location))
    }

    /// Counts errors found elsewhere whose messages were not kept (they were past the limit).
    public func countUnkept(errors: Int) {
        errorCount += errors
    }

    /// Records a diagnostic made elsewhere.
    public func report(_ diagnostic: Diagnostic) {
        switch diagnostic.severity {
        case .error: error(diagnostic.text, at: diagnostic.location)
        case .warning: warning(diagnostic.text, at: diagnostic.location)
        case .note: note(diagnostic.text, at: diagnostic.location)
        }
    }

    /// The kept diagnostics as text in `language`, one a line, with a closing count of those
    /// not shown.
    public func rendered(_ language: Language = .en) -> String {
        (diagnostics.map { $0.rendered(language) } + unshown.map { $0.text(language) }).joined(separator: "\n")
    }

    /// The closing counts of the errors and warnings past the limit, whose messages were not
    /// kept (none when all were kept).
    public var unshown: [Message] {
        var lines: [Message] = []
        let hiddenErrors = max(0, errorCount - limit)
        let hiddenWarnings = max(0, warningCount - limit)
        if hiddenErrors > 0 { lines.append(.moreErrorsNotShown(hiddenErrors)) }
        if hiddenWarnings > 0 { lines.append(.moreWarningsNotShown(hiddenWarnings)) }
        return lines
    }
}
