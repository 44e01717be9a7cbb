/// The catalogue's messages about the diagnostics themselves.
extension Message {
    /// The closing line when more errors were found than are shown.
    static func moreErrorsNotShown(_ count: Int) -> Message {
        Message(en: "… and \(count) more errors not shown", da: "… og \(dk(count)) fejl mere, som ikke er vist")
    }

    /// The closing line when more warnings were found than are shown.
    static func moreWarningsNotShown(_ count: Int) -> Message {
        Message(en: "… and \(count) more warnings not shown", da: "… og \(dk(count)) advarsler mere, som ikke er vist")
    }
}
