#ifndef CASELOAD_CSHA256_H
#define CASELOAD_CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// Compresses `blocks` 64-byte blocks of `data` into the SHA-256 `state` (8 words) with the
/// x86 SHA extensions. Returns 1 if it did; 0 if the CPU lacks them (nothing is changed, and
/// the caller compresses the blocks itself).
int caseload_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
