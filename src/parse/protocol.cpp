// The negotiation protocol parser (Förhandlingar med … / Neuvottelut … kanssa).
//
// A protocol is read in three regions of the layout's blocks:
//   1. front matter, up to the first numbered agenda heading: title, time and place, the record
//      line of old protocols, and the attendees under their group headings;
//   2. the agenda: numbered items ("3.", "3.1", "5.1."), their paragraphs and decisions, and in
//      the decisions the recommendation lists with their follow-ups;
//   3. the signature block: the rows at the very end, after the closing item.
// The case number and protocol date come from the page header the layout stage took out (or an
// old protocol's record line). Every marker and word is in rules/<lang>/protocol.tsv (format
// there); the parser knows only the shape.
//
// Decisions: a decision begins at the decision marker ("Beslut:", "Päätös:"), also in the middle
// of a paragraph (PDF extraction joins paragraphs; old protocols run everything together), and
// goes on over the paragraphs after it while they continue it: after a paragraph ending in ':',
// a paragraph beginning in lower case, one that records a decision without the marker
// ("… antecknades för kännedom", rules: decision-phrase), and the recommendation lists with
// their follow-ups. Any other paragraph after a decision is body text, reported as a note.
//
// Recommendations: a list opens at its intro sentence (rules: list-intro, "new" or "earlier"),
// its numbered items follow, each optionally followed by its follow-up paragraph. A numbered
// line in a list is the next recommendation when its number continues the list; the next agenda
// item when it is a heading with the next item's number, begins with the closing item's heading,
// or has the next item's number but not the next recommendation's.
//
// Follow-up indicators: the sources "(Källa: SK/THL)" are taken out; a follow-up written in
// sentences gives one indicator a sentence (the commas inside a sentence belong to it:
// "Indikatorer för tjänsterna för barn och unga, tillgången till tjänster … i ledningens
// strategiska lägesbild."); a follow-up that is a single phrase is a list and gives one
// indicator per comma-separated entry ("uppföljning av förändringsprogrammet,
// kostnadsutvecklingen"), except at the comma of a suspended compound ("sosiaali-, terveys-").
//
// Diagnostic codes (all `protocol.…`): no-rules, empty, no-title, no-time, no-meeting-date,
// bad-time, no-place, no-case-number, malformed-case-number, header-mismatch, no-protocol-date,
// bad-date, date-order, no-attendees, unknown-group, attendee-without-group, attendee-no-name,
// attendee-no-title, attendee-split, attendee-merged, attendee-role, attendee-interval,
// attendee-unread, unexpected-block, no-agenda, item-numbering, item-label-style, empty-heading,
// numbered-paragraph, text-after-decision, list-without-intro, recommendation-numbering,
// empty-recommendation, empty-list, no-issuer, follow-up-without-recommendation,
// follow-up-repeated, no-closing-time, closing-time-mismatch, no-signatures, signature-rows,
// signature-split, signature-no-name, signatory-not-attendee.
#include <re2/re2.h>

#include <algorithm>
#include <charconv>

#include "core/unicode.h"
#include "parse/dates.h"
#include "parse/parse.h"
#include "parse/protocol_internal.h"

namespace tolk {

namespace {

using protocol::find_first;
using protocol::find_leftmost;
using protocol::Match;
using protocol::ProtocolRules;

constexpr std::size_t kMaxUnexpected = 10;  // then one summary: a wrong kind of document

bool starts_lower(std::string_view s) {
  return is_lower(first_char(s));
}
bool starts_upper(std::string_view s) {
  return is_upper(first_char(s));
}

std::string trimmed(std::string_view s) {
  return std::string(trim(s));
}

std::string clip(std::string_view s, std::size_t n = 60) {
  if (s.size() <= n) return std::string(s);
  std::size_t cut = n;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "…";
}

std::size_t word_count(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (s[i] != ' ' && (i == 0 || s[i - 1] == ' ')) ++n;
  return n;
}

// A year or number captured by a rules pattern; 0 when it is none (a user's pattern may capture
// anything, and the parser never throws).
int to_int(std::string_view s) {
  int v = 0;
  auto [end, err] = std::from_chars(s.data(), s.data() + s.size(), v);
  return err == std::errc() && end == s.data() + s.size() ? v : 0;
}

// "3.1" -> {3, 1}, "5.1." -> {5, 1}, "1." -> {1}; nullopt for "1)", "-", "".
std::optional<std::vector<int>> item_path(std::string_view label) {
  static const RE2 kLabel(R"((\d{1,2})(?:\.(\d{1,2}))?(?:\.(\d{1,2}))?\.?)");
  std::string a, b, c;
  if (!RE2::FullMatch(label, kLabel, &a, &b, &c)) return std::nullopt;
  std::vector<int> path{to_int(a)};
  if (!b.empty()) path.push_back(to_int(b));
  if (!c.empty()) path.push_back(to_int(c));
  return path;
}

std::string after_label(const Block& b) {
  if (!b.label.empty() && b.text.rfind(b.label, 0) == 0)
    return trimmed(std::string_view(b.text).substr(b.label.size()));
  return b.text;
}

// Sentences of running text: a full stop, then a space and a capital, ends one unless the word
// before it is a known abbreviation ("t.ex.").
std::vector<std::string> sentences(std::string_view s, const WordSet& abbreviations) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i + 2 < s.size(); ++i) {
    if (s[i] != '.' || s[i + 1] != ' ') continue;
    std::size_t j = i + 1;
    while (j < s.size() && s[j] == ' ') ++j;
    if (j >= s.size() || !(starts_upper(s.substr(j)) || s[j] == '(')) continue;
    std::size_t w = s.rfind(' ', i);
    w = w == std::string_view::npos ? start : w + 1;
    if (abbreviations.count(to_lower(s.substr(w, i + 1 - w)))) continue;
    out.push_back(trimmed(s.substr(start, i + 1 - start)));
    start = j;
  }
  if (start < s.size() && !trim(s.substr(start)).empty()) out.push_back(trimmed(s.substr(start)));
  return out;
}

std::string strip_final(std::string s) {
  while (!s.empty() && (s.back() == '.' || s.back() == ',' || s.back() == ';' || s.back() == ' '))
    s.pop_back();
  return s;
}

class ProtocolParser {
 public:
  ProtocolParser(const Layout& layout, const Rules& rules, const ProtocolRules& pr,
                 Diagnostics& diags)
      : layout_(layout), blocks_(layout.blocks), rules_(rules), pr_(pr), diags_(diags) {}

  Protocol run();

 private:
  void diag(std::size_t line, Severity s, std::string code, std::string message) {
    diags_.push_back(protocol::make_diag(layout_, line, s, std::move(code), std::move(message)));
  }
  std::size_t first_line() const { return blocks_.empty() ? 1 : blocks_.front().lines.first; }
  std::size_t last_line() const { return blocks_.empty() ? 1 : blocks_.back().lines.last; }
  void unexpected(const Block& b, const std::string& where);

  // Front matter.
  void read_header_fields();
  void read_front(std::size_t end);
  bool read_time_place(const std::string& text, const Block& b);
  void set_title(const std::string& text, const Match& m, LineSpan lines);
  void check_header();

  // Agenda.
  std::size_t find_agenda_start() const;
  std::size_t find_signature_start(std::size_t agenda_start) const;
  void read_agenda(std::size_t begin, std::size_t end);
  bool plausible_next(const std::vector<int>& path) const;
  std::size_t run_in_cut(const std::string& text) const;
  void start_item(const Block& b, const std::vector<int>& path, bool run_in);
  void handle_text(const std::string& text, LineSpan lines, bool heading);
  void handle_plain(const std::string& text, LineSpan lines, bool heading);
  void handle_decision(const std::string& text, std::size_t marker_end, LineSpan lines);
  void open_list(const std::string& intro, const Match& m, LineSpan lines);
  void add_recommendation(const Block& b, int number);
  void attach_follow_up(const std::string& text, const Match& m, LineSpan lines);
  void add_para(const std::string& text, LineSpan lines, bool heading, bool decision);
  AgendaItem* item() { return p_.agenda.empty() ? nullptr : &p_.agenda.back(); }
  RecommendationList* list() {
    return list_ < 0 ? nullptr : &p_.recommendations[static_cast<std::size_t>(list_)];
  }
  void check_agenda();

  // Closing.
  void read_closing(std::size_t from, std::size_t to);

  const Layout& layout_;
  const std::vector<Block>& blocks_;
  const Rules& rules_;
  const ProtocolRules& pr_;
  Diagnostics& diags_;
  Protocol p_;
  std::size_t unexpected_ = 0;

  // Agenda state.
  int top_ = 0, sub_ = 0, subsub_ = 0;
  bool in_decision_ = false;
  int list_ = -1;
  int expected_rec_ = 1;
};

void ProtocolParser::unexpected(const Block& b, const std::string& where) {
  ++unexpected_;
  if (unexpected_ <= kMaxUnexpected)
    diag(b.lines.first, Severity::warning, "protocol.unexpected-block",
         "unexpected text " + where + ": '" + clip(b.text) + "'");
}

// ---- Front matter --------------------------------------------------------------------------

void ProtocolParser::read_header_fields() {
  for (const HeaderField& h : layout_.header_fields) {
    if (h.field == "case_number") {
      if (p_.case_number.empty()) {
        p_.case_number = h.value;
        p_.case_number_line = h.line;
      } else if (h.value != p_.case_number) {
        diag(h.line, Severity::warning, "protocol.header-mismatch",
             "the page header gives the case number '" + h.value + "', an earlier one '" +
                 p_.case_number + "' (line " + std::to_string(p_.case_number_line) + ")");
      }
    } else if (h.field == "date") {
      auto d = first_date(h.value, rules_);
      if (!d) {
        diag(h.line, Severity::warning, "protocol.bad-date",
             "the page header's date '" + h.value + "' is not a date");
      } else if (!p_.protocol_date) {
        p_.protocol_date = d;
      } else if (!(*d == *p_.protocol_date)) {
        diag(h.line, Severity::warning, "protocol.header-mismatch",
             "the page header gives the date " + d->iso() + ", an earlier one " +
                 p_.protocol_date->iso());
      }
    }
  }
}

void ProtocolParser::set_title(const std::string& text, const Match& m, LineSpan lines) {
  p_.title = text;
  p_.title_lines = lines;
  std::string county = trimmed(m.groups.empty() ? std::string() : m.groups[0]);
  for (const auto& rule : pr_.of("county")) {
    if (RE2::FullMatch(county, *rule.re)) {
      RE2::Replace(&county, *rule.re, rule.arg);
      break;
    }
  }
  p_.county = trimmed(county);
  if (p_.county.empty())
    diag(lines.first, Severity::warning, "protocol.no-county", "the title names no county");
}

// "Tid: onsdag 27.11.2024 kl. 12.00–15.00", "Plats: …", or an old protocol's one line
// "… hyvinvointialueneuvottelu Paikka: Skype Aika: 3.12.2020 klo 9-12". False when `text` has
// no marker.
bool ProtocolParser::read_time_place(const std::string& text, const Block& b) {
  struct Marker {
    Match m;
    bool time;
  };
  std::vector<Marker> markers;
  for (const char* field : {"time", "place"}) {
    std::size_t from = 0;
    while (auto m = find_leftmost(pr_, field, text, from)) {
      from = std::max(m->end, m->begin + 1);
      markers.push_back({*m, field[0] == 't'});
    }
  }
  if (markers.empty()) return false;
  std::sort(markers.begin(), markers.end(),
            [](const Marker& x, const Marker& y) { return x.m.begin < y.m.begin; });
  const std::string before = trimmed(std::string_view(text).substr(0, markers.front().m.begin));
  if (!before.empty()) {
    auto t = find_first(pr_, "title", before);
    if (t && p_.title.empty())
      set_title(before, *t, b.lines);
    else
      unexpected(b, "before the time and place");
  }
  for (std::size_t k = 0; k < markers.size(); ++k) {
    const std::size_t end = k + 1 < markers.size() ? markers[k + 1].m.begin : text.size();
    const std::size_t from = std::min(markers[k].m.end, end);
    const std::string value = trimmed(std::string_view(text).substr(from, end - from));
    if (markers[k].time) {
      if (!p_.time_text.empty()) {
        diag(b.lines.first, Severity::warning, "protocol.unexpected-block",
             "a second meeting time '" + value + "' was ignored");
        continue;
      }
      p_.time_text = value;
      p_.time_lines = b.lines;
      p_.meeting_date = first_date(value, rules_);
      if (!p_.meeting_date)
        diag(b.lines.first, Severity::warning, "protocol.no-meeting-date",
             "the meeting time '" + value + "' gives no date");
      if (auto r = find_first(pr_, "time-range", value)) {
        auto from_t = protocol::normalise_time(r->groups[0]);
        auto to_t = protocol::normalise_time(r->groups[1]);
        if (from_t && to_t) {
          p_.start_time = *from_t;
          p_.end_time = *to_t;
        } else {
          diag(b.lines.first, Severity::warning, "protocol.bad-time",
               "'" + r->groups[0] + "–" + r->groups[1] + "' is not a range of times of day");
        }
      } else {
        diag(b.lines.first, Severity::warning, "protocol.bad-time",
             "the meeting time '" + value + "' gives no start and end time");
      }
    } else {
      if (!p_.place.empty()) {
        diag(b.lines.first, Severity::warning, "protocol.unexpected-block",
             "a second meeting place '" + value + "' was ignored");
        continue;
      }
      p_.place = value;
      p_.place_lines = b.lines;
      p_.remote_link = find_first(pr_, "remote-link", value).has_value();
      if (value.empty())
        diag(b.lines.first, Severity::warning, "protocol.no-place", "the place is empty");
    }
  }
  return true;
}

void ProtocolParser::read_front(std::size_t end) {
  protocol::AttendeeGroup group;
  bool have_group = false;
  for (std::size_t i = 0; i < end; ++i) {
    const Block& b = blocks_[i];
    std::string text = b.text;
    bool whole_block = true;
    if (auto m = find_first(pr_, "record", text)) {
      if (p_.case_number.empty()) {
        p_.case_number = m->groups[0];
        p_.case_number_line = b.lines.first;
      } else if (m->groups[0] != p_.case_number) {
        diag(b.lines.first, Severity::warning, "protocol.header-mismatch",
             "the record line gives the case number '" + m->groups[0] + "', the page header '" +
                 p_.case_number + "'");
      }
      auto d = first_date(m->groups[1], rules_);
      if (d && !p_.protocol_date)
        p_.protocol_date = d;
      else if (!d)
        diag(b.lines.first, Severity::warning, "protocol.bad-date",
             "'" + m->groups[1] + "' in the record line is not a date");
      text = trimmed(std::string_view(text).substr(m->end));
      whole_block = false;
      if (text.empty()) continue;
    }
    if (read_time_place(text, b)) continue;
    if (p_.title.empty()) {
      if (auto t = find_first(pr_, "title", text)) {
        set_title(text, *t, b.lines);
        continue;
      }
    }
    // Group headings, also at the start or in the middle of a paragraph of attendees.
    std::vector<Match> heads;
    for (std::size_t from = 0; auto m = find_leftmost(pr_, "group", text, from);) {
      from = m->end;
      heads.push_back(*m);
    }
    auto attendees = [&](std::string_view part, bool cells) {
      if (trim(part).empty()) return;
      static const std::vector<Cell> kNoCells;
      if (!protocol::attendee_like(cells ? b.cells : kNoCells, part, pr_)) {
        unexpected(b, have_group ? "among the attendees" : "before the attendees");
        return;
      }
      if (!have_group) {
        diag(b.lines.first, Severity::warning, "protocol.attendee-without-group",
             "attendees before any group heading: '" + clip(trim(part)) + "'");
        group = {};
        have_group = true;
      }
      protocol::read_attendees(cells ? b.cells : kNoCells, part, b.lines, group, pr_, layout_,
                               p_.attendees, diags_);
    };
    auto set_group = [&](const std::string& heading, const std::string& code) {
      group.code = code;
      group.heading = heading;
      auto presence = find_first(pr_, "presence", heading);
      group.remote = presence && presence->rule->arg == "remote";
      have_group = true;
    };
    if (!heads.empty()) {
      attendees(std::string_view(text).substr(0, heads.front().begin), false);
      for (std::size_t k = 0; k < heads.size(); ++k) {
        const Match& h = heads[k];
        set_group(trimmed(std::string_view(text).substr(h.begin, h.end - h.begin)), h.rule->arg);
        const std::size_t stop = k + 1 < heads.size() ? heads[k + 1].begin : text.size();
        attendees(std::string_view(text).substr(h.end, stop - h.end), false);
      }
      continue;
    }
    // A heading the rules do not know is still a group heading when attendees follow it.
    if (!text.empty() && text.back() == ':' && b.cells.empty() &&
        word_count(text) <= rules_.layout.heading_max_words && i + 1 < end &&
        protocol::attendee_like(blocks_[i + 1].cells, blocks_[i + 1].text, pr_)) {
      set_group(text, "");
      diag(b.lines.first, Severity::warning, "protocol.unknown-group",
           "'" + text + "' looks like a group heading but is not one the rules know");
      continue;
    }
    if (have_group) {
      attendees(text, whole_block);
      continue;
    }
    unexpected(b, "before the attendees");
  }
}

void ProtocolParser::check_header() {
  const std::size_t line = first_line();
  if (p_.title.empty())
    diag(line, Severity::warning, "protocol.no-title",
         "no title such as 'Förhandlingar med …' / 'Neuvottelut … kanssa'");
  if (p_.time_text.empty())
    diag(line, Severity::warning, "protocol.no-time", "no meeting time ('Tid:' / 'Aika:')");
  if (p_.place_lines.first == 0)
    diag(line, Severity::warning, "protocol.no-place", "no meeting place ('Plats:' / 'Paikka:')");
  if (p_.case_number.empty()) {
    diag(line, Severity::warning, "protocol.no-case-number",
         "no case number (page header 'Ärendenummer:' / 'Asianumero:', or a record line)");
  } else if (!find_first(pr_, "case-number", p_.case_number, /*whole=*/true)) {
    diag(p_.case_number_line, Severity::warning, "protocol.malformed-case-number",
         "the case number '" + p_.case_number +
             "' is not well formed (such as VN/29738/2024); it is kept as printed");
  }
  if (!p_.protocol_date)
    diag(line, Severity::warning, "protocol.no-protocol-date",
         "no protocol date (page header 'Datum:' / 'Päivämäärä:', or a record line)");
  if (p_.protocol_date && p_.meeting_date && p_.protocol_date->iso() < p_.meeting_date->iso())
    diag(p_.time_lines.first, Severity::warning, "protocol.date-order",
         "the protocol is dated " + p_.protocol_date->iso() + ", before the meeting (" +
             p_.meeting_date->iso() + ")");
  if (p_.attendees.empty())
    diag(line, Severity::warning, "protocol.no-attendees", "no attendees under group headings");
}

// ---- Agenda --------------------------------------------------------------------------------

std::size_t ProtocolParser::find_agenda_start() const {
  for (std::size_t i = 0; i < blocks_.size(); ++i) {
    const Block& b = blocks_[i];
    if ((b.kind == BlockKind::heading || b.kind == BlockKind::list_item) && item_path(b.label))
      return i;
  }
  return blocks_.size();
}

// The signature block: the rows after the closing item (after the first agenda item when
// there is no closing item), from the end back to the last block that is text.
std::size_t ProtocolParser::find_signature_start(std::size_t agenda_start) const {
  std::size_t from = agenda_start;
  for (std::size_t i = agenda_start; i < blocks_.size(); ++i)
    if (item_path(blocks_[i].label) && find_first(pr_, "closing-item", after_label(blocks_[i])))
      from = i;
  auto row_like = [&](const Block& b) {
    if (b.kind == BlockKind::table_row) return true;
    if (!b.label.empty() || b.kind == BlockKind::list_item) return false;
    const char last = b.text.empty() ? '.' : b.text.back();
    return last != '.' && last != ':' && word_count(b.text) <= 8;
  };
  std::size_t start = blocks_.size();
  bool any_row = false;
  for (std::size_t i = blocks_.size(); i > from + 1; --i) {
    if (!row_like(blocks_[i - 1])) break;
    start = i - 1;
    any_row = any_row || blocks_[i - 1].kind == BlockKind::table_row;
  }
  return any_row ? start : blocks_.size();
}

bool ProtocolParser::plausible_next(const std::vector<int>& path) const {
  if (path.size() == 1) return path[0] == top_ + 1;
  if (path.size() == 2) return path[0] == top_ && path[1] == sub_ + 1;
  return path[0] == top_ && path[1] == sub_ && path[2] == subsub_ + 1;
}

void ProtocolParser::add_para(const std::string& text, LineSpan lines, bool heading,
                              bool decision) {
  AgendaItem* it = item();
  if (!it || text.empty()) return;
  Para para{text, lines, heading};
  if (decision) {
    if (it->decision.empty()) it->decision_lines = lines;
    it->decision_lines.last = std::max(it->decision_lines.last, lines.last);
    it->decision.push_back(std::move(para));
  } else {
    it->body.push_back(std::move(para));
  }
  it->lines.last = std::max(it->lines.last, lines.last);
}

// An old protocol's item runs its heading into its text ("1. Tilaisuuden avaus Puheenjohtaja
// avasi …"): the heading ends where the closing item's known heading ends, else before the first
// capitalised word of the text's first sentence. Only a text with a sentence (or a decision) is
// cut; npos when there is nothing to cut.
std::size_t ProtocolParser::run_in_cut(const std::string& text) const {
  if (auto m = find_first(pr_, "closing-item", text); m && m->begin == 0) return m->end;
  const auto decision = find_leftmost(pr_, "decision", text);
  const bool sentence =
      !text.empty() && (text.back() == '.' || text.find(". ") != std::string::npos || decision);
  if (!sentence) return std::string::npos;
  std::size_t stop = std::min(text.find(". "), text.size());
  if (decision) stop = std::min(stop, decision->begin);
  for (std::size_t space = text.find(' '); space != std::string::npos && space < stop;
       space = text.find(' ', space + 1))
    if (starts_upper(std::string_view(text).substr(space + 1))) return space + 1;
  return std::string::npos;
}

void ProtocolParser::start_item(const Block& b, const std::vector<int>& path, bool run_in) {
  if (!plausible_next(path)) {
    std::string expected = std::to_string(top_ + 1) + ".";
    if (top_ > 0) expected += " or " + std::to_string(top_) + "." + std::to_string(sub_ + 1);
    diag(b.lines.first, Severity::warning, "protocol.item-numbering",
         "agenda item " + b.label + " where " + expected + " was expected");
  }
  top_ = path[0];
  sub_ = path.size() > 1 ? path[1] : 0;
  subsub_ = path.size() > 2 ? path[2] : 0;
  in_decision_ = false;
  list_ = -1;

  AgendaItem it;
  it.num = b.label;
  it.path = path;
  it.heading_lines = b.lines;
  it.lines = b.lines;
  std::string heading = after_label(b), body;
  if (run_in) {
    const std::size_t cut = run_in_cut(heading);
    if (cut != std::string::npos && cut < heading.size()) {
      body = trimmed(std::string_view(heading).substr(cut));
      heading = trimmed(std::string_view(heading).substr(0, cut));
    }
  }
  it.heading = heading;
  it.closing = !heading.empty() && find_first(pr_, "closing-item", heading).has_value();
  if (heading.empty())
    diag(b.lines.first, Severity::warning, "protocol.empty-heading",
         "agenda item " + b.label + " has no heading");
  p_.agenda.push_back(std::move(it));
  if (!body.empty()) handle_text(body, b.lines, false);
}

void ProtocolParser::handle_text(const std::string& text, LineSpan lines, bool heading) {
  auto m = find_leftmost(pr_, "decision", text);
  if (!m) {
    handle_plain(text, lines, heading);
    return;
  }
  if (m->begin > 0)
    handle_plain(trimmed(std::string_view(text).substr(0, m->begin)), lines, heading);
  // The marker's match may begin with the space before it.
  std::size_t begin = m->begin;
  while (begin < m->end && text[begin] == ' ') ++begin;
  handle_decision(trimmed(std::string_view(text).substr(begin)), m->end - begin, lines);
}

void ProtocolParser::handle_decision(const std::string& text, std::size_t marker_end,
                                     LineSpan lines) {
  in_decision_ = true;
  add_para(text, lines, false, true);
  const std::string rest =
      trimmed(std::string_view(text).substr(std::min(marker_end, text.size())));
  if (auto intro = find_first(pr_, "list-intro", rest)) open_list(rest, *intro, lines);
}

void ProtocolParser::handle_plain(const std::string& text, LineSpan lines, bool heading) {
  if (text.empty()) return;
  if (auto f = find_first(pr_, "follow-up", text); f && f->begin == 0) {
    // A follow-up run together with the next list's intro (the paragraph break between them
    // lost): the follow-up ends where the sentence with the intro begins.
    std::string follow = text, intro_text;
    if (auto intro = find_first(pr_, "list-intro", text); intro && intro->begin > f->end) {
      const std::size_t stop = text.rfind(". ", intro->begin);
      const std::size_t cut = stop == std::string::npos || stop < f->end ? intro->begin : stop + 2;
      follow = trimmed(std::string_view(text).substr(0, cut));
      intro_text = trimmed(std::string_view(text).substr(cut));
    }
    attach_follow_up(follow, *f, lines);
    add_para(text, lines, false, in_decision_);
    if (!intro_text.empty())
      if (auto m = find_first(pr_, "list-intro", intro_text)) open_list(intro_text, *m, lines);
    return;
  }
  if (auto intro = find_first(pr_, "list-intro", text)) {
    open_list(text, *intro, lines);
    add_para(text, lines, false, in_decision_);
    return;
  }
  RecommendationList* l = list();
  if (l && !l->items.empty() && !l->items.back().follow_up && starts_lower(text)) {
    // A recommendation's text cut off from it by a page break.
    Recommendation& r = l->items.back();
    r.text += " " + text;
    r.lines.last = std::max(r.lines.last, lines.last);
    l->lines.last = std::max(l->lines.last, lines.last);
    add_para(text, lines, false, in_decision_);
    return;
  }
  if (in_decision_) {
    const AgendaItem* it = item();
    const bool after_colon = it && !it->decision.empty() && !it->decision.back().text.empty() &&
                             it->decision.back().text.back() == ':';
    if (after_colon || starts_lower(text) || find_first(pr_, "decision-phrase", text)) {
      add_para(text, lines, heading, true);
      return;
    }
    in_decision_ = false;
    diag(lines.first, Severity::note, "protocol.text-after-decision",
         "text after the decision of item " + (it ? it->num : std::string("?")) +
             " was taken as the item's text: '" + clip(text) + "'");
  }
  add_para(text, lines, heading, false);
}

void ProtocolParser::open_list(const std::string& intro_text, const Match& m, LineSpan lines) {
  RecommendationList l;
  l.list = m.rule->arg;
  l.intro = intro_text;
  l.lines = lines;
  if (auto issuer = find_first(pr_, "issuer", intro_text)) {
    l.issuer = issuer->rule->arg;
  } else if (const AgendaItem* it = item(); it) {
    if (auto by_heading = find_first(pr_, "issuer", it->heading)) l.issuer = by_heading->rule->arg;
  }
  if (l.issuer.empty())
    diag(lines.first, Severity::warning, "protocol.no-issuer",
         "the recommendation list '" + clip(intro_text) + "' names no issuer the rules know");
  if (auto y = find_first(pr_, "given-year", intro_text)) l.given_year = to_int(y->groups[0]);
  if (auto v = find_first(pr_, "validity", intro_text)) {
    l.valid_from = to_int(v->groups[0]);
    l.valid_to = to_int(v->groups[1]);
    if (l.valid_to < l.valid_from)
      diag(lines.first, Severity::warning, "protocol.bad-date",
           "the validity " + v->groups[0] + "–" + v->groups[1] + " ends before it begins");
  }
  p_.recommendations.push_back(std::move(l));
  list_ = static_cast<int>(p_.recommendations.size()) - 1;
  expected_rec_ = 1;
}

void ProtocolParser::add_recommendation(const Block& b, int number) {
  if (!list()) {
    diag(b.lines.first, Severity::warning, "protocol.list-without-intro",
         "recommendation " + b.label + " begins a list without an intro sentence");
    RecommendationList l;
    l.lines = b.lines;
    p_.recommendations.push_back(std::move(l));
    list_ = static_cast<int>(p_.recommendations.size()) - 1;
  } else if (number != expected_rec_) {
    diag(
        b.lines.first, Severity::warning, "protocol.recommendation-numbering",
        "recommendation " + b.label + " where " + std::to_string(expected_rec_) + ". was expected");
  }
  expected_rec_ = number + 1;
  add_para(b.text, b.lines, false, in_decision_);
  std::string text = after_label(b);
  std::optional<Match> follow = find_leftmost(pr_, "follow-up", text);
  std::string follow_text;
  if (follow) {
    // An old protocol runs the follow-up into the recommendation.
    follow_text = trimmed(std::string_view(text).substr(follow->begin));
    text = trimmed(std::string_view(text).substr(0, follow->begin));
  }
  if (text.empty()) {
    diag(b.lines.first, Severity::warning, "protocol.empty-recommendation",
         "recommendation " + b.label + " has no text");
    return;
  }
  RecommendationList& l = *list();
  Recommendation r;
  r.num = b.label;
  r.number = number;
  r.text = text;
  r.lines = b.lines;
  l.items.push_back(std::move(r));
  l.lines.last = std::max(l.lines.last, b.lines.last);
  if (follow) {
    auto again = find_first(pr_, "follow-up", follow_text);
    if (again) attach_follow_up(follow_text, *again, b.lines);
  }
}

void ProtocolParser::attach_follow_up(const std::string& text, const Match& m, LineSpan lines) {
  RecommendationList* l = list();
  if (!l || l->items.empty()) {
    diag(lines.first, Severity::warning, "protocol.follow-up-without-recommendation",
         "a follow-up with no recommendation before it: '" + clip(text) + "'");
    return;
  }
  Recommendation& r = l->items.back();
  FollowUp f;
  f.text = text;
  f.lines = lines;
  protocol::split_follow_up(std::string_view(text).substr(std::min(m.end, text.size())), pr_,
                            rules_, f);
  if (f.indicators.empty())
    diag(lines.first, Severity::warning, "protocol.follow-up-empty",
         "the follow-up of recommendation " + r.num + " names no indicator");
  if (r.follow_up) {
    diag(
        lines.first, Severity::note, "protocol.follow-up-repeated",
        "recommendation " + r.num + " has a second follow-up paragraph; it was added to the first");
    r.follow_up->text += " " + f.text;
    for (auto& x : f.indicators) r.follow_up->indicators.push_back(std::move(x));
    for (auto& x : f.sources) r.follow_up->sources.push_back(std::move(x));
    r.follow_up->lines.last = std::max(r.follow_up->lines.last, lines.last);
  } else {
    r.follow_up = std::move(f);
  }
  r.lines.last = std::max(r.lines.last, lines.last);
  l->lines.last = std::max(l->lines.last, lines.last);
}

void ProtocolParser::read_agenda(std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i) {
    const Block& b = blocks_[i];
    const bool numbered = b.kind == BlockKind::heading || b.kind == BlockKind::list_item;
    std::optional<std::vector<int>> path = numbered ? item_path(b.label) : std::nullopt;
    if (path) {
      const bool closing = find_first(pr_, "closing-item", after_label(b)).has_value();
      const bool heading = b.kind == BlockKind::heading;
      const int n = path->front();
      const bool single = path->size() == 1;
      if (list()) {
        if (closing)
          start_item(b, *path, !heading);
        else if (single && n == expected_rec_ && !(heading && plausible_next(*path)))
          add_recommendation(b, n);
        else if (plausible_next(*path) &&
                 (heading || run_in_cut(after_label(b)) != std::string::npos))
          start_item(b, *path, !heading);
        else if (single && n == 1) {
          list_ = -1;
          add_recommendation(b, n);
        } else if (heading)
          start_item(b, *path, false);
        else
          add_recommendation(b, n);
        continue;
      }
      if (heading || closing || plausible_next(*path)) {
        start_item(b, *path, !heading);
        continue;
      }
      diag(b.lines.first, Severity::note, "protocol.numbered-paragraph",
           "the numbered line " + b.label +
               " is neither the next agenda item nor a "
               "recommendation; it was kept as text");
    }
    if (!item()) {
      unexpected(b, "before the first agenda item");
      continue;
    }
    handle_text(b.text, b.lines, b.kind == BlockKind::heading);
  }
}

void ProtocolParser::check_agenda() {
  if (p_.agenda.empty()) {
    diag(first_line(), Severity::error, "protocol.no-agenda",
         "no numbered agenda items ('1. Mötet öppnas' / '1. Kokouksen avaus')");
    return;
  }
  // Sub-items of one depth should write their numbers alike ("5.1" and "5.2", not "5.1.").
  std::map<std::size_t, std::pair<std::size_t, std::size_t>> style;  // depth -> (dotted, bare)
  for (const auto& it : p_.agenda) {
    if (it.path.size() < 2) continue;
    auto& s = style[it.path.size()];
    (it.num.back() == '.' ? s.first : s.second)++;
  }
  for (const auto& it : p_.agenda) {
    if (it.path.size() < 2) continue;
    const auto& s = style[it.path.size()];
    const bool dotted = it.num.back() == '.';
    if ((dotted && s.first < s.second) || (!dotted && s.second < s.first))
      diag(it.heading_lines.first, Severity::note, "protocol.item-label-style",
           "item number '" + it.num + "' " + (dotted ? "ends" : "does not end") +
               " in a period, unlike the other items of its level");
  }
  for (const auto& l : p_.recommendations)
    if (l.items.empty())
      diag(l.lines.first, Severity::warning, "protocol.empty-list",
           "the recommendation list '" + clip(l.intro) + "' has no recommendations");
}

// ---- Closing -------------------------------------------------------------------------------

void ProtocolParser::read_closing(std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to; ++i) {
    const Block& b = blocks_[i];
    auto m = find_first(pr_, "closing", b.text);
    if (!m) continue;
    if (auto t = protocol::normalise_time(m->groups[0])) {
      p_.closing_time = *t;
      p_.closing_lines = b.lines;
    } else {
      diag(b.lines.first, Severity::warning, "protocol.bad-time",
           "the closing time '" + m->groups[0] + "' is not a time of day");
    }
    break;
  }
  if (p_.closing_time.empty()) {
    diag(to > from ? blocks_[to - 1].lines.last : last_line(), Severity::warning,
         "protocol.no-closing-time",
         "no closing time ('avslutade mötet kl. …' / 'päätti kokouksen klo …')");
  } else if (!p_.end_time.empty() && p_.closing_time != p_.end_time) {
    diag(p_.closing_lines.first, Severity::note, "protocol.closing-time-mismatch",
         "the meeting closed at " + p_.closing_time + " but the time line says it ended at " +
             p_.end_time);
  }
}

Protocol ProtocolParser::run() {
  if (blocks_.empty())
    diag(1, Severity::error, "protocol.empty", "the document has no text to read a protocol from");
  read_header_fields();
  const std::size_t agenda = find_agenda_start();
  const std::size_t signature = find_signature_start(agenda);
  read_front(std::min(agenda, signature));
  check_header();
  read_agenda(agenda, signature);
  check_agenda();
  read_closing(agenda, signature);
  std::vector<const Block*> rows;
  for (std::size_t i = signature; i < blocks_.size(); ++i) rows.push_back(&blocks_[i]);
  if (rows.empty())
    diag(last_line(), Severity::warning, "protocol.no-signatures",
         "no signature block after the closing item");
  else
    p_.signatories = protocol::read_signatures(rows, p_.attendees, layout_, diags_);
  if (unexpected_ > kMaxUnexpected)
    diag(first_line(), Severity::warning, "protocol.unexpected-block",
         std::to_string(unexpected_ - kMaxUnexpected) +
             " more unexpected blocks were not listed: is this a protocol?");
  return std::move(p_);
}

}  // namespace

namespace protocol {

void split_follow_up(std::string_view body, const ProtocolRules& pr, const Rules& rules,
                     FollowUp& out) {
  std::string s(trim(body));
  while (auto m = find_leftmost(pr, "source", s)) {
    std::string list = m->groups[0];
    for (const auto& sep : pr.of("source-separator")) RE2::GlobalReplace(&list, *sep.re, "\x1f");
    std::size_t start = 0;
    while (start <= list.size()) {
      std::size_t end = list.find('\x1f', start);
      if (end == std::string::npos) end = list.size();
      std::string src = strip_final(trimmed(std::string_view(list).substr(start, end - start)));
      if (!src.empty()) out.sources.push_back(std::move(src));
      start = end + 1;
    }
    s = collapse_spaces(s.substr(0, m->begin) + " " + s.substr(m->end));
  }
  s = strip_final(trimmed(s));
  if (s.empty()) return;
  std::vector<std::string> parts = sentences(s, rules.all.abbreviations);
  if (parts.size() <= 1) {
    parts.clear();
    for (const Piece& p : split_list(s)) parts.push_back(p.text);
  }
  for (std::string& p : parts) {
    p = strip_final(std::move(p));
    if (!p.empty()) out.indicators.push_back(std::move(p));
  }
}

}  // namespace protocol

Protocol parse_protocol(const Layout& layout, const Rules& rules, Diagnostics& diags) {
  struct Loaded {
    protocol::ProtocolRules rules;
    Diagnostics diags;  // about the rule files: repeated for every document, as if read for each
  };
  const Loaded& loaded = rules.derived->get<Loaded>("protocol.tsv " + rules.dir.string(), [&] {
    Loaded l;
    l.rules = protocol::load_protocol_rules(rules, l.diags);
    return l;
  });
  diags.insert(diags.end(), loaded.diags.begin(), loaded.diags.end());
  const protocol::ProtocolRules& pr = loaded.rules;
  if (pr.files == 0) {
    Diagnostic d;
    d.file = layout.file;
    d.line = layout.blocks.empty() ? 1 : layout.blocks.front().lines.first;
    d.severity = Severity::error;
    d.code = "protocol.no-rules";
    d.message = "no rules/<lang>/protocol.tsv in " + rules.dir.string() +
                ": the protocol's markers are unknown";
    diags.push_back(std::move(d));
  }
  return ProtocolParser(layout, rules, pr, diags).run();
}

}  // namespace tolk
