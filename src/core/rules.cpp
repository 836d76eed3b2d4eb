#include "core/rules.h"

#include <re2/re2.h>
#include <re2/set.h>
#include <unicode/utf8.h>

#include <unistd.h>
#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <fstream>
#include <future>
#include <sstream>

#include "core/io.h"
#include "core/unicode.h"

namespace tolk {

namespace {

// The options of every pattern of the rules, checked at load or compiled: its problems are
// reported as diagnostics, not logged.
RE2::Options rule_options() {
  RE2::Options opts;
  opts.set_log_errors(false);
  return opts;
}

bool valid_utf8(std::string_view s) {
  int32_t i = 0;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c = 0;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

std::string display(const std::filesystem::path& dir, const std::filesystem::path& p) {
  std::error_code ec;
  auto rel = std::filesystem::relative(p, dir.parent_path(), ec);
  return ec || rel.empty() ? p.string() : rel.string();
}

Diagnostic rule_error(const std::string& file, std::size_t line, std::string code,
                      std::string message) {
  Diagnostic d;
  d.file = file;
  d.line = line;
  d.severity = Severity::error;
  d.code = std::move(code);
  d.message = std::move(message);
  return d;
}

// Optional files may be absent for a language; required ones must exist for every language.
std::vector<RuleLine> read_if_present(const std::filesystem::path& p, Diagnostics& diags) {
  std::error_code ec;
  if (!std::filesystem::exists(p, ec)) return {};
  return read_rule_file(p, diags);
}

void load_words(const std::filesystem::path& p, WordSet& out, Diagnostics& diags) {
  for (const RuleLine& r : read_if_present(p, diags)) out.insert(to_lower(r.fields[0]));
}

void load_params(const std::filesystem::path& dir, LayoutParams& params, Diagnostics& diags) {
  auto p = dir / "layout" / "params.tsv";
  std::error_code ec;
  if (!std::filesystem::exists(p, ec)) {
    diags.push_back(rule_error(display(dir, p), 0, "rules.missing-file",
                               "the layout parameters file is missing"));
    return;
  }
  const std::string file = display(dir, p);
  for (const RuleLine& r : read_rule_file(p, diags)) {
    if (r.fields.size() != 2) {
      diags.push_back(rule_error(file, r.line, "rules.bad-line",
                                 "expected a name and a value separated by a tab"));
      continue;
    }
    const std::string& key = r.fields[0];
    const std::string& val = r.fields[1];
    double number = 0;
    auto [end, err] = std::from_chars(val.data(), val.data() + val.size(), number);
    if (err != std::errc() || end != val.data() + val.size() || number < 0) {
      diags.push_back(rule_error(file, r.line, "rules.bad-value",
                                 "'" + val + "' is not a non-negative number"));
      continue;
    }
    auto whole = [&](std::size_t& field) { field = static_cast<std::size_t>(number); };
    if (key == "double-spaced.min-ratio")
      params.double_spaced_min_ratio = number;
    else if (key == "double-spaced.max-width")
      whole(params.double_spaced_max_width);
    else if (key == "full-line.ratio")
      params.full_line_ratio = number;
    else if (key == "long-line.ratio")
      params.long_line_ratio = number;
    else if (key == "heading.max-chars")
      whole(params.heading_max_chars);
    else if (key == "heading.max-words")
      whole(params.heading_max_words);
    else if (key == "page-header.max-lines")
      whole(params.page_header_max_lines);
    else
      diags.push_back(
          rule_error(file, r.line, "rules.unknown-key", "unknown parameter '" + key + "'"));
  }
}

// Reads a `field <TAB> pattern` file. Fields in `needs_group` must capture their value.
void load_field_patterns(const std::filesystem::path& dir, const std::filesystem::path& p,
                         const std::string& code, std::vector<FieldPattern>& out,
                         const std::vector<std::string>& plain_fields, Diagnostics& diags) {
  const std::string file = display(dir, p);
  for (const RuleLine& r : read_if_present(p, diags)) {
    if (r.fields.size() != 2) {
      diags.push_back(rule_error(file, r.line, "rules.bad-line",
                                 "expected a field name and a pattern separated by a tab"));
      continue;
    }
    auto re = std::make_shared<RE2>(r.fields[1], rule_options());
    if (!re->ok()) {
      diags.push_back(rule_error(file, r.line, "rules.bad-pattern",
                                 "pattern does not compile: " + re->error()));
      continue;
    }
    const bool plain =
        std::find(plain_fields.begin(), plain_fields.end(), r.fields[0]) != plain_fields.end();
    if (!plain && re->NumberOfCapturingGroups() < 1) {
      diags.push_back(rule_error(file, r.line, "rules.bad-pattern",
                                 "a data field's pattern needs a group that captures the value"));
      continue;
    }
    out.push_back(
        {code, r.fields[0], r.fields[1], std::move(re), file + ":" + std::to_string(r.line)});
  }
}

void load_kind_markers(const std::filesystem::path& dir, const std::filesystem::path& p,
                       LanguageRules& lang, Diagnostics& diags) {
  const std::string file = display(dir, p);
  for (const RuleLine& r : read_if_present(p, diags)) {
    double weight = 0;
    if (r.fields.size() == 3) {
      auto [end, err] =
          std::from_chars(r.fields[1].data(), r.fields[1].data() + r.fields[1].size(), weight);
      if (err != std::errc() || end != r.fields[1].data() + r.fields[1].size()) weight = -1;
    }
    const std::string& kind = r.fields[0];
    if (r.fields.size() != 3 || weight <= 0 ||
        (kind != "decision" && kind != "publication" && kind != "protocol")) {
      diags.push_back(rule_error(file, r.line, "rules.bad-line",
                                 "expected a kind (decision, publication, protocol), a positive "
                                 "weight and a pattern, separated by tabs"));
      continue;
    }
    // Parsed here, compiled when first run (LazyRegex): a set parses what it is given as RE2
    // does, with the same message for what it refuses.
    RE2::Set parses(rule_options(), RE2::UNANCHORED);
    std::string error;
    if (parses.Add(r.fields[2], &error) < 0) {
      diags.push_back(
          rule_error(file, r.line, "rules.bad-pattern", "pattern does not compile: " + error));
      continue;
    }
    lang.kind_markers.push_back({kind, weight, r.fields[2],
                                 std::make_shared<const LazyRegex>(r.fields[2]),
                                 file + ":" + std::to_string(r.line)});
  }
}

void load_months(const std::filesystem::path& dir, const std::filesystem::path& p,
                 LanguageRules& lang, Diagnostics& diags) {
  const std::string file = display(dir, p);
  for (const RuleLine& r : read_if_present(p, diags)) {
    int month = 0;
    if (r.fields.size() == 2) {
      auto [end, err] =
          std::from_chars(r.fields[0].data(), r.fields[0].data() + r.fields[0].size(), month);
      if (err != std::errc() || end != r.fields[0].data() + r.fields[0].size()) month = 0;
    }
    if (r.fields.size() != 2 || month < 1 || month > 12) {
      diags.push_back(
          rule_error(file, r.line, "rules.bad-line",
                     "expected a month number (1-12) and a month name, separated by a tab"));
      continue;
    }
    lang.months[to_lower(r.fields[1])] = month;
  }
}

void load_align(const std::filesystem::path& dir, Rules& rules, Diagnostics& diags) {
  const auto params = dir / "align" / "params.tsv";
  std::error_code ec;
  if (std::filesystem::exists(params, ec)) {
    const std::string file = display(dir, params);
    AlignParams& a = rules.align;
    for (const RuleLine& r : read_rule_file(params, diags)) {
      double v = 0;
      bool ok = r.fields.size() == 2;
      if (ok) {
        auto [end, err] =
            std::from_chars(r.fields[1].data(), r.fields[1].data() + r.fields[1].size(), v);
        ok = err == std::errc() && end == r.fields[1].data() + r.fields[1].size() && v >= 0;
      }
      if (!ok) {
        diags.push_back(rule_error(file, r.line, "rules.bad-line",
                                   "expected a name and a non-negative number separated by a tab"));
        continue;
      }
      const std::string& k = r.fields[0];
      if (k == "length.ratio")
        a.length_ratio = v;
      else if (k == "length.variance")
        a.length_variance = v;
      else if (k == "prior.1-1")
        a.prior_1_1 = v;
      else if (k == "prior.1-0")
        a.prior_1_0 = v;
      else if (k == "prior.2-1")
        a.prior_2_1 = v;
      else if (k == "prior.2-2")
        a.prior_2_2 = v;
      else if (k == "anchor.weight")
        a.anchor_weight = v;
      else if (k == "anchor.miss")
        a.anchor_miss = v;
      else if (k == "band")
        a.band = static_cast<std::size_t>(v);
      else
        diags.push_back(
            rule_error(file, r.line, "rules.unknown-key", "unknown parameter '" + k + "'"));
    }
  }
  for (const char* name : {"lexicon.tsv", "acronyms.tsv"}) {
    const auto p = dir / "align" / name;
    const bool acronym = std::string(name) == "acronyms.tsv";
    for (const RuleLine& r : read_if_present(p, diags)) {
      if (r.fields.size() != 2) {
        diags.push_back(rule_error(display(dir, p), r.line, "rules.bad-line",
                                   "expected a Swedish and a Finnish term separated by a tab"));
        continue;
      }
      rules.lexicon.push_back({acronym ? r.fields[0] : to_lower(r.fields[0]),
                               acronym ? r.fields[1] : to_lower(r.fields[1]), acronym});
    }
  }
}

}  // namespace

LazyRegex::LazyRegex(std::string pattern) : pattern_(std::move(pattern)) {}
LazyRegex::~LazyRegex() = default;

const RE2& LazyRegex::get() const {
  std::call_once(once_, [this] { re_ = std::make_unique<RE2>(pattern_, rule_options()); });
  return *re_;
}

std::vector<RuleLine> read_rule_file(const std::filesystem::path& path, Diagnostics& diags) {
  std::string data = read_file_bytes(path.string());
  std::vector<RuleLine> out;
  std::istringstream in(data);
  std::string raw;
  std::size_t n = 0;
  while (std::getline(in, raw)) {
    ++n;
    if (!raw.empty() && raw.back() == '\r') raw.pop_back();
    if (n == 1 && raw.rfind("\xEF\xBB\xBF", 0) == 0) raw.erase(0, 3);
    if (!valid_utf8(raw)) {
      diags.push_back(rule_error(path.string(), n, "rules.invalid-utf8",
                                 "line is not valid UTF-8 and was skipped"));
      continue;
    }
    std::string_view t = trim(raw);
    if (t.empty() || t.front() == '#') continue;
    RuleLine line{n, {}};
    std::size_t start = 0;
    while (true) {
      std::size_t tab = raw.find('\t', start);
      std::string_view f = std::string_view(raw).substr(
          start, tab == std::string::npos ? std::string::npos : tab - start);
      f = trim(f);
      if (!f.empty()) line.fields.push_back(nfc(f));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    out.push_back(std::move(line));
  }
  return out;
}

FunctionWordIndex index_function_words(const std::map<std::string, LanguageRules>& languages) {
  FunctionWordIndex index;
  std::map<std::string, std::uint64_t> langs;
  for (const auto& [code, lang] : languages) {
    const std::size_t bit = index.codes_.size();
    if (bit == 64) break;
    index.codes_.push_back(code);
    for (const std::string& w : lang.function_words) {
      if (w.empty()) continue;
      langs[w] |= std::uint64_t{1} << bit;
      index.longest_ = std::max(index.longest_, w.size());
    }
  }
  index.ends_by_length_.resize(index.longest_ + 1);
  for (const auto& [word, bits] : langs) {
    index.ends_by_length_[word.size()].add(0, word.front());
    index.ends_by_length_[word.size()].add(1, word.back());
  }
  std::size_t size = 16;
  while (size < 2 * langs.size()) size *= 2;
  index.slots_.resize(size);
  for (auto& [word, bits] : langs) {
    std::size_t i = FunctionWordIndex::hash(word) & (size - 1);
    while (index.slots_[i].langs != 0) i = (i + 1) & (size - 1);
    index.slots_[i] = {word, bits};
  }
  return index;
}

Rules load_rules(const std::filesystem::path& dir, Diagnostics& diags) {
  Rules rules;
  rules.dir = dir;
  rules.all.code = "*";
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    diags.push_back(rule_error(dir.string(), 0, "rules.missing-dir",
                               "rules directory not found (give one with --rules or TOLK_RULES)"));
    return rules;
  }
  load_params(dir, rules.layout, diags);
  load_align(dir, rules, diags);
  // One language's rules, made of its folder's files only.
  struct Loaded {
    LanguageRules lang;
    Diagnostics diags;
  };
  auto load_language = [&dir](const std::filesystem::path& d) {
    Loaded l;
    LanguageRules& lang = l.lang;
    Diagnostics& diags = l.diags;
    const std::string code = d.filename().string();
    lang.code = code;
    load_words(d / "suspension-words.txt", lang.suspension_words, diags);
    load_words(d / "abbreviations.txt", lang.abbreviations, diags);
    for (const RuleLine& r : read_if_present(d / "hyphenated-words.txt", diags))
      lang.hyphenated_prefixes.push_back(to_lower(r.fields[0]));
    for (const RuleLine& r : read_if_present(d / "same-vowel-hyphen.txt", diags))
      lang.same_vowel_hyphen.push_back(to_lower(r.fields[0]));
    load_field_patterns(dir, d / "page-header.tsv", code, lang.page_header, {"title"}, diags);
    load_field_patterns(dir, d / "decision.tsv", code, lang.decision,
                        {"legal-basis", "entry-into-force"}, diags);
    load_words(d / "function-words.txt", lang.function_words, diags);
    load_kind_markers(dir, d / "kind-markers.tsv", lang, diags);
    load_months(dir, d / "months.tsv", lang, diags);
    return l;
  };
  // The languages are loaded at once, each on a thread of its own: compiling their patterns
  // (Unicode classes such as \pL take RE2 a millisecond or so each) is most of the time every
  // command starts with. Their problems are reported in the folders' order, as one by one.
  std::vector<std::future<Loaded>> loading;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string code = entry.path().filename().string();
    if (!entry.is_directory() || code == "layout" || code == "align") continue;
    loading.push_back(std::async(std::launch::async, load_language, entry.path()));
  }
  for (auto& f : loading) {
    Loaded l = f.get();
    diags.insert(diags.end(), l.diags.begin(), l.diags.end());
    const std::string code = l.lang.code;
    rules.languages.emplace(code, std::move(l.lang));
  }
  if (rules.languages.empty())
    diags.push_back(rule_error(dir.string(), 0, "rules.no-languages",
                               "no language directories (sv/, fi/, ...) in the rules directory"));
  rules.function_words =
      std::make_shared<const FunctionWordIndex>(index_function_words(rules.languages));
  // std::map iterates in code order, so the unions do not depend on the file system's order.
  for (const auto& [code, lang] : rules.languages) {
    LanguageRules& all = rules.all;
    all.suspension_words.insert(lang.suspension_words.begin(), lang.suspension_words.end());
    all.abbreviations.insert(lang.abbreviations.begin(), lang.abbreviations.end());
    all.hyphenated_prefixes.insert(all.hyphenated_prefixes.end(), lang.hyphenated_prefixes.begin(),
                                   lang.hyphenated_prefixes.end());
    for (const auto& v : lang.same_vowel_hyphen)
      if (std::find(all.same_vowel_hyphen.begin(), all.same_vowel_hyphen.end(), v) ==
          all.same_vowel_hyphen.end())
        all.same_vowel_hyphen.push_back(v);
    all.page_header.insert(all.page_header.end(), lang.page_header.begin(), lang.page_header.end());
    all.decision.insert(all.decision.end(), lang.decision.begin(), lang.decision.end());
    all.kind_markers.insert(all.kind_markers.end(), lang.kind_markers.begin(),
                            lang.kind_markers.end());
    all.months.insert(lang.months.begin(), lang.months.end());
  }
  return rules;
}

std::filesystem::path default_rules_dir(const char* argv0) {
  if (const char* env = std::getenv("TOLK_RULES"); env && *env) return env;
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec && argv0) exe = std::filesystem::absolute(argv0, ec);
  if (!ec) {
    for (auto d = exe.parent_path(); !d.empty() && d != d.root_path(); d = d.parent_path()) {
      if (std::filesystem::is_directory(d / "rules" / "layout", ec)) return d / "rules";
      if (std::filesystem::is_directory(d / "share" / "tolk" / "rules", ec))
        return d / "share" / "tolk" / "rules";
    }
  }
  return "rules";
}

std::vector<const FieldPattern*> patterns_for(const std::vector<FieldPattern>& patterns,
                                              std::string_view field) {
  std::vector<const FieldPattern*> out;
  for (const auto& p : patterns)
    if (p.field == field) out.push_back(&p);
  return out;
}

bool starts_with_any(std::string_view word, const std::vector<std::string>& prefixes) {
  return std::any_of(prefixes.begin(), prefixes.end(),
                     [&](const std::string& p) { return word.substr(0, p.size()) == p; });
}

}  // namespace tolk
