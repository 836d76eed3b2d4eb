// parse: one parser per document kind, from the layout's blocks to the document model.
//
// Promise: a parser never throws for any input; a part it cannot find stays empty in the model and
// is reported as a diagnostic naming the file and the line where it was expected (or the
// document's first line). Parsers are tuned to the structure of a kind, never to one document's
// text; their words and markers come from rules/.
#pragma once

#include "core/diagnostic.h"
#include "core/model.h"
#include "core/rules.h"
#include "layout/layout.h"

namespace tolk {

Decision parse_decision(const Layout& layout, const Rules& rules, Diagnostics& diags);
Publication parse_publication(const Layout& layout, const Rules& rules, Diagnostics& diags);
Protocol parse_protocol(const Layout& layout, const Rules& rules, Diagnostics& diags);

}  // namespace tolk
