import CaseloadKit
import Foundation
import Testing

/// rapport.html: valid, self-contained, one chart per municipality and the jobcenter.
@Suite struct HTMLReportTests {
    /// The report of the frozen 2017 plan (`PlanFixture`, Bilag 1 2017).
    static func shippedReport() throws -> String {
        let outcome = try PlanFixture().evaluate()
        return try #require(outcome.files.first { $0.name == "rapport.html" }?.contents)
    }

    @Test func parsesWithLibxml2WithoutErrors() throws {
        let html = try Self.shippedReport()
        let parsed = ParsedMarkup(html, html: true)
        #expect(parsed.document != nil)
        #expect(parsed.unexpectedProblems.map(\.description) == [])
        // The HTML 4 parser does complain about <svg> and <section>: the filter is not empty-handed.
        #expect(parsed.problems.contains { $0.name == "svg" })
        // Written as polyglot markup, it is well-formed XML too: every element closed, every & escaped.
        let asXML = ParsedMarkup(html, html: false)
        #expect(asXML.problems.map(\.description) == [])
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\"/>\n"))
    }

    @Test func oneChartPerMunicipalityAndJobcenterWithABarPerBenefitAndSeries() throws {
        let parsed = ParsedMarkup(try Self.shippedReport(), html: true)
        let sections = parsed.elements("section").filter { parsed.attribute("class", of: $0) == "unit" }
        #expect(sections.map { parsed.text(of: parsed.elements("h2", in: $0)[0]) } == ["Vallensbæk", "Ishøj", "Jobcenter Vallensbæk i alt"])
        for section in sections {
            let charts = parsed.elements("svg", in: section)
            try #require(charts.count == 1)
            let bars = parsed.elements("rect", in: charts[0]).compactMap { parsed.attribute("class", of: $0) }.filter { $0.hasPrefix("bar ") }
            // 15 benefits × (budget 2017, faktisk 2015).
            #expect(bars.filter { $0 == "bar s0" }.count == 15)
            #expect(bars.filter { $0 == "bar s1" }.count == 15)
            #expect(bars.count == 30)
            let legend = parsed.elements("g", in: charts[0]).filter { parsed.attribute("class", of: $0) == "legend" }
            #expect(legend.map { parsed.text(of: $0) } == ["Budget 2017Faktisk 2015"])
            let categories = parsed.elements("text", in: charts[0]).filter { parsed.attribute("class", of: $0) == "category" }
            #expect(categories.count == 15)
            #expect(categories.first.map { parsed.text(of: $0) } == "A-dagpenge")
        }
        // Vallensbæk's A-dagpenge: 200 budgeted, 205 in 2015, each bar labelled in Danish style.
        let values = parsed.elements("text", in: sections[0]).filter { parsed.attribute("class", of: $0)?.hasPrefix("value") == true }.map { parsed.text(of: $0) }
        #expect(values.prefix(2) == ["200", "205"])
        let jobcenterValues = parsed.elements("text", in: sections[2]).filter { parsed.attribute("class", of: $0)?.hasPrefix("value") == true }.map { parsed.text(of: $0) }
        #expect(jobcenterValues.prefix(2) == ["704", "743"])
    }

    @Test func tablesInDanishNumberStyle() throws {
        let parsed = ParsedMarkup(try Self.shippedReport(), html: true)
        let table = parsed.elements("table", in: parsed.elements("section")[0])[0]
        let rows = parsed.elements("tr", in: table).map { row in
            parsed.elements("th", in: row).map { parsed.text(of: $0) } + parsed.elements("td", in: row).map { parsed.text(of: $0) }
        }
        #expect(rows.first == ["Ydelse", "Budgettal 2017 (Brutto)", "Helårspersoner 2017", "Helårspersoner 2015"])
        #expect(rows.dropFirst().first == ["A-dagpenge", "39.038.328", "200", "205"])
        #expect(rows.last == ["I alt", "118.930.034", "724", "756"])
    }

    @Test func selfContainedWithoutScriptOrExternalReference() throws {
        let html = try Self.shippedReport()
        #expect(!html.contains("http://"))
        #expect(!html.contains("https://"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("src="))
        #expect(!html.contains("<link"))
        #expect(!html.contains("@import"))
        // Every url() points inside the document (the hatching patterns).
        let urls = html.components(separatedBy: "url(").dropFirst()
        #expect(!urls.isEmpty)
        #expect(urls.allSatisfy { $0.hasPrefix("#c") })
        // Page breaks between municipalities and A4 for print.
        #expect(html.contains("@page { size: A4 portrait;"))
        #expect(html.contains("section.unit, section.followup { margin-top: 0; break-before: page;"))
    }

    @Test func chartsShowEverySeriesAndMarkMissingFigures() throws {
        // Actuals of the budget year and two prior years: four series; Vallensbæk has no 2016 figure.
        let scenario = try Scenario([
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;-2.000\nVallensbæk;2017;A-dagpenge;20.000\nVallensbæk;2017;Sygedagpenge;5.000\n",
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;A-dagpenge;1.000\n*;2017;Sygedagpenge;1.000\n",
            "Input/faktisk/f.csv": "kommune;år;ydelse;helårspersoner\nIshøj;2017;A-dagpenge;12\nIshøj;2016;A-dagpenge;9\nVallensbæk;2015;A-dagpenge;18\n",
        ], priorYears: [2016, 2015], cutoff: "2017-06-30")
        let outcome = try scenario.evaluate()
        #expect(outcome.diagnostics.diagnostics.map(\.description) == [
            "Input/budget/b.csv:2:23: warning: the budget is negative (-2.000,00 kr.); used as given, as corrections can be",
            "Input/budget/b.csv: warning: the budget for Ishøj has no row for Sygedagpenge, which the budget for Vallensbæk has (Input/budget/b.csv:4): Ishøj gets no row for Sygedagpenge, so the municipalities' rows differ (add the row, with 0 if that is meant)",
        ])
        let html = try #require(outcome.files.first { $0.name == "rapport.html" }?.contents)
        let parsed = ParsedMarkup(html, html: true)
        #expect(parsed.unexpectedProblems.map(\.description) == [])
        let charts = parsed.elements("svg")
        #expect(charts.count == 3)
        let vallensbaek = charts[0]
        let legend = parsed.elements("g", in: vallensbaek).filter { parsed.attribute("class", of: $0) == "legend" }.map { parsed.text(of: $0) }
        #expect(legend == ["Budget 2017Faktisk 2017 (til 30.6.2017)Faktisk 2016Faktisk 2015"])
        let bars = parsed.elements("rect", in: vallensbaek).filter { parsed.attribute("class", of: $0)?.hasPrefix("bar ") == true }
        #expect(bars.count == 2 * 4)
        // A missing figure is a bar of no length, labelled "–".
        let values = parsed.elements("text", in: vallensbaek).filter { parsed.attribute("class", of: $0)?.hasPrefix("value") == true }.map { parsed.text(of: $0) }
        #expect(values == ["20", "–", "–", "18", "5", "–", "–", "–"])
        #expect(parsed.attribute("width", of: bars[1]) == "0")
        // Ishøj's negative budget (a refund, say) draws left of the zero line, which the axis then holds.
        let ishoej = parsed.elements("text", in: charts[1]).filter { parsed.attribute("class", of: $0)?.hasPrefix("value") == true }.map { parsed.text(of: $0) }
        #expect(ishoej == ["-2", "12", "9", "–"])
        let ticks = parsed.elements("text", in: charts[1]).filter { parsed.attribute("class", of: $0) == "tick" }.map { parsed.text(of: $0) }
        #expect(ticks == ["-2", "0", "2", "4", "6", "8", "10", "12"])
    }
}
