// Facts about single source lines and about the line structure of a whole text, shared by the
// layout passes.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/rules.h"
#include "core/text.h"
#include "core/unicode.h"

namespace tolk {

struct SourceLine {
  std::size_t number = 0;  // 1-based
  std::string_view raw;
  std::string_view text;  // trimmed
  bool blank = true;
  bool page_start = false;  // begins with white space (a PDF page break) or after a form feed
};

std::vector<SourceLine> make_lines(const Text& text);

struct LineMetrics {
  bool double_spaced = false;
  std::size_t wrap_width = 0;
};

LineMetrics measure_lines(const std::vector<SourceLine>& lines, const LayoutParams& params);

// Ends with '.', '!' or '?' (closing quotes and brackets allowed after), and not with an
// abbreviation such as "t.ex." or "esim.".
bool ends_sentence(std::string_view text, const LanguageRules& rules);
// ends_sentence, or ends with ':'.
bool ends_clause(std::string_view text, const LanguageRules& rules);

// RE2's \s: the white space of the patterns that the readers here were written to match.
inline constexpr ByteSet kRegexSpace(" \t\n\f\r");

// A printed number that opens a heading or an item: "1)", "3.", "3.1", "2.1.1", "5.1." (one or
// two digits a part), followed by white space and a capital letter. Returns the label as printed.
std::optional<std::string> leading_number(std::string_view text);

// A table row laid out with runs of spaces: "Juha Jolkkonen   sektordirektör". The first gap must
// come after a short left cell (a name or a label, not a sentence).
struct ColumnCell {
  std::string text;
  std::size_t column = 0;  // character column in `text`
};
std::vector<ColumnCell> space_columns(std::string_view text);
// Cells separated by tabs; empty when the line has no tab between two non-empty cells.
std::vector<ColumnCell> tab_columns(std::string_view text);

bool starts_upper(std::string_view text);
bool starts_lower(std::string_view text);

}  // namespace tolk
