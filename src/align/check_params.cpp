// rules/align/check.tsv: the check's thresholds, severities and words (format in the file).
#include <charconv>
#include <system_error>

#include "align/check_internal.h"
#include "core/unicode.h"

namespace tolk::check {

namespace {

bool parse_number(const std::string& s, double& out) {
  auto [end, err] = std::from_chars(s.data(), s.data() + s.size(), out);
  return err == std::errc() && end == s.data() + s.size() && out >= 0;
}

bool parse_severity(const std::string& s, Severity& out) {
  if (s == "error")
    out = Severity::error;
  else if (s == "warning")
    out = Severity::warning;
  else if (s == "note")
    out = Severity::note;
  else
    return false;
  return true;
}

bool valid_lang(const std::string& s) {
  return s == "sv" || s == "fi" || s == "*";
}

}  // namespace

Severity severity_for(const Params& p, const std::string& key, Severity fallback) {
  auto it = p.severity.find(key);
  return it == p.severity.end() ? fallback : it->second;
}

Params load_params(const Rules& rules, std::vector<Finding>& problems) {
  Params p;
  const auto path = rules.dir / "align" / "check.tsv";
  std::error_code ec;
  if (rules.dir.empty() || !std::filesystem::exists(path, ec)) {
    // Without the file, the signs every text writes the same: "%", "€", "kl." / "klo".
    p.percent_words = {{"*", "%"}};
    p.money_words = {{"*", "€"}};
    p.time_words = {{"sv", "kl."}, {"fi", "klo"}};
    prepare_params(p, rules);
    return p;
  }
  const std::string file = "rules/align/check.tsv";
  Diagnostics diags;
  const std::vector<RuleLine> lines = read_rule_file(path, diags);
  auto problem = [&](std::size_t line, const std::string& what) {
    Finding f;
    f.severity = Severity::error;
    f.code = "check.rules";
    f.message = file + ":" + std::to_string(line) + ": " + what + "; the line is skipped";
    problems.push_back(std::move(f));
  };
  for (const Diagnostic& d : diags) problem(d.line, d.message);
  for (const RuleLine& r : lines) {
    const auto& f = r.fields;
    const std::string& what = f[0];
    double number = 0;
    Severity sev = Severity::note;
    if (what == "param" && f.size() == 3 && parse_number(f[2], number)) {
      const std::string& name = f[1];
      if (name == "length.min-chars")
        p.length_min_chars = number;
      else if (name == "length.low")
        p.length_low = number;
      else if (name == "length.high")
        p.length_high = number;
      else if (name == "sentence.low")
        p.sentence_low = number;
      else if (name == "sentence.high")
        p.sentence_high = number;
      else if (name == "excerpt.chars")
        p.excerpt_chars = static_cast<std::size_t>(number);
      else
        problem(r.line, "unknown parameter '" + name + "'");
    } else if (what == "severity" && f.size() == 3 && parse_severity(f[2], sev)) {
      p.severity[f[1]] = sev;
    } else if ((what == "percent" || what == "points" || what == "money" || what == "time") &&
               f.size() == 3 && valid_lang(f[1])) {
      auto& list = what == "percent"  ? p.percent_words
                   : what == "points" ? p.points_words
                   : what == "money"  ? p.money_words
                                      : p.time_words;
      list.push_back({f[1], to_lower(f[2])});
    } else if (what == "scale" && f.size() == 4 && valid_lang(f[1]) && parse_number(f[3], number)) {
      p.scales.push_back({f[1], to_lower(f[2]), number});
    } else if (what == "number-word" && f.size() == 4 && valid_lang(f[1]) &&
               parse_number(f[3], number)) {
      p.number_words.push_back({f[1], to_lower(f[2]), f[3]});
    } else if (what == "acronym" && f.size() == 3) {
      p.acronyms.push_back({f[1], f[2], true});
    } else {
      problem(r.line,
              "expected param, severity, percent, points, money, time, scale, "
              "number-word or acronym with its fields (see the file's header)");
    }
  }
  prepare_params(p, rules);
  return p;
}

}  // namespace tolk::check
