/* digest.h: the message digests of hashlib (and of random's seeding from
 * str and bytes, which hashes with SHA-512), written from their specs:
 * SHA-1, SHA-224/256 and SHA-384/512 (FIPS 180-4) and MD5 (RFC 1321).
 * Plain C, no allocation: a context lives wherever its caller puts it. */
#ifndef UNICONF_MOD_DIGEST_H
#define UNICONF_MOD_DIGEST_H

#include <stddef.h>
#include <stdint.h>

/* X(NAME, DIGEST_SIZE, BLOCK_SIZE): the algorithms, in hashlib's names. */
#define MOD_DIGEST_LIST(X) \
    X(md5, 16, 64)         \
    X(sha1, 20, 64)        \
    X(sha224, 28, 64)      \
    X(sha256, 32, 64)      \
    X(sha384, 48, 128)     \
    X(sha512, 64, 128)

enum mod_digest_alg {
#define X(name, dsize, bsize) MOD_DIGEST_##name,
    MOD_DIGEST_LIST(X)
#undef X
    MOD_DIGEST_COUNT
};

#define MOD_DIGEST_MAX_SIZE 64

typedef struct mod_digest {
    enum mod_digest_alg alg;
    union {
        uint32_t w32[8];
        uint64_t w64[8];
    } h;             /* the chaining value */
    uint64_t total;  /* bytes hashed so far (2^64 bytes is beyond any heap) */
    uint8_t buf[128]; /* a partial block */
    size_t nbuf;
} mod_digest;

/* The name, digest size and block size of ALG. */
const char *mod_digest_name(enum mod_digest_alg alg);
size_t mod_digest_size(enum mod_digest_alg alg);
size_t mod_digest_block_size(enum mod_digest_alg alg);

void mod_digest_init(mod_digest *d, enum mod_digest_alg alg);
void mod_digest_update(mod_digest *d, const void *data, size_t len);
/* Writes the digest to OUT (mod_digest_size bytes); D is not changed, so
 * hashing can go on (hashlib's digest() may be called at any time). */
void mod_digest_final(const mod_digest *d, uint8_t *out);

#endif
