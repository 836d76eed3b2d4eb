// The recommendation follow-up workbook (tolk track): one .xlsx file for all given documents,
// written with libxlsxwriter, that keeps its users' edits from one run to the next.
//
// Promise:
// - Text is always written as text: a cell beginning with =, +, - or @ never becomes a formula.
//   A text longer than a cell holds (32,767 UTF-16 units, what Excel counts) is cut at a character
//   boundary and its rest written to the continuation sheet, with a warning naming the cell.
// - Same input, same bytes: the creation time is fixed (WriteOptions::created) and nothing else
//   in the file depends on the clock or the environment.
// - The status dropdown is fed from a defined name (StatusList) over a range on a hidden sheet:
//   libxlsxwriter 1.1.4 aborts on an inline list over 255 bytes, and the labels are long.
// - Counts on the overview sheet are numbers computed here, not formulas: LibreOffice does not
//   recalculate on load and would show a cached 0.
// - Users' edits: every user column of every recommendation read from the previous workbook is
//   carried over by the recommendation's stable id; a recommendation no longer in the input is
//   kept with everything it had, marked as missing, never deleted.
#pragma once

#include <cstddef>
#include <ctime>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/model.h"
#include "emit/xlsx_read.h"

namespace tolk {

// Labels of one language (rules/<lang>/tracker.tsv): key -> label.
struct TrackerLabels {
  std::string lang;
  std::map<std::string, std::string> labels;
  // The label of `key`; the key itself when the file lacks it (load_tracker_labels reported it).
  const std::string& operator()(const std::string& key) const;
};

// Loads rules/<lang>/tracker.tsv and checks it has every key of rules/en/tracker.tsv.
TrackerLabels load_tracker_labels(const std::filesystem::path& rules_dir, const std::string& lang,
                                  Diagnostics& diags);

// The status codes, in the dropdown's order.
const std::vector<std::string>& tracker_status_codes();

// The user-filled columns of the recommendations sheet, in sheet order.
const std::vector<std::string>& tracker_user_columns();

// One cell of a generic table. A `label` cell holds a key of tracker.tsv, written as its label.
struct TrackerCell {
  enum class Kind { empty, text, number, date, serial, label, link };
  Kind kind = Kind::empty;
  std::string text;   // text, label key, or a link's display text
  double number = 0;  // number, or a date serial (days since 1899-12-30) for `serial`
  Date date;
  std::string link;  // "internal:'Sheet'!A5" or an URL
};
TrackerCell tc_text(std::string s);
TrackerCell tc_number(double n);
TrackerCell tc_date(const std::optional<Date>& d);  // empty when there is no date
TrackerCell tc_label(std::string key);

// A sheet of rows under a table with headers (tracker.tsv keys).
struct TrackerTable {
  std::string sheet_key;                 // "sheet.attendees"
  std::vector<std::string> column_keys;  // "col.name", ...
  std::vector<std::vector<TrackerCell>> rows;
  int severity_column = -1;  // coloured by severity (the consistency sheet)
};

// One recommendation for one county and meeting, as tolk read it from the input.
struct TrackerRecommendation {
  std::string id;  // KYM-2024-MIN-NEW-02
  std::string county;
  std::optional<Date> meeting_date;
  std::string issuer;  // MIN, IM, SHM, FM
  std::string list;    // "new" or "earlier"
  int valid_from = 0, valid_to = 0;
  int number = 0;
  std::string text_sv, text_fi;
  std::string indicators;    // the follow-up indicators, one per line
  std::string data_sources;  // "SK, THL"
  std::string file;          // the source reference
  std::size_t line = 0;
  int source_row = -1;  // index into TrackerData::sources rows, for the link
};

struct TrackerData {
  std::vector<TrackerRecommendation> recommendations;
  TrackerTable indicators, objectives, attendees, decisions, consistency, sources;
};

// A recommendation as read back from an earlier workbook: every cell of its row by column key.
struct PreviousRecommendation {
  std::string id;
  std::map<std::string, XlsxCell> cells;  // "col.status" -> the cell
  std::string status_code;                // from the status label in any language; "" if none
};

// The recommendations of the workbook at `path` (its header labels and statuses are recognised
// in any language of `rules_dir`). Nullopt, with an error diagnostic, when the file cannot be read
// or has no recommendations sheet.
std::optional<std::vector<PreviousRecommendation>> read_tracker(
    const std::string& path, const std::filesystem::path& rules_dir, Diagnostics& diags);

struct TrackerWriteOptions {
  std::time_t created = 1704067200;  // 2024-01-01T00:00:00Z: fixed, so same input gives same bytes
  std::string version;               // tolk version, for the properties and the sources sheet
};

// Writes the workbook to `path` (not atomically: see write_tracker_file). Returns false, with an
// error diagnostic, when libxlsxwriter fails. `data` is taken by value and each sheet's rows are
// let go once written: std::move it in, and a big workbook is not held twice.
bool write_tracker(const std::string& path, TrackerData data,
                   const std::vector<PreviousRecommendation>& previous, const TrackerLabels& labels,
                   const TrackerWriteOptions& options, Diagnostics& diags);

// The whole update: reads `path` when it exists, writes the new workbook to a temporary file
// beside it, copies the old one to `path`.bak and renames the new one over `path`. The old file is
// never touched when anything fails before the rename.
bool write_tracker_file(const std::string& path, TrackerData data,
                        const std::filesystem::path& rules_dir, const TrackerLabels& labels,
                        const TrackerWriteOptions& options, Diagnostics& diags);

// Cuts `text` into pieces of at most `max_units` UTF-16 units, at code point boundaries.
std::vector<std::string> split_utf16(const std::string& text, std::size_t max_units);

}  // namespace tolk
