#include "emit/xlsx_read.h"

#include <zip.h>

#include <cstdlib>
#include <memory>
#include <pugixml.hpp>

namespace tolk {
namespace {

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipCloser>;

// The bytes of one archive member; nullopt when it is missing or unreadable.
std::optional<std::string> read_member(zip_t* z, const std::string& name) {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(z, name.c_str(), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) return std::nullopt;
  // A workbook member over 256 MiB is not one tolk wrote or a person filled in: refuse it
  // rather than allocate whatever a damaged header claims.
  if (st.size > (256u << 20)) return std::nullopt;
  zip_file_t* f = zip_fopen(z, name.c_str(), 0);
  if (f == nullptr) return std::nullopt;
  std::string out(static_cast<std::size_t>(st.size), '\0');
  zip_int64_t got = out.empty() ? 0 : zip_fread(f, out.data(), out.size());
  zip_fclose(f);
  if (got < 0 || static_cast<std::size_t>(got) != out.size()) return std::nullopt;
  return out;
}

bool parse(const std::string& bytes, pugi::xml_document& doc) {
  return static_cast<bool>(doc.load_buffer(bytes.data(), bytes.size()));
}

// The text of a shared or inline string: its <t>, or the <t> of each rich-text run; phonetic
// runs (<rPh>) are not part of the value.
std::string string_item_text(const pugi::xml_node& si) {
  std::string out;
  for (pugi::xml_node child : si.children()) {
    std::string n = child.name();
    if (n == "t") out += child.text().get();
    if (n == "r") out += child.child("t").text().get();
  }
  return out;
}

// "worksheets/sheet1.xml" relative to xl/, or "/xl/worksheets/sheet1.xml" absolute.
std::string member_of_target(const std::string& target) {
  if (!target.empty() && target[0] == '/') return target.substr(1);
  return "xl/" + target;
}

}  // namespace

int xlsx_column_index(const std::string& ref) {
  int col = 0;
  std::size_t i = 0;
  while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z') {
    col = col * 26 + (ref[i] - 'A' + 1);
    if (col > 16384) return -1;
    ++i;
  }
  if (i == 0) return -1;
  return col - 1;
}

std::optional<std::vector<XlsxSheet>> read_xlsx(const std::string& path, std::string& error) {
  int zerr = 0;
  ZipPtr z(zip_open(path.c_str(), ZIP_RDONLY, &zerr));
  if (!z) {
    zip_error_t ze;
    zip_error_init_with_code(&ze, zerr);
    error = std::string("not a readable zip archive: ") + zip_error_strerror(&ze);
    zip_error_fini(&ze);
    return std::nullopt;
  }
  auto wb_bytes = read_member(z.get(), "xl/workbook.xml");
  auto rels_bytes = read_member(z.get(), "xl/_rels/workbook.xml.rels");
  pugi::xml_document wb, rels;
  if (!wb_bytes || !rels_bytes || !parse(*wb_bytes, wb) || !parse(*rels_bytes, rels)) {
    error = "no readable xl/workbook.xml and its relationships: not an .xlsx workbook";
    return std::nullopt;
  }
  std::vector<std::string> shared;
  if (auto ss_bytes = read_member(z.get(), "xl/sharedStrings.xml")) {
    pugi::xml_document ss;
    if (!parse(*ss_bytes, ss)) {
      error = "xl/sharedStrings.xml is not well-formed XML";
      return std::nullopt;
    }
    for (pugi::xml_node si : ss.child("sst").children("si")) shared.push_back(string_item_text(si));
  }

  std::vector<XlsxSheet> sheets;
  for (pugi::xml_node s : wb.child("workbook").child("sheets").children("sheet")) {
    XlsxSheet sheet;
    sheet.name = s.attribute("name").value();
    std::string rid = s.attribute("r:id").value();
    std::string target;
    for (pugi::xml_node r : rels.child("Relationships").children("Relationship")) {
      if (rid == r.attribute("Id").value()) target = r.attribute("Target").value();
    }
    auto bytes = target.empty() ? std::nullopt : read_member(z.get(), member_of_target(target));
    pugi::xml_document ws;
    if (!bytes || !parse(*bytes, ws)) {
      error = "sheet '" + sheet.name + "' cannot be read";
      return std::nullopt;
    }
    for (pugi::xml_node row : ws.child("worksheet").child("sheetData").children("row")) {
      long r = std::strtol(row.attribute("r").value(), nullptr, 10) - 1;
      if (r < 0) r = static_cast<long>(sheet.rows.size());
      if (r > 1048575) continue;
      if (sheet.rows.size() <= static_cast<std::size_t>(r)) sheet.rows.resize(r + 1);
      auto& cells = sheet.rows[r];
      for (pugi::xml_node c : row.children("c")) {
        int col = c.attribute("r") ? xlsx_column_index(c.attribute("r").value())
                                   : static_cast<int>(cells.size());
        if (col < 0) continue;
        XlsxCell cell;
        std::string t = c.attribute("t").value();
        std::string v = c.child("v").text().get();
        if (t == "s") {
          std::size_t i = std::strtoul(v.c_str(), nullptr, 10);
          if (i < shared.size()) cell.text = shared[i];
        } else if (t == "inlineStr") {
          cell.text = string_item_text(c.child("is"));
        } else if (t == "str" || t == "e") {
          cell.text = v;
        } else if (!v.empty()) {  // "n", "b" or no type: a number
          cell.is_number = true;
          cell.number = std::strtod(v.c_str(), nullptr);
          cell.text = v;
        }
        if (cells.size() <= static_cast<std::size_t>(col)) cells.resize(col + 1);
        cells[col] = std::move(cell);
      }
    }
    sheets.push_back(std::move(sheet));
  }
  return sheets;
}

}  // namespace tolk
