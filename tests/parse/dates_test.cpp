#include "parse/dates.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace tolk {
namespace {

std::string first(std::string_view s) {
  auto d = first_date(s, test::repo_rules());
  return d ? d->iso() : "";
}

TEST(Dates, NumericFinnishStyle) {
  EXPECT_EQ(first("Datum: 29.1.2025"), "2025-01-29");
  EXPECT_EQ(first("Helsingissä 28.5.2025"), "2025-05-28");
  EXPECT_EQ(first("Tid: tisdag 10.12.2024 kl. 12.00–14.57"), "2024-12-10");
}

TEST(Dates, SwedishMonthNames) {
  EXPECT_EQ(first("Helsingfors den 28 maj 2025"), "2025-05-28");
  EXPECT_EQ(first("Denna förordning träder i kraft den 1 juni 2025."), "2025-06-01");
}

TEST(Dates, FinnishMonthNames) {
  EXPECT_EQ(first("Julkaistu Helsingissä 30 päivänä toukokuuta 2025"), "2025-05-30");
  EXPECT_EQ(first("Tämä päätös tulee voimaan päivänä 1 päivänä kesäkuuta 2025."), "2025-06-01");
}

TEST(Dates, EnglishMonthNames) { EXPECT_EQ(first("5 February 2024"), "2024-02-05"); }

TEST(Dates, NotDates) {
  EXPECT_EQ(first("hösten 2023"), "");
  EXPECT_EQ(first("31.2.2025"), "");
  EXPECT_EQ(first("kl. 12.22–14.30"), "");
  EXPECT_EQ(first("VN/29738/2024"), "");
  EXPECT_EQ(first("(ind. 3332 och 4771)"), "");
  EXPECT_EQ(first("5 miljoner 2025"), "");
}

TEST(Dates, AllDatesInOrderWithTheirPlace) {
  std::string t = "Mötet 27.11.2024 och protokollet den 29 januari 2025.";
  auto all = find_dates(t, test::repo_rules());
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(t.substr(all[0].begin, all[0].end - all[0].begin), "27.11.2024");
  EXPECT_EQ(t.substr(all[1].begin, all[1].end - all[1].begin), "29 januari 2025");
  EXPECT_EQ(all[1].date.iso(), "2025-01-29");
}

TEST(Dates, Validity) {
  EXPECT_TRUE(valid_date(2024, 2, 29));
  EXPECT_FALSE(valid_date(2025, 2, 29));
  EXPECT_FALSE(valid_date(2025, 13, 1));
}

}  // namespace
}  // namespace tolk
