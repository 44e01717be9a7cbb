import Foundation

/// A saved response of the Jobindsats API's data endpoint, parsed with Foundation's
/// `JSONSerialization` into tables. Two shapes are read (sources.md):
/// - v2: an array of tables, each with `Variables` (objects with `Name` and `Label`) and
///   `Data` (rows as arrays of values in the order of `Variables`), optionally `TableID`;
/// - v3: an object with `columns` (names) and `rows` (arrays of values), optionally `TableID`.
enum JobindsatsResponse {
    /// The response could not be read; `message` says why, `path` where (a JSON path).
    struct Failure: Error {
        let message: Message
        let path: String?
    }

    /// The tables of a response's bytes.
    static func tables(of data: Data) throws(Failure) -> [JobindsatsTable] {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            throw Failure(message: .jsonNotJSON((error as NSError).localizedDescription), path: nil)
        }
        if let list = root as? [Any] {
            var tables: [JobindsatsTable] = []
            for (index, item) in list.enumerated() {
                tables.append(try v2Table(item, path: "$[\(index)]"))
            }
            return tables
        }
        if let object = root as? [String: Any], object["columns"] != nil || object["rows"] != nil {
            return [try v3Table(object)]
        }
        throw Failure(message: .jobindsatsUnknownShape, path: "$")
    }

    private static func v2Table(_ item: Any, path: String) throws(Failure) -> JobindsatsTable {
        guard let object = item as? [String: Any] else { throw Failure(message: .jobindsatsUnknownShape, path: path) }
        let variables = try list(object, key: "Variables", path: path)
        var columns: [JobindsatsTable.Column] = []
        for (index, variable) in variables.enumerated() {
            let at = "\(path).Variables[\(index)]"
            guard let fields = variable as? [String: Any], let name = fields["Name"] as? String else {
                throw Failure(message: .jobindsatsVariableWithoutName, path: at)
            }
            columns.append(.init(name: name, label: (fields["Label"] as? String) ?? name))
        }
        let data = try list(object, key: "Data", path: path)
        return JobindsatsTable(tableID: tableID(object), columns: columns, rows: data.map(row), path: path,
                               columnsPath: "\(path).Variables", rowsPath: "\(path).Data")
    }

    private static func v3Table(_ object: [String: Any]) throws(Failure) -> JobindsatsTable {
        let names = try list(object, key: "columns", path: "$")
        var columns: [JobindsatsTable.Column] = []
        for (index, name) in names.enumerated() {
            guard let text = name as? String else { throw Failure(message: .jobindsatsColumnNotText, path: "$.columns[\(index)]") }
            columns.append(.init(name: text, label: text))
        }
        let rows = try list(object, key: "rows", path: "$")
        return JobindsatsTable(tableID: tableID(object), columns: columns, rows: rows.map(row), path: "$",
                               columnsPath: "$.columns", rowsPath: "$.rows")
    }

    /// The array under `key`; missing or not an array is an error at the object.
    private static func list(_ object: [String: Any], key: String, path: String) throws(Failure) -> [Any] {
        guard let value = object[key] else { throw Failure(message: .jobindsatsMissingKey(key), path: path) }
        guard let list = value as? [Any] else { throw Failure(message: .jobindsatsNotAList(key), path: "\(path).\(key)") }
        return list
    }

    /// A row's values; `nil` when the row is not an array.
    private static func row(_ value: Any) -> [JobindsatsCell]? {
        (value as? [Any])?.map(JobindsatsCell.init)
    }

    /// `TableID` (or `tableId`, `table_id`) when the response names its table.
    private static func tableID(_ object: [String: Any]) -> String? {
        for key in ["TableID", "TableId", "tableId", "tableID", "table_id"] {
            if let id = object[key] as? String, !id.trimmingWhitespace().isEmpty { return id.trimmingWhitespace() }
        }
        return nil
    }
}
