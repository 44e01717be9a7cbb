import CaseloadKit
import Foundation
import Testing

/// `ChunkedFile`: every byte once, in order; a file that cannot be read is an error with the
/// system's reason, never a short or empty file.
@Suite struct ChunkedFileTests {
    @Test func theChunksAreTheFileInOrder() throws {
        let url = TestScratch.root.appendingPathComponent("chunks-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        let bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try Data(bytes).write(to: url)
        var read: [UInt8] = []
        var sizes: [Int] = []
        try ChunkedFile.read(url, chunkSize: 4096) { chunk in
            read += chunk
            sizes.append(chunk.count)
        }
        #expect(read == bytes)
        #expect(sizes == [4096, 4096, 1808])
    }

    @Test func aMissingFileIsAnError() {
        let url = TestScratch.root.appendingPathComponent("missing-\(UUID().uuidString)")
        #expect(throws: ChunkedFile.Failure(reason: "No such file or directory")) {
            try ChunkedFile.read(url) { _ in }
        }
    }

    @Test func aFolderIsAnError() {
        #expect(throws: ChunkedFile.Failure(reason: "Is a directory")) {
            try ChunkedFile.read(TestScratch.root) { _ in }
        }
    }

    @Test func aReadErrorPartWayIsAnError() {
        // Opening succeeds; reading at offset 0 fails (the page is not mapped), as a failing
        // disk would. Root reads every file, so this is the read error a test can make.
        var chunks = 0
        #expect(throws: ChunkedFile.Failure(reason: "Input/output error")) {
            try ChunkedFile.read(URL(fileURLWithPath: "/proc/self/mem")) { _ in chunks += 1 }
        }
        #expect(chunks == 0)
    }
}
