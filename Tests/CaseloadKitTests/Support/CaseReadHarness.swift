import BigInt
@testable import CaseloadKit
import Foundation

/// Reads one case file with the byte-level `CaseFileReader` or with the reference reader,
/// and renders everything either gives the run (messages, row counts, figures) as text, so
/// the two can be compared exactly.
struct CaseReadHarness {
    /// What a reader gave the run.
    struct Outcome: Equatable, CustomStringConvertible {
        var diagnostics: [String]
        var errorCount: Int
        var warningCount: Int
        var ledger: [String: InputLedger.Tally]
        var unknownMunicipalities: [String: Int]
        /// `name|shown|first place`, in the order first seen.
        var unknownFirstSeen: [String]
        /// `municipality|benefit|year: value (source) first row`, for every figure there is.
        var figures: [String]
        /// `municipality|benefit|year-month: person-days of days (rows)` for every month segment
        /// of every figure: Σ days × omfang, the segment's days, the rows with days in it.
        var months: [String]

        var description: String {
            (diagnostics + ["errors \(errorCount), warnings \(warningCount)", "\(ledger)", "\(unknownMunicipalities)"] + unknownFirstSeen + figures + months)
                .joined(separator: "\n")
        }
    }

    let catalog: Catalog
    let municipalities: MunicipalityIndex
    let config: PipelineConfig
    let style: NumberStyle

    /// Ishøj, Vallensbæk and Tårnby; four benefits (one with a comma); 2017 with 2016 and 2015
    /// (or `priorYears`).
    init(style: NumberStyle = .da, cutoff: Day? = nil, priorYears: [Int] = [2016, 2015], limit: Int = 200) {
        func benefit(_ id: String, _ name: String, _ aliases: [String] = []) -> Benefit {
            Benefit(id: BenefitID(id)!, name: name, aliases: aliases, origin: SourceLocation(file: "ydelser.csv"))
        }
        catalog = Catalog(benefits: [
            benefit("a-dagpenge", "A-dagpenge"),
            benefit("kontanthjaelp", "Kontanthjælp", ["Kontanthjælp/Særl. udd.ydelse"]),
            benefit("sygedagpenge", "Sygedagpenge"),
            benefit("fleksjob-ny-ordning", "Fleksjob, ny ordning", ["Fleksjob fra 2013"]),
        ])
        let names = [Municipality("Ishøj"), Municipality("Vallensbæk"), Municipality("Tårnby")]
        municipalities = MunicipalityIndex(names)
        config = PipelineConfig(year: 2017, priorYears: priorYears, municipalities: names, jobcenter: nil, cutoff: cutoff,
                                numberStyle: style, inputs: .init(catalog: [], budget: [], rates: [], actuals: [], cases: []),
                                output: "Output", folder: TestScratch.root)
        self.style = style
        self.limit = limit
    }

    let limit: Int

    /// Writes `bytes` to a temporary file and reads it with both readers.
    func both(_ bytes: [UInt8], tunings: [CaseReadTuning]) throws -> (reference: Outcome, fast: [Outcome]) {
        let url = TestScratch.root.appendingPathComponent("cases-\(UUID().uuidString).csv")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let file = InputFile(url: url, path: "Input/sager/s.csv")
        return (try reference(file), tunings.map { fast(file, tuning: $0) })
    }

    /// Reads with `CaseFileReader` only.
    func fast(_ text: String, tuning: CaseReadTuning = CaseReadTuning()) throws -> Outcome {
        try fast(Array(text.utf8), tuning: tuning)
    }

    func fast(_ bytes: [UInt8], tuning: CaseReadTuning = CaseReadTuning()) throws -> Outcome {
        let url = TestScratch.root.appendingPathComponent("cases-\(UUID().uuidString).csv")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return fast(InputFile(url: url, path: "Input/sager/s.csv"), tuning: tuning)
    }

    func fast(_ file: InputFile, tuning: CaseReadTuning) -> Outcome {
        let (diagnostics, ledger) = (DiagnosticEngine(limit: limit), InputLedger())
        var tally = CaseTally(config: config)
        CaseFileReader.read(file, catalog: catalog, municipalities: municipalities, style: style, into: &tally,
                            diagnostics: diagnostics, ledger: ledger, tuning: tuning)
        CaseFileReader.resolveOverlaps(in: &tally, catalog: catalog, municipalities: municipalities, style: style,
                                       diagnostics: diagnostics, tuning: tuning)
        return outcome(diagnostics, ledger, tally)
    }

    func reference(_ file: InputFile) throws -> Outcome {
        let (diagnostics, ledger) = (DiagnosticEngine(limit: limit), InputLedger())
        var tally = CaseTally(config: config)
        var overlaps = ReferenceOverlaps()
        try ReferenceCaseReader.read(file, catalog: catalog, municipalities: municipalities, style: style, into: &tally,
                                     overlaps: &overlaps, diagnostics: diagnostics, ledger: ledger)
        overlaps.resolve(into: &tally, catalog: catalog, files: [file.path], diagnostics: diagnostics)
        return outcome(diagnostics, ledger, tally)
    }

    private func outcome(_ diagnostics: DiagnosticEngine, _ ledger: InputLedger, _ tally: CaseTally) -> Outcome {
        var figures: [String] = []
        var months: [String] = []
        for (position, municipality) in municipalities.municipalities.enumerated() {
            for benefit in catalog.benefits {
                for year in tally.years {
                    guard let figure = tally.figure(municipality: position, benefit: benefit.id, year: year) else { continue }
                    let first = tally.firstRow(municipality: position, benefit: benefit.id, year: year).map { "\($0)" } ?? "-"
                    figures.append("\(municipality.name)|\(benefit.id.rawValue)|\(year): \(figure.value.exact) \(Self.describe(figure.source)) \(first)")
                    let monthly = tally.monthlyPersonDays(municipality: position, benefit: benefit.id, year: year) ?? []
                    let yearly = tally.personDays(municipality: position, benefit: benefit.id, year: year)?.weightedDays
                    if monthly.map(\.weightedDays).reduce(0, +) != yearly {
                        figures.append("\(municipality.name)|\(benefit.id.rawValue)|\(year): the months do not add up to the year")
                    }
                    for sum in monthly {
                        let personDays = Exact(BigInt(sum.weightedDays), over: BigInt(Omfang.full.units))
                        months.append("\(municipality.name)|\(benefit.id.rawValue)|\(sum.segment.year)-\(sum.segment.month): "
                                      + "\(personDays) of \(sum.segment.days) (\(sum.rows))")
                    }
                }
            }
        }
        return Outcome(diagnostics: diagnostics.diagnostics.map(\.description), errorCount: diagnostics.errorCount,
                       warningCount: diagnostics.warningCount, ledger: ledger.tallies,
                       unknownMunicipalities: ledger.unknownMunicipalities,
                       unknownFirstSeen: ledger.unknownMunicipalityFirstSeen.map { "\($0.name)|\($0.shown)|\($0.at)" },
                       figures: figures, months: months)
    }

    /// A figure's source in one line: each file's rows and first–last line, the person-days.
    static func describe(_ source: ActualFigure.Source) -> String {
        guard case .cases(let spans, let personDays, let periodDays) = source else { return "\(source)" }
        let files = spans.map { "\($0.file):\($0.firstLine ?? 0)–\($0.lastLine ?? 0) (\($0.rows) rows)" }
        return files.joined(separator: ", ") + ", \(personDays) person-days of \(periodDays)"
    }

    /// Tunings that cut files everywhere: one thread, several, parts of a few bytes; overlap
    /// probes in memory and, past a limit of one byte, in the spill file.
    static let tunings: [CaseReadTuning] = [
        CaseReadTuning(threads: 1),
        CaseReadTuning(threads: 2),
        CaseReadTuning(threads: 1, partSize: 5, minimumPart: 1),
        CaseReadTuning(threads: 2, partSize: 7, minimumPart: 1),
        CaseReadTuning(threads: 3, partSize: 16, minimumPart: 1),
        CaseReadTuning(threads: 7, partSize: 64, minimumPart: 1),
        CaseReadTuning(threads: 2, partSize: 7, minimumPart: 1, probeMemory: 1),
    ]
}
