// The follow-up workbook: written with libxlsxwriter, read back with tolk's own reader (libzip +
// pugixml) and, when Debian's python3-openpyxl is installed, with a reader nobody here wrote.
#include "emit/tracker.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <thread>

#include "core/io.h"
#include "core/unicode.h"
#include "test_support.h"

namespace tolk {
namespace {

namespace fs = std::filesystem;

fs::path temp_dir(const std::string& name) {
  fs::path d =
      fs::temp_directory_path() / ("tolk_tracker_" + name + "_" + std::to_string(::getpid()));
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

std::string bytes_of(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TrackerRecommendation rec(const std::string& id, int number, const std::string& sv) {
  TrackerRecommendation r;
  r.id = id;
  r.county = "Kymmenedalens välfärdsområde";
  r.meeting_date = Date{2024, 11, 27};
  r.issuer = "MIN";
  r.list = "new";
  r.number = number;
  r.text_sv = sv;
  r.text_fi = "suomeksi " + std::to_string(number);
  r.indicators = "kostnadsutveckling\npersonalens storlek";
  r.data_sources = "SK, THL";
  r.file = "kym.sv.txt";
  r.line = 100 + number;
  r.source_row = 0;
  return r;
}

TrackerData sample() {
  TrackerData d;
  d.recommendations = {rec("KYM-2024-MIN-NEW-01", 1, "=SUM(A1:A2)"),
                       rec("KYM-2024-MIN-NEW-02", 2, "+46 and -3 @home")};
  d.sources = {
      "sheet.sources", {"col.file", "col.sha256"}, {{tc_text("kym.sv.txt"), tc_text("ab")}}, -1};
  d.attendees = {"sheet.attendees", {"col.name"}, {{tc_text("Anna-Kaisa Ikonen")}}, -1};
  d.decisions = {"sheet.decisions", {"col.decision"}, {}, -1};
  d.indicators = {"sheet.indicators", {"col.indicator"}, {}, -1};
  d.objectives = {"sheet.objectives", {"col.number"}, {}, -1};
  d.consistency = {"sheet.consistency",
                   {"col.severity", "col.message"},
                   {{tc_label("severity.error"), tc_text("only in sv")}},
                   0};
  return d;
}

const TrackerLabels& labels(const std::string& lang) {
  static std::map<std::string, TrackerLabels> cache;
  auto it = cache.find(lang);
  if (it == cache.end()) {
    Diagnostics diags;
    it = cache.emplace(lang, load_tracker_labels(test::source_dir() / "rules", lang, diags)).first;
    for (const auto& d : diags) ADD_FAILURE() << format_diagnostic(d);
  }
  return it->second;
}

const XlsxSheet& sheet(const std::vector<XlsxSheet>& sheets, const std::string& name) {
  for (const auto& s : sheets)
    if (s.name == name) return s;
  ADD_FAILURE() << "no sheet " << name;
  static XlsxSheet none;
  return none;
}

int column(const XlsxSheet& s, const std::string& header) {
  for (std::size_t c = 0; c < s.rows.at(0).size(); ++c)
    if (s.rows[0][c].text == header) return static_cast<int>(c);
  ADD_FAILURE() << "no column " << header;
  return 0;
}

TEST(TrackerLabels, EveryLanguageHasEveryKey) {
  for (const char* lang : {"sv", "fi", "en"}) {
    EXPECT_EQ(labels(lang).labels.size(), labels("en").labels.size()) << lang;
    for (const auto& s : tracker_status_codes())
      EXPECT_NE(labels(lang)("status." + s), "status." + s) << lang;
  }
  EXPECT_EQ(labels("sv")("status.partially"), "Delvis genomförd");
  EXPECT_EQ(labels("fi")("status.superseded"), "Ei enää ajankohtainen");
}

TEST(SplitUtf16, CutsAtCodePointsCountingSurrogates) {
  auto parts = split_utf16(
      "ab\xF0\x9F\x98\x80"
      "cd",
      3);  // U+1F600 is two UTF-16 units
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[0], "ab");
  EXPECT_EQ(parts[1],
            "\xF0\x9F\x98\x80"
            "c");
  EXPECT_EQ(parts[2], "d");
}

TEST(Tracker, WritesRecommendationsAsTextWithDatesAndReadsThemBack) {
  fs::path dir = temp_dir("write");
  std::string out = (dir / "t.xlsx").string();
  Diagnostics diags;
  TrackerData d = sample();
  // A text over Excel's limit: 40,000 units, with a character outside the BMP at the cut.
  d.recommendations[1].text_fi =
      std::string(32766, 'x') + "\xF0\x9F\x98\x80" + std::string(7232, 'y');
  ASSERT_TRUE(write_tracker_file(out, d, test::source_dir() / "rules", labels("sv"), {}, diags));
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].code, "track.long-text");
  EXPECT_EQ(diags[0].severity, Severity::warning);

  std::string error;
  auto sheets = read_xlsx(out, error);
  ASSERT_TRUE(sheets) << error;
  std::vector<std::string> names;
  for (const auto& s : *sheets) names.push_back(s.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Rekommendationer", "Mätare", "Mål", "Deltagare",
                                             "Beslut", "Konsekvens", "Översikt", "Källor",
                                             "Fortsättning", "Listor"}));
  const XlsxSheet& r = sheet(*sheets, "Rekommendationer");
  ASSERT_EQ(r.rows.size(), 3u);
  EXPECT_EQ(r.rows[1][column(r, "Id")].text, "KYM-2024-MIN-NEW-01");
  EXPECT_EQ(r.rows[1][column(r, "Text (svenska)")].text, "=SUM(A1:A2)");
  EXPECT_FALSE(r.rows[1][column(r, "Text (svenska)")].is_number);
  EXPECT_EQ(r.rows[2][column(r, "Text (svenska)")].text, "+46 and -3 @home");
  const XlsxCell& date = r.rows[1][column(r, "Förhandlingsdatum")];
  EXPECT_TRUE(date.is_number);
  EXPECT_EQ(date.number, 45623);  // 2024-11-27 as an Excel date serial
  EXPECT_EQ(r.rows[1][column(r, "Lista")].text, "ny");
  EXPECT_EQ(r.rows[1][column(r, "I indata")].text, "ja");
  EXPECT_EQ(r.rows[1][column(r, "Källhänvisning")].text, "kym.sv.txt:101");
  EXPECT_EQ(utf16_length(r.rows[2][column(r, "Text (finska)")].text), 32766u);
  const XlsxSheet& cont = sheet(*sheets, "Fortsättning");
  ASSERT_EQ(cont.rows.size(), 2u);
  EXPECT_EQ(cont.rows[1][1].text, "I3");
  EXPECT_EQ(cont.rows[1][3].text, "\xF0\x9F\x98\x80" + std::string(7232, 'y'));
  const XlsxSheet& lists = sheet(*sheets, "Listor");
  ASSERT_EQ(lists.rows.size(), 6u);
  EXPECT_EQ(lists.rows[0][0].text, "Ej påbörjad");
  const XlsxSheet& ov = sheet(*sheets, "Översikt");
  ASSERT_EQ(ov.rows.size(), 2u);
  EXPECT_EQ(ov.rows[1][column(ov, "Totalt")].number, 2);
  EXPECT_EQ(ov.rows[1][column(ov, "Ingen status")].number, 2);
  fs::remove_all(dir);
}

TEST(Tracker, SameInputSameBytes) {
  fs::path dir = temp_dir("bytes");
  Diagnostics diags;
  ASSERT_TRUE(write_tracker((dir / "a.xlsx").string(), sample(), {}, labels("fi"), {}, diags));
  std::this_thread::sleep_for(std::chrono::milliseconds(2100));  // zip times have 2 s steps
  ASSERT_TRUE(write_tracker((dir / "b.xlsx").string(), sample(), {}, labels("fi"), {}, diags));
  EXPECT_EQ(bytes_of(dir / "a.xlsx"), bytes_of(dir / "b.xlsx"));
  fs::remove_all(dir);
}

TEST(Tracker, KeepsUsersEditsAndVanishedRowsAcrossRunsAndLanguages) {
  fs::path dir = temp_dir("keep");
  std::string out = (dir / "t.xlsx").string();
  const fs::path rules = test::source_dir() / "rules";
  Diagnostics diags;
  // First run, then a user's edits (written as an earlier workbook would hold them).
  TrackerData d = sample();
  PreviousRecommendation edited;
  edited.id = "KYM-2024-MIN-NEW-02";
  edited.status_code = "partially";
  edited.cells["col.owner"] = {false, 0, "=Maija Meikäläinen"};
  edited.cells["col.target_date"] = {true, 45657, "45657"};
  edited.cells["col.comment"] = {false, 0, "valmis\nmelkein"};
  ASSERT_TRUE(write_tracker(out, d, {edited}, labels("sv"), {}, diags));
  std::string first = bytes_of(out);

  // Second run, in Finnish, with recommendation 2 gone and a new one 3.
  d.recommendations = {rec("KYM-2024-MIN-NEW-01", 1, "ett"), rec("KYM-2024-MIN-NEW-03", 3, "tre")};
  ASSERT_TRUE(write_tracker_file(out, d, rules, labels("fi"), {}, diags));
  for (const auto& x : diags) ADD_FAILURE() << format_diagnostic(x);
  EXPECT_EQ(bytes_of(out + ".bak"), first);
  for (const auto& e : fs::directory_iterator(fs::path(out).parent_path()))
    EXPECT_FALSE(is_temporary_file(e.path())) << e.path();

  auto prev = read_tracker(out, rules, diags);
  ASSERT_TRUE(prev);
  ASSERT_EQ(prev->size(), 3u);
  EXPECT_EQ((*prev)[0].id, "KYM-2024-MIN-NEW-01");
  EXPECT_EQ((*prev)[1].id, "KYM-2024-MIN-NEW-03");
  const PreviousRecommendation& kept = (*prev)[2];
  EXPECT_EQ(kept.id, "KYM-2024-MIN-NEW-02");
  EXPECT_EQ(kept.status_code, "partially");
  EXPECT_EQ(kept.cells.at("col.status").text, "Osittain toteutunut");
  EXPECT_EQ(kept.cells.at("col.owner").text, "=Maija Meikäläinen");
  EXPECT_EQ(kept.cells.at("col.target_date").number, 45657);
  EXPECT_EQ(kept.cells.at("col.comment").text, "valmis\nmelkein");
  EXPECT_EQ(kept.cells.at("col.in_input").text, "ei: ei enää syötteessä");
  EXPECT_EQ(kept.cells.at("col.text_sv").text, "+46 and -3 @home");
  EXPECT_EQ(kept.cells.at("col.meeting_date").number, 45623);

  // A third run with 2 back: its edits return to a present row.
  d.recommendations.push_back(rec("KYM-2024-MIN-NEW-02", 2, "två"));
  ASSERT_TRUE(write_tracker_file(out, d, rules, labels("en"), {}, diags));
  prev = read_tracker(out, rules, diags);
  ASSERT_TRUE(prev);
  ASSERT_EQ(prev->size(), 3u);
  EXPECT_EQ((*prev)[2].status_code, "partially");
  EXPECT_EQ((*prev)[2].cells.at("col.in_input").text, "yes");
  EXPECT_EQ((*prev)[2].cells.at("col.owner").text, "=Maija Meikäläinen");
  fs::remove_all(dir);
}

TEST(Tracker, RefusesToOverwriteAFileThatIsNotAWorkbook) {
  fs::path dir = temp_dir("refuse");
  std::string out = (dir / "t.xlsx").string();
  std::ofstream(out) << "not a zip";
  Diagnostics diags;
  EXPECT_FALSE(
      write_tracker_file(out, sample(), test::source_dir() / "rules", labels("sv"), {}, diags));
  ASSERT_FALSE(diags.empty());
  EXPECT_EQ(diags[0].code, "track.read");
  EXPECT_EQ(bytes_of(out), "not a zip");
  fs::remove_all(dir);
}

// openpyxl (Debian python3-openpyxl) reads the values, the dropdown, the defined name, the
// hidden sheet, the tables with their real headers and the frozen panes.
TEST(Tracker, OpenpyxlReadsValuesValidationAndTables) {
  if (std::system("/usr/bin/python3 -c 'import openpyxl' 2>/dev/null") != 0)
    GTEST_SKIP() << "python3-openpyxl is not installed";
  fs::path dir = temp_dir("openpyxl");
  std::string out = (dir / "t.xlsx").string();
  Diagnostics diags;
  ASSERT_TRUE(write_tracker(out, sample(), {}, labels("sv"), {}, diags));
  std::string script = dir / "check.py";
  std::ofstream(script) << R"PY(
import sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["Rekommendationer"]
hdr = [c.value for c in ws[1]]
assert hdr[0] == "Id" and "Status" in hdr, hdr
assert ws["A2"].value == "KYM-2024-MIN-NEW-01"
assert ws.cell(2, hdr.index("Text (svenska)") + 1).value == "=SUM(A1:A2)"
assert ws.cell(2, hdr.index("Text (svenska)") + 1).data_type == "s"
assert ws.cell(2, hdr.index("Förhandlingsdatum") + 1).value == datetime.datetime(2024, 11, 27)
assert ws.freeze_panes == "B2", ws.freeze_panes
dv = ws.data_validations.dataValidation
assert len(dv) == 1 and dv[0].type == "list" and dv[0].formula1 == "StatusList", dv
status_col = openpyxl.utils.get_column_letter(hdr.index("Status") + 1)
assert str(dv[0].sqref).startswith(status_col + "2:"), dv[0].sqref
dn = wb.defined_names["StatusList"]
assert dn.attr_text == "'Listor'!$A$1:$A$6", dn.attr_text
assert wb["Listor"].sheet_state == "hidden"
assert [wb["Listor"].cell(i, 1).value for i in range(1, 7)][3] == "Genomförd"
t = ws.tables["tbl_recommendations"]
assert t.ref.startswith("A1:"), t.ref
assert [c.name for c in t.tableColumns] == hdr
assert all(not str(c.name).startswith("Column") for c in t.tableColumns)
assert ws.column_dimensions["A"].width >= 19
assert wb.properties.creator == "tolk"
assert wb.properties.created == datetime.datetime(2024, 1, 1), wb.properties.created
c = wb["Konsekvens"]
assert c["A2"].value == "fel" and len(c.conditional_formatting) == 1
print("ok")
)PY";
  std::string cmd = "/usr/bin/python3 " + script + " " + out + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  ASSERT_NE(p, nullptr);
  std::string output;
  char buf[512];
  while (fgets(buf, sizeof buf, p)) output += buf;
  EXPECT_EQ(pclose(p), 0) << output;
  EXPECT_EQ(output, "ok\n");
  fs::remove_all(dir);
}

}  // namespace
}  // namespace tolk
