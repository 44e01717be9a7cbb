import Crypto
import Foundation

/// The SHA-256 of some bytes, as the lock file records inputs and results
/// (`sha256:<64 lower-case hex digits>`).
///
/// The digest comes from apple/swift-crypto (BoringSSL's SHA-256 on Linux, with the CPU's
/// SHA instructions where it has them; CryptoKit on Apple's systems): cryptography is not our
/// field, and one well-kept implementation is tested on every machine.
public struct ContentHash: Hashable, Sendable, CustomStringConvertible {
    /// The digest as 64 lower-case hex digits.
    public let hex: String

    private init<Digest: Sequence>(digest: Digest) where Digest.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        hex = String(decoding: text, as: UTF8.self)
    }

    /// The hash of some bytes in memory.
    public static func of<Bytes: Sequence>(_ bytes: Bytes) -> ContentHash where Bytes.Element == UInt8 {
        var hasher = SHA256()
        let handled: Void? = bytes.withContiguousStorageIfAvailable { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        if handled == nil { hasher.update(data: Array(bytes)) }
        return ContentHash(digest: hasher.finalize())
    }

    /// The hash of the bytes given to `hasher` (a result file hashed as it is written).
    static func finished(_ hasher: SHA256) -> ContentHash {
        ContentHash(digest: hasher.finalize())
    }

    /// The hash of bytes in place (a result file as it is written: no copy).
    public static func of(_ bytes: UnsafeRawBufferPointer) -> ContentHash {
        var hasher = SHA256()
        hasher.update(bufferPointer: bytes)
        return ContentHash(digest: hasher.finalize())
    }

    /// The hash of the file at `url`, read in chunks (`ChunkedFile`). A file that cannot be
    /// read to its end throws: the hash of part of a file would pass for the file's.
    public static func ofFile(at url: URL, chunkSize: Int = ChunkedFile.defaultChunkSize) throws(ChunkedFile.Failure) -> ContentHash {
        var hasher = SHA256()
        try ChunkedFile.read(url, chunkSize: chunkSize) { hasher.update(bufferPointer: $0) }
        return ContentHash(digest: hasher.finalize())
    }

    /// `sha256:` and the hex digits, as in the lock file.
    public var description: String { "sha256:\(hex)" }
}
