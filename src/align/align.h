// align: the Swedish and the Finnish version of one document, paragraph by paragraph.
//
// Promise: every unit of both sequences is in exactly one link, and links are in order on both
// sides. Units that carry the same structural eId (objective "3)", agenda item "4.2",
// recommendation 2 of a list) are joined first, in order (the longest run of shared eIds); between
// and around them a dynamic-programming search allows 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2 links,
// scored by length (Gale and Church, with the statistics of rules/align/params.tsv) and by shared
// anchors: numbers, dates (ISO), law and section references, acronyms mapped across languages,
// names and the terms of rules/align/lexicon.tsv. The search keeps to a band around the diagonal,
// so time and memory grow about linearly with the documents' length.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/model.h"
#include "core/rules.h"
#include "layout/layout.h"

namespace tolk {

// A paragraph-sized piece of a document, in reading order.
struct AlignUnit {
  std::string eid;      // the unit's eId in the document's XML; "" when it has none
  bool anchor = false;  // the eId comes from structure or a printed number: join on it first
  std::string text;
  LineSpan lines;
};

// The units of a parsed document, or of a layout for a document of unknown kind.
std::vector<AlignUnit> align_units(const Decision& d);
std::vector<AlignUnit> align_units(const Publication& p);
std::vector<AlignUnit> align_units(const Protocol& p);
std::vector<AlignUnit> align_units(const Layout& l);

struct AlignLink {
  std::vector<std::size_t> sv, fi;  // indices into the two unit sequences
  bool anchored = false;            // joined on a shared eId
  double cost = 0;                  // the search's cost of this link (lower is better)
  double similarity = 0;            // shared-anchor similarity, 0..1; -1 when a side has none
  std::string type() const;         // "1-1", "0-1", "2-1", ...
};

struct Alignment {
  std::vector<AlignLink> links;
};

// Anchor tokens of a text in language `lang` ("sv" or "fi"): "n:5956", "d:2025-05-28",
// "law:611/2021", "sec:12a", "acr:SHM", "name:ikonen", "lex:3". Equal tokens mean the same thing in
// both languages.
std::vector<std::string> anchor_tokens(const std::string& text, const std::string& lang,
                                       const Rules& rules);

// Dice similarity of two token lists (as multisets); -1 when either is empty.
double anchor_similarity(const std::vector<std::string>& a, const std::vector<std::string>& b);

Alignment align(const std::vector<AlignUnit>& sv, const std::vector<AlignUnit>& fi,
                const Rules& rules);

}  // namespace tolk
