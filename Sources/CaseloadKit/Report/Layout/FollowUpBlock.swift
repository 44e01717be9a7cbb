/// One piece of a follow-up section, in the order `FollowUpLayout` decides: the renderers
/// (bilag1.md, rapport.html) only map each block to their markup.
public enum FollowUpBlock: Sendable, Equatable {
    /// A section heading.
    case heading(String)
    /// A paragraph: the sentence before a flag table, or the note that there are no flags.
    case paragraph(String)
    /// One goal of the plan: its text, then how it stands.
    case goal(title: String, paragraph: String)
    /// A table of flags.
    case flags(FlagTable)
}
