import ArgumentParser
import CaseloadKit
import Foundation

/// `caseload generate`: writes a synthetic national data set (for benchmarks and trials).
struct GenerateCommand: ParsableCommand, ChoosesLanguage {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic national data set (98 municipalities) with a pipeline.yml that runs it.",
        discussion: """
        Writes pipeline.yml, Input/ydelser.csv, Input/takster/takster.csv, Input/budget/budget.xml \
        and Input/sager/sager.csv into the folder; with --peers N also \
        Input/faktisk/hele-landet.csv (the country's monthly helårspersoner) and \
        Input/arbejdsstyrke/arbejdsstyrke.csv (the labour force, as from Statistikbanken), and the \
        first N municipalities are peers in pipeline.yml. The same options give the same bytes. \
        The data is made up: no real person or budget.
        """
    )

    @Option(name: .long, help: "Case periods to write.")
    var rows = 1000

    @Option(name: .long, help: "Seed of the random generator.")
    var seed: UInt64 = 2017

    @Option(name: .long, help: "The budget year.")
    var year = 2017

    @Option(name: .long, help: "Prior years (before the budget year) that case periods cover.")
    var priorYears = 3

    @Option(name: .long, help: "Years of the budget XML, e.g. 2017 or 1900-2999 (about 90 KB a year).")
    var budgetYears: String?

    @Option(name: .long, help: "Municipalities (the first N of the list) to compare with as peers, with the country's rows and the labour force.")
    var peers = 0

    @Argument(help: "The folder to write into (created if needed).")
    var folder: String

    @OptionGroup var sprog: LanguageOption

    func validate() throws {
        guard rows >= 0 else { throw ValidationError(Message.generateRowsNegative.text(sprog.language)) }
        guard (1900...2999).contains(year) else { throw ValidationError(Message.generateYearRange.text(sprog.language)) }
        guard priorYears >= 0, year - priorYears >= 1900 else { throw ValidationError(Message.generatePriorYearsRange.text(sprog.language)) }
        guard (0...DataSetOptions.maxPeers).contains(peers) else { throw ValidationError(Message.generatePeersRange.text(sprog.language)) }
        _ = try budgetRange()
    }

    func budgetRange() throws -> ClosedRange<Int> {
        guard let budgetYears else { return year...year }
        let parts = budgetYears.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...2).contains(parts.count), let low = parts.first ?? nil, let high = parts.last ?? nil, low <= high,
              low >= 1900, high <= 2999, (low...high).contains(year) else {
            throw ValidationError(Message.generateBudgetYearsInvalid.text(sprog.language))
        }
        return low...high
    }

    func run() throws {
        let options = DataSetOptions(rows: rows, seed: seed, year: year, priorYears: priorYears, budgetYears: try budgetRange(),
                                     peers: peers)
        try DataSetGenerator.write(options, to: URL(fileURLWithPath: folder))
        print(Message.generateWrote(DataSetGenerator.files(options), folder: folder, rows: rows, budgets: options.budgetYears)
            .text(sprog.language))
    }
}
