#ifndef CASELOAD_CFILESWAP_H
#define CASELOAD_CFILESWAP_H

/// Atomically exchanges two paths on the same file system (Linux renameat2 with
/// RENAME_EXCHANGE). Returns 0 on success, otherwise -1 with errno set.
int caseload_exchange_paths(const char *first, const char *second);

#endif
