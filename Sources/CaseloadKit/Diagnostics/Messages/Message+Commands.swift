/// The catalogue's messages about command-line options.
extension Message {
    /// `--threads` outside the range it takes.
    public static func threadsOutOfRange(_ threads: Int, maximum: Int) -> Message {
        Message(en: "--threads must be from 1 to \(maximum), not \(threads)",
                da: "--threads skal være fra 1 til \(maximum), ikke \(threads)")
    }
}
