@testable import CaseloadKit
import Foundation
import Testing

/// The message catalogue (`Sources/CaseloadKit/Diagnostics/Messages/`): every entry has a
/// sample here, renders in both languages, and its Danish is Danish.
@Suite struct MessageCatalogueTests {
    static let file = "Input/budget/ishoej-2017.csv"
    static let place = CaseloadKit.SourceLocation(file: "Input/budget/ishoej-2017.csv", line: 4)
    static let catalogPlace = CaseloadKit.SourceLocation(file: "Input/ydelser.csv", line: 2)

    /// One sample of every catalogue entry, by its name in Messages/*.swift (an overloaded
    /// name has one sample per declaration).
    static let samples: [(name: String, message: Message)] = [
        // Message+Budget.swift
        ("accountTwice", .accountTwice("5.46.61.001", municipality: "Ishøj", year: 2017, first: place)),
        ("accountSumTooLarge", .accountSumTooLarge(municipality: "Ishøj", year: 2017, benefit: "A-dagpenge")),
        ("secondBudget", .secondBudget(municipality: "Ishøj", year: 2017, benefit: "A-dagpenge", first: place)),
        ("secondCorrectedBudget", .secondCorrectedBudget(municipality: "Ishøj", year: 2017, benefit: "A-dagpenge", first: place)),
        ("correctedGrundlagDiffers", .correctedGrundlagDiffers(municipality: "Ishøj", year: 2017, benefit: "A-dagpenge", grundlag: "netto",
                                                               original: place, originalGrundlag: "brutto")),
        ("notBudgetVersion", .notBudgetVersion("version", "rettet")),
        ("negativeBudget", .negativeBudget("-1.234,50")),
        ("noBudgetLinesYet", .noBudgetLinesYet("Ishøj, Vallensbæk")),
        ("noBudget", .noBudget(municipality: "Ishøj", year: 2017, files: "Input/budget", otherYears: [2016])),
        ("secondRate", .secondRate(grundlag: "brutto", municipality: nil, year: 2017, benefit: "A-dagpenge", first: place)),
        ("secondYearlyActual", .secondYearlyActual("Ishøj, 2015, A-dagpenge", first: place)),
        ("yearlyAndMonthly", .yearlyAndMonthly("Ishøj, 2015, A-dagpenge", yearlyAt: place)),
        ("secondMonthlyActual", .secondMonthlyActual("Ishøj, 2017, A-dagpenge", month: 3, first: place)),
        ("actualsFromBothSources", .actualsFromBothSources(municipality: "Ishøj", year: 2017, benefit: "A-dagpenge", caseRow: CaseloadKit.SourceLocation(file: "Input/sager/sager.csv", line: 2))),
        ("rateChecksSkipped", .rateChecksSkipped),
        ("noRate", .noRate(grundlag: "netto", municipality: "Ishøj", year: 2017, benefit: "A-dagpenge")),
        ("municipalityDidYouMean", .municipalityDidYouMean("Ishoj", rows: 1234, near: "Ishøj")),
        ("goalBenefitTwice", .goalBenefitTwice("ydelse", benefit: "A-dagpenge")),
        ("goalTextControl", .goalTextControl("tekst")),
        ("goalDirection", .goalDirection("retning", "mest")),
        // Message+Workbook.swift
        ("workbookCellPlace", .workbookCellPlace(sheet: "Ishøj", cell: "D7")),
        ("workbookRowPlace", .workbookRowPlace(sheet: "Ishøj", row: 7)),
        ("workbookRowsPlace", .workbookRowsPlace(sheet: "Sager", first: 3, last: 7)),
        ("workbookSheetPlace", .workbookSheetPlace(sheet: "Ishøj")),
        ("workbookLegacyFormat", .workbookLegacyFormat),
        ("workbookEncrypted", .workbookEncrypted),
        ("workbookNotZip", .workbookNotZip),
        ("workbookPartMissing", .workbookPartMissing("xl/workbook.xml")),
        ("workbookPartBroken", .workbookPartBroken("xl/worksheets/sheet1.xml", problem: "xmlParseCharRef: invalid xmlChar value 0")),
        ("workbookSheetMissing", .workbookSheetMissing("Budget", sheets: ["Ishøj", "Noter"])),
        ("workbookNoSheets", .workbookNoSheets),
        ("workbookHeaderNotFound", .workbookHeaderNotFound(columns: "\"kommune\", \"år\"")),
        ("workbookFormulaWithoutValue", .workbookFormulaWithoutValue("SUM(D5:D19)")),
        ("workbookErrorCell", .workbookErrorCell("#DIV/0!")),
        ("workbookBadNumber", .workbookBadNumber("1..2")),
        ("workbookSharedStringMissing", .workbookSharedStringMissing("17")),
        ("workbookBadDate", .workbookBadDate("60")),
        ("workbookValueOutsideTable", .workbookValueOutsideTable(lastColumn: "E")),
        // Message+CSV.swift
        ("cannotReadFile", .cannotReadFile),
        ("cannotOpenFile", .cannotOpenFile),
        ("fieldCount", .fieldCount(3, header: 4)),
        ("emptyFile", .emptyFile(columns: "\"kommune\", \"år\"")),
        ("headerOnlyYet", .headerOnlyYet),
        ("headerOnly", .headerOnly),
        ("columnTwice", .columnTwice("beløb", alsoColumn: 2)),
        ("alternativeColumnsBoth", .alternativeColumnsBoth(["ydelse", "konto"])),
        ("unknownColumn", .unknownColumn("noter", known: "\"kommune\", \"år\"")),
        ("missingColumns", .missingColumns("\"ydelse\"", count: 1, or: ["konto"], header: ["kommune", "år"])),
        ("looksCommaSeparated", .looksCommaSeparated),
        ("looksSemicolonSeparated", .looksSemicolonSeparated),
        ("readAsWindows1252", .readAsWindows1252),
        ("utf16NotSupported", .utf16NotSupported),
        ("nulByte", .nulByte),
        ("invalidByte", .invalidByte("81")),
        ("unterminatedQuote", .unterminatedQuote),
        ("textAfterQuote", .textAfterQuote),
        ("cellEmpty", .cellEmpty("kommune")),
        ("cellNotAYear", .cellNotAYear("år", "17")),
        ("tooManyDigits", .tooManyDigits("beløb", "1234567890123456789012345678901234567")),
        ("notANumber", .notANumber("beløb", "12x", style: .da)),
        ("moreThanTwoDecimals", .moreThanTwoDecimals("beløb", "1,234")),
        ("beyondKronerLimit", .beyondKronerLimit("beløb", "99999999999999999")),
        ("cellNotADate", .cellNotADate("fra", "1/3/2017")),
        ("notGrundlag", .notGrundlag("grundlag", "bruto")),
        ("mustBeAboveZero", .mustBeAboveZero("kr_pr_helårsperson", "0")),
        ("negativeCell", .negativeCell("helårspersoner", "-3")),
        ("notAMonth", .notAMonth("måned", "13")),
        ("notAnAccount", .notAnAccount("konto", "55778")),
        ("accountMapsToNoBenefit", .accountMapsToNoBenefit("konto", "5.99.01", function: "5.99.01", catalogHasNone: true)),
        // Message+CaseFiles.swift
        ("omfangTooManyDecimals", .omfangTooManyDecimals("0,1234567", decimals: 6, case: nil)),
        ("omfangOutOfRange", .omfangOutOfRange("1,5", case: "******-**12")),
        ("tilBeforeFra", .tilBeforeFra(til: "2017-01-01", fra: "2017-02-01", case: "******-**12")),
        // Message+Catalog.swift
        ("unknownBenefit", .unknownBenefit("Dagpenge", nearest: ["A-dagpenge", "Sygedagpenge"])),
        ("catalogIDNotSlug", .catalogIDNotSlug("A Dagpenge")),
        ("catalogIDTwice", .catalogIDTwice("a-dagpenge", first: catalogPlace)),
        ("nameMatchesTwoBenefits", .nameMatchesTwoBenefits("Dagpenge", owner: "a-dagpenge", ownerName: "A-dagpenge", ownerAt: catalogPlace, id: "sygedagpenge")),
        ("notAFunction", .notAFunction("5-57")),
        ("functionListedTwice", .functionListedTwice("5.57.71")),
        ("functionListedForOther", .functionListedForOther("5.57.71", owner: "a-dagpenge", ownerText: "5.57.71", ownerAt: catalogPlace)),
        ("catalogEmpty", .catalogEmpty),
        ("rateMinimumAboveMaximum", .rateMinimumAboveMaximum("takst_min", "300.000", "takst_max", "200.000")),
        // Message+Commands.swift
        ("threadsOutOfRange", .threadsOutOfRange(0, maximum: 64)),
        ("unknownLanguage", .unknownLanguage("fr")),
        ("diffRevisionAndAgainst", .diffRevisionAndAgainst),
        ("diffToleranceInvalid", .diffToleranceInvalid("x")),
        ("explainConfigFailed", .explainConfigFailed("pipeline.yml", errors: 2)),
        ("explainInputErrors", .explainInputErrors(1)),
        ("generateRowsNegative", .generateRowsNegative),
        ("generateYearRange", .generateYearRange),
        ("generatePriorYearsRange", .generatePriorYearsRange),
        ("generateBudgetYearsInvalid", .generateBudgetYearsInvalid),
        ("generatePeersRange", .generatePeersRange),
        ("generateWrote", .generateWrote(["pipeline.yml", "Input/ydelser.csv"], folder: "ny", rows: 1000, budgets: 2017...2017)),
        // Message+Config.swift
        ("configMissing", .configMissing("pipeline.yml")),
        ("configIsFolder", .configIsFolder("plan", hint: "plan/pipeline.yml")),
        ("configUnreadable", .configUnreadable("pipeline.yml")),
        ("configNotUTF8", .configNotUTF8("pipeline.yml")),
        ("configEmpty", .configEmpty("pipeline.yml")),
        ("configNotYAML", .configNotYAML("pipeline.yml", "mapping values")),
        ("configNotMapping", .configNotMapping("pipeline.yml")),
        ("keyNotText", .keyNotText),
        ("unknownKey", .unknownKey("yaer", suggestion: .didYouMean("year"), known: ["year", "inputs"])),
        ("keyTwice", .keyTwice("year")),
        ("keyTwiceFirstAt", .keyTwiceFirstAt("year", line: 2)),
        ("keyTwiceInMapping", .keyTwiceInMapping("year")),
        ("configNotAYear", .configNotAYear(.whatYear, .yamlList)),
        ("mustBeText", .mustBeText(.whatOutput, found: .yamlList)),
        ("missingKey", .missingKey("inputs.catalog")),
        ("priorYearTwice", .priorYearTwice),
        ("starIsNotAMunicipality", .starIsNotAMunicipality),
        ("municipalityTwice", .municipalityTwice("Ishøj")),
        ("municipalitiesNotList", .municipalitiesNotList),
        ("cutoffOutsideYear", .cutoffOutsideYear("2016-09-30", year: 2017)),
        ("cutoffNotADate", .cutoffNotADate(.yamlMapping)),
        ("numberStyleUnknown", .numberStyleUnknown(.yamlAlias)),
        ("inputsNotMapping", .inputsNotMapping),
        ("reportsNotList", .reportsNotList(known: "md, xlsx, html")),
        ("unknownReport", .unknownReport("pdf", known: "md, xlsx, html")),
        ("reportTwice", .reportTwice("md")),
        ("flagsNotMapping", .flagsNotMapping(keys: ["change_percent", "overspend_kr"])),
        ("flagThresholdNotNumber", .flagThresholdNotNumber("change_percent", .yamlList)),
        ("forecastNotMapping", .forecastNotMapping(keys: ["method", "latest_months"])),
        ("forecastMethodUnknown", .forecastMethodUnknown(.yamlList, known: ["run_rate", "latest", "seasonal"])),
        ("forecastCountTooSmall", .forecastCountTooSmall("latest_months", .yamlList, minimum: 1)),
        ("forecastWithoutCutoff", .forecastWithoutCutoff),
        ("forecastNoMonths", .forecastNoMonths),
        ("forecastMissingMonth", .forecastMissingMonth(2)),
        ("forecastNoCompleteEarlierYear", .forecastNoCompleteEarlierYear),
        ("forecastEarlierYearsZero", .forecastEarlierYearsZero),
        ("forecastPartialTotal", .forecastPartialTotal(["Vallensbæk", "Ishøj"])),
        ("forecastNoMunicipality", .forecastNoMunicipality),
        ("wantedFiles", .wantedFiles(["csv", "xml"])),
        ("inputEmptyList", .inputEmptyList("inputs.budget", example: "Input/budget")),
        ("inputNotPath", .inputNotPath("inputs.rates")),
        ("inputMissing", .inputMissing("inputs.rates", "Input/takst", relativeTo: "pipeline.yml")),
        ("inputNotAFile", .inputNotAFile("inputs.budget", "Input/fifo", kind: .kindFIFO, xml: true)),
        ("inputWrongType", .inputWrongType("inputs.rates", "Input/takster.xlsx", wanted: .wantedFiles(["csv"]))),
        ("inputFolderUnreadable", .inputFolderUnreadable("inputs.rates", "Input/takster")),
        ("inputSkipped", .inputSkipped("inputs.rates", wanted: .wantedFiles(["csv"]), workbook: true)),
        ("inputNotAFileInFolder", .inputNotAFileInFolder("inputs.rates", "Input/takster/fifo", kind: .kindDevice)),
        ("inputFolderEmpty", .inputFolderEmpty("inputs.rates", "Input/takster", wanted: .wantedFiles(["csv"]))),
        ("actualsFolderEmpty", .actualsFolderEmpty("inputs.actuals", "Input/faktisk", wanted: .wantedFiles(["csv", "json", "xlsx"]))),
        ("actualsFolderMissing", .actualsFolderMissing("inputs.actuals", "Input/faktisk")),
        ("inputTwice", .inputTwice("inputs.rates", "Input/takster/takster.csv")),
        ("nameControlCharacter", .nameControlCharacter(.whatMunicipality, "Ishøj\t", shown: "<U+0009>")),
        ("nameFormulaSign", .nameFormulaSign(.whatCatalogName, "=SUM(A1)", sign: "=")),
        // Message+Diagnostics.swift
        ("moreErrorsNotShown", .moreErrorsNotShown(1200)),
        ("moreWarningsNotShown", .moreWarningsNotShown(3)),
        // Message+Explain.swift
        ("explainUnknownMunicipality", .explainUnknownMunicipality("Ishoj", suggestion: "Ishøj", known: ["Vallensbæk", "Ishøj"])),
        ("explainNoRow", .explainNoRow("Ishøj", benefit: "Fleksjob", year: 2017)),
        ("explainAccountSource", .explainAccountSource("5.57.73.007", function: "5.57.73")),
        ("explainSummedFromAccounts", .explainSummedFromAccounts(2, benefit: "A-dagpenge")),
        ("explainBudgetAsRead", .explainBudgetAsRead(year: 2017, grundlag: "brutto")),
        ("explainNoBudgetRow", .explainNoBudgetRow("Ishøj", year: 2017)),
        ("explainRateStarRow", .explainRateStarRow("Ishøj", benefit: "A-dagpenge", year: 2017, grundlag: "brutto")),
        ("explainRateOwnRow", .explainRateOwnRow("Ishøj", benefit: "A-dagpenge", year: 2017, grundlag: "brutto")),
        ("explainNoRate", .explainNoRate(grundlag: "brutto", kommune: "Ishøj", year: 2017)),
        ("explainZeroBudgetNoRate", .explainZeroBudgetNoRate),
        ("explainForecastHeading", .explainForecastHeading(cutoff: "2017-03-31", months: 3, year: 2017, skipped: 0)),
        ("explainForecastMethod", .explainForecastMethod(used: "run_rate", configured: "seasonal")),
        ("explainForecastMonthsUsed", .explainForecastMonthsUsed),
        ("explainDays", .explainDays(31)),
        ("explainForecastNone", .explainForecastNone(.forecastMissingMonth(2))),
        ("explainForecastRunRate", .explainForecastRunRate),
        ("explainForecastLatest", .explainForecastLatest(3, setting: 5, months: 3)),
        ("explainForecastSeasonal", .explainForecastSeasonal(history: "2016", setting: 1, year: 2017)),
        ("explainForecastFallback", .explainForecastFallback(configured: "seasonal", .forecastNoCompleteEarlierYear)),
        ("explainForecastSoFar", .explainForecastSoFar(months: 3, year: 2017)),
        ("explainCorrectedBudgetAsRead", .explainCorrectedBudgetAsRead(year: 2017, grundlag: "brutto")),
        ("explainNoCorrectedBudget", .explainNoCorrectedBudget),
        ("explainVarianceAgainst", .explainVarianceAgainst(corrected: true)),
        ("explainForecastOfTotal", .explainForecastOfTotal),
        ("explainForecastNoRate", .explainForecastNoRate),
        ("explainPeriodUpTo", .explainPeriodUpTo(year: 2017, cutoff: "2017-09-30")),
        ("explainWholeYear", .explainWholeYear(2015)),
        ("explainFromUnrounded", .explainFromUnrounded),
        ("explainNoActuals", .explainNoActuals(.explainWholeYear(2017))),
        ("explainNoRateShort", .explainNoRateShort),
        ("explainYearlyRow", .explainYearlyRow),
        ("explainAggregated", .explainAggregated(.explainWholeYear(2015))),
        ("explainMonth", .explainMonth(3)),
        ("explainMonthlyMean", .explainMonthlyMean(3, period: .explainPeriodUpTo(year: 2017, cutoff: "2017-03-31"))),
        ("explainMonthlyFormula", .explainMonthlyFormula),
        ("explainCaseFormula", .explainCaseFormula("2017-01-01–2017-12-31")),
        ("explainCaseRows", .explainCaseRows(1000, files: 1, period: .explainWholeYear(2017))),
        ("explainCaseRowCount", .explainCaseRowCount(1)),
        ("explainJobcenterNoRate", .explainJobcenterNoRate),
        ("explainNoMunicipalityHasOne", .explainNoMunicipalityHasOne),
        ("explainSumOfExact", .explainSumOfExact),
        ("explainSumOfSome", .explainSumOfSome(missing: "Ishøj")),
        ("explainEmpty", .explainEmpty),
        ("explainFrom", .explainFrom),
        ("explainWhy", .explainWhy),
        ("explainFormula", .explainFormula),
        ("explainRounding", .explainRounding),
        ("explainFlags", .explainFlags(none: true)),
        ("explainExact", .explainExact(decimals: 2)),
        ("explainRounded", .explainRounded("504,000007714121…", decimals: 4)),
        ("explainBilag1Shows", .explainBilag1Shows("504")),
        ("explainComparison", .explainComparison),
        ("explainComparisonHeadline", .explainComparisonHeadline(kommune: "Ishøj", benefit: "A-dagpenge", year: 2015, share: "3,2",
                                                                  peers: [("Brøndby", "2,9"), ("Albertslund", "2,7")], median: "2,8",
                                                                  persons: Exact(71))),
        // Message+FailOnFlags.swift
        ("flagFileUnreadable", .flagFileUnreadable("Output/2017/flag.csv", reason: "ENOENT")),
        ("flagFileMalformed", .flagFileMalformed("Output/2017/flag.csv", problem: .flagFileEmpty)),
        ("flagFileNotUTF8", .flagFileNotUTF8),
        ("flagFileEmpty", .flagFileEmpty),
        ("flagFileHeader", .flagFileHeader(FlagCSV.header)),
        ("flagFileRowWidth", .flagFileRowWidth(line: 3, fields: 2, header: 11)),
        ("flagFileCSV", .flagFileCSV(line: 3, column: 7, problem: .flagFileEmpty)),
        // Message+Gaps.swift
        ("budgetZeroAssumed", .budgetZeroAssumed(municipality: "Ishøj", year: 2017, benefit: "Kontanthjælp")),
        ("budgetRowMissing", .budgetRowMissing(municipality: "Ishøj", benefit: "Fleksjob", other: "Vallensbæk",
                                               otherPlace: CaseloadKit.SourceLocation(file: "Input/budget/v.csv", line: 7), functions: ["5.58.80"])),
        ("strayYearRow", .strayYearRow(year: 2016, fileYears: [2017])),
        ("monthsMissing", .monthsMissing("Ishøj, 2017, A-dagpenge", missing: [2], counted: [1, 3], expected: 1...3)),
        ("priorYearWithoutData", .priorYearWithoutData(2016, files: ["Input/faktisk/faktisk-2015.csv"])),
        ("priorYearNotBefore", .priorYearNotBefore(2019, budgetYear: 2017)),
        ("goalWithoutScope", .goalWithoutScope(municipalities: ["Vallensbæk", "Ishøj"], jobcenter: "Jobcenter Vallensbæk")),
        ("goalScopeUnknown", .goalScopeUnknown("Albertslund", municipalities: ["Vallensbæk", "Ishøj"], jobcenter: nil)),
        ("warningsListed", .warningsListed(2)),
        ("strictStopped", .strictStopped(1, output: "Output/")),
        ("strictWouldStop", .strictWouldStop(3)),
        // Message+Hashing.swift
        ("fileNotFingerprinted", .fileNotFingerprinted("Input/budget/b.csv", reason: "EIO", lock: "caseload.lock")),
        ("nothingWritten", .nothingWritten(after: .fileNotFingerprinted("Input/budget/b.csv", reason: "EIO", lock: "caseload.lock"))),
        ("fileChangedWhileRead", .fileChangedWhileRead("Input/sager/sager.csv", lock: "caseload.lock")),
        // Message+Fetch.swift
        ("fetchNoActualsFolder", .fetchNoActualsFolder("pipeline.yml")),
        ("fetchCatalogErrors", .fetchCatalogErrors),
        ("fetchNoTables", .fetchNoTables),
        ("fetchBadBaseURL", .fetchBadBaseURL("ftp://x")),
        ("fetchNoToken", .fetchNoToken),
        ("fetchUnauthorized", .fetchUnauthorized(401)),
        ("fetchRateLimited", .fetchRateLimited(retryAfter: "30")),
        ("fetchServerError", .fetchServerError(503)),
        ("fetchStatus", .fetchStatus(404, url: "https://api.jobindsats.dk/v3/table/y99a99?format=json")),
        ("fetchTimeout", .fetchTimeout(60)),
        ("fetchNetwork", .fetchNetwork("…")),
        ("fetchLibcurlMissing", .fetchLibcurlMissing("…")),
        ("fetchMalformed", .fetchMalformed("https://api.jobindsats.dk/v3/table/y01a02?format=json")),
        ("fetchAreaUnknown", .fetchAreaUnknown("Ishøj", table: "y01a02")),
        ("fetchCannotWrite", .fetchCannotWrite("Input/faktisk/y01a02-2017M01-2017M02.json", reason: "…")),
        ("fetchKeptAside", .fetchKeptAside(["Input/faktisk/.y01a02-2017M01-2017M02.json.caseload-replaced"])),
        ("fetchNothingWritten", .fetchNothingWritten("Input/faktisk")),
        ("fetchWrote", .fetchWrote("Input/faktisk/y01a02-2017M01-2017M02.json", table: "y01a02", months: 2)),
        ("fetchNothingNew", .fetchNothingNew("y01a02", after: "2017M03", year: 2017)),
        ("jobindsatsTablesPartial", .jobindsatsTablesPartial("Ishøj, 2017, A-dagpenge", month: 3, have: ["y01a02"], lack: ["y01a03"])),
        ("reasonTablesPartial", .reasonTablesPartial),
        ("fetchWroteRevised", .fetchWroteRevised("Input/faktisk/y01a02-2017M01-2017M03.json", table: "y01a02", new: 1, again: "2017M01–2017M02",
                                                 replacing: ["y01a02-2017M01-2017M02.json"])),
        ("fetchRevisedUnchanged", .fetchRevisedUnchanged("y01a02", after: "2017M03", months: "2017M01–2017M03")),
        ("fetchDryRunRevised", .fetchDryRunRevised("2017M01–2017M02", replacing: ["y01a02-2017M01-2017M02.json"])),
        ("fetchRevisedMonthsInvalid", .fetchRevisedMonthsInvalid),
        ("fetchDryRunHeading", .fetchDryRunHeading),
        ("fetchDryRunTable", .fetchDryRunTable("y01a02", after: "2017M03", year: 2017)),
        ("fetchDryRunDataURL", .fetchDryRunDataURL("https://api.jobindsats.dk/v3/data/y01a02?format=json&period.M=", areas: "Vallensbæk, Ishøj")),
        ("fetchDryRunToken", .fetchDryRunToken),
        ("fetchDryRunNoToken", .fetchDryRunNoToken),
        ("fetchTimeoutInvalid", .fetchTimeoutInvalid),
        // Message+Jobindsats.swift
        ("jsonNotJSON", .jsonNotJSON("…")),
        ("jobindsatsUnknownShape", .jobindsatsUnknownShape),
        ("jobindsatsVariableWithoutName", .jobindsatsVariableWithoutName),
        ("jobindsatsColumnNotText", .jobindsatsColumnNotText),
        ("jobindsatsMissingKey", .jobindsatsMissingKey("Data")),
        ("jobindsatsNotAList", .jobindsatsNotAList("Data")),
        ("jobindsatsNoRowsYet", .jobindsatsNoRowsYet),
        ("jobindsatsMissingColumns", .jobindsatsMissingColumns(["period/Periode", "Antal fuldtidspersoner"], found: "\"Område\"")),
        ("jobindsatsTableUnknown", .jobindsatsTableUnknown("y99a99", fromFileName: true)),
        ("jobindsatsRowWidth", .jobindsatsRowWidth(2, columns: 3)),
        ("jobindsatsCellNotText", .jobindsatsCellNotText("Område", "null")),
        ("jobindsatsQuarter", .jobindsatsQuarter("Periode", "2017Q1")),
        ("jobindsatsWeek", .jobindsatsWeek("Periode", "2017U05")),
        ("jobindsatsPeriodUnknown", .jobindsatsPeriodUnknown("Periode", "marts 2017")),
        ("jobindsatsValueNotANumber", .jobindsatsValueNotANumber("Antal fuldtidspersoner", "\"12x\"")),
        ("jobindsatsTableNotAnID", .jobindsatsTableNotAnID("y07-a02")),
        ("jobindsatsTableListedTwice", .jobindsatsTableListedTwice("y01a02")),
        ("jobindsatsTableForOther", .jobindsatsTableForOther("y01a02", owner: "a-dagpenge", ownerAt: catalogPlace)),
        ("actualsFromJSONAndCSV", .actualsFromJSONAndCSV("Ishøj, 2017, A-dagpenge", first: place)),
        ("jobindsatsMeasureNotText", .jobindsatsMeasureNotText),
        // Message+OutputSafety.swift
        ("foreignFilesStopTheRun", .foreignFilesStopTheRun(folder: "Output/2017/", names: ["noter.docx", "gammelt/"])),
        ("deletedByForce", .deletedByForce(folder: true)),
        ("yearFolderUnlistable", .yearFolderUnlistable("Output/2017", reason: "EACCES")),
        ("statusForeignOnly", .statusForeignOnly(folder: "Output/2017", count: 2, lock: "caseload.lock")),
        ("statusForeignAdvice", .statusForeignAdvice(folder: "Output/2017/", count: 1)),
        ("outputParentMissing", .outputParentMissing(output: "/mnt/finnesikke/out", parent: "/mnt/finnesikke", isFile: false)),
        // Message+Overlap.swift
        ("overlappingCasePeriods", .overlappingCasePeriods(caseID: "******-**12", benefit: "A-dagpenge",
                                                           other: CaseloadKit.SourceLocation(file: "Input/sager/sager.csv", line: 2),
                                                           first: Day(iso: "2017-02-01")!, last: Day(iso: "2017-03-01")!, days: 29)),
        ("overlapProbesUnreadable", .overlapProbesUnreadable),
        // Message+Peers.swift
        ("whatPeer", .whatPeer),
        ("peersNotList", .peersNotList),
        ("peerNotAMunicipality", .peerNotAMunicipality("Hele landet")),
        ("peerIsOwnMunicipality", .peerIsOwnMunicipality("Ishøj")),
        ("peerTwice", .peerTwice("Brøndby")),
        ("peersWithoutLabourForce", .peersWithoutLabourForce),
        ("notAStatistikbankenTable", .notAStatistikbankenTable(header: ["kommune", "år"])),
        ("statistikbankenColumnMissing", .statistikbankenColumnMissing("OMRÅDE")),
        ("statistikbankenTwoValues", .statistikbankenTwoValues("KØN", first: "Mænd", firstLine: 2, second: "Kvinder")),
        ("statistikbankenQuarter", .statistikbankenQuarter("2015K1", monthAllowed: false)),
        ("statistikbankenMonth", .statistikbankenMonth("2015M03")),
        ("statistikbankenNotAPeriod", .statistikbankenNotAPeriod("2015-03")),
        ("labourForceTwice", .labourForceTwice("Ishøj", year: 2015, first: place)),
        ("reasonNoValue", .reasonNoValue),
        // Message+Publish.swift
        ("yearFolderIsFile", .yearFolderIsFile("Output/2017")),
        ("cannotCreate", .cannotCreate("/mnt/share/Output", reason: "EACCES")),
        ("cannotWriteResults", .cannotWriteResults(beside: "Output/2017", in: "/srv/Output", reason: "ENOSPC", leftover: .stagingNotRemoved("/srv/Output/.caseload-staging-2017-1-2", reason: "EBUSY"))),
        ("cannotSwapResults", .cannotSwapResults(into: "Output/2017", problem: .swapAcrossFileSystems, leftover: .nothingLeftBehindAnd)),
        ("cannotMoveResults", .cannotMoveResults(into: "Output/2017", reason: "EIO", leftover: .nothingLeftBehind)),
        ("nothingLeftBehindAnd", .nothingLeftBehindAnd),
        ("nothingLeftBehind", .nothingLeftBehind),
        ("stagingNotRemoved", .stagingNotRemoved("/srv/Output/.caseload-staging-2017-1-2", reason: "EBUSY")),
        ("swapUnsupported", .swapUnsupported),
        ("swapAcrossFileSystems", .swapAcrossFileSystems),
        ("swapNoPermission", .swapNoPermission("EACCES")),
        ("swapFailed", .swapFailed("EIO")),
        ("cannotCreateFile", .cannotCreateFile("flag.csv")),
        ("workbookTooLarge", .workbookTooLarge),
        ("cannotOpenFolder", .cannotOpenFolder("/srv/Output")),
        ("cannotCreateOutputFolder", .cannotCreateOutputFolder("Output/", reason: "EROFS")),
        ("cannotCreateLockFile", .cannotCreateLockFile("Output/.caseload-run.lock", reason: "EROFS")),
        ("cannotLockUnsupported", .cannotLockUnsupported("Output/.caseload-run.lock", reason: "ENOLCK")),
        ("cannotLock", .cannotLock("Output/.caseload-run.lock", reason: "EINTR")),
        ("anotherRunBusy", .anotherRunBusy("Output/")),
        ("cannotWritePendingLock", .cannotWritePendingLock("caseload.lock.pending", beside: "pipeline.yml", reason: "ENOSPC")),
        ("cannotUpdateLock", .cannotUpdateLock("caseload.lock", reason: "EIO")),
        // Message+Review.swift
        ("againstNoFolder", .againstNoFolder("gammel")),
        ("againstNoResults", .againstNoResults("gammel", file: "afstemning.csv", year: 2017)),
        ("resultUnreadable", .resultUnreadable("gammel/afstemning.csv")),
        ("resultUnreadable", .resultUnreadable("gammel/afstemning.csv", reason: "EIO")),
        ("resultMissingInFolder", .resultMissingInFolder("gammel", file: "afstemning.csv")),
        ("resultMissingAtRevision", .resultMissingAtRevision("Output/2017/afstemning.csv", revision: "HEAD~1")),
        ("notInGitRepository", .notInGitRepository),
        ("unknownRevision", .unknownRevision("hovedgren")),
        ("outsideGitRepository", .outsideGitRepository),
        ("gitShowFailed", .gitShowFailed("abc123:Output/2017/afstemning.csv", stderr: "fatal")),
        ("cannotRunGit", .cannotRunGit("ENOENT")),
        ("gitNotInstalled", .gitNotInstalled),
        ("resultNotUTF8", .resultNotUTF8("gammel/afstemning.csv")),
        ("resultFieldCount", .resultFieldCount(3, header: 11)),
        ("resultNotANumber", .resultNotANumber("budget_kr", "12,5")),
        ("resultKeyTwice", .resultKeyTwice(kommune: "Ishøj", ydelseID: "a-dagpenge", firstLine: 2)),
        ("resultEmpty", .resultEmpty("gammel/afstemning.csv")),
        ("resultColumnTwice", .resultColumnTwice("budget_kr")),
        ("resultNoKeyColumn", .resultNoKeyColumn("kommune")),
        ("diffSummaryHeader", .diffSummaryHeader),
        ("diffChangeHeader", .diffChangeHeader),
        ("diffToleranceNote", .diffToleranceNote("0,5")),
        ("diffNoChanges", .diffNoChanges),
        ("diffNoChangesOf", .diffNoChangesOf("0,5")),
        ("diffChangedRows", .diffChangedRows("afstemning.csv", markdown: false)),
        ("diffAddedRows", .diffAddedRows("afstemning.csv", markdown: true)),
        ("diffRemovedRows", .diffRemovedRows("afstemning.csv", markdown: false)),
        ("diffColumnsAdded", .diffColumnsAdded("afstemning.csv", list: "helaarspersoner_2016", markdown: false)),
        ("diffColumnsRemoved", .diffColumnsRemoved("afstemning.csv", list: "`helaarspersoner_2014`", markdown: true)),
        // Message+Summary.swift
        ("summaryHeading", .summaryHeading(year: 2017, municipalities: "Vallensbæk, Ishøj", jobcenter: "Jobcenter Vallensbæk", cutoff: "2017-09-30")),
        ("summaryRead", .summaryRead(files: 6, rows: 12345, used: 12000, ignored: 300, rejected: 45)),
        ("summaryFileCounts", .summaryFileCounts(read: 1234, used: 1200)),
        ("summaryFileIgnored", .summaryFileIgnored(34, reasons: [(reason: Message.reasonAnotherYear, count: 30), (reason: Message.reasonAfterCutoff, count: 4)])),
        ("summaryFileRejected", .summaryFileRejected(2)),
        ("ignoredReason", .ignoredReason("outside the periods")),
        ("summaryUnknownMunicipalities", .summaryUnknownMunicipalities([(name: "Ishoj", count: 2)])),
        ("summaryBalances", .summaryBalances),
        ("summaryUnbalanced", .summaryUnbalanced(read: 1000)),
        ("summaryFileRows", .summaryFileRows("afstemning.csv", rows: 30)),
        ("summaryFlagFile", .summaryFlagFile("flag.csv", flags: 16)),
        ("summaryWrote", .summaryWrote("Output/2017/", files: [.summaryFileRows("afstemning.csv", rows: 30), .summaryFlagFile("flag.csv", flags: 16)])),
        ("summaryNothingWritten", .summaryNothingWritten(errors: 1, output: "Output/")),
        ("configFailed", .configFailed("pipeline.yml", errors: 3)),
        ("runUpToDate", .runUpToDate("Output/2017", lock: "caseload.lock")),
        ("waitingForOtherRun", .waitingForOtherRun),
        ("failOnFlags", .failOnFlags(16, folder: "Output/2017/")),
        ("dryRunNothingWritten", .dryRunNothingWritten),
        ("dryRunWouldRead", .dryRunWouldRead("pipeline.yml", inputs: 6)),
        ("dryRunWouldWrite", .dryRunWouldWrite("Output/2017/", files: ["afstemning.csv", "flag.csv"], lock: "caseload.lock")),
        ("dryRunWouldWriteNothing", .dryRunWouldWriteNothing(errors: 2)),
        ("statusUpToDate", .statusUpToDate("Output/2017", lock: "caseload.lock")),
        ("statusStale", .statusStale("Output/2017", changes: 1, lock: "caseload.lock")),
        ("statusRunToUpdate", .statusRunToUpdate),
        ("changeNoLock", .changeNoLock),
        ("changeSettings", .changeSettings),
        ("changeTool", .changeTool),
        ("changeInputAdded", .changeInputAdded),
        ("changeInputRemoved", .changeInputRemoved),
        ("changeInputModified", .changeInputModified),
        ("changeOutputEdited", .changeOutputEdited),
        ("changeOutputMissing", .changeOutputMissing),
        ("changeForeignFile", .changeForeignFile),
        ("changeOutputUnlistable", .changeOutputUnlistable),
        // Message+Wording.swift
        ("didYouMean", .didYouMean("Ishøj")),
        ("whatYear", .whatYear),
        ("whatPriorYear", .whatPriorYear),
        ("whatPriorYears", .whatPriorYears),
        ("whatMunicipality", .whatMunicipality),
        ("whatJobcenter", .whatJobcenter),
        ("whatOutput", .whatOutput),
        ("whatCatalogName", .whatCatalogName),
        ("yamlMapping", .yamlMapping),
        ("yamlList", .yamlList),
        ("yamlAlias", .yamlAlias),
        ("yamlScalar", .yamlScalar("Ishøj")),
        ("kindFIFO", .kindFIFO),
        ("kindDevice", .kindDevice),
        ("kindSocket", .kindSocket),
        ("kindNotRegular", .kindNotRegular),
        ("styleDanish", .styleDanish),
        ("styleInternational", .styleInternational),
        ("examplesDanish", .examplesDanish),
        ("examplesInternational", .examplesInternational),
        ("reasonAnotherMunicipality", .reasonAnotherMunicipality),
        ("reasonAnotherYear", .reasonAnotherYear),
        ("reasonAfterCutoff", .reasonAfterCutoff),
        ("reasonOutsidePeriods", .reasonOutsidePeriods),
        ("reasonTotalRow", .reasonTotalRow),
        ("emptyCaseID", .emptyCaseID),
        ("everyMunicipality", .everyMunicipality),
        // Message+FriendlyInput.swift (cellNotADate is sampled with Message+CSV.swift's entries)
        ("scaledUnit", .scaledUnit(header: "Beløb (t.kr.)", unit: "t.kr.", name: "beløb", kroner: true)),
        ("totalRowSkipped", .totalRowSkipped("ydelse", "I alt")),
        // Message+LibXML.swift
        ("libxml2", .libxml2(.xmlEmptyFile, original: "XML_ERR_DOCUMENT_END")),
        ("xmlEmptyFile", .xmlEmptyFile),
        ("xmlNoElement", .xmlNoElement),
        ("xmlCutOff", .xmlCutOff("budget", line: 2)),
        ("xmlMoreAfterEnd", .xmlMoreAfterEnd("budget")),
        ("xmlNotClosed", .xmlNotClosed("post", line: 3, closing: "budget")),
        ("xmlClosingTagMisspelt", .xmlClosingTagMisspelt("budgt", open: "budget", line: 2)),
        ("xmlTagNotFinished", .xmlTagNotFinished("post")),
        ("xmlMissingAttribute", .xmlMissingAttribute("ydelse", of: "post")),
        ("xmlUnknownAttribute", .xmlUnknownAttribute("farve", of: "post", allowed: ["ydelse", "beloeb"])),
        ("xmlUnexpectedElement", .xmlUnexpectedElement("note", expected: ["post"])),
        ("xmlWrongDocumentElement", .xmlWrongDocumentElement("budget", namespace: BudgetSchema.namespace)),
        ("xmlContentInEmptyElement", .xmlContentInEmptyElement("post")),
        ("xmlEmptyAttribute", .xmlEmptyAttribute("beloeb")),
        ("xmlBlankAttribute", .xmlBlankAttribute("ydelse")),
        ("xmlDecimalComma", .xmlDecimalComma("beloeb", "1.234,50")),
        ("xmlNotAnAmount", .xmlNotAnAmount("beloeb", "12 kr")),
        ("xmlTooManyDecimals", .xmlTooManyDecimals("beloeb", "1.005")),
        ("xmlTooManyDigits", .xmlTooManyDigits("beloeb", "12345678901234567", limit: "16")),
        ("xmlNotAYear", .xmlNotAYear("aar", "17")),
        ("xmlNotInSet", .xmlNotInSet("grundlag", "bruto", allowed: ["brutto", "netto"])),
        // Message+XML.swift
        ("schemaDoesNotCompile", .schemaDoesNotCompile),
        ("libxmlCannotRead", .libxmlCannotRead),
        ("libxmlCannotAttachSchema", .libxmlCannotAttachSchema),
        ("libxml", .libxml("XML_ERR_TAG_NAME_MISMATCH")),
        ("notWellFormedXML", .notWellFormedXML),
        ("notBudgetSchema", .notBudgetSchema(BudgetSchema.namespace)),
        ("noBudgetElement", .noBudgetElement(BudgetSchema.namespace)),
        ("doctypeNotAllowed", .doctypeNotAllowed),
    ]

    /// Every `static func`/`static var`/`static let` of the catalogue that gives a `Message`,
    /// read from its source files (private helpers and helpers giving text left out), one
    /// name per declaration.
    static func declaredNames() throws -> [String] {
        let folder = repositoryRoot.appendingPathComponent("Sources/CaseloadKit/Diagnostics/Messages")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }.sorted()
        #expect(files.count >= 12, "Messages/ holds the catalogue's topic files")
        let declaration = /(?m)^[ \t]*(?:public[ \t]+)?static[ \t]+(?:func|var|let)[ \t]+(\w+)([^{]*)/
        var names: [String] = []
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: declaration) where match.2.contains("Message") {
                names.append(String(match.1))
            }
        }
        return names
    }

    @Test func everyEntryHasASampleAndEverySampleAnEntry() throws {
        let declared = try Self.declaredNames()
        #expect(declared.count > 200)
        var declarations: [String: Int] = [:]
        for name in declared { declarations[name, default: 0] += 1 }
        var sampled: [String: Int] = [:]
        for sample in Self.samples { sampled[sample.name, default: 0] += 1 }
        let withoutSample = declarations.keys.filter { sampled[$0, default: 0] < declarations[$0]! }.sorted()
        let withoutEntry = sampled.keys.filter { declarations[$0] == nil }.sorted()
        #expect(withoutSample == [], "catalogue entries without a sample in MessageCatalogueTests.samples")
        #expect(withoutEntry == [], "samples of entries that are not in the catalogue")
    }

    /// English words that must not be left in a Danish text. pipeline.yml's keys (`year`,
    /// `actuals:`) are the same in both languages and are not prose.
    static let englishWords: Set<String> = [
        "the", "is", "are", "not", "and", "or", "of", "with", "from", "has", "file", "files", "row", "rows",
        "column", "columns", "error", "errors", "warning", "warnings", "cannot", "must", "was", "were", "this", "that",
        "which", "would", "only", "no", "an", "in", "it", "its", "found", "missing", "unknown", "empty", "read", "used",
        "ignored", "rejected", "wrote", "did", "you", "mean", "changed", "since", "written", "results", "folder", "write",
        "name", "names", "rate", "benefit", "municipality", "actuals", "month", "case", "date", "number",
        "more", "than", "there", "their", "when", "where", "e.g.", "add", "remove", "save", "use", "nothing", "up",
    ]

    /// The words of a text that read as prose: tokens without digits, paths, keys or markup.
    static func prose(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" }).compactMap { raw in
            if raw.hasSuffix(":") || raw.hasSuffix(":,") || ["year", "years"].contains(raw) { return nil }  // keys
            let token = raw.trimmingCharacters(in: CharacterSet(charactersIn: ",;:()\"'?!`…"))
            if token == "e.g." { return token }
            guard !token.isEmpty, !token.contains(where: { $0.isNumber || "-_/.*<>=[]{}#|$".contains($0) }) else { return nil }
            return token.lowercased()
        }
    }

    @Test(arguments: samples.indices)
    func rendersBothLanguagesAndTheDanishIsDanish(_ index: Int) {
        let (name, message) = Self.samples[index]
        #expect(!message.en.isEmpty, "\(name): English text")
        #expect(!message.da.isEmpty, "\(name): Danish text")
        #expect(message.en != message.da, "\(name): Danish text differs from English")
        #expect(message.text(.en) == message.en && message.text(.da) == message.da)
        let leftovers = Self.prose(message.da).filter(Self.englishWords.contains)
        #expect(leftovers == [], "\(name): English words in the Danish text: \(message.da)")
    }

    @Test func representativeTextsInBothLanguages() {
        func expect(_ message: Message, _ en: String, _ da: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
            #expect(message.en == en, sourceLocation: sourceLocation)
            #expect(message.da == da, sourceLocation: sourceLocation)
        }
        expect(.unknownBenefit("Dagpenge", nearest: ["A-dagpenge", "Sygedagpenge", "Ledighedsydelse"]),
               "unknown benefit \"Dagpenge\"; did you mean \"A-dagpenge\", \"Sygedagpenge\" or \"Ledighedsydelse\"?",
               "ukendt ydelse \"Dagpenge\"; mente du \"A-dagpenge\", \"Sygedagpenge\" eller \"Ledighedsydelse\"?")
        expect(.unknownBenefit("Xyz", nearest: []),
               "unknown benefit \"Xyz\"; add it to the catalog", "ukendt ydelse \"Xyz\"; tilføj den til kataloget")
        expect(.notANumber("beløb", "12x", style: .da),
               "beløb \"12x\" is not a number in Danish style (e.g. 39.038.328 or 1.234,56)",
               "beløb \"12x\" er ikke et tal i dansk talformat (f.eks. 39.038.328 eller 1.234,56)")
        expect(.missingColumns("\"ydelse\"", count: 1, or: ["konto"], header: ["kommune", "år", "beløb"]),
               "missing column \"ydelse\" (or \"konto\"); the header has \"kommune\", \"år\", \"beløb\"",
               "kolonnen \"ydelse\" mangler (eller \"konto\"); overskriftslinjen har \"kommune\", \"år\", \"beløb\"")
        expect(.summaryRead(files: 6, rows: 12345, used: 12000, ignored: 300, rejected: 45),
               "Read 6 files, 12345 rows: 12000 used, 300 ignored, 45 rejected.",
               "Læst 6 filer, 12.345 rækker: 12.000 brugt, 300 ignoreret, 45 afvist.")
        expect(.summaryFileIgnored(34, reasons: [(reason: Message.reasonAnotherYear, count: 30), (reason: Message.reasonAfterCutoff, count: 4)]),
               "  34 ignored (another year: 30, after the cut-off: 4)",
               "  34 ignoreret (andet år: 30, efter skæringsdatoen: 4)")
        expect(.summaryNothingWritten(errors: 1, output: "Output/"),
               "No results written: 1 error; Output/ is as it was.", "Ingen resultater skrevet: 1 fejl; Output/ er uændret.")
        expect(.municipalityDidYouMean("Ishoj", rows: 1234, near: "Ishøj"),
               "municipality \"Ishoj\" is not in pipeline.yml, so its 1234 rows are ignored; did you mean \"Ishøj\"?",
               "kommunen \"Ishoj\" står ikke i pipeline.yml, så dens 1.234 rækker ignoreres; mente du \"Ishøj\"?")
        expect(.noRate(grundlag: "netto", municipality: "Ishøj", year: 2017, benefit: "A-dagpenge"),
               "no netto rate for Ishøj, 2017, A-dagpenge: add a row to the rate table for \"Ishøj\" or \"*\"",
               "ingen nettotakst for Ishøj, 2017, A-dagpenge: tilføj en række i taksttabellen for \"Ishøj\" eller \"*\"")
        expect(.foreignFilesStopTheRun(folder: "Output/2017/", names: ["noter.docx"]),
               "Output/2017/ holds a file that caseload did not write: \"noter.docx\"; a run replaces the whole folder, so it would be lost. Move it elsewhere, or run with --force to delete it. Nothing was written",
               "Output/2017/ indeholder en fil, som caseload ikke har skrevet: \"noter.docx\"; en kørsel erstatter hele mappen, så den ville gå tabt. Flyt den et andet sted hen, eller kør med --force for at slette den. Intet er skrevet")
        expect(.statusStale("Output/2017", changes: 2, lock: "caseload.lock"),
               "Output/2017 is stale: 2 changes since caseload.lock", "Output/2017 er forældet: 2 ændringer siden caseload.lock")
        expect(.warningsListed(2), "2 warnings (listed above): check what each says was assumed; run --strict stops on warnings.",
               "2 advarsler (vist ovenfor): se, hvad hver af dem siger er antaget; run --strict stopper ved advarsler.")
        expect(.moreErrorsNotShown(1200), "… and 1200 more errors not shown", "… og 1.200 fejl mere, som ikke er vist")
        expect(.omfangTooManyDecimals("0,1234567", decimals: 6, case: nil),
               "omfang \"0,1234567\" has more than 6 decimals (case (empty))", "omfang \"0,1234567\" har mere end 6 decimaler (sag (tom))")
    }

    @Test func diagnosticsRenderTheSeverityInTheirLanguage() {
        let diagnostic = Diagnostic(.warning, .headerOnlyYet, at: CaseloadKit.SourceLocation(file: "Input/sager/sager.csv", line: 2))
        #expect(diagnostic.rendered(.en) == "Input/sager/sager.csv:2: warning: the file has a header but no data rows yet; it adds nothing to the results")
        #expect(diagnostic.rendered(.da) == "Input/sager/sager.csv:2: advarsel: filen har en overskriftslinje, men endnu ingen datarækker; den bidrager ikke til resultaterne")
        #expect(diagnostic.description == diagnostic.rendered(.en))
    }

    @Test func theLanguageComesFromTheOptionOrTheLocale() {
        #expect(Language.from(environment: ["LANG": "da_DK.UTF-8"]) == .da)
        #expect(Language.from(environment: ["LANG": "en_US.UTF-8"]) == .en)
        #expect(Language.from(environment: ["LC_ALL": "C", "LANG": "da_DK.UTF-8"]) == .en)
        #expect(Language.from(environment: ["LC_MESSAGES": "da_DK.UTF-8", "LANG": "C.UTF-8"]) == .da)
        #expect(Language.from(environment: [:]) == .en)
        #expect(Language(option: "da") == .da && Language(option: "EN") == .en && Language(option: "fr") == nil)
    }
}
