/// A response file a fetch saved in the actuals folder, `<table>-<first>-<last>.json`
/// (`y01a02-2017M01-2017M03.json`): its name and the months its name says it holds.
struct JobindsatsSavedFile: Equatable {
    /// The file's name in the folder.
    let name: String
    /// The first month, as year × 12 + month − 1 (`JobindsatsFetch.month`).
    let first: Int
    /// The last month, the same way.
    let last: Int

    /// The response files of `table` among `names`, by first month; other names are left out.
    static func files(of table: String, in names: [String]) -> [JobindsatsSavedFile] {
        var files: [JobindsatsSavedFile] = []
        for name in names where name.lowercased().hasPrefix(table.lowercased() + "-") && name.lowercased().hasSuffix(".json") {
            let range = name.dropFirst(table.count + 1).dropLast(5).split(separator: "-")
            guard range.count == 2,
                  case .success(.month(let firstYear, let firstMonth)) = JobindsatsPeriod.parse(String(range[0])),
                  case .success(.month(let lastYear, let lastMonth)) = JobindsatsPeriod.parse(String(range[1])) else { continue }
            let file = JobindsatsSavedFile(name: name, first: JobindsatsFetch.month(firstYear, firstMonth),
                                           last: JobindsatsFetch.month(lastYear, lastMonth))
            if file.first <= file.last { files.append(file) }
        }
        return files.sorted { ($0.first, $0.name) < ($1.first, $1.name) }
    }
}
