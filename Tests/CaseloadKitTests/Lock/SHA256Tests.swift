import CaseloadKit
import Foundation
import Testing

@Suite struct SHA256Tests {
    @Test func knownDigests() {
        #expect(SHA256.hex("".utf8) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc".utf8) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func feedingInPiecesGivesTheSameDigest() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        var hash = SHA256()
        for size in [1, 63, 64, 65, 200, 607] {
            let start = [0, 1, 64, 128, 193, 393][[1, 63, 64, 65, 200, 607].firstIndex(of: size)!]
            hash.update(bytes[start..<min(start + size, bytes.count)])
        }
        #expect(hash.finalize() == SHA256.hex(bytes))
    }

    @Test func aFileIsHashedInChunks() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sha-\(UUID().uuidString)")
        try Data(repeating: 0x61, count: 1_000_000).write(to: url)
        #expect(SHA256.hex(fileAt: url) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
