// Shared pieces of the Akoma Ntoso writers (akn.cpp, akn_publication.cpp). Internal to emit/.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "core/model.h"
#include "emit/akn.h"

namespace tolk::akn {

// An inline element over bytes [begin, end) of a text: <date date="…">28 maj 2025</date>.
struct Mark {
  std::size_t begin = 0, end = 0;
  std::string element;
  std::vector<std::pair<std::string, std::string>> attrs;
};

// Text that XML 1.0 can carry: characters it forbids are replaced by U+FFFD.
std::string xml_safe(std::string_view s);

// Appends `text` to `parent`, wrapping the marked ranges (sorted, not overlapping) in elements.
void append_marked(pugi::xml_node parent, std::string_view text, std::vector<Mark> marks);

// tolk:lines="17-19"; nothing for an empty span.
void set_lines(pugi::xml_node n, LineSpan s);

// A child element with text and optional line span.
pugi::xml_node add_text(pugi::xml_node parent, const char* name, std::string_view text,
                        LineSpan lines = {});

// "Anna-Kaisa Ikonen" -> "anna-kaisa-ikonen": an eId-safe slug (letters kept, ASCII-folded).
std::string slug(std::string_view s);

// The identification block and the root element; returns the root (<act>, <doc>, …).
struct Identity {
  std::string root;          // "act", "doc"
  std::string name;          // the root's @name: "decision", "ministryPublication", …
  std::string work_uri;      // "/akn/fi/act/statute/2025/272"
  std::string work_date;     // ISO date of the Work
  std::string work_date_name;
  std::string expr_date;     // ISO date of the Expression
  std::string expr_date_name;
  std::string author;        // eId of the author's TLC entry (without '#')
  std::string number;        // FRBRnumber, may be empty
  std::vector<std::pair<std::string, std::string>> aliases;  // FRBRalias name, value
};

// References are collected while the body is written and written into <meta> at the end.
class References {
 public:
  // Returns "#eid" for use in refersTo/href, adding the TLC entry on first use.
  std::string add(const std::string& tlc, const std::string& eid, const std::string& show_as);
  void write(pugi::xml_node references) const;

 private:
  struct Entry {
    std::string tlc, eid, show_as;
  };
  std::vector<Entry> entries_;
};

pugi::xml_node begin_document(pugi::xml_document& out, const Identity& id, const SourceInfo& src,
                              References& refs);
// Writes <references> and <proprietary> provenance into the root's <meta>; returns the
// <proprietary> element for writers that add their own machine-readable twins to it.
pugi::xml_node finish_document(pugi::xml_node root, const SourceInfo& src, const References& refs);

}  // namespace tolk::akn
