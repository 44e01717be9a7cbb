import ArgumentParser
import CaseloadKit
import Foundation

/// `--sprog da|en`: the language of the summary, warnings and errors. Without it the
/// locale decides (`LANG=da_DK.UTF-8` is Danish), see `Language.from(environment:)`.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("sprog"), help: ArgumentHelp("Language of the summary, warnings and errors: da (dansk) or en (English). Default: from LC_ALL, LC_MESSAGES or LANG.", valueName: "da|en"))
    var sprog: String?

    func validate() throws {
        if let sprog, Language(option: sprog) == nil {
            throw ValidationError(Message.unknownLanguage(sprog).text(Language.from(environment: ProcessInfo.processInfo.environment)))
        }
    }

    /// The language asked for, or the locale's.
    var language: Language {
        sprog.flatMap(Language.init(option:)) ?? Language.from(environment: ProcessInfo.processInfo.environment)
    }
}
