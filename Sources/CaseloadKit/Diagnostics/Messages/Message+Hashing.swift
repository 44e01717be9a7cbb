/// The catalogue's messages about the lock file's fingerprints (SHA-256 of each file).
extension Message {
    /// A file the lock needs a fingerprint of cannot be read to its end.
    public static func fileNotFingerprinted(_ path: String, reason: String, lock: String) -> Message {
        Message(en: "cannot read \(path) to compare it with \(lock) (\(reason))",
                da: "kan ikke læse \(path) for at sammenligne den med \(lock) (\(reason))")
    }

    /// A message that stopped a run before it wrote anything, with that said at its end.
    public static func nothingWritten(after message: Message) -> Message {
        Message(en: "\(message.en); nothing was written", da: "\(message.da); intet er skrevet")
    }
}
