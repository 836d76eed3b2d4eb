// tolk: the command line. Parses arguments, calls the library, maps results to exit codes:
//   0  success
//   1  at least one document had errors (each one is reported; the others are still processed)
//   2  usage error: bad arguments, or a rules directory that does not load
#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>

#include <unistd.h>
#include <filesystem>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "batch/batch.h"
#include "batch/document.h"
#include "batch/track.h"
#include "core/io.h"
#include "core/rules.h"
#include "core/version.h"
#include "emit/akn.h"
#include "emit/alignment_xml.h"
#include "emit/check_report.h"
#include "emit/text_report.h"

namespace {

constexpr int kOk = 0;
constexpr int kDocumentErrors = 1;
constexpr int kUsage = 2;

void print_diagnostics(const tolk::Diagnostics& diags) {
  for (const auto& d : diags) std::cerr << tolk::format_diagnostic(d) << '\n';
}

const tolk::Classification* cls(const tolk::Document& d) {
  return d.classification ? &*d.classification : nullptr;
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
      nlohmann::json j = doc.text ? tolk::to_json(*doc.text, *doc.layout, cls(doc), opts)
                                  : nlohmann::json{{"file", doc.display}};
      nlohmann::json diags = nlohmann::json::array();
      for (const auto& d : doc.diagnostics) diags.push_back(tolk::to_json(d));
      j["diagnostics"] = std::move(diags);
      docs.push_back(std::move(j));
    } else if (doc.text) {
      std::cout << tolk::render_text(*doc.text, *doc.layout, cls(doc), opts);
    }
  }
  if (format == "json")
    std::cout << nlohmann::json{{"tool", "tolk"}, {"version", tolk::kVersion}, {"documents", docs}}
                     .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
              << '\n';
  return errors ? kDocumentErrors : kOk;
}

// Writes one Akoma Ntoso file per document: to standard output for a single file without -o,
// else to OUT/<name>.xml (the input's name without .txt).
int run_parse(const std::vector<std::string>& files, const std::string& out_dir,
              const tolk::Rules& rules) {
  if (out_dir.empty() && files.size() > 1) {
    std::cerr << "tolk parse: several files need -o DIR (one XML file is written per document)\n";
    return kUsage;
  }
  if (!out_dir.empty()) std::filesystem::create_directories(out_dir);
  bool errors = false;
  for (const std::string& f : files) {
    tolk::Document doc = tolk::load_document(f, rules);
    pugi::xml_document xml;
    if (doc.text) tolk::document_akn(doc, rules, xml, doc.diagnostics);
    print_diagnostics(doc.diagnostics);
    errors = errors || !doc.ok();
    if (!doc.text) continue;  // nothing to write for a file that could not be read
    const std::string text = tolk::xml_string(xml);
    if (out_dir.empty()) {
      std::cout << text;
      continue;
    }
    std::string name = f == "-" ? "stdin" : std::filesystem::path(f).filename().string();
    if (name.size() > 4 && name.substr(name.size() - 4) == ".txt") name.resize(name.size() - 4);
    try {
      tolk::write_file_atomic(std::filesystem::path(out_dir) / (name + ".xml"), text);
    } catch (
        const std::exception& e) {  // a full disk or a lost permission: the next file may still fit
      std::cerr << "tolk: " << e.what() << '\n';
      errors = true;
    }
  }
  return errors ? kDocumentErrors : kOk;
}

// Writes `text` to `path`, or to standard output for an empty path.
void write_output(const std::string& path, const std::string& text) {
  if (path.empty())
    std::cout << text;
  else
    tolk::write_file_atomic(path, text);
}

// Both versions read, their problems printed, and aligned.
struct LoadedPair {
  tolk::Document sv, fi;
  tolk::Diagnostics diagnostics;
  tolk::Alignment alignment;
  bool generic = false;  // different kinds: aligned as paragraphs of their layouts
  bool readable() const { return sv.text && fi.text; }
};

LoadedPair load_pair(const std::string& sv_path, const std::string& fi_path,
                     const tolk::Rules& rules) {
  LoadedPair p;
  p.sv = tolk::load_document(sv_path, rules);
  p.fi = tolk::load_document(fi_path, rules);
  p.diagnostics = p.sv.diagnostics;
  p.diagnostics.insert(p.diagnostics.end(), p.fi.diagnostics.begin(), p.fi.diagnostics.end());
  p.alignment = tolk::align_pair(p.sv, p.fi, rules, p.diagnostics);
  p.generic = p.sv.kind() != p.fi.kind();
  print_diagnostics(p.diagnostics);
  return p;
}

int run_align(const std::string& sv_path, const std::string& fi_path, const std::string& out,
              const tolk::Rules& rules) {
  const LoadedPair p = load_pair(sv_path, fi_path, rules);
  if (!p.readable()) return kDocumentErrors;
  const auto su = tolk::pair_side(p.sv, p.generic).units;
  const auto fu = tolk::pair_side(p.fi, p.generic).units;
  write_output(out, tolk::alignment_xml({"sv", p.sv.display, p.sv.sha256, p.sv.kind(), &su},
                                        {"fi", p.fi.display, p.fi.sha256, p.fi.kind(), &fu},
                                        p.alignment, tolk::kVersion));
  return tolk::has_errors(p.diagnostics) ? kDocumentErrors : kOk;
}

// The consistency check: findings on standard output (and as XML / an HTML page), exit code 1
// when one of them is an error.
int run_check(const std::string& sv_path, const std::string& fi_path, const std::string& html,
              const std::string& xml, const tolk::Rules& rules) {
  const LoadedPair p = load_pair(sv_path, fi_path, rules);
  if (!p.readable()) return kDocumentErrors;
  const tolk::PairSide s = tolk::pair_side(p.sv, p.generic), f = tolk::pair_side(p.fi, p.generic);
  const tolk::Alignment& al = p.alignment;
  const std::vector<tolk::Finding> findings = tolk::check_pair(s, f, al, rules);
  std::size_t counts[3] = {0, 0, 0};
  for (const tolk::Finding& x : findings) {
    ++counts[static_cast<int>(x.severity)];
    std::cout << tolk::severity_name(x.severity) << " [" << x.code << "] sv:" << x.sv_line
              << " fi:" << x.fi_line << ": " << x.message << '\n';
  }
  std::cout << "tolk check: " << counts[2] << " errors, " << counts[1] << " warnings, " << counts[0]
            << " notes\n";
  if (!html.empty()) tolk::write_file_atomic(html, tolk::check_html(s, f, al, findings));
  if (!xml.empty()) tolk::write_file_atomic(xml, tolk::check_xml(s, f, al, findings));
  return counts[2] > 0 || tolk::has_errors(p.diagnostics) ? kDocumentErrors : kOk;
}

int run_batch(const std::string& in, const std::string& out, unsigned jobs, bool quiet, bool force,
              const tolk::Rules& rules) {
  if (!std::filesystem::is_directory(in)) {
    std::cerr << "tolk batch: " << in << " is not a directory\n";
    return kUsage;
  }
  tolk::BatchOptions opts;
  opts.input = in;
  opts.output = out;
  opts.jobs = jobs;
  opts.force = force;
  const bool tty = ::isatty(STDERR_FILENO) != 0;
  const auto start = std::chrono::steady_clock::now();
  if (!quiet) {
    opts.progress = [&, stage = std::string(),
                     stage_start = start](const tolk::BatchProgress& p) mutable {
      if (p.stage != stage) {  // the rate is of the stage under way
        stage = p.stage;
        stage_start = std::chrono::steady_clock::now();
      }
      const double secs =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - stage_start).count();
      const double rate = secs > 0 ? static_cast<double>(p.done) / secs : 0;
      if (tty) {
        const std::size_t width = 30, filled = p.total ? width * p.done / p.total : width;
        std::fprintf(stderr, "\r%-9s [%s%s] %zu/%zu  %.1f/s  %-40.40s", p.stage.c_str(),
                     std::string(filled, '#').c_str(), std::string(width - filled, ' ').c_str(),
                     p.done, p.total, rate, p.current.c_str());
        if (p.done == p.total) std::fputc('\n', stderr);
      } else {
        std::fprintf(stderr, "tolk batch: %s %zu/%zu %s\n", p.stage.c_str(), p.done, p.total,
                     p.current.c_str());
      }
    };
  }
  tolk::BatchResult r = tolk::run_batch(opts, rules);
  if (!quiet)
    for (const auto& d : r.tracker_diagnostics) std::cerr << tolk::format_diagnostic(d) << '\n';
  std::map<std::string, int> by_kind_lang;
  std::size_t errors = 0, warnings = 0, notes = 0, findings_err = 0, findings_warn = 0;
  for (const auto& i : r.inputs) {
    ++by_kind_lang[std::string(tolk::doc_kind_name(i.kind)) + "/" +
                   (i.lang.empty() ? "?" : i.lang)];
    for (const auto& d : i.diagnostics) {
      errors += d.severity == tolk::Severity::error;
      warnings += d.severity == tolk::Severity::warning;
      notes += d.severity == tolk::Severity::note;
      if (!quiet && d.severity == tolk::Severity::error)
        std::cerr << tolk::format_diagnostic(d) << '\n';
    }
  }
  for (const auto& p : r.pairs) {
    findings_err += p.errors;
    findings_warn += p.warnings;
  }
  if (!quiet) {
    std::cerr << "tolk batch: " << r.inputs.size() << " documents (";
    bool first = true;
    for (const auto& [k, n] : by_kind_lang) {
      std::cerr << (first ? "" : ", ") << n << " " << k;
      first = false;
    }
    std::cerr << "), " << r.pairs.size() << " pairs, " << r.attendees << " attendees, "
              << r.recommendations << " recommendations\n"
              << "tolk batch: diagnostics " << errors << " errors, " << warnings << " warnings, "
              << notes << " notes; check findings " << findings_err << " errors, " << findings_warn
              << " warnings; " << r.documents_with_errors << " documents with errors; "
              << r.skipped.size() << " files skipped\n"
              << "tolk batch: " << r.reused << " of " << r.inputs.size()
              << (r.unchanged ? " documents unchanged since the last run, and nothing else "
                                "changed: nothing rewritten (the figures above are that run's; "
                                "--force redoes it); "
                              : " documents unchanged since the last run (outputs kept); ")
              << r.seconds << " s; output in " << out << "\n";
  }
  return r.documents_with_errors || tolk::has_errors(r.tracker_diagnostics) ? kDocumentErrors : kOk;
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
      "text",
      "Show the reconstructed blocks of each file (paragraphs, headings, list items, "
      "table rows, contents entries, footnotes, page debris) with their source lines, "
      "and the document's kind and language");
  std::vector<std::string> files;
  std::string format = "text";
  bool explain = false;
  text->add_option("files", files, "Input files; - reads standard input")->required();
  text->add_option("--format", format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  text->add_flag("--explain", explain,
                 "Also list every de-hyphenation, debris, page-break and classification decision "
                 "with its rule");

  CLI::App* parse = app.add_subcommand(
      "parse",
      "Parse each file by its kind (decision, publication; other kinds as generic "
      "paragraphs) and write Akoma Ntoso XML");
  std::vector<std::string> parse_files;
  std::string out_dir;
  parse->add_option("files", parse_files, "Input files; - reads standard input")->required();
  parse->add_option("-o,--output", out_dir,
                    "Directory for the XML files (<name>.xml); without it the XML of a single "
                    "file goes to standard output");

  CLI::App* align_cmd = app.add_subcommand(
      "align",
      "Align the Swedish and the Finnish version of a document paragraph by paragraph "
      "and write the alignment as XML (src/emit/alignment.xsd)");
  std::string align_sv, align_fi, align_out;
  align_cmd->add_option("sv", align_sv, "The Swedish version")->required();
  align_cmd->add_option("fi", align_fi, "The Finnish version")->required();
  align_cmd->add_option("-o,--output", align_out, "Write the XML here instead of standard output");

  CLI::App* check_cmd = app.add_subcommand(
      "check",
      "Check that the Swedish and the Finnish version say the same thing: units in one "
      "language only, differing numbers, dates, times, references and names, differing "
      "counts, length outliers. Exit code 1 when a finding is an error");
  std::string check_sv, check_fi, check_html_out, check_xml_out;
  check_cmd->add_option("sv", check_sv, "The Swedish version")->required();
  check_cmd->add_option("fi", check_fi, "The Finnish version")->required();
  check_cmd->add_option("--html", check_html_out, "Also write a side-by-side review page here");
  check_cmd->add_option("--xml", check_xml_out, "Also write the findings as XML here");

  CLI::App* batch_cmd = app.add_subcommand(
      "batch",
      "Process every text document under a folder: XML per document, alignment and "
      "consistency report per Swedish-Finnish pair, index.html and manifest.json");
  std::string batch_in, batch_out;
  unsigned batch_jobs = 0;
  bool batch_quiet = false, batch_force = false;
  batch_cmd->add_option("input", batch_in, "The folder of documents (searched recursively)")
      ->required();
  batch_cmd->add_option("-o,--output", batch_out, "The output folder")->required();
  batch_cmd->add_option("-j,--jobs", batch_jobs, "Worker threads (default: the number of cores)");
  batch_cmd->add_flag("--quiet", batch_quiet, "No progress and no summary");
  batch_cmd->add_flag("--force", batch_force, "Redo every document even when it is unchanged");

  CLI::App* track_cmd = app.add_subcommand(
      "track",
      "Write the recommendation follow-up workbook (.xlsx) for the given documents, "
      "keeping the edits made in an existing one (the old file is kept as FILE.bak)");
  std::vector<std::string> track_files;
  std::string track_out, track_lang;
  track_cmd->add_option("files", track_files, "Input documents")->required();
  track_cmd->add_option("-o,--output", track_out, "The workbook to write or update")->required();
  track_cmd
      ->add_option("--lang", track_lang, "Language of the labels (default: the first document's)")
      ->check(CLI::IsMember({"sv", "fi", "en"}));

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
    if (parse->parsed()) return run_parse(parse_files, out_dir, rules);
    if (align_cmd->parsed()) return run_align(align_sv, align_fi, align_out, rules);
    if (batch_cmd->parsed())
      return run_batch(batch_in, batch_out, batch_jobs, batch_quiet, batch_force, rules);
    if (track_cmd->parsed())
      return tolk::run_track(track_files, track_out, track_lang, rules, {}, std::cerr);
    if (check_cmd->parsed())
      return run_check(check_sv, check_fi, check_html_out, check_xml_out, rules);
  } catch (const std::exception& e) {
    std::cerr << "tolk: " << e.what() << '\n';
    return kDocumentErrors;
  }
  return kUsage;
}
