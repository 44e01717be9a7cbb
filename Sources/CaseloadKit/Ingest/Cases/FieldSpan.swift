/// Where one CSV field lies in a buffer of bytes, as the record scanner found it.
struct FieldSpan {
    /// The offset of the field's first byte (its opening quote, if quoted).
    var start = 0
    /// The field's text, without the quotes (and, unquoted, without one trailing CR).
    var contentStart = 0
    /// The end of the field's text (exclusive).
    var contentEnd = 0
    /// The line of `start`, counted from the scanned range's first line (1).
    var line = 1
    /// The offset where that line begins (for the column).
    var lineStart = 0
    /// True if the text has `""` that stands for one quote.
    var escaped = false
}
