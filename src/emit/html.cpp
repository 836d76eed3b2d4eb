#include "emit/html.h"

namespace tolk {

namespace {

// & < > " as character references, and the characters `also` names; the runs between them
// are copied whole.
void append_escaped(std::string& out, std::string_view s, std::string_view also) {
  auto special = [&](char c) {
    return c == '&' || c == '<' || c == '>' || c == '"' || also.find(c) != std::string_view::npos;
  };
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t run = i;
    while (i < s.size() && !special(s[i])) ++i;
    out.append(s, run, i - run);
    if (i == s.size()) break;
    switch (const char c = s[i++]) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:  // ' \n \t
        out += "&#" + std::to_string(static_cast<int>(c)) + ";";
    }
  }
}

std::string escape(std::string_view s, std::string_view also) {
  std::string out;
  out.reserve(s.size());
  append_escaped(out, s, also);
  return out;
}

}  // namespace

std::string html_escape(std::string_view s) {
  return escape(s, "'");
}

void append_xml_attribute_escaped(std::string& out, std::string_view s) {
  append_escaped(out, s, "\n\t");
}

}  // namespace tolk
