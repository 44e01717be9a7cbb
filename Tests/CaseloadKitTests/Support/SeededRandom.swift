/// A seeded generator (SplitMix64), so that a failing fuzz case can be replayed from its seed.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A random string of `0...maxLength` characters from `alphabet`.
    mutating func string(from alphabet: [Character], maxLength: Int) -> String {
        String((0..<Int.random(in: 0...maxLength, using: &self)).map { _ in alphabet.randomElement(using: &self)! })
    }

    /// `bytes` with a few random flips, insertions and deletions.
    mutating func mutate(_ bytes: [UInt8], interesting: [UInt8]) -> [UInt8] {
        var result = bytes
        for _ in 0..<Int.random(in: 1...4, using: &self) {
            let byte = Bool.random(using: &self) ? interesting.randomElement(using: &self)! : UInt8.random(in: 0...255, using: &self)
            switch Int.random(in: 0..<3, using: &self) {
            case 0 where !result.isEmpty: result[Int.random(in: 0..<result.count, using: &self)] = byte
            case 1: result.insert(byte, at: Int.random(in: 0...result.count, using: &self))
            default: if !result.isEmpty { result.remove(at: Int.random(in: 0..<result.count, using: &self)) }
            }
        }
        return result
    }
}
