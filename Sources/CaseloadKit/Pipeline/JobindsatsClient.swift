import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// GET requests to the Jobindsats API with Foundation's URLSession (no other HTTP library):
/// the token goes only into the `Authorization` header, never into a URL, a file or a message.
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
    }

    /// The API's root, e.g. `https://api.jobindsats.dk/v3`.
    let baseURL: URL
    /// The key, sent as `Authorization: Bearer <token>`.
    let token: String
    /// Seconds to wait for an answer (between bytes, as URLSession counts).
    let timeout: TimeInterval

    /// The body of a successful (2xx) answer to GET `url`.
    func get(_ url: URL) throws(Failure) -> Data {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = max(timeout * 4, 60)
        configuration.urlCache = nil
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        let answer = Answer()
        let done = DispatchSemaphore(value: 0)
        session.dataTask(with: request) { data, response, error in
            answer.set(data: data, response: response, error: error)
            done.signal()
        }.resume()
        done.wait()
        return try answer.result()
    }

    /// What the session's completion handler gave, kept for the waiting thread.
    private final class Answer: @unchecked Sendable {
        private let lock = NSLock()
        private var data: Data?
        private var response: URLResponse?
        private var error: Error?

        func set(data: Data?, response: URLResponse?, error: Error?) {
            lock.lock()
            defer { lock.unlock() }
            (self.data, self.response, self.error) = (data, response, error)
        }

        func result() throws(Failure) -> Data {
            lock.lock()
            defer { lock.unlock() }
            if let error {
                let code = (error as? URLError)?.code
                if code == .timedOut { throw .timeout }
                throw .network((error as NSError).localizedDescription)
            }
            guard let http = response as? HTTPURLResponse else { throw .network("no HTTP answer") }
            switch http.statusCode {
            case 200..<300: return data ?? Data()
            case 401, 403: throw .unauthorized(http.statusCode)
            case 429: throw .rateLimited(retryAfter: http.value(forHTTPHeaderField: "Retry-After"))
            case 500..<600: throw .serverError(http.statusCode)
            default: throw .status(http.statusCode)
            }
        }
    }
}
