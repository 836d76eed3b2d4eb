// The protocol parser's vocabulary: rules/<lang>/protocol.tsv (format in rules/sv/protocol.tsv),
// and the matching helpers every part of the parser uses.
#include <re2/re2.h>

#include <algorithm>
#include <array>

#include "core/unicode.h"
#include "parse/protocol_internal.h"

namespace tolk::protocol {

namespace {

struct FieldSpec {
  std::string_view name;
  bool takes_arg = false;
  int groups = 0;                       // capturing groups the pattern needs at least
  std::vector<std::string_view> codes;  // allowed arguments; empty: any (checked elsewhere)
  bool word = false;                    // the value is a word, not a pattern
};

const std::vector<FieldSpec>& specs() {
  static const std::vector<FieldSpec> kSpecs = {
      {"title", false, 1, {}, false},
      {"county", true, 0, {}, false},
      {"time", false, 0, {}, false},
      {"place", false, 0, {}, false},
      {"time-range", false, 2, {}, false},
      {"remote-link", false, 0, {}, false},
      {"record", false, 2, {}, false},
      {"case-number", false, 0, {}, false},
      {"group", true, 0, {"area", "presidium", "ministries", "government"}, false},
      {"presence", true, 0, {"onsite", "remote"}, false},
      {"role", true, 0, {"chair", "first-vice-chair", "second-vice-chair"}, false},
      {"present", false, 0, {}, false},
      {"organisation", false, 0, {}, false},
      {"name-particle", false, 0, {}, true},
      {"decision", false, 0, {}, false},
      {"decision-phrase", false, 0, {}, false},
      {"closing-item", false, 0, {}, false},
      {"closing", false, 1, {}, false},
      {"list-intro", true, 0, {"new", "earlier"}, false},
      {"issuer", true, 0, {}, false},
      {"given-year", false, 1, {}, false},
      {"validity", false, 2, {}, false},
      {"follow-up", false, 0, {}, false},
      {"source", false, 1, {}, false},
      {"source-separator", false, 0, {}, false},
  };
  return kSpecs;
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

// An issuer code is a canonical abbreviation: capital ASCII letters ("MIN", "IM").
bool issuer_code(std::string_view s) {
  return !s.empty() && s.size() <= 8 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// "rules/sv/protocol.tsv" for a file under the rules directory, as the rules loader names them.
std::string display_name(const std::filesystem::path& dir, const std::filesystem::path& p) {
  std::error_code ec;
  auto rel = std::filesystem::relative(p, dir.parent_path(), ec);
  return ec || rel.empty() ? p.string() : rel.string();
}

}  // namespace

const std::vector<ProtocolPattern>& ProtocolRules::of(std::string_view field) const {
  static const std::vector<ProtocolPattern> kNone;
  auto it = fields.find(field);
  return it == fields.end() ? kNone : it->second;
}

std::vector<int> ProtocolRules::candidates(std::string_view field, std::string_view text,
                                           bool whole) const {
  if (auto it = sets.find(field); it != sets.end()) return it->second->get(whole).matching(text);
  std::vector<int> all(of(field).size());
  for (std::size_t k = 0; k < all.size(); ++k) all[k] = static_cast<int>(k);
  return all;
}

void read_protocol_rules(const std::filesystem::path& file, const std::string& display,
                         const std::string& lang, ProtocolRules& out, Diagnostics& diags) {
  ++out.files;
  for (const RuleLine& r : read_rule_file(file, diags)) {
    const std::string& name = r.fields[0];
    auto spec = std::find_if(specs().begin(), specs().end(),
                             [&](const FieldSpec& s) { return s.name == name; });
    if (spec == specs().end()) {
      diags.push_back(
          rule_error(display, r.line, "rules.unknown-field", "unknown field '" + name + "'"));
      continue;
    }
    const std::size_t want = spec->takes_arg ? 3 : 2;
    if (r.fields.size() != want) {
      diags.push_back(rule_error(
          display, r.line, "rules.bad-line",
          spec->takes_arg ? "'" + name + "' takes an argument and a pattern, separated by tabs"
                          : "'" + name + "' takes one value after a tab"));
      continue;
    }
    const std::string arg = spec->takes_arg ? r.fields[1] : std::string();
    const std::string& value = r.fields.back();
    if (spec->takes_arg && !spec->codes.empty() &&
        std::find(spec->codes.begin(), spec->codes.end(), arg) == spec->codes.end()) {
      std::string allowed;
      for (auto c : spec->codes) allowed += (allowed.empty() ? "" : ", ") + std::string(c);
      diags.push_back(rule_error(display, r.line, "rules.bad-code",
                                 "'" + arg + "' is not a " + name + " code (" + allowed + ")"));
      continue;
    }
    if (name == "issuer" && !issuer_code(arg)) {
      diags.push_back(rule_error(display, r.line, "rules.bad-code",
                                 "an issuer code is a capital abbreviation such as MIN or IM, "
                                 "not '" +
                                     arg + "'"));
      continue;
    }
    if (spec->word) {
      out.name_particles.insert(to_lower(value));
      continue;
    }
    RE2::Options opts;
    opts.set_log_errors(false);
    auto re = std::make_shared<RE2>(value, opts);
    if (!re->ok()) {
      diags.push_back(rule_error(display, r.line, "rules.bad-pattern",
                                 "pattern does not compile: " + re->error()));
      continue;
    }
    if (re->NumberOfCapturingGroups() < spec->groups) {
      diags.push_back(rule_error(
          display, r.line, "rules.bad-pattern",
          "'" + name + "' needs " + std::to_string(spec->groups) + " capturing group(s)"));
      continue;
    }
    if (name == "present") {
      const auto& named = re->NamedCapturingGroups();
      if (!named.count("from") && !named.count("to")) {
        diags.push_back(rule_error(display, r.line, "rules.bad-pattern",
                                   "a presence interval needs a group (?P<from>…) or (?P<to>…)"));
        continue;
      }
    }
    if (name == "county") {
      std::string error;
      if (!re->CheckRewriteString(arg, &error)) {
        diags.push_back(rule_error(display, r.line, "rules.bad-pattern",
                                   "the rewrite '" + arg + "' does not fit the pattern: " + error));
        continue;
      }
    }
    out.fields[name].push_back(
        {lang, name, arg, value, std::move(re), display + ":" + std::to_string(r.line)});
  }
}

ProtocolRules load_protocol_rules(const Rules& rules, Diagnostics& diags) {
  ProtocolRules out;
  for (const auto& [code, lang] : rules.languages) {
    (void)lang;
    const auto file = rules.dir / code / "protocol.tsv";
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) continue;
    read_protocol_rules(file, display_name(rules.dir, file), code, out, diags);
  }
  for (const auto& [field, patterns] : out.fields) {
    std::vector<const RE2*> res;
    for (const ProtocolPattern& p : patterns)
      if (p.re && p.re->ok()) res.push_back(p.re.get());
    if (res.size() != patterns.size()) continue;  // a pattern that failed: every one is tried
    out.sets[field] = std::make_shared<const ProtocolRules::FieldSets>(std::move(res));
  }
  return out;
}

// ---- Matching ------------------------------------------------------------------------------

namespace {

std::optional<Match> match_at(const ProtocolPattern& p, std::string_view text, std::size_t from,
                              bool whole) {
  const RE2& re = *p.re;
  const int n = re.NumberOfCapturingGroups();
  std::vector<re2::StringPiece> sub(static_cast<std::size_t>(n) + 1);
  re2::StringPiece in(text.data(), text.size());
  if (from > text.size()) return std::nullopt;
  if (!re.Match(in, from, text.size(), whole ? RE2::ANCHOR_BOTH : RE2::UNANCHORED, sub.data(),
                n + 1))
    return std::nullopt;
  Match m;
  m.begin = static_cast<std::size_t>(sub[0].data() - text.data());
  m.end = m.begin + sub[0].size();
  for (int g = 1; g <= n; ++g) {
    const auto& s = sub[static_cast<std::size_t>(g)];
    m.groups.emplace_back(s.data() ? std::string(s.data(), s.size()) : std::string());
  }
  m.rule = &p;
  return m;
}

}  // namespace

std::optional<Match> find_first(const ProtocolRules& pr, std::string_view field,
                                std::string_view text, bool whole) {
  const std::vector<ProtocolPattern>& patterns = pr.of(field);
  for (int k : pr.candidates(field, text, whole))
    if (auto m = match_at(patterns[static_cast<std::size_t>(k)], text, 0, whole)) return m;
  return std::nullopt;
}

std::optional<Match> find_leftmost(const ProtocolRules& pr, std::string_view field,
                                   std::string_view text, std::size_t from) {
  std::optional<Match> best;
  // A pattern that matches at or after `from` matches somewhere in `text`: the set of the whole
  // text leaves out only patterns that cannot.
  const std::vector<ProtocolPattern>& patterns = pr.of(field);
  for (int k : pr.candidates(field, text, false)) {
    auto m = match_at(patterns[static_cast<std::size_t>(k)], text, from, false);
    if (m && (!best || m->begin < best->begin)) best = std::move(m);
  }
  return best;
}

Diagnostic make_diag(const Layout& l, std::size_t line, Severity s, std::string code,
                     std::string message) {
  Diagnostic d;
  d.file = l.file;
  d.line = line;
  d.severity = s;
  d.code = std::move(code);
  d.message = std::move(message);
  return d;
}

std::optional<std::string> normalise_time(std::string_view t) {
  t = trim(t);
  int h = 0, m = 0;
  std::size_t i = 0;
  auto digits = [&](int& v, std::size_t max) {
    std::size_t n = 0;
    while (i < t.size() && n < max && t[i] >= '0' && t[i] <= '9') {
      v = v * 10 + (t[i] - '0');
      ++i;
      ++n;
    }
    return n;
  };
  const std::size_t hd = digits(h, 2);
  if (hd == 0) return std::nullopt;
  if (i < t.size()) {
    if (t[i] != '.' && t[i] != ':') return std::nullopt;
    ++i;
    if (digits(m, 2) != 2) return std::nullopt;
  }
  if (i != t.size() || h > 23 || m > 59) return std::nullopt;
  std::string out;
  out += static_cast<char>('0' + h / 10);
  out += static_cast<char>('0' + h % 10);
  out += ':';
  out += static_cast<char>('0' + m / 10);
  out += static_cast<char>('0' + m % 10);
  return out;
}

std::vector<Piece> split_list(std::string_view text) {
  std::vector<Piece> out;
  int depth = 0;
  std::size_t start = 0;
  auto push = [&](std::size_t from, std::size_t to) {
    std::string_view raw = text.substr(from, to - from);
    std::string_view t = trim(raw);
    if (t.empty()) return;
    out.push_back({std::string(t), static_cast<std::size_t>(t.data() - text.data())});
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '(')
      ++depth;
    else if (c == ')' && depth > 0)
      --depth;
    else if ((c == ',' || c == ';') && depth == 0 && i + 1 < text.size() && text[i + 1] == ' ' &&
             !(i > 0 && text[i - 1] == '-')) {
      push(start, i);
      start = i + 1;
    }
  }
  push(start, text.size());
  return out;
}

}  // namespace tolk::protocol
