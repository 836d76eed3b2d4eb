#include "core/diagnostic.h"

#include <algorithm>

namespace tolk {

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::note: return "note";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}

std::string format_diagnostic(const Diagnostic& d) {
  std::string out = d.file.empty() ? std::string("<input>") : d.file;
  if (d.line > 0) {
    out += ':' + std::to_string(d.line);
    if (d.column > 0) out += ':' + std::to_string(d.column);
  } else if (d.byte_offset) {
    out += ": byte " + std::to_string(*d.byte_offset);
  }
  out += ": ";
  out += severity_name(d.severity);
  out += " [" + d.code + "]: " + d.message;
  return out;
}

bool has_errors(const Diagnostics& diags) {
  return std::any_of(diags.begin(), diags.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

}  // namespace tolk
