import CaseloadKit
import Foundation
import Testing

/// SHA-256 through `ContentHash` (swift-crypto): the test vectors of FIPS 180-4, the same
/// digest however the bytes arrive, and files read in chunks.
@Suite struct SHA256Tests {
    static let millionA = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"

    @Test func knownDigests() {
        #expect(ContentHash.of("".utf8).hex == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(ContentHash.of("abc".utf8).hex == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ContentHash.of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8).hex
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(ContentHash.of([UInt8](repeating: 0x61, count: 1_000_000)).hex == Self.millionA)
        #expect(ContentHash.of("abc".utf8).description == "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func bytesWithoutContiguousStorageGiveTheSameDigest() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        #expect(ContentHash.of(bytes.lazy.map { $0 }).hex == ContentHash.of(bytes).hex)
        #expect(ContentHash.of(Data(bytes)).hex == ContentHash.of(bytes).hex)
    }

    @Test(arguments: [1, 63, 64, 65, 4096, 1 << 20])
    func aFileIsHashedInChunksOfAnySize(chunkSize: Int) throws {
        let url = TestScratch.root.appendingPathComponent("sha-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(repeating: 0x61, count: 1_000_000).write(to: url)
        #expect(try ContentHash.ofFile(at: url, chunkSize: chunkSize).hex == Self.millionA)
    }

    @Test func anEmptyFileHasTheEmptyDigest() throws {
        let url = TestScratch.root.appendingPathComponent("sha-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data().write(to: url)
        #expect(try ContentHash.ofFile(at: url).hex == ContentHash.of([UInt8]()).hex)
    }
}
