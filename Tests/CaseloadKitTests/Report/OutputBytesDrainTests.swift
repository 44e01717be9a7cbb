@testable import CaseloadKit
import Foundation
import Testing

/// A draining buffer hands its bytes to its sink as it fills, whole appends only: the sink
/// gets the same bytes a buffer that keeps everything holds, however small the buffer.
@Suite struct OutputBytesDrainTests {
    private static func build(_ out: inout OutputBytes) {
        for index in 0..<200 {
            out.append("<td class=\"n\">")
            out.appendDecimal(Int128(index) * 123_456_789 - 5_000, decimals: 2, format: .danish)
            out.appendEscaped("Løn <&> 'x' \u{FFFE}")
            out.append(byte: UInt8(ascii: "\n"))
            out.append(index)
        }
    }

    @Test func drainedBytesAreTheBytesKept() {
        var kept = OutputBytes()
        Self.build(&kept)
        for size in [1, 7, 64, 4096] {
            let sink = MemorySink()
            var drained = OutputBytes(drainingInto: sink, bufferSize: size)
            Self.build(&drained)
            #expect(drained.count < size + 64)  // the mark plus at most one append
            drained.drain()
            #expect(drained.count == 0)
            #expect(sink.data == kept.data, "buffer of \(size) bytes")
        }
    }

    @Test func aBufferWithoutSinkKeepsItsBytesOnDrain() {
        var out = OutputBytes()
        out.append("abc")
        out.drain()
        #expect(out.string == "abc")
    }
}
