// Escaping for the markup tolk writes by hand: the HTML pages (the check report, the batch index)
// and the attribute values of its indented Akoma Ntoso XML.
#pragma once

#include <string>
#include <string_view>

namespace tolk {

// `s` as HTML text or attribute value: & < > " and ' as character references.
std::string html_escape(std::string_view s);

// Appends `s` as an XML attribute value in double quotes: & < > " as character references, and
// line feed and tab too, which a parser would otherwise read back as spaces.
void append_xml_attribute_escaped(std::string& out, std::string_view s);

}  // namespace tolk
