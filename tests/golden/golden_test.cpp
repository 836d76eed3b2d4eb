// Spec-style examples. Each tests/golden/**/*.golden file holds cases of the form
//
//   ### name of the case
//   ~~~ input                       (or: ~~~ input FILE, a file of the repository)
//   …text…
//   ~~~ expected: tolk text [--explain]      (or: ~~~ expected: tolk parse)
//   …what tolk prints…
//   ~~~
//
// Every case runs through the library and through the tolk executable; both must print exactly
// the expected text. With TOLK_UPDATE_GOLDEN=1 the expected sections are rewritten from the
// library's output instead (review the diff before committing it).
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "batch/document.h"
#include "emit/akn.h"
#include "emit/text_report.h"
#include "test_support.h"

namespace tolk {
namespace {

namespace fs = std::filesystem;

struct Case {
  std::string name;
  std::string input;       // inline input text, or
  std::string input_file;  // a repository path
  std::string args;        // "text" or "text --explain"
  std::string expected;
  std::size_t expected_begin = 0, expected_end = 0;  // byte range of `expected` in the file
};

std::vector<Case> read_cases(const fs::path& path, std::string& content) {
  content = read_file_bytes(path.string());
  std::vector<Case> cases;
  std::istringstream in(content);
  std::string line;
  std::size_t pos = 0;
  enum { none, input, expected } section = none;
  while (std::getline(in, line)) {
    const std::size_t line_start = pos;
    pos += line.size() + 1;
    if (section == input && line.rfind("~~~", 0) != 0) {
      cases.back().input += line + "\n";  // an input may hold any line, "### " headings too
    } else if (line.rfind("### ", 0) == 0 && section == none) {
      Case c;
      c.name = line.substr(4);
      cases.push_back(std::move(c));
      section = none;
    } else if (line.rfind("~~~ input", 0) == 0 && !cases.empty()) {
      section = input;
      if (line.size() > 10) cases.back().input_file = line.substr(10);
    } else if (line.rfind("~~~ expected: tolk ", 0) == 0 && !cases.empty()) {
      section = expected;
      cases.back().args = line.substr(19);
      cases.back().expected_begin = pos;
    } else if (line == "~~~") {
      if (section == expected) cases.back().expected_end = line_start;
      section = none;
    } else if (section == input) {
      cases.back().input += line + "\n";
    } else if (section == expected) {
      cases.back().expected += line + "\n";
    }
  }
  return cases;
}

std::string run_library(const Case& c, const fs::path& input_path, const std::string& display) {
  Document doc = load_document(input_path.string(), test::repo_rules());
  if (c.args.rfind("parse", 0) == 0) {
    doc.display = display;
    if (!doc.text) return "";
    pugi::xml_document xml;
    Diagnostics diags;
    document_akn(doc, test::repo_rules(), xml, diags);
    return xml_string(xml);
  }
  TextReportOptions opts;
  opts.explain = c.args.find("--explain") != std::string::npos;
  std::string out;
  if (doc.text) {
    doc.text->file = display;
    out = render_text(*doc.text, *doc.layout, doc.classification ? &*doc.classification : nullptr, opts);
  }
  return out;
}

std::string run_cli(const std::string& args, const fs::path& cwd, const std::string& file) {
  std::string cmd = "cd '" + cwd.string() + "' && '" + std::string(TOLK_BINARY) + "' --rules '" +
                    (test::source_dir() / "rules").string() + "' " + args + " '" + file + "' 2>/dev/null";
  std::string out;
  if (FILE* p = popen(cmd.c_str(), "r")) {
    char buf[4096];
    std::size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    pclose(p);
  }
  return out;
}

TEST(Golden, AllExamples) {
  const bool update = std::getenv("TOLK_UPDATE_GOLDEN") != nullptr;
  std::size_t count = 0;
  const fs::path tmp = fs::temp_directory_path() / ("tolk-golden-" + std::to_string(::getpid()));
  fs::create_directories(tmp);
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(test::source_dir() / "tests" / "golden"))
    if (e.path().extension() == ".golden") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    std::string content;
    std::vector<Case> cases = read_cases(file, content);
    std::string updated = content;
    std::ptrdiff_t shift = 0;
    for (const Case& c : cases) {
      SCOPED_TRACE(file.filename().string() + ": " + c.name);
      ++count;
      fs::path cwd, input;
      std::string display;
      if (!c.input_file.empty()) {
        cwd = test::source_dir();
        input = cwd / c.input_file;
        display = c.input_file;
      } else {
        cwd = tmp;
        display = "input.txt";
        input = tmp / display;
        std::ofstream(input, std::ios::binary) << c.input;
      }
      const std::string lib = run_library(c, input, display);
      if (update) {
        updated.replace(c.expected_begin + shift, c.expected_end - c.expected_begin, lib);
        shift += static_cast<std::ptrdiff_t>(lib.size()) -
                 static_cast<std::ptrdiff_t>(c.expected_end - c.expected_begin);
        continue;
      }
      EXPECT_EQ(lib, c.expected) << "library output differs";
      EXPECT_EQ(run_cli(c.args, cwd, display), c.expected) << "tolk output differs";
    }
    if (update) std::ofstream(file, std::ios::binary) << updated;
  }
  fs::remove_all(tmp);
  EXPECT_GT(count, 0u);
}

}  // namespace
}  // namespace tolk
