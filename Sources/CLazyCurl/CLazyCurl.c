// GET through libcurl opened with dlopen at the first request, not linked.
//
// Why: linking Foundation's URLSession (FoundationNetworking) makes every start of caseload
// load libcurl and the ~30 libraries under it (TLS, Kerberos, LDAP, ...): about 10 MiB of the
// bare process's 30 MiB resident memory and a third of the dynamic linker's work, for the one
// command (`fetch jobindsats`) that talks to a network. URLSession on Linux is libcurl
// underneath; here the same library is loaded only by that command.
//
// libcurl's ABI is stable (soname libcurl.so.4): the option and info numbers below are those
// of <curl/curl.h>, written out so the build needs no libcurl headers.
#include "CLazyCurl.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef void CURL;
struct curl_slist;

enum {
    OPT_WRITEDATA = 10001, OPT_URL = 10002, OPT_ERRORBUFFER = 10010, OPT_WRITEFUNCTION = 20011,
    OPT_LOW_SPEED_LIMIT = 19, OPT_LOW_SPEED_TIME = 20, OPT_HTTPHEADER = 10023,
    OPT_HEADERDATA = 10029, OPT_FOLLOWLOCATION = 52, OPT_NOSIGNAL = 99,
    OPT_HEADERFUNCTION = 20079, OPT_ACCEPT_ENCODING = 10102, OPT_TIMEOUT_MS = 155,
    OPT_CONNECTTIMEOUT_MS = 156, OPT_PROTOCOLS = 181, OPT_REDIR_PROTOCOLS = 182,
    INFO_RESPONSE_CODE = 0x200002,
    PROTO_HTTP = 1, PROTO_HTTPS = 2,
    CODE_OK = 0, CODE_OPERATION_TIMEDOUT = 28,
    GLOBAL_ALL = 3,
};

static struct {
    int (*global_init)(long);
    CURL *(*easy_init)(void);
    int (*easy_setopt)(CURL *, int, ...);
    int (*easy_perform)(CURL *);
    int (*easy_getinfo)(CURL *, int, ...);
    void (*easy_cleanup)(CURL *);
    struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
    void (*slist_free_all)(struct curl_slist *);
    const char *(*easy_strerror)(int);
    int loaded;
    char failure[256];
} curl;

static pthread_once_t loadOnce = PTHREAD_ONCE_INIT;

static void load(void) {
    // CASELOAD_LIBCURL names a libcurl installed elsewhere (a path or a soname).
    const char *named = getenv("CASELOAD_LIBCURL");
    void *library;
    if (named && named[0]) {
        library = dlopen(named, RTLD_NOW | RTLD_LOCAL);
    } else {
        library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
        if (!library) library = dlopen("libcurl.so", RTLD_NOW | RTLD_LOCAL);
    }
    if (!library) {
        const char *why = dlerror();
        snprintf(curl.failure, sizeof curl.failure, "%s", why ? why : "libcurl.so.4 not found");
        return;
    }
    // POSIX: a function pointer may be converted from dlsym's void *.
    *(void **)&curl.global_init = dlsym(library, "curl_global_init");
    *(void **)&curl.easy_init = dlsym(library, "curl_easy_init");
    *(void **)&curl.easy_setopt = dlsym(library, "curl_easy_setopt");
    *(void **)&curl.easy_perform = dlsym(library, "curl_easy_perform");
    *(void **)&curl.easy_getinfo = dlsym(library, "curl_easy_getinfo");
    *(void **)&curl.easy_cleanup = dlsym(library, "curl_easy_cleanup");
    *(void **)&curl.slist_append = dlsym(library, "curl_slist_append");
    *(void **)&curl.slist_free_all = dlsym(library, "curl_slist_free_all");
    *(void **)&curl.easy_strerror = dlsym(library, "curl_easy_strerror");
    if (!curl.global_init || !curl.easy_init || !curl.easy_setopt || !curl.easy_perform || !curl.easy_getinfo
        || !curl.easy_cleanup || !curl.slist_append || !curl.slist_free_all || !curl.easy_strerror) {
        snprintf(curl.failure, sizeof curl.failure, "%s", "libcurl.so.4 lacks a function caseload needs");
        return;
    }
    // Once, before any thread uses libcurl (curl_global_init is not thread-safe).
    curl.loaded = curl.global_init(GLOBAL_ALL) == CODE_OK;
    if (!curl.loaded) snprintf(curl.failure, sizeof curl.failure, "%s", "libcurl could not be initialised");
}

static size_t appendBody(char *bytes, size_t size, size_t count, void *context) {
    caseload_http_answer *answer = context;
    size_t length = size * count;
    unsigned char *larger = realloc(answer->body, answer->bodyCount + length);
    if (!larger) return 0;  // libcurl stops the transfer with a write error
    memcpy(larger + answer->bodyCount, bytes, length);
    answer->body = larger;
    answer->bodyCount += length;
    return length;
}

// Keeps the last answer's Retry-After (a redirect's headers come first, then the final ones).
static size_t readHeader(char *bytes, size_t size, size_t count, void *context) {
    caseload_http_answer *answer = context;
    size_t length = size * count;
    static const char name[] = "retry-after:";
    if (length >= 5 && strncmp(bytes, "HTTP/", 5) == 0) answer->retryAfter[0] = 0;
    if (length > sizeof name - 1 && strncasecmp(bytes, name, sizeof name - 1) == 0) {
        const char *value = bytes + sizeof name - 1;
        const char *end = bytes + length;
        while (value < end && (*value == ' ' || *value == '\t')) value++;
        while (end > value && (end[-1] == '\r' || end[-1] == '\n' || end[-1] == ' ' || end[-1] == '\t')) end--;
        size_t kept = (size_t)(end - value) < sizeof answer->retryAfter - 1 ? (size_t)(end - value) : sizeof answer->retryAfter - 1;
        memcpy(answer->retryAfter, value, kept);
        answer->retryAfter[kept] = 0;
    }
    return length;
}

int caseload_http_get(const char *url, const char *const *headers, int headerCount,
                      long idleMilliseconds, long totalMilliseconds, caseload_http_answer *answer) {
    memset(answer, 0, sizeof *answer);
    pthread_once(&loadOnce, load);
    if (!curl.loaded) {
        snprintf(answer->error, sizeof answer->error, "%s", curl.failure);
        return 2;
    }
    CURL *handle = curl.easy_init();
    if (!handle) {
        snprintf(answer->error, sizeof answer->error, "%s", "libcurl could not start a request");
        return 1;
    }
    struct curl_slist *list = NULL;
    for (int index = 0; index < headerCount; index++) list = curl.slist_append(list, headers[index]);
    long idleSeconds = (idleMilliseconds + 999) / 1000;
    curl.easy_setopt(handle, OPT_URL, url);
    curl.easy_setopt(handle, OPT_HTTPHEADER, list);
    curl.easy_setopt(handle, OPT_PROTOCOLS, (long)(PROTO_HTTP | PROTO_HTTPS));
    curl.easy_setopt(handle, OPT_REDIR_PROTOCOLS, (long)(PROTO_HTTP | PROTO_HTTPS));
    curl.easy_setopt(handle, OPT_FOLLOWLOCATION, 1L);
    curl.easy_setopt(handle, OPT_ACCEPT_ENCODING, "");
    curl.easy_setopt(handle, OPT_NOSIGNAL, 1L);
    curl.easy_setopt(handle, OPT_CONNECTTIMEOUT_MS, idleMilliseconds);
    curl.easy_setopt(handle, OPT_LOW_SPEED_LIMIT, 1L);
    curl.easy_setopt(handle, OPT_LOW_SPEED_TIME, idleSeconds > 0 ? idleSeconds : 1L);
    curl.easy_setopt(handle, OPT_TIMEOUT_MS, totalMilliseconds);
    curl.easy_setopt(handle, OPT_ERRORBUFFER, answer->error);
    curl.easy_setopt(handle, OPT_WRITEFUNCTION, appendBody);
    curl.easy_setopt(handle, OPT_WRITEDATA, answer);
    curl.easy_setopt(handle, OPT_HEADERFUNCTION, readHeader);
    curl.easy_setopt(handle, OPT_HEADERDATA, answer);
    int code = curl.easy_perform(handle);
    curl.easy_getinfo(handle, INFO_RESPONSE_CODE, &answer->status);
    curl.easy_cleanup(handle);
    curl.slist_free_all(list);
    if (code == CODE_OK) return 0;
    answer->timedOut = code == CODE_OPERATION_TIMEDOUT;
    if (answer->error[0] == 0) snprintf(answer->error, sizeof answer->error, "%s", curl.easy_strerror(code));
    return 1;
}

void caseload_http_answer_free(caseload_http_answer *answer) {
    free(answer->body);
    answer->body = NULL;
    answer->bodyCount = 0;
}
