import Foundation

/// What a path is, found without opening it (opening a FIFO would block).
enum FileKind: Equatable {
    case missing
    case file
    case folder
    /// Something else, described for a message: "a FIFO (named pipe)", "a device".
    case other(Message)

    /// The kind of `url`, following symbolic links.
    static func of(_ url: URL) -> FileKind {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        case S_IFIFO: return .other(.kindFIFO)
        case S_IFCHR, S_IFBLK: return .other(.kindDevice)
        case S_IFSOCK: return .other(.kindSocket)
        default: return .other(.kindNotRegular)
        }
    }
}
