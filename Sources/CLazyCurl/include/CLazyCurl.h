#ifndef CASELOAD_CLAZYCURL_H
#define CASELOAD_CLAZYCURL_H

#include <stddef.h>

/// The answer to one GET: the HTTP status and body, or why there was none.
typedef struct {
    /// The HTTP status of the last answer (after redirects); 0 if none came.
    long status;
    /// The body (malloc'd; free with caseload_http_answer_free); NULL if empty.
    unsigned char *body;
    /// Bytes in body.
    size_t bodyCount;
    /// The answer's Retry-After header, "" if it had none.
    char retryAfter[64];
    /// 1 when the transfer stopped because no byte came within the idle timeout.
    int timedOut;
    /// libcurl's words for a failed transfer (or dlerror's if libcurl cannot be loaded).
    char error[256];
} caseload_http_answer;

/// GET `url` with `headerCount` extra header lines ("Name: value") through libcurl, which is
/// opened (dlopen) at the first call rather than linked. Gives up when no byte arrives for
/// `idleMilliseconds` or the whole transfer takes longer than `totalMilliseconds`; follows
/// redirects over http and https only.
///
/// Returns 0 when an HTTP answer came (any status), 1 when the transfer failed (`error` says
/// why), 2 when libcurl could not be loaded (`error` holds dlerror's text).
int caseload_http_get(const char *url, const char *const *headers, int headerCount,
                      long idleMilliseconds, long totalMilliseconds, caseload_http_answer *answer);

/// Frees the body of an answer.
void caseload_http_answer_free(caseload_http_answer *answer);

#endif
