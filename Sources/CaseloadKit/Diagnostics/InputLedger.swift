/// Accounts for every input row: read = used + ignored + rejected, per file.
public final class InputLedger {
    /// The counts of one file.
    public struct Tally: Equatable, Sendable {
        /// Data rows read (header and blank lines not counted).
        public var read = 0
        /// Rows that went into the results.
        public var used = 0
        /// Rows left out on purpose, by reason (e.g. `another municipality`).
        public var ignored: [String: Int] = [:]
        /// Rows with errors.
        public var rejected = 0

        /// Creates a tally.
        public init(read: Int = 0, used: Int = 0, ignored: [String: Int] = [:], rejected: Int = 0) {
            self.read = read
            self.used = used
            self.ignored = ignored
            self.rejected = rejected
        }

        /// All ignored rows.
        public var ignoredTotal: Int { ignored.values.reduce(0, +) }
        /// True when every row read is accounted for.
        public var balances: Bool { read == used + ignoredTotal + rejected }
    }

    /// Files in the order they were read.
    public private(set) var files: [String] = []
    /// The counts, by file.
    public private(set) var tallies: [String: Tally] = [:]
    /// Names of municipalities that rows were ignored for, with counts, for the summary.
    public private(set) var unknownMunicipalities: [String: Int] = [:]

    /// Creates an empty ledger.
    public init() {}

    /// Notes a file as read, even if it has no rows.
    public func register(_ file: String) {
        if tallies[file] == nil {
            files.append(file)
            tallies[file] = Tally()
        }
    }

    /// Counts a row read.
    public func read(_ file: String) { tallies[file, default: Tally()].read += 1 }
    /// Counts a row with errors.
    public func rejected(_ file: String) { tallies[file, default: Tally()].rejected += 1 }
    /// Counts a row that went into the results.
    public func used(_ file: String) { tallies[file, default: Tally()].used += 1 }
    /// Moves a row counted as used to rejected (a later stage found it unusable).
    public func usedRowRejected(_ file: String) {
        tallies[file, default: Tally()].used -= 1
        tallies[file, default: Tally()].rejected += 1
    }

    /// Counts a row left out on purpose.
    public func ignored(_ file: String, reason: String) { tallies[file, default: Tally()].ignored[reason, default: 0] += 1 }

    /// Counts a row left out because its municipality is not in pipeline.yml. The name is
    /// kept for the summary masked if it looks like a CPR number (one in the wrong column
    /// must not reach the summary) and with invisible characters spelled out; the first
    /// place each name was seen is kept for "did you mean" warnings.
    public func ignoredMunicipality(at location: SourceLocation, name: String) {
        ignored(location.file, reason: Message.reasonAnotherMunicipality.en)
        let trimmed = name.trimmingWhitespace()
        let shown = InputLedger.shown(trimmed)
        if unknownMunicipalities[shown] == nil {
            unknownMunicipalityFirstSeen.append((name: trimmed, shown: shown, at: location.wholeLine))
        }
        unknownMunicipalities[shown, default: 0] += 1
    }

    /// Each name of `unknownMunicipalities` as written, as shown, and where it was first seen,
    /// in the order first seen.
    public private(set) var unknownMunicipalityFirstSeen: [(name: String, shown: String, at: SourceLocation)] = []

    /// Adds the counts of many rows of a file at once.
    public func add(_ counts: Tally, to file: String) {
        var tally = tallies[file, default: Tally()]
        tally.read += counts.read
        tally.used += counts.used
        tally.rejected += counts.rejected
        for (reason, count) in counts.ignored { tally.ignored[reason, default: 0] += count }
        tallies[file] = tally
    }

    /// Adds `count` rows of a municipality not in pipeline.yml to the summary's list, as
    /// `ignoredMunicipality(at:name:)` does one row at a time (their "another municipality"
    /// count goes in through `add(_:to:)`); `location` is where the name was first seen.
    public func addUnknownMunicipality(name: String, at location: SourceLocation, count: Int) {
        let trimmed = name.trimmingWhitespace()
        let shown = InputLedger.shown(trimmed)
        if unknownMunicipalities[shown] == nil {
            unknownMunicipalityFirstSeen.append((name: trimmed, shown: shown, at: location.wholeLine))
        }
        unknownMunicipalities[shown, default: 0] += count
    }

    /// A municipality name as the summary shows it: CPR-shaped text masked, invisible
    /// characters spelled out.
    static func shown(_ trimmed: String) -> String { VisibleText.escape(PersonalData.scrub(trimmed)) }

    /// The sum over all files.
    public var total: Tally {
        var sum = Tally()
        for tally in tallies.values {
            sum.read += tally.read
            sum.used += tally.used
            sum.rejected += tally.rejected
            for (reason, count) in tally.ignored { sum.ignored[reason, default: 0] += count }
        }
        return sum
    }
}
