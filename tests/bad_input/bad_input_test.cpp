// The bad-input suite: files nobody checked, as a ministry's batch will contain them. Each case says
// what tolk must do with it (tests/bad_input/README.md has the table): the diagnostic it gets, with
// the file and the place; the exit code (1 where the document is unusable); that nothing crashes
// or hangs; and, for the large ones, the time and the peak memory, which are printed (measured, not
// asserted: performance targets belong in benchmarks).
//
// Most cases run the tolk executable as a user would (fork and exec, with the exit status and the
// child's peak RSS from wait4), so that exit codes and messages are the real ones. Big files are
// made at run time in a temporary directory and removed; none is in the repository.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <pugixml.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <random>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "batch/batch.h"
#include "batch/document.h"
#include "core/io.h"
#include "decode/decode.h"
#include "emit/akn.h"
#include "emit/xlsx_read.h"
#include "fuzz/fuzz_checks.h"
#include "test_support.h"

namespace tolk {
namespace {

namespace fs = std::filesystem;

// ---- Helpers -------------------------------------------------------------------------------------

class TempDir {
 public:
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "tolk-bad-input-XXXXXX").string();
    if (::mkdtemp(tmpl.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }
  fs::path operator/(const std::string& name) const { return path_ / name; }

 private:
  fs::path path_;
};

void write_bytes(const fs::path& p, const std::string& bytes) {
  std::ofstream out(p, std::ios::binary);
  out << bytes;
  ASSERT_TRUE(out.good()) << p;
}

std::string read_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string repo_file(const std::string& rel) {
  return read_bytes(test::source_dir() / rel);
}

struct CliRun {
  int exit_code = -1;  // -1 when killed by a signal
  int signal = 0;
  bool timed_out = false;
  std::string out, err;
  long peak_rss_kb = 0;  // the child's peak resident set (wait4's ru_maxrss)
  double seconds = 0;
};

std::ostream& operator<<(std::ostream& os, const CliRun& r) {
  os << "exit " << r.exit_code;
  if (r.signal) os << ", signal " << r.signal;
  if (r.timed_out) os << ", timed out";
  return os << "\nstderr: " << r.err.substr(0, 2000);
}

// Runs the tolk executable with `args` in `cwd`, TOLK_RULES set to the repository's rules.
// `in_child` runs in the child before exec (to set limits). A run longer than `timeout` seconds
// is killed and reported as timed out: a hang, or time that grows faster than the input.
CliRun run_tolk(const std::vector<std::string>& args, const fs::path& cwd,
             const std::function<void()>& in_child = {}, int timeout = 300) {
  TempDir io;
  const fs::path out_file = io / "stdout", err_file = io / "stderr";
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = ::fork();
  if (pid == 0) {
    if (::chdir(cwd.c_str()) != 0) ::_exit(126);
    const int o = ::open(out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int e = ::open(err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (o < 0 || e < 0) ::_exit(126);
    ::dup2(o, 1);
    ::dup2(e, 2);
    ::setenv("TOLK_RULES", (test::source_dir() / "rules").c_str(), 1);
    if (in_child) in_child();
    std::vector<char*> argv;
    std::string binary = TOLK_BINARY;
    argv.push_back(binary.data());
    std::vector<std::string> copy = args;
    for (std::string& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(binary.c_str(), argv.data());
    ::_exit(127);
  }
  CliRun r;
  int status = 0;
  struct rusage ru {};
  for (;;) {
    const pid_t done = ::wait4(pid, &status, WNOHANG, &ru);
    if (done == pid) break;
    const double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (elapsed > timeout) {
      ::kill(pid, SIGKILL);
      ::wait4(pid, &status, 0, &ru);
      r.timed_out = true;
      break;
    }
    ::usleep(2000);
  }
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  r.peak_rss_kb = ru.ru_maxrss;
  if (WIFEXITED(status)) r.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) r.signal = WTERMSIG(status);
  r.out = read_bytes(out_file);
  r.err = read_bytes(err_file);
  return r;
}

// The diagnostics of a run's standard error with `code`.
std::vector<std::string> lines_with(const std::string& text, const std::string& code) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (line.find("[" + code + "]") != std::string::npos) out.push_back(line);
  return out;
}

// Well-formed XML 1.0, by the rules pugixml checks and the ones it does not (fuzz_checks.h).
::testing::AssertionResult well_formed(const std::string& xml) {
  fuzz::Failures f;
  fuzz::check_xml_bytes(xml, f);
  pugi::xml_document doc;
  const pugi::xml_parse_result r = doc.load_buffer(xml.data(), xml.size());
  if (!r) f.add(std::string("pugixml: ") + r.description() + " at byte " + std::to_string(r.offset));
  if (f.empty()) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << f.text();
}

// Also with xmllint, the strictest parser at hand, when it is installed (libxml2-utils).
::testing::AssertionResult xmllint_accepts(const fs::path& file) {
  if (std::system("command -v xmllint >/dev/null 2>&1") != 0)
    return ::testing::AssertionSuccess() << "(xmllint not installed)";
  const std::string cmd = "xmllint --noout --nonet '" + file.string() + "' >'" + file.string() +
                          ".log' 2>&1";
  const int rc = std::system(cmd.c_str());
  const std::string log = read_bytes(file.string() + ".log");
  fs::remove(file.string() + ".log");
  if (rc == 0) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "xmllint: " << log.substr(0, 1000);
}

void print_measure(const std::string& what, const CliRun& r) {
#ifdef TOLK_TEST_SANITIZED
  const char* build = " (ASan build)";
#else
  const char* build = "";
#endif
  std::printf("[ measure  ] %s: %.2f s, peak RSS %.1f MB%s\n", what.c_str(), r.seconds,
              static_cast<double>(r.peak_rss_kb) / 1024.0, build);
}

// The text report's header: "== name (kind, lang, encoding, spacing, wrap N, N blocks, N debris lines)".
std::size_t block_count(const std::string& report) {
  std::smatch m;
  static const std::regex kBlocks(R"(, (\d+) blocks, )");
  if (!std::regex_search(report, m, kBlocks)) return static_cast<std::size_t>(-1);
  return std::stoul(m[1]);
}

// ---- Unreadable files: decode and layout refuse them, exit 1, no XML ---------------------------

struct Refused {
  const char* name;
  std::function<std::string()> bytes;
  const char* code;
  const char* place;  // a regex the diagnostic's place must match, after the file name
  const char* message_part;
  bool xml_written = false;  // the document had text: `tolk parse` still writes its XML
};

class RefusedFile : public ::testing::TestWithParam<Refused> {};

std::string utf16le(const std::u16string& s) {
  std::string out;
  for (char16_t c : s) {
    out += static_cast<char>(c & 0xFF);
    out += static_cast<char>(c >> 8);
  }
  return out;
}

std::string utf16be(const std::u16string& s) {
  std::string out;
  for (char16_t c : s) {
    out += static_cast<char>(c >> 8);
    out += static_cast<char>(c & 0xFF);
  }
  return out;
}

std::string random_binary() {
  std::mt19937 rng(8);  // fixed seed: the same bytes every run
  std::string s = "\x89PNG\r\n\x1A\n";
  for (int i = 0; i < 4096; ++i) s += static_cast<char>(rng() & 0xFF);
  return s;
}

// The Swedish decision with one byte 0xFF put in at line 241, column 54 (byte 16624).
std::string invalid_utf8_in_the_middle() {
  std::string s = repo_file("corpus/decisions/vnp-272-2025.sv.txt");
  return s.insert(s.size() / 2, "\xFF");
}

const std::u16string kFinnish =
    u"Hyvinvointialueen on edistettävä asukkaiden terveyttä ja hyvinvointia.\n"
    u"Toinen rivi, jossa on ääkkösiä.\n";

TEST_P(RefusedFile, GetsItsDiagnosticAndExitCode1AndNoXml) {
  const Refused& c = GetParam();
  TempDir dir;
  const std::string name = std::string(c.name) + ".txt";
  write_bytes(dir / name, c.bytes());
  const CliRun r = run_tolk({"parse", "-o", "out", name}, dir.path());
  EXPECT_EQ(r.exit_code, 1) << r;
  EXPECT_EQ(r.signal, 0) << r;
  const auto found = lines_with(r.err, c.code);
  ASSERT_EQ(found.size(), 1u) << "expected one [" << c.code << "]\n" << r;
  EXPECT_TRUE(std::regex_search(
      found[0], std::regex("^" + std::string(c.name) + "\\.txt(" + c.place + ")")))
      << found[0];
  EXPECT_NE(found[0].find(c.message_part), std::string::npos) << found[0];
  EXPECT_EQ(fs::exists(dir / "out" / (std::string(c.name) + ".xml")), c.xml_written)
      << "an unreadable file must not give an XML file";
  std::printf("[ case     ] %s\n", found[0].c_str());
}

INSTANTIATE_TEST_SUITE_P(
    BadInput, RefusedFile,
    ::testing::Values(
        Refused{"empty", [] { return std::string(); }, "decode.empty", ": byte 0: error",
                "the file is empty"},
        Refused{"binary", random_binary, "decode.binary", ": byte \\d+: error", "binary file"},
        Refused{"nul-bytes",
                [] { return std::string("Rad ett.\nRad tv\xC3\xA5.\nRad\0tre.\n", 28); },
                "decode.binary", ": byte 22: error", "NUL byte at byte 22"},
        Refused{"invalid-utf8-in-the-middle", invalid_utf8_in_the_middle, "decode.invalid-utf8",
                ":241:54: error", "invalid UTF-8 byte 0xFF at byte 16624 (line 241, column 54)"},
        Refused{"utf8-cut-at-the-end",
                [] { return std::string("Päätös: tiedoksi. P\xC3"); }, "decode.invalid-utf8",
                ":1:\\d+: error", "at the end of the file"},
        Refused{"utf16le-without-bom", [] { return utf16le(kFinnish); }, "decode.binary",
                ": byte 1: error", "UTF-16LE without a byte-order mark"},
        Refused{"utf16be-without-bom", [] { return utf16be(kFinnish); }, "decode.binary",
                ": byte 0: error", "UTF-16BE without a byte-order mark"},
        Refused{"control-character",
                [] { return std::string("Rad ett.\nRad \x01tv\xC3\xA5.\n"); },
                "decode.control-char", ":2:5: error", "U+0001 (SOH)"},
        Refused{"unpaired-surrogate-utf16",
                [] { return "\xFF\xFE" + utf16le(u"ab") + std::string("\x00\xD8", 2) + utf16le(u"cd\n"); },
                "decode.invalid-utf16", ":\\d+(:\\d+)?: error|: byte \\d+: error", "surrogate"},
        Refused{"surrogate-in-utf8",
                [] { return std::string("V\xC3\xA4lf\xC3\xA4rd \xED\xA0\x80 och h\xC3\xA4lsa.\n"); },
                "decode.invalid-utf8", ":1:\\d+: error", "0xED"},
        Refused{"only-whitespace", [] { return std::string("  \n\t\n   \n\n"); }, "layout.no-text",
                ": error", "only white space", /*xml_written=*/true}),
    [](const ::testing::TestParamInfo<Refused>& i) {
      std::string n = i.param.name;
      for (char& ch : n)
        if (ch == '-') ch = '_';
      return n;
    });

// ---- Odd but readable files ------------------------------------------------------------------

TEST(BadInput, MixedLineEndingsAreReadWithAWarningAndTheRightLineNumbers) {
  TempDir dir;
  write_bytes(dir / "mixed.txt",
              "Rad ett slutar med CRLF.\r\nRad tv\xC3\xA5 med LF.\n\nRad fyra med CR.\r\rRad sex.\n");
  const CliRun r = run_tolk({"text", "mixed.txt"}, dir.path());
  EXPECT_EQ(r.exit_code, 0) << r;
  const auto found = lines_with(r.err, "decode.mixed-line-endings");
  ASSERT_EQ(found.size(), 1u) << r;
  EXPECT_EQ(found[0].rfind("mixed.txt:2: warning", 0), 0u) << found[0];
  // Line numbers are the source's: "Rad sex." is on line 6 whatever ends the lines before it.
  EXPECT_NE(r.out.find("\n6 "), std::string::npos) << r.out;
  std::printf("[ case     ] %s\n", found[0].c_str());
}

// 200 MB without a newline: refused by size before anything else is done with it, and before it
// is read whole (load_document reads no more than the limit and one byte).
constexpr std::size_t kHugeFile = std::size_t{200} << 20;

TEST(BadInput, TwoHundredMegabytesWithoutNewlineIsTooLarge) {
  {
    const std::string huge(std::size_t{200} << 20, 'a');
    const DecodeResult d = decode(huge, "huge.txt");
    EXPECT_FALSE(d.text);
    ASSERT_EQ(d.diagnostics.size(), 1u);
    EXPECT_EQ(format_diagnostic(d.diagnostics[0]),
              "huge.txt: byte 67108864: error [decode.too-large]: the file has 209715200 bytes, "
              "more than the 64 MiB tolk reads");
  }
  TempDir dir;
  {
    std::ofstream out(dir / "huge.txt", std::ios::binary);
    const std::string chunk(1 << 20, 'a');
    for (std::size_t left = kHugeFile; left > 0;) {
      const std::size_t n = std::min(left, chunk.size());
      out.write(chunk.data(), static_cast<std::streamsize>(n));
      left -= n;
    }
  }
  const CliRun r = run_tolk({"text", "huge.txt"}, dir.path());
  fs::remove(dir / "huge.txt");
  EXPECT_EQ(r.exit_code, 1) << r;
  EXPECT_FALSE(r.timed_out);
  const auto found = lines_with(r.err, "decode.too-large");
  ASSERT_EQ(found.size(), 1u) << r;
  EXPECT_NE(found[0].find("huge.txt: byte 67108864: error [decode.too-large]: the file has " +
                          std::to_string(kHugeFile) + " bytes, more than the 64 MiB tolk reads"),
            std::string::npos)
      << found[0];
  print_measure(std::to_string(kHugeFile >> 20) + " MB file without a newline (refused)", r);
}

// A million one-line paragraphs (two blank lines apart, so that they are paragraphs whatever the
// spacing rule decides), and a million lines that make one paragraph: linear time, memory in
// proportion to the text. Scaled down in sanitizer builds, where the same work takes minutes;
// TOLK_BAD_INPUT_PARAGRAPHS sets the count.
std::size_t paragraph_count() {
  if (const char* env = std::getenv("TOLK_BAD_INPUT_PARAGRAPHS")) return std::stoul(env);
#if defined(TOLK_TEST_SANITIZED) || !defined(NDEBUG)
  return 100000;
#else
  return 1000000;
#endif
}

TEST(BadInput, AMillionOneLineParagraphs) {
  const std::size_t n = paragraph_count();
  TempDir dir;
  {
    std::ofstream out(dir / "paragraphs.txt", std::ios::binary);
    for (std::size_t i = 1; i <= n; ++i) out << "Stycke " << i << " slutar h\xC3\xA4r.\n\n\n";
  }
  const CliRun r = run_tolk({"text", "paragraphs.txt"}, dir.path());
  EXPECT_EQ(r.exit_code, 0) << r;
  EXPECT_FALSE(r.timed_out) << "more than 300 s: time is no longer linear in the input";
  EXPECT_EQ(block_count(r.out), n) << r.out.substr(0, 300);
  print_measure(std::to_string(n) + " one-line paragraphs, tolk text (" +
                    std::to_string(fs::file_size(dir / "paragraphs.txt") >> 20) + " MB)",
                r);
}

TEST(BadInput, AMillionLinesOfOneParagraph) {
  const std::size_t n = paragraph_count();
  TempDir dir;
  {
    // One blank line after every line, as in the protocols; every line after the first goes on
    // with a lower-case word where the line before did not end a sentence: one paragraph.
    std::ofstream out(dir / "one.txt", std::ios::binary);
    out << "Detta stycke har en miljon rader\n\n";
    for (std::size_t i = 2; i <= n; ++i) out << "och rad " << i << " forts\xC3\xA4tter samma stycke\n\n";
  }
  const CliRun r = run_tolk({"text", "one.txt"}, dir.path());
  EXPECT_EQ(r.exit_code, 0) << r;
  EXPECT_FALSE(r.timed_out) << "more than 300 s: joining lines is no longer linear";
  EXPECT_EQ(block_count(r.out), 1u) << r.out.substr(0, 300);
  EXPECT_NE(r.out.find("\n1-" + std::to_string(2 * n - 1) + " "), std::string::npos);
  print_measure(std::to_string(n) + " lines of one paragraph, tolk text", r);
}

// ---- Structure that is wrong: the parsers say where -----------------------------------------

std::map<std::string, std::vector<std::string>> diagnostics_by_code(const Document& doc) {
  std::map<std::string, std::vector<std::string>> out;
  for (const Diagnostic& d : doc.diagnostics) out[d.code].push_back(format_diagnostic(d));
  return out;
}

Document load(const std::string& rel) {
  return load_document((test::source_dir() / rel).string(), test::repo_rules());
}

void expect_xml_ok(const Document& doc) {
  pugi::xml_document xml;
  Diagnostics diags;
  document_akn(doc, test::repo_rules(), xml, diags);
  EXPECT_TRUE(diags.empty()) << format_diagnostic(diags.front());
  EXPECT_TRUE(well_formed(xml_string(xml)));
}

std::vector<std::pair<std::size_t, std::string>> lines_and_messages(const Document& doc,
                                                                    const std::string& code) {
  std::vector<std::pair<std::size_t, std::string>> out;
  for (const Diagnostic& d : doc.diagnostics)
    if (d.code == code) out.push_back({d.line, d.message});
  return out;
}

using LM = std::vector<std::pair<std::size_t, std::string>>;

TEST(BadInput, DecisionNumbered1_2_2_5_1) {
  const Document doc = load("tests/bad_input/numbering-decision.sv.txt");
  ASSERT_EQ(doc.kind(), DocKind::decision);
  EXPECT_TRUE(doc.ok());  // usable: exit 0, with warnings
  EXPECT_EQ(lines_and_messages(doc, "decision.numbering"),
            (LM{{20, "objective 2) where 3) was expected"},
                {23, "objective 5) where 3) was expected"},
                {26, "objective 1) where 6) was expected"}}));
  ASSERT_TRUE(doc.decision);
  std::size_t objectives = 0;
  for (const auto& g : doc.decision->groups) objectives += g.objectives.size();
  EXPECT_EQ(objectives, 5u);  // every objective kept, as printed
  expect_xml_ok(doc);
}

TEST(BadInput, PublicationObjectivesNumbered2_1_2_2_2_2_2_5_2_1) {
  const Document doc = load("tests/bad_input/numbering-publication.sv.txt");
  ASSERT_EQ(doc.kind(), DocKind::publication);
  EXPECT_TRUE(doc.ok());
  EXPECT_EQ(lines_and_messages(doc, "publication.objective-repeated"),
            (LM{{37, "objective 2.2 again (the first is on line 24); only the first is read as an objective"},
                {63, "objective 2.1 again (the first is on line 11); only the first is read as an objective"}}));
  EXPECT_EQ(lines_and_messages(doc, "publication.objective-numbering"),
            (LM{{50, "objective 2.5 where 2.3 was expected"}}));
  expect_xml_ok(doc);
}

TEST(BadInput, ProtocolNumbered1_2_2_5_1) {
  const Document doc = load("tests/bad_input/numbering-protocol.fi.txt");
  ASSERT_EQ(doc.kind(), DocKind::protocol);
  if (!doc.protocol) GTEST_SKIP() << "the protocol parser is not wired into load_document yet";
  EXPECT_TRUE(doc.ok());
  const auto codes = diagnostics_by_code(doc);
  // The second "2." is not a new item: it is kept as text of item 2, and said so.
  EXPECT_EQ(lines_and_messages(doc, "protocol.numbered-paragraph").size(), 1u);
  EXPECT_EQ(lines_and_messages(doc, "protocol.item-numbering"),
            (LM{{28, "agenda item 1. where 3. or 2.1 was expected"}}));
  // The recommendations 1., 2., 2., 5., 1. of item 2.
  EXPECT_EQ(lines_and_messages(doc, "protocol.recommendation-numbering").size(), 3u);
  for (const auto& [code, lines] : codes)
    for (const auto& l : lines) std::printf("[ case     ] %s\n", l.c_str());
  expect_xml_ok(doc);
}

TEST(BadInput, PublicationHeadingsNestedTwentyDeep) {
  const Document doc = load("tests/bad_input/nested-publication.sv.txt");
  ASSERT_EQ(doc.kind(), DocKind::publication);
  ASSERT_TRUE(doc.layout);
  std::size_t deepest = 0;
  for (const Block& b : doc.layout->blocks)
    deepest = std::max<std::size_t>(deepest, std::count(b.label.begin(), b.label.end(), '.') + 1);
  EXPECT_EQ(deepest, 20u);  // the numbers are read to the twentieth level ...
  // ... and sections without a background or indicators part are no objectives.
  EXPECT_EQ(lines_and_messages(doc, "publication.objectives-missing").size(), 1u);
  expect_xml_ok(doc);
}

TEST(BadInput, ProtocolItemsNestedTwentyDeep) {
  const Document doc = load("tests/bad_input/nested-protocol.fi.txt");
  ASSERT_EQ(doc.kind(), DocKind::protocol);
  if (!doc.protocol) GTEST_SKIP() << "the protocol parser is not wired into load_document yet";
  std::size_t deepest = 0;
  for (const AgendaItem& a : doc.protocol->agenda) deepest = std::max(deepest, a.path.size());
  // Whatever depth the parser reads items to, the deeper ones are kept as text and said so.
  const std::size_t kept_as_text = lines_and_messages(doc, "protocol.text-after-decision").size();
  std::printf("[ case     ] agenda items read to depth %zu; %zu deeper ones kept as text with a note\n",
              deepest, kept_as_text);
  EXPECT_EQ(deepest + kept_as_text, 20u);
  expect_xml_ok(doc);
}

// A protocol in a language that has no rules: not recognised, written as generic paragraphs,
// not an error (README: "a document of unknown kind is written as generic paragraphs").
TEST(BadInput, ProtocolInAThirdLanguage) {
  for (const char* rel : {"tests/bad_input/protocol-english.en.txt",
                          "tests/bad_input/protocol-german.de.txt"}) {
    SCOPED_TRACE(rel);
    const Document doc = load(rel);
    EXPECT_TRUE(doc.ok());
    EXPECT_EQ(doc.kind(), DocKind::unknown);
    EXPECT_FALSE(doc.protocol);
    expect_xml_ok(doc);
    // What could not be told is said, at the first line of text, naming the file.
    std::set<std::string> codes;
    for (const Diagnostic& d : doc.diagnostics) {
      codes.insert(d.code);
      EXPECT_EQ(d.file, doc.display);
      EXPECT_GT(d.line, 0u);
      std::printf("[ case     ] %s\n", format_diagnostic(d).c_str());
    }
    EXPECT_TRUE(codes.count("classify.unknown-kind"));
    // English has function words in rules/en/; German has none.
    EXPECT_EQ(codes.count("classify.unknown-language"), std::string(rel).find("german") != std::string::npos ? 1u : 0u);
  }
}

// A Swedish file paired with an unrelated Finnish one (`tolk align`). Added when the alignment
// landed, after the issue was written.
TEST(BadInput, SwedishFilePairedWithAnUnrelatedFinnishFile) {
  const fs::path sv = test::source_dir() / "corpus/decisions/vnp-272-2025.sv.txt";
  const fs::path fi = test::source_dir() / "tests/fixtures/protocols/neuvottelu-2024.fi.txt";
  TempDir dir;
  const CliRun r = run_tolk({"align", "-o", "pair.xml", sv.string(), fi.string()}, dir.path());
  EXPECT_EQ(r.exit_code, 1) << r;
  const std::string pair = sv.string() + " + " + fi.string() + ": ";
  const auto unrelated = lines_with(r.err, "align.unrelated");
  ASSERT_EQ(unrelated.size(), 1u) << r;
  EXPECT_EQ(unrelated[0].rfind(pair + "error [align.unrelated]: the two documents do not look like "
                                      "versions of each other", 0),
            0u)
      << unrelated[0];
  EXPECT_EQ(lines_with(r.err, "align.kinds-differ").size(), 1u) << r;
  EXPECT_TRUE(well_formed(read_bytes(dir / "pair.xml")));
  std::printf("[ case     ] %s\n", unrelated[0].c_str());
}

// Two protocols of different counties and meetings are not versions of each other either, although
// they share their whole structure: the meeting dates differ.
TEST(BadInput, ProtocolsOfDifferentMeetingsAreUnrelated) {
  const fs::path sv = test::source_dir() / "corpus/protocols/kymmenedalen-2024-11-27.sv.txt";
  const fs::path fi = test::source_dir() / "tests/fixtures/protocols/neuvottelu-2024.fi.txt";
  TempDir dir;
  const CliRun r = run_tolk({"align", "-o", "pair.xml", sv.string(), fi.string()}, dir.path());
  EXPECT_EQ(r.exit_code, 1) << r;
  const auto unrelated = lines_with(r.err, "align.unrelated");
  ASSERT_EQ(unrelated.size(), 1u) << r;
  EXPECT_NE(unrelated[0].find("meeting 2024-11-27 in Swedish, 2024-11-20 in Finnish"), std::string::npos)
      << unrelated[0];
  EXPECT_TRUE(well_formed(read_bytes(dir / "pair.xml")));
  std::printf("[ case     ] %s\n", unrelated[0].c_str());
}

// ---- Every corpus document cut at every tenth of its length -----------------------------------

TEST(BadInput, CorpusDocumentsTruncatedAtEveryTenth) {
  const std::vector<std::string> corpus = {
      "corpus/decisions/vnp-272-2025.sv.txt", "corpus/decisions/vnp-272-2025.fi.txt",
      "corpus/publications/stm-2024-6.sv.txt", "corpus/protocols/kymmenedalen-2024-11-27.sv.txt",
      "corpus/protocols/helsingfors-stad-2024-12-10.sv.txt"};
  TempDir dir;
  std::printf("[ table    ] %-48s %4s  %-11s %-4s %s\n", "document", "cut", "kind", "exit",
              "errors; warnings");
  for (const std::string& rel : corpus) {
    const std::string bytes = repo_file(rel);
    for (int tenth = 1; tenth <= 9; ++tenth) {
      SCOPED_TRACE(rel + " cut at " + std::to_string(tenth * 10) + "%");
      const std::string cut = bytes.substr(0, bytes.size() * static_cast<std::size_t>(tenth) / 10);
      fuzz::Failures f;
      const std::string path = (dir / fs::path(rel).filename().string()).string();
      fuzz::run_pipeline(reinterpret_cast<const std::uint8_t*>(cut.data()), cut.size(), path, f);
      EXPECT_TRUE(f.empty()) << f.text();
      const Document doc = load_document(path, test::repo_rules());
      std::set<std::string> errors, warnings;
      for (const Diagnostic& d : doc.diagnostics) {
        EXPECT_EQ(d.file, path);
        if (d.severity == Severity::error) errors.insert(d.code);
        if (d.severity == Severity::warning) warnings.insert(d.code);
      }
      if (!doc.text) {
        // Cut inside a character: the only way valid UTF-8 stops being UTF-8.
        EXPECT_EQ(errors, std::set<std::string>{"decode.invalid-utf8"});
      } else {
        // Something is missing, and it is said.
        EXPECT_FALSE(errors.empty() && warnings.empty()) << "no diagnostic for a truncated document";
      }
      auto join = [](const std::set<std::string>& s) {
        std::string o;
        for (const auto& c : s) o += (o.empty() ? "" : " ") + c;
        return o.empty() ? std::string("-") : o;
      };
      std::printf("[ table    ] %-48s %3d%%  %-11s %-4d %s; %s\n", rel.c_str(), tenth * 10,
                  doc_kind_name(doc.kind()), doc.ok() ? 0 : 1, join(errors).c_str(),
                  join(warnings).c_str());
    }
  }
}

// ---- Output safety -----------------------------------------------------------------------------

// Markup characters in the text are escaped, and the text comes back from the XML as it was.
TEST(OutputSafety, MarkupCharactersInTextMakeValidXml) {
  TempDir dir;
  const std::string line = "Kostnaderna < 5 % & v\xC3\xA4xer ]]> inte; \"citat\" och 'apostrof' <p>";
  write_bytes(dir / "markup.txt", line + "\n");
  const CliRun r = run_tolk({"parse", "-o", "out", "markup.txt"}, dir.path());
  EXPECT_EQ(r.exit_code, 0) << r;
  const std::string xml = read_bytes(dir / "out" / "markup.xml");
  EXPECT_TRUE(well_formed(xml));
  EXPECT_TRUE(xmllint_accepts(dir / "out" / "markup.xml"));
  EXPECT_EQ(xml.find("]]>"), std::string::npos) << "']]>' must not appear unescaped";
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(xml.c_str()));
  const std::string back = doc.select_node("//*[local-name()='mainBody']/*[local-name()='p']")
                               .node()
                               .text()
                               .get();
  EXPECT_NE(back.find("< 5 % & v\xC3\xA4xer ]]> inte"), std::string::npos) << back;
}

// The writer replaces what XML 1.0 cannot carry: C0 and C1 controls, U+FFFE, U+FFFF (decode never
// lets controls through, but the writer must not depend on it).
TEST(OutputSafety, WriterReplacesCharactersXmlForbids) {
  Layout l;
  l.file = "x.txt";
  const std::vector<std::string> texts = {"nul\x01soh\x1F" "us\x7F" "del", "c1 \xC2\x80\xC2\x9F end",
                                          "nonchar \xEF\xBF\xBE \xEF\xBF\xBF end", "]]> & < >",
                                          "tab\there"};
  std::size_t line = 1;
  for (const std::string& t : texts) {
    Block b;
    b.text = t;
    b.lines = {line, line};
    ++line;
    l.blocks.push_back(b);
  }
  pugi::xml_document xml;
  akn_generic(l, SourceInfo{"a\x01<b>&\"c\".txt", "sv", std::string(64, '0'), "test"}, xml);
  const std::string s = xml_string(xml);
  EXPECT_TRUE(well_formed(s));
  TempDir dir;
  write_bytes(dir / "w.xml", s);
  EXPECT_TRUE(xmllint_accepts(dir / "w.xml"));
}

// Bytes that are not UTF-8 (a model string made without decode, a file name on Linux) must not
// reach the XML either: next_char() reads them as U+FFFD, and akn::xml_safe() once copied the
// bytes through because U+FFFD is allowed.
TEST(OutputSafety, WriterReplacesBytesThatAreNotUtf8) {
  Layout l;
  l.file = "x.txt";
  for (const std::string& t : {std::string("lone \xFF byte"), std::string("surrogate \xED\xA0\x80 bytes"),
                               std::string("cut \xC3")}) {
    Block b;
    b.text = t;
    b.lines = {l.blocks.size() + 1, l.blocks.size() + 1};
    l.blocks.push_back(b);
  }
  pugi::xml_document xml;
  akn_generic(l, SourceInfo{"bad\xFFname.txt", "sv", std::string(64, '0'), "test"}, xml);
  EXPECT_TRUE(well_formed(xml_string(xml)));
}

// The same through the command line: a file whose name is not UTF-8 (it goes to
// <tolk:provenance file="…">, to the JSON of `tolk text` and to a batch's manifest).
TEST(OutputSafety, FileNameThatIsNotUtf8MakesValidXml) {
  TempDir dir;
  const std::string name = "bad\xFF\x01name.txt";
  write_bytes(dir / name, repo_file("tests/fixtures/encoding/sv-utf8.txt"));
  const CliRun r = run_tolk({"parse", name}, dir.path());
  EXPECT_EQ(r.signal, 0) << r;
  EXPECT_TRUE(well_formed(r.out));
  const CliRun j = run_tolk({"text", "--format", "json", name}, dir.path());
  EXPECT_EQ(j.signal, 0) << j;
  EXPECT_NE(j.out.find("\"documents\""), std::string::npos) << j;  // the JSON is written whole
  EXPECT_NE(j.out.find("bad\xEF\xBF\xBD"), std::string::npos) << j;  // U+FFFD for the byte
  fs::create_directories(dir / "in");
  fs::rename(dir / name, dir / "in" / name);
  const CliRun b = run_tolk({"batch", "in", "-o", "out", "--quiet"}, dir.path());
  EXPECT_EQ(b.signal, 0) << b;
  EXPECT_NE(read_bytes(dir / "out" / "manifest.json").find("bad\xEF\xBF\xBD"), std::string::npos);
}

// An output directory that cannot be made or written: an error naming it, exit 1, no crash.
TEST(OutputSafety, OutputDirectoryThatCannotBeWritten) {
  TempDir dir;
  write_bytes(dir / "a-file", "not a directory\n");
  write_bytes(dir / "in.txt", repo_file("tests/fixtures/encoding/sv-utf8.txt"));
  CliRun r = run_tolk({"parse", "-o", "a-file/out", "in.txt"}, dir.path());
  EXPECT_EQ(r.exit_code, 1) << r;
  EXPECT_EQ(r.signal, 0);
  EXPECT_NE(r.err.find("a-file/out"), std::string::npos) << r;
  std::printf("[ case     ] %s", r.err.substr(r.err.rfind("tolk:")).c_str());
  if (::geteuid() == 0) return;  // root writes anywhere: the read-only case needs another user
  fs::create_directory(dir / "ro");
  fs::permissions(dir / "ro", fs::perms::owner_read | fs::perms::owner_exec);
  r = run_tolk({"parse", "-o", "ro", "in.txt"}, dir.path());
  EXPECT_EQ(r.exit_code, 1) << r;
  EXPECT_NE(r.err.find("ro/in.xml"), std::string::npos) << r;
}

// A full disk, made with RLIMIT_FSIZE: the write fails, the error names the file, the file written
// before it is whole, the earlier version of the failing file is untouched, no temporary file is
// left behind, and the file after it (small enough to fit) is still written.
TEST(OutputSafety, FullDiskLeavesEarlierOutputsIntact) {
  TempDir dir;
  write_bytes(dir / "small.txt", repo_file("tests/fixtures/encoding/sv-utf8.txt"));
  write_bytes(dir / "big.txt", repo_file("corpus/decisions/vnp-272-2025.sv.txt"));
  fs::create_directory(dir / "out");
  write_bytes(dir / "out" / "big.xml", "earlier output\n");
  const rlim_t limit = 16 * 1024;  // the small document's XML fits, the decision's does not
  write_bytes(dir / "after.txt", repo_file("tests/fixtures/encoding/sv-utf8.txt"));
  const CliRun r = run_tolk({"parse", "-o", "out", "small.txt", "big.txt", "after.txt"}, dir.path(), [limit] {
    ::signal(SIGXFSZ, SIG_IGN);  // a write past the limit fails with EFBIG instead of a signal
    struct rlimit rl {limit, limit};
    ::setrlimit(RLIMIT_FSIZE, &rl);
  });
  EXPECT_EQ(r.exit_code, 1) << r;
  EXPECT_EQ(r.signal, 0) << r;
  EXPECT_NE(r.err.find("out/big.xml"), std::string::npos) << r;
  EXPECT_NE(r.err.find("File too large"), std::string::npos) << r;
  EXPECT_TRUE(well_formed(read_bytes(dir / "out" / "small.xml")));
  EXPECT_EQ(read_bytes(dir / "out" / "big.xml"), "earlier output\n");
  EXPECT_TRUE(well_formed(read_bytes(dir / "out" / "after.xml")));  // the next file still written
  for (const auto& e : fs::directory_iterator(dir / "out"))
    EXPECT_EQ(e.path().filename().string().find(".tmp-"), std::string::npos) << e.path();
  std::printf("[ case     ] %s", r.err.substr(r.err.rfind("tolk:")).c_str());
}

// The same in a batch, whose documents are written on worker threads: the document whose XML does
// not fit gets an io.write error (an exception there ended the program with SIGABRT), the other
// is written, and the manifest records only what was written.
TEST(OutputSafety, FullDiskInABatchIsAnErrorOfTheDocumentItHits) {
  TempDir dir;
  fs::create_directory(dir / "in");
  write_bytes(dir / "in" / "small.txt", repo_file("tests/fixtures/encoding/sv-utf8.txt"));
  write_bytes(dir / "in" / "big.txt", repo_file("corpus/decisions/vnp-272-2025.sv.txt"));
  const rlim_t limit = 16 * 1024;  // the small document's XML fits, the decision's does not
  const CliRun r = run_tolk({"batch", "in", "-o", "out", "-j", "2"}, dir.path(), [limit] {
    ::signal(SIGXFSZ, SIG_IGN);
    struct rlimit rl {limit, limit};
    ::setrlimit(RLIMIT_FSIZE, &rl);
  });
  EXPECT_EQ(r.signal, 0) << r;
  EXPECT_EQ(r.exit_code, 1) << r;
  EXPECT_NE(r.err.find("big.txt: error [io.write]: output xml/big.xml not written"),
            std::string::npos) << r;
  EXPECT_NE(r.err.find("File too large"), std::string::npos) << r;
  EXPECT_TRUE(well_formed(read_bytes(dir / "out" / "xml" / "small.xml")));
  EXPECT_FALSE(fs::exists(dir / "out" / "xml" / "big.xml"));
  const auto manifest = nlohmann::json::parse(read_bytes(dir / "out" / "manifest.json"));
  std::map<std::string, nlohmann::json> outputs;
  for (const auto& in : manifest.at("inputs")) outputs[in.at("path")] = in.at("outputs");
  EXPECT_EQ(outputs["small.txt"], nlohmann::json::array({"xml/small.xml"}));
  EXPECT_EQ(outputs["big.txt"], nlohmann::json::array());
  for (const auto& e : fs::recursive_directory_iterator(dir / "out"))
    EXPECT_EQ(e.path().filename().string().find(".tmp-"), std::string::npos) << e.path();
  const std::size_t at = r.err.find("big.txt: error");
  if (at != std::string::npos) std::printf("[ case     ] %s\n", r.err.substr(at, 120).c_str());
}

// Text that looks like a formula stays text in the follow-up workbook (tolk track): a protocol
// whose follow-up indicators begin with =, +, - and @.
TEST(OutputSafety, FormulaLookingTextStaysTextInTheWorkbook) {
  TempDir dir;
  const CliRun r = run_tolk({"track", "-o", (dir / "tracker.xlsx").string(),
                             (test::source_dir() / "tests/bad_input/formulas-protocol.fi.txt").string()},
                            dir.path());
  EXPECT_EQ(r.exit_code, 0) << r;
  std::string error;
  const auto sheets = read_xlsx((dir / "tracker.xlsx").string(), error);
  ASSERT_TRUE(sheets) << error;
  std::set<std::string> texts;
  for (const XlsxSheet& sheet : *sheets)
    for (const auto& row : sheet.rows)
      for (const XlsxCell& c : row)
        if (!c.is_number) texts.insert(c.text);
  for (const char* t : {"=HYPERLINK(\"http://example.invalid/\",\"avaa\")", "+358 40 123 4567",
                        "-1 prosenttia vuodessa", "@SUM(A1:A9)"})
    EXPECT_TRUE(texts.count(t)) << t << " is not a text cell of the workbook";
}

// Names made from titles, county names and input paths (safe_file_name, src/batch/batch.cpp): no
// directory separator, no way up, no hidden file, no name Windows reserves, bounded length.
TEST(OutputSafety, FileNamesMadeFromTextAreSafe) {
  const std::vector<std::string> texts = {
      "../../etc/passwd", "..", ".", "", "/", "CON", "con.txt", "Nul", "aux.xml", "PRN.tar.gz",
      "a/b\\c:d*e?f\"g<h>i|j", ".hidden", " \t\n", "Kymmenedalens v\xC3\xA4lf\xC3\xA4rdsomr\xC3\xA5" "de",
      "Helsingin kaupunki / Helsingfors stad", std::string(1000, 'x')};
  for (const std::string& t : texts) {
    const std::string n = safe_file_name(t);
    // Appended, not "'" + ...: GCC 12 at -O3 warns (-Wrestrict) wrongly about operator+ there.
    std::string trace = "'";
    trace.append(t, 0, 40).append("' -> '").append(n).append("'");
    SCOPED_TRACE(trace);
    EXPECT_FALSE(n.empty());
    EXPECT_EQ(n.find_first_of("/\\:*?\"<>|\t\n"), std::string::npos);
    EXPECT_NE(n.front(), '.');
    EXPECT_LE(n.size(), 200u);
    std::string stem = n.substr(0, n.find('.'));
    for (char& c : stem) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char* reserved : {"con", "prn", "aux", "nul"}) EXPECT_NE(stem, reserved);
  }
  EXPECT_EQ(safe_file_name("Kymmenedalens v\xC3\xA4lf\xC3\xA4rdsomr\xC3\xA5" "de"),
            "Kymmenedalens_v\xC3\xA4lf\xC3\xA4rdsomr\xC3\xA5" "de");
}

// The 200-byte cut must not split a character (the name goes on into the manifest and the index
// page), bytes that are not UTF-8 are replaced, and COM0-COM9 and LPT0-LPT9 are reserved on
// Windows too.
TEST(OutputSafety, FileNamesMadeFromTextAreUtf8AndAvoidEveryReservedName) {
  std::string odd = "x";
  for (int i = 0; i < 150; ++i) odd += "\xC3\xA4";
  EXPECT_TRUE(fuzz::valid_utf8(safe_file_name(odd)));
  EXPECT_TRUE(fuzz::valid_utf8(safe_file_name("bad\xFFname")));
  EXPECT_EQ(safe_file_name(odd).size(), 199u);  // "x" and 99 whole characters of two bytes
  EXPECT_EQ(safe_file_name("bad\xFFname"), "bad_name");
  for (const char* reserved : {"COM5", "com9.txt", "LPT4", "lpt9.xml", "com0"})
    EXPECT_EQ(safe_file_name(reserved).front(), '_') << reserved;
  EXPECT_EQ(safe_file_name("report."), "report");
  EXPECT_EQ(safe_file_name("a\u2215b\u202Ec"), "a_b_c");  // a slash look-alike, a direction override
}

// Output names come from the input's file name only: no directory part of the input reaches them.
TEST(OutputSafety, OutputNamesStayInTheOutputDirectory) {
  TempDir dir;
  fs::create_directories(dir / "work");
  write_bytes(dir / "up.txt", repo_file("tests/fixtures/encoding/sv-utf8.txt"));
  const CliRun r = run_tolk({"parse", "-o", "out", "../up.txt"}, dir / "work");
  EXPECT_EQ(r.signal, 0) << r;
  EXPECT_TRUE(fs::exists(dir / "work" / "out" / "up.xml"));
  EXPECT_FALSE(fs::exists(dir / "up.xml"));
}

}  // namespace
}  // namespace tolk
