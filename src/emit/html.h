// What the HTML pages tolk writes (the check report, the batch index) share.
#pragma once

#include <string>
#include <string_view>

namespace tolk {

// `s` as HTML text or attribute value: & < > " and ' as character references.
std::string html_escape(std::string_view s);

}  // namespace tolk
