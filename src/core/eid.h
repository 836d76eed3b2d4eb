// eIds: the structural identifiers that the XML writers put on elements and the alignment joins
// on. They come from structure and printed numbers only, never from positions that could differ
// between the Swedish and the Finnish version, so both get the same eId for the same unit.
#pragma once

#include <string>
#include <vector>

namespace tolk::eid {

// Objective "3)" of a decision.
inline std::string objective(int number) { return "para_" + std::to_string(number); }
// The k-th (1-based) objective group of a decision.
inline std::string objective_group(std::size_t k) { return "hcontainer_" + std::to_string(k); }
inline constexpr const char* kIntroduction = "hcontainer_introduction";
inline constexpr const char* kEntryIntoForce = "hcontainer_entryIntoForce";
inline constexpr const char* kSignatures = "hcontainer_signatures";
inline constexpr const char* kEnactingClause = "preamble__formula_1";
// The k-th (1-based) paragraph inside `parent`.
inline std::string paragraph(const std::string& parent, std::size_t k) {
  return parent + "__p_" + std::to_string(k);
}
// A section numbered "2.1" -> "sec_2-1".
inline std::string section(const std::string& num) {
  std::string out = "sec_";
  for (char c : num) out += c == '.' ? '-' : c;
  return out;
}
// An agenda item at path {3, 1} -> "dbsect_3__dbsect_1".
inline std::string agenda_item(const std::vector<int>& path) {
  std::string out;
  for (int n : path) out += (out.empty() ? "" : "__") + std::string("dbsect_") + std::to_string(n);
  return out;
}

}  // namespace tolk::eid
