import Foundation

/// What an attribute value means, worked out once per spelling and then found again from
/// libxml2's bytes without making a `String` (benefit names, municipality names, grundlag,
/// version).
///
/// A budget XML file repeats its values in the same order: the benefits of every `<budget>`,
/// the municipalities of every year. So the spelling that followed the previous one last time
/// is compared first (one `memcmp`), then the byte-keyed hash table. At most `capacity`
/// spellings are kept: past that the cache starts again empty, so a file of millions of
/// distinct names cannot grow it without bound.
struct AttributeSpellings<Value> {
    private var keys = ByteKeyCache()
    /// The bytes of each spelling, by id (for the comparison with the predicted one).
    private var spellings: [[UInt8]] = []
    private var values: [Value] = []
    /// The id that came after each id last time, or -1.
    private var successors: [Int] = []
    /// The id of the value found last, or -1.
    private var previous = -1

    /// The meaning of the NUL-terminated `value`; `meaning` is asked once per spelling, with
    /// the spelling as a `String`.
    mutating func value(of value: UnsafePointer<UInt8>, meaning: (String) -> Value) -> Value {
        let length = strlen(value)
        let id = find(value, length) ?? insert(value, length, meaning(String(cString: value)))
        if previous >= 0 { successors[previous] = id }
        previous = id
        return values[id]
    }

    private mutating func find(_ value: UnsafePointer<UInt8>, _ length: Int) -> Int? {
        if previous >= 0 {
            let next = successors[previous]
            if next >= 0, spellings[next].count == length, spellings[next].withUnsafeBufferPointer({ stored in
                guard let base = stored.baseAddress else { return true }  // both empty
                return memcmp(base, value, length) == 0
            }) {
                return next
            }
        }
        return keys.find(value, length)
    }

    private mutating func insert(_ value: UnsafePointer<UInt8>, _ length: Int, _ meaning: Value) -> Int {
        if keys.isFull {
            self = AttributeSpellings()
        }
        let id = keys.insert(value, length)
        spellings.append(Array(UnsafeBufferPointer(start: value, count: length)))
        values.append(meaning)
        successors.append(-1)
        return id
    }
}
