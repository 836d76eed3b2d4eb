#include "layout/lines.h"

#include <gtest/gtest.h>

namespace tolk {
namespace {

TEST(LeadingNumber, LabelsAsPrinted) {
  EXPECT_EQ(leading_number("1) Tavoitteet"), "1)");
  EXPECT_EQ(leading_number("3. Mål"), "3.");
  EXPECT_EQ(leading_number("3.1 Mål"), "3.1");
  EXPECT_EQ(leading_number("2.1.1\tÅtgärder"), "2.1.1");
  EXPECT_EQ(leading_number("5.1.  Äldreomsorg"), "5.1.");
  EXPECT_EQ(leading_number("12.10 Österbotten"), "12.10");
}

TEST(LeadingNumber, NoneWithoutACapitalAfterWhiteSpace) {
  EXPECT_EQ(leading_number("3. mål"), std::nullopt);
  EXPECT_EQ(leading_number("2025 Helsingfors"), std::nullopt);  // three digits
  EXPECT_EQ(leading_number("1.234 Mål"), std::nullopt);
  EXPECT_EQ(leading_number("1.) Mål"), std::nullopt);
  EXPECT_EQ(leading_number("1..2 Mål"), std::nullopt);
  EXPECT_EQ(leading_number("3.Mål"), std::nullopt);  // no white space
  EXPECT_EQ(leading_number("3. "), std::nullopt);    // nothing after it
  EXPECT_EQ(leading_number("3."), std::nullopt);
  EXPECT_EQ(leading_number("3. 4 Mål"), std::nullopt);  // a digit is no capital
  EXPECT_EQ(leading_number("§ 3 Mål"), std::nullopt);
  EXPECT_EQ(leading_number(""), std::nullopt);
  // A no-break space is not the white space a printed number is followed by.
  EXPECT_EQ(leading_number("3.\u00A0Mål"), std::nullopt);
}

}  // namespace
}  // namespace tolk
