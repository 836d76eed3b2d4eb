// Markdown and HTML debris on one line of extracted text (the publication was turned from PDF
// into markdown): what the marks meant is kept as data, the marks themselves are removed.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "layout/layout.h"

namespace tolk {

struct CleanLine {
  std::string text;  // marks removed; inner spacing and tabs kept (they separate columns)
  std::size_t heading_level = 0;      // "## x" gives 2
  bool bold_only = false;             // the whole line was bold: "**Presentationsblad**"
  bool horizontal_rule = false;       // "---", "————", a markdown table rule
  std::optional<std::string> toc_page;         // a dot-leader contents line: its page number
  std::optional<std::string> footnote_label;   // the line is footnote N's text
  // Where a list item begins inside `text`: a check box ("[☒](#)", "<a href="#">☒</a>"), or on a
  // bullet line a gap of two or more spaces before a capital (the bullets between were lost).
  struct Split {
    std::size_t offset = 0;
    std::string label;  // the check-box glyph or bullet
    const char* rule = "";
  };
  std::vector<Split> splits;
  std::optional<std::string> bullet;           // "-" or "•" that opened the line (removed)
  std::vector<FootnoteRef> footnote_refs;      // offsets in `text`
  // A line opening with a bold label, split into labels and values:
  // "**ISBN PDF** 978-… **ISSN PDF** 1797-…" gives four cells. Empty otherwise.
  std::vector<std::string> bold_lead;
  std::vector<std::string> marks;              // ids of the markup rules that fired, in order
};

// `bullets`: whether a dash or bullet glyph that opens the line opens a list item. The layout
// passes false for a line whose dash continues the sentence of the line above ("resursseista" +
// "- siis vaikuttavuudesta"): the dash is then text.
CleanLine clean_line(std::string_view raw, bool bullets = true);

}  // namespace tolk
