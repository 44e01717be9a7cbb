import Foundation

/// Where a pipeline's lock file lives, and how it is read, compared and replaced.
///
/// The lock is published together with the results: the new lock is written and flushed as
/// `caseload.lock.new` before the results are swapped in, and renamed over `caseload.lock`
/// after. A run killed in between leaves `caseload.lock.new`; whoever reads the lock next takes
/// the pending one if the results on disk are the ones it lists (the swap happened), and the
/// old one otherwise. So the lock in force never disagrees with the results.
public struct LockStore: Sendable {
    /// The lock file.
    public let url: URL
    /// The configuration it belongs to.
    public let config: PipelineConfig
    /// Hashes the inputs and result files, skipping those unchanged since the last time
    /// (`StatCache` in the output folder) unless it verifies.
    public let hasher: FileHasher

    /// The lock of `config`: `caseload.lock` beside pipeline.yml, or `<name>.caseload.lock`
    /// beside a pipeline file of another name (so two pipelines in one folder keep apart).
    /// With `verify`, every file is hashed regardless of the stat cache; `hasher` replaces
    /// the default one (tests count hashes with it).
    public init(config: PipelineConfig, verify: Bool = false, hasher: FileHasher? = nil) {
        self.config = config
        self.hasher = hasher ?? FileHasher(cacheURL: config.outputFolder.appendingPathComponent(StatCache.fileName), verify: verify)
        let name = (config.file as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        url = config.folder.appendingPathComponent(stem == "pipeline" ? "caseload.lock" : "\(stem).caseload.lock")
    }

    /// The pending lock of an interrupted run.
    public var pendingURL: URL { url.appendingPathExtension("new") }

    /// The lock's name beside pipeline.yml, for messages.
    public var name: String { url.lastPathComponent }

    /// A result file's path as the lock and messages name it: `Output/2017/afstemning.csv`.
    public func outputPath(_ name: String) -> String { config.yearFolderShown + name }

    /// The lock in force (see the type's notes on a pending lock); `nil` if there is none.
    /// Throws if a result file the pending lock lists cannot be read to compare it.
    public func current() throws(FingerprintFailure) -> LockFile? {
        let committed = read(url)
        if let pending = read(pendingURL), try outputChanges(pending).isEmpty { return pending }
        return committed
    }

    /// Settles an interrupted run's pending lock: kept if the results are its, else removed.
    /// Call with the output folder locked.
    /// Removing a pending lock may fail (it may not exist); `current()` ignores a pending lock
    /// whose results are not on disk, so a failed removal changes nothing.
    public func recover() throws(FingerprintFailure) {
        guard let pending = read(pendingURL) else {
            try? FileManager.default.removeItem(at: pendingURL)
            return
        }
        if try outputChanges(pending).isEmpty {
            _ = rename(pendingURL.path, url.path)
        } else {
            try? FileManager.default.removeItem(at: pendingURL)
        }
    }

    /// The fingerprints of pipeline.yml and the inputs as they are now. A file that cannot be
    /// read to its end throws, naming it.
    public func fingerprints() throws(FingerprintFailure) -> (settings: LockFile.Fingerprint, inputs: [LockFile.Fingerprint]) {
        let settings = LockFile.Fingerprint(path: settingsName, sha256: try hash(settingsURL, shownAs: config.file, role: .settings))
        var inputs: [LockFile.Fingerprint] = []
        for input in config.inputs.all {
            inputs.append(LockFile.Fingerprint(path: input.path, sha256: try hash(input.url, shownAs: input.path, role: .input)))
        }
        return (settings, inputs)
    }

    /// Throws if pipeline.yml or an input is not as it was when `fingerprints()` hashed it (by
    /// `stat`: size, modification time, inode): a forced run hashes while it reads, so a file
    /// changed in between may have been read in one state and hashed in another, and the lock
    /// would tie the results to bytes they were not made from.
    public func checkUnchangedSinceFingerprints() throws(FingerprintFailure) {
        if !hasher.unchangedSinceHashed(settingsURL) {
            throw FingerprintFailure(changedWhileRead: config.file, role: .settings, lock: name)
        }
        for input in config.inputs.all where !hasher.unchangedSinceHashed(input.url) {
            throw FingerprintFailure(changedWhileRead: input.path, role: .input, lock: name)
        }
    }

    /// pipeline.yml as the lock names it (its file name) and where it is.
    private var settingsName: String { (config.file as NSString).lastPathComponent }
    private var settingsURL: URL { config.folder.appendingPathComponent(settingsName) }

    /// What differs between the lock in force and the files now, and the files in the year
    /// folder that caseload did not write; empty when up to date. Throws if a file cannot be
    /// read to compare it.
    public func changesNow() throws(FingerprintFailure) -> [LockChange] {
        let (settings, inputs) = try fingerprints()
        let lock = try current()
        return try changes(lock, settings: settings, inputs: inputs) + foreignOutputs(lock)
    }

    /// caseload's own names in the year folder: every name it can write, and whatever `lock`
    /// says it wrote there. Anything else there is the user's.
    public func ownOutputNames(_ lock: LockFile?) -> Set<String> {
        let folder = config.yearFolderShown
        let written = (lock?.outputs ?? []).map(\.path).filter { $0.hasPrefix(folder) }.map { String($0.dropFirst(folder.count)) }
        return Set(ResultFile.allCases.map(\.name)).union(written)
    }

    /// The files and folders in the year folder that caseload did not write, as changes (a
    /// run would stop on them, or delete them with --force); a year folder that cannot be
    /// listed is one change too, not silence.
    func foreignOutputs(_ lock: LockFile?) -> [LockChange] {
        do {
            return try OutputWriter(config: config).foreignFiles(year: config.year, known: ownOutputNames(lock))
                .map { LockChange(.foreignFile, config.yearFolderShown + $0) }
        } catch {
            return [LockChange(.outputUnlistable, config.yearFolderShown)]
        }
    }

    /// What differs between `lock` (or no lock) and the files now; empty when up to date.
    public func changes(_ lock: LockFile?, settings: LockFile.Fingerprint,
                        inputs: [LockFile.Fingerprint]) throws(FingerprintFailure) -> [LockChange] {
        guard let lock else { return [LockChange(.noLock, name)] }
        var changes: [LockChange] = []
        if lock.tool != ToolVersion.current { changes.append(LockChange(.toolChanged, "\(lock.tool) → \(ToolVersion.current)")) }
        if lock.settings.sha256 != settings.sha256 { changes.append(LockChange(.settingsChanged, settings.path)) }
        let before = Dictionary(lock.inputs.map { ($0.path, $0.sha256) }, uniquingKeysWith: { a, _ in a })
        let now = Dictionary(inputs.map { ($0.path, $0.sha256) }, uniquingKeysWith: { a, _ in a })
        for path in Set(before.keys).union(now.keys).sorted() {
            switch (before[path], now[path]) {
            case (nil, _?): changes.append(LockChange(.inputAdded, path))
            case (_?, nil): changes.append(LockChange(.inputRemoved, path))
            case let (old?, new?) where old != new: changes.append(LockChange(.inputModified, path))
            default: break
            }
        }
        return try changes + outputChanges(lock)
    }

    /// Result files that are missing or not what the lock says was written; throws if one
    /// is there but cannot be read to compare it.
    func outputChanges(_ lock: LockFile) throws(FingerprintFailure) -> [LockChange] {
        var changes: [LockChange] = []
        for output in lock.outputs {
            let url = resultURL(output.path)
            if FileKind.of(url) != .file {
                changes.append(LockChange(.outputMissing, output.path))
            } else if try hash(url, shownAs: output.path, role: .result) != output.sha256 {
                changes.append(LockChange(.outputEdited, output.path))
            }
        }
        return changes
    }

    /// The SHA-256 of a file as the lock writes it (hex), or a failure naming the file.
    private func hash(_ url: URL, shownAs path: String, role: FingerprintFailure.Role) throws(FingerprintFailure) -> String {
        do {
            return try hasher.hash(url)
        } catch {
            throw FingerprintFailure(role: role, path: path, reason: error.reason, lock: name)
        }
    }

    /// A result file as the lock names it (relative to pipeline.yml's folder, or absolute).
    func resultURL(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : config.folder.appendingPathComponent(path)
    }

    /// Remembers the result files `lock` lists, just published, with the hashes it gives, so the
    /// next run or `status` does not read them (`swapped`: what `OutputWriter.publish` returned).
    public func rememberResults(_ lock: LockFile, swapped: FileStat?) {
        for output in lock.outputs {
            hasher.remember(written: resultURL(output.path), sha256: output.sha256, swapped: swapped)
        }
    }

    /// Remembers the hashes taken so far in the stat cache, so an unchanged file is not read
    /// next time (`status`, and a run when it ends; never `--dry-run`).
    public func saveCache() {
        hasher.save()
    }

    /// Writes the new lock as the pending one, flushed to disk.
    public func writePending(_ lock: LockFile) throws(OutputWriter.Failure) {
        let data = Data(lock.rendered().utf8)
        do {
            guard FileManager.default.createFile(atPath: pendingURL.path, contents: nil),
                  let handle = FileHandle(forWritingAtPath: pendingURL.path) else {
                throw OutputWriter.Failure(.cannotCreateFile(pendingURL.lastPathComponent))
            }
            defer { try? handle.close() }  // after synchronize succeeded, the bytes are on disk
            try handle.write(contentsOf: data)
            try handle.synchronize()
        } catch {
            // A lock that may not be on disk must not be published with the results.
            try? FileManager.default.removeItem(at: pendingURL)
            throw OutputWriter.Failure(.cannotWritePendingLock(pendingURL.lastPathComponent, beside: config.file, reason: OutputWriter.reason(error)))
        }
    }

    /// Puts the pending lock in force (after the results were swapped in).
    public func commitPending() throws(OutputWriter.Failure) {
        guard rename(pendingURL.path, url.path) == 0 else {
            throw OutputWriter.Failure(.cannotUpdateLock(name, reason: String(cString: strerror(errno))))
        }
        let folder = open(config.folder.path, O_RDONLY | O_DIRECTORY)
        if folder >= 0 {
            _ = fsync(folder)
            close(folder)
        }
    }

    private func read(_ url: URL) -> LockFile? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return LockFile.parse(String(decoding: data, as: UTF8.self))
    }
}
