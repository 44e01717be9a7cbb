/// A command with `--sprog`: `CommandLineTool` renders the error it throws in the language
/// it chose (without the option, the locale's; see `LanguageOption`).
protocol ChoosesLanguage {
    /// The `--sprog` option.
    var sprog: LanguageOption { get }
}
