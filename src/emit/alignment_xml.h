// The alignment of two language versions as XML in tolk's own namespace, described by
// src/emit/alignment.xsd.
#pragma once

#include <string>
#include <vector>

#include "align/align.h"
#include "core/model.h"

namespace tolk {

inline constexpr const char* kAlignmentNamespace = "urn:x-tolk:alignment:1";

struct AlignedDocument {
  std::string lang;  // "sv", "fi"
  std::string file;
  std::string sha256;
  DocKind kind = DocKind::unknown;
  const std::vector<AlignUnit>* units = nullptr;
};

std::string alignment_xml(const AlignedDocument& sv, const AlignedDocument& fi,
                          const Alignment& alignment, const std::string& tolk_version);

// "17-19,21": the line spans of units `indices`, in order.
std::string unit_lines(const std::vector<AlignUnit>& units, const std::vector<std::size_t>& indices);

}  // namespace tolk
