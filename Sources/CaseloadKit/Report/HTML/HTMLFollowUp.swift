/// The follow-up page of the HTML report: the plan's goals (Bilag 2) in plain Danish and the
/// flags, in the same words as bilag1.md and flag.csv.
enum HTMLFollowUp {
    /// The section id, for links.
    static let sectionID = "opfoelgning"

    /// The page.
    static func render(_ report: ReconciliationReport) -> String {
        var html = "<section class=\"followup\" id=\"\(sectionID)\">\n<h2>Opfølgning</h2>\n"
        if !report.goals.isEmpty {
            html += "<h3>Mål (Bilag 2)</h3>\n"
            for check in report.goals {
                html += "<p><strong>\(MarkupText.escaped(check.goal.text))</strong> "
                html += "\(MarkupText.escaped(GoalText.paragraph(check, report: report)))</p>\n"
            }
        }
        html += "<h3>Flag til opfølgning</h3>\n"
        guard !report.flags.isEmpty else { return html + "<p>Ingen flag.</p>\n</section>\n" }
        html += "<p>Tal, der bør ses efter, med grænserne fra pipeline.yml. Alle tal står i flag.csv.</p>\n"
        html += "<table class=\"flags\">\n<thead>\n<tr>"
        html += ["Kommune", "Ydelse", "Flag", "Forklaring"].map { "<th scope=\"col\" class=\"name\">\($0)</th>" }.joined()
        html += "</tr>\n</thead>\n<tbody>\n"
        for flag in report.flags {
            html += "<tr><th scope=\"row\">\(MarkupText.escaped(flag.kommune))</th><td>\(MarkupText.escaped(flag.benefitName))</td>"
            html += "<td>\(MarkupText.escaped(flag.kind.label))</td><td>\(MarkupText.escaped(flag.explanation))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }
}
