extension ResultFile {
    /// The files `files` of `report`, in that order, leaving out those `render(_:ledger:)`
    /// gives none of. The Bilag 1 tables and the follow-up are laid out once (`ReportLayout`)
    /// for all reports for people, and the files are rendered on every core, the largest
    /// first; each file's bytes are those it has when rendered alone, whatever the threads do.
    public static func render(_ files: [ResultFile], report: ReconciliationReport, ledger: InputLedger) throws -> [OutputFile] {
        let layout = files.contains { $0.kind != .csv } ? ReportLayout(report) : nil
        // inddata.csv reads the ledger, a class that is not `Sendable`: it is written here, on this thread.
        let order = files.indices.filter { files[$0] != .inddata }.sorted { files[$0].renderWeight > files[$1].renderWeight }
        let rendered = ConcurrentMap.map(order.count) { step in Result { try files[order[step]].render(report, layout: layout) } }
        var results = [Result<OutputFile?, any Error>](repeating: .success(nil), count: files.count)
        for (step, index) in order.enumerated() { results[index] = rendered[step] }
        for index in files.indices where files[index] == .inddata {
            results[index] = Result { try files[index].render(report, ledger: ledger, layout: layout) }
        }
        return try results.compactMap { try $0.get() }
    }

    /// How long the file takes to render, roughly: the workbook, then rapport.html, then bilag1.md.
    var renderWeight: Int {
        switch self {
        case .workbook: 3
        case .rapport: 2
        case .bilag1: 1
        default: 0
        }
    }
}
