#include "batch/document.h"

#include <stdexcept>

#include "core/hash.h"
#include "core/io.h"
#include "core/version.h"
#include "decode/decode.h"
#include "emit/akn.h"
#include "parse/parse.h"

namespace tolk {

Document load_document(const std::string& path, const Rules& rules) {
  Document doc;
  doc.path = path;
  doc.display = path == "-" ? "<stdin>" : path;
  std::string bytes;
  try {
    bytes = read_file_bytes(path);
  } catch (const std::exception& e) {
    doc.diagnostics.push_back(
        {doc.display, 0, 0, std::nullopt, Severity::error, "io.read", e.what()});
    return doc;
  }
  doc.sha256 = sha256_hex(bytes);
  DecodeResult decoded = decode(bytes, doc.display);
  doc.diagnostics = std::move(decoded.diagnostics);
  if (!decoded.text) return doc;
  doc.text = std::move(decoded.text);
  Layout l = layout(*doc.text, rules);
  doc.diagnostics.insert(doc.diagnostics.end(), l.diagnostics.begin(), l.diagnostics.end());
  doc.layout = std::move(l);
  if (doc.layout->blocks.empty()) return doc;
  doc.classification = classify(*doc.layout, rules);
  switch (doc.classification->kind) {
    case DocKind::decision:
      doc.decision = parse_decision(*doc.layout, rules, doc.diagnostics);
      break;
    case DocKind::publication:
      doc.publication = parse_publication(*doc.layout, rules, doc.diagnostics);
      break;
    case DocKind::protocol:
    case DocKind::unknown:
      break;  // generic paragraphs; an unknown kind is not an error
  }
  return doc;
}

void document_akn(const Document& doc, const Rules& rules, pugi::xml_document& out,
                  Diagnostics& diags) {
  const SourceInfo src{doc.display, doc.lang(), doc.sha256, kVersion};
  if (doc.decision) akn_decision(*doc.decision, src, rules, out);
  else if (doc.publication) akn_publication(*doc.publication, src, rules, out);
  else if (doc.protocol) akn_protocol(*doc.protocol, src, rules, out);
  else if (doc.layout) akn_generic(*doc.layout, src, out);
  else akn_generic(Layout{}, src, out);
  Diagnostics unresolved = check_references(out, doc.display);
  diags.insert(diags.end(), unresolved.begin(), unresolved.end());
}

}  // namespace tolk
