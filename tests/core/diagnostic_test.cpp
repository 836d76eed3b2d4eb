#include "core/diagnostic.h"

#include <gtest/gtest.h>

namespace tolk {
namespace {

TEST(Diagnostic, FormatsFileLineColumnCodeAndMessage) {
  Diagnostic d{"corpus/a.sv.txt", 12, 3, std::nullopt, Severity::warning, "layout.x", "odd line"};
  EXPECT_EQ(format_diagnostic(d), "corpus/a.sv.txt:12:3: warning [layout.x]: odd line");
}

TEST(Diagnostic, FormatsByteOffsetWhenThereIsNoLine) {
  Diagnostic d{"b.txt", 0, 0, 17, Severity::error, "decode.binary", "NUL byte"};
  EXPECT_EQ(format_diagnostic(d), "b.txt: byte 17: error [decode.binary]: NUL byte");
}

TEST(Diagnostic, HasErrorsIgnoresWarningsAndNotes) {
  Diagnostics diags{{"f", 1, 0, std::nullopt, Severity::warning, "w", "w"},
                    {"f", 2, 0, std::nullopt, Severity::note, "n", "n"}};
  EXPECT_FALSE(has_errors(diags));
  diags.push_back({"f", 3, 0, std::nullopt, Severity::error, "e", "e"});
  EXPECT_TRUE(has_errors(diags));
}

}  // namespace
}  // namespace tolk
