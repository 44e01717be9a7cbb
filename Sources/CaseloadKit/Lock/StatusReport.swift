/// What `caseload status` (and `run --dry-run`) print about the results and the lock file.
public enum StatusReport {
    /// `Output/2017 is up to date …` or `Output/2017 is stale …` with one line per change.
    public static func render(_ changes: [LockChange], store: LockStore) -> String {
        let folder = String(store.config.yearFolderShown.dropLast())
        guard !changes.isEmpty else {
            return "\(folder) is up to date: nothing changed since \(store.name)."
        }
        var lines = ["\(folder) is stale: \(changes.count) change\(changes.count == 1 ? "" : "s") since \(store.name)"]
        lines += changes.map { "  \($0)" }
        lines.append("Run `caseload run` to bring it up to date.")
        return lines.joined(separator: "\n")
    }
}
