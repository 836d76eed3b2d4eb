// One input document taken through every stage: read, decode, layout, classify, parse.
//
// Promise: never throws for a bad file; a file that cannot be read or decoded comes back with
// error diagnostics and no text, and the caller goes on with the next one. Later stages run only
// on what the earlier ones produced.
#pragma once

#include <optional>
#include <string>

#include <pugixml.hpp>

#include "align/align.h"
#include "align/check.h"
#include "classify/classify.h"
#include "core/diagnostic.h"
#include "core/model.h"
#include "core/rules.h"
#include "core/text.h"
#include "layout/layout.h"

namespace tolk {

struct Document {
  std::string path;              // as given ("-" for standard input)
  std::string display;           // for messages: the path, or "<stdin>"
  std::string sha256;            // of the input bytes; empty when they could not be read
  std::optional<Text> text;      // empty when the file could not be read or decoded
  std::optional<Layout> layout;  // present when `text` is
  std::optional<Classification> classification;
  std::optional<Decision> decision;        // when the kind is decision
  std::optional<Publication> publication;  // when the kind is publication
  std::optional<Protocol> protocol;        // when the kind is protocol
  Diagnostics diagnostics;                 // from every stage, in stage order

  bool ok() const { return text.has_value() && !has_errors(diagnostics); }
  DocKind kind() const { return classification ? classification->kind : DocKind::unknown; }
  std::string lang() const { return classification ? classification->lang : std::string(); }
};

Document load_document(const std::string& path, const Rules& rules);

// The same for bytes already in memory: `doc` brings the path and display name.
Document load_document_bytes(std::string_view bytes, Document doc, const Rules& rules);

// The document's Akoma Ntoso XML: the writer of its kind, or generic paragraphs for an unknown
// kind. Unresolved references, which would be tolk's own bug, are added to `diags`.
void document_akn(const Document& doc, const Rules& rules, pugi::xml_document& out,
                  Diagnostics& diags);

// The alignment units of a document: of its parsed model, or of its layout for an unknown kind.
std::vector<AlignUnit> document_units(const Document& doc);

// A document as one side of a bilingual pair, for the consistency check. `generic`: as paragraphs
// of its layout, without its model (the two sides are of different kinds).
PairSide pair_side(const Document& doc, bool generic = false);

// Aligns the Swedish and the Finnish version. Problems with the pair itself (a side that could not
// be read, kinds or languages that do not fit, two documents that do not look like versions of
// each other) are added to `diags`, naming the files.
Alignment align_pair(const Document& sv, const Document& fi, const Rules& rules, Diagnostics& diags);

}  // namespace tolk
