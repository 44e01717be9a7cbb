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
    public func error(_ message: String, at location: SourceLocation?) {
        errorCount += 1
        if errorCount <= limit { diagnostics.append(Diagnostic(.error, scrubbed(message, location), at: location)) }
    }

    /// Records a warning.
    public func warning(_ message: String, at location: SourceLocation?) {
        warningCount += 1
        if warningCount <= limit { diagnostics.append(Diagnostic(.warning, scrubbed(message, location), at: location)) }
    }

    /// Any file may hold a CPR number in the wrong place (a case id pasted into a budget, a
    /// column mix-up), so every message is scrubbed, whatever file it is about.
    private func scrubbed(_ message: String, _ location: SourceLocation?) -> String {
        PersonalData.scrub(message)
    }

    /// Records a note: information about the other diagnostics, counted as neither.
    public func note(_ message: String, at location: SourceLocation?) {
        diagnostics.append(Diagnostic(.note, message, at: location))
    }

    /// Counts errors found elsewhere whose messages were not kept (they were past the limit).
    public func countUnkept(errors: Int) {
        errorCount += errors
    }

    /// Records a diagnostic made elsewhere.
    public func report(_ diagnostic: Diagnostic) {
        switch diagnostic.severity {
        case .error: error(diagnostic.message, at: diagnostic.location)
        case .warning: warning(diagnostic.message, at: diagnostic.location)
        case .note: note(diagnostic.message, at: diagnostic.location)
        }
    }

    /// The kept diagnostics as text, one a line, with a closing count of those not shown.
    public func rendered() -> String {
        var lines = diagnostics.map(\.description)
        let hiddenErrors = max(0, errorCount - limit)
        let hiddenWarnings = max(0, warningCount - limit)
        if hiddenErrors > 0 { lines.append("… and \(hiddenErrors) more errors not shown") }
        if hiddenWarnings > 0 { lines.append("… and \(hiddenWarnings) more warnings not shown") }
        return lines.joined(separator: "\n")
    }
}
