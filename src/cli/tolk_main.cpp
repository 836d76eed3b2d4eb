// tolk: the command line. Parses arguments, calls the library, maps results to exit codes:
//   0  success
//   1  at least one document had errors (each one is reported; the others are still processed)
//   2  usage error: bad arguments, or a rules directory that does not load
#include <CLI/CLI.hpp>

#include <iostream>
#include <string>
#include <vector>

#include "batch/document.h"
#include "core/rules.h"
#include "core/version.h"
#include "emit/text_report.h"

namespace {

constexpr int kOk = 0;
constexpr int kDocumentErrors = 1;
constexpr int kUsage = 2;

void print_diagnostics(const tolk::Diagnostics& diags) {
  for (const auto& d : diags) std::cerr << tolk::format_diagnostic(d) << '\n';
}

int run_text(const std::vector<std::string>& files, const std::string& format, bool explain,
             const tolk::Rules& rules) {
  tolk::TextReportOptions opts;
  opts.explain = explain;
  nlohmann::json docs = nlohmann::json::array();
  bool errors = false;
  for (const std::string& f : files) {
    tolk::Document doc = tolk::load_document(f, rules);
    print_diagnostics(doc.diagnostics);
    errors = errors || !doc.ok();
    if (format == "json") {
      nlohmann::json j = doc.text ? tolk::to_json(*doc.text, *doc.layout, opts)
                                  : nlohmann::json{{"file", f == "-" ? "<stdin>" : f}};
      nlohmann::json diags = nlohmann::json::array();
      for (const auto& d : doc.diagnostics) diags.push_back(tolk::to_json(d));
      j["diagnostics"] = std::move(diags);
      docs.push_back(std::move(j));
    } else if (doc.text) {
      std::cout << tolk::render_text(*doc.text, *doc.layout, opts);
    }
  }
  if (format == "json")
    std::cout << nlohmann::json{{"tool", "tolk"}, {"version", tolk::kVersion}, {"documents", docs}}
                     .dump(2)
              << '\n';
  return errors ? kDocumentErrors : kOk;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "tolk turns Finnish government decisions and ministry-county negotiation protocols, in "
      "Swedish and Finnish, into structured data.\n\nExit codes: 0 success, 1 a document had "
      "errors, 2 usage error.",
      "tolk"};
  app.set_version_flag("--version", std::string("tolk ") + tolk::kVersion);
  app.require_subcommand(1);
  std::string rules_dir;
  app.add_option("--rules", rules_dir,
                 "Directory of language rules (default: $TOLK_RULES, else the rules/ directory "
                 "next to the tolk executable or the repository it was built in)");

  CLI::App* text = app.add_subcommand(
      "text", "Show the reconstructed blocks of each file (paragraphs, headings, list items, "
              "table rows, contents entries, footnotes, page debris) with their source lines");
  std::vector<std::string> files;
  std::string format = "text";
  bool explain = false;
  text->add_option("files", files, "Input files; - reads standard input")->required();
  text->add_option("--format", format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  text->add_flag("--explain", explain,
                 "Also list every de-hyphenation, debris and page-break decision with its rule");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kUsage;
  }

  tolk::Diagnostics rule_diags;
  const std::string dir = rules_dir.empty() ? tolk::default_rules_dir(argv[0]).string() : rules_dir;
  tolk::Rules rules;
  try {
    rules = tolk::load_rules(dir, rule_diags);
  } catch (const std::exception& e) {
    std::cerr << "tolk: cannot read rules: " << e.what() << '\n';
    return kUsage;
  }
  print_diagnostics(rule_diags);
  if (tolk::has_errors(rule_diags)) return kUsage;

  try {
    if (text->parsed()) return run_text(files, format, explain, rules);
  } catch (const std::exception& e) {
    std::cerr << "tolk: " << e.what() << '\n';
    return kDocumentErrors;
  }
  return kUsage;
}
