// A casebook with every kind of record a packet or an export shows, some of it hostile text.
#pragma once

#include "support/sample_data.h"

#include <nlohmann/json.hpp>

#include <functional>

namespace casebook::test {

inline const std::string kScript = "<script>alert(1)</script>";
inline const std::string kEntity = "Fish &amp; Chips &lt;b&gt;";
inline const std::string kRightToLeft = "تقرير الاجتماع — דו\"ח פגישה 📎🎉";

struct FilledCasebook {
    Sample sample;
    Case required;   // a required technical-assistance case with records of every kind
    Case schoolPlan; // a CSI school plan with interventions and monitoring reviews
    std::vector<Attachment> attachments; // of the required case
};

// Fills `db` (empty) with the sample district, two cases and their records. Attachment file names
// include "../../x", "/etc/passwd", "CON", "a:b" and a duplicate name.
FilledCasebook fillCasebook(storage::Database &db);

// Opens (or creates) a casebook; throws when it cannot.
std::unique_ptr<storage::Database> openCasebook(const std::string &path);

// The casebook at `path` exported as interchange JSON (throws when it cannot be).
std::string exportText(const std::string &path);
void writeText(const std::string &path, const std::string &text);

// A hand-made fault in an interchange document and the JSON pointer a refusal must name.
struct DocumentFault {
    const char *what;
    std::function<void(nlohmann::json &)> edit;
    const char *pointer;
};
// Checks that casebook.schema.json refuses `good` with each fault, naming its pointer.
void checkSchemaRefuses(const nlohmann::json &good, const std::vector<DocumentFault> &faults);

// "table: count" of every table, for "nothing changed" checks.
std::string rowCounts(storage::Database &db);

} // namespace casebook::test
