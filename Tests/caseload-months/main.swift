import CaseloadKit
import Foundation

// Prints the monthly values caseload computes from the case files of a pipeline.yml
// (`MonthlySeries.cases`, the values the forecast uses), as CSV: kommune, ydelse_id, aar,
// maaned, helaarspersoner (six decimals). For scripts/bench.sh, which checks them against
// DuckDB's monthly figures from the same file; bench tooling, never shipped.
//
//   caseload-months FOLDER > months.csv     (FOLDER holds pipeline.yml)

let folder = URL(fileURLWithPath: CommandLine.arguments.dropFirst().first ?? ".")
let config = try ConfigLoader.load(folder.appendingPathComponent("pipeline.yml"))
let diagnostics = DiagnosticEngine()
let ledger = InputLedger()
guard let catalog = try CatalogReader.read(config.inputs.catalog, style: config.numberStyle, diagnostics: diagnostics,
                                           ledger: ledger) else {
    FileHandle.standardError.write(Data("caseload-months: the catalog could not be read\n".utf8))
    exit(1)
}
let municipalities = MunicipalityIndex(config.municipalities)
var tally = CaseTally(config: config)
for file in config.inputs.cases {
    CaseFileReader.read(file, catalog: catalog, municipalities: municipalities, style: config.numberStyle, into: &tally,
                        diagnostics: diagnostics, ledger: ledger)
}
CaseFileReader.resolveOverlaps(in: &tally, catalog: catalog, municipalities: municipalities, style: config.numberStyle,
                               diagnostics: diagnostics)
if diagnostics.hasErrors {
    FileHandle.standardError.write(Data("caseload-months: the case files have errors (run caseload to see them)\n".utf8))
    exit(1)
}
let series = MonthlySeries.cases(tally)
var out = "kommune,ydelse_id,aar,maaned,helaarspersoner\n"
for (position, municipality) in config.municipalities.enumerated() {
    for benefit in catalog.benefits {
        let key = MonthlySeries.Key(municipality: position, benefit: benefit.id)
        for year in tally.years.sorted() {
            for month in 1...12 {
                guard let value = series.value(key, year: year, month: month) else { continue }
                out += "\(municipality.name),\(benefit.id.rawValue),\(year),\(month),\(NumberFormat.machine.string(value, decimals: 6))\n"
            }
        }
    }
}
FileHandle.standardOutput.write(Data(out.utf8))
