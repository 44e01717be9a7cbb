/// The follow-up sections of bilag1.md: the plan's goals (Bilag 2) in plain Danish, and the
/// flags to look at.
public enum FollowUpMarkdown {
    /// The goals section; empty when the run has no goals for the year.
    public static func goals(_ report: ReconciliationReport) -> String {
        guard !report.goals.isEmpty else { return "" }
        var out = "\n## Mål (Bilag 2)\n"
        for check in report.goals {
            out += "\n**\(escaped(check.goal.text))**\n\n\(GoalText.paragraph(check, report: report))\n"
        }
        return out
    }

    /// The flags section: a table, or a line saying there are none.
    public static func flags(_ report: ReconciliationReport) -> String {
        var out = "\n## Flag til opfølgning\n\n"
        guard !report.flags.isEmpty else { return out + "Ingen flag.\n" }
        out += "Tal, der bør ses efter, med grænserne fra pipeline.yml. Alle tal står i flag.csv.\n\n"
        out += "| Kommune | Ydelse | Flag | Forklaring |\n| :-- | :-- | :-- | :-- |\n"
        for flag in report.flags {
            out += "| \(escaped(flag.kommune)) | \(escaped(flag.benefitName)) | \(flag.kind.label) | \(escaped(flag.explanation)) |\n"
        }
        return out
    }

    private static func escaped(_ text: String) -> String { text.replacing("|", with: "\\|") }
}
