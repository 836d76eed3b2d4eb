#include "core/model.h"

#include <cstdio>

namespace tolk {

const char* doc_kind_name(DocKind k) {
  switch (k) {
    case DocKind::unknown: return "unknown";
    case DocKind::decision: return "decision";
    case DocKind::publication: return "publication";
    case DocKind::protocol: return "protocol";
  }
  return "unknown";
}

std::string Date::iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

}  // namespace tolk
