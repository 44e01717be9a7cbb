/// The catalogue's messages about the lock file's fingerprints (SHA-256 of each file).
extension Message {
    /// A file the lock needs a fingerprint of cannot be read to its end.
    public static func fileNotFingerprinted(_ path: String, reason: String, lock: String) -> Message {
        Message(en: "cannot read \(path) to compare it with \(lock) (\(reason))",
                da: "kan ikke læse \(path) for at sammenligne den med \(lock) (\(reason))")
    }

    /// An input changed while a forced run read it and hashed it for the lock.
    public static func fileChangedWhileRead(_ path: String, lock: String) -> Message {
        Message(en: "\(path) changed while the run read it, so the results could not be matched with \(lock); run again",
                da: "\(path) blev ændret, mens kørslen læste den, så resultaterne kunne ikke knyttes til \(lock); kør igen")
    }

    /// A message that stopped a run before it wrote anything, with that said at its end.
    public static func nothingWritten(after message: Message) -> Message {
        Message(en: "\(message.en); nothing was written", da: "\(message.da); intet er skrevet")
    }
}
