/// A follow-up renderer's markup: the text of each kind of `FollowUpBlock`. The walk over the
/// blocks is written once, in `render(_:)`; bilag1.md and rapport.html supply only the markup.
protocol FollowUpMarkup {
    /// A section heading.
    static func heading(_ text: String) -> String
    /// A paragraph.
    static func paragraph(_ text: String) -> String
    /// One goal: its text, then how it stands.
    static func goal(title: String, paragraph: String) -> String
    /// A flag table.
    static func table(_ table: FlagTable) -> String
}

extension FollowUpMarkup {
    /// `blocks` in this markup, in order.
    static func render(_ blocks: [FollowUpBlock]) -> String {
        blocks.map { block in
            switch block {
            case .heading(let text): heading(text)
            case .paragraph(let text): paragraph(text)
            case .goal(let title, let text): goal(title: title, paragraph: text)
            case .flags(let flags): table(flags)
            }
        }.joined()
    }
}
