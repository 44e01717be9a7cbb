import CFileSwap
import Foundation

/// Publishes a year's results all at once or not at all.
///
/// The files are written and flushed to disk in a staging folder beside the output folder
/// (`.caseload-staging/<year>`), then swapped with `<output>/<year>` in one atomic step
/// (renameat2 RENAME_EXCHANGE). A run that fails or is killed at any moment leaves the
/// previous `<output>/<year>` as it was, byte for byte.
public struct OutputWriter {
    /// Why results could not be published.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong.
        public let description: String
    }

    /// The folder that holds the year folders (`Output`).
    public let outputFolder: URL
    /// Where results are assembled before the swap; beside `outputFolder`, same file system.
    public let stagingRoot: URL

    /// A writer for `outputFolder`, staging in `.caseload-staging` beside it.
    public init(outputFolder: URL) {
        self.outputFolder = outputFolder
        self.stagingRoot = outputFolder.deletingLastPathComponent().appendingPathComponent(".caseload-staging")
    }

    /// Writes `files` as `<output>/<year>/`, replacing what was there.
    /// `pause` is called after each file is staged (tests use it to kill the process mid-write).
    public func publish(_ files: [OutputFile], year: Int, pause: () -> Void = {}) throws(Failure) {
        let manager = FileManager.default
        let staging = stagingRoot.appendingPathComponent(String(year))
        let target = outputFolder.appendingPathComponent(String(year))
        do {
            // What a killed run left behind is not results: clear it.
            if manager.fileExists(atPath: staging.path) { try manager.removeItem(at: staging) }
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            for file in files {
                try write(Data(file.contents.utf8), to: staging.appendingPathComponent(file.name))
                pause()
            }
            try syncFolder(staging)
            try manager.createDirectory(at: outputFolder, withIntermediateDirectories: true)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "cannot write results to \(staging.path): \(error.localizedDescription)")
        }

        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: target.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw Failure(description: "\(target.path) is a file, not a folder") }
            guard caseload_exchange_paths(staging.path, target.path) == 0 else {
                throw Failure(description: "cannot swap in the new results: \(String(cString: strerror(errno)))")
            }
        } else if rename(staging.path, target.path) != 0 {
            throw Failure(description: "cannot move the new results into place: \(String(cString: strerror(errno)))")
        }
        try? syncFolder(outputFolder)
        // The staging folder now holds the previous results (or nothing); they are no longer needed.
        try? manager.removeItem(at: staging)
        try? manager.removeItem(at: stagingRoot)
    }

    private func write(_ data: Data, to url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
              let handle = FileHandle(forWritingAtPath: url.path) else {
            throw Failure(description: "cannot create \(url.path)")
        }
        defer { try? handle.close() }
        try handle.write(contentsOf: data)
        try handle.synchronize()
    }

    private func syncFolder(_ url: URL) throws {
        let descriptor = open(url.path, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { throw Failure(description: "cannot open \(url.path)") }
        defer { close(descriptor) }
        _ = fsync(descriptor)
    }
}
