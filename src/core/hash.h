// Content hashes, for provenance: which bytes an output was made from.
#pragma once

#include <string>
#include <string_view>

namespace tolk {

// SHA-256 of `data` as 64 lower-case hex digits (OpenSSL's libcrypto).
std::string sha256_hex(std::string_view data);

}  // namespace tolk
