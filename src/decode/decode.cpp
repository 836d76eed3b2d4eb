// decode: bytes of one input file to a Text (see decode.h for the promise).
//
// How a reading is chosen, in order:
//   1. Empty input, input over kMaxInputBytes, and UTF-32 byte-order marks are refused outright.
//   2. A UTF-16LE/BE byte-order mark selects UTF-16. (FF and FE never occur in UTF-8, so looking
//      for these marks first cannot take valid UTF-8 away from step 4.)
//   3. NUL bytes mean binary. When NULs sit in every other byte the message says the file looks
//      like UTF-16 without a byte-order mark, because that is by far the likeliest cause. Input
//      thick with C0 control characters is binary too.
//   4. Strictly valid UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF) is UTF-8.
//   5. Invalid UTF-8 that nevertheless holds real UTF-8 is an error at the first invalid byte,
//      since any 8-bit reading would turn the valid UTF-8 into mojibake without telling anyone
//      (see Utf8Scan::looks_like_utf8 for what counts). A UTF-8 byte-order mark makes any invalid
//      byte such an error.
//   6. Otherwise the text is read as windows-1252 (if any byte is in 0x80-0x9F, which ISO-8859-1
//      would turn into C1 controls) or as ISO-8859-1, provided ICU's converter gives the same bytes
//      back, and provided ICU's charset detector is not clearly surer of a non-Latin charset.
//   7. Control characters that survive (C0 other than tab, LF, CR and FF; DEL; C1) are an error.
// Then CRLF and CR become LF, form feeds are removed and recorded, and the text is put into NFC.
//
// Every check is one linear pass; ICU's detector only sees a bounded window.

#include "decode/decode.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utypes.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "core/unicode.h"

namespace tolk {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// Decoding holds several copies at once; kMaxDecodeBytes keeps that at about a gigabyte.
constexpr std::size_t kMaxInputBytes = kMaxDecodeBytes;

// ICU's statistical recognisers look at no more than their first 8 KiB, so the window passed to
// the detector is that long and starts where the non-ASCII evidence starts.
constexpr std::size_t kDetectWindow = 8192;
constexpr std::size_t kDetectLookBack = 256;

// How much surer (in ICU's 0-100 confidence) the detector must be of a non-Latin charset than of
// any Latin one before a Latin reading is refused. ICU gives short Finnish words like "Päätös"
// confidence 10 for Shift_JIS and UTF-16 and none for ISO-8859-1; real Japanese or Russian text
// scores 50-100 for its own charset.
constexpr int kLatinMargin = 20;

// Invalid UTF-8 with at least one UTF-8 character typical of Swedish or Finnish per
// kMixedUtf8Ratio invalid sequences is UTF-8 mixed with 8-bit text, not 8-bit text with an
// accidental UTF-8 pair: a windows-1252 file has an invalid byte for nearly every ä and ö.
constexpr std::size_t kMixedUtf8Ratio = 16;

// Control characters make input "binary" rather than "text with a stray control character" when
// there are at least kBinaryControlMin of them and they are one character in kBinaryControlShare
// or more. Random bytes are about 11% controls; a Word export full of vertical tabs is about 1%,
// and is better served by being pointed at the first one.
constexpr std::size_t kBinaryControlMin = 4;
constexpr std::size_t kBinaryControlShare = 20;

struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};
using DetectorPtr = std::unique_ptr<UCharsetDetector, DetectorCloser>;

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

// ---- Formatting -------------------------------------------------------------------------------

std::string hex_byte(unsigned char b) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", static_cast<unsigned>(b));
  return buf;
}

std::string hex_bytes(std::string_view bytes) {
  std::string out;
  for (char b : bytes) {
    if (!out.empty()) out += ' ';
    out += hex_byte(static_cast<unsigned char>(b));
  }
  return out;
}

std::string hex_unit(unsigned u) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%04X", u);
  return buf;
}

std::string code_point(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
  return buf;
}

// "U+001B (ESC)": people know control characters by these names, not by number.
std::string control_name(char32_t c) {
  static constexpr std::array<const char*, 32> kC0 = {
      "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS",  "TAB", "LF",
      "VT",  "FF",  "CR",  "SO",  "SI",  "DLE", "DC1", "DC2", "DC3", "DC4", "NAK",
      "SYN", "ETB", "CAN", "EM",  "SUB", "ESC", "FS",  "GS",  "RS",  "US"};
  std::string out = code_point(c);
  if (c < kC0.size()) return out + " (" + kC0[c] + ")";
  if (c == 0x7F) return out + " (DEL)";
  return out + " (a C1 control)";
}

// ---- Positions --------------------------------------------------------------------------------

enum class Units { utf8, single_byte, utf16le, utf16be };

struct Position {
  std::size_t line = 1;
  std::size_t column = 1;  // in characters of the source
};

std::size_t unit_size(Units u) {
  return u == Units::utf16le || u == Units::utf16be ? 2 : 1;
}

unsigned unit_at(std::string_view bytes, std::size_t i, Units u) {
  auto b = [&](std::size_t k) -> unsigned { return static_cast<unsigned char>(bytes[k]); };
  switch (u) {
    case Units::utf16le:
      return b(i) | (b(i + 1) << 8);
    case Units::utf16be:
      return (b(i) << 8) | b(i + 1);
    default:
      return b(i);
  }
}

// Where byte `offset` is, counting lines the way the decoded text will (LF, CRLF and a lone CR
// each end one line) from `start`, the first byte after any byte-order mark.
Position locate(std::string_view bytes, std::size_t start, std::size_t offset, Units units) {
  Position pos;
  const std::size_t step = unit_size(units);
  bool after_cr = false;
  for (std::size_t i = start; i + step <= offset && i + step <= bytes.size(); i += step) {
    const unsigned u = unit_at(bytes, i, units);
    if (u == '\n' && after_cr) {
      after_cr = false;
      continue;
    }
    after_cr = u == '\r';
    if (u == '\n' || u == '\r') {
      ++pos.line;
      pos.column = 1;
      continue;
    }
    const bool trailing = units == Units::utf8 ? (u & 0xC0) == 0x80
                          : step == 2          ? (u >= 0xDC00 && u <= 0xDFFF)
                                               : false;
    if (!trailing) ++pos.column;
  }
  return pos;
}

// "byte 17, line 2, column 5"
std::string where(std::size_t offset, const Position& pos) {
  return "byte " + std::to_string(offset) + ", line " + std::to_string(pos.line) + ", column " +
         std::to_string(pos.column);
}

// "at byte 17 (line 2, column 5)"
std::string at(std::size_t offset, const Position& pos) {
  return "at byte " + std::to_string(offset) + " (line " + std::to_string(pos.line) + ", column " +
         std::to_string(pos.column) + ")";
}

// ---- Reporting --------------------------------------------------------------------------------

struct Context {
  std::string_view bytes;
  std::string file;
  Diagnostics diagnostics;

  void report(Severity severity, const char* code, std::optional<std::size_t> offset,
              const Position* pos, std::string message) {
    Diagnostic d;
    d.file = file;
    d.severity = severity;
    d.code = code;
    d.byte_offset = offset;
    if (pos != nullptr) {
      d.line = pos->line;
      d.column = pos->column;
    }
    d.message = std::move(message);
    diagnostics.push_back(std::move(d));
  }
  void error(const char* code, std::size_t offset, const Position* pos, std::string message) {
    report(Severity::error, code, offset, pos, std::move(message));
  }
};

// ---- Control characters -----------------------------------------------------------------------

bool is_control(char32_t c) {
  if (c < 0x20) return c != '\t' && c != '\n' && c != '\r' && c != '\f';
  return c == 0x7F || (c >= 0x80 && c <= 0x9F);
}

struct Controls {
  std::size_t count = 0;
  std::size_t first_offset = kNone;
  char32_t first = 0;

  void see(char32_t c, std::size_t offset) {
    if (count++ == 0 || offset < first_offset) {
      first_offset = offset;
      first = c;
    }
  }
  void merge(const Controls& other) {
    if (other.count == 0) return;
    const std::size_t n = count + other.count;
    if (count == 0 || other.first_offset < first_offset) {
      first_offset = other.first_offset;
      first = other.first;
    }
    count = n;
  }
};

bool looks_binary(const Controls& k, std::size_t chars) {
  return k.count >= kBinaryControlMin && k.count * kBinaryControlShare >= chars;
}

// `total` counts `units`: characters once a reading is chosen, bytes before.
void report_binary_controls(Context& ctx, const Controls& k, std::size_t total, const char* units) {
  ctx.error("decode.binary", k.first_offset, nullptr,
            std::to_string(k.count) + " of " + std::to_string(total) + " " + units +
                " are control characters, the first " + control_name(k.first) + " at byte " +
                std::to_string(k.first_offset) + "; this looks like a binary file, not text");
}

// Reports stray or frequent control characters; returns whether there were none.
bool check_controls(Context& ctx, const Controls& k, std::size_t chars, std::size_t start,
                    Units units, const char* reading) {
  if (k.count == 0) return true;
  if (looks_binary(k, chars)) {
    report_binary_controls(ctx, k, chars, "characters");
    return false;
  }
  const Position pos = locate(ctx.bytes, start, k.first_offset, units);
  std::string message = "control character " + control_name(k.first) + " " +
                        at(k.first_offset, pos) + " does not belong in text";
  if (k.first >= 0x80) message += std::string(" (read as ") + reading + ")";
  if (k.count > 1) message += "; the file has " + std::to_string(k.count) + " of them";
  ctx.error("decode.control-char", k.first_offset, &pos, std::move(message));
  return false;
}

// ---- Raw byte scan ----------------------------------------------------------------------------

// What can be said about the bytes before choosing a reading: C0 controls and DEL are the same
// bytes in UTF-8 and in every 8-bit reading considered here.
struct ByteScan {
  std::size_t nuls = 0;
  std::size_t first_nul = kNone;
  std::size_t nuls_even = 0;  // NULs at even offsets: the high byte of UTF-16BE ASCII
  std::size_t nuls_odd = 0;   // NULs at odd offsets: the high byte of UTF-16LE ASCII
  Controls c0;                // C0 other than tab, LF, CR, FF; DEL; not NUL
  std::size_t first_high = kNone;
  bool has_80_9f = false;
};

ByteScan scan_bytes(std::string_view bytes) {
  ByteScan s;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    if (b == 0) {
      if (s.nuls++ == 0) s.first_nul = i;
      ++(i % 2 == 0 ? s.nuls_even : s.nuls_odd);
    } else if (b < 0x80) {
      if (is_control(b)) s.c0.see(b, i);
    } else {
      if (s.first_high == kNone) s.first_high = i;
      if (b <= 0x9F) s.has_80_9f = true;
    }
  }
  return s;
}

// ---- UTF-8 ------------------------------------------------------------------------------------

struct Utf8Scan {
  std::size_t chars = 0;
  std::size_t valid_multibyte = 0;
  std::size_t typical = 0;  // valid multi-byte characters typical of Swedish and Finnish text
  std::size_t first_typical = kNone;
  char32_t first_typical_char = 0;
  std::size_t invalid = 0;            // maximal invalid subparts, as Unicode counts them
  std::size_t first_invalid = kNone;  // offset of the first one
  std::size_t first_invalid_len = 0;  // its length, plus the byte that broke it if any
  bool first_invalid_at_end = false;  // it was a sequence cut off by the end of the input
  Controls c1;                        // C1 controls (U+0080-U+009F) among the valid characters

  bool valid() const { return first_invalid == kNone; }
  // Mostly valid multi-byte sequences, in any script, mean UTF-8 damaged here and there.
  bool mostly_utf8() const { return valid_multibyte > 0 && valid_multibyte >= invalid; }
  // Short runs of 8-bit text decode as valid UTF-8 by accident ("Ö" and a closing quote in
  // windows-1252 are D6 94, U+0594; Shift_JIS is full of such pairs), but into characters no
  // Swedish or Finnish text uses. Characters it does use mean real UTF-8, mixed with 8-bit text.
  bool looks_like_utf8() const {
    return mostly_utf8() || (typical > 0 && typical * kMixedUtf8Ratio >= invalid);
  }
};

// The code point of a well-formed multi-byte sequence.
char32_t sequence_value(std::string_view seq) {
  const auto lead = static_cast<unsigned char>(seq[0]);
  char32_t c = lead & (seq.size() == 2 ? 0x1F : seq.size() == 3 ? 0x0F : 0x07);
  for (std::size_t k = 1; k < seq.size(); ++k) {
    c = (c << 6) | (static_cast<unsigned char>(seq[k]) & 0x3F);
  }
  return c;
}

// Latin-1 letters and signs, general punctuation (dashes, quotes, ellipsis) and the euro sign:
// what the non-ASCII part of Swedish and Finnish UTF-8 is made of. Their UTF-8 lead bytes read in
// windows-1252 as Â, Ã and â, which Swedish and Finnish do not use, so 8-bit text almost never
// forms them by accident.
bool typical_of_nordic_text(char32_t c) {
  return (c >= 0xA0 && c <= 0xFF) || (c >= 0x2010 && c <= 0x206F) || c == 0x20AC;
}

// Validates strictly by Unicode's table 3-7 and resynchronises after each maximal subpart, so
// the counts mean the same as in every conforming decoder.
Utf8Scan scan_utf8(std::string_view s, std::size_t start) {
  Utf8Scan r;
  const std::size_t n = s.size();
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  std::size_t i = start;
  while (i < n) {
    const unsigned char b = byte(i);
    if (b < 0x80) {
      ++r.chars;
      ++i;
      continue;
    }
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // range of the second byte
    if (b >= 0xC2 && b <= 0xDF) {
      len = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      len = 3;
      if (b == 0xE0) lo = 0xA0;  // overlong
      if (b == 0xED) hi = 0x9F;  // surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
      len = 4;
      if (b == 0xF0) lo = 0x90;  // overlong
      if (b == 0xF4) hi = 0x8F;  // above U+10FFFF
    }
    std::size_t good = len == 0 ? 0 : 1;  // bytes of the sequence found well-formed so far
    while (good > 0 && good < len && i + good < n) {
      const unsigned char c = byte(i + good);
      const bool ok = good == 1 ? (c >= lo && c <= hi) : (c >= 0x80 && c <= 0xBF);
      if (!ok) break;
      ++good;
    }
    if (len > 0 && good == len) {
      ++r.chars;
      ++r.valid_multibyte;
      const char32_t c = sequence_value(s.substr(i, len));
      if (c >= 0x80 && c <= 0x9F) r.c1.see(c, i);
      if (typical_of_nordic_text(c) && r.typical++ == 0) {
        r.first_typical = i;
        r.first_typical_char = c;
      }
      i += len;
      continue;
    }
    const std::size_t sub = std::max<std::size_t>(good, 1);
    if (r.invalid++ == 0) {
      r.first_invalid = i;
      r.first_invalid_at_end = len > 0 && i + good >= n;
      // The byte that broke a sequence is shown with it: "0xC3 0x28" says why 0xC3 is wrong.
      r.first_invalid_len = len > 0 ? std::min(good + 1, n - i) : 1;
    }
    i += sub;
  }
  return r;
}

// ---- UTF-16 -----------------------------------------------------------------------------------

std::optional<std::string> decode_utf16(Context& ctx, Units units) {
  const std::string_view b = ctx.bytes;
  const std::size_t start = 2;  // the byte-order mark
  const std::size_t end = b.size() - b.size() % 2;
  const char* name = units == Units::utf16le ? "UTF-16LE" : "UTF-16BE";
  std::string out;
  out.reserve(b.size() + b.size() / 2);
  Controls controls;
  std::size_t chars = 0;
  for (std::size_t i = start; i < end;) {
    const unsigned u = unit_at(b, i, units);
    char32_t c = u;
    std::size_t len = 2;
    if (u >= 0xD800 && u <= 0xDFFF) {
      const bool high = u <= 0xDBFF;
      const unsigned next = i + 4 <= end ? unit_at(b, i + 2, units) : 0;
      if (!high || next < 0xDC00 || next > 0xDFFF) {
        const Position pos = locate(b, start, i, units);
        ctx.error("decode.invalid-utf16", i, &pos,
                  std::string("unpaired ") + (high ? "high" : "low") + " surrogate " + hex_unit(u) +
                      " " + at(i, pos) + "; the file starts with a " + name +
                      " byte-order mark but is not valid " + name);
        return std::nullopt;
      }
      c = 0x10000 + ((u - 0xD800) << 10) + (next - 0xDC00);
      len = 4;
    }
    if (c == 0) {
      ctx.error("decode.binary", i, nullptr,
                "NUL character at byte " + std::to_string(i) + " in " + name +
                    " text; this looks like a binary file, not text");
      return std::nullopt;
    }
    if (is_control(c)) controls.see(c, i);
    ++chars;
    append_utf8(out, c);
    i += len;
  }
  if (b.size() % 2 != 0) {
    const std::size_t last = b.size() - 1;
    const Position pos = locate(b, start, last, units);
    ctx.error("decode.invalid-utf16", last, &pos,
              std::string("the file starts with a ") + name + " byte-order mark but has an odd " +
                  "number of bytes (" + std::to_string(b.size()) + "), so its last byte, " +
                  at(last, pos) + ", is half a character");
    return std::nullopt;
  }
  if (!check_controls(ctx, controls, chars, start, units, name)) return std::nullopt;
  return out;
}

// ---- Legacy 8-bit -----------------------------------------------------------------------------

struct Proposal {
  std::string name;
  int confidence = 0;
};

// ICU's proposals, best first. An ICU failure yields no proposals: the caller's rule then rests on
// the byte evidence alone, which is the most that can be said anyway.
std::vector<Proposal> detect_charsets(std::string_view sample) {
  std::vector<Proposal> out;
  UErrorCode status = U_ZERO_ERROR;
  DetectorPtr detector(ucsdet_open(&status));
  if (U_FAILURE(status)) return out;
  // The detector keeps a pointer to `sample`, which outlives it.
  ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &count, &status);
  if (U_FAILURE(status) || matches == nullptr) return out;
  for (int32_t k = 0; k < count; ++k) {
    UErrorCode s = U_ZERO_ERROR;
    const char* name = ucsdet_getName(matches[k], &s);
    const int32_t confidence = ucsdet_getConfidence(matches[k], &s);
    if (U_SUCCESS(s) && name != nullptr) out.push_back({name, confidence});
  }
  return out;
}

// ICU reports ISO-8859-1 or windows-1252 from one recogniser, choosing by C1 bytes in what it saw.
// The Central European and Turkish charsets share ä, ö and the punctuation with them, so ICU
// scoring a Finnish text as Hungarian windows-1250 is still evidence that the text is in Latin
// script; and a Swedish or Finnish file is far likelier to be windows-1252 than windows-1250.
// ICU does not detect ISO-8859-15; its only differences from ISO-8859-1 (€ Š š Ž ž Œ œ Ÿ at
// 0xA4-0xBE) cannot be told apart by statistics, so such files are read as ISO-8859-1.
bool is_latin(const std::string& name) {
  return name == "ISO-8859-1" || name == "windows-1252" || name == "ISO-8859-2" ||
         name == "windows-1250" || name == "ISO-8859-9" || name == "windows-1254";
}

// The bytes read through `charset` as UTF-16 code units, one per byte, or nothing if ICU cannot
// convert them there and back to the same bytes.
std::optional<std::u16string> round_trip(std::string_view bytes, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr cnv(ucnv_open(charset, &status));
  if (U_FAILURE(status)) return std::nullopt;
  ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  ucnv_setFromUCallBack(cnv.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  if (U_FAILURE(status)) return std::nullopt;
  const auto length = static_cast<int32_t>(bytes.size());
  std::u16string units(bytes.size(), u'\0');
  const int32_t n = ucnv_toUChars(cnv.get(), units.data(), length, bytes.data(), length, &status);
  // One unit per byte keeps byte offsets and character offsets the same; both charsets promise it.
  if (U_FAILURE(status) || n != length) return std::nullopt;
  std::string back(bytes.size(), '\0');
  const int32_t m = ucnv_fromUChars(cnv.get(), back.data(), length, units.data(), n, &status);
  if (U_FAILURE(status) || m != length || back != bytes) return std::nullopt;
  return units;
}

std::optional<std::string> decode_legacy(Context& ctx, const ByteScan& scan, const Utf8Scan& u8,
                                         Encoding& encoding) {
  const std::string_view b = ctx.bytes;
  const std::size_t first = u8.first_invalid;
  const Position first_pos = locate(b, 0, first, Units::single_byte);
  const std::string evidence = "first non-UTF-8 byte " +
                               hex_byte(static_cast<unsigned char>(b[first])) + " at " +
                               where(first, first_pos);

  std::size_t window = scan.first_high == kNone ? 0 : scan.first_high;
  for (std::size_t k = 0; k < kDetectLookBack && window > 0 && b[window - 1] != '\n'; ++k) {
    --window;
  }
  const std::vector<Proposal> proposals = detect_charsets(b.substr(window, kDetectWindow));
  int latin = 0;
  int own = 0;  // ICU's confidence in the ISO-8859-1/windows-1252 recogniser
  const Proposal* other = nullptr;
  const Proposal* top = nullptr;  // ICU's first choice, UTF-8 aside
  for (const Proposal& p : proposals) {
    if (p.name != "UTF-8" && top == nullptr) top = &p;
    if (is_latin(p.name)) {
      latin = std::max(latin, p.confidence);
      if (p.name == "ISO-8859-1" || p.name == "windows-1252") own = std::max(own, p.confidence);
    } else if (p.name != "UTF-8" && (other == nullptr || p.confidence > other->confidence)) {
      // UTF-8 is already ruled out; ICU proposes it for nearly any mostly-ASCII input.
      other = &p;
    }
  }
  if (other != nullptr && other->confidence > latin + kLatinMargin) {
    ctx.error("decode.unknown-encoding", first, &first_pos,
              "no plausible encoding: charset detection finds " + other->name + " (confidence " +
                  std::to_string(other->confidence) + " of 100), which tolk does not read, " +
                  "and the file is neither UTF-8 (" + evidence + ") nor UTF-16 with a " +
                  "byte-order mark; convert the file to UTF-8");
    return std::nullopt;
  }

  encoding = scan.has_80_9f ? Encoding::windows1252 : Encoding::iso8859_1;
  const char* name = encoding_name(encoding);
  std::optional<std::u16string> units = round_trip(b, name);
  if (!units) {
    ctx.error("decode.unknown-encoding", first, &first_pos,
              std::string("no plausible encoding: the file is not UTF-8 (") + evidence +
                  ") and does not convert to " + name + " and back unchanged");
    return std::nullopt;
  }

  std::string out;
  out.reserve(b.size() + b.size() / 4);
  Controls c1;
  for (std::size_t i = 0; i < units->size(); ++i) {
    const char16_t c = (*units)[i];
    if (c >= 0xD800 && c <= 0xDFFF) {  // impossible for these charsets, but never emit it
      ctx.error("decode.unknown-encoding", i, nullptr,
                std::string("ICU's ") + name + " converter produced a surrogate at byte " +
                    std::to_string(i) + ", so the file cannot be read as " + name);
      return std::nullopt;
    }
    if (c >= 0x80 && c <= 0x9F) c1.see(c, i);
    append_utf8(out, c);
  }
  Controls all = scan.c0;
  all.merge(c1);
  if (!check_controls(ctx, all, b.size(), 0, Units::single_byte, name)) return std::nullopt;

  std::string confidence;
  if (top == nullptr || (own == 0 && top->confidence <= kLatinMargin)) {
    confidence = "charset detection had too little text to judge";
  } else {
    confidence = "charset detection confidence " + std::to_string(own) + " of 100";
    if (top->name != "ISO-8859-1" && top->name != "windows-1252") {
      confidence += "; it ranked " + top->name + " first at " + std::to_string(top->confidence);
    }
  }
  ctx.report(Severity::note, "decode.legacy-encoding", first, &first_pos,
             std::string("the file is not UTF-8 and was read as ") + name + " (" + confidence +
                 "): " + evidence + "; convert the file to UTF-8 to be sure");
  return out;
}

// ---- Bytes to raw UTF-8 -----------------------------------------------------------------------

// Binary errors name a byte but no line: a binary file has no lines worth pointing at.
void report_nul(Context& ctx, const ByteScan& scan) {
  const std::size_t pairs = ctx.bytes.size() / 2;
  const std::size_t more = std::max(scan.nuls_even, scan.nuls_odd);
  const std::size_t fewer = std::min(scan.nuls_even, scan.nuls_odd);
  std::string message = "NUL byte at byte " + std::to_string(scan.first_nul);
  // Swedish and Finnish in UTF-16 have a NUL high byte in nearly every unit, on one side only.
  if (pairs > 0 && more * 2 >= pairs && fewer * 8 <= more) {
    const bool le = scan.nuls_odd > scan.nuls_even;
    message += std::string(": every other byte is NUL, so this looks like ") +
               (le ? "UTF-16LE" : "UTF-16BE") +
               " without a byte-order mark; save it as UTF-8 or as UTF-16 with a byte-order mark";
  } else {
    message +=
        " (" + std::to_string(scan.nuls) + " in all): this looks like a binary file, not text";
  }
  ctx.error("decode.binary", scan.first_nul, nullptr, std::move(message));
}

std::optional<std::string> to_utf8(Context& ctx, Encoding& encoding) {
  const std::string_view b = ctx.bytes;
  auto starts = [&](std::string_view prefix) { return b.substr(0, prefix.size()) == prefix; };

  if (b.size() > kMaxInputBytes) {
    ctx.diagnostics.push_back(too_large_diagnostic(b.size(), ctx.file));
    return std::nullopt;
  }
  // Checked before UTF-16, whose marks are their prefixes.
  const bool utf32le = starts(std::string_view("\xFF\xFE\0\0", 4)) && b.size() % 4 == 0;
  if (utf32le || starts(std::string_view("\0\0\xFE\xFF", 4))) {
    ctx.error("decode.unknown-encoding", 0, nullptr,
              std::string("the file starts with a ") + (utf32le ? "UTF-32LE" : "UTF-32BE") +
                  " byte-order mark, and tolk does not read UTF-32; convert the file to UTF-8");
    return std::nullopt;
  }
  if (starts("\xFF\xFE")) {
    encoding = Encoding::utf16le;
    return decode_utf16(ctx, Units::utf16le);
  }
  if (starts("\xFE\xFF")) {
    encoding = Encoding::utf16be;
    return decode_utf16(ctx, Units::utf16be);
  }

  const ByteScan scan = scan_bytes(b);
  if (scan.nuls > 0) {
    report_nul(ctx, scan);
    return std::nullopt;
  }
  if (looks_binary(scan.c0, b.size())) {
    report_binary_controls(ctx, scan.c0, b.size(), "bytes");
    return std::nullopt;
  }

  const bool bom = starts("\xEF\xBB\xBF");
  const std::size_t start = bom ? 3 : 0;
  const Utf8Scan u8 = scan_utf8(b, start);
  if (u8.valid()) {
    encoding = bom ? Encoding::utf8_bom : Encoding::utf8;
    Controls all = scan.c0;
    all.merge(u8.c1);
    if (!check_controls(ctx, all, u8.chars, start, Units::utf8, "UTF-8")) return std::nullopt;
    return std::string(b.substr(start));
  }
  if (bom || u8.looks_like_utf8()) {
    const std::size_t off = u8.first_invalid;
    const Position pos = locate(b, start, off, Units::utf8);
    const char* what = u8.first_invalid_at_end    ? "incomplete UTF-8 sequence "
                       : u8.first_invalid_len > 1 ? "invalid UTF-8 sequence "
                                                  : "invalid UTF-8 byte ";
    std::string message =
        what + hex_bytes(b.substr(off, u8.first_invalid_len)) + " " + at(off, pos);
    if (u8.first_invalid_at_end) message += " at the end of the file";
    const std::string count = std::to_string(u8.invalid);
    if (bom) {
      message += "; the file starts with a UTF-8 byte-order mark, so it is damaged UTF-8";
    } else if (u8.mostly_utf8()) {
      message += "; the rest of the file is UTF-8 (" + std::to_string(u8.valid_multibyte) +
                 " multi-byte characters), so it is damaged UTF-8, not a legacy 8-bit encoding";
    } else {
      std::string example;
      append_utf8(example, u8.first_typical_char);
      message += "; the file mixes UTF-8 (" + std::to_string(u8.typical) + " characters such as " +
                 example + ", the first at byte " + std::to_string(u8.first_typical) +
                 ") with 8-bit text, so no single encoding reads all of it";
    }
    if (u8.invalid > 1) message += " (" + count + " invalid sequences in all)";
    ctx.error("decode.invalid-utf8", off, &pos, std::move(message));
    return std::nullopt;
  }
  return decode_legacy(ctx, scan, u8, encoding);
}

// ---- Lines ------------------------------------------------------------------------------------

enum class Ending { lf, crlf, cr };

const char* ending_name(Ending e) {
  switch (e) {
    case Ending::lf:
      return "LF";
    case Ending::crlf:
      return "CRLF";
    case Ending::cr:
      return "CR";
  }
  return "LF";
}

// Turns CRLF and CR into LF and drops form feeds, recording the lines they start, without adding
// or removing a line: line n of the result is line n of the source.
std::string normalise_lines(std::string_view in, Text& text, Context& ctx) {
  std::string out;
  out.reserve(in.size());
  std::size_t line = 1;
  std::array<std::size_t, 3> counts{};
  std::optional<Ending> first_ending;
  std::size_t mixed_line = 0;
  Ending mixed_ending = Ending::lf;
  static constexpr ByteSet kSpecial("\f\r\n");
  for (std::size_t i = 0; i < in.size(); ++i) {
    // The text up to the next line end or form feed in one piece.
    const std::size_t special = std::min(kSpecial.find_in(in, i), in.size());
    out.append(in, i, special - i);
    if (special == in.size()) break;
    i = special;
    const char c = in[i];
    if (c == '\f') {
      if (text.form_feed_lines.empty() || text.form_feed_lines.back() != line) {
        text.form_feed_lines.push_back(line);
      }
      continue;
    }
    Ending e = Ending::lf;
    if (c == '\r') {
      e = i + 1 < in.size() && in[i + 1] == '\n' ? Ending::crlf : Ending::cr;
      if (e == Ending::crlf) ++i;
    }
    ++counts[static_cast<std::size_t>(e)];
    if (!first_ending) first_ending = e;
    if (mixed_line == 0 && e != *first_ending) {
      mixed_line = line;
      mixed_ending = e;
    }
    out += '\n';
    ++line;
  }
  // A form feed after the last line (pdftotext ends every page with one) starts no page.
  const std::size_t lines = line - (out.empty() || out.back() == '\n' ? 1 : 0);
  while (!text.form_feed_lines.empty() && text.form_feed_lines.back() > lines) {
    text.form_feed_lines.pop_back();
  }
  text.had_crlf = counts[1] + counts[2] > 0;
  if (mixed_line > 0) {
    std::string tally;
    for (Ending e : {Ending::lf, Ending::crlf, Ending::cr}) {
      const std::size_t n = counts[static_cast<std::size_t>(e)];
      if (n == 0) continue;
      if (!tally.empty()) tally += ", ";
      tally += std::to_string(n) + " " + ending_name(e);
    }
    Position pos{mixed_line, 0};
    ctx.report(Severity::warning, "decode.mixed-line-endings", std::nullopt, &pos,
               "mixed line endings: line " + std::to_string(mixed_line) + " ends in " +
                   ending_name(mixed_ending) + " but line 1 ends in " + ending_name(*first_ending) +
                   " (" + tally + "); all are read as line breaks");
  }
  return out;
}

}  // namespace

Diagnostic too_large_diagnostic(std::uintmax_t size, std::string_view file, bool size_known) {
  Diagnostic d;
  d.file = std::string(file);
  d.severity = Severity::error;
  d.code = "decode.too-large";
  d.byte_offset = kMaxInputBytes;
  d.message = (size_known ? "the file has " + std::to_string(size) + " bytes"
                          : std::string("the input is")) +
              ", more than the " + std::to_string(kMaxInputBytes >> 20) + " MiB tolk reads";
  return d;
}

DecodeResult decode(std::string_view bytes, std::string_view file) {
  Context ctx{bytes, std::string(file), {}};
  if (bytes.empty()) {
    ctx.error("decode.empty", 0, nullptr, "the file is empty");
    return {std::nullopt, std::move(ctx.diagnostics)};
  }
  Encoding encoding = Encoding::utf8;
  std::optional<std::string> raw = to_utf8(ctx, encoding);
  if (!raw || has_errors(ctx.diagnostics)) return {std::nullopt, std::move(ctx.diagnostics)};

  Text text;
  text.file = std::string(file);
  text.encoding = encoding;
  text.utf8 = normalise_lines(*raw, text, ctx);
  if (!is_nfc(text.utf8)) text.utf8 = nfc(text.utf8);
  return {std::move(text), std::move(ctx.diagnostics)};
}

}  // namespace tolk
