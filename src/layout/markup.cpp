#include "layout/markup.h"

#include <re2/re2.h>

#include <algorithm>

#include "core/unicode.h"
#include "layout/lines.h"

namespace tolk {

namespace {

bool starts_with(std::string_view s, std::string_view p) {
  return s.starts_with(p);
}

// What (.*?)\s*\.{4,}\s*(\d{1,4})\s* matches whole, read from the end: white space, the page
// number, white space, a leader of four dots or more, white space; the title is what is before
// (the shortest, so every dot and space of the leader is the leader's). RE2's \s: [\t\n\f\r ].
bool split_contents_leader(std::string_view text, std::string_view& title, std::string_view& page) {
  std::size_t e = text.size();
  while (e > 0 && kRegexSpace.has(text[e - 1])) --e;
  std::size_t d = e;
  while (d > 0 && e - d < 5 && text[d - 1] >= '0' && text[d - 1] <= '9') --d;
  if (d == e || e - d > 4) return false;
  std::size_t k = d;
  while (k > 0 && kRegexSpace.has(text[k - 1])) --k;
  std::size_t dots = k;
  while (dots > 0 && text[dots - 1] == '.') --dots;
  if (k - dots < 4) return false;
  while (dots > 0 && kRegexSpace.has(text[dots - 1])) --dots;
  title = text.substr(0, dots);
  page = text.substr(d, e - d);
  return true;
}

void mark(CleanLine& out, const char* id) {
  if (std::find(out.marks.begin(), out.marks.end(), id) == out.marks.end()) out.marks.push_back(id);
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Check-box glyphs that PDF-to-markdown conversion leaves as list bullets.
bool is_checkbox_glyph(std::string_view s) {
  return s == "☒" || s == "☐" || s == "☑" || s == "☞" || s == "✓" || s == "✔" || s == "■" ||
         s == "□" || s == "▪" || s == "•";
}

// Scans `s` and removes inline marks, writing the result to out.text.
void strip_inline(std::string_view s, CleanLine& out) {
  std::string& t = out.text;
  std::size_t i = 0;
  while (i < s.size()) {
    // Plain text up to the next character that can begin markup is copied in one piece.
    static constexpr ByteSet kMarkupStart("[<*_");
    const std::size_t special = kMarkupStart.find_in(s, i);
    if (special == std::string_view::npos) {
      t.append(s.substr(i));
      break;
    }
    t.append(s.substr(i, special - i));
    i = special;
    std::string_view rest = s.substr(i);
    // [☒](#) — a check box rendered as a link.
    if (rest[0] == '[') {
      std::size_t close = rest.find("](");
      if (close != std::string_view::npos && close > 1) {
        std::size_t end = rest.find(')', close + 2);
        std::string_view label = rest.substr(1, close - 1);
        if (end != std::string_view::npos) {
          if (is_checkbox_glyph(label)) {
            out.splits.push_back({t.size(), std::string(label), "markup.checkbox"});
            mark(out, "markup.checkbox");
          } else {
            t.append(label);  // [text](url): the text is what a reader saw
            mark(out, "markup.link");
          }
          i += end + 1;
          continue;
        }
      }
    }
    if (rest[0] == '<') {
      // <https://…>: an autolink; keep the address.
      std::size_t close = rest.find('>');
      if (close != std::string_view::npos) {
        std::string_view inner = rest.substr(1, close - 1);
        if (starts_with(inner, "http://") || starts_with(inner, "https://") ||
            starts_with(inner, "mailto:")) {
          t.append(inner);
          mark(out, "markup.autolink");
          i += close + 1;
          continue;
        }
        // <a href="#">☒</a>: a check box.
        if (starts_with(inner, "a ") || inner == "a") {
          std::size_t end = rest.find("</a>", close);
          if (end != std::string_view::npos) {
            std::string_view label = trim(rest.substr(close + 1, end - close - 1));
            if (is_checkbox_glyph(label)) {
              out.splits.push_back({t.size(), std::string(label), "markup.checkbox"});
              mark(out, "markup.checkbox");
              i += end + 4;
              continue;
            }
          }
        }
        // <sup>1</sup>: a footnote reference.
        if (inner == "sup") {
          std::size_t end = rest.find("</sup>", close);
          if (end != std::string_view::npos) {
            std::string_view label = trim(rest.substr(close + 1, end - close - 1));
            if (all_digits(label) || (label.size() == 1 && label[0] >= 'a' && label[0] <= 'z')) {
              out.footnote_refs.push_back({std::string(label), t.size()});
              mark(out, "markup.footnote-ref");
              i += end + 6;
              continue;
            }
          }
        }
        // Any other tag (<b>, </b>, <i>, <br/>, <span …>): removed, its content stays.
        bool tag = close > 1 && close < 64;
        for (std::size_t k = 1; tag && k < close; ++k) {
          char c = rest[k];
          bool ok = (k == 1) ? (std::isalpha(static_cast<unsigned char>(c)) || c == '/')
                             : (c >= 0x20 && c != '<');
          tag = ok;
        }
        if (tag) {
          mark(out, "markup.html-tag");
          i += close + 1;
          continue;
        }
      }
    }
    if (starts_with(rest, "**") || starts_with(rest, "__")) {
      mark(out, "markup.bold");
      i += 2;
      continue;
    }
    t += rest[0];
    ++i;
  }
}

}  // namespace

CleanLine clean_line(std::string_view raw, bool bullets) {
  CleanLine out;
  std::string_view s = trim(raw);

  // Each pattern below is tried only on a line that can match it: most lines are plain text,
  // and running RE2 on each of them cost a tenth of the whole pipeline. A rule is made of its
  // marks and white space only: a bullet item ("- Text") is refused at its first letter.
  static const RE2 kRule(R"((?:[-—–_=*]\s*){3,}|(?:-{3,}\s*)+)");
  auto only_rule_marks = [](std::string_view line) {
    static constexpr ByteSet kMarks("-_=* \t\n\v\f\r");
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (kMarks.has(line[i])) continue;
      if (!starts_with(line.substr(i), "—") && !starts_with(line.substr(i), "–")) return false;
      i += 2;
    }
    return true;
  };
  if (!s.empty() && only_rule_marks(s) && RE2::FullMatch(s, kRule)) {
    out.horizontal_rule = true;
    mark(out, "markup.horizontal-rule");
    return out;
  }

  // "## Heading": level from the number of marks.
  std::size_t hashes = 0;
  while (hashes < s.size() && s[hashes] == '#') ++hashes;
  if (hashes > 0 && hashes <= 6 && (hashes == s.size() || s[hashes] == ' ')) {
    out.heading_level = hashes;
    s = trim(s.substr(hashes));
    mark(out, "markup.heading");
  }

  // A line that opens with a bold label: "**Nyckelord** strategisk styrning",
  // "**ISBN PDF** 978-… **ISSN PDF** 1797-…": labels and values become cells.
  if (starts_with(s, "**") || starts_with(s, "<b>")) {
    std::string_view r = s;
    while (!r.empty()) {
      bool html = starts_with(r, "<b>");
      if (!html && !starts_with(r, "**")) {
        std::size_t next = std::min(r.find("**"), r.find("<b>"));
        CleanLine value;
        strip_inline(r.substr(0, next), value);
        if (!trim(value.text).empty()) out.bold_lead.emplace_back(trim(value.text));
        if (next == std::string_view::npos) break;
        r = r.substr(next);
        continue;
      }
      std::string_view open = html ? "<b>" : "**", close = html ? "</b>" : "**";
      std::size_t end = r.find(close, open.size());
      if (end == std::string_view::npos) break;
      CleanLine label;
      strip_inline(r.substr(open.size(), end - open.size()), label);
      if (!trim(label.text).empty()) out.bold_lead.emplace_back(trim(label.text));
      r = trim(r.substr(end + close.size()));
    }
  }

  // "-  Item", "- [☒](#) Item": a bullet, removed and kept as the item's label.
  // A glyph, white space, then text.
  if (out.heading_level == 0 && bullets) {
    for (std::string_view glyph : {"-", "•", "▪", "◦", "–", "*"}) {
      if (!starts_with(s, glyph)) continue;
      const std::size_t body = s.find_first_not_of(" \t\f\r\n", glyph.size());
      if (body == glyph.size() || body == std::string_view::npos) break;
      out.bullet = std::string(glyph);
      s = s.substr(body);
      mark(out, "markup.bullet");
      break;
    }
  }

  // <sup>N</sup> at the start: the line is footnote N's text.
  static const RE2 kFootnoteDef(R"(<sup>\s*(\d+)\s*</sup>\s*(.*))");
  std::string label, rest;
  if (starts_with(s, "<sup>") && RE2::FullMatch(s, kFootnoteDef, &label, &rest)) {
    out.footnote_label = label;
    mark(out, "markup.footnote");
    strip_inline(rest, out);
  } else {
    strip_inline(s, out);
  }

  if (out.bold_lead.size() == 1) {
    out.bold_only = true;
    out.bold_lead.clear();
  }

  // On a bullet line a gap before a capital is a lost bullet: "-  Större …  Stöd för …".
  if (out.bullet && out.splits.empty()) {
    static const RE2 kGap(R"(\S(\s{2,})\p{Lu})");
    re2::StringPiece rest(out.text), gap;
    while (RE2::FindAndConsume(&rest, kGap, &gap)) {
      std::size_t at = static_cast<std::size_t>(gap.data() + gap.size() - out.text.data());
      out.splits.push_back({at, *out.bullet, "markup.bullet-gap"});
      rest = re2::StringPiece(out.text.data() + at, out.text.size() - at);
    }
  }

  // "2.1 Title ..... 11" or "<b>Till läsaren</b> .....\t7": a contents entry.
  std::string_view title_view, page_view;
  if (out.text.find("....") != std::string::npos &&
      split_contents_leader(out.text, title_view, page_view) && !trim(title_view).empty()) {
    std::string title(title_view), page(page_view);
    // A leader in the middle is a wrapped contents line: "… kundorienterade ..... förnyandet".
    static const RE2 kInnerLeader(R"(\s*\.{4,}\s*)");
    RE2::GlobalReplace(&title, kInnerLeader, " ");
    out.text = std::string(trim(title));
    out.toc_page = page;
    mark(out, "markup.toc-leader");
  }
  return out;
}

}  // namespace tolk
