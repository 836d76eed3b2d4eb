// batch: a folder of documents in, an output folder out. Every text document under the input is
// decoded, classified and parsed (in parallel); Swedish and Finnish versions of one document are
// paired; each document gets its Akoma Ntoso XML, each pair its alignment and consistency report;
// one follow-up workbook (tracker.xlsx) holds every recommendation, merged with the one already
// there; an index page and a manifest describe the run.
//
// Promise: one bad document never stops the others (it is reported in the summary and the
// manifest), nor does an output that cannot be written (a full disk, a folder without write
// permission: an error "io.write" of its document; it is not recorded as written, and the next
// run makes it); every output is written to a temporary file and renamed, so an interrupted run
// leaves the previous outputs complete; the outputs are on disk (flushed together, at the end)
// before the manifest that records them is; the outputs are byte-identical whatever the number of
// threads; a second run over unchanged inputs with the same tool and rules rewrites no document
// output, and when nothing at all changed (the same files, every output there) it writes nothing,
// not even the workbook: it reads and hashes the inputs, and reports the last run from its
// manifest.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "batch/document.h"
#include "core/diagnostic.h"
#include "core/rules.h"

namespace tolk {

struct BatchProgress {
  std::size_t done = 0, total = 0;
  std::string current;  // the file (or the pair of files) just finished
  // "checking" (whether anything changed since the last run), "documents" (read, parsed, XML
  // written), then "pairs" (aligned, checked)
  std::string stage;
};

struct BatchOptions {
  std::filesystem::path input;
  std::filesystem::path output;
  unsigned jobs = 0;   // worker threads; 0: the number of cores
  bool force = false;  // rewrite every output even when its inputs are unchanged
  std::function<void(const BatchProgress&)> progress;  // called from the workers, serialised
  // Bytes of text of the documents held whole while they wait for their other language version
  // (which then is paired with them at once instead of both being read again): memory, against
  // reading fewer documents twice. The outputs are the same for every value.
  std::size_t waiting_bytes = std::size_t{8} << 20;
};

struct BatchInput {
  std::string path;  // relative to the input folder
  std::string sha256;
  DocKind kind = DocKind::unknown;
  std::string lang;
  std::string partner;               // the other language version's path, when paired
  std::string unpaired;              // why there is no partner
  std::vector<std::string> outputs;  // relative to the output folder
  Diagnostics diagnostics;
  double seconds = 0;
  bool reused = false;  // its outputs were up to date and not rewritten
};

struct BatchPair {
  std::string sv, fi;  // input paths
  std::string key;     // what paired them: "statute 272/2025", "meeting 2024-11-27 kym"
  std::size_t errors = 0, warnings = 0, notes = 0;  // findings of the consistency check
  std::vector<std::string> outputs;
};

struct BatchResult {
  std::vector<BatchInput> inputs;
  std::vector<std::string> skipped;  // files that are not text documents
  std::vector<BatchPair> pairs;
  std::size_t attendees = 0, recommendations = 0;
  std::size_t documents_with_errors = 0;
  std::size_t reused = 0;
  std::string tracker;              // "tracker.xlsx" when written
  Diagnostics tracker_diagnostics;  // from building or writing the workbook
  std::string rules_checksum;
  std::string started, finished;  // ISO 8601 UTC
  double seconds = 0;
  // Nothing had changed since the last run (the same files with the same bytes, tool and rules,
  // and every output there): nothing was done or written, the workbook included, and the rest of
  // the result is the last run's, from its manifest.
  bool unchanged = false;
};

BatchResult run_batch(const BatchOptions& options, const Rules& rules);

// The Swedish–Finnish pairs among `docs`: the same signing date (a decision), series number (a
// publication) or meeting date and hours (a protocol). Several candidates pair in input order;
// every document left over gets the reason in `unpaired`.
struct DocumentPairing {
  struct Pair {
    std::size_t sv = 0, fi = 0;
    std::string key;  // "decision signed 2025-05-28"
  };
  std::vector<Pair> pairs;
  std::vector<std::string> unpaired;  // per document; "" when paired
};
DocumentPairing pair_documents(const std::vector<Document>& docs);

// SHA-256 over every rules file (path and content), so a changed rule reprocesses everything.
std::string rules_checksum(const Rules& rules);

// A safe file name made from any text: letters, digits (of any script), '-', '_', '.' kept, the
// rest (a byte that is not UTF-8 included) '_'; no leading or trailing dot, no path separators,
// no name Windows reserves for a device; valid UTF-8 of at most 200 bytes; never empty.
std::string safe_file_name(const std::string& text);

}  // namespace tolk
