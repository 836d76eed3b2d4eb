// Accuracy of an alignment against a gold one, and the damaged-pair trials of issue 5: shared by
// the alignment tests and the accuracy benchmark.
#pragma once

#include <algorithm>
#include <map>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "align/align.h"
#include "emit/alignment_xml.h"

namespace tolk::test {

// A link as the sets of units on each side; gold and found links are compared as such.
using LinkKey = std::pair<std::vector<std::size_t>, std::vector<std::size_t>>;

struct Accuracy {
  double precision = 0, recall = 0, f1 = 0;
};

inline Accuracy accuracy(const std::set<LinkKey>& gold, const std::set<LinkKey>& found) {
  std::size_t hit = 0;
  for (const LinkKey& k : found) hit += gold.count(k);
  Accuracy a;
  a.precision = found.empty() ? 0 : static_cast<double>(hit) / static_cast<double>(found.size());
  a.recall = gold.empty() ? 0 : static_cast<double>(hit) / static_cast<double>(gold.size());
  a.f1 = a.precision + a.recall == 0 ? 0 : 2 * a.precision * a.recall / (a.precision + a.recall);
  return a;
}

inline std::set<LinkKey> keys(const Alignment& al) {
  std::set<LinkKey> out;
  for (const AlignLink& l : al.links) out.insert({l.sv, l.fi});
  return out;
}

// The gold file (tests/align/gold/*.tsv) as links over the units, matched by line spans.
inline std::set<LinkKey> read_gold(const std::string& path, const std::vector<AlignUnit>& sv,
                                   const std::vector<AlignUnit>& fi) {
  auto index = [](const std::vector<AlignUnit>& units, const std::string& spans) {
    std::vector<std::size_t> out;
    if (spans == "-") return out;
    std::stringstream ss(spans);
    std::string span;
    while (std::getline(ss, span, ',')) {
      for (std::size_t i = 0; i < units.size(); ++i)
        if (format_span(units[i].lines) == span) {
          out.push_back(i);
          break;
        }
    }
    return out;
  };
  std::set<LinkKey> gold;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::size_t tab = line.find('\t');
    gold.insert({index(sv, line.substr(0, tab)), index(fi, line.substr(tab + 1))});
  }
  return gold;
}

// A damaged copy of a pair with its gold: `deletions` Finnish units removed and two adjacent
// Swedish units merged into one, chosen by `seed`.
struct DamagedPair {
  std::vector<AlignUnit> sv, fi;
  std::set<LinkKey> gold;
};

inline DamagedPair damage(const std::vector<AlignUnit>& sv, const std::vector<AlignUnit>& fi,
                          const std::set<LinkKey>& gold, std::size_t deletions, unsigned seed) {
  std::mt19937 rng(seed);
  std::set<std::size_t> deleted;
  while (deleted.size() < std::min(deletions, fi.size()))
    deleted.insert(std::uniform_int_distribution<std::size_t>(0, fi.size() - 1)(rng));
  const std::size_t merge = sv.size() > 1 ? std::uniform_int_distribution<std::size_t>(0, sv.size() - 2)(rng) : 0;
  DamagedPair d;
  std::vector<std::size_t> sv_map(sv.size()), fi_map(fi.size(), SIZE_MAX);
  for (std::size_t i = 0; i < sv.size(); ++i) {
    if (sv.size() > 1 && i == merge + 1) {
      AlignUnit& m = d.sv.back();
      m.text += " " + sv[i].text;
      m.lines.last = sv[i].lines.last;
      m.anchor = m.anchor && sv[i].eid.empty();
      sv_map[i] = d.sv.size() - 1;
      continue;
    }
    sv_map[i] = d.sv.size();
    d.sv.push_back(sv[i]);
  }
  for (std::size_t j = 0; j < fi.size(); ++j) {
    if (deleted.count(j)) continue;
    fi_map[j] = d.fi.size();
    d.fi.push_back(fi[j]);
  }
  // The gold, mapped: links of the two merged units become one link.
  std::map<std::vector<std::size_t>, std::set<std::size_t>> by_sv;
  for (const LinkKey& k : gold) {
    std::set<std::size_t> s, f;
    for (std::size_t i : k.first) s.insert(sv_map[i]);
    for (std::size_t j : k.second)
      if (fi_map[j] != SIZE_MAX) f.insert(fi_map[j]);
    std::vector<std::size_t> sv_key(s.begin(), s.end());
    if (sv_key.empty() && f.empty()) continue;
    if (sv_key.empty()) {
      d.gold.insert({{}, std::vector<std::size_t>(f.begin(), f.end())});
      continue;
    }
    by_sv[sv_key].insert(f.begin(), f.end());
  }
  for (const auto& [s, f] : by_sv) {
    if (f.empty()) {
      for (std::size_t i : s) d.gold.insert({{i}, {}});
    } else {
      d.gold.insert({s, std::vector<std::size_t>(f.begin(), f.end())});
    }
  }
  return d;
}

}  // namespace tolk::test
