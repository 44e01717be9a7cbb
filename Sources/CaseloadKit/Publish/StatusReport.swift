/// What `caseload status` (and `run --dry-run`) print about the results and the lock file.
public enum StatusReport {
    /// `Output/2017 is up to date …` or `Output/2017 is stale …` with one line per change in `language`;
    /// files caseload did not write in the year folder are listed with what to do about them.
    public static func render(_ changes: [LockChange], store: LockStore, language: Language = .en) -> String {
        let folder = String(store.config.yearFolderShown.dropLast())
        guard !changes.isEmpty else {
            return Message.statusUpToDate(folder, lock: store.name).text(language)
        }
        let foreign = changes.filter { $0.kind == .foreignFile }
        let advice = Message.statusForeignAdvice(folder: store.config.yearFolderShown, count: foreign.count).text(language)
        if foreign.count == changes.count {
            return ([Message.statusForeignOnly(folder: folder, count: foreign.count, lock: store.name).text(language)]
                + foreign.map { "  \($0.rendered(language))" } + [advice]).joined(separator: "\n")
        }
        var lines = [Message.statusStale(folder, changes: changes.count, lock: store.name).text(language)]
        lines += changes.map { "  \($0.rendered(language))" }
        lines.append(Message.statusRunToUpdate.text(language))
        if !foreign.isEmpty { lines.append(advice) }
        return lines.joined(separator: "\n")
    }
}
