extension CaseloadError {
    /// The exit code a command ends with: the table in the README ("Exit codes"), one value each.
    ///
    /// The library names the codes so that a `CaseloadError` carries one; only the command
    /// line's entry point (`CommandLineTool`) exits with it.
    public struct ExitCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The number the process exits with.
        public let rawValue: Int32

        /// An exit code by its number.
        public init(rawValue: Int32) { self.rawValue = rawValue }

        /// `0`: success; for `status` up to date, for `diff` no changes beyond the tolerance.
        public static let success = ExitCode(rawValue: 0)
        /// `1`: errors in the input files, or warnings with `--strict` (nothing written); also a
        /// file `run` or `status` cannot read for the lock when it is an input.
        public static let inputErrors = ExitCode(rawValue: 1)
        /// `1`: `status` found the results stale (or cannot tell), `diff` found changes.
        public static let changed = ExitCode(rawValue: 1)
        /// `2`: a usage or pipeline.yml error (nothing written); `explain` a name that matches
        /// nothing; `diff` results it cannot compare.
        public static let usage = ExitCode(rawValue: 2)
        /// `3`: the results could not be written (disk, permissions, another run busy with
        /// `--no-wait`, files of the user's in the year folder), or their flag.csv cannot be
        /// counted for `--fail-on-flags`; the previous results are kept.
        public static let outputFailed = ExitCode(rawValue: 3)
        /// `4`: `run --fail-on-flags` and the results (written or up to date) have flags.
        public static let flagged = ExitCode(rawValue: 4)

        /// The number, e.g. `3`.
        public var description: String { String(rawValue) }
    }
}
