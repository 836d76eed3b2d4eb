#include "layout/lines.h"

#include <re2/re2.h>

#include <algorithm>

#include "core/unicode.h"

namespace tolk {

std::vector<SourceLine> make_lines(const Text& text) {
  std::vector<SourceLine> lines;
  std::size_t n = 0;
  for (std::string_view raw : split_lines(text.utf8)) {
    SourceLine l;
    l.number = ++n;
    l.raw = raw;
    l.text = trim(raw);
    l.blank = l.text.empty();
    l.page_start = !l.blank && l.text.data() != raw.data();
    lines.push_back(l);
  }
  for (std::size_t ff : text.form_feed_lines)
    if (ff >= 1 && ff <= lines.size()) lines[ff - 1].page_start = !lines[ff - 1].blank;
  return lines;
}

LineMetrics measure_lines(const std::vector<SourceLine>& lines, const LayoutParams& params) {
  LineMetrics m;
  std::vector<std::size_t> widths;
  std::size_t text_lines = 0, single_gap = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank) continue;
    widths.push_back(char_count(lines[i].text));
    ++text_lines;
    if (i + 2 < lines.size() && lines[i + 1].blank && !lines[i + 2].blank) ++single_gap;
  }
  if (widths.empty()) return m;
  std::sort(widths.begin(), widths.end());
  m.wrap_width = widths[std::min(widths.size() - 1, widths.size() * 9 / 10)];
  m.double_spaced = text_lines >= 4 &&
                    static_cast<double>(single_gap) >=
                        params.double_spaced_min_ratio * static_cast<double>(text_lines) &&
                    m.wrap_width <= params.double_spaced_max_width;
  return m;
}

namespace {
std::string_view strip_closers(std::string_view t) {
  while (!t.empty() && (t.back() == ')' || t.back() == '"' || t.back() == '\'' || t.back() == ']'))
    t.remove_suffix(1);
  // Typographic closing quotes ” and ’ (3 bytes each).
  while (t.size() >= 3 &&
         (t.substr(t.size() - 3) == "\u201D" || t.substr(t.size() - 3) == "\u2019"))
    t.remove_suffix(3);
  return t;
}
}  // namespace

bool ends_sentence(std::string_view text, const LanguageRules& rules) {
  std::string_view t = strip_closers(trim(text));
  if (t.empty()) return false;
  char c = t.back();
  if (c == '!' || c == '?') return true;
  if (c != '.') return false;
  std::size_t sp = t.find_last_of(' ');
  std::string_view last = sp == std::string_view::npos ? t : t.substr(sp + 1);
  while (!last.empty() && (last.front() == '(' || last.front() == '"')) last.remove_prefix(1);
  return rules.abbreviations.count(to_lower(last)) == 0;
}

bool ends_clause(std::string_view text, const LanguageRules& rules) {
  std::string_view t = trim(text);
  return (!t.empty() && t.back() == ':') || ends_sentence(t, rules);
}

std::optional<std::string> leading_number(std::string_view text) {
  // What ^(\d{1,2}(?:\.\d{1,2})*(?:\.|\))?)\s+\p{Lu} matches, read by hand: the label holds no
  // white space and white space must follow it, so it is the text up to the first white space,
  // and either the whole of that reads as a number or there is none. (A regex with a capture
  // costs a search over the whole line, and every line is asked.)
  const std::size_t end = std::min(kRegexSpace.find_in(text), text.size());
  const std::string_view label = text.substr(0, end);
  std::size_t i = 0;
  auto digits = [&] {  // one or two
    std::size_t n = 0;
    while (n < 2 && i < label.size() && label[i] >= '0' && label[i] <= '9') ++i, ++n;
    return n > 0;
  };
  if (!digits()) return std::nullopt;
  while (i + 1 < label.size() && label[i] == '.' && label[i + 1] >= '0' && label[i + 1] <= '9') {
    ++i;
    digits();
  }
  if (i < label.size() && (label[i] == '.' || label[i] == ')')) ++i;
  if (i != label.size() || end == text.size()) return std::nullopt;
  std::size_t j = end;
  while (j < text.size() && kRegexSpace.has(text[j])) ++j;
  if (j == text.size() || !is_upper(next_char(text, j))) return std::nullopt;
  return std::string(label);
}

std::vector<ColumnCell> tab_columns(std::string_view text) {
  if (text.find('\t') == std::string_view::npos) return {};
  std::vector<ColumnCell> cells;
  std::size_t start = 0, col = 0;
  while (start <= text.size()) {
    std::size_t tab = text.find('\t', start);
    std::string_view f =
        text.substr(start, tab == std::string_view::npos ? text.npos : tab - start);
    std::string_view t = trim(f);
    if (!t.empty())
      cells.push_back({std::string(t), col + char_count(f.substr(0, t.data() - f.data()))});
    if (tab == std::string_view::npos) break;
    col += char_count(f) + 1;
    start = tab + 1;
  }
  if (cells.size() < 2) cells.clear();
  return cells;
}

std::vector<ColumnCell> space_columns(std::string_view text) {
  // Most lines have no gap at all: two spaces, or a no-break space, are where one can be.
  if (text.find("  ") == std::string_view::npos && text.find("\u00A0") == std::string_view::npos)
    return {};
  std::vector<ColumnCell> cells;
  std::size_t i = 0, col = 0, cell_start = 0, cell_col = 0;
  std::size_t spaces = 0, gap_start = 0;
  auto push = [&](std::size_t end) {
    std::string_view t = trim(text.substr(cell_start, end - cell_start));
    if (!t.empty()) cells.push_back({std::string(t), cell_col});
  };
  while (i < text.size()) {
    std::size_t at = i;
    char32_t c = next_char(text, i);
    if (c == ' ' || c == 0xA0) {
      if (spaces++ == 0) gap_start = at;
    } else {
      if (spaces >= 2) {
        push(gap_start);
        cell_start = at;
        cell_col = col;
      }
      spaces = 0;
    }
    ++col;
  }
  push(text.size());
  if (cells.size() < 2) return {};
  // The first cell is a name or a label: a few words, no sentence in it.
  const std::string& first = cells.front().text;
  std::size_t words = 1 + static_cast<std::size_t>(std::count(first.begin(), first.end(), ' '));
  char last = first.back();
  if (words > 6 || last == '.' || last == ',' || last == ';' || char_count(first) > 60) return {};
  return cells;
}

bool starts_upper(std::string_view text) {
  return is_upper(first_char(text));
}
bool starts_lower(std::string_view text) {
  return is_lower(first_char(text));
}

}  // namespace tolk
