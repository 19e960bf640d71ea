// libFuzzer's entry point for one target; CMake compiles this file once per target with
// CASEBOOK_FUZZ_TARGET set to one of the functions in fuzz_targets.h.
#include "fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return casebook::fuzz::CASEBOOK_FUZZ_TARGET(data, size);
}
