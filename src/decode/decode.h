// decode: bytes of one input file to the Text every later stage reads (see core/text.h).
//
// Promise: valid UTF-8 is taken as UTF-8 (a BOM is dropped); a UTF-16LE/BE BOM selects UTF-16;
// otherwise ICU's charset detector proposes a legacy 8-bit reading (windows-1252 or ISO-8859-1)
// that is accepted only if converting back gives the same bytes. The result is NFC, with CRLF
// and CR turned into LF and form feeds recorded as page starts. Input that is empty, binary
// (NUL bytes), or has no plausible reading gives no Text and an error diagnostic with the byte
// offset of the first problem.
#pragma once

#include <optional>
#include <string_view>

#include "core/diagnostic.h"
#include "core/text.h"

namespace tolk {

struct DecodeResult {
  std::optional<Text> text;  // empty when the input cannot be read as text
  Diagnostics diagnostics;   // errors explain an empty `text`; warnings and notes may accompany one
};

DecodeResult decode(std::string_view bytes, std::string_view file);

}  // namespace tolk
