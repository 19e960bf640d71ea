// The program's one SHA-256 (storage/sha256.h) against the test vectors of FIPS 180-2 (appendix B).
#include "storage/sha256.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using casebook::storage::Sha256;
using casebook::storage::sha256Hex;

namespace {

std::vector<unsigned char> bytesOf(const std::string &text) { return {text.begin(), text.end()}; }

} // namespace

TEST_CASE("SHA-256 gives the FIPS 180-2 digests, whole or fed piece by piece", "[file]")
{
    CHECK(sha256Hex({}) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256Hex(bytesOf("abc")) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const std::string twoBlocks = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    CHECK(sha256Hex(bytesOf(twoBlocks)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");

    Sha256 pieces;
    for (std::size_t i = 0; i < twoBlocks.size(); i += 5)
        pieces.add(twoBlocks.data() + i, std::min<std::size_t>(5, twoBlocks.size() - i));
    CHECK(pieces.hex() == sha256Hex(bytesOf(twoBlocks)));

    Sha256 million;
    const std::string a(1000, 'a');
    for (int i = 0; i < 1000; ++i)
        million.add(a.data(), a.size());
    CHECK(million.hex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}
