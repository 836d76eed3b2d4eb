// decode: bytes of one input file to the Text every later stage reads (see core/text.h).
//
// Promise: valid UTF-8 is taken as UTF-8 (a BOM is dropped); a UTF-16LE/BE BOM selects UTF-16;
// otherwise ICU's charset detector proposes a legacy 8-bit reading (windows-1252 or ISO-8859-1)
// that is accepted only if converting back gives the same bytes. The result is NFC, with CRLF
// and CR turned into LF and form feeds recorded as page starts. Input that is empty, binary
// (NUL bytes), or has no plausible reading gives no Text and an error diagnostic with the byte
// offset of the first problem.
//
// Diagnostic codes: errors decode.empty, decode.too-large (over kMaxDecodeBytes), decode.binary,
// decode.invalid-utf8, decode.invalid-utf16, decode.control-char, decode.unknown-encoding;
// the note decode.legacy-encoding (which 8-bit encoding was read); the warning
// decode.mixed-line-endings.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/diagnostic.h"
#include "core/text.h"

namespace tolk {

// The largest input decode reads: ICU takes 32-bit lengths and NFC may triple a text, and this is
// still a hundred times larger than any steering document.
inline constexpr std::size_t kMaxDecodeBytes = std::size_t{64} << 20;

struct DecodeResult {
  std::optional<Text> text;  // empty when the input cannot be read as text
  Diagnostics diagnostics;   // errors explain an empty `text`; warnings and notes may accompany one
};

DecodeResult decode(std::string_view bytes, std::string_view file);

// The error decode() gives an input of `size` bytes over kMaxDecodeBytes; for a caller that has
// refused such a file without reading it whole (`size_known` false: a stream, read only up to
// the limit).
Diagnostic too_large_diagnostic(std::uintmax_t size, std::string_view file, bool size_known = true);

}  // namespace tolk
