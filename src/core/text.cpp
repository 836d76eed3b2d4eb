#include "core/text.h"

namespace tolk {

const char* encoding_name(Encoding e) {
  switch (e) {
    case Encoding::utf8: return "UTF-8";
    case Encoding::utf8_bom: return "UTF-8 with BOM";
    case Encoding::utf16le: return "UTF-16LE";
    case Encoding::utf16be: return "UTF-16BE";
    case Encoding::windows1252: return "windows-1252";
    case Encoding::iso8859_1: return "ISO-8859-1";
  }
  return "UTF-8";
}

std::string format_span(LineSpan s) {
  if (s.first == s.last) return std::to_string(s.first);
  return std::to_string(s.first) + "-" + std::to_string(s.last);
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) {
      lines.push_back(text.substr(start));
      break;
    }
    lines.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return lines;
}

}  // namespace tolk
