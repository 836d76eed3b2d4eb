#include "core/pattern_set.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <numeric>

namespace tolk {

struct PatternSet::Impl {
  std::unique_ptr<re2::RE2::Set> set;  // null when it could not be built
  std::size_t count = 0;
};

namespace {
std::vector<std::string_view> texts_of(const std::vector<const re2::RE2*>& patterns) {
  std::vector<std::string_view> out;
  out.reserve(patterns.size());
  for (const re2::RE2* p : patterns) out.push_back(p->pattern());
  return out;
}
}  // namespace

PatternSet::PatternSet(const std::vector<const re2::RE2*>& patterns, bool whole)
    : PatternSet(texts_of(patterns), whole) {}

PatternSet::PatternSet(const std::vector<std::string_view>& patterns, bool whole)
    : impl_(std::make_unique<Impl>()) {
  impl_->count = patterns.size();
  if (patterns.empty()) return;
  re2::RE2::Options opts;
  opts.set_log_errors(false);
  auto set =
      std::make_unique<re2::RE2::Set>(opts, whole ? re2::RE2::ANCHOR_BOTH : re2::RE2::UNANCHORED);
  for (std::string_view p : patterns)
    if (set->Add(re2::StringPiece(p.data(), p.size()), nullptr) < 0) return;
  if (set->Compile()) impl_->set = std::move(set);
}

PatternSet::~PatternSet() = default;

std::vector<int> PatternSet::matching(std::string_view text) const {
  std::vector<int> out;
  if (!impl_->set) {
    out.resize(impl_->count);
    std::iota(out.begin(), out.end(), 0);
    return out;
  }
  // Most texts match none: asked without a list, RE2 stops at a first match and allocates
  // nothing, where the list costs an allocation and a scan to the end of every text.
  const re2::StringPiece piece(text.data(), text.size());
  if (!impl_->set->Match(piece, nullptr)) return out;
  if (impl_->set->Match(piece, &out))
    std::sort(out.begin(), out.end());
  else
    out.clear();
  return out;
}

const PatternSet& cached_pattern_set(const Rules& rules,
                                     const std::vector<const re2::RE2*>& patterns, bool whole) {
  return cached_pattern_set(rules, texts_of(patterns), whole);
}

const PatternSet& cached_pattern_set(const Rules& rules,
                                     const std::vector<std::string_view>& patterns, bool whole) {
  std::string key = whole ? "pattern set, whole\n" : "pattern set, anywhere\n";
  for (std::string_view p : patterns) (key += p) += '\n';
  struct Holder {
    std::shared_ptr<PatternSet> set;
  };
  return *rules.derived
              ->get<Holder>(key,
                            [&] { return Holder{std::make_shared<PatternSet>(patterns, whole)}; })
              .set;
}

}  // namespace tolk
