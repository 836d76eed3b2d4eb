#include "layout/layout.h"

#include <re2/re2.h>

#include <algorithm>
#include <optional>
#include <set>

#include "core/pattern_set.h"
#include "core/unicode.h"
#include "layout/dehyphenate.h"
#include "layout/lines.h"
#include "layout/markup.h"

namespace tolk {

const char* block_kind_name(BlockKind k) {
  switch (k) {
    case BlockKind::paragraph:
      return "paragraph";
    case BlockKind::heading:
      return "heading";
    case BlockKind::list_item:
      return "list-item";
    case BlockKind::table_row:
      return "table-row";
    case BlockKind::toc_entry:
      return "toc-entry";
    case BlockKind::footnote:
      return "footnote";
  }
  return "paragraph";
}

namespace {

// Bytes of characters that are not white space: ASCII but space and controls, continuation
// bytes, and every lead byte that white space does not begin with (kSpaceStart). Copied as they
// are, in runs, which therefore end only where a character does.
constexpr ByteSet kPlain = ByteSet::range(0x21, 0xFF).except(kSpaceStart);

// How far a lead-in line looks for the table it introduces: more rows than a table of attendees
// has before its first one with columns found.
constexpr std::size_t kRowsLookahead = 64;

// A source line as the grouping pass sees it.
struct Line {
  SourceLine* src = nullptr;
  CleanLine clean;
  std::string text;                   // clean.text trimmed
  std::optional<std::string> number;  // leading_number(text)
  std::vector<ColumnCell> cells;      // tab, bold-label or space columns
  bool debris = false;
  bool page_header = false;  // debris: a line of a page header

  bool hard_start() const {
    return clean.heading_level > 0 || clean.bold_only || clean.toc_page || clean.footnote_label ||
           clean.bullet || number || !cells.empty() ||
           (!clean.splits.empty() && clean.splits.front().offset == 0);
  }
};

// Builds one block from lines, remembering which line every byte of its text came from.
class BlockBuilder {
 public:
  bool active() const { return active_; }
  const Block& block() const { return block_; }
  const Line& first() const { return *first_; }
  const Line& last() const { return *last_; }
  bool is_table() const { return !block_.cells.empty(); }
  // Nothing after the last list-item mark yet: "[☒](#)" alone on a line.
  bool ends_with_mark() const {
    return !splits_.empty() && splits_.back().offset == block_.text.size();
  }
  // More '(' than ')' in the text so far. Counted as lines are added, so that a paragraph of a
  // million lines costs a million small steps, not a million scans of the whole paragraph.
  bool unclosed_parenthesis() const { return open_parens_ > close_parens_; }
  // The text so far has ". " in it (a sentence ends inside it). Searched only in what was added
  // since the last question, for the same reason.
  bool has_sentence_break() {
    if (!sentence_break_) {
      const std::size_t from = std::min(sentence_scan_, block_.text.size());
      sentence_break_ = block_.text.find(". ", from == 0 ? 0 : from - 1) != std::string::npos;
      sentence_scan_ = block_.text.size();
    }
    return sentence_break_;
  }

  void start(const Line& l) {
    *this = BlockBuilder();
    active_ = true;
    first_ = &l;
    block_.lines = {l.src->number, l.src->number};
    block_.level = l.clean.heading_level;
    if (l.clean.footnote_label)
      block_.label = *l.clean.footnote_label;
    else if (l.clean.bullet)
      block_.label = *l.clean.bullet;
    else if (l.number)
      block_.label = *l.number;
    if (l.clean.toc_page) block_.page = *l.clean.toc_page;
    for (const auto& c : l.cells) block_.cells.push_back({collapse_spaces(c.text), c.column});
    append(l, /*space=*/false, /*drop_hyphen=*/false);
    // A sentence break is looked for after the printed number: "1. " is none.
    if (!block_.label.empty() && block_.text.rfind(block_.label, 0) == 0)
      sentence_scan_ = block_.label.size() + 1;
  }

  void add(const Line& l, const LineJoin& join) {
    if (!join.keep_hyphen && !block_.text.empty() && block_.text.back() == '-') {
      block_.text.pop_back();
      if (is_table() && !block_.cells.back().text.empty()) block_.cells.back().text.pop_back();
      clamp_marks();  // a mark after the hyphen ("social-[☒](#)") now stands at the end
    }
    if (is_table()) {
      std::string& cell = block_.cells.back().text;
      if (join.space && !cell.empty()) cell += ' ';
      cell += collapse_spaces(l.text);
    }
    append(l, join.space, !join.keep_hyphen);
    block_.lines.last = l.src->number;
  }

  // The finished block, and the list items split off it at check boxes and lost bullets.
  std::vector<Block> finish(std::vector<Explanation>& explain) {
    std::vector<Block> out;
    active_ = false;
    if (splits_.empty()) {
      out.push_back(std::move(block_));
      return out;
    }
    auto piece = [&](std::size_t from, std::size_t to, const std::string& label) {
      Block b;
      std::string_view t = trim(std::string_view(block_.text).substr(from, to - from));
      if (t.empty()) return;
      std::size_t begin = static_cast<std::size_t>(t.data() - block_.text.data());
      b.text = std::string(t);
      b.lines = {line_at(begin), line_at(begin + t.size() - 1)};
      b.label = label;
      for (const auto& f : block_.footnote_refs)
        if (f.offset >= begin && f.offset <= begin + t.size())
          b.footnote_refs.push_back({f.label, f.offset - begin});
      out.push_back(std::move(b));
    };
    Block head = block_;
    piece(0, splits_.front().offset, block_.label);
    if (!out.empty()) {
      out.front().kind = head.kind;
      out.front().level = head.level;
    }
    for (std::size_t k = 0; k < splits_.size(); ++k) {
      std::size_t end = k + 1 < splits_.size() ? splits_[k + 1].offset : block_.text.size();
      std::size_t before = out.size();
      piece(splits_[k].offset, end, splits_[k].label);
      if (out.size() > before) {
        out.back().kind = BlockKind::list_item;
        explain.push_back(
            {out.back().lines.first, "list.split",
             "list item '" + splits_[k].label + "' split off (" + splits_[k].rule + ")"});
      }
    }
    // A line that held only a mark ("[☒](#)" alone, its item's text on the next line) gave an
    // empty piece: the next piece starts on it, so that no source line is lost. A block of marks
    // only gives no piece at all; the caller keeps its lines as debris.
    std::size_t seg = 0, covered = 0;
    for (Block& b : out) {
      while (seg < segs_.size() && segs_[seg].line <= covered) ++seg;
      if (seg < segs_.size()) b.lines.first = std::min(b.lines.first, segs_[seg].line);
      covered = std::max(covered, b.lines.last);
    }
    if (!out.empty()) out.back().lines.last = std::max(out.back().lines.last, block_.lines.last);
    return out;
  }

  // The source lines added to the block, in order.
  std::vector<std::size_t> source_lines() const {
    std::vector<std::size_t> out;
    for (const Seg& s : segs_)
      if (out.empty() || out.back() != s.line) out.push_back(s.line);
    return out;
  }

 private:
  struct Seg {
    std::size_t offset;
    std::size_t line;
  };
  struct SplitAt {
    std::size_t offset;
    std::string label;
    const char* rule;
  };

  std::size_t line_at(std::size_t offset) const {
    auto it = std::upper_bound(segs_.begin(), segs_.end(), offset,
                               [](std::size_t o, const Seg& s) { return o < s.offset; });
    return it == segs_.begin() ? segs_.front().line : std::prev(it)->line;
  }

  void append(const Line& l, bool space, bool /*dropped*/) {
    last_ = &l;
    std::string& t = block_.text;
    const std::size_t appended_from = t.size();
    if (space && !t.empty() && t.back() != ' ') t += ' ';
    segs_.push_back({t.size(), l.src->number});
    // Copy the clean text with white space collapsed, moving marks along with their bytes.
    const std::string& s = l.clean.text;
    std::size_t si = 0, fi = 0;
    const auto& splits = l.clean.splits;
    const auto& refs = l.clean.footnote_refs;
    bool pending_space = false;
    for (std::size_t i = 0; i <= s.size();) {
      while (si < splits.size() && splits[si].offset <= i) {
        if (pending_space && !t.empty() && t.back() != ' ') t += ' ';
        pending_space = false;
        splits_.push_back({t.size(), splits[si].label, splits[si].rule});
        ++si;
      }
      while (fi < refs.size() && refs[fi].offset <= i) {
        block_.footnote_refs.push_back({refs[fi].label, t.size()});
        ++fi;
      }
      if (i == s.size()) break;
      // A run of text up to the next mark, its white space single spaces between words (which
      // collapsing keeps as they are), is copied in one piece.
      auto plain = [](char b) { return kPlain.has(b); };
      if (plain(s[i])) {
        std::size_t limit = s.size();
        if (si < splits.size()) limit = std::min(limit, splits[si].offset);
        if (fi < refs.size()) limit = std::min(limit, refs[fi].offset);
        std::size_t j = i + 1;
        while (j < limit && (plain(s[j]) || (s[j] == ' ' && j + 1 < limit && plain(s[j + 1])))) ++j;
        if (pending_space && !t.empty() && t.back() != ' ') t += ' ';
        pending_space = false;
        t.append(s, i, j - i);
        i = j;
        continue;
      }
      std::size_t at = i;
      char32_t c = next_char(s, i);
      if (is_space(c)) {
        pending_space = true;
        continue;
      }
      if (pending_space && !t.empty() && t.back() != ' ') t += ' ';
      pending_space = false;
      t.append(s, at, i - at);
    }
    while (!t.empty() && t.back() == ' ') t.pop_back();
    const auto added = t.begin() + static_cast<std::ptrdiff_t>(std::min(appended_from, t.size()));
    open_parens_ += static_cast<std::size_t>(std::count(added, t.end(), '('));
    close_parens_ += static_cast<std::size_t>(std::count(added, t.end(), ')'));
    // A mark at the very end stood after a space that has just been trimmed.
    clamp_marks();
  }

  // Marks beyond the end of the text, after the text's end was cut, stand at its end: an offset
  // beyond it would point into the next line's first character once that is appended. Offsets
  // only grow, so only the last marks can be beyond the end.
  void clamp_marks() {
    const std::size_t end = block_.text.size();
    for (auto sp = splits_.rbegin(); sp != splits_.rend() && sp->offset > end; ++sp)
      sp->offset = end;
    auto& refs = block_.footnote_refs;
    for (auto f = refs.rbegin(); f != refs.rend() && f->offset > end; ++f) f->offset = end;
  }

  bool active_ = false;
  Block block_;
  const Line* first_ = nullptr;
  const Line* last_ = nullptr;
  std::vector<Seg> segs_;
  std::vector<SplitAt> splits_;
  std::size_t open_parens_ = 0, close_parens_ = 0;
  std::size_t sentence_scan_ = 0;
  bool sentence_break_ = false;
};

// Text that cannot begin a paragraph: a lower-case letter, a closing bracket, a comma.
bool continues_text(std::string_view s) {
  char32_t c = first_char(s);
  return is_lower(c) || c == '(' || c == ')' || c == ',' || c == ';' || c == '%';
}

bool unclosed_parenthesis(std::string_view s) {
  return std::count(s.begin(), s.end(), '(') > std::count(s.begin(), s.end(), ')');
}

std::size_t word_count(std::string_view s) {
  if (trim(s).empty()) return 0;
  return 1 + static_cast<std::size_t>(std::count(s.begin(), s.end(), ' '));
}

// Page headers: runs of at least two header lines of one language (blank lines between them
// allowed). They become debris; their data fields are kept.
void take_page_headers(std::vector<Line>& lines, const Rules& rules, Layout& out) {
  const auto& hdr = rules.all.page_header;
  if (hdr.empty()) return;
  std::vector<const RE2*> patterns;
  std::vector<const PageHeaderRule*> of_pattern;
  for (const auto& r : hdr) {
    if (!r.re || !r.re->ok()) continue;
    patterns.push_back(r.re.get());
    of_pattern.push_back(&r);
  }
  const PatternSet& set = cached_pattern_set(rules, patterns, /*whole=*/true);
  auto match = [&](const Line& l, const std::string& lang) -> const PageHeaderRule* {
    for (int k : set.matching(l.src->text))
      if (lang.empty() || of_pattern[static_cast<std::size_t>(k)]->lang == lang)
        return of_pattern[static_cast<std::size_t>(k)];
    return nullptr;
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].src->blank || lines[i].debris) continue;
    const PageHeaderRule* first = match(lines[i], "");
    if (!first) continue;
    std::vector<std::pair<std::size_t, const PageHeaderRule*>> run{{i, first}};
    std::size_t j = i + 1;
    while (j < lines.size() && run.size() < rules.layout.page_header_max_lines) {
      if (lines[j].src->blank) {
        ++j;
        continue;
      }
      const PageHeaderRule* r = match(lines[j], first->lang);
      if (!r) break;
      run.push_back({j, r});
      ++j;
    }
    if (run.size() < 2) continue;
    for (auto [k, r] : run) {
      Line& l = lines[k];
      l.debris = true;
      l.page_header = true;
      out.debris.push_back({{l.src->number, l.src->number},
                            std::string(l.src->text),
                            "page header",
                            "debris.page-header"});
      out.explain.push_back({l.src->number, "debris.page-header",
                             "'" + std::string(l.src->text) + "' matches " + r->source});
      if (r->field != "title") {
        std::string value;
        RE2::FullMatch(l.src->text, *r->re, &value);
        out.header_fields.push_back({r->field, std::string(trim(value)), l.src->number, r->source});
      }
    }
    // The text after a page header begins a new page.
    std::size_t next = run.back().first + 1;
    while (next < lines.size() && lines[next].src->blank) ++next;
    if (next < lines.size()) lines[next].src->page_start = true;
    i = run.back().first;
  }
}

bool heading_shaped(const Block& b, const Rules& rules) {
  std::string_view t = b.text;
  if (t.empty() || char_count(t) > rules.layout.heading_max_chars || word_count(t) > 20)
    return false;
  char last = t.back();
  if (last == '.' || last == '!' || last == '?' || last == ';' || last == ',' || last == ')')
    return false;
  std::size_t colon = t.find(": ");
  if (colon != std::string_view::npos) return false;  // "Tid: tisdag …", "Beslut: …"
  const bool has_letter = std::any_of(t.begin(), t.end(), [](char c) {
    return (c & 0x80) || std::isalpha(static_cast<unsigned char>(c));
  });
  return has_letter && (starts_upper(t) || is_digit(first_char(t)));
}

}  // namespace

Layout layout(const Text& text, const Rules& rules) {
  Layout out;
  out.file = text.file;
  std::vector<SourceLine> src = make_lines(text);
  const LineMetrics metrics = measure_lines(src, rules.layout);
  out.double_spaced = metrics.double_spaced;
  out.wrap_width = metrics.wrap_width;
  const LanguageRules& lang = rules.all;

  std::vector<Line> lines(src.size());
  for (std::size_t i = 0; i < src.size(); ++i) lines[i].src = &src[i];
  take_page_headers(lines, rules, out);

  std::vector<std::string_view> raw_lines;
  raw_lines.reserve(src.size());
  for (const Line& l : lines) raw_lines.push_back(l.debris ? std::string_view() : l.src->raw);
  const HyphenEvidence evidence = collect_evidence(raw_lines);

  // A dash that opens a line is a bullet, unless it continues the sentence of the line right
  // above: "… tarvittavista resursseista" + "- siis vaikuttavuudesta …", a dash the wrap put first.
  // It does when that line is plain text that ends in no punctuation, the dash is followed by a
  // lower-case word, and the line after it opens with no dash (two in a row are a list).
  // Blank lines that end a paragraph: one, or two in double-spaced text (one is between lines).
  const std::size_t paragraph_gap = out.double_spaced ? 2 : 1;
  auto opens_with_dash = [](std::string_view t) {
    t = trim(t);
    for (std::string_view dash : {"- ", "– "})
      if (t.starts_with(dash)) return true;
    return false;
  };
  auto dash_continues = [&](std::size_t i, const Line* above, std::size_t blanks_above) {
    const Line& l = lines[i];
    if (!above || blanks_above >= paragraph_gap || !l.clean.bullet || !opens_with_dash(l.src->text))
      return false;
    const CleanLine& a = above->clean;
    if (a.bullet || a.heading_level > 0 || a.bold_only || a.toc_page || a.footnote_label ||
        !a.splits.empty() || above->text.empty())
      return false;
    const char32_t last = last_char(above->text);
    if (!is_letter(last) && !is_digit(last)) return false;
    if (!is_lower(first_char(trim(l.clean.text)))) return false;
    std::size_t blanks = 0;
    for (std::size_t k = i + 1; k < lines.size(); ++k) {
      if (lines[k].src->blank) {
        if (++blanks >= paragraph_gap) break;
        continue;
      }
      if (lines[k].debris) continue;
      return !opens_with_dash(lines[k].src->text);
    }
    return true;
  };
  const Line* above = nullptr;  // the last text line, and the blank lines since
  std::size_t blanks_above = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    Line& l = lines[i];
    if (l.src->blank) {
      ++blanks_above;
      continue;
    }
    if (l.debris) continue;
    l.clean = clean_line(l.src->text);
    if (dash_continues(i, above, blanks_above)) {
      l.clean = clean_line(l.src->text, /*bullets=*/false);
      out.explain.push_back({l.src->number, "markup.dash-continues", std::string(l.src->text)});
    }
    above = &l;
    blanks_above = 0;
    l.text = std::string(trim(l.clean.text));
    for (const std::string& m : l.clean.marks)
      out.explain.push_back({l.src->number, m, std::string(l.src->text)});
    if (l.clean.horizontal_rule || (l.text.empty() && l.clean.splits.empty())) {
      l.debris = true;
      const char* rule = l.clean.horizontal_rule ? "debris.horizontal-rule" : "debris.markup-only";
      out.debris.push_back({{l.src->number, l.src->number},
                            std::string(l.src->text),
                            l.clean.horizontal_rule ? "horizontal rule" : "markup only",
                            rule});
      out.explain.push_back({l.src->number, rule, std::string(l.src->text)});
      above = nullptr;  // a rule or a line of marks: no sentence goes on over it
      continue;
    }
    if (!l.clean.toc_page && !l.clean.bullet && l.clean.splits.empty()) {
      l.number = leading_number(l.text);
      if (!l.clean.bold_lead.empty()) {
        for (const auto& c : l.clean.bold_lead) l.cells.push_back({c, 0});
      } else {
        l.cells = tab_columns(l.clean.text);
        if (l.cells.empty() && !l.number) l.cells = space_columns(l.clean.text);
      }
    }
  }

  std::vector<Block> blocks;
  BlockBuilder b;
  auto flush = [&] {
    if (!b.active()) return;
    std::vector<Block> pieces = b.finish(out.explain);
    if (pieces.empty()) {  // check boxes with no text: markup only
      for (std::size_t n : b.source_lines()) {
        const std::string text(lines[n - 1].src->text);
        out.debris.push_back({{n, n}, text, "markup only", "debris.markup-only"});
        out.explain.push_back({n, "debris.markup-only", text});
      }
    }
    for (Block& blk : pieces) blocks.push_back(std::move(blk));
  };

  // A short line ending in ':' right before a list, a table row or a numbered line introduces
  // them: it starts a block of its own even where blank lines do not separate paragraphs.
  auto lead_in = [&](std::size_t i) {
    const Line& l = lines[i];
    if (l.text.empty() || l.text.back() != ':' || !out.double_spaced) return false;
    for (std::size_t k = i + 1; k < lines.size(); ++k) {
      if (lines[k].src->blank || lines[k].debris) continue;
      return lines[k].hard_start();
    }
    return false;
  };

  // Rows of a table whose columns are one space apart, so that no column split found them:
  // "Anna-Kaisa Brask sosiaalipalvelujohtaja" under "Petri Kananen    hyvinvointialuejohtaja".
  // A block is among rows when it comes right after a row with no paragraph gap between, or when
  // a split here started it. So is a lead-in line ("Alueen edustajat etänä:") after rows, or one
  // that a row with columns follows. Among rows, a line that starts upper case starts the next
  // row, unless the line before it ends a clause or cannot end a row (a comma, a hyphen, an open
  // bracket). Wrapped text goes on lower case, and text after a table is separated from it by a
  // paragraph gap. The blocks among rows but lead-ins become rows of one cell.
  std::set<std::size_t> row_lines;  // the first lines of the blocks among rows
  bool among_rows = false;          // of the block being built
  auto after_rows = [&] {
    return !blocks.empty() &&
           (!blocks.back().cells.empty() || row_lines.count(blocks.back().lines.first));
  };
  // Whether a table row (columns found) comes after line i before a paragraph gap or a line that
  // starts something else: the lead-in of a table whose first rows are one space apart.
  // Looked for a bounded way ahead: a text of lines that all end in ':' costs no more than linear.
  auto rows_follow = [&](std::size_t i) {
    std::size_t blank = 0;
    for (std::size_t k = i + 1; k < lines.size() && k <= i + kRowsLookahead; ++k) {
      if (lines[k].src->blank) {
        if (++blank >= paragraph_gap) return false;
        continue;
      }
      blank = 0;
      if (lines[k].debris) continue;
      if (!lines[k].cells.empty()) return true;
      if (lines[k].hard_start() || !starts_upper(lines[k].text)) return false;
    }
    return false;
  };
  auto start_block = [&](std::size_t i, bool separated, bool by_row_split) {
    const Line& l = lines[i];
    flush();
    const bool lead_in_line = !l.text.empty() && l.text.back() == ':';
    among_rows =
        !l.hard_start() && (by_row_split || (after_rows() && (!separated || lead_in_line)) ||
                            (lead_in_line && rows_follow(i)));
    if (among_rows && !lead_in_line) row_lines.insert(l.src->number);
    b.start(l);
  };
  auto next_row = [&](const Line& p, const Line& l) {
    if (!among_rows || p.text.empty() || !starts_upper(l.text) || l.number) return false;
    if (p.text.back() == ':')  // a lead-in, and a row after it (rows end no sentence)
      return b.block().lines.first == p.src->number && !ends_sentence(l.text, lang);
    const char last = p.text.back();
    return !ends_clause(p.text, lang) && last != ',' && last != '-' &&
           !unclosed_parenthesis(p.text);
  };

  std::size_t gap = 0;  // blank lines since the last text line
  bool rule = false;    // a horizontal rule since the last text line
  for (std::size_t idx = 0; idx < lines.size(); ++idx) {
    Line& l = lines[idx];
    if (l.src->blank) {
      ++gap;
      continue;
    }
    if (l.debris) {  // a page header between two lines of a paragraph does not split it
      rule = rule || l.clean.horizontal_rule;
      // The blank lines around a page header are the page's, not a paragraph gap: only those
      // after it count (a page break after a finished sentence still ends the paragraph).
      if (l.page_header) gap = 0;
      continue;
    }
    const std::size_t this_gap = gap;
    const bool after_rule = rule;
    gap = 0;
    rule = false;
    if (!b.active()) {
      start_block(idx, true, false);
      continue;
    }
    const Line& p = b.last();
    const bool separated = this_gap >= paragraph_gap;
    bool go_on;
    const char* why = nullptr;
    bool row_split = false;
    if (b.ends_with_mark()) {
      go_on = true;
    } else if (l.clean.heading_level > 0) {
      go_on = p.clean.heading_level > 0 &&
              starts_lower(l.text);  // "### 2.1 …," + "#### servicenätverk"
      if (go_on) why = "heading.wrapped";
    } else if (p.clean.heading_level > 0 || p.clean.bold_only || p.clean.toc_page ||
               l.hard_start()) {
      go_on = false;
    } else if (after_rule && ends_sentence(p.text, lang)) {
      go_on = false;  // "… on suuri." + "————" + "Tämä päätös tulee voimaan …", no blank line
      why = "paragraph.rule-ends";
    } else if (this_gap <= 3 && continues_text(l.text) && !ends_sentence(p.text, lang)) {
      // A line that cannot begin a paragraph (lower case, a bracket) after one that did not
      // end a sentence: the blank lines between are extraction debris.
      go_on = true;
      if (separated) why = "paragraph.continues-over-blank";
    } else if (this_gap <= 3 && b.unclosed_parenthesis()) {
      go_on = true;  // "(Institutet …, inkl. det" + "Sjuklighetsindex, …)"
      if (separated) why = "paragraph.open-parenthesis";
    } else if (separated) {
      go_on = false;
    } else if (b.is_table()) {
      go_on = !starts_upper(l.text);  // a wrapped last cell: "… andra vice" + "ordförande"
    } else if (next_row(p, l)) {
      go_on = false;  // "Anna-Kaisa Brask sosiaalipalvelujohtaja" + "Eeva-Liisa Meripaasi …"
      why = "table.next-row";
      row_split = true;
    } else if (l.src->page_start && ends_sentence(p.text, lang) &&
               (starts_upper(l.text) || l.number)) {
      go_on = false;
      why = "paragraph.page-break-ends";
    } else if (!out.double_spaced) {
      // Two spaces at a line end are a markdown line break.
      go_on = !(p.src->raw.size() >= 2 && p.src->raw.substr(p.src->raw.size() - 2) == "  " &&
                starts_upper(l.text));
      if (!go_on)
        why = "paragraph.markdown-line-break";
      else if (l.src->page_start)
        why = "paragraph.page-break-continues";
    } else if (lead_in(idx)) {
      go_on = false;  // "Områdets representanter på plats:" over a list of rows
    } else {
      // A line is full when the next line's first word would not have fitted on it: then the
      // line was wrapped, and the paragraph goes on.
      const std::string_view next_word = std::string_view(l.text).substr(0, l.text.find(' '));
      const double width = static_cast<double>(out.wrap_width);
      const bool full = static_cast<double>(char_count(p.text) + 1 + char_count(next_word)) >
                        rules.layout.full_line_ratio * width;
      const bool long_line =
          static_cast<double>(char_count(p.text)) >= rules.layout.long_line_ratio * width;
      std::string_view body = b.block().text;
      if (body.rfind(b.block().label, 0) == 0) body = trim(body.substr(b.block().label.size()));
      const bool numbered_heading =
          !b.block().label.empty() && !ends_clause(body, lang) && !b.has_sentence_break();
      if (unclosed_parenthesis(p.text))
        go_on = true;  // "(Källa:" + "SK)"
      else if (ends_clause(p.text, lang))
        go_on = full;
      else if (!starts_upper(l.text))
        go_on = true;
      else
        go_on = long_line && !numbered_heading;
      if (l.src->page_start)
        why = go_on ? "paragraph.page-break-continues" : "paragraph.page-break-ends";
    }
    if (why) out.explain.push_back({l.src->number, why, std::string(p.text) + " | " + l.text});
    if (!go_on) {
      start_block(idx, separated, row_split);
      continue;
    }
    LineJoin join = join_lines(p.text, l.text, evidence, lang);
    if (!join.rule.empty()) out.explain.push_back({l.src->number, join.rule, join.detail});
    b.add(l, join);
  }
  flush();

  // Kinds. A short line without a full stop is a heading when what follows is not another such
  // line (a title over a paragraph, a group name over its items; not the lines of an address).
  auto shape = [&](const Block& blk) {
    return blk.kind == BlockKind::paragraph && blk.label.empty() && heading_shaped(blk, rules);
  };
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    Block& blk = blocks[i];
    if (blk.kind == BlockKind::list_item) continue;
    const Line* first = &lines[blk.lines.first - 1];
    const CleanLine& c = first->clean;
    if (c.footnote_label)
      blk.kind = BlockKind::footnote;
    else if (c.toc_page)
      blk.kind = BlockKind::toc_entry;
    else if (c.heading_level > 0 || c.bold_only)
      blk.kind = BlockKind::heading;
    else if (!blk.cells.empty())
      blk.kind = BlockKind::table_row;
    else if (c.bullet || (!c.splits.empty() && c.splits.front().offset == 0))
      blk.kind = BlockKind::list_item;
    else if (first->number && blk.text.rfind(*first->number, 0) == 0) {
      std::string_view body = trim(std::string_view(blk.text).substr(first->number->size()));
      const bool sentence = ends_clause(body, lang) || body.find(". ") != std::string::npos;
      blk.kind =
          !sentence && heading_shaped(blk, rules) ? BlockKind::heading : BlockKind::list_item;
    }
  }
  auto is_row = [&](std::size_t i) {
    return i < blocks.size() && blocks[i].kind == BlockKind::table_row;
  };
  // Rows whose columns are one space apart: "Andreas Blanco Sequeiros direktör". First those the
  // grouping found among rows, so that a lead-in before them is seen as a heading; then one
  // between two rows.
  auto single_cell_row = [&](Block& blk) {
    blk.kind = BlockKind::table_row;
    blk.cells.push_back({blk.text, 0});
    out.explain.push_back({blk.lines.first, "table.single-cell-row", blk.text});
  };
  auto row_shaped = [&](const Block& blk) {
    return blk.kind == BlockKind::paragraph && blk.label.empty() && blk.text.back() != ':';
  };
  for (Block& blk : blocks)
    if (row_shaped(blk) && row_lines.count(blk.lines.first) && !ends_sentence(blk.text, lang))
      single_cell_row(blk);
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    Block& blk = blocks[i];
    if (blk.kind != BlockKind::paragraph || !blk.label.empty()) continue;
    if (row_shaped(blk) && i > 0 && is_row(i - 1) && is_row(i + 1)) {
      single_cell_row(blk);
      continue;
    }
    if (shape(blk) && word_count(blk.text) <= rules.layout.heading_max_words &&
        i + 1 < blocks.size() && !shape(blocks[i + 1]) && blocks[i + 1].kind != BlockKind::heading)
      blk.kind = BlockKind::heading;
  }
  out.blocks = std::move(blocks);
  // Page headers and markup-only lines were taken out in separate passes: debris in line order.
  std::stable_sort(out.debris.begin(), out.debris.end(),
                   [](const Debris& a, const Debris& b) { return a.lines.first < b.lines.first; });
  if (out.blocks.empty()) {
    Diagnostic d;
    d.file = text.file;
    d.severity = Severity::error;
    d.code = "layout.no-text";
    d.message = text.utf8.empty() ? "the file has no text"
                                  : "the file has no text, only white space or markup";
    out.diagnostics.push_back(std::move(d));
  }
  return out;
}

}  // namespace tolk
