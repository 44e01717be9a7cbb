@testable import CaseloadKit
import Foundation
import Testing

/// bilag1.md, rapport.html and afstemning.xlsx draw from one layout: with Ishøj's A-dagpenge
/// budgeted netto, every renderer heads every table the same way and prints the same notes.
@Suite struct RenderersAgreeTests {
    /// What a renderer shows of one table: its column titles and its footnotes (mark and text).
    struct Shown: Equatable {
        var header: [String]
        var notes: [String]
    }

    static func files() throws -> (md: String, html: String, xlsx: Data) {
        let outcome = try MixedGrundlagScenario.outcome()
        func file(_ name: String) throws -> OutputFile { try #require(outcome.files.first { $0.name == name }) }
        return (try file("bilag1.md").contents, try file("rapport.html").contents, try file("afstemning.xlsx").data)
    }

    /// The Bilag 1 tables of bilag1.md (the budget follow-up after them has tables of its own).
    static func markdown(_ text: String) -> [Shown] {
        let bilag1 = text.components(separatedBy: "\n## Budgetopfølgning")[0]
        return bilag1.components(separatedBy: "\n## ").dropFirst().compactMap { section in
            let lines = section.split(separator: "\n").map(String.init)
            guard let header = lines.first(where: { $0.hasPrefix("| Ydelse |") }) else { return nil }
            let notes = lines.dropFirst().filter { !$0.hasPrefix("|") }.map { $0.replacing("\\", with: "") }
            return Shown(header: header.dropFirst(2).dropLast(2).components(separatedBy: " | "), notes: notes)
        }
    }

    static func html(_ text: String) -> [Shown] {
        let parsed = ParsedMarkup(text, html: true)
        return parsed.elements("section").filter { parsed.attribute("class", of: $0) == "unit" }.map { section in
            let table = parsed.elements("table", in: section)[0]
            let header = parsed.elements("th", in: parsed.elements("thead", in: table)[0]).map { parsed.text(of: $0) }
            let notes = parsed.elements("p", in: section).filter { parsed.attribute("class", of: $0) == "note" }.map { parsed.text(of: $0) }
            return Shown(header: header, notes: notes)
        }
    }

    /// The Bilag 1 sheets (those before the data sheet): the first row's titles and the text below the table.
    static func workbook(_ data: Data) throws -> [Shown] {
        let parts = try XLSXWorkbookTests.parts(data)
        let strings = try #require(parts.first { $0.path == "xl/sharedStrings.xml" }?.text)
            .matches(of: /<t[^>]*>([^<]*)<\/t>/).map { String($0.1).replacing("&amp;", with: "&") }
        let names = try #require(parts.first { $0.path == "xl/workbook.xml" }?.text).matches(of: /<sheet name="([^"]*)"/).map { String($0.1) }
        let sheets = parts.filter { $0.path.hasPrefix("xl/worksheets/") }.prefix(names.firstIndex(of: DataSheet.name) ?? 0)
        return sheets.map { sheet in
            let rows = sheet.text.matches(of: /<row r="\d+">(.*?)<\/row>/).map { row in
                row.1.matches(of: /t="s"><v>(\d+)<\/v>/).compactMap { Int($0.1).map { strings[$0] } }
            }
            let total = rows.firstIndex { $0.first == "I alt" } ?? rows.count
            let notes = rows.dropFirst(total + 1).flatMap { $0 }.filter { $0 != ReportText.roundingNote }
            return Shown(header: rows.first ?? [], notes: notes)
        }
    }

    @Test func everyRendererLabelsEveryTableTheSameWay() throws {
        let files = try Self.files()
        let markdown = Self.markdown(files.md)
        #expect(markdown.count == 3)
        #expect(markdown.map { $0.header[1] } == ["Budgettal 2017 (Brutto)", "Budgettal 2017 (Brutto/Netto)", "Budgettal 2017 (Brutto/Netto)"])
        #expect(markdown[2].notes == [
            "* A-dagpenge: faktiske tal for 2015 og 2017 fra 1 af 2 kommuner.",
            "* Sygedagpenge: faktiske tal for 2015 og 2017 fra 1 af 2 kommuner.",
            "** I alt: faktiske tal for 2015 og 2017 fra 2 af 4 rækker (kommune og ydelse); budgettet omfatter alle 4.",
            "Budgettallene er brutto undtagen A-dagpenge (brutto/netto).",
        ])
        #expect(Self.html(files.html) == markdown)
        #expect(try Self.workbook(files.xlsx) == markdown)
    }

    @Test func theFlagsAreTheSameRowsInEveryRenderer() throws {
        let files = try Self.files()
        let expected = ["1", "Vallensbæk", "Sygedagpenge", "Stor ændring fra tidligere år", "21.637.289",
                        "Budgettet svarer til 129 helårspersoner mod 16 faktiske i 2015: 706 % flere (grænse 50 % og 5 helårspersoner)."]
        #expect(files.md.contains("\n## Den største afvigelse\n"))
        #expect(files.md.contains("\n" + MarkdownText.row(expected) + "\n"))
        let parsed = ParsedMarkup(files.html, html: true)
        let table = try #require(parsed.elements("table").first { parsed.attribute("class", of: $0) == "flags" })
        let row = parsed.elements("tr", in: table)[1]
        let texts = parsed.elements("td", in: row).map { parsed.text(of: $0) }
        #expect([texts[0], parsed.text(of: parsed.elements("th", in: row)[0])] + texts.dropFirst() == expected)
        let sheet = try #require(try XLSXWorkbookTests.parts(files.xlsx).first { $0.path == "xl/worksheets/sheet6.xml" }?.text)
        // Nr. and the kroner as numbers (the kroner to the øre, shown whole).
        #expect(sheet.contains("<c r=\"A3\" s=\"3\"><v>1</v></c>"))
        #expect(sheet.contains("<c r=\"E3\" s=\"3\"><v>21637288.92</v></c>"))
    }

    @Test func theMarksStandOnTheSameFiguresInEveryRenderer() throws {
        let files = try Self.files()
        let jobcenter = try #require(files.md.components(separatedBy: "\n## Jobcenter Vallensbæk i alt\n").last)
        // (510 × 31 + 498,5 × 28) / 59 = 504,54…; the variance is Ishøj's alone.
        #expect(jobcenter.contains("| A-dagpenge | 133.120.332 | 704 | 538 \\* | 505 \\* | 1 \\* | 101.244 \\* |"))
        #expect(jobcenter.contains("| **I alt** | **203.760.981** | **1.073** | **554** \\*\\* | **755** \\*\\* | **11** \\*\\* | **2.015.439** \\*\\* |"))
        #expect(files.html.contains("<tr class=\"total\"><th scope=\"row\">I alt</th><td>203.760.981</td><td>1.073</td><td>554<span class=\"partial\">**</span></td>"))
        let sheet = try #require(try XLSXWorkbookTests.parts(files.xlsx).first { $0.path == "xl/worksheets/sheet3.xml" }?.text)
        // Lines marked " *" (style 4), the total " **" (style 10).
        #expect(sheet.contains("<c r=\"D2\" s=\"4\"><v>538</v></c>"))
        #expect(sheet.contains("<c r=\"D4\" s=\"10\"><v>554</v></c>"))
    }
}
