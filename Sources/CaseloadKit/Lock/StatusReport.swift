/// What `caseload status` (and `run --dry-run`) print about the results and the lock file.
public enum StatusReport {
    /// `Output/2017 is up to date …` or `Output/2017 is stale …` with one line per change;
    /// files caseload did not write in the year folder are listed with what to do about them.
    public static func render(_ changes: [LockChange], store: LockStore, language: Language = .en) -> String {
        let folder = String(store.config.yearFolderShown.dropLast())
        guard !changes.isEmpty else {
            return "\(folder) is up to date: nothing changed since \(store.name)."
        }
        let foreign = changes.filter { $0.kind == .foreignFile }
        let advice = Message.statusForeignAdvice(folder: store.config.yearFolderShown, count: foreign.count).text(language)
        if foreign.count == changes.count {
            return ([Message.statusForeignOnly(folder: folder, count: foreign.count, lock: store.name).text(language)]
                + foreign.map { "  \($0)" } + [advice]).joined(separator: "\n")
        }
        var lines = ["\(folder) is stale: \(changes.count) change\(changes.count == 1 ? "" : "s") since \(store.name)"]
        lines += changes.map { "  \($0)" }
        lines.append("Run `caseload run` to bring it up to date.")
        if !foreign.isEmpty { lines.append(advice) }
        return lines.joined(separator: "\n")
    }
}
