// SHA-256; see sha256.h.
#include "sha256.h"

#include <nettle/sha2.h>

#include <array>
#include <cstdint>

namespace casebook::storage {

Sha256::Sha256() : m_ctx(std::make_unique<sha256_ctx>()) { sha256_init(m_ctx.get()); }

Sha256::~Sha256() = default;

void Sha256::add(const void *data, std::size_t size)
{
    sha256_update(m_ctx.get(), size, static_cast<const std::uint8_t *>(data));
}

std::string Sha256::hex()
{
    std::array<std::uint8_t, SHA256_DIGEST_SIZE> digest{};
    sha256_digest(m_ctx.get(), digest.size(), digest.data());
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(2 * digest.size());
    for (const auto byte : digest) {
        out += kHex[byte >> 4];
        out += kHex[byte & 0xF];
    }
    return out;
}

std::string sha256Hex(const std::vector<unsigned char> &bytes)
{
    Sha256 hash;
    hash.add(bytes.data(), bytes.size());
    return hash.hex();
}

} // namespace casebook::storage
