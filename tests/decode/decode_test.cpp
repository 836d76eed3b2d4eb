// Tests for decode: one test per rule, each with the smallest Swedish or Finnish input that needs
// it, then fixture files made with iconv, then random input.
#include "decode/decode.h"

#include <gtest/gtest.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "core/unicode.h"

namespace tolk {
namespace {

using namespace std::string_literals;

constexpr std::string_view kFile = "test.txt";

DecodeResult run(std::string_view bytes) {
  return decode(bytes, kFile);
}

// `s` with each "{XX}" replaced by the byte 0xXX, so that legacy bytes read like the text they
// spell: bytes("f{F6}r") is "för" in windows-1252.
std::string bytes(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '{' && i + 3 < s.size() && s[i + 3] == '}') {
      out += static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16));
      i += 3;
    } else {
      out += s[i];
    }
  }
  return out;
}

// UTF-16 bytes for `s`, with a byte-order mark unless `bom` is false.
std::string utf16(std::u16string_view s, bool big_endian, bool bom = true) {
  std::string out;
  auto put = [&](char16_t u) {
    const char hi = static_cast<char>(u >> 8);
    const char lo = static_cast<char>(u & 0xFF);
    out += big_endian ? hi : lo;
    out += big_endian ? lo : hi;
  };
  if (bom) put(0xFEFF);
  for (char16_t u : s) put(u);
  return out;
}

// Strict UTF-8 validity by ICU, independent of decode's own validator.
bool valid_utf8(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = 0;
  u_strFromUTF8(nullptr, 0, &length, s.data(), static_cast<int32_t>(s.size()), &status);
  return status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING ||
         (U_SUCCESS(status) && s.empty());
}

const Diagnostic* find(const DecodeResult& r, std::string_view code) {
  for (const Diagnostic& d : r.diagnostics) {
    if (d.code == code) return &d;
  }
  return nullptr;
}

// The one error a failed decode must carry, checked for what every error promises. Returned by
// value: callers pass a temporary result.
Diagnostic only_error(const DecodeResult& r, std::string_view code, std::size_t offset) {
  EXPECT_FALSE(r.text.has_value());
  EXPECT_EQ(r.diagnostics.size(), 1u);
  const Diagnostic* d = find(r, code);
  EXPECT_NE(d, nullptr) << "no " << code << " among " << r.diagnostics.size() << " diagnostics"
                        << (r.diagnostics.empty() ? ""
                                                  : ": " + format_diagnostic(r.diagnostics[0]));
  if (d == nullptr) return {};
  EXPECT_EQ(d->severity, Severity::error);
  EXPECT_EQ(d->file, kFile);
  EXPECT_EQ(d->byte_offset, offset) << d->message;
  EXPECT_FALSE(d->message.empty());
  return *d;
}

std::string read_fixture(const std::string& name) {
  const std::string path = std::string(TOLK_SOURCE_DIR) + "/tests/fixtures/encoding/" + name;
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << "cannot open " << path;
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// ---- Readings ---------------------------------------------------------------------------------

TEST(Decode, PlainUtf8Swedish) {
  DecodeResult r = run("välfärdsområdenas");
  ASSERT_TRUE(r.text);
  EXPECT_EQ(r.text->utf8, "välfärdsområdenas");
  EXPECT_EQ(r.text->encoding, Encoding::utf8);
  EXPECT_EQ(r.text->file, kFile);
  EXPECT_FALSE(r.text->had_crlf);
  EXPECT_TRUE(r.diagnostics.empty());
}

TEST(Decode, PlainUtf8Finnish) {
  DecodeResult r = run("hyvinvointialueiden päätös\n");
  ASSERT_TRUE(r.text);
  EXPECT_EQ(r.text->utf8, "hyvinvointialueiden päätös\n");
  EXPECT_EQ(r.text->encoding, Encoding::utf8);
  EXPECT_TRUE(r.diagnostics.empty());
}

TEST(Decode, Utf8BomIsDropped) {
  DecodeResult r = run(bytes("{EF}{BB}{BF}välfärd"));
  ASSERT_TRUE(r.text);
  EXPECT_EQ(r.text->utf8, "välfärd");
  EXPECT_EQ(r.text->encoding, Encoding::utf8_bom);
  EXPECT_TRUE(r.diagnostics.empty());
}

TEST(Decode, Utf16LeWithBom) {
  DecodeResult r = run(utf16(u"hyvinvointialue – välfärdsområde\n", false));
  ASSERT_TRUE(r.text);
  EXPECT_EQ(r.text->utf8, "hyvinvointialue – välfärdsområde\n");
  EXPECT_EQ(r.text->encoding, Encoding::utf16le);
  EXPECT_TRUE(r.diagnostics.empty());
}

TEST(Decode, Utf16BeWithBom) {
  DecodeResult r = run(utf16(u"hyvinvointialue – välfärdsområde\n", true));
  ASSERT_TRUE(r.text);
  EXPECT_EQ(r.text->utf8, "hyvinvointialue – välfärdsområde\n");
  EXPECT_EQ(r.text->encoding, Encoding::utf16be);
  EXPECT_TRUE(r.diagnostics.empty());
}

TEST(Decode, Utf16SurrogatePairIsOneCharacter) {
  DecodeResult r = run(utf16(u"§ 𝟙", false));  // U+1D7D9, outside the BMP
  ASSERT_TRUE(r.text);
  EXPECT_EQ(r.text->utf8, "§ 𝟙");
}

TEST(Decode, Windows1252EnDashAndUmlauts) {
  DecodeResult r =
      run(bytes("Statsr{E5}dets beslut om m{E5}l f{F6}r v{E4}lf{E4}rdsomr{E5}denas uppgifter "
                "2025{96}2029"));
  ASSERT_TRUE(r.text);
  EXPECT_EQ(r.text->utf8, "Statsrådets beslut om mål för välfärdsområdenas uppgifter 2025–2029");
  EXPECT_EQ(r.text->encoding, Encoding::windows1252);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  const Diagnostic& d = r.diagnostics[0];
  EXPECT_EQ(d.code, "decode.legacy-encoding");
  EXPECT_EQ(d.severity, Severity::note);
  EXPECT_NE(d.message.find("windows-1252"), std::string::npos) << d.message;
  EXPECT_NE(d.message.find("confidence"), std::string::npos) << d.message;
  EXPECT_EQ(d.byte_offset, 6u);  // the å of "Statsrådets", the first byte that is not UTF-8
}

TEST(Decode, Iso8859_1WhenNoC1Bytes) {
  DecodeResult r = run(bytes("Hyvinvointialueen p{E4}{E4}t{F6}s {A7} 12 on voimassa"));
  ASSERT_TRUE(r.text);
  EXPECT_EQ(r.text->utf8, "Hyvinvointialueen päätös § 12 on voimassa");
  EXPECT_EQ(r.text->encoding, Encoding::iso8859_1);
  const Diagnostic* d = find(r, "decode.legacy-encoding");
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->message.find("ISO-8859-1"), std::string::npos) << d->message;
}

// ICU proposes Shift_JIS and UTF-16 (confidence 10) and no Latin charset for this word.
TEST(Decode, ShortFinnishWordIsNotReadAsShiftJis) {
  DecodeResult r = run(bytes("P{E4}{E4}t{F6}s"));
  ASSERT_TRUE(r.text);
  EXPECT_EQ(r.text->utf8, "Päätös");
  EXPECT_EQ(r.text->encoding, Encoding::iso8859_1);
}

// D6 94 ("Ö" and a closing quote in windows-1252) happens to be valid UTF-8; the many invalid
// bytes around it say the file is windows-1252 all the same.
TEST(Decode, AccidentalUtf8PairInWindows1252StaysLegacy) {
  const std::string text =
      "“TYÖ” är rubriken. Välfärdsområdenas uppgifter och mål för åren 2025–2029 är fastställda i "
      "statsrådets beslut. Hyvinvointialueiden tehtävät ja päätökset käsitellään yhtä aikaa.";
  DecodeResult r = run(bytes(
      "{93}TY{D6}{94} {E4}r rubriken. V{E4}lf{E4}rdsomr{E5}denas uppgifter och m{E5}l f{F6}r "
      "{E5}ren 2025{96}2029 {E4}r fastst{E4}llda i statsr{E5}dets beslut. Hyvinvointialueiden "
      "teht{E4}v{E4}t ja p{E4}{E4}t{F6}kset k{E4}sitell{E4}{E4}n yht{E4} aikaa."));
  ASSERT_TRUE(r.text) << format_diagnostic(r.diagnostics.at(0));
  EXPECT_EQ(r.text->utf8, text);
  EXPECT_EQ(r.text->encoding, Encoding::windows1252);
}

TEST(Decode, ShiftJisIsUnknownEncoding) {
  // "日本語のテキストです。これはテストです。" in Shift_JIS: not Swedish or Finnish in any reading.
  const std::string sjis = bytes(
      "{93}{FA}{96}{7B}{8C}{EA}{82}{CC}{83}{65}{83}{4C}{83}{58}{83}{67}{82}{C5}{82}{B7}{81}{42}"
      "{82}{B1}{82}{EA}{82}{CD}{83}{65}{83}{58}{83}{67}{82}{C5}{82}{B7}{81}{42}\n");
  const Diagnostic d = only_error(run(sjis), "decode.unknown-encoding", 0);
  EXPECT_NE(d.message.find("Shift_JIS"), std::string::npos) << d.message;
}

TEST(Decode, Utf32BomIsUnknownEncoding) {
  const Diagnostic d =
      only_error(run(bytes("{FF}{FE}{00}{00}h{00}{00}{00}")), "decode.unknown-encoding", 0);
  EXPECT_NE(d.message.find("UTF-32LE"), std::string::npos) << d.message;
}

// ---- Lines and normalisation ------------------------------------------------------------------

TEST(Decode, CrlfBecomesLf) {
  DecodeResult r = run("rad 1\r\nrad 2\r\n");
  ASSERT_TRUE(r.text);
  EXPECT_EQ(r.text->utf8, "rad 1\nrad 2\n");
  EXPECT_TRUE(r.text->had_crlf);
  EXPECT_TRUE(r.diagnostics.empty());
}

TEST(Decode, LoneCrBecomesLf) {
  DecodeResult r = run("rivi 1\rrivi 2\r");
  ASSERT_TRUE(r.text);
  EXPECT_EQ(r.text->utf8, "rivi 1\nrivi 2\n");
  EXPECT_TRUE(r.text->had_crlf);
  EXPECT_TRUE(r.diagnostics.empty());
}

TEST(Decode, MixedLineEndingsWarnAtFirstDifferentLine) {
  DecodeResult r = run("rad 1\nrad 2\nrad 3\r\nrad 4\n");
  ASSERT_TRUE(r.text);
  EXPECT_EQ(r.text->utf8, "rad 1\nrad 2\nrad 3\nrad 4\n");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  const Diagnostic& d = r.diagnostics[0];
  EXPECT_EQ(d.code, "decode.mixed-line-endings");
  EXPECT_EQ(d.severity, Severity::warning);
  EXPECT_EQ(d.line, 3u);
  EXPECT_EQ(d.file, kFile);
}

TEST(Decode, NfdBecomesNfc) {
  DecodeResult r = run(bytes("va{CC}{88}lfa{CC}{88}rd"));  // a + U+0308 COMBINING DIAERESIS
  ASSERT_TRUE(r.text);
  EXPECT_EQ(r.text->utf8, bytes("v{C3}{A4}lf{C3}{A4}rd"));
}

TEST(Decode, FormFeedAtLineStartMarksThatLine) {
  DecodeResult r = run("sida 1\n\fsida 2\n\fsida 3\n");
  ASSERT_TRUE(r.text);
  EXPECT_EQ(r.text->utf8, "sida 1\nsida 2\nsida 3\n");
  EXPECT_EQ(r.text->form_feed_lines, (std::vector<std::size_t>{2, 3}));
}

TEST(Decode, FormFeedMidLineMarksItsLine) {
  DecodeResult r = run("rad 1\nsida 1\fsida 2\nrad 3");
  ASSERT_TRUE(r.text);
  EXPECT_EQ(r.text->utf8, "rad 1\nsida 1sida 2\nrad 3");  // no line added: line 3 stays line 3
  EXPECT_EQ(r.text->form_feed_lines, (std::vector<std::size_t>{2}));
}

// pdftotext ends every page, the last one too, with a form feed.
TEST(Decode, FormFeedAfterLastLineStartsNoPage) {
  DecodeResult r = run("\fsivu 1\n\fsivu 2\n\f");
  ASSERT_TRUE(r.text);
  EXPECT_EQ(r.text->utf8, "sivu 1\nsivu 2\n");
  EXPECT_EQ(r.text->form_feed_lines, (std::vector<std::size_t>{1, 2}));
}

TEST(Decode, WhitespaceOnlyIsText) {
  DecodeResult r = run(" \n\t\n");
  ASSERT_TRUE(r.text);
  EXPECT_EQ(r.text->utf8, " \n\t\n");
  EXPECT_TRUE(r.diagnostics.empty());
}

// ---- Errors -----------------------------------------------------------------------------------

TEST(Decode, EmptyIsError) {
  only_error(run(""), "decode.empty", 0);
}

// The limit is decode.cpp's kMaxInputBytes, 64 MiB.
TEST(Decode, TooLargeIsError) {
  only_error(run(std::string((std::size_t{64} << 20) + 1, 'a')), "decode.too-large", 64u << 20);
}

TEST(Decode, NulIsBinaryAtItsOffset) {
  const Diagnostic d = only_error(run(bytes("Hej{00}då")), "decode.binary", 3);
  EXPECT_EQ(d.message.find("UTF-16"), std::string::npos) << d.message;
}

TEST(Decode, Utf16LeWithoutBomIsBinaryNamingUtf16) {
  const Diagnostic d =
      only_error(run(utf16(u"Välfärdsområde\n", false, false)), "decode.binary", 1);
  EXPECT_NE(d.message.find("UTF-16LE without a byte-order mark"), std::string::npos) << d.message;
}

TEST(Decode, Utf16BeWithoutBomIsBinaryNamingUtf16) {
  const Diagnostic d =
      only_error(run(utf16(u"Hyvinvointialue\n", true, false)), "decode.binary", 0);
  EXPECT_NE(d.message.find("UTF-16BE without a byte-order mark"), std::string::npos) << d.message;
}

TEST(Decode, InvalidUtf8InMiddleNamesExactOffset) {
  const std::string line1 = "välfärdsområdenas\n";  // 21 bytes
  ASSERT_EQ(line1.size(), 21u);
  const Diagnostic d =
      only_error(run(line1 + bytes("hyvinvointi{C3}(alueiden\n")), "decode.invalid-utf8", 32);
  EXPECT_EQ(d.line, 2u);
  EXPECT_EQ(d.column, 12u);
  EXPECT_NE(d.message.find("0xC3 0x28"), std::string::npos) << d.message;
  EXPECT_NE(d.message.find("byte 32"), std::string::npos) << d.message;
}

TEST(Decode, InvalidUtf8AfterBomIsErrorEvenWithoutOtherUtf8) {
  only_error(run(bytes("{EF}{BB}{BF}P{E4}{E4}t{F6}s")), "decode.invalid-utf8", 4);
}

TEST(Decode, OverlongSurrogateAndTooLargeUtf8AreInvalid) {
  // After "välfärd " (10 bytes): an overlong "/", a UTF-16 surrogate, and U+110000.
  only_error(run(bytes("välfärd {C0}{AF}")), "decode.invalid-utf8", 10);
  only_error(run(bytes("välfärd {ED}{A0}{80}")), "decode.invalid-utf8", 10);
  only_error(run(bytes("välfärd {F4}{90}{80}{80}")), "decode.invalid-utf8", 10);
}

TEST(Decode, TruncatedMultibyteAtEndOfFile) {
  const Diagnostic d = only_error(run(bytes("välfärd 2025{E2}{80}")), "decode.invalid-utf8", 14);
  EXPECT_NE(d.message.find("incomplete"), std::string::npos) << d.message;
  EXPECT_NE(d.message.find("0xE2 0x80"), std::string::npos) << d.message;
}

// A windows-1252 line followed by a UTF-8 one: reading either way garbles the other line.
TEST(Decode, Windows1252MixedWithUtf8IsInvalidUtf8) {
  const Diagnostic d = only_error(run(bytes("Statsr{E5}dets beslut om m{E5}l f{F6}r v{E4}lf{E4}rd\n"
                                            "Valtioneuvoston päätös\n")),
                                  "decode.invalid-utf8", 6);
  EXPECT_EQ(d.line, 1u);
  EXPECT_NE(d.message.find("mixes UTF-8"), std::string::npos) << d.message;
}

TEST(Decode, UnpairedSurrogateInUtf16) {
  std::u16string s = u"a";
  s += char16_t{0xD800};
  s += u"b";
  const Diagnostic d = only_error(run(utf16(s, false)), "decode.invalid-utf16", 4);
  EXPECT_EQ(d.line, 1u);
  EXPECT_EQ(d.column, 2u);
  std::u16string low = u"ab";
  low += char16_t{0xDC00};
  only_error(run(utf16(low, true)), "decode.invalid-utf16", 6);
}

TEST(Decode, OddLengthUtf16) {
  only_error(run(utf16(u"ab", false) + "c"), "decode.invalid-utf16", 6);
}

TEST(Decode, StrayControlCharacterIsError) {
  const Diagnostic d = only_error(run(bytes("Välfärd{1B}område")), "decode.control-char", 9);
  EXPECT_EQ(d.line, 1u);
  EXPECT_EQ(d.column, 8u);
  EXPECT_NE(d.message.find("U+001B (ESC)"), std::string::npos) << d.message;
}

TEST(Decode, FrequentControlCharactersAreBinary) {
  only_error(run(bytes("{01}{02}{03}{04}{05}abc")), "decode.binary", 0);
}

TEST(Decode, C1ControlInUtf8IsError) {
  only_error(run(bytes("välfärd{C2}{85}område")), "decode.control-char", 9);
}

// 0x81 is unassigned in windows-1252; ICU reads it as the C1 control U+0081.
TEST(Decode, UnassignedWindows1252ByteIsControlCharacter) {
  only_error(run(bytes("Statsr{E5}dets beslut 2025{96}2029 {81}")), "decode.control-char", 29);
}

// ---- Fixtures ---------------------------------------------------------------------------------

// What every fixture holds (see tests/fixtures/encoding/README.md).
constexpr std::string_view kFixtureText =
    "Statsrådets beslut om riksomfattande mål för välfärdsområdenas uppgifter 2025–2029\n"
    "Med stöd av 12 a § i lagen om välfärdsområden fastställer statsrådet målen för social- och "
    "hälsovården.\n"
    "Valtioneuvoston päätös hyvinvointialueiden tehtävien järjestämistä koskevista tavoitteista "
    "2025–2029\n"
    "Hyvinvointialueen on edistettävä väestön hyvinvointia, terveyttä ja turvallisuutta.\n";

TEST(DecodeFixtures, EachFixtureDecodesToTheSameText) {
  struct Case {
    const char* name;
    Encoding encoding;
    bool crlf;
  };
  const Case cases[] = {
      {"sv-utf8.txt", Encoding::utf8, false},
      {"sv-utf8-bom.txt", Encoding::utf8_bom, false},
      {"fi-utf16le.txt", Encoding::utf16le, false},
      {"fi-utf16be.txt", Encoding::utf16be, false},
      {"sv-cp1252.txt", Encoding::windows1252, false},
      {"sv-crlf.txt", Encoding::utf8, true},
      {"fi-latin1.txt", Encoding::iso8859_1, false},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    DecodeResult r = decode(read_fixture(c.name), c.name);
    ASSERT_TRUE(r.text) << format_diagnostic(r.diagnostics.at(0));
    std::string expected(kFixtureText);
    if (c.encoding == Encoding::iso8859_1) {
      // ISO-8859-1 has no en dash, so that fixture has hyphens in its place.
      const std::string_view dash = "–";
      for (std::size_t i = expected.find(dash); i != std::string::npos;
           i = expected.find(dash, i)) {
        expected.replace(i, dash.size(), 1, '-');
      }
    }
    EXPECT_EQ(r.text->utf8, expected);
    EXPECT_EQ(r.text->encoding, c.encoding);
    EXPECT_EQ(r.text->had_crlf, c.crlf);
    EXPECT_EQ(r.text->file, c.name);
    const bool legacy = c.encoding == Encoding::windows1252 || c.encoding == Encoding::iso8859_1;
    EXPECT_EQ(find(r, "decode.legacy-encoding") != nullptr, legacy);
    EXPECT_FALSE(has_errors(r.diagnostics));
  }
}

// ---- Robustness -------------------------------------------------------------------------------

TEST(DecodeTestHelper, ValidUtf8IsStrict) {
  EXPECT_TRUE(valid_utf8(""));
  EXPECT_TRUE(valid_utf8("välfärd 𝟙"));
  EXPECT_FALSE(valid_utf8(bytes("{C0}{AF}")));
  EXPECT_FALSE(valid_utf8(bytes("{ED}{A0}{80}")));
  EXPECT_FALSE(valid_utf8(bytes("{F4}{90}{80}{80}")));
  EXPECT_FALSE(valid_utf8(bytes("v{E4}lf")));
}

// Every result is either a Text keeping the promise of core/text.h or an error at a byte that
// exists, and decoding never adds or drops a line.
void check_result(std::string_view input, const DecodeResult& r) {
  ASSERT_NE(r.text.has_value(), has_errors(r.diagnostics));
  for (const Diagnostic& d : r.diagnostics) {
    if (d.severity != Severity::error) continue;
    ASSERT_TRUE(d.byte_offset.has_value()) << d.code;
    ASSERT_TRUE(*d.byte_offset < input.size() || (input.empty() && *d.byte_offset == 0)) << d.code;
  }
  if (!r.text) return;
  const std::string& t = r.text->utf8;
  ASSERT_TRUE(valid_utf8(t));
  ASSERT_EQ(t.find_first_of("\r\f"s + '\0'), std::string::npos);
  ASSERT_EQ(nfc(t), t);
  if (r.text->encoding == Encoding::utf16le || r.text->encoding == Encoding::utf16be) return;
  std::size_t ends = 0;
  for (std::size_t i = 0; i < input.size(); ++i) {
    if (input[i] == '\n' && (i == 0 || input[i - 1] != '\r')) ++ends;
    if (input[i] == '\r') ++ends;
  }
  ASSERT_EQ(static_cast<std::size_t>(std::count(t.begin(), t.end(), '\n')), ends);
}

TEST(DecodeRobustness, RandomBytesNeverCrash) {
  std::mt19937 rng(20250530);
  const std::string prefixes[] = {"", bytes("{FF}{FE}"), bytes("{FE}{FF}"), bytes("{EF}{BB}{BF}")};
  for (int iteration = 0; iteration < 4000; ++iteration) {
    std::string input = prefixes[iteration % 4];
    const std::size_t length = rng() % 300;
    for (std::size_t i = 0; i < length; ++i) {
      switch ((iteration / 4) % 3) {
        case 0:
          input += static_cast<char>(rng());
          break;  // anything at all
        case 1:   // text-like: ASCII with line breaks, some high bytes, rare controls
          if (rng() % 10 == 0) {
            input += static_cast<char>(0x80 + rng() % 0x80);
          } else if (rng() % 15 == 0) {
            input += "\n\r\f"[rng() % 3];
          } else {
            input += static_cast<char>(rng() % 200 == 0 ? rng() % 0x20 : 0x20 + rng() % 0x5F);
          }
          break;
        default:  // UTF-8 pieces with the odd broken byte
          input += rng() % 40 == 0 ? std::string(1, static_cast<char>(rng()))
                   : rng() % 2     ? "ä"s
                                   : "a\r\n"s.substr(rng() % 3, 1);
      }
    }
    SCOPED_TRACE(iteration);
    check_result(input, run(input));
  }
}

TEST(DecodeRobustness, DamagedFixturesNeverCrash) {
  std::mt19937 rng(7);
  const std::string sources[] = {read_fixture("sv-utf8.txt"), read_fixture("fi-utf16le.txt"),
                                 read_fixture("sv-cp1252.txt"), read_fixture("sv-crlf.txt")};
  for (int iteration = 0; iteration < 1000; ++iteration) {
    std::string input = sources[iteration % 4];
    for (int flips = 1 + rng() % 3; flips > 0; --flips) {
      input[rng() % input.size()] = static_cast<char>(rng());
    }
    if (rng() % 4 == 0) input.resize(rng() % input.size());
    SCOPED_TRACE(iteration);
    check_result(input, run(input));
  }
}

TEST(DecodeRobustness, LargeInputsDecode) {
  const std::string line =
      bytes("Statsr{E5}dets beslut 2025{96}2029 om v{E4}lf{E4}rdsomr{E5}den\r\n");
  std::string input;
  while (input.size() < (std::size_t{4} << 20)) input += line;
  DecodeResult r = run(input);
  ASSERT_TRUE(r.text);
  EXPECT_EQ(r.text->encoding, Encoding::windows1252);
  const std::string first_line = "Statsrådets beslut 2025–2029 om välfärdsområden\n";
  EXPECT_EQ(r.text->utf8.substr(0, first_line.size()), first_line);
  EXPECT_TRUE(r.text->had_crlf);
}

}  // namespace
}  // namespace tolk
