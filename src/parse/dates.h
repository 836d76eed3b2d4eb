// Dates as Swedish, Finnish and English texts write them: "27.11.2024", "den 28 maj 2025",
// "28 päivänä toukokuuta 2025", "5 February 2024". Month names come from rules/<lang>/months.tsv.
// Only full, valid calendar dates are dates ("31.2.2025" and "hösten 2023" are not).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "core/rules.h"

namespace tolk {

bool valid_date(int year, int month, int day);

struct DateMatch {
  Date date;
  std::size_t begin = 0, end = 0;  // byte range in the searched text
};

// Every date in running text, in order.
std::vector<DateMatch> find_dates(std::string_view text, const Rules& rules);

// The first date in `text`, if any.
std::optional<Date> first_date(std::string_view text, const Rules& rules);

}  // namespace tolk
