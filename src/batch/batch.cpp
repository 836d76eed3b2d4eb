#include "batch/batch.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <ctime>
#include <fstream>
#include <functional>
#include <list>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

#include "batch/track.h"
#include "core/hash.h"
#include "core/io.h"
#include "core/parallel.h"
#include "core/unicode.h"
#include "core/version.h"
#include "decode/decode.h"
#include "emit/akn.h"
#include "emit/alignment_xml.h"
#include "emit/check_report.h"
#include "emit/html.h"

namespace tolk {

namespace fs = std::filesystem;

std::string safe_file_name(const std::string& text) {
  constexpr std::size_t kMaxBytes = 200;
  std::string out;
  for (std::size_t i = 0; i < text.size() && out.size() < kMaxBytes;) {
    const std::size_t start = i;
    const char32_t c = next_char(text, i);
    const bool ascii_keep =
        c < 0x80 && (std::isalnum(static_cast<int>(c)) || c == '-' || c == '_' || c == '.');
    // Non-ASCII letters and digits are kept whole (county names are Swedish and Finnish words);
    // anything else, a byte that is not UTF-8 included, becomes '_'.
    const bool keep =
        ascii_keep || (c >= 0x80 && c != 0xFFFD && (is_letter(c) || is_digit(c) || is_mark(c)));
    if (!keep)
      out += '_';
    else if (out.size() + (i - start) <= kMaxBytes)
      out.append(text, start, i - start);
    else
      break;  // a character cut at the limit would not be UTF-8
  }
  while (!out.empty() && out.front() == '.') out.erase(out.begin());
  while (!out.empty() && out.back() == '.') out.pop_back();  // Windows drops trailing dots
  if (out.empty()) out = "_";
  // Names Windows reserves for devices, whatever the extension.
  static const std::set<std::string> kReserved = {"con",  "prn",  "aux",  "nul",  "com0", "com1",
                                                  "com2", "com3", "com4", "com5", "com6", "com7",
                                                  "com8", "com9", "lpt0", "lpt1", "lpt2", "lpt3",
                                                  "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9"};
  std::string stem = out.substr(0, out.find('.'));
  for (char& c : stem) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (kReserved.count(stem)) {
    out = "_" + out;
    if (out.size() > kMaxBytes) out.resize(kMaxBytes);  // the stem is ASCII: a safe cut
  }
  return out;
}

std::string rules_checksum(const Rules& rules) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(rules.dir, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
    if (it->is_regular_file()) files.push_back(it->path());
  std::sort(files.begin(), files.end());
  std::string all;
  for (const fs::path& f : files) {
    all += fs::relative(f, rules.dir, ec).string() + "\n";
    all += sha256_hex(read_file_bytes(f.string())) + "\n";
  }
  return sha256_hex(all);
}

namespace {

std::string utc_now() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// The output name of an input: its path under the input folder, '/' as '__', without ".txt".
std::string stem_of(const std::string& rel) {
  std::string s = rel;
  if (s.size() > 4 && s.substr(s.size() - 4) == ".txt") s.resize(s.size() - 4);
  std::string out;
  std::size_t start = 0;
  while (true) {
    std::size_t slash = s.find('/', start);
    out += (out.empty() ? "" : "__") +
           safe_file_name(
               s.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return out;
}

// What pairs two language versions: the same signing date (a decision; the Finnish text of the
// corpus has no statute number), series and number (a publication), or meeting date and hours
// (a protocol). Empty when the document has none.
std::string pair_key(const Document& d) {
  if (d.decision) {
    if (d.decision->signing_date) return "decision signed " + d.decision->signing_date->iso();
    if (!d.decision->number.empty()) return "statute " + d.decision->number;
  }
  if (d.publication && !d.publication->number.empty())
    return "publication " + d.publication->series + " " + d.publication->number;
  if (d.protocol && d.protocol->meeting_date)
    return "meeting " + d.protocol->meeting_date->iso() + " " + d.protocol->start_time + "-" +
           d.protocol->end_time;
  return "";
}

// Whether the output `rel` of a run is there, under `out`: a file (not a folder in its way).
bool output_there(const fs::path& out, const std::string& rel) {
  std::error_code ec;
  return fs::is_regular_file(out / rel, ec);
}

// What the last run wrote, as its manifest records it.
struct Previous {
  struct Input {
    std::string sha256;
    std::vector<std::string> outputs;
  };
  std::map<std::string, Input> inputs;  // by path
  // The reports of every pair, by its Swedish and Finnish input paths.
  std::map<std::pair<std::string, std::string>, std::vector<std::string>> pairs;

  // Whether the last run wrote `rel` for `input`, whose bytes are now `sha256`, and it is there.
  bool has(const std::string& input, const std::string& sha256, const std::string& rel,
           const fs::path& out) const {
    auto it = inputs.find(input);
    return it != inputs.end() && it->second.sha256 == sha256 &&
           std::find(it->second.outputs.begin(), it->second.outputs.end(), rel) !=
               it->second.outputs.end() &&
           output_there(out, rel);
  }
  // Whether the last run wrote the report `rel` of the pair of `sv` and `fi`, and it is there.
  bool has_report(const std::string& sv, const std::string& fi, const std::string& rel,
                  const fs::path& out) const {
    auto it = pairs.find({sv, fi});
    return it != pairs.end() &&
           std::find(it->second.begin(), it->second.end(), rel) != it->second.end() &&
           output_there(out, rel);
  }
};

// The last run's manifest when this tool version with these rules wrote it; else nothing, and
// everything is done again.
std::optional<nlohmann::json> read_manifest(const fs::path& out, const std::string& checksum) {
  std::ifstream in(out / "manifest.json");
  if (!in) return std::nullopt;
  nlohmann::json j = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  try {
    if (j.is_object() && j.value("tool_version", "") == kVersion &&
        j.value("rules_checksum", "") == checksum)
      return j;
  } catch (const nlohmann::json::exception&) {
    // A value of another type than this version writes: the manifest vouches for nothing.
  }
  return std::nullopt;
}

// What the manifest says the last run wrote. (Nothing from a manifest not as this version writes
// it.)
Previous previous_outputs(const nlohmann::json& m) {
  Previous prev;
  try {
    for (const auto& e : m.at("inputs")) {
      Previous::Input p;
      p.sha256 = e.at("sha256").get<std::string>();
      p.outputs = e.at("outputs").get<std::vector<std::string>>();
      prev.inputs[e.at("path").get<std::string>()] = std::move(p);
    }
    for (const auto& p : m.at("pairs"))
      prev.pairs[{p.at("sv").get<std::string>(), p.at("fi").get<std::string>()}] =
          p.at("outputs").get<std::vector<std::string>>();
  } catch (const nlohmann::json::exception&) {
    prev = {};
  }
  return prev;
}

// The last run, as its manifest records it, when nothing has changed since: the same input
// files (`files`, `skipped`), each with the same bytes as then, and every output the manifest
// names still there. Nothing when anything differs, or when the manifest lacks what the summary
// needs. Reads and hashes every input (on `jobs` threads, `report`ing each), and that last.
std::optional<BatchResult> unchanged_run(
    const nlohmann::json& m, const fs::path& in, const fs::path& out,
    const std::vector<std::string>& files, const std::vector<std::string>& skipped, unsigned jobs,
    const std::function<void(std::size_t, std::size_t, const std::string&)>& report) try {
  auto there = [&](const std::vector<std::string>& outputs) {
    return std::all_of(outputs.begin(), outputs.end(),
                       [&](const std::string& o) { return output_there(out, o); });
  };
  BatchResult r;
  r.skipped = m.at("skipped").get<std::vector<std::string>>();
  r.tracker = m.at("tracker").get<std::string>();
  // A workbook the last run could not write is tried again.
  if (r.skipped != skipped || r.tracker.empty() || !there({r.tracker, "index.html"}))
    return std::nullopt;
  r.attendees = m.at("attendees").get<std::size_t>();
  r.recommendations = m.at("recommendations").get<std::size_t>();
  r.documents_with_errors = m.at("documents_with_errors").get<std::size_t>();
  const nlohmann::json& inputs = m.at("inputs");
  if (!inputs.is_array() || inputs.size() != files.size()) return std::nullopt;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const nlohmann::json& e = inputs[i];
    BatchInput& bi = r.inputs.emplace_back();
    bi.path = e.at("path").get<std::string>();
    bi.sha256 = e.at("sha256").get<std::string>();
    bi.outputs = e.at("outputs").get<std::vector<std::string>>();
    // An input that could not be read has no checksum: it is tried again.
    if (bi.path != files[i] || bi.sha256.empty() || !there(bi.outputs)) return std::nullopt;
    const std::string kind = e.at("kind").get<std::string>();
    for (DocKind k : {DocKind::decision, DocKind::publication, DocKind::protocol})
      if (kind == doc_kind_name(k)) bi.kind = k;
    bi.lang = e.at("language").get<std::string>();
    bi.partner = e.at("partner").get<std::string>();
    bi.unpaired = e.at("unpaired").get<std::string>();
    bi.seconds = e.at("seconds").get<double>();
    bi.reused = true;
    for (const auto& d : e.at("diagnostics")) {
      // An output the last run could not write is tried again.
      if (d.at("code").get<std::string>().rfind("io.", 0) == 0) return std::nullopt;
      Diagnostic& x = bi.diagnostics.emplace_back();
      x.file = d.at("file").get<std::string>();
      x.line = d.value("line", std::size_t{0});
      x.column = d.at("column").get<std::size_t>();
      if (d.contains("byte_offset")) x.byte_offset = d.at("byte_offset").get<std::size_t>();
      const std::string severity = d.at("severity").get<std::string>();
      for (Severity s : {Severity::note, Severity::warning, Severity::error})
        if (severity == severity_name(s)) x.severity = s;
      x.code = d.at("code").get<std::string>();
      x.message = d.at("message").get<std::string>();
    }
  }
  for (const auto& p : m.at("pairs")) {
    BatchPair& bp = r.pairs.emplace_back();
    bp.sv = p.at("sv").get<std::string>();
    bp.fi = p.at("fi").get<std::string>();
    bp.key = p.at("key").get<std::string>();
    bp.outputs = p.at("outputs").get<std::vector<std::string>>();
    if (!there(bp.outputs)) return std::nullopt;
    const nlohmann::json& f = p.at("findings");
    bp.errors = f.at("errors").get<std::size_t>();
    bp.warnings = f.at("warnings").get<std::size_t>();
    bp.notes = f.at("notes").get<std::size_t>();
  }
  // The bytes, as load_document() reads them; the first difference settles it.
  std::atomic<bool> changed{false};
  std::atomic<std::size_t> done{0};
  parallel_for(files.size(), jobs, [&](std::size_t i) {
    if (changed) return;
    try {
      std::uintmax_t size = 0;
      const std::string bytes = read_file_bytes((in / files[i]).string(), kMaxDecodeBytes, &size);
      if (size > kMaxDecodeBytes || sha256_hex(bytes) != r.inputs[i].sha256) changed = true;
    } catch (const std::exception&) {
      changed = true;  // unreadable now: the whole run says why
    }
    report(++done, files.size(), files[i]);
  });
  if (changed) return std::nullopt;
  r.reused = files.size();
  r.unchanged = true;
  return r;
} catch (const nlohmann::json::exception&) {
  return std::nullopt;  // a manifest not as this version writes it vouches for nothing
}

// An output of the run: on disk when sync_filesystem() runs before the manifest is written.
void write_out(const fs::path& out, const std::string& rel, const std::string& text) {
  const fs::path p = out / rel;
  fs::create_directories(p.parent_path());
  write_file_atomic(p, text, Durability::deferred);
}

// write_out() for the output of one document or pair: a failure (a full disk, a folder that
// cannot be written) is an error of `file` in `diags`, and the other documents go on. Whether it
// was written: an output that was not is not recorded, and the next run makes it.
bool write_out_of(const fs::path& out, const std::string& rel, const std::string& text,
                  const std::string& file, Diagnostics& diags) {
  try {
    write_out(out, rel, text);
    return true;
  } catch (const std::exception& e) {
    diags.push_back({file, 0, 0, std::nullopt, Severity::error, "io.write",
                     "output " + rel + " not written: " + e.what()});
    return false;
  }
}

std::string index_html(const BatchResult& r) {
  std::string h =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>tolk "
      "batch</title>\n<style>\n"
      "body{font:15px/1.45 system-ui,sans-serif;max-width:1200px;margin:0 auto;padding:1em}\n"
      "table{border-collapse:collapse}td,th{border:1px solid #ccd;padding:.2em "
      ".6em;text-align:left}\n"
      ".error{color:#b00020;font-weight:600}.warning{color:#a15c00}\n</style>\n</head>\n<body>\n";
  std::size_t errors = 0, warnings = 0;
  for (const auto& p : r.pairs) {
    errors += p.errors;
    warnings += p.warnings;
  }
  h += "<h1>tolk batch</h1>\n<p>" + std::to_string(r.inputs.size()) + " documents, " +
       std::to_string(r.pairs.size()) + " Swedish–Finnish pairs, " + std::to_string(r.attendees) +
       " attendees, " + std::to_string(r.recommendations) +
       " recommendations; findings: " + std::to_string(errors) + " errors, " +
       std::to_string(warnings) + " warnings; " + std::to_string(r.documents_with_errors) +
       " documents with errors; " + std::to_string(r.skipped.size()) + " files skipped. tolk " +
       kVersion + ", " + r.finished + ".</p>\n";
  if (!r.tracker.empty())
    h += "<p>Recommendation follow-up workbook: <a href=\"" + r.tracker + "\">" + r.tracker +
         "</a></p>\n";
  h += "<h2>Documents</h2>\n<table>\n<tr><th>document</th><th>kind</th><th>language</"
       "th><th>partner</th><th>diagnostics</th><th>outputs</th></tr>\n";
  for (const BatchInput& in : r.inputs) {
    std::size_t e = 0, w = 0;
    for (const auto& d : in.diagnostics) {
      e += d.severity == Severity::error;
      w += d.severity == Severity::warning;
    }
    h += "<tr><td>" + html_escape(in.path) + "</td><td>" + doc_kind_name(in.kind) + "</td><td>" +
         html_escape(in.lang) + "</td><td>" +
         html_escape(in.partner.empty() ? in.unpaired : in.partner) + "</td><td" +
         (e ? " class=\"error\"" : "") + ">" + std::to_string(e) + " errors, " + std::to_string(w) +
         " warnings</td><td>";
    for (const auto& o : in.outputs)
      h += "<a href=\"" + html_escape(o) + "\">" + html_escape(o) + "</a> ";
    h += "</td></tr>\n";
  }
  h += "</table>\n<h2>Pairs</h2>\n<table>\n<tr><th>Swedish</th><th>Finnish</th><th>paired "
       "by</th><th>findings</th><th>reports</th></tr>\n";
  for (const BatchPair& p : r.pairs) {
    h += "<tr><td>" + html_escape(p.sv) + "</td><td>" + html_escape(p.fi) + "</td><td>" +
         html_escape(p.key) + "</td><td" + (p.errors ? " class=\"error\"" : "") + ">" +
         std::to_string(p.errors) + " errors, " + std::to_string(p.warnings) + " warnings, " +
         std::to_string(p.notes) + " notes</td><td>";
    for (const auto& o : p.outputs)
      h += "<a href=\"" + html_escape(o) + "\">" + html_escape(o) + "</a> ";
    h += "</td></tr>\n";
  }
  h += "</table>\n";
  if (!r.skipped.empty()) {
    h += "<h2>Skipped</h2>\n<ul>\n";
    for (const auto& s : r.skipped) h += "<li>" + html_escape(s) + "</li>\n";
    h += "</ul>\n";
  }
  h += "</body>\n</html>\n";
  return h;
}

nlohmann::json manifest_json(const BatchResult& r) {
  using nlohmann::json;
  json inputs = json::array();
  for (const BatchInput& in : r.inputs) {
    json diags = json::array();
    for (const auto& d : in.diagnostics) {
      json j{{"file", d.file},
             {"column", d.column},
             {"severity", severity_name(d.severity)},
             {"code", d.code},
             {"message", d.message}};
      if (d.line) j["line"] = d.line;
      if (d.byte_offset) j["byte_offset"] = *d.byte_offset;
      diags.push_back(j);
    }
    inputs.push_back({{"path", in.path},
                      {"sha256", in.sha256},
                      {"kind", doc_kind_name(in.kind)},
                      {"language", in.lang},
                      {"partner", in.partner},
                      {"unpaired", in.unpaired},
                      {"outputs", in.outputs},
                      {"diagnostics", diags},
                      {"seconds", in.seconds},
                      {"reused", in.reused}});
  }
  json pairs = json::array();
  for (const BatchPair& p : r.pairs)
    pairs.push_back(
        {{"sv", p.sv},
         {"fi", p.fi},
         {"key", p.key},
         {"outputs", p.outputs},
         {"findings", {{"errors", p.errors}, {"warnings", p.warnings}, {"notes", p.notes}}}});
  return {{"tool", "tolk"},
          {"tool_version", kVersion},
          {"rules_checksum", r.rules_checksum},
          {"started", r.started},
          {"finished", r.finished},
          {"seconds", r.seconds},
          {"inputs", inputs},
          {"pairs", pairs},
          {"skipped", r.skipped},
          {"tracker", r.tracker},
          {"attendees", r.attendees},
          {"recommendations", r.recommendations},
          {"documents_with_errors", r.documents_with_errors}};
}

}  // namespace

DocumentPairing pair_documents(const std::vector<Document>& docs) {
  DocumentPairing out;
  out.unpaired.resize(docs.size());
  // Groups in key order, members in input order, so the result does not depend on threads.
  std::map<std::string, std::pair<std::vector<std::size_t>, std::vector<std::size_t>>> groups;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    if (!docs[i].text) {
      out.unpaired[i] = "could not be read";
      continue;
    }
    const std::string key = pair_key(docs[i]);
    if (key.empty()) {
      out.unpaired[i] = std::string("no pairing key (a ") + doc_kind_name(docs[i].kind()) +
                        " without statute number, series number or meeting date)";
      continue;
    }
    const std::string lang = docs[i].lang();
    if (lang == "sv")
      groups[key].first.push_back(i);
    else if (lang == "fi")
      groups[key].second.push_back(i);
    else
      out.unpaired[i] = "language '" + lang + "' is neither Swedish nor Finnish";
  }
  for (const auto& [key, g] : groups) {
    const auto& [svs, fis] = g;
    for (std::size_t k = 0; k < std::max(svs.size(), fis.size()); ++k) {
      if (k >= svs.size()) {
        out.unpaired[fis[k]] = svs.empty()
                                   ? "no Swedish version with the same " + key
                                   : "another Finnish version with the same " + key + " was paired";
      } else if (k >= fis.size()) {
        out.unpaired[svs[k]] = fis.empty()
                                   ? "no Finnish version with the same " + key
                                   : "another Swedish version with the same " + key + " was paired";
      } else {
        out.pairs.push_back({svs[k], fis[k], key});
      }
    }
  }
  return out;
}

BatchResult run_batch(const BatchOptions& options, const Rules& rules) {
  const auto t0 = std::chrono::steady_clock::now();
  BatchResult r;
  r.started = utc_now();
  r.rules_checksum = rules_checksum(rules);
  const fs::path in = options.input, out = options.output;
  fs::create_directories(out);
  // Temporary files of a run that was killed before it could rename them (temporary_path()):
  // never outputs, so they go. Those of a writer that still runs (another tolk writing here) stay.
  {
    std::error_code ec;
    std::vector<fs::path> stale;
    for (auto it = fs::recursive_directory_iterator(out, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
      if (it->is_regular_file() && is_stale_temporary(it->path())) stale.push_back(it->path());
    for (const auto& p : stale) fs::remove(p, ec);
  }

  std::vector<std::string> files;
  for (auto it =
           fs::recursive_directory_iterator(in, fs::directory_options::skip_permission_denied);
       it != fs::recursive_directory_iterator(); ++it) {
    // An output folder inside the input folder ("tolk batch docs -o docs/out") holds no input:
    // its files would be listed as skipped, and a .txt there read as a document.
    std::error_code ec;
    if (it->is_directory(ec) && fs::equivalent(it->path(), out, ec)) {
      it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file()) continue;
    // Lexically: the iterator's paths begin with `in` (fs::relative would resolve every path's
    // symbolic links, a system call per component, and name a linked file by its target).
    const std::string rel = it->path().lexically_relative(in).generic_string();
    if (it->path().extension() == ".txt")
      files.push_back(rel);
    else
      r.skipped.push_back(rel + " (not a .txt text document)");
  }
  std::sort(files.begin(), files.end());
  std::sort(r.skipped.begin(), r.skipped.end());

  // Every worker writes only its own slots (parallel_for).
  const unsigned jobs = worker_count(options.jobs);
  std::mutex progress_mutex;
  auto report = [&](const char* stage, std::size_t done, std::size_t total,
                    const std::string& current) {
    if (!options.progress) return;
    std::lock_guard<std::mutex> lock(progress_mutex);
    options.progress({done, total, current, stage});
  };

  const std::optional<nlohmann::json> manifest =
      options.force ? std::nullopt : read_manifest(out, r.rules_checksum);
  if (manifest) {
    auto checked = [&](std::size_t done, std::size_t total, const std::string& file) {
      report("checking", done, total, file);
    };
    if (std::optional<BatchResult> same =
            unchanged_run(*manifest, in, out, files, r.skipped, jobs, checked)) {
      same->rules_checksum = r.rules_checksum;
      same->started = r.started;
      same->finished = utc_now();
      same->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      return std::move(*same);
    }
  }
  const Previous previous = manifest ? previous_outputs(*manifest) : Previous{};
  // A document as the batch names it: by its path under the input folder.
  auto load = [&](std::size_t i) {
    Document d = load_document((in / files[i]).string(), rules);
    d.display = files[i];
    for (auto& diag : d.diagnostics)
      if (diag.file == (in / files[i]).string()) diag.file = files[i];
    return d;
  };

  // A pair's alignment, check and reports, written (unless both documents are unchanged and the
  // reports are there).
  struct PairResult {
    BatchPair pair;
    FileFindings findings;
    Diagnostics diagnostics;  // about the pair, reported with the Swedish document
    // Of a pair of protocols: its Finnish recommendation texts, for the workbook, which can no
    // longer align the trimmed protocols itself.
    std::optional<std::map<std::string, std::string>> meeting_texts;
    bool wrote = false;
  };
  auto pair_up = [&](const Document& sv, const Document& fi, std::size_t svi, std::size_t fii,
                     const std::string& key) {
    PairResult pr;
    BatchPair& p = pr.pair;
    p.sv = sv.display;
    p.fi = fi.display;
    p.key = key;
    Alignment al = align_pair(sv, fi, rules, pr.diagnostics);
    const bool generic = sv.kind() != fi.kind();
    const PairSide side_sv = pair_side(sv, generic), side_fi = pair_side(fi, generic);
    const auto findings = check_pair(side_sv, side_fi, al, rules);
    for (const Finding& x : findings) {
      p.errors += x.severity == Severity::error;
      p.warnings += x.severity == Severity::warning;
      p.notes += x.severity == Severity::note;
    }
    const std::string base = "pairs/" + stem_of(sv.display);
    const std::vector<std::string> names = {base + ".alignment.xml", base + ".check.xml",
                                            base + ".check.html"};
    // A pair of unchanged documents keeps the reports the last run wrote for the same pair (the
    // manifest check covers tool and rules).
    const bool fresh = r.inputs[svi].reused && r.inputs[fii].reused &&
                       std::all_of(names.begin(), names.end(), [&](const std::string& o) {
                         return previous.has_report(p.sv, p.fi, o, out);
                       });
    if (fresh) {
      p.outputs = names;
    } else {
      const std::string texts[] = {
          alignment_xml({"sv", sv.display, sv.sha256, sv.kind(), &side_sv.units},
                        {"fi", fi.display, fi.sha256, fi.kind(), &side_fi.units}, al, kVersion),
          check_xml(side_sv, side_fi, al, findings), check_html(side_sv, side_fi, al, findings)};
      for (std::size_t k = 0; k < names.size(); ++k)
        if (write_out_of(out, names[k], texts[k], sv.display, pr.diagnostics))
          p.outputs.push_back(names[k]);
      pr.wrote = true;
    }
    pr.findings = {sv.display, fi.display, findings};
    if (sv.protocol && fi.protocol) pr.meeting_texts = finnish_recommendations(sv, fi, al);
    return pr;
  };

  // Documents, in parallel: each is read, parsed and written, then trimmed to what the workbook
  // needs, so that memory holds the workbook's contents and the documents being worked on, not
  // every document's text.
  // A document with a pairing key first waits, whole, for the other language's version with the
  // same key: when it comes, the two are paired there and then, and neither is read twice. The
  // batch's pairing (pair_documents) decides at the end; a pair made early that it does not make
  // (a third version with the same key came later) is redone or dropped. Waiting is bounded:
  // past BatchOptions::waiting_bytes of text the oldest waiting document is trimmed, and read
  // again if it is paired after all.
  const std::size_t max_waiting = options.waiting_bytes;
  struct Waiting {
    std::size_t index;
    std::string lang, key;
    Document doc;
  };
  struct EarlyPair {
    std::size_t sv, fi;
    PairResult result;
  };
  std::mutex waiting_mutex;    // guards the four below
  std::list<Waiting> waiting;  // oldest first
  std::map<std::string, std::vector<std::list<Waiting>::iterator>> waiting_by_key;
  std::size_t waiting_bytes = 0;
  std::vector<EarlyPair> early;

  std::vector<Document> docs(files.size());
  auto keep_trimmed = [&](std::size_t i, Document& d) {  // what the workbook and pairing keep
    trim_to_tracker(d);
    docs[i] = std::move(d);
  };
  // Takes `w` out of the waiting documents (the caller holds waiting_mutex).
  auto unwait = [&](std::list<Waiting>::iterator w) {
    auto& same = waiting_by_key[w->key];
    same.erase(std::find(same.begin(), same.end(), w));
    if (same.empty()) waiting_by_key.erase(w->key);
    waiting_bytes -= w->doc.text->utf8.size();
    Waiting taken = std::move(*w);
    waiting.erase(w);
    return taken;
  };
  r.inputs.resize(files.size());
  std::atomic<std::size_t> done{0};
  parallel_for(files.size(), jobs, [&](std::size_t i) {
    const auto s = std::chrono::steady_clock::now();
    Document doc = load(i);
    BatchInput& bi = r.inputs[i];
    bi.path = files[i];
    bi.sha256 = doc.sha256;
    bi.kind = doc.kind();
    bi.lang = doc.lang();
    if (doc.text) {
      const std::string xml_rel = "xml/" + stem_of(files[i]) + ".xml";
      const bool fresh = previous.has(files[i], bi.sha256, xml_rel, out);
      bool there = fresh;
      if (fresh) {
        bi.reused = true;
      } else {
        pugi::xml_document xml;
        document_akn(doc, rules, xml, doc.diagnostics);
        there = write_out_of(out, xml_rel, xml_string(xml), files[i], doc.diagnostics);
      }
      if (there) bi.outputs.push_back(xml_rel);
    }
    bi.diagnostics = doc.diagnostics;
    bi.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - s).count();
    report("documents", ++done, files.size(), files[i]);

    const std::string key = doc.text ? pair_key(doc) : "";
    if (key.empty() || (bi.lang != "sv" && bi.lang != "fi")) return keep_trimmed(i, doc);
    std::unique_lock<std::mutex> lock(waiting_mutex);
    std::optional<std::list<Waiting>::iterator> partner;
    if (auto it = waiting_by_key.find(key); it != waiting_by_key.end())
      for (auto w : it->second)  // the first in input order, as pair_documents() takes it
        if (w->lang != bi.lang && (!partner || w->index < (*partner)->index)) partner = w;
    if (partner) {
      Waiting w = unwait(*partner);
      lock.unlock();
      const bool sv_here = bi.lang == "sv";
      const Document& sv = sv_here ? doc : w.doc;
      const Document& fi = sv_here ? w.doc : doc;
      const std::size_t svi = sv_here ? i : w.index, fii = sv_here ? w.index : i;
      PairResult pr = pair_up(sv, fi, svi, fii, key);
      keep_trimmed(w.index, w.doc);
      keep_trimmed(i, doc);
      lock.lock();
      early.push_back({svi, fii, std::move(pr)});
      return;
    }
    const std::size_t bytes = doc.text->utf8.size();
    if (bytes > max_waiting) {
      lock.unlock();
      return keep_trimmed(i, doc);
    }
    std::vector<Waiting> evicted;
    while (waiting_bytes + bytes > max_waiting) evicted.push_back(unwait(waiting.begin()));
    waiting.push_back({i, bi.lang, key, std::move(doc)});
    waiting_by_key[key].push_back(std::prev(waiting.end()));
    waiting_bytes += bytes;
    lock.unlock();
    for (Waiting& e : evicted) keep_trimmed(e.index, e.doc);
  });
  for (Waiting& w : waiting) keep_trimmed(w.index, w.doc);
  waiting.clear();
  waiting_by_key.clear();

  for (std::size_t i = 0; i < docs.size(); ++i) {
    if (!docs[i].ok()) ++r.documents_with_errors;
    if (r.inputs[i].reused) ++r.reused;
    if (docs[i].protocol) {
      r.attendees += docs[i].protocol->attendees.size();
      for (const auto& l : docs[i].protocol->recommendations) r.recommendations += l.items.size();
    }
  }

  // Pairs: those made early are kept where the batch's pairing makes them too; the rest, in
  // parallel, read both versions again (the trimmed documents lack the text the alignment
  // needs), then are aligned, checked and written.
  const DocumentPairing pairing = pair_documents(docs);
  for (std::size_t i = 0; i < docs.size(); ++i) r.inputs[i].unpaired = pairing.unpaired[i];
  std::vector<std::optional<PairResult>> pair_results(pairing.pairs.size());
  {
    std::map<std::pair<std::size_t, std::size_t>, std::size_t> final_pair;
    std::set<std::size_t> final_sv;
    for (std::size_t k = 0; k < pairing.pairs.size(); ++k) {
      final_pair[{pairing.pairs[k].sv, pairing.pairs[k].fi}] = k;
      final_sv.insert(pairing.pairs[k].sv);
    }
    for (EarlyPair& e : early) {
      if (auto it = final_pair.find({e.sv, e.fi}); it != final_pair.end()) {
        pair_results[it->second] = std::move(e.result);
      } else if (e.result.wrote && !final_sv.count(e.sv)) {
        std::error_code ec;  // reports of a pair the batch does not make
        for (const std::string& o : e.result.pair.outputs) fs::remove(out / o, ec);
      }
    }
    early.clear();
  }
  std::vector<std::size_t> todo;
  for (std::size_t k = 0; k < pairing.pairs.size(); ++k)
    if (!pair_results[k]) todo.push_back(k);
  done = pairing.pairs.size() - todo.size();
  parallel_for(todo.size(), jobs, [&](std::size_t t) {
    const auto& [svi, fii, key] = pairing.pairs[todo[t]];
    const Document sv = load(svi), fi = load(fii);
    pair_results[todo[t]] = pair_up(sv, fi, svi, fii, key);
    report("pairs", ++done, pairing.pairs.size(), sv.display + " + " + fi.display);
  });
  std::vector<FileFindings> all_findings;
  std::map<std::pair<std::string, std::string>, std::map<std::string, std::string>> meeting_texts;
  for (std::size_t k = 0; k < pairing.pairs.size(); ++k) {
    const auto& [svi, fii, key] = pairing.pairs[k];
    PairResult& pr = *pair_results[k];
    r.inputs[svi].partner = pr.pair.fi;
    r.inputs[fii].partner = pr.pair.sv;
    auto& sd = r.inputs[svi].diagnostics;
    sd.insert(sd.end(), pr.diagnostics.begin(), pr.diagnostics.end());
    // An error about the pair (a report that could not be written, or two texts that are no
    // versions of each other: align.unrelated) makes the Swedish document one with errors.
    if (docs[svi].ok() && has_errors(pr.diagnostics)) ++r.documents_with_errors;
    all_findings.push_back(std::move(pr.findings));
    if (pr.meeting_texts) meeting_texts[{pr.pair.sv, pr.pair.fi}] = std::move(*pr.meeting_texts);
    r.pairs.push_back(std::move(pr.pair));
  }
  pair_results.clear();

  // One workbook for the whole batch, merged with the one already there (users' edits kept).
  {
    std::vector<Document> readable;
    for (Document& d : docs)
      if (d.text) readable.push_back(std::move(d));
    docs.clear();
    // A meeting's two protocols that were no pair here (the workbook pairs them by county, date
    // and beginning, the batch by date and hours) are read again.
    auto texts = [&](const Document& sv, const Document& fi, Diagnostics& diags) {
      if (auto it = meeting_texts.find({sv.display, fi.display}); it != meeting_texts.end())
        return it->second;
      auto reload = [&](const Document& d) {
        Document whole = load_document(d.path, rules);
        whole.display = d.display;
        return whole;
      };
      const Document s = reload(sv), f = reload(fi);
      return finnish_recommendations(s, f, align_pair(s, f, rules, diags));
    };
    Diagnostics diags;
    if (track_documents(std::move(readable), (out / "tracker.xlsx").string(), "", rules,
                        all_findings, diags, jobs, texts))
      r.tracker = "tracker.xlsx";
    r.tracker_diagnostics = std::move(diags);
  }

  r.finished = utc_now();
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  write_out(out, "index.html", index_html(r));
  // The manifest tells the next run which outputs it can keep: those must be on disk before it is
  // (one flush for every output, not one per file).
  sync_filesystem(out);
  write_file_atomic(
      out / "manifest.json",
      manifest_json(r).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
  return r;
}

}  // namespace tolk
