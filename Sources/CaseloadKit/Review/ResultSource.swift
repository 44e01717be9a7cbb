import Foundation

/// Where one side of a comparison reads its result files: a folder on disk, or a folder
/// at a git revision.
public enum ResultSource: Sendable {
    /// A folder that holds `afstemning.csv` (and `afstemning-total.csv` if there is a jobcenter).
    case folder(URL, label: String)
    /// A folder of a git repository at a commit.
    case revision(GitRepository, revision: String, commit: String, path: String)

    /// The year folder `folder` at `revision` in the git repository that holds it. The
    /// revision must name a commit.
    public static func revision(_ revision: String, of folder: URL) throws(ReviewFailure) -> ResultSource {
        let repository = try GitRepository.containing(existingAncestor(of: folder))
        let commit = try repository.commit(revision)
        let path = try repository.relativePath(of: resolved(folder))
        return .revision(repository, revision: revision, commit: commit, path: path)
    }

    /// Another folder to compare with: one that holds `afstemning.csv` itself (a year
    /// folder), or an output folder that holds `<year>/afstemning.csv`. `label` is the folder
    /// as the user named it.
    public static func against(_ folder: URL, label: String, year: Int) throws(ReviewFailure) -> ResultSource {
        let files = FileManager.default
        var isFolder: ObjCBool = false
        guard files.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw ReviewFailure(.againstNoFolder(label))
        }
        if files.fileExists(atPath: folder.appendingPathComponent(ResultFile.afstemning.name).path) {
            return .folder(folder, label: label)
        }
        let yearFolder = folder.appendingPathComponent(String(year))
        if files.fileExists(atPath: yearFolder.appendingPathComponent(ResultFile.afstemning.name).path) {
            return .folder(yearFolder, label: label.hasSuffix("/") ? "\(label)\(year)" : "\(label)/\(year)")
        }
        throw ReviewFailure(.againstNoResults(label, file: ResultFile.afstemning.name, year: year))
    }

    /// How the results are named in the report: `Output/2017`, `HEAD:Output/2017`.
    public var label: String {
        switch self {
        case .folder(_, let label): label
        case .revision(_, let revision, _, let path): "\(revision):\(path)"
        }
    }

    /// The result file `name` parsed, or `nil` if this side has no such file.
    public func table(_ name: String) throws(ReviewFailure) -> ResultTable? {
        let source = "\(label)/\(name)"
        switch self {
        case .folder(let url, _):
            let file = url.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: file.path) else { return nil }
            guard let data = FileManager.default.contents(atPath: file.path) else {
                throw ReviewFailure(.resultUnreadable(source))
            }
            return try ResultTable.parse(data, source: source, file: ResultFile(rawValue: name))
        case .revision(let repository, _, let commit, let path):
            guard let data = try repository.show(commit: commit, path: path.isEmpty ? name : "\(path)/\(name)") else { return nil }
            return try ResultTable.parse(data, source: source, file: ResultFile(rawValue: name))
        }
    }

    /// Where a missing file would be expected, for the message that says it is missing.
    func missing(_ name: String) -> ReviewFailure {
        switch self {
        case .folder(_, let label):
            ReviewFailure(.resultMissingInFolder(label, file: name))
        case .revision(_, let revision, _, let path):
            ReviewFailure(.resultMissingAtRevision("\(path)/\(name)", revision: revision))
        }
    }

    /// `url` with symbolic links resolved as far as the path exists, so that it can be set
    /// beside the repository's (resolved) top-level folder.
    private static func resolved(_ url: URL) -> URL {
        let ancestor = existingAncestor(of: url)
        let rest = url.standardizedFileURL.pathComponents.dropFirst(ancestor.standardizedFileURL.pathComponents.count)
        return rest.reduce(ancestor.resolvingSymlinksInPath()) { $0.appendingPathComponent($1) }
    }

    private static func existingAncestor(of url: URL) -> URL {
        var folder = url.standardizedFileURL
        while !FileManager.default.fileExists(atPath: folder.path), folder.pathComponents.count > 1 {
            folder = folder.deletingLastPathComponent()
        }
        return folder
    }
}
