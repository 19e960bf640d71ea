// SHA-256, one implementation for the whole program: the attachments' bytes (kept with their hash,
// checked by `check` and before a packet ships them) and imported files (kept with their import).
// Nettle's, which uses the processor's SHA instructions when it has them (docs/performance.md).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

struct sha256_ctx;

namespace casebook::storage {

// SHA-256 fed piece by piece.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;
    void add(const void *data, std::size_t size);
    std::string hex(); // lowercase hex of everything added; ends the hash

private:
    std::unique_ptr<sha256_ctx> m_ctx;
};

// The SHA-256 of the bytes, lowercase hex.
std::string sha256Hex(const std::vector<unsigned char> &bytes);

} // namespace casebook::storage
