@testable import CaseloadKit
import Testing

/// Which follow-up sections a report has, in which order, and what an empty one says: decided
/// once by `FollowUpLayout` as blocks, which bilag1.md and rapport.html only map to markup.
@Suite struct FollowUpLayoutTests {
    /// The A-dagpenge figures of `GoalCheckerTests`, with `goals` as the plan's goals file.
    static func layout(goals: String?) throws -> FollowUpLayout {
        var files = GoalCheckerTests.files()
        files["Input/maal/m.csv"] = goals
        let outcome = try Scenario(files).evaluate()
        return FollowUpLayout(try #require(outcome.report))
    }

    static let noFlagsBlocks: [FollowUpBlock] = [.heading("De 10 største afvigelser"), .paragraph("Ingen flag.")]

    @Test func goalsThatAreMetAndNoFlags() throws {
        let layout = try Self.layout(goals: "år;ydelse;helårspersoner;tekst\n2017;A-dagpenge;800;Højst 800\n")
        #expect(layout.largestBlocks == Self.noFlagsBlocks)
        let paragraph = try #require(layout.goals.first?.paragraph)
        #expect(paragraph.hasPrefix("Målet er højst 800 helårspersoner på A-dagpenge i 2017"))
        #expect(layout.appendixBlocks == [.heading("Mål (Bilag 2)"), .goal(title: "Højst 800", paragraph: paragraph)])
    }

    @Test func aGoalThatIsMissedIsTheOnlyFlag() throws {
        let layout = try Self.layout(goals: GoalCheckerTests.files()["Input/maal/m.csv"])
        let lead = "Tal, der bør ses efter, ordnet efter størrelse i kr. (forskel_kr i flag.csv: forskellen som helårstal "
            + "ved budgettets takst), med grænserne fra pipeline.yml. Alle tal står i flag.csv."
        #expect(layout.largest.rows.count == 1)
        #expect(layout.largestBlocks == [.heading("Den største afvigelse"), .paragraph(lead), .flags(layout.largest)])
        let paragraph = try #require(layout.goals.first?.paragraph)
        #expect(layout.appendixBlocks == [
            .heading("Mål (Bilag 2)"), .goal(title: "Mål 2: Færre a-dagpenge-modtagere (fuldtid)", paragraph: paragraph),
        ])
    }

    @Test func noGoalsAndNoFlags() throws {
        let layout = try Self.layout(goals: nil)
        #expect(layout.largestBlocks == Self.noFlagsBlocks)
        #expect(layout.appendixBlocks == [])
    }
}
