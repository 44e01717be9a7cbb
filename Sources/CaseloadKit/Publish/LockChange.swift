/// One way the files differ from the lock: why the results are stale.
public struct LockChange: Equatable, Sendable, CustomStringConvertible {
    /// What changed.
    public enum Kind: String, Sendable {
        /// There is no lock file (or it cannot be read): the results were never recorded.
        case noLock = "no lock file"
        /// pipeline.yml changed.
        case settingsChanged = "settings changed"
        /// Another version of caseload made the results.
        case toolChanged = "tool version changed"
        /// An input that the lock does not list.
        case inputAdded = "input added"
        /// An input in the lock that pipeline.yml no longer reads.
        case inputRemoved = "input removed"
        /// An input whose bytes changed.
        case inputModified = "input modified"
        /// A result file that is not what the run wrote.
        case outputEdited = "output edited by hand"
        /// A result file that is gone.
        case outputMissing = "output missing"
        /// A file or folder in the year folder that caseload did not write.
        case foreignFile = "foreign file in output"
        /// The year folder cannot be listed, so files caseload did not write cannot be found.
        case outputUnlistable = "output folder cannot be listed"

        /// What changed, in both languages.
        public var text: Message {
            switch self {
            case .noLock: .changeNoLock
            case .settingsChanged: .changeSettings
            case .toolChanged: .changeTool
            case .inputAdded: .changeInputAdded
            case .inputRemoved: .changeInputRemoved
            case .inputModified: .changeInputModified
            case .outputEdited: .changeOutputEdited
            case .outputMissing: .changeOutputMissing
            case .foreignFile: .changeForeignFile
            case .outputUnlistable: .changeOutputUnlistable
            }
        }
    }

    /// What changed.
    public let kind: Kind
    /// The file it concerns.
    public let path: String

    /// Creates a change.
    public init(_ kind: Kind, _ path: String) {
        self.kind = kind
        self.path = path
    }

    /// `input modified: Input/budget/ishoej-2017.csv`, in `language`.
    public func rendered(_ language: Language) -> String { "\(kind.text.text(language)): \(VisibleText.escape(path))" }

    /// `input modified: Input/budget/ishoej-2017.csv`.
    public var description: String { rendered(.en) }
}
