#include "batch/document.h"

#include <stdexcept>

#include "core/io.h"
#include "decode/decode.h"

namespace tolk {

Document load_document(const std::string& path, const Rules& rules) {
  Document doc;
  doc.path = path;
  const std::string display = path == "-" ? "<stdin>" : path;
  std::string bytes;
  try {
    bytes = read_file_bytes(path);
  } catch (const std::exception& e) {
    doc.diagnostics.push_back({display, 0, 0, std::nullopt, Severity::error, "io.read", e.what()});
    return doc;
  }
  DecodeResult decoded = decode(bytes, display);
  doc.diagnostics = std::move(decoded.diagnostics);
  if (!decoded.text) return doc;
  doc.text = std::move(decoded.text);
  Layout l = layout(*doc.text, rules);
  doc.diagnostics.insert(doc.diagnostics.end(), l.diagnostics.begin(), l.diagnostics.end());
  doc.layout = std::move(l);
  return doc;
}

}  // namespace tolk
