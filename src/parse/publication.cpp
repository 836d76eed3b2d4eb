// The ministry publication parser (a publication series such as STM 2024:6): the series and
// number, the identifiers (ISBN, ISSN, URN), the title, the description sheets (Swedish,
// Finnish, English), the table of contents checked against the headings, the numbered objectives
// with their background and indicators, and the footnotes.
//
// The structure comes from printed section numbers ("2.1", "2.1.2"), never from markdown heading
// levels or positions: the PDF conversion gives one logical level different levels. The words
// that mark each part are in rules/<lang>/publication.tsv (its header documents the format),
// read here with read_rule_file() because the rules loader does not know the file.
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/unicode.h"
#include "parse/dates.h"
#include "parse/parse.h"

namespace tolk {

namespace {

// ---- Text helpers -------------------------------------------------------------------------------

bool is_alnum(char32_t c) {
  return is_letter(c) || is_digit(c);
}

std::string fold(std::string_view s) {
  return to_lower(collapse_spaces(s));
}

// A block's or a cell's text as a label: folded, without a trailing colon.
std::string label_key(std::string_view s) {
  std::string_view t = trim(s);
  while (!t.empty() && t.back() == ':') t = trim_end(t.substr(0, t.size() - 1));
  return fold(t);
}

// The number of bytes at the start of `text` that spell `key` (folded: lower case, single
// spaces), ignoring case and treating a run of white space as one space; nullopt when they don't.
std::optional<std::size_t> folded_prefix(std::string_view text, std::string_view key) {
  std::size_t i = 0, j = 0;
  while (j < key.size()) {
    if (key[j] == ' ') {
      bool any = false;
      while (i < text.size()) {
        std::size_t m = i;
        if (!is_space(next_char(text, m))) break;
        i = m;
        any = true;
      }
      if (!any) return std::nullopt;
      ++j;
      continue;
    }
    if (i >= text.size()) return std::nullopt;
    if (const unsigned char b = static_cast<unsigned char>(text[i]);
        b < 0x80) {  // no ICU for ASCII
      if (key[j] != ascii_lower(static_cast<char>(b))) return std::nullopt;
      ++i;
      ++j;
      continue;
    }
    std::size_t m = i;
    next_char(text, m);
    const std::string low = to_lower(text.substr(i, m - i));
    if (low.empty() || key.compare(j, low.size(), low) != 0) return std::nullopt;
    i = m;
    j += low.size();
  }
  return i;
}

// The byte at which the code point ending at `i` begins (valid UTF-8).
std::size_t prev_boundary(std::string_view s, std::size_t i) {
  if (i == 0) return 0;
  --i;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

bool letter_or_digit_before(std::string_view s, std::size_t i) {
  if (i == 0) return false;
  std::size_t p = prev_boundary(s, i);
  return is_alnum(next_char(s, p));
}

bool letter_or_digit_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return false;
  return is_alnum(next_char(s, i));
}

struct Span {
  std::size_t begin = 0, end = 0;
};

// The first place where `key` (folded) begins a word of `text`.
std::optional<Span> find_word_start(std::string_view text, std::string_view key) {
  if (key.empty()) return std::nullopt;
  for (std::size_t i = 0; i < text.size();) {
    if (!letter_or_digit_before(text, i)) {
      if (auto n = folded_prefix(text.substr(i), key)) return Span{i, i + *n};
    }
    next_char(text, i);
  }
  return std::nullopt;
}

std::u32string code_points(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) out.push_back(next_char(s, i));
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  const std::u32string x = code_points(a), y = code_points(b);
  std::vector<std::size_t> row(y.size() + 1);
  for (std::size_t j = 0; j <= y.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= x.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= y.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[y.size()];
}

std::string digits_of(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c >= '0' && c <= '9') out += c;
  return out;
}

bool has_letter(std::string_view s) {
  for (std::size_t i = 0; i < s.size();)
    if (is_letter(next_char(s, i))) return true;
  return false;
}

std::string quote(std::string_view s) {
  constexpr std::size_t kMax = 80;
  std::string t(s);
  if (char_count(t) > kMax) {
    std::size_t i = 0;
    for (std::size_t n = 0; n < kMax && i < t.size(); ++n) next_char(t, i);
    t = t.substr(0, i) + "…";
  }
  return "'" + t + "'";
}

// ---- Vocabulary (rules/<lang>/publication.tsv) --------------------------------------------------

struct Term {
  std::string text;   // as written in the rules file
  std::string key;    // folded
  std::string value;  // the third column of a name map: "STM", "THL", "sv"
  std::string lang;
  std::string source;  // "rules/sv/publication.tsv:12"
};

constexpr std::string_view kSheetFields[] = {"date",     "title", "series",   "publisher", "author",
                                             "language", "pages", "abstract", "keywords"};
constexpr std::string_view kIdFields[] = {"isbn", "issn", "urn"};
constexpr std::string_view kStructureLabels[] = {"sheet", "toc", "background", "indicators"};
constexpr std::string_view kPhrases[] = {"indicators-intro", "series-word", "sotkanet",
                                         "assessment"};
constexpr std::string_view kNameMaps[] = {"ministry", "body", "language-name"};

template <std::size_t N>
bool one_of(const std::string_view (&set)[N], std::string_view s) {
  return std::find(std::begin(set), std::end(set), s) != std::end(set);
}

bool is_value_field(std::string_view f) {
  return one_of(kSheetFields, f) || one_of(kIdFields, f);
}

struct Vocab {
  std::map<std::string, std::vector<Term>> fields;
  std::vector<std::string> sheet_langs;  // languages with a `sheet` label, in code order
  std::size_t longest_key = 0;           // bytes of the longest Term::key

  // Every term with its field, in the order of `fields` and of each field's terms: the order in
  // which a search takes the first that fits. Made by index(); they point into `fields`, which
  // a move keeps where they are, and which is not changed after.
  struct Entry {
    const std::string* field;
    const Term* term;
  };
  std::unordered_map<std::string, std::vector<Entry>, StringHash, std::equal_to<>> by_key;
  // The terms of value fields, all of them and by the first byte of their key: a text that
  // begins with an ASCII byte can begin only with a key whose first byte is that byte lowered
  // (keys are lower case); one that begins outside ASCII with any (U+212A KELVIN SIGN lowers
  // to "k").
  std::vector<Entry> value_terms;
  std::array<std::vector<Entry>, 128> value_terms_by_ascii_first;

  void index() {
    for (const auto& [field, terms] : fields)
      for (const Term& t : terms) {
        by_key[t.key].push_back({&field, &t});
        if (!is_value_field(field) || t.key.empty()) continue;
        value_terms.push_back({&field, &t});
        if (const auto first = static_cast<unsigned char>(t.key[0]); first < 0x80)
          value_terms_by_ascii_first[first].push_back({&field, &t});
      }
  }
  // The value terms a text beginning with `first` can begin with, in search order.
  const std::vector<Entry>& value_terms_for(char first) const {
    const auto b = static_cast<unsigned char>(ascii_lower(first));
    return b < 0x80 ? value_terms_by_ascii_first[b] : value_terms;
  }

  const std::vector<Term>& of(const std::string& field) const {
    static const std::vector<Term> kNone;
    auto it = fields.find(field);
    return it == fields.end() ? kNone : it->second;
  }
};

std::string display_path(const std::filesystem::path& dir, const std::filesystem::path& p) {
  std::error_code ec;
  auto rel = std::filesystem::relative(p, dir.parent_path(), ec);
  return ec || rel.empty() ? p.string() : rel.string();
}

Diagnostic rules_error(std::string file, std::size_t line, std::string code, std::string msg) {
  Diagnostic d;
  d.file = std::move(file);
  d.line = line;
  d.severity = Severity::error;
  d.code = std::move(code);
  d.message = std::move(msg);
  return d;
}

Vocab load_vocab(const Rules& rules, Diagnostics& diags) {
  Vocab v;
  for (const auto& [code, lang] : rules.languages) {
    const std::filesystem::path p = rules.dir / code / "publication.tsv";
    std::error_code ec;
    if (!std::filesystem::exists(p, ec)) continue;
    const std::string shown = display_path(rules.dir, p);
    std::vector<RuleLine> lines;
    try {
      lines = read_rule_file(p, diags);
    } catch (const std::exception& e) {
      diags.push_back(rules_error(shown, 0, "rules.io", e.what()));
      continue;
    }
    for (const RuleLine& r : lines) {
      const std::string field = r.fields.empty() ? "" : r.fields[0];
      const bool labelish =
          is_value_field(field) || one_of(kStructureLabels, field) || one_of(kPhrases, field);
      const bool name_map = one_of(kNameMaps, field);
      if (!labelish && !name_map) {
        diags.push_back(rules_error(shown, r.line, "rules.unknown-field",
                                    "unknown field '" + field + "' (see the file's header)"));
        continue;
      }
      if ((labelish && r.fields.size() != 2) || (name_map && r.fields.size() != 3)) {
        diags.push_back(rules_error(shown, r.line, "rules.bad-line",
                                    name_map ? "expected field, text and value, separated by tabs"
                                             : "expected field and text, separated by a tab"));
        continue;
      }
      Term t;
      t.text = r.fields[1];
      t.key = label_key(t.text);
      if (field == "sotkanet" || field == "indicators-intro") t.key = fold(t.text);
      if (name_map) t.value = r.fields[2];
      t.lang = code;
      t.source = shown + ":" + std::to_string(r.line);
      if (field == "sheet" &&
          std::find(v.sheet_langs.begin(), v.sheet_langs.end(), code) == v.sheet_langs.end())
        v.sheet_langs.push_back(code);
      v.fields[field].push_back(std::move(t));
    }
  }
  // Longest first, so that "ISBN PDF" wins over "ISBN" at the start of "ISBN PDF: 978-…".
  for (auto& [field, terms] : v.fields)
    std::stable_sort(terms.begin(), terms.end(),
                     [](const Term& a, const Term& b) { return a.key.size() > b.key.size(); });
  for (const auto& [field, terms] : v.fields)
    for (const Term& t : terms) v.longest_key = std::max(v.longest_key, t.key.size());
  v.index();
  return v;
}

// ---- Context ------------------------------------------------------------------------------------

struct Ctx {
  const Layout& layout;
  const Rules& rules;
  Diagnostics& diags;
  const Vocab& vocab;
  std::vector<std::pair<std::size_t, std::size_t>> sheets;  // [begin, end) block ranges
};

struct LoadedVocab {
  Vocab vocab;
  Diagnostics diags;  // about the rule files: repeated for every document, as if read for each
};

// rules/<lang>/publication.tsv, read once per rules directory (Rules::derived).
const LoadedVocab& loaded_vocab(const Rules& rules) {
  return rules.derived->get<LoadedVocab>("publication.tsv " + rules.dir.string(), [&] {
    LoadedVocab l;
    l.vocab = load_vocab(rules, l.diags);
    return l;
  });
}

void report(Ctx& c, std::size_t line, Severity s, std::string code, std::string msg) {
  Diagnostic d;
  d.file = c.layout.file;
  d.line = line;
  d.severity = s;
  d.code = std::move(code);
  d.message = std::move(msg);
  c.diags.push_back(std::move(d));
}

std::size_t first_line(const Ctx& c) {
  return c.layout.blocks.empty() ? 0 : c.layout.blocks.front().lines.first;
}

bool in_sheet(const Ctx& c, std::size_t k) {
  for (const auto& [b, e] : c.sheets)
    if (k >= b && k < e) return true;
  return false;
}

// The label, of a field that `accept` takes, that the whole of `text` is, if any.
const Term* whole_label(const Ctx& c, std::string_view text, bool (*accept)(std::string_view),
                        std::string* field_out) {
  // A text with more ASCII letters, digits and marks (colons aside) than the longest label has
  // is none: its folded key keeps every one of them (white space runs, trailing colons and other
  // scripts are what can shrink).
  std::size_t ascii = 0;
  for (char ch : text) ascii += ch > ' ' && ch != ':' && static_cast<unsigned char>(ch) < 0x80;
  if (ascii > c.vocab.longest_key) return nullptr;
  const std::string key = label_key(text);
  if (key.empty()) return nullptr;
  const auto it = c.vocab.by_key.find(key);
  if (it == c.vocab.by_key.end()) return nullptr;
  for (const Vocab::Entry& e : it->second)
    if (accept(*e.field)) {
      if (field_out) *field_out = *e.field;
      return e.term;
    }
  return nullptr;
}

bool accept_value_field(std::string_view f) {
  return is_value_field(f);
}
bool accept_any_label(std::string_view f) {
  return is_value_field(f) || one_of(kStructureLabels, f);
}

bool is_structure_label(const Ctx& c, std::string_view text, std::string_view which) {
  std::string field;
  return whole_label(c, text, accept_any_label, &field) && field == which;
}

// ---- Section numbers ----------------------------------------------------------------------------

struct Numbered {
  std::string num;    // "2.1"
  std::string title;  // the heading without its number
};

std::size_t depth(std::string_view num) {
  return static_cast<std::size_t>(std::count(num.begin(), num.end(), '.')) + 1;
}

std::string parent(std::string_view num) {
  const std::size_t dot = num.rfind('.');
  return dot == std::string_view::npos ? "" : std::string(num.substr(0, dot));
}

bool is_descendant(std::string_view num, std::string_view ancestor) {
  return num.size() > ancestor.size() && num.substr(0, ancestor.size()) == ancestor &&
         num[ancestor.size()] == '.';
}

// The printed number and title of a heading or a contents entry ("2.1.1 Målets bakgrund …");
// nullopt for an unnumbered one and for a date ("5 February 2024" is not section 5).
std::optional<Numbered> section_number(const Block& b, const Rules& rules) {
  if (b.kind != BlockKind::heading && b.kind != BlockKind::toc_entry) return std::nullopt;
  static const RE2 kNum(R"(^(\d{1,3}(?:\.\d{1,3}){0,5})\.?\s+(.+)$)");
  std::string num, title;
  if (!RE2::FullMatch(b.text, kNum, &num, &title)) return std::nullopt;
  if (!is_letter(first_char(title))) return std::nullopt;
  for (const DateMatch& d : find_dates(b.text, rules))
    if (d.begin == 0) return std::nullopt;
  return Numbered{num, std::string(trim(title))};
}

// ---- Labelled values ----------------------------------------------------------------------------

struct FieldValue {
  std::string field;
  std::string value;
  LineSpan lines;
};

struct Readings {
  std::vector<FieldValue> values;
  std::string label_only;  // a label standing alone with no value after it ("Referat")
  std::size_t consumed = 1;
};

// "ISBN pdf: 978-…" (or, when `loose`, "Language Swedish" without the colon: a sheet whose bold
// labels the conversion lost): a label at the start of `text`, then the value.
std::optional<FieldValue> prefixed_value(const Ctx& c, std::string_view text, LineSpan lines,
                                         bool loose) {
  constexpr std::size_t kMaxLooseLine = 300;
  if (text.empty()) return std::nullopt;
  for (const Vocab::Entry& e : c.vocab.value_terms_for(text[0])) {
    const std::string& field = *e.field;
    auto n = folded_prefix(text, e.term->key);
    if (!n || letter_or_digit_at(text, *n)) continue;
    std::string_view rest = trim(text.substr(*n));
    const bool colon = !rest.empty() && rest.front() == ':';
    if (colon) rest = trim(rest.substr(1));
    const bool loose_ok = loose && field != "abstract" && char_count(text) <= kMaxLooseLine;
    if (!colon && !loose_ok) continue;
    if (rest.empty()) continue;
    return FieldValue{field, std::string(rest), lines};
  }
  return std::nullopt;
}

bool is_section_start(const Ctx& c, std::size_t k);

// The labelled values block k gives; `loose` as for prefixed_value().
Readings read_fields(const Ctx& c, std::size_t k, bool loose) {
  Readings r;
  const auto& blocks = c.layout.blocks;
  const Block& b = blocks[k];
  if (b.kind == BlockKind::footnote) return r;
  // A label alone takes the next block as its value ("Keywords", then "strategic guidance, …").
  auto value_from_next = [&](const std::string& field) {
    if (field == "abstract" || k + 1 >= blocks.size()) return false;
    const Block& n = blocks[k + 1];
    if (n.kind != BlockKind::paragraph && n.kind != BlockKind::heading) return false;
    if (whole_label(c, n.text, accept_any_label, nullptr) || is_section_start(c, k + 1))
      return false;
    r.values.push_back({field, n.text, LineSpan{b.lines.first, n.lines.last}});
    r.consumed = 2;
    return true;
  };
  if (b.kind == BlockKind::table_row) {
    for (std::size_t j = 0; j < b.cells.size();) {
      std::string field;
      if (whole_label(c, b.cells[j].text, accept_value_field, &field)) {
        if (j + 1 < b.cells.size() &&
            !whole_label(c, b.cells[j + 1].text, accept_any_label, nullptr)) {
          if (!trim(b.cells[j + 1].text).empty())
            r.values.push_back({field, std::string(trim(b.cells[j + 1].text)), b.lines});
          j += 2;
          continue;
        }
        if (j + 1 == b.cells.size() && !value_from_next(field)) r.label_only = field;
      } else if (auto v = prefixed_value(c, b.cells[j].text, b.lines, loose)) {
        r.values.push_back(*v);
      }
      ++j;
    }
    return r;
  }
  std::string field;
  if (whole_label(c, b.text, accept_value_field, &field)) {
    if (!value_from_next(field)) r.label_only = field;
    return r;
  }
  if (auto v = prefixed_value(c, b.text, b.lines, loose)) r.values.push_back(*v);
  return r;
}

bool has_identifier(const Readings& r) {
  for (const FieldValue& v : r.values)
    if (one_of(kIdFields, v.field)) return true;
  return false;
}

// A block that ends a description sheet: the contents, or a numbered section.
bool is_section_start(const Ctx& c, std::size_t k) {
  const Block& b = c.layout.blocks[k];
  if (b.kind == BlockKind::toc_entry) return true;
  if (b.kind != BlockKind::heading && b.kind != BlockKind::paragraph) return false;
  if (is_structure_label(c, b.text, "toc")) return true;
  return b.kind == BlockKind::heading && section_number(b, c.rules).has_value();
}

// ---- Description sheets -------------------------------------------------------------------------

const Term* sheet_label(const Ctx& c, const Block& b) {
  if (b.kind == BlockKind::footnote || b.kind == BlockKind::toc_entry) return nullptr;
  if (b.kind == BlockKind::table_row && b.cells.size() > 1) return nullptr;
  std::string field;
  const Term* t = whole_label(c, b.text, accept_any_label, &field);
  return t && field == "sheet" ? t : nullptr;
}

void find_sheet_ranges(Ctx& c) {
  const auto& blocks = c.layout.blocks;
  std::vector<std::size_t> starts;
  for (std::size_t k = 0; k < blocks.size(); ++k)
    if (sheet_label(c, blocks[k])) starts.push_back(k);
  for (std::size_t s = 0; s < starts.size(); ++s) {
    const std::size_t limit = s + 1 < starts.size() ? starts[s + 1] : blocks.size();
    std::size_t e = starts[s] + 1;
    while (e < limit && !is_section_start(c, e)) ++e;
    c.sheets.push_back({starts[s], e});
  }
}

bool has_series_number(std::string_view text, std::string* number = nullptr) {
  static const RE2 kSeries(R"((?:^|[^\d:])(\d{4}:\d{1,4})(?:$|[^\d:]))");
  std::string n;
  if (!RE2::PartialMatch(text, kSeries, &n)) return false;
  if (number) *number = n;
  return true;
}

std::vector<std::string> split_keywords(std::string_view s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && s[i] != ',' && s[i] != ';') continue;
    std::string_view k = trim(s.substr(start, i - start));
    while (!k.empty() && k.back() == '.') k = trim_end(k.substr(0, k.size() - 1));
    if (!k.empty()) out.emplace_back(k);
    start = i + 1;
  }
  return out;
}

std::string lang_name(std::string_view code) {
  if (code == "sv") return "Swedish";
  if (code == "fi") return "Finnish";
  if (code == "en") return "English";
  return std::string(code);
}

void set_date(Ctx& c, DescriptionSheet& sh, std::string_view text) {
  auto ds = find_dates(text, c.rules);
  if (ds.empty()) {
    sh.date_text = std::string(trim(text));
    return;
  }
  sh.date_text = std::string(text.substr(ds[0].begin, ds[0].end - ds[0].begin));
  sh.date = ds[0].date;
}

void assign_field(Ctx& c, DescriptionSheet& sh, const FieldValue& v) {
  std::string* slot = nullptr;
  if (v.field == "title")
    slot = &sh.title;
  else if (v.field == "series")
    slot = &sh.series;
  else if (v.field == "publisher")
    slot = &sh.publisher;
  else if (v.field == "author")
    slot = &sh.author;
  else if (v.field == "language")
    slot = &sh.language;
  else if (v.field == "pages")
    slot = &sh.pages;
  if (v.field == "date") {
    if (sh.date_text.empty()) set_date(c, sh, v.value);
    return;
  }
  if (v.field == "keywords") {
    if (sh.keywords.empty()) {
      sh.keywords = split_keywords(v.value);
      sh.keywords_lines = v.lines;
    }
    return;
  }
  if (!slot) return;  // an identifier: read for the whole document elsewhere
  if (slot->empty()) {
    *slot = v.value;
  } else if (fold(*slot) != fold(v.value)) {
    report(c, v.lines.first, Severity::warning, "publication.sheet-field-repeated",
           "the " + lang_name(sh.lang) + " description sheet gives its " + v.field +
               " twice: " + quote(*slot) + " and " + quote(v.value));
  }
}

DescriptionSheet parse_sheet(Ctx& c, std::size_t begin, std::size_t end) {
  const auto& blocks = c.layout.blocks;
  DescriptionSheet sh;
  sh.lang = sheet_label(c, blocks[begin])->lang;
  sh.lines = {blocks[begin].lines.first, blocks[end - 1].lines.last};
  bool in_abstract = false, abstract_seen = false;
  for (std::size_t k = begin + 1; k < end; ++k) {
    const Block& b = blocks[k];
    if (b.kind == BlockKind::footnote) continue;
    // Inside the abstract only a label standing alone or followed by a colon ends it: an
    // abstract's sentence may well begin with "Language" or "Pages".
    Readings r = read_fields(c, k, !in_abstract);
    if (r.label_only == "abstract") {
      in_abstract = abstract_seen = true;
      continue;
    }
    if (!r.values.empty() || !r.label_only.empty()) {
      in_abstract = false;
      for (const FieldValue& v : r.values) {
        // "Referat | Ansvar för …": the abstract's first paragraph beside its label.
        if (v.field == "abstract") {
          sh.abstract.push_back(Para{v.value, v.lines, false});
          in_abstract = abstract_seen = true;
          continue;
        }
        assign_field(c, sh, v);
        in_abstract = false;
      }
      if (!r.label_only.empty())
        report(c, b.lines.first, Severity::warning, "publication.sheet-field-empty",
               "the " + lang_name(sh.lang) + " description sheet names its " + r.label_only +
                   " but gives no value");
      k += r.consumed - 1;
      continue;
    }
    if (in_abstract && (b.kind == BlockKind::paragraph || b.kind == BlockKind::list_item)) {
      sh.abstract.push_back(Para{b.text, b.lines, false});
      continue;
    }
    // Unlabelled parts, in the order the sheets print them: the date, the title, the series.
    constexpr std::size_t kMaxDateLine = 40;
    if (sh.date_text.empty() && !abstract_seen && char_count(b.text) <= kMaxDateLine &&
        !find_dates(b.text, c.rules).empty()) {
      set_date(c, sh, b.text);
      continue;
    }
    if (sh.series.empty() && has_series_number(b.text)) {
      sh.series = b.text;
      continue;
    }
    if (sh.title.empty() && !abstract_seen &&
        (b.kind == BlockKind::heading || b.kind == BlockKind::paragraph)) {
      sh.title = b.text;
      continue;
    }
    report(c, b.lines.first, Severity::note, "publication.sheet-unread",
           "a line of the " + lang_name(sh.lang) +
               " description sheet was not recognised: " + quote(b.text));
  }
  return sh;
}

void check_sheet(Ctx& c, const DescriptionSheet& sh) {
  auto missing = [&](bool absent, const std::string& what, Severity s = Severity::warning) {
    if (absent)
      report(c, sh.lines.first, s, "publication.sheet-field-missing",
             "the " + lang_name(sh.lang) + " description sheet has no " + what);
  };
  missing(sh.date_text.empty(), "date");
  missing(!sh.date_text.empty() && !sh.date, "full date (" + quote(sh.date_text) + ")");
  missing(sh.title.empty(), "title");
  missing(sh.series.empty(), "series");
  missing(sh.publisher.empty(), "publisher");
  missing(sh.author.empty(), "author", Severity::note);
  missing(sh.language.empty(), "language");
  missing(sh.pages.empty(), "page count");
  missing(sh.abstract.empty(), "abstract");
  missing(sh.keywords.empty(), "keywords");
}

std::string language_code(const Ctx& c, std::string_view name) {
  const std::string key = label_key(name);
  for (const Term& t : c.vocab.of("language-name"))
    if (t.key == key) return t.value;
  return "";
}

// The sheets describe one publication in several languages: what is not language (date, pages,
// the publication's language) must agree, and a different number of keywords or abstract
// paragraphs suggests that something was dropped in one language.
void compare_sheets(Ctx& c, const std::vector<DescriptionSheet>& sheets) {
  if (sheets.empty()) return;
  const DescriptionSheet& a = sheets.front();
  for (std::size_t i = 1; i < sheets.size(); ++i) {
    const DescriptionSheet& b = sheets[i];
    auto differ = [&](const std::string& what, const std::string& x, const std::string& y,
                      Severity s = Severity::warning) {
      report(c, b.lines.first, s, "publication.sheet-mismatch",
             "the " + lang_name(b.lang) + " description sheet's " + what + " " + quote(y) +
                 " differs from the " + lang_name(a.lang) + " sheet's " + quote(x) + " (line " +
                 std::to_string(a.lines.first) + ")");
    };
    if (a.date && b.date && !(*a.date == *b.date)) differ("date", a.date_text, b.date_text);
    if (!a.pages.empty() && !b.pages.empty() && digits_of(a.pages) != digits_of(b.pages))
      differ("page count", a.pages, b.pages);
    const std::string la = language_code(c, a.language), lb = language_code(c, b.language);
    if (!la.empty() && !lb.empty() && la != lb) differ("language", a.language, b.language);
    if (!a.keywords.empty() && !b.keywords.empty() && a.keywords.size() != b.keywords.size())
      differ("number of keywords", std::to_string(a.keywords.size()),
             std::to_string(b.keywords.size()), Severity::note);
    if (!a.abstract.empty() && !b.abstract.empty() && a.abstract.size() != b.abstract.size())
      differ("number of abstract paragraphs", std::to_string(a.abstract.size()),
             std::to_string(b.abstract.size()), Severity::note);
  }
}

// ---- Series and number --------------------------------------------------------------------------

struct SeriesReading {
  std::string code;  // "STM", empty when no ministry was recognised
  std::string number;
  std::size_t line = 0;
  std::string text;
};

// The ministry that publishes the series named in block k: a known name form in the block, or,
// written near enough (a letter or two off), just before the series word or in the block before
// ("Social- och hälsovårdministeriets" over "PUBLIKATIONER | 2024:6").
std::string series_ministry(Ctx& c, std::size_t k, Span series_word) {
  const auto& blocks = c.layout.blocks;
  const std::string& text = blocks[k].text;
  for (const Term& t : c.vocab.of("ministry"))
    if (find_word_start(text, t.key)) return t.value;
  std::string name(trim(std::string_view(text).substr(0, series_word.begin)));
  std::size_t line = blocks[k].lines.first;
  if (name.empty() && k > 0 && blocks[k - 1].kind != BlockKind::footnote) {
    name = std::string(trim(blocks[k - 1].text));
    line = blocks[k - 1].lines.first;
    for (const Term& t : c.vocab.of("ministry"))
      if (find_word_start(name, t.key)) return t.value;
  }
  if (name.empty()) return "";
  const std::string key = fold(name);
  const Term* best = nullptr;
  std::size_t best_d = 0;
  for (const Term& t : c.vocab.of("ministry")) {
    const std::size_t d = edit_distance(key, t.key);
    if (!best || d < best_d) {
      best = &t;
      best_d = d;
    }
  }
  constexpr std::size_t kMaxTypos = 2, kMinCharsPerTypo = 10;
  if (!best || best_d == 0 || best_d > kMaxTypos ||
      best_d * kMinCharsPerTypo > char_count(best->key))
    return "";
  report(c, line, Severity::warning, "publication.ministry-spelling",
         "the series line writes the ministry " + quote(name) + "; the known form is " +
             quote(best->text) + " (" + best->source + ")");
  return best->value;
}

std::vector<SeriesReading> read_series(Ctx& c) {
  const auto& blocks = c.layout.blocks;
  // The series line is in the front matter and the description sheets; the body may cite other
  // publications of the series.
  std::size_t front_end = 0;
  while (front_end < blocks.size() && !is_section_start(c, front_end)) ++front_end;
  std::vector<SeriesReading> out;
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    if (k >= front_end && !in_sheet(c, k)) continue;
    const Block& b = blocks[k];
    if (b.kind == BlockKind::footnote || b.kind == BlockKind::toc_entry) continue;
    std::string number;
    if (!has_series_number(b.text, &number)) continue;
    std::optional<Span> word;
    for (const Term& t : c.vocab.of("series-word"))
      if ((word = find_word_start(b.text, t.key))) break;
    if (!word) continue;
    out.push_back({series_ministry(c, k, *word), number, b.lines.first, b.text});
  }
  return out;
}

void set_series(Ctx& c, Publication& pub) {
  std::vector<SeriesReading> readings = read_series(c);
  const SeriesReading* first = nullptr;
  for (const SeriesReading& r : readings)
    if (!r.code.empty()) {
      first = &r;
      break;
    }
  if (!first && !readings.empty()) first = &readings.front();
  if (!first) return;
  pub.series = first->code;
  pub.number = first->number;
  if (first->code.empty())
    report(c, first->line, Severity::warning, "publication.series-unknown",
           "no known ministry names the series of " + quote(first->text) +
               " (ministry entries in rules/<lang>/publication.tsv)");
  for (const SeriesReading& r : readings) {
    if (&r == first) continue;
    if (r.number != first->number || (!r.code.empty() && r.code != first->code))
      report(c, r.line, Severity::warning, "publication.series-mismatch",
             quote(r.text) + " names another series or number than " + quote(first->text) +
                 " (line " + std::to_string(first->line) + ")");
  }
}

// ---- Identifiers --------------------------------------------------------------------------------

bool isbn13_valid(const std::string& d) {
  if (d.size() != 13) return false;
  int sum = 0;
  for (std::size_t i = 0; i < 12; ++i) sum += (d[i] - '0') * (i % 2 ? 3 : 1);
  return (10 - sum % 10) % 10 == d[12] - '0';
}

bool issn_valid(const std::string& s) {  // "17979854" or "1234567X"
  if (s.size() != 8) return false;
  int sum = 0;
  for (std::size_t i = 0; i < 7; ++i) sum += (s[i] - '0') * static_cast<int>(8 - i);
  const int check = (11 - sum % 11) % 11;
  return check == 10 ? (s[7] == 'X' || s[7] == 'x') : s[7] - '0' == check;
}

struct IdReading {
  std::string value;  // as written: "978-952-00-5444-1"
  std::string key;    // compared: digits (and X) only, or the URN in upper case
  std::size_t line = 0;
};

std::optional<IdReading> parse_identifier(const std::string& field, const FieldValue& v) {
  static const RE2 kIsbn(R"((97[89](?:[- ]?\d){10}))");
  static const RE2 kIssn(R"((\d{4}-?\d{3}[\dXx]))");
  static const RE2 kUrn(R"((?i)(urn:[a-z0-9][a-z0-9-]*:[^\s<>"')]+))");
  std::string m;
  const RE2& re = field == "isbn" ? kIsbn : field == "issn" ? kIssn : kUrn;
  if (!RE2::PartialMatch(v.value, re, &m)) return std::nullopt;
  while (!m.empty() && (m.back() == '.' || m.back() == ',')) m.pop_back();
  IdReading r{m, "", v.lines.first};
  if (field == "urn") {
    for (char ch : m) r.key += static_cast<char>(ch >= 'a' && ch <= 'z' ? ch - 32 : ch);
  } else {
    for (char ch : m)
      if ((ch >= '0' && ch <= '9') || ch == 'X' || ch == 'x') r.key += ch == 'x' ? 'X' : ch;
  }
  return r;
}

void set_identifiers(Ctx& c, Publication& pub) {
  const auto& blocks = c.layout.blocks;
  std::map<std::string, std::vector<IdReading>> found;
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    Readings r = read_fields(c, k, in_sheet(c, k));
    for (const FieldValue& v : r.values) {
      if (!one_of(kIdFields, v.field)) continue;
      if (auto id = parse_identifier(v.field, v)) {
        found[v.field].push_back(*id);
      } else {
        report(c, v.lines.first, Severity::warning, "publication." + v.field + "-malformed",
               "the " + v.field + " " + quote(v.value) + " is not a well-formed " + v.field);
      }
    }
  }
  for (const std::string field : {"isbn", "issn", "urn"}) {
    const auto& rs = found[field];
    std::string upper = field;
    for (char& ch : upper) ch = static_cast<char>(ch - 32);
    if (rs.empty()) {
      report(c, first_line(c), Severity::warning, "publication." + field + "-missing",
             "the publication gives no " + upper);
      continue;
    }
    std::string& slot = field == "isbn" ? pub.isbn : field == "issn" ? pub.issn : pub.urn;
    slot = rs.front().value;
    for (const IdReading& r : rs)
      if (r.key != rs.front().key)
        report(c, r.line, Severity::warning, "publication." + field + "-mismatch",
               upper + " " + r.value + " differs from " + rs.front().value + " on line " +
                   std::to_string(rs.front().line));
    if (field == "isbn" && !isbn13_valid(rs.front().key))
      report(c, rs.front().line, Severity::warning, "publication.isbn-checksum",
             "the ISBN " + rs.front().value + " has a wrong check digit");
    if (field == "issn" && !issn_valid(rs.front().key))
      report(c, rs.front().line, Severity::warning, "publication.issn-checksum",
             "the ISSN " + rs.front().value + " has a wrong check digit");
  }
  // An URN:ISBN names the publication by its ISBN: both must be the same number.
  static const RE2 kUrnIsbn(R"((?i)^urn:isbn:(.+)$)");
  std::string urn_isbn;
  if (!pub.urn.empty() && !pub.isbn.empty() && RE2::FullMatch(pub.urn, kUrnIsbn, &urn_isbn) &&
      digits_of(urn_isbn) != digits_of(pub.isbn))
    report(c, found["urn"].front().line, Severity::warning, "publication.urn-mismatch",
           "the URN " + pub.urn + " names another ISBN than " + pub.isbn);
}

// ---- Table of contents --------------------------------------------------------------------------

struct HeadingRef {
  std::size_t block = 0;
  Numbered n;
};

// Titles compared as people read them: case, white space and final punctuation don't count.
std::string title_key(std::string_view s) {
  std::string k = fold(s);
  while (!k.empty() && (k.back() == '.' || k.back() == ':' || k.back() == ' ')) k.pop_back();
  return k;
}

// How many headings after block k continue its title `title` so that together they read `want`
// (a title_key): 0 when the heading alone does, nullopt when no continuation does. The
// conversion splits a long heading over several ("2.8 … det kundorienterade", "förnyandet av
// verksamheten").
std::optional<std::size_t> continued_to(const Ctx& c, std::size_t k, std::string_view title,
                                        const std::string& want) {
  constexpr std::size_t kMaxContinuations = 3;
  std::string have = title_key(title);
  if (have == want) return 0;
  const auto& blocks = c.layout.blocks;
  for (std::size_t n = 1; n <= kMaxContinuations && k + n < blocks.size(); ++n) {
    const Block& b = blocks[k + n];
    if (b.kind != BlockKind::heading || section_number(b, c.rules)) break;
    have += " " + title_key(b.text);
    if (have == want) return n;
    if (want.compare(0, have.size(), have) != 0) break;
  }
  return std::nullopt;
}

void parse_toc(Ctx& c, Publication& pub, const std::vector<HeadingRef>& headings) {
  const auto& blocks = c.layout.blocks;
  std::vector<std::size_t> entry_blocks;
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    const Block& b = blocks[k];
    if (b.kind != BlockKind::toc_entry || trim(b.text).empty()) continue;
    TocEntry e;
    if (auto n = section_number(b, c.rules)) {
      e.num = n->num;
      e.title = n->title;
    } else {
      e.title = b.text;
    }
    e.page = b.page;
    e.lines = b.lines;
    pub.toc.push_back(std::move(e));
    entry_blocks.push_back(k);
  }
  if (pub.toc.empty()) return;
  const std::size_t after = entry_blocks.back();
  auto heading_for = [&](const std::string& num) -> const HeadingRef* {
    const HeadingRef* any = nullptr;
    for (const HeadingRef& h : headings) {
      if (h.n.num != num) continue;
      if (h.block > after) return &h;
      if (!any) any = &h;
    }
    return any;
  };
  for (std::size_t i = 0; i < pub.toc.size(); ++i) {
    const TocEntry& e = pub.toc[i];
    const std::string entry_text = e.num.empty() ? e.title : e.num + " " + e.title;
    if (e.num.empty()) {
      const std::string key = title_key(e.title);
      bool found = false;
      for (std::size_t k = after + 1; k < blocks.size() && !found; ++k)
        found = blocks[k].kind == BlockKind::heading && title_key(blocks[k].text) == key;
      if (!found)
        report(c, e.lines.first, Severity::warning, "publication.toc-no-heading",
               "no heading matches the contents entry " + quote(entry_text));
      continue;
    }
    const HeadingRef* h = heading_for(e.num);
    if (!h) {
      report(c, e.lines.first, Severity::warning, "publication.toc-no-heading",
             "no heading numbered " + e.num + " for the contents entry " + quote(entry_text));
      continue;
    }
    const std::string want = title_key(e.title);
    bool same = continued_to(c, h->block, h->n.title, want).has_value();
    // An entry the conversion split over two lines, its second without a number.
    if (!same && i + 1 < pub.toc.size() && pub.toc[i + 1].num.empty())
      same = title_key(h->n.title) == want + " " + title_key(pub.toc[i + 1].title);
    if (!same)
      report(c, e.lines.first, Severity::warning, "publication.toc-mismatch",
             "the contents entry " + quote(entry_text) + " (line " + std::to_string(e.lines.first) +
                 ") does not match the heading " + quote(blocks[h->block].text) + " (line " +
                 std::to_string(blocks[h->block].lines.first) + ")");
  }
  std::set<std::string> listed;
  for (const TocEntry& e : pub.toc)
    if (!e.num.empty()) listed.insert(e.num);
  for (const HeadingRef& h : headings)
    if (h.block > after && !listed.count(h.n.num))
      report(c, blocks[h.block].lines.first, Severity::warning, "publication.heading-not-in-toc",
             "the heading " + quote(blocks[h.block].text) + " is not in the table of contents");
}

// ---- Indicators ---------------------------------------------------------------------------------

// Sotkanet numbers in `s` ("3332 och 4771", "5 956"): a space (also a no-break or thin space)
// separates thousands when it stands between a group of one to three digits and exactly three.
std::vector<int> sotkanet_numbers(std::string_view s) {
  std::vector<int> out;
  auto digit = [&](std::size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; };
  auto run_end = [&](std::size_t i) {
    while (digit(i)) ++i;
    return i;
  };
  auto separator = [&](std::size_t i) -> std::size_t {  // bytes of a thousands separator at i
    if (i >= s.size()) return 0;
    std::size_t m = i;
    const char32_t ch = next_char(s, m);
    return ch == U' ' || ch == U'\u00A0' || ch == U'\u2009' || ch == U'\u202F' ? m - i : 0;
  };
  for (std::size_t i = 0; i < s.size();) {
    if (!digit(i) || (i > 0 && letter_or_digit_before(s, i))) {
      next_char(s, i);
      continue;
    }
    std::size_t end = run_end(i);
    std::string digits(s.substr(i, end - i));
    if (digits.size() <= 3) {
      while (true) {
        const std::size_t sep = separator(end);
        if (!sep || run_end(end + sep) - (end + sep) != 3) break;
        digits += s.substr(end + sep, 3);
        end += sep + 3;
      }
    }
    constexpr std::size_t kMaxDigits = 9;
    if (digits.size() <= kMaxDigits && !letter_or_digit_at(s, end))
      out.push_back(std::stoi(digits));
    i = end;
  }
  return out;
}

// The contents of the top-level parentheses in `text`.
std::vector<std::string_view> parentheticals(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t open = 0;
  int level = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '(') {
      if (level++ == 0) open = i + 1;
    } else if (text[i] == ')' && level > 0) {
      if (--level == 0) out.push_back(text.substr(open, i - open));
    }
  }
  return out;
}

std::vector<std::string_view> split_parts(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == ',' || s[i] == ';') {
      std::string_view p = trim(s.substr(start, i - start));
      if (!p.empty()) out.push_back(p);
      start = i + 1;
    }
  return out;
}

// The indicator's source, from its parentheses: Sotkanet numbers after the marker ("ind."), and
// an assessment ("THL:s bedömning") with the body that makes it.
void read_source(Ctx& c, Indicator& ind) {
  for (std::string_view inner : parentheticals(ind.text)) {
    bool numbers_go_on = false;
    for (std::string_view part : split_parts(inner)) {
      std::optional<std::size_t> marker;
      for (const Term& t : c.vocab.of("sotkanet"))
        if ((marker = folded_prefix(part, t.key))) break;
      if (marker || (numbers_go_on && is_digit(first_char(part)))) {
        for (int n : sotkanet_numbers(part.substr(marker.value_or(0)))) ind.sotkanet.push_back(n);
        numbers_go_on = true;
        continue;
      }
      numbers_go_on = false;
      if (!ind.assessment.empty()) continue;
      for (const Term& t : c.vocab.of("assessment")) {
        if (!find_word_start(part, t.key)) continue;
        ind.assessment = std::string(part);
        for (const Term& body : c.vocab.of("body"))
          if (find_word_start(part, body.key)) {
            ind.assessor = body.value;
            break;
          }
        if (ind.assessor.empty())
          report(c, ind.lines.first, Severity::note, "publication.assessor-unknown",
                 "no known body makes the assessment " + quote(part) +
                     " (body entries in rules/<lang>/publication.tsv)");
        break;
      }
    }
  }
}

// Where the intro sentence ("Målet följs upp med hjälp av följande mätare:") ends in `text`,
// its colon included; nullopt when the text does not open with it.
std::optional<std::size_t> intro_end(const Ctx& c, std::string_view text) {
  for (const Term& t : c.vocab.of("indicators-intro")) {
    auto n = folded_prefix(text, t.key);
    if (!n || letter_or_digit_at(text, *n)) continue;
    std::size_t end = *n;
    std::size_t i = end;
    while (i < text.size() && text[i] == ' ') ++i;
    if (i < text.size() && text[i] == ':') end = i + 1;
    return end;
  }
  return std::nullopt;
}

// A short text names a group of indicators: a heading ("Kontinuitet") or a table row's first
// cell ("Tillgång | Tillgång till icke-brådskande vård …").
bool is_group_name(std::string_view s) {
  constexpr std::size_t kMaxChars = 60, kMaxWords = 6;
  s = trim(s);
  if (s.empty() || char_count(s) > kMaxChars || s.find('(') != std::string_view::npos ||
      !is_letter(first_char(s)))
    return false;
  return static_cast<std::size_t>(std::count(s.begin(), s.end(), ' ')) + 1 <= kMaxWords;
}

std::string without_colon(std::string_view s) {
  s = trim(s);
  while (!s.empty() && s.back() == ':') s = trim_end(s.substr(0, s.size() - 1));
  return std::string(s);
}

struct IndicatorState {
  std::string group;
};

void add_indicator(Ctx& c, PublicationObjective& o, IndicatorState& st, const Block& b,
                   std::string_view text) {
  text = trim(text);
  if (!has_letter(text)) return;
  Indicator ind;
  ind.group = st.group;
  ind.text = std::string(text);
  ind.lines = b.lines;
  for (const FootnoteRef& f : b.footnote_refs) ind.footnotes.push_back(f.label);
  read_source(c, ind);
  o.indicators.push_back(std::move(ind));
}

void indicator_block(Ctx& c, PublicationObjective& o, IndicatorState& st, const Block& b) {
  if (auto end = intro_end(c, b.text)) {
    o.indicator_intro.push_back(Para{std::string(trim(b.text.substr(0, *end))), b.lines, false});
    add_indicator(c, o, st, b, std::string_view(b.text).substr(*end));
    return;
  }
  switch (b.kind) {
    case BlockKind::heading:
      // A short heading names the group of the indicators under it ("Kontinuitet"); a long one,
      // or one with a source in parentheses, is an indicator the conversion took for a heading.
      if (is_group_name(b.text)) {
        st.group = without_colon(b.text);
      } else {
        add_indicator(c, o, st, b, b.text);
      }
      return;
    case BlockKind::table_row:
      if (b.cells.size() >= 2 && is_group_name(b.cells[0].text)) {
        st.group = without_colon(b.cells[0].text);
        std::string rest;
        for (std::size_t j = 1; j < b.cells.size(); ++j) {
          if (!rest.empty()) rest += ' ';
          rest += trim(b.cells[j].text);
        }
        add_indicator(c, o, st, b, rest);
      } else {
        add_indicator(c, o, st, b, b.text);
      }
      return;
    default: {
      // A lead-in ending in a colon ("Uppgifter från … bl.a.:") introduces the list after it.
      const std::string_view t = trim(b.text);
      if (!t.empty() && t.back() == ':') {
        o.indicator_intro.push_back(Para{std::string(t), b.lines, false});
        return;
      }
      add_indicator(c, o, st, b, b.text);
    }
  }
}

// ---- Objectives ---------------------------------------------------------------------------------

// "background", "indicators" or "" for a part title ("Målets bakgrund och syfte").
std::string part_of(const Ctx& c, std::string_view title) {
  std::string field;
  if (whole_label(c, title, accept_any_label, &field) &&
      (field == "background" || field == "indicators"))
    return field;
  return "";
}

// The numbered sections that are objectives: those with a background or indicators part directly
// below them, and their numbered siblings (an objective whose parts are missing is still one).
std::vector<std::size_t> find_objectives(Ctx& c, const std::vector<HeadingRef>& headings) {
  const auto& blocks = c.layout.blocks;
  std::vector<std::size_t> candidates;
  std::map<std::size_t, std::size_t> heading_at;  // block -> index in headings
  for (std::size_t i = 0; i < headings.size(); ++i) heading_at[headings[i].block] = i;
  for (std::size_t i = 0; i < headings.size(); ++i) {
    const std::string& num = headings[i].n.num;
    bool numbered_below = false, found = false;
    for (std::size_t k = headings[i].block + 1; k < blocks.size() && !found; ++k) {
      auto it = heading_at.find(k);
      if (it != heading_at.end()) {
        const Numbered& n = headings[it->second].n;
        if (!is_descendant(n.num, num)) break;
        numbered_below = true;
        found = depth(n.num) == depth(num) + 1 && !part_of(c, n.title).empty();
      } else if (blocks[k].kind == BlockKind::heading && !numbered_below) {
        found = !part_of(c, blocks[k].text).empty();
      }
    }
    if (found) candidates.push_back(i);
  }
  std::set<std::pair<std::string, std::size_t>> families;
  for (std::size_t i : candidates)
    if (!parent(headings[i].n.num).empty())
      families.insert({parent(headings[i].n.num), depth(headings[i].n.num)});
  std::vector<bool> candidate(headings.size(), false);
  for (std::size_t i : candidates) candidate[i] = true;
  std::vector<std::size_t> out;
  std::map<std::string, std::size_t> seen;  // number -> line of the objective read
  for (std::size_t i = 0; i < headings.size(); ++i) {
    const std::string& num = headings[i].n.num;
    const bool member = candidate[i] || families.count({parent(num), depth(num)});
    if (!member) continue;
    const std::size_t line = blocks[headings[i].block].lines.first;
    auto [first, inserted] = seen.emplace(num, line);
    if (inserted) {
      out.push_back(i);
    } else {
      // Only the first is read: two objectives with one number would have one eId.
      report(c, line, Severity::warning, "publication.objective-repeated",
             "objective " + num + " again (the first is on line " + std::to_string(first->second) +
                 "); only the first is read as an objective");
    }
  }
  return out;
}

LineSpan extend(LineSpan s, LineSpan by) {
  if (s.first == 0) return by;
  return {std::min(s.first, by.first), std::max(s.last, by.last)};
}

PublicationObjective parse_objective(Ctx& c, const std::vector<HeadingRef>& headings,
                                     const std::vector<TocEntry>& toc, std::size_t hi) {
  const auto& blocks = c.layout.blocks;
  const HeadingRef& h = headings[hi];
  PublicationObjective o;
  o.num = h.n.num;
  o.heading = h.n.title;
  o.heading_lines = blocks[h.block].lines;
  std::size_t k = h.block + 1;
  for (const TocEntry& e : toc) {
    if (e.num != o.num) continue;
    const auto n = continued_to(c, h.block, h.n.title, title_key(e.title));
    for (std::size_t j = 1; n && j <= *n; ++j, ++k) o.heading += " " + blocks[k].text;
    if (n) o.heading_lines.last = blocks[k - 1].lines.last;
    break;
  }
  o.lines = o.heading_lines;
  std::map<std::size_t, const Numbered*> numbered;
  for (const HeadingRef& r : headings) numbered[r.block] = &r.n;
  enum class Part { none, background, indicators, other } part = Part::none;
  IndicatorState st;
  for (; k < blocks.size(); ++k) {
    const Block& b = blocks[k];
    auto it = numbered.find(k);
    if (it != numbered.end() && !is_descendant(it->second->num, o.num)) break;
    if (in_sheet(c, k)) break;
    if (b.kind == BlockKind::footnote) continue;  // collected for the whole document
    // The back cover ("ISSN pdf: …") follows the last objective.
    if (has_identifier(read_fields(c, k, false))) break;
    o.lines = extend(o.lines, b.lines);
    const bool child = it != numbered.end() && depth(it->second->num) == depth(o.num) + 1;
    if (b.kind == BlockKind::heading && (child || it == numbered.end())) {
      const std::string title = child ? it->second->title : b.text;
      const std::string which = part_of(c, title);
      if (which == "background") {
        part = Part::background;
        o.background_lines = extend(o.background_lines, b.lines);
        continue;
      }
      if (which == "indicators") {
        part = Part::indicators;
        o.indicators_lines = extend(o.indicators_lines, b.lines);
        st.group.clear();
        continue;
      }
      if (child) {
        part = Part::other;
        report(c, b.lines.first, Severity::note, "publication.objective-other-part",
               "objective " + o.num +
                   " has a part that is neither background nor indicators: " + quote(b.text));
        continue;
      }
    }
    const std::string text = it != numbered.end() ? it->second->title : b.text;
    switch (part) {
      case Part::background:
        o.background.push_back(Para{text, b.lines, b.kind == BlockKind::heading});
        o.background_lines = extend(o.background_lines, b.lines);
        break;
      case Part::indicators:
        indicator_block(c, o, st, b);
        o.indicators_lines = extend(o.indicators_lines, b.lines);
        break;
      case Part::none:
        report(c, b.lines.first, Severity::note, "publication.objective-unplaced",
               "text of objective " + o.num +
                   " before its background and indicators: " + quote(b.text));
        break;
      case Part::other:
        break;
    }
  }
  return o;
}

void check_objectives(Ctx& c, const std::vector<PublicationObjective>& objectives) {
  std::map<std::string, std::vector<const PublicationObjective*>> families;
  std::map<int, std::pair<const PublicationObjective*, const Indicator*>> sotkanet_seen;
  for (const PublicationObjective& o : objectives) {
    families[parent(o.num)].push_back(&o);
    if (o.background.empty())
      report(c, o.heading_lines.first, Severity::warning, "publication.objective-no-background",
             "objective " + o.num + " has no background");
    if (o.indicators.empty())
      report(c, o.heading_lines.first, Severity::warning, "publication.objective-no-indicators",
             "objective " + o.num + " has no indicators");
    // A lead-in besides the intro sentence ("Uppgifter från programmet … bl.a.:") names the
    // source of the whole list.
    const bool list_source = o.indicator_intro.size() > 1;
    for (const Indicator& ind : o.indicators) {
      if (ind.text.find('(') == std::string::npos && !list_source)
        report(c, ind.lines.first, Severity::note, "publication.indicator-no-source",
               "the indicator " + quote(ind.text) + " of objective " + o.num +
                   " names no source in parentheses");
      for (int n : ind.sotkanet) {
        auto [at, fresh] = sotkanet_seen.insert({n, {&o, &ind}});
        if (!fresh && at->second.second != &ind)
          report(c, ind.lines.first, Severity::note, "publication.sotkanet-repeated",
                 "Sotkanet indicator " + std::to_string(n) + " is also used on line " +
                     std::to_string(at->second.second->lines.first) + " (objective " +
                     at->second.first->num + ")");
      }
    }
  }
  // Objectives are numbered 1, 2, 3 … within their chapter.
  for (const auto& [par, family] : families) {
    int expect = 1;
    for (const PublicationObjective* o : family) {
      const std::string last = o->num.substr(par.empty() ? 0 : par.size() + 1);
      const std::string want = (par.empty() ? "" : par + ".") + std::to_string(expect);
      if (o->num != want)
        report(c, o->heading_lines.first, Severity::warning, "publication.objective-numbering",
               "objective " + o->num + " where " + want + " was expected");
      expect = std::atoi(last.c_str()) + 1;
    }
  }
}

// ---- Footnotes ----------------------------------------------------------------------------------

void parse_footnotes(Ctx& c, Publication& pub) {
  const auto& blocks = c.layout.blocks;
  std::map<std::string, std::size_t> refs;  // label -> first line referring to it
  for (const Block& b : blocks) {
    if (b.kind == BlockKind::footnote) {
      for (const Footnote& f : pub.footnotes)
        if (f.label == b.label)
          report(c, b.lines.first, Severity::warning, "publication.footnote-repeated",
                 "footnote " + b.label + " is given twice (also on line " +
                     std::to_string(f.lines.first) + ")");
      pub.footnotes.push_back(Footnote{b.label, b.text, b.lines});
    }
    for (const FootnoteRef& r : b.footnote_refs) refs.emplace(r.label, b.lines.first);
  }
  for (const auto& [label, line] : refs) {
    bool found = false;
    for (const Footnote& f : pub.footnotes) found = found || f.label == label;
    if (!found)
      report(c, line, Severity::warning, "publication.footnote-missing",
             "footnote " + label + " is referred to but not given");
  }
  for (const Footnote& f : pub.footnotes)
    if (!refs.count(f.label))
      report(c, f.lines.first, Severity::warning, "publication.footnote-unreferenced",
             "nothing refers to footnote " + f.label);
}

// ---- The whole publication ----------------------------------------------------------------------

void parse(Ctx& c, Publication& pub) {
  const auto& blocks = c.layout.blocks;
  if (c.vocab.fields.empty())
    report(c, first_line(c), Severity::warning, "publication.no-vocabulary",
           "no rules/<lang>/publication.tsv in " + c.rules.dir.string() +
               ": description sheets, identifiers and objectives cannot be recognised");

  for (const Block& b : blocks)
    if (b.kind == BlockKind::heading && b.level == 1) {
      pub.title = b.text;
      pub.title_lines = b.lines;
      break;
    }

  find_sheet_ranges(c);
  for (const auto& [b, e] : c.sheets) pub.sheets.push_back(parse_sheet(c, b, e));

  std::vector<HeadingRef> headings;
  for (std::size_t k = 0; k < blocks.size(); ++k)
    if (!in_sheet(c, k))
      if (auto n = section_number(blocks[k], c.rules); n && blocks[k].kind == BlockKind::heading)
        headings.push_back({k, *n});

  const std::size_t diags_before = c.diags.size();
  set_series(c, pub);
  set_identifiers(c, pub);
  parse_toc(c, pub, headings);
  for (std::size_t i : find_objectives(c, headings))
    pub.objectives.push_back(parse_objective(c, headings, pub.toc, i));
  parse_footnotes(c, pub);

  const bool nothing = pub.sheets.empty() && pub.toc.empty() && pub.objectives.empty() &&
                       pub.series.empty() && pub.number.empty() && pub.isbn.empty() &&
                       pub.issn.empty() && pub.urn.empty();
  if (nothing) {
    // One finding instead of a missing-part warning for every part of a text that is no
    // publication at all.
    c.diags.resize(diags_before);
    report(c, first_line(c), Severity::error, "publication.not-found",
           "no part of a ministry publication (description sheet, identifiers, contents, "
           "objectives) was found");
    return;
  }

  if (pub.title.empty())
    report(c, first_line(c), Severity::warning, "publication.title-missing",
           "no title (a first-level heading)");
  if (pub.series.empty() && pub.number.empty())
    report(c, first_line(c), Severity::warning, "publication.series-missing",
           "no series and number (such as '… publikationer 2024:6')");
  for (const std::string& lang : c.vocab.sheet_langs) {
    bool found = false;
    for (const DescriptionSheet& s : pub.sheets) found = found || s.lang == lang;
    if (!found)
      report(c, pub.sheets.empty() ? first_line(c) : pub.sheets.front().lines.first,
             Severity::warning, "publication.sheet-missing",
             "no " + lang_name(lang) + " description sheet");
  }
  for (const DescriptionSheet& s : pub.sheets) check_sheet(c, s);
  compare_sheets(c, pub.sheets);
  // The sheet in the publication's own language repeats its title.
  for (const DescriptionSheet& s : pub.sheets) {
    if (pub.title.empty() || s.title.empty() || language_code(c, s.language) != s.lang) continue;
    if (title_key(s.title) != title_key(pub.title))
      report(c, s.lines.first, Severity::warning, "publication.title-mismatch",
             "the " + lang_name(s.lang) + " description sheet's title " + quote(s.title) +
                 " differs from the title " + quote(pub.title) + " (line " +
                 std::to_string(pub.title_lines.first) + ")");
  }
  if (pub.toc.empty())
    report(c, first_line(c), Severity::note, "publication.toc-missing", "no table of contents");
  if (pub.objectives.empty())
    report(c, first_line(c), Severity::warning, "publication.objectives-missing",
           "no numbered objectives with a background or indicators part");
  check_objectives(c, pub.objectives);
}

}  // namespace

Publication parse_publication(const Layout& layout, const Rules& rules, Diagnostics& diags) {
  Publication pub;
  const LoadedVocab& vocab = loaded_vocab(rules);
  diags.insert(diags.end(), vocab.diags.begin(), vocab.diags.end());
  Ctx c{layout, rules, diags, vocab.vocab, {}};
  try {
    parse(c, pub);
  } catch (const std::exception& e) {
    // The promise is that a parser never throws; what was parsed so far is kept.
    report(c, first_line(c), Severity::error, "publication.internal",
           std::string("internal error while parsing the publication: ") + e.what());
  }
  return pub;
}

}  // namespace tolk
