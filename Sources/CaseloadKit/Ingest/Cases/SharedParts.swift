/// The parts of one round and where their results go, shared by the threads of
/// `concurrentPerform`; each thread touches only its own index.
struct SharedParts: @unchecked Sendable {
    let parser: CaseChunkParser
    let parts: [Range<Int>]
    let atEOF: Bool
    let states: UnsafeMutableBufferPointer<CaseWorker>

    func run(_ index: Int) {
        let part = parts[index]
        parser.parse(start: part.lowerBound, end: part.upperBound,
                                  atEOF: atEOF && index == parts.count - 1, worker: &states[index])
    }
}
