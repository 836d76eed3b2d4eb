// Reading cell values back from an .xlsx workbook: what the tracker needs to carry its users'
// edits over to the next run.
//
// An .xlsx file is a zip archive of XML parts. libxlsxwriter only writes, so the archive is opened
// with libzip (Debian's libzip-dev) and the parts are read with pugixml, which tolk already uses.
//
// Promise: never throws; a file that is not a readable workbook comes back as std::nullopt with
// `error` saying why. Cell values only: styles, validations and tables are not read.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace tolk {

struct XlsxCell {
  bool is_number = false;  // a numeric cell (dates are numbers: days since 1899-12-30)
  double number = 0;
  std::string text;        // a text cell's text; for a number, its text as stored
  bool empty() const { return !is_number && text.empty(); }
};

struct XlsxSheet {
  std::string name;
  // rows[r][c] is the cell in 0-based row r and column c; rows are padded with empty cells.
  std::vector<std::vector<XlsxCell>> rows;
};

// Every worksheet of the workbook at `path`, in workbook order. Shared and inline strings are
// resolved; a formula cell gives its cached value.
std::optional<std::vector<XlsxSheet>> read_xlsx(const std::string& path, std::string& error);

// 0-based column index of a cell reference ("C7" gives 2, "AB1" gives 27); -1 when malformed.
int xlsx_column_index(const std::string& ref);

}  // namespace tolk
