#include "parse/dates.h"

#include <re2/re2.h>

#include "core/unicode.h"

namespace tolk {

bool valid_date(int year, int month, int day) {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

std::vector<DateMatch> find_dates(std::string_view text, const Rules& rules) {
  // "27.11.2024" and "28 maj 2025" / "28 päivänä toukokuuta 2025" / "5 February 2024".
  static const RE2 kDate(
      R"((?:^|[^\d.])((\d{1,2})\.(\d{1,2})\.(\d{4})|(\d{1,2})\.?\s+(?:päivänä\s+)?(\pL+)\s+(\d{4}))(?:$|[^\d]))");
  std::vector<DateMatch> out;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece whole, d1, m1, y1, d2, month, y2;
  std::size_t offset = 0;
  // Both forms end in a year of four digits: a text without four digits in a row has no date,
  // and is not searched (most paragraphs, and the rest of a text after its last date).
  auto has_year = [](std::string_view t) {
    std::size_t run = 0;
    for (char c : t)
      if ((run = c >= '0' && c <= '9' ? run + 1 : 0) == 4) return true;
    return false;
  };
  while (offset <= text.size()) {
    re2::StringPiece rest(text.data() + offset, text.size() - offset);
    if (!has_year(std::string_view(rest.data(), rest.size()))) break;
    if (!RE2::PartialMatch(rest, kDate, &whole, &d1, &m1, &y1, &d2, &month, &y2)) break;
    int day = 0, mon = 0, year = 0;
    if (!d1.empty()) {
      day = std::stoi(std::string(d1));
      mon = std::stoi(std::string(m1));
      year = std::stoi(std::string(y1));
    } else {
      auto it = rules.all.months.find(to_lower(std::string_view(month.data(), month.size())));
      if (it != rules.all.months.end()) {
        day = std::stoi(std::string(d2));
        mon = it->second;
        year = std::stoi(std::string(y2));
      }
    }
    const std::size_t begin = static_cast<std::size_t>(whole.data() - text.data());
    const std::size_t end = begin + whole.size();
    if (valid_date(year, mon, day)) out.push_back({{year, mon, day}, begin, end});
    // Go on after the day number, so that "1 päivänä … 2025" inside a failed match is still seen.
    offset = begin + (d1.empty() ? d2.size() : d1.size());
    if (offset == begin) ++offset;
  }
  return out;
}

std::optional<Date> first_date(std::string_view text, const Rules& rules) {
  auto all = find_dates(text, rules);
  if (all.empty()) return std::nullopt;
  return all.front().date;
}

}  // namespace tolk
