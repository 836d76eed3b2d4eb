// Akoma Ntoso 3.0 XML for parsed documents, following ../shared/design/akn-profile.md.
//
// Promise: the output is well-formed and valid against the unmodified OASIS schema; every element
// made from source text carries its source line span as tolk:lines; eIds come from structure and
// printed numbers only, so the Swedish and the Finnish version of a document get the same eIds for
// the same units; every refersTo and every local href names an element or TLC entry of the same
// document (check_references() verifies that, since the schema does not).
#pragma once

#include <string>

#include <pugixml.hpp>

#include "core/diagnostic.h"
#include "core/model.h"
#include "core/rules.h"
#include "layout/layout.h"

namespace tolk {

inline constexpr const char* kAknNamespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
inline constexpr const char* kTolkNamespace = "urn:x-tolk:akn:1";

// Where a document came from; written to <proprietary> as provenance.
struct SourceInfo {
  std::string file;          // as given on the command line
  std::string lang;          // "sv", "fi", "en"; "" when unknown
  std::string sha256;        // of the input bytes
  std::string tolk_version;
};

// `rules` gives the month names with which dates in running text are found and marked up.
void akn_decision(const Decision& d, const SourceInfo& src, const Rules& rules,
                  pugi::xml_document& out);
void akn_publication(const Publication& p, const SourceInfo& src, const Rules& rules,
                     pugi::xml_document& out);
void akn_protocol(const Protocol& p, const SourceInfo& src, const Rules& rules,
                  pugi::xml_document& out);
// A document of unknown kind, or of a kind without its own writer yet: its blocks as generic
// paragraphs, headings and list items.
void akn_generic(const Layout& l, const SourceInfo& src, pugi::xml_document& out);

// Serialised with two-space indentation and an XML declaration.
std::string xml_string(const pugi::xml_document& doc);

// Every refersTo token and every href="#x" names an eId (or a TLC entry's eId) of the document.
// An unresolved one is an error diagnostic naming the element.
Diagnostics check_references(const pugi::xml_document& doc, const std::string& file);

// "sv" -> "swe", "fi" -> "fin", "en" -> "eng" (FRBRlanguage uses ISO 639-2).
std::string iso639_2(const std::string& lang);

}  // namespace tolk
