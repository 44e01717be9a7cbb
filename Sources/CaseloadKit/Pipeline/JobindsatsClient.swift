import CLazyCurl
import Foundation

/// GET requests to the Jobindsats API through libcurl (what URLSession uses on Linux), opened
/// at the first request rather than linked, so no other command loads it and the ~30
/// libraries under it (see `CLazyCurl.c`): the token goes only into the `Authorization`
/// header, never into a URL, a file or a message.
struct JobindsatsClient {
    /// Why a request gave no usable answer; each case becomes one message saying what to do.
    enum Failure: Error, Equatable {
        /// 401 or 403: the key is wrong or has expired.
        case unauthorized(Int)
        /// 429: too many requests; `retryAfter` seconds if the API says.
        case rateLimited(retryAfter: String?)
        /// 5xx: the API failed.
        case serverError(Int)
        /// Another status (404: an unknown table, say).
        case status(Int)
        /// No answer within the timeout.
        case timeout
        /// The connection could not be made, or broke off; the system's words.
        case network(String)
        /// libcurl could not be opened (not installed, or CASELOAD_LIBCURL names no library).
        case libcurlMissing(String)
    }

    /// The API's root, e.g. `https://api.jobindsats.dk/v3`.
    let baseURL: URL
    /// The key, sent as `Authorization: Bearer <token>`.
    let token: String
    /// Seconds to wait for an answer (for the connection, and between bytes: libcurl gives up
    /// when less than a byte a second arrives for that long); the whole transfer may take
    /// four times as long, at least a minute.
    let timeout: TimeInterval

    /// The body of a successful (2xx) answer to GET `url`.
    func get(_ url: URL) throws(Failure) -> Data {
        let headers = ["Authorization: Bearer \(token)", "Accept: application/json"]
        var answer = caseload_http_answer()
        defer { caseload_http_answer_free(&answer) }
        let idle = Int((timeout * 1000).rounded(.up))
        let total = Int((max(timeout * 4, 60) * 1000).rounded(.up))
        let outcome = withCStrings(headers) { lines in
            caseload_http_get(url.absoluteString, lines, Int32(lines.count), idle, total, &answer)
        }
        if outcome == 2 { throw .libcurlMissing(Self.text(of: &answer.error)) }
        if outcome != 0 {
            if answer.timedOut != 0 { throw .timeout }
            throw .network(Self.text(of: &answer.error))
        }
        let body = answer.body.map { Data(bytes: $0, count: answer.bodyCount) } ?? Data()
        switch answer.status {
        case 200..<300: return body
        case 401, 403: throw .unauthorized(answer.status)
        case 429:
            let retryAfter = Self.text(of: &answer.retryAfter)
            throw .rateLimited(retryAfter: retryAfter.isEmpty ? nil : retryAfter)
        case 500..<600: throw .serverError(answer.status)
        default: throw .status(answer.status)
        }
    }

    /// `body` with `strings` as an array of C strings, valid only during the call.
    private func withCStrings<Result>(_ strings: [String], _ body: ([UnsafePointer<CChar>?]) -> Result) -> Result {
        let copies = strings.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        return body(copies.map { UnsafePointer($0) })
    }

    /// The text of a NUL-terminated C character array held in a struct (a Swift tuple).
    private static func text<Tuple>(of tuple: inout Tuple) -> String {
        withUnsafeBytes(of: &tuple) { bytes in
            String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
        }
    }
}
