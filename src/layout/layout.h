// layout: decoded text with PDF-extraction debris to a flow of blocks (paragraphs, headings,
// list items, table rows, contents entries, footnotes).
//
// Promise: every non-blank source line ends up inside the line span of exactly one block or in
// the debris list with a reason; blocks and debris are in source order. Block text is cleaned
// (hard wraps joined, words hyphenated at line ends rejoined, markup removed, runs of white space
// made one space) but otherwise as written: numbers and punctuation stay. Every decision that
// changes the text (a hyphen dropped or kept, a line taken out as debris, a paragraph split at a
// page break) is listed in `explain` with the rule that made it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/rules.h"
#include "core/text.h"

namespace tolk {

enum class BlockKind { paragraph, heading, list_item, table_row, toc_entry, footnote };

const char* block_kind_name(BlockKind k);  // "paragraph", "heading", "list-item", ...

// A footnote reference (<sup>1</sup>) taken out of the text; `offset` is the byte offset in
// Block::text where it stood.
struct FootnoteRef {
  std::string label;
  std::size_t offset = 0;
};

// One cell of a table row; `column` is the 0-based character column where it starts in its
// first source line, so that the columns of a two-column block can be told apart.
struct Cell {
  std::string text;
  std::size_t column = 0;
};

struct Block {
  BlockKind kind = BlockKind::paragraph;
  std::string text;
  LineSpan lines;
  // The printed number of a numbered heading or item ("1)", "3.1", "2.1.1"), a bullet or
  // check-box mark ("-", "☒") taken out of the text, or a footnote's number.
  std::string label;
  std::size_t level = 0;     // heading level given by markdown '#' marks; 0 when unknown
  std::vector<Cell> cells;   // table rows only
  std::string page;          // contents entries only: the page number
  std::vector<FootnoteRef> footnote_refs;
};

// Source lines taken out of the flow, with why.
struct Debris {
  LineSpan lines;
  std::string text;
  std::string reason;  // for people: "page header", "horizontal rule", ...
  std::string rule;    // rule id, as in Explanation::rule
};

// Data kept from a page header before it was taken out ("case_number", "VN/29738/2024").
struct HeaderField {
  std::string field;
  std::string value;
  std::size_t line = 0;
  std::string rule;  // the rules file and line that matched
};

struct Explanation {
  std::size_t line = 0;
  std::string rule;    // "dehyphen.keep.suspended", "debris.page-header", ...
  std::string detail;  // "social- + och -> social- och"
};

struct Layout {
  std::string file;
  std::vector<Block> blocks;
  std::vector<Debris> debris;
  std::vector<HeaderField> header_fields;
  std::vector<Explanation> explain;
  Diagnostics diagnostics;
  bool double_spaced = false;  // a blank line after every line: blank lines do not end paragraphs
  std::size_t wrap_width = 0;  // characters; the width the text was hard-wrapped at
};

Layout layout(const Text& text, const Rules& rules);

}  // namespace tolk
