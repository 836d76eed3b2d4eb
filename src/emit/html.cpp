#include "emit/html.h"

namespace tolk {

namespace {

// & < > " as character references, and the characters `also` names.
std::string escape(std::string_view s, std::string_view also) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c != '&' && c != '<' && c != '>' && c != '"' && also.find(c) == std::string_view::npos) {
      out += c;
      continue;
    }
    switch (c) {
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
  return out;
}

}  // namespace

std::string html_escape(std::string_view s) {
  return escape(s, "'");
}

std::string xml_attribute_escape(std::string_view s) {
  return escape(s, "\n\t");
}

}  // namespace tolk
