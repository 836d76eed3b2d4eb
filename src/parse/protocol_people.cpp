// People in a protocol: the attendees under their group headings and the signature block.
//
// Attendee lines come in two orders. Newer protocols put the name first, in a column of its own
// (`Kari Hakari    avdelningschef, SHM, första vice ordförande`) or one space before the title
// (`Andreas Blanco Sequeiros direktör, SHM`); older ones run the attendees together title first
// (`apulaiskaupunginjohtaja Timo Aronkytö, Vantaan kaupunki (paikalla klo 9.38 lähtien), …`).
// What tells name from title is case: names are capitalised words (with lower-case particles
// such as "von" from the rules), titles are written in lower case. After the name and title
// come comma-separated parts: a meeting role (rules: role), a presence interval (rules:
// present), and organisations (a part beginning with a capital, or a lower-case part the rules
// call an organisation); any other lower-case part continues the title
// ("sektordirektör, koncerntjänster").
#include <re2/re2.h>

#include <algorithm>

#include "core/unicode.h"
#include "parse/protocol_internal.h"

namespace tolk::protocol {

namespace {

struct Token {
  std::string_view text;
  std::size_t offset = 0;
};

std::vector<Token> tokens(std::string_view s) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    const std::size_t start = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > start) out.push_back({s.substr(start, i - start), start});
  }
  return out;
}

// A word of a name: a capital, then not another capital ("Anna-Liisa", "Ó", not "THL", "SHM").
bool name_word(std::string_view w) {
  std::size_t i = 0;
  const char32_t c1 = next_char(w, i);
  if (!is_upper(c1)) return false;
  if (i >= w.size()) return true;
  const char32_t c2 = next_char(w, i);
  return !is_upper(c2);
}

bool starts_lower(std::string_view s) {
  return is_lower(first_char(s));
}
bool starts_upper(std::string_view s) {
  return is_upper(first_char(s));
}

bool particle(std::string_view w, const ProtocolRules& pr) {
  return pr.name_particles.count(to_lower(w)) > 0;
}

// Tokens [i, n) are a name: name words, with particles only before another name word.
bool is_name(const std::vector<Token>& t, std::size_t i, const ProtocolRules& pr) {
  if (i >= t.size() || !name_word(t[i].text) || !name_word(t.back().text)) return false;
  for (std::size_t k = i; k < t.size(); ++k)
    if (!name_word(t[k].text) && !particle(t[k].text, pr)) return false;
  return true;
}

struct NameTitle {
  std::string name;
  std::string title;  // what follows the name (name first) or precedes it (title first)
};

// "Andreas Blanco Sequeiros direktör" -> name "Andreas Blanco Sequeiros", title "direktör".
NameTitle split_name_first(std::string_view text, const ProtocolRules& pr) {
  const auto t = tokens(text);
  std::size_t i = 0;
  while (i < t.size()) {
    if (name_word(t[i].text)) {
      ++i;
    } else if (i > 0 && i + 1 < t.size() && particle(t[i].text, pr) &&
               (name_word(t[i + 1].text) || particle(t[i + 1].text, pr))) {
      ++i;
    } else {
      break;
    }
  }
  // A particle is part of the name only when a name word follows it somewhere.
  while (i > 0 && !name_word(t[i - 1].text)) --i;
  NameTitle out;
  if (i == 0) {
    out.title = std::string(trim(text));
    return out;
  }
  const std::size_t name_end = t[i - 1].offset + t[i - 1].text.size();
  out.name = std::string(text.substr(0, name_end));
  if (i < t.size()) out.title = std::string(trim(text.substr(t[i].offset)));
  return out;
}

// "apulaiskaupunginjohtaja Timo Aronkytö" -> title and name; nullopt unless the text is lower-
// case title words followed by a name of at least two words.
std::optional<NameTitle> split_title_first(std::string_view text, const ProtocolRules& pr) {
  const auto t = tokens(text);
  if (t.size() < 3 || !starts_lower(t[0].text)) return std::nullopt;
  std::size_t i = 0;
  while (i < t.size() && !name_word(t[i].text)) ++i;
  // Particles just before the first name word belong to the name ("de la Cruz").
  while (i > 1 && particle(t[i - 1].text, pr)) --i;
  if (i == 0 || t.size() - i < 2 || !is_name(t, i, pr)) return std::nullopt;
  NameTitle out;
  out.title = std::string(trim(text.substr(0, t[i].offset)));
  out.name = std::string(text.substr(t[i].offset));
  return out;
}

// Two capitalised words in a row inside a title are a name: two attendees ran together.
bool title_has_name(std::string_view title) {
  const auto t = tokens(title);
  for (std::size_t k = 0; k + 1 < t.size(); ++k)
    if (name_word(t[k].text) && name_word(t[k + 1].text)) return true;
  return false;
}

struct Interval {
  std::string from, to;
  bool found = false;
};

// Takes a presence interval ("närvarande kl. 12.22–14.30", "(paikalla klo 9.09 lähtien)") out
// of `text`.
Interval take_interval(std::string& text, const ProtocolRules& pr, const Layout& layout,
                       LineSpan lines, Diagnostics& diags) {
  Interval iv;
  auto m = find_leftmost(pr, "present", text);
  if (!m) return iv;
  iv.found = true;
  const auto& named = m->rule->re->NamedCapturingGroups();
  auto group = [&](const char* name) -> std::string {
    auto it = named.find(name);
    if (it == named.end() || it->second < 1) return {};
    return m->groups[static_cast<std::size_t>(it->second - 1)];
  };
  for (auto [raw, field] : {std::pair{group("from"), &iv.from}, std::pair{group("to"), &iv.to}}) {
    if (raw.empty()) continue;
    if (auto t = normalise_time(raw)) {
      *field = *t;
    } else {
      diags.push_back(make_diag(layout, lines.first, Severity::warning, "protocol.bad-time",
                                "'" + raw + "' in a presence interval is not a time of day"));
    }
  }
  text = collapse_spaces(text.substr(0, m->begin) + " " + text.substr(m->end));
  while (!text.empty() && (text.back() == ',' || text.back() == ' ')) text.pop_back();
  return iv;
}

void set_interval(Attendee& a, const Interval& iv, const Layout& layout, Diagnostics& diags) {
  if (!iv.found) return;
  if (!a.present_from.empty() || !a.present_to.empty())
    diags.push_back(make_diag(layout, a.lines.first, Severity::warning,
                              "protocol.attendee-interval",
                              "a second presence interval for " + a.name + " was ignored"));
  else {
    a.present_from = iv.from;
    a.present_to = iv.to;
  }
}

bool organisation_like(std::string_view part, const ProtocolRules& pr) {
  return starts_upper(part) || find_first(pr, "organisation", part).has_value();
}

// A part after the name and title: a role, an organisation, or more of the title.
void add_part(Attendee& a, const std::string& part, bool& have_title, const ProtocolRules& pr,
              const Layout& layout, Diagnostics& diags) {
  if (part.empty()) return;
  if (auto role = find_first(pr, "role", part, /*whole=*/true)) {
    if (!a.role.empty())
      diags.push_back(
          make_diag(layout, a.lines.first, Severity::warning, "protocol.attendee-role",
                    a.name + " has two meeting roles; '" + part + "' was kept in the title"));
    else {
      a.role = role->rule->arg;
      return;
    }
  }
  if (!have_title) {
    a.title = part;
    have_title = true;
  } else if (organisation_like(part, pr)) {
    a.organisation += (a.organisation.empty() ? "" : ", ") + part;
  } else {
    a.title += ", " + part;
  }
}

Attendee new_attendee(const AttendeeGroup& g, LineSpan lines) {
  Attendee a;
  a.group = g.code;
  a.group_heading = g.heading;
  a.remote = g.remote;
  a.lines = lines;
  return a;
}

void check_and_add(Attendee a, const Layout& layout, std::vector<Attendee>& out,
                   Diagnostics& diags) {
  if (a.name.empty()) {
    diags.push_back(make_diag(layout, a.lines.first, Severity::warning, "protocol.attendee-no-name",
                              "no name found in the attendee line '" + a.text + "'"));
    return;
  }
  if (tokens(a.name).size() > 4)
    diags.push_back(make_diag(layout, a.lines.first, Severity::warning, "protocol.attendee-split",
                              "could not tell the name from the title in '" + a.text +
                                  "': the name would be '" + a.name + "'"));
  if (title_has_name(a.title))
    diags.push_back(make_diag(layout, a.lines.first, Severity::warning, "protocol.attendee-merged",
                              "the title '" + a.title +
                                  "' contains a name: two attendees may "
                                  "have run together"));
  if (a.title.empty())
    diags.push_back(make_diag(layout, a.lines.first, Severity::note, "protocol.attendee-no-title",
                              "no title for " + a.name));
  out.push_back(std::move(a));
}

// One attendee, name first: `name` and the comma-separated parts after it.
void read_name_first(std::string name, std::string title0, const std::vector<Piece>& rest,
                     std::string_view printed, LineSpan lines, const AttendeeGroup& g,
                     const ProtocolRules& pr, const Layout& layout, std::vector<Attendee>& out,
                     Diagnostics& diags) {
  Attendee a = new_attendee(g, lines);
  a.name = std::move(name);
  a.text = std::string(printed);
  bool have_title = false;
  std::vector<std::string> parts;
  if (!title0.empty()) parts.push_back(std::move(title0));
  for (const Piece& p : rest) parts.push_back(p.text);
  for (std::string& part : parts) {
    Interval iv = take_interval(part, pr, layout, lines, diags);
    set_interval(a, iv, layout, diags);
    add_part(a, part, have_title, pr, layout, diags);
  }
  check_and_add(std::move(a), layout, out, diags);
}

// Old protocols: attendees run together, title first, parts separated by commas.
void read_title_first_run(std::string_view text, LineSpan lines, const AttendeeGroup& g,
                          const ProtocolRules& pr, const Layout& layout, std::vector<Attendee>& out,
                          Diagnostics& diags) {
  // The attendee being read; `open` says whether there is one (a plain flag rather than an
  // optional, which GCC 12 misreads as maybe-uninitialized).
  Attendee cur;
  bool open = false;
  bool have_title = false;
  std::size_t begin = 0, end = 0;
  auto finish = [&] {
    if (!open) return;
    cur.text = std::string(text.substr(begin, end - begin));
    check_and_add(std::move(cur), layout, out, diags);
    cur = Attendee{};
    open = false;
  };
  for (const Piece& p : split_list(text)) {
    std::string part = p.text;
    Interval iv = take_interval(part, pr, layout, lines, diags);
    std::optional<NameTitle> nt;
    if (!find_first(pr, "role", part, true)) nt = split_title_first(part, pr);
    if (nt) {
      finish();
      cur = new_attendee(g, lines);
      open = true;
      cur.name = nt->name;
      cur.title = nt->title;
      have_title = true;
      begin = p.offset;
    } else if (open) {
      add_part(cur, part, have_title, pr, layout, diags);
    } else {
      diags.push_back(make_diag(layout, lines.first, Severity::warning, "protocol.attendee-unread",
                                "'" + p.text +
                                    "' is neither an attendee (title and name) nor "
                                    "a part of one"));
      continue;
    }
    end = p.offset + p.text.size();
    set_interval(cur, iv, layout, diags);
  }
  finish();
}

}  // namespace

bool attendee_like(const std::vector<Cell>& cells, std::string_view text, const ProtocolRules& pr) {
  text = trim(text);
  if (text.empty()) return false;
  if (cells.size() >= 2 && starts_upper(cells[0].text)) return true;
  const std::vector<Piece> parts = split_list(text);
  if (parts.empty()) return false;  // only separators: ", ;"
  if (starts_lower(text)) return split_title_first(parts.front().text, pr).has_value();
  // A sentence: a final full stop, or one before a capital ("kl. 12.22" is no sentence end).
  if (text.back() == '.') return false;
  for (std::size_t dot = text.find(". "); dot != std::string_view::npos;
       dot = text.find(". ", dot + 1))
    if (starts_upper(trim(text.substr(dot + 1)))) return false;
  const std::size_t words = tokens(split_name_first(parts.front().text, pr).name).size();
  return words >= 2 && words <= 5;
}

void read_attendees(const std::vector<Cell>& cells, std::string_view text, LineSpan lines,
                    const AttendeeGroup& group, const ProtocolRules& pr, const Layout& layout,
                    std::vector<Attendee>& out, Diagnostics& diags) {
  text = trim(text);
  if (text.empty()) return;
  if (cells.size() >= 2 && starts_upper(cells[0].text)) {
    // Columns: the name's cell may still hold the title's first words when the columns were
    // one space apart there.
    NameTitle nt = split_name_first(cells[0].text, pr);
    std::string rest_text;
    for (std::size_t k = 1; k < cells.size(); ++k)
      rest_text += (rest_text.empty() ? "" : ", ") + cells[k].text;
    std::vector<Piece> rest = split_list(rest_text);
    if (!nt.title.empty() && !rest.empty()) {
      rest.front().text = nt.title + " " + rest.front().text;
      nt.title.clear();
    }
    read_name_first(nt.name, nt.title, rest, text, lines, group, pr, layout, out, diags);
    return;
  }
  if (starts_lower(text)) {
    read_title_first_run(text, lines, group, pr, layout, out, diags);
    return;
  }
  std::vector<Piece> parts = split_list(text);
  if (parts.empty()) return;
  NameTitle nt = split_name_first(parts.front().text, pr);
  parts.erase(parts.begin());
  read_name_first(nt.name, nt.title, parts, text, lines, group, pr, layout, out, diags);
}

// ---- Signatures ------------------------------------------------------------------------------

namespace {

enum class RowKind { name, title, organisation };

const Attendee* attendee_named(std::string_view name, const std::vector<Attendee>& attendees) {
  for (const Attendee& a : attendees)
    if (a.name == name) return &a;
  return nullptr;
}

// The longest attendee name that `text` begins with, followed by a space or the end.
std::size_t attendee_prefix(std::string_view text, const std::vector<Attendee>& attendees) {
  std::size_t best = 0;
  for (const Attendee& a : attendees) {
    const std::string& n = a.name;
    if (n.size() > best && text.substr(0, n.size()) == n &&
        (text.size() == n.size() || text[n.size()] == ' '))
      best = n.size();
  }
  return best;
}

std::vector<std::string> row_cells(const Block& b) {
  std::vector<std::string> out;
  for (const Cell& c : b.cells) out.push_back(c.text);
  if (out.empty()) out.push_back(b.text);
  return out;
}

// One row of the block cut into `ncols` cells. A row whose columns were one space apart came as
// one cell: it is cut after the left signatory's known name or title, else before the one word
// that begins with a capital; anything else is reported.
std::vector<std::string> split_row(const Block& row, std::size_t ncols, RowKind kind,
                                   const std::string& left_hint,
                                   const std::vector<Attendee>& attendees, const Layout& layout,
                                   Diagnostics& diags) {
  std::vector<std::string> cells = row_cells(row);
  if (cells.size() > ncols) {
    diags.push_back(make_diag(layout, row.lines.first, Severity::warning,
                              "protocol.signature-split",
                              "a signature row has more cells than the block has columns; the "
                              "extra cells were joined to the last column"));
    for (std::size_t k = ncols; k < cells.size(); ++k) cells[ncols - 1] += " " + cells[k];
    cells.resize(ncols);
  }
  if (cells.size() >= ncols || ncols != 2) {
    cells.resize(ncols);
    return cells;
  }
  const std::string text = cells[0];
  auto cut = [&](std::size_t at) {
    return std::vector<std::string>{std::string(trim(text.substr(0, at))),
                                    std::string(trim(text.substr(at)))};
  };
  if (kind == RowKind::name) {
    if (std::size_t n = attendee_prefix(text, attendees); n > 0 && n < text.size()) return cut(n);
  } else if (!left_hint.empty()) {
    const std::string lower = to_lower(text), hint = to_lower(left_hint);
    if (lower.size() > hint.size() && lower.compare(0, hint.size(), hint) == 0 &&
        lower[hint.size()] == ' ')
      return cut(hint.size());
  }
  const auto t = tokens(text);
  std::vector<std::size_t> capitals;
  for (std::size_t k = 1; k < t.size(); ++k)
    if (starts_upper(t[k].text)) capitals.push_back(t[k].offset);
  if (kind == RowKind::name && t.size() >= 2 && t.size() % 2 == 0) {
    diags.push_back(make_diag(layout, row.lines.first, Severity::note, "protocol.signature-split",
                              "the names '" + text +
                                  "' were cut in the middle: neither is a "
                                  "known attendee"));
    return cut(t[t.size() / 2].offset);
  }
  if (capitals.size() == 1 && kind != RowKind::name) return cut(capitals.front());
  if (capitals.size() > 1 && kind != RowKind::name) {
    diags.push_back(
        make_diag(layout, row.lines.first, Severity::warning, "protocol.signature-split",
                  "the signature row '" + text +
                      "' has two columns one space apart "
                      "and several words that could begin the right one; cut before the "
                      "first"));
    return cut(capitals.front());
  }
  diags.push_back(make_diag(layout, row.lines.first, Severity::warning, "protocol.signature-split",
                            "could not cut the signature row '" + text +
                                "' into its columns; "
                                "it was kept in the left one"));
  return {text, std::string()};
}

}  // namespace

std::vector<ProtocolSignatory> read_signatures(const std::vector<const Block*>& rows,
                                               const std::vector<Attendee>& attendees,
                                               const Layout& layout, Diagnostics& diags) {
  // Rows come in threes (names, titles, organisations); a row that begins with an attendee's
  // name opens the next three even when a row is missing.
  std::vector<std::vector<const Block*>> groups;
  for (const Block* r : rows) {
    const bool names = attendee_prefix(row_cells(*r).front(), attendees) > 0;
    if (groups.empty() || groups.back().size() == 3 || (names && !groups.back().empty()))
      groups.emplace_back();
    groups.back().push_back(r);
  }
  std::vector<ProtocolSignatory> out;
  for (const auto& g : groups) {
    const LineSpan span{g.front()->lines.first, g.back()->lines.last};
    std::size_t ncols = 1;
    for (const Block* r : g) ncols = std::max(ncols, row_cells(*r).size());
    if (ncols == 1) {
      const std::string first = row_cells(*g.front()).front();
      const std::size_t n = attendee_prefix(first, attendees);
      if (n > 0 && n < first.size()) ncols = 2;
    }
    if (g.size() != 3)
      diags.push_back(
          make_diag(layout, span.first, Severity::warning, "protocol.signature-rows",
                    "a signature has " + std::to_string(g.size()) +
                        " rows where name, title and organisation were expected" +
                        (g.size() > 3 ? "; the rows after the third were ignored" : "")));
    const auto names = split_row(*g[0], ncols, RowKind::name, "", attendees, layout, diags);
    std::vector<std::string> titles(ncols), orgs(ncols);
    const Attendee* left = attendee_named(names[0], attendees);
    if (g.size() > 1)
      titles = split_row(*g[1], ncols, RowKind::title, left ? left->title : "", attendees, layout,
                         diags);
    if (g.size() > 2)
      orgs = split_row(*g[2], ncols, RowKind::organisation, left ? left->organisation : "",
                       attendees, layout, diags);
    for (std::size_t c = 0; c < ncols; ++c) {
      if (names[c].empty()) {
        if (!titles[c].empty() || !orgs[c].empty())
          diags.push_back(make_diag(layout, span.first, Severity::warning,
                                    "protocol.signature-no-name",
                                    "a signature column without a name was left out"));
        continue;
      }
      if (!attendee_named(names[c], attendees))
        diags.push_back(make_diag(layout, g[0]->lines.first, Severity::note,
                                  "protocol.signatory-not-attendee",
                                  "the signatory " + names[c] + " is not among the attendees"));
      out.push_back({names[c], titles[c], orgs[c], static_cast<int>(c), span});
    }
  }
  return out;
}

}  // namespace tolk::protocol
