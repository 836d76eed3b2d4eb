#include "emit/tracker.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>
#include <set>
#include <system_error>

#include "core/io.h"
#include "core/rules.h"
#include "core/unicode.h"

namespace tolk {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kCellMaxUnits = 32767;  // Excel's limit, in UTF-16 code units
constexpr const char* kStatusName = "StatusList";
// Extra rows below the last recommendation that get the dropdown, so that a row a user adds
// under the table has it too.
constexpr lxw_row_t kValidationSlack = 200;

const std::vector<std::string>& static_columns() {
  static const std::vector<std::string> cols = {
      "col.id",      "col.county",     "col.meeting_date", "col.issuer",
      "col.list",    "col.validity",   "col.number",       "col.text_sv",
      "col.text_fi", "col.indicators", "col.data_sources", "col.in_input"};
  return cols;
}

bool is_date_column(const std::string& key) {
  return key == "col.meeting_date" || key == "col.status_date" || key == "col.target_date" ||
         key == "col.revised_target_date";
}

bool is_wrapped_column(const std::string& key) {
  static const std::set<std::string> wrapped = {
      "col.text_sv",  "col.text_fi", "col.indicators", "col.revision_reason", "col.comment",
      "col.decision", "col.message", "col.indicator",  "col.statement_sv",    "col.statement_fi",
      "col.title",    "col.heading", "col.sv_value",   "col.fi_value",        "col.text"};
  return wrapped.count(key) > 0;
}

std::string cell_ref(lxw_row_t row, lxw_col_t col) {
  std::string letters;
  for (unsigned c = col + 1; c > 0; c = (c - 1) / 26)
    letters.insert(letters.begin(), 'A' + (c - 1) % 26);
  return letters + std::to_string(row + 1);
}

std::string quoted_sheet(const std::string& name) {
  std::string out = "'";
  for (char c : name) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

// The longest line of a text, in UTF-16 units: what a column must show.
std::size_t widest_line(const std::string& s) {
  std::size_t best = 0, start = 0;
  while (start <= s.size()) {
    std::size_t end = s.find('\n', start);
    if (end == std::string::npos) end = s.size();
    best = std::max(best, utf16_length(std::string_view(s).substr(start, end - start)));
    start = end + 1;
  }
  return best;
}

// A workbook being written: the libxlsxwriter handle, its formats, and the first error met.
class Book {
 public:
  Book(const std::string& path, const TrackerLabels& labels, Diagnostics& diags)
      : path_(path), labels_(labels), diags_(diags) {
    lxw_workbook_options opts = {};
    opts.constant_memory = LXW_FALSE;  // tables are not allowed in constant-memory mode
    wb_ = workbook_new_opt(path.c_str(), &opts);
    if (wb_ == nullptr) {
      fail("cannot create the workbook");
      return;
    }
    header_ = workbook_add_format(wb_);
    format_set_bold(header_);
    format_set_text_wrap(header_);
    format_set_align(header_, LXW_ALIGN_VERTICAL_TOP);
    wrap_ = workbook_add_format(wb_);
    format_set_text_wrap(wrap_);
    format_set_align(wrap_, LXW_ALIGN_VERTICAL_TOP);
    top_ = workbook_add_format(wb_);
    format_set_align(top_, LXW_ALIGN_VERTICAL_TOP);
    date_ = workbook_add_format(wb_);
    format_set_num_format(date_, "yyyy-mm-dd");
    format_set_align(date_, LXW_ALIGN_VERTICAL_TOP);
    link_ = workbook_add_format(wb_);
    format_set_underline(link_, LXW_UNDERLINE_SINGLE);
    format_set_font_color(link_, LXW_COLOR_BLUE);
    format_set_align(link_, LXW_ALIGN_VERTICAL_TOP);
    for (auto [sev, color] : {std::pair{"severity.error", 0xFFC7CE},
                              {"severity.warning", 0xFFEB9C},
                              {"severity.note", 0xDDEBF7}}) {
      lxw_format* f = workbook_add_format(wb_);
      format_set_bg_color(f, color);
      severity_[sev] = f;
    }
  }
  ~Book() {
    // A workbook abandoned after an error is still closed, so libxlsxwriter frees it; the partial
    // file is removed by the caller.
    if (wb_ != nullptr) workbook_close(wb_);
  }
  Book(const Book&) = delete;
  Book& operator=(const Book&) = delete;

  bool ok() const { return ok_; }
  lxw_workbook* wb() { return wb_; }
  // Closing writes the file.
  bool close() {
    lxw_error e = workbook_close(wb_);
    wb_ = nullptr;
    return check(e, "close") && ok_;
  }
  const TrackerLabels& labels() const { return labels_; }

  bool check(lxw_error e, const std::string& what) {
    if (e != LXW_NO_ERROR) fail(what + ": " + lxw_strerror(e));
    return e == LXW_NO_ERROR;
  }
  void fail(const std::string& message) {
    if (!ok_) return;
    ok_ = false;
    diags_.push_back({path_, 0, 0, std::nullopt, Severity::error, "track.write", message});
  }

  lxw_worksheet* add_sheet(const std::string& name) {
    if (!ok_) return nullptr;
    lxw_worksheet* ws = workbook_add_worksheet(wb_, name.c_str());
    if (ws == nullptr) fail("cannot add the sheet '" + name + "'");
    return ws;
  }

  // Writes a cell; returns the width the cell needs (UTF-16 units of its widest line).
  std::size_t write(lxw_worksheet* ws, const std::string& sheet, lxw_row_t r, lxw_col_t c,
                    const TrackerCell& cell, bool wrap) {
    if (!ok_) return 0;
    lxw_format* text_format = wrap ? wrap_ : top_;
    switch (cell.kind) {
      case TrackerCell::Kind::empty:
        return 0;
      case TrackerCell::Kind::number:
        check(worksheet_write_number(ws, r, c, cell.number, top_), "write_number");
        return std::to_string(static_cast<long long>(cell.number)).size();
      case TrackerCell::Kind::serial:
        check(worksheet_write_number(ws, r, c, cell.number, date_), "write_number");
        return 10;
      case TrackerCell::Kind::date: {
        lxw_datetime dt = {cell.date.year, cell.date.month, cell.date.day, 0, 0, 0};
        check(worksheet_write_datetime(ws, r, c, &dt, date_), "write_datetime");
        return 10;
      }
      case TrackerCell::Kind::label:
        return write_text(ws, sheet, r, c, labels_(cell.text), text_format);
      case TrackerCell::Kind::link:
        check(
            worksheet_write_url_opt(ws, r, c, cell.link.c_str(), link_, cell.text.c_str(), nullptr),
            "write_url");
        return utf16_length(cell.text);
      case TrackerCell::Kind::text:
        return write_text(ws, sheet, r, c, cell.text, text_format);
    }
    return 0;
  }

  std::size_t write_text(lxw_worksheet* ws, const std::string& sheet, lxw_row_t r, lxw_col_t c,
                         const std::string& text, lxw_format* f) {
    if (text.empty()) return 0;
    // write_string, never write_formula: "=SUM(A1)" from a protocol stays text.
    if (utf16_length(text) <= kCellMaxUnits) {
      check(worksheet_write_string(ws, r, c, text.c_str(), f), "write_string");
      return widest_line(text);
    }
    std::vector<std::string> parts = split_utf16(text, kCellMaxUnits);
    std::string ref = cell_ref(r, c);
    diags_.push_back({path_, 0, 0, std::nullopt, Severity::warning, "track.long-text",
                      "the text of cell " + sheet + "!" + ref + " is longer than a cell holds (" +
                          std::to_string(utf16_length(text)) + " UTF-16 units); its rest is on " +
                          "the sheet '" + labels_("sheet.continuation") + "' in " +
                          std::to_string(parts.size() - 1) + " more part(s)"});
    check(worksheet_write_string(ws, r, c, parts[0].c_str(), f), "write_string");
    for (std::size_t i = 1; i < parts.size(); ++i) {
      continuation_.rows.push_back(
          {tc_text(sheet), tc_text(ref), tc_number(double(i + 1)), tc_text(parts[i])});
    }
    return 60;
  }

  lxw_format* header() { return header_; }
  lxw_format* severity(const std::string& key) { return severity_[key]; }
  TrackerTable& continuation() { return continuation_; }

 private:
  std::string path_;
  const TrackerLabels& labels_;
  Diagnostics& diags_;
  lxw_workbook* wb_ = nullptr;
  bool ok_ = true;
  lxw_format *header_ = nullptr, *wrap_ = nullptr, *top_ = nullptr, *date_ = nullptr,
             *link_ = nullptr;
  std::map<std::string, lxw_format*> severity_;
  TrackerTable continuation_{
      "sheet.continuation", {"col.sheet", "col.cell", "col.part", "col.text"}, {}, -1};
};

// Writes a table sheet: headers, rows, an Excel table with filters over them, a frozen header
// row and computed widths. Returns the sheet (for more settings) or nullptr after an error.
// `t` is taken by value, so that a caller that moves it in has its rows let go with the sheet
// written: a big workbook is in memory once, in libxlsxwriter's cells, not twice.
lxw_worksheet* write_table(Book& book, TrackerTable t, lxw_col_t frozen_cols = 0) {
  const std::string name = book.labels()(t.sheet_key);
  lxw_worksheet* ws = book.add_sheet(name);
  if (ws == nullptr) return nullptr;
  const lxw_col_t ncols = static_cast<lxw_col_t>(t.column_keys.size());
  std::vector<std::size_t> width(ncols, 0);
  std::vector<std::string> headers;
  for (lxw_col_t c = 0; c < ncols; ++c) {
    headers.push_back(book.labels()(t.column_keys[c]));
    width[c] = widest_line(headers.back());
  }
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    for (lxw_col_t c = 0; c < ncols && c < t.rows[r].size(); ++c) {
      std::size_t w = book.write(ws, name, static_cast<lxw_row_t>(r + 1), c, t.rows[r][c],
                                 is_wrapped_column(t.column_keys[c]));
      width[c] = std::max(width[c], w);
    }
  }
  // A table needs a data row; an empty sheet gets one empty row under its headers.
  const lxw_row_t last_row = static_cast<lxw_row_t>(std::max<std::size_t>(t.rows.size(), 1));
  std::vector<lxw_table_column> cols(ncols);
  std::vector<lxw_table_column*> col_ptrs;
  for (lxw_col_t c = 0; c < ncols; ++c) {
    // Without column options worksheet_add_table writes "Column1"... over the header cells.
    cols[c].header = const_cast<char*>(headers[c].c_str());
    cols[c].header_format = book.header();
    col_ptrs.push_back(&cols[c]);
  }
  col_ptrs.push_back(nullptr);
  std::string table_name = "tbl_" + t.sheet_key.substr(t.sheet_key.find('.') + 1);
  lxw_table_options opts = {};
  opts.name = const_cast<char*>(table_name.c_str());
  opts.style_type = LXW_TABLE_STYLE_TYPE_LIGHT;
  opts.style_type_number = 9;
  opts.columns = col_ptrs.data();
  book.check(worksheet_add_table(ws, 0, 0, last_row, ncols - 1, &opts), "add_table " + name);
  worksheet_freeze_panes(ws, 1, frozen_cols);
  for (lxw_col_t c = 0; c < ncols; ++c) {
    // Filter buttons take about three characters of the header cell.
    double w = static_cast<double>(
        std::clamp<std::size_t>(width[c] + 3, 6, is_wrapped_column(t.column_keys[c]) ? 60 : 45));
    book.check(worksheet_set_column(ws, c, c, w, nullptr), "set_column");
  }
  if (t.severity_column >= 0 && !t.rows.empty()) {
    for (const char* key : {"severity.error", "severity.warning", "severity.note"}) {
      std::string value = "\"" + book.labels()(key) + "\"";
      lxw_conditional_format cf = {};
      cf.type = LXW_CONDITIONAL_TYPE_CELL;
      cf.criteria = LXW_CONDITIONAL_CRITERIA_EQUAL_TO;
      cf.value_string = const_cast<char*>(value.c_str());
      cf.format = book.severity(key);
      lxw_col_t sc = static_cast<lxw_col_t>(t.severity_column);
      book.check(worksheet_conditional_format_range(ws, 1, sc, last_row, sc, &cf),
                 "conditional_format");
    }
  }
  return ws;
}

TrackerCell cell_of_previous(const XlsxCell& x, const std::string& key) {
  if (x.empty()) return {};
  if (x.is_number) {
    TrackerCell c = tc_number(x.number);
    if (is_date_column(key)) c.kind = TrackerCell::Kind::serial;
    return c;
  }
  return tc_text(x.text);
}

std::string validity(const TrackerRecommendation& r) {
  if (r.valid_from == 0 && r.valid_to == 0) return "";
  return std::to_string(r.valid_from) + "–" + std::to_string(r.valid_to);
}

// Every language directory of `rules_dir` with a tracker.tsv, in name order.
std::vector<std::string> tracker_languages(const fs::path& rules_dir) {
  std::vector<std::string> langs;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(rules_dir, ec)) {
    if (fs::exists(e.path() / "tracker.tsv")) langs.push_back(e.path().filename().string());
  }
  std::sort(langs.begin(), langs.end());
  return langs;
}

}  // namespace

const std::string& TrackerLabels::operator()(const std::string& key) const {
  auto it = labels.find(key);
  return it == labels.end() ? key : it->second;
}

TrackerLabels load_tracker_labels(const fs::path& rules_dir, const std::string& lang,
                                  Diagnostics& diags) {
  auto read = [&](const std::string& l, TrackerLabels& out) {
    out.lang = l;
    fs::path p = rules_dir / l / "tracker.tsv";
    if (!fs::exists(p)) {
      diags.push_back({p.string(), 0, 0, std::nullopt, Severity::error, "rules.missing",
                       "no labels for the workbook language '" + l + "'"});
      return;
    }
    for (const RuleLine& rl : read_rule_file(p, diags)) {
      if (rl.fields.size() != 2) {
        diags.push_back({p.string(), rl.line, 0, std::nullopt, Severity::error, "rules.fields",
                         "expected key <TAB> label"});
        continue;
      }
      out.labels[rl.fields[0]] = rl.fields[1];
    }
  };
  TrackerLabels en, out;
  read("en", en);
  if (lang == "en") return en;
  read(lang, out);
  for (const auto& [key, label] : en.labels) {
    if (!out.labels.count(key) && fs::exists(rules_dir / lang / "tracker.tsv")) {
      diags.push_back({(rules_dir / lang / "tracker.tsv").string(), 0, 0, std::nullopt,
                       Severity::error, "rules.missing-key", "no label for '" + key + "'"});
    }
  }
  return out;
}

const std::vector<std::string>& tracker_status_codes() {
  static const std::vector<std::string> codes = {"not_started", "in_progress",     "partially",
                                                 "implemented", "not_implemented", "superseded"};
  return codes;
}

const std::vector<std::string>& tracker_user_columns() {
  static const std::vector<std::string> cols = {"col.status",
                                                "col.status_date",
                                                "col.owner",
                                                "col.target_date",
                                                "col.revised_target_date",
                                                "col.revision_reason",
                                                "col.evidence",
                                                "col.comment"};
  return cols;
}

TrackerCell tc_text(std::string s) {
  TrackerCell c;
  if (!s.empty()) c.kind = TrackerCell::Kind::text;
  c.text = std::move(s);
  return c;
}
TrackerCell tc_number(double n) {
  TrackerCell c;
  c.kind = TrackerCell::Kind::number;
  c.number = n;
  return c;
}
TrackerCell tc_date(const std::optional<Date>& d) {
  TrackerCell c;
  if (d && d->year > 0) {
    c.kind = TrackerCell::Kind::date;
    c.date = *d;
  }
  return c;
}
TrackerCell tc_label(std::string key) {
  TrackerCell c;
  c.kind = TrackerCell::Kind::label;
  c.text = std::move(key);
  return c;
}

std::vector<std::string> split_utf16(const std::string& text, std::size_t max_units) {
  std::vector<std::string> parts(1);
  std::size_t units = 0, i = 0;
  while (i < text.size()) {
    std::size_t start = i;
    char32_t cp = next_char(text, i);
    std::size_t n = cp > 0xFFFF ? 2 : 1;
    if (units + n > max_units) {
      parts.emplace_back();
      units = 0;
    }
    parts.back().append(text, start, i - start);
    units += n;
  }
  return parts;
}

std::optional<std::vector<PreviousRecommendation>> read_tracker(const std::string& path,
                                                                const fs::path& rules_dir,
                                                                Diagnostics& diags) {
  std::string error;
  auto sheets = read_xlsx(path, error);
  if (!sheets) {
    diags.push_back({path, 0, 0, std::nullopt, Severity::error, "track.read",
                     "cannot read the earlier workbook: " + error});
    return std::nullopt;
  }
  // Headers and statuses in every language, so that a workbook written with --lang sv can be
  // updated with --lang fi.
  std::map<std::string, std::string> header_key, status_code;
  Diagnostics ignored;
  for (const std::string& lang : tracker_languages(rules_dir)) {
    TrackerLabels l = load_tracker_labels(rules_dir, lang, ignored);
    for (const auto& [key, label] : l.labels) {
      if (key.rfind("col.", 0) == 0) header_key.emplace(label, key);
      if (key.rfind("status.", 0) == 0) status_code[to_lower(label)] = key.substr(7);
    }
  }
  for (const XlsxSheet& s : *sheets) {
    if (s.rows.empty()) continue;
    std::vector<std::string> keys;
    for (const XlsxCell& h : s.rows[0]) {
      auto it = header_key.find(h.text);
      keys.push_back(it == header_key.end() ? "" : it->second);
    }
    auto id_col = std::find(keys.begin(), keys.end(), "col.id");
    if (id_col == keys.end() || std::find(keys.begin(), keys.end(), "col.status") == keys.end()) {
      continue;
    }
    std::size_t idc = static_cast<std::size_t>(id_col - keys.begin());
    std::vector<PreviousRecommendation> out;
    for (std::size_t r = 1; r < s.rows.size(); ++r) {
      const auto& row = s.rows[r];
      if (idc >= row.size() || row[idc].text.empty()) continue;
      PreviousRecommendation p;
      p.id = row[idc].text;
      for (std::size_t c = 0; c < row.size() && c < keys.size(); ++c) {
        if (!keys[c].empty() && !row[c].empty()) p.cells[keys[c]] = row[c];
      }
      if (auto it = p.cells.find("col.status"); it != p.cells.end()) {
        auto code = status_code.find(to_lower(it->second.text));
        if (code != status_code.end()) p.status_code = code->second;
      }
      out.push_back(std::move(p));
    }
    return out;
  }
  diags.push_back({path, 0, 0, std::nullopt, Severity::error, "track.read",
                   "the earlier workbook has no recommendations sheet (no sheet with the id and "
                   "status columns): refusing to overwrite it"});
  return std::nullopt;
}

bool write_tracker(const std::string& path, TrackerData data,
                   const std::vector<PreviousRecommendation>& previous, const TrackerLabels& labels,
                   const TrackerWriteOptions& options, Diagnostics& diags) {
  Book book(path, labels, diags);
  if (!book.ok()) return false;
  std::map<std::string, const PreviousRecommendation*> prev_by_id;
  for (const auto& p : previous) prev_by_id.emplace(p.id, &p);

  // ---- Recommendations: the input's rows, then the earlier workbook's rows no longer in it.
  TrackerTable recs{"sheet.recommendations", static_columns(), {}, -1};
  for (const auto& k : tracker_user_columns()) recs.column_keys.push_back(k);
  recs.column_keys.push_back("col.source");
  const std::string sources_sheet = quoted_sheet(labels("sheet.sources"));
  std::set<std::string> current_ids;
  std::map<std::string, std::map<std::string, int>> overview;  // county -> status -> count
  auto user_cells = [&](const PreviousRecommendation* p, std::vector<TrackerCell>& row,
                        const std::string& county) {
    std::string status = p ? p->status_code : "";
    for (const auto& k : tracker_user_columns()) {
      if (p == nullptr) {
        row.emplace_back();
      } else if (k == "col.status" && !p->status_code.empty()) {
        row.push_back(tc_label("status." + p->status_code));
      } else if (auto it = p->cells.find(k); it != p->cells.end()) {
        row.push_back(cell_of_previous(it->second, k));
      } else {
        row.emplace_back();
      }
    }
    ++overview[county][status];
  };
  for (const auto& r : data.recommendations) {
    if (!current_ids.insert(r.id).second) {
      diags.push_back({r.file, r.line, 0, std::nullopt, Severity::warning, "track.duplicate-id",
                       "recommendation id " + r.id + " occurs twice in the input; users' edits " +
                           "are carried over to both rows"});
    }
    std::vector<TrackerCell> row = {
        tc_text(r.id),         tc_text(r.county),          tc_date(r.meeting_date),
        tc_text(r.issuer),     tc_label("list." + r.list), tc_text(validity(r)),
        tc_number(r.number),   tc_text(r.text_sv),         tc_text(r.text_fi),
        tc_text(r.indicators), tc_text(r.data_sources),    tc_label("presence.present")};
    auto it = prev_by_id.find(r.id);
    user_cells(it == prev_by_id.end() ? nullptr : it->second, row, r.county);
    TrackerCell src;
    src.kind = TrackerCell::Kind::link;
    src.text = r.file + ":" + std::to_string(r.line);
    src.link = "internal:" + sources_sheet + "!A" + std::to_string(r.source_row + 2);
    if (r.source_row < 0) src = tc_text(src.text);
    row.push_back(src);
    recs.rows.push_back(std::move(row));
  }
  std::vector<TrackerRecommendation>().swap(data.recommendations);
  for (const auto& p : previous) {
    if (current_ids.count(p.id)) continue;
    std::vector<TrackerCell> row;
    for (const auto& k : static_columns()) {
      auto it = p.cells.find(k);
      if (k == "col.in_input") {
        row.push_back(tc_label("presence.missing"));
      } else {
        row.push_back(it == p.cells.end() ? TrackerCell{} : cell_of_previous(it->second, k));
      }
    }
    auto county = p.cells.find("col.county");
    user_cells(&p, row, county == p.cells.end() ? "" : county->second.text);
    auto src = p.cells.find("col.source");
    row.push_back(src == p.cells.end() ? TrackerCell{} : tc_text(src->second.text));
    recs.rows.push_back(std::move(row));
  }
  const std::size_t rec_rows = recs.rows.size();
  lxw_worksheet* rws = write_table(book, std::move(recs), 1);
  if (rws != nullptr) {
    lxw_data_validation dv = {};
    dv.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
    std::string formula = std::string("=") + kStatusName;
    dv.value_formula = const_cast<char*>(formula.c_str());
    lxw_col_t sc = static_cast<lxw_col_t>(static_columns().size());
    book.check(worksheet_data_validation_range(
                   rws, 1, sc, static_cast<lxw_row_t>(rec_rows) + kValidationSlack, sc, &dv),
               "data_validation");
  }

  // ---- The other sheets, as tables.
  write_table(book, std::move(data.indicators));
  write_table(book, std::move(data.objectives));
  write_table(book, std::move(data.attendees));
  write_table(book, std::move(data.decisions));
  write_table(book, std::move(data.consistency));

  TrackerTable ov{"sheet.overview", {"col.county", "col.total"}, {}, -1};
  for (const auto& s : tracker_status_codes()) ov.column_keys.push_back("status." + s);
  ov.column_keys.push_back("col.no_status");
  for (const auto& [county, counts] : overview) {
    int total = 0;
    for (const auto& [s, n] : counts) total += n;
    std::vector<TrackerCell> row = {tc_text(county), tc_number(total)};
    for (const auto& s : tracker_status_codes()) {
      auto it = counts.find(s);
      row.push_back(tc_number(it == counts.end() ? 0 : it->second));
    }
    auto none = counts.find("");
    row.push_back(tc_number(none == counts.end() ? 0 : none->second));
    ov.rows.push_back(std::move(row));
  }
  write_table(book, std::move(ov));
  write_table(book, std::move(data.sources));
  if (!book.continuation().rows.empty()) write_table(book, book.continuation());

  // ---- The hidden sheet behind the dropdown.
  const std::string lists_name = labels("sheet.lists");
  if (lxw_worksheet* lws = book.add_sheet(lists_name)) {
    lxw_row_t r = 0;
    for (const auto& s : tracker_status_codes()) {
      book.check(worksheet_write_string(lws, r++, 0, labels("status." + s).c_str(), nullptr),
                 "write_string");
    }
    worksheet_hide(lws);
    std::string range = "=" + quoted_sheet(lists_name) + "!$A$1:$A$" + std::to_string(r);
    book.check(workbook_define_name(book.wb(), kStatusName, range.c_str()), "define_name");
  }

  std::string comments = "tolk " + options.version;
  lxw_doc_properties props = {};
  props.title = const_cast<char*>(labels("doc.title").c_str());
  props.subject = const_cast<char*>(labels("doc.subject").c_str());
  props.author = const_cast<char*>("tolk");
  props.comments = comments.data();
  props.created = options.created;
  book.check(workbook_set_properties(book.wb(), &props), "set_properties");
  if (!book.ok()) return false;
  return book.close();
}

bool write_tracker_file(const std::string& path, TrackerData data, const fs::path& rules_dir,
                        const TrackerLabels& labels, const TrackerWriteOptions& options,
                        Diagnostics& diags) {
  std::vector<PreviousRecommendation> previous;
  const bool existed = fs::exists(path);
  if (existed) {
    auto read = read_tracker(path, rules_dir, diags);
    // A workbook that cannot be read is left alone: writing over it would lose its users' edits.
    if (!read) return false;
    previous = std::move(*read);
  }
  // The temporary file is beside the target, so that the rename stays on one file system and
  // is atomic; one that a killed run left there goes first.
  remove_stale_temporaries(path);
  const std::string tmp = temporary_path(path).string();
  if (!write_tracker(tmp, std::move(data), previous, labels, options, diags)) {
    std::error_code ec;
    fs::remove(tmp, ec);
    return false;
  }
  std::error_code ec;
  if (existed) {
    fs::copy_file(path, path + ".bak", fs::copy_options::overwrite_existing, ec);
    if (ec) {
      diags.push_back({path, 0, 0, std::nullopt, Severity::error, "track.backup",
                       "cannot keep the earlier workbook as " + path + ".bak: " + ec.message()});
      fs::remove(tmp, ec);
      return false;
    }
  }
  fs::rename(tmp, path, ec);
  if (ec) {
    diags.push_back({path, 0, 0, std::nullopt, Severity::error, "track.write",
                     "cannot rename " + tmp + " to " + path + ": " + ec.message()});
    fs::remove(tmp, ec);
    return false;
  }
  return true;
}

}  // namespace tolk
