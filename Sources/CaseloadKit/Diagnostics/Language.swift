/// The language caseload speaks to people in: run summary, warnings and errors.
///
/// Danish when the locale is Danish (`LANG=da_DK.UTF-8`, or `LC_ALL`/`LC_MESSAGES` set to a
/// Danish locale) or when `--sprog da` is given; English otherwise.
public enum Language: String, Hashable, Sendable, CaseIterable {
    /// English, the default.
    case en
    /// Danish.
    case da

    /// The language the locale variables ask for, in POSIX order of precedence: `LC_ALL`,
    /// then `LC_MESSAGES`, then `LANG`. A locale starting with `da` (`da_DK.UTF-8`, `da`) is
    /// Danish; anything else, or nothing, is English.
    public static func from(environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("da") ? .da : .en
        }
        return .en
    }

    /// The language of a `--sprog` value (`da`, `dansk`, `en`, `engelsk`, `english`), or nil.
    public init?(option: String) {
        switch option.lowercased() {
        case "da", "dansk", "danish": self = .da
        case "en", "engelsk", "english": self = .en
        default: return nil
        }
    }
}
