/// The catalogue's messages about person-level case periods (`sagsid;kommune;ydelse;fra;til;omfang`).
extension Message {
    /// A masked case id in both languages; `nil` (no id) is `(empty)`.
    private static func caseID(_ masked: String?) -> Message {
        masked.map { Message(en: $0, da: $0) } ?? emptyCaseID
    }

    /// An omfang with more decimals than kept; `case` is the masked case id.
    static func omfangTooManyDecimals(_ text: String, decimals: Int, case masked: String?) -> Message {
        let masked = caseID(masked)
        return Message(en: "omfang \"\(text)\" has more than \(decimals) decimals (case \(masked.en))",
                da: "omfang \"\(text)\" har mere end \(decimals) decimaler (sag \(masked.da))")
    }

    /// An omfang outside (0, 1].
    static func omfangOutOfRange(_ text: String, case masked: String?) -> Message {
        let masked = caseID(masked)
        return Message(en: "omfang \"\(text)\" is outside (0, 1]: it is the share of a full benefit, e.g. 0,5 (case \(masked.en))",
                da: "omfang \"\(text)\" ligger uden for (0, 1]: det er andelen af en fuld ydelse, f.eks. 0,5 (sag \(masked.da))")
    }

    /// A period that ends before it starts.
    static func tilBeforeFra(til: String, fra: String, case masked: String?) -> Message {
        let masked = caseID(masked)
        return Message(en: "til \(til) is before fra \(fra) (case \(masked.en))", da: "til \(til) ligger før fra \(fra) (sag \(masked.da))")
    }
}
