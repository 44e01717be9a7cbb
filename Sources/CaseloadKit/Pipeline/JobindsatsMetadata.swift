import Foundation

/// What a table's metadata (`GET <base>/table/<id>?format=json`, API v3) tells a fetch: the
/// months the table has, and the area ids of pipeline.yml's municipalities.
///
/// The shape read, as public v3 clients use it (the official guide could not be checked):
/// `periods` is a list of `{periodtype_id, values: [{period_id}]}`, the months those with
/// `periodtype_id` `M`; `dimensions[].hierarchies[]` with `hierarchy_id` `_nykom` (the
/// municipalities) lists `levels[].values[]` as `{value_id, value_name}`. A table without that
/// hierarchy is asked for every area (`*`); the reader leaves the others out.
struct JobindsatsMetadata {
    /// The monthly periods, sorted.
    let months: [(year: Int, month: Int)]
    /// The area ids of pipeline.yml's municipalities in its order; `nil` when the table lists no
    /// municipalities.
    let areaIDs: [String]?
    /// pipeline.yml's municipalities that the table's areas lack.
    let missingAreas: [String]

    /// Reads metadata bytes; `nil` when they are not JSON with `periods`.
    init?(_ data: Data, municipalities: [Municipality]) {
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
              let periods = object["periods"] as? [[String: Any]] else { return nil }
        var months: [(year: Int, month: Int)] = []
        for period in periods where (period["periodtype_id"] as? String)?.uppercased() == "M" {
            for value in period["values"] as? [[String: Any]] ?? [] {
                guard let id = value["period_id"] as? String, case .success(.month(let year, let month)) = JobindsatsPeriod.parse(id) else { continue }
                months.append((year, month))
            }
        }
        self.months = months.sorted { ($0.year, $0.month) < ($1.year, $1.month) }
        var names: [MatchKey: String]?
        for dimension in object["dimensions"] as? [[String: Any]] ?? [] {
            for hierarchy in dimension["hierarchies"] as? [[String: Any]] ?? [] where hierarchy["hierarchy_id"] as? String == "_nykom" {
                var found: [MatchKey: String] = names ?? [:]
                for level in hierarchy["levels"] as? [[String: Any]] ?? [] {
                    for value in level["values"] as? [[String: Any]] ?? [] {
                        if let name = value["value_name"] as? String, let id = value["value_id"] as? String { found[MatchKey(name)] = id }
                    }
                }
                names = found
            }
        }
        guard let names else {
            areaIDs = nil
            missingAreas = []
            return
        }
        areaIDs = municipalities.compactMap { names[$0.key] }
        missingAreas = municipalities.filter { names[$0.key] == nil }.map(\.name)
    }
}
