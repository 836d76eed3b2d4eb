// One input document taken through the stages that exist so far: read, decode, layout.
//
// Promise: never throws for a bad file; a file that cannot be read or decoded comes back with
// error diagnostics and no text, and the caller goes on with the next one.
#pragma once

#include <optional>
#include <string>

#include "core/diagnostic.h"
#include "core/rules.h"
#include "core/text.h"
#include "layout/layout.h"

namespace tolk {

struct Document {
  std::string path;              // as given ("-" for standard input)
  std::optional<Text> text;      // empty when the file could not be read or decoded
  std::optional<Layout> layout;  // present when `text` is
  Diagnostics diagnostics;       // from every stage, in stage order

  bool ok() const { return text.has_value() && !has_errors(diagnostics); }
};

Document load_document(const std::string& path, const Rules& rules);

}  // namespace tolk
