import Foundation

extension Pipeline {
    /// Runs pipeline.yml at `configURL` and, if the inputs had no errors, publishes the results
    /// and the lock file together.
    ///
    /// The output folder is locked from before the inputs are read until the results are in
    /// place; `waiting` is called if another run holds it and this one waits. The inputs are
    /// fingerprinted before they are read, so a file changed during the run shows as changed
    /// next time; a forced run fingerprints them while it reads them and stops if one changed
    /// meanwhile (`FingerprintFailure.changedWhileRead`); a file that cannot be read for its
    /// fingerprint (input, pipeline.yml, or a result the lock lists) stops the run with a
    /// `FingerprintFailure` naming it. When nothing changed since the lock file, no work is
    /// done (unless `force`; a forced run does not read the previous results, which it replaces).
    /// Each result file is rendered straight into its file in the staging folder through a
    /// fixed buffer, and hashed from the bytes written (`StagingFolder`, `StagedFile`), so the
    /// run never holds a whole result in memory.
    /// `pause` is called after each staged file (one call at a time, from the thread that
    /// rendered it) and `published` between the swap and the lock update (tests use them to
    /// kill the process at known points). The stat cache is written when the run ends, with
    /// the inputs it hashed and the results it wrote; `hasher` replaces the default one (tests
    /// count hashes with it).
    public static func run(configURL: URL, shownAs: String? = nil, options: RunOptions = RunOptions(),
                           hasher: FileHasher? = nil,
                           waiting: () -> Void = {}, pause: @escaping @Sendable () -> Void = {},
                           published: () -> Void = {}) throws -> RunResult {
        let config = try ConfigLoader.load(configURL, shownAs: shownAs)
        let output = config.outputFolder
        let writer = OutputWriter(config: config)
        let runLock = try RunLock(outputFolder: output, shownAs: writer.shownAs + "/", wait: options.wait, waiting: waiting)
        defer { withExtendedLifetime(runLock) {} }

        let store = LockStore(config: config, verify: options.force, hasher: hasher)
        // Written last, under the run lock: the racy rule is judged at the cache's write.
        defer { store.saveCache() }
        try store.recover()
        let previous = try store.current()
        let settings: LockFile.Fingerprint, inputs: [LockFile.Fingerprint]
        var outcome: RunOutcome
        if options.force {
            // A forced run replaces the results whatever they are: it neither reads them to
            // compare nor needs the inputs' hashes before the lock, so it hashes while it reads.
            (settings, inputs, outcome) = try assessWhileHashing(config, store: store, options: options)
        } else {
            (settings, inputs) = try store.fingerprints()
            if try store.changes(previous, settings: settings, inputs: inputs).isEmpty {
                // Nothing to do but what a killed run left behind (this run holds the lock).
                writer.removeLeftovers(year: config.year)
                // A strict run reads the inputs all the same: their warnings must stop a scheduled
                // job even when nothing changed since the results were written.
                guard options.strict else { return .upToDate(config, store) }
                var outcome = try assess(config, caseReading: options.caseReading)
                outcome.applyStrict(true)
                return outcome.stoppedByWarnings || !outcome.succeeded ? .ran(outcome) : .upToDate(config, store)
            }
            outcome = try assess(config, caseReading: options.caseReading)
        }
        // --strict: the input's warnings stop the run before anything is written.
        outcome.applyStrict(options.strict)
        guard outcome.succeeded, !outcome.stoppedByWarnings else { return .ran(outcome) }
        let foreign = try writer.foreignFiles(year: config.year, known: store.ownOutputNames(previous))
        if !foreign.isEmpty {
            guard options.force else {
                throw OutputWriter.Failure(.foreignFilesStopTheRun(folder: config.yearFolderShown, names: foreign))
            }
            // Named before they go: the swap below deletes them with the previous results.
            for name in foreign {
                outcome.diagnostics.warning(.deletedByForce(folder: name.hasSuffix("/")),
                                            at: SourceLocation(file: config.yearFolderShown + name))
            }
        }
        guard let report = outcome.report else { return .ran(outcome) }
        let staging = try writer.startStaging(year: config.year, pause: pause)
        let lock: LockFile
        do {
            let staged = try ResultFile.write(ResultFile.written(reports: config.reports), report: report, ledger: outcome.ledger,
                                              into: { try staging.write($0, render: $1) })
            outcome.resultNames = staged.map(\.name)
            lock = LockFile(tool: ToolVersion.current, settings: settings, inputs: inputs,
                            outputs: staged.map { LockFile.Fingerprint(path: store.outputPath($0.name), sha256: $0.sha256) })
            try store.writePending(lock)
        } catch {
            throw writer.abandon(staging, because: error)
        }
        let swapped: FileStat?
        do {
            swapped = try writer.swapIn(staging)
        } catch {
            try? FileManager.default.removeItem(at: store.pendingURL)
            throw error
        }
        published()
        try store.commitPending()
        store.rememberResults(lock, swapped: swapped)
        return .ran(outcome)
    }

    /// A forced run's reading, with the fingerprints taken on another thread at the same time
    /// (`BackgroundFingerprints`). Errors come in the order of a run that hashes first: a file
    /// that cannot be hashed, then a file that changed while it was read and hashed (the lock
    /// could name bytes the results were not made from), then the reading's own error.
    private static func assessWhileHashing(_ config: PipelineConfig, store: LockStore, options: RunOptions) throws
        -> (settings: LockFile.Fingerprint, inputs: [LockFile.Fingerprint], outcome: RunOutcome) {
        let hashing = BackgroundFingerprints(store)
        let assessed = Result { () throws(any Error) -> RunOutcome in try assess(config, caseReading: options.caseReading) }
        let (settings, inputs) = try hashing.wait()
        try store.checkUnchangedSinceFingerprints()
        return (settings, inputs, try assessed.get())
    }
}
