// Helpers shared by the service tests (test_services.cpp, test_service_operations.cpp): a new casebook,
// everything a user could see of its records as one comparable text, its audit row count, and a casebook
// holding the sample district with one board-requested case.
#pragma once

#include "services/casebook.h"

#include "support/sample_data.h"
#include "support/temp_dir.h"
#include "support/test_engine.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>

#include <filesystem>
#include <memory>
#include <string>

namespace casebook::test {

inline const std::filesystem::path kDashboardFixtures = CASEBOOK_FIXTURE_DIR "/dashboard";

inline std::unique_ptr<services::Casebook> newCasebook(const TempDir &dir, const std::string &name = "c.sqlite")
{
    auto c = services::Casebook::open(newCasebookLocation(dir, name), services::OpenMode::CreateNew);
    REQUIRE(c.ok());
    return std::move(*c);
}

// Everything a user could see of the casebook's records, as one comparable text: every record of
// every type with all its fields (the audit trail, which only grows, is left out).
inline std::string snapshot(services::Casebook &c)
{
    std::string out;
    const auto all = [&](auto tag) {
        using T = decltype(tag);
        auto records = c.listAll<T>();
        REQUIRE(records.ok());
        for (const auto &r : *records) {
            out += std::string(RecordTraits<T>::table) + " " + std::to_string(r.id) + ":";
            for (const auto &[name, value] : toFields(r))
                out += " " + name + "=" + fieldValueText(value);
            out += "\n";
        }
    };
#define CASEBOOK_SNAPSHOT(T) all(T{});
    CASEBOOK_FOR_EACH_RECORD(CASEBOOK_SNAPSHOT)
#undef CASEBOOK_SNAPSHOT
    return out;
}

inline std::int64_t auditRows(services::Casebook &c)
{
    auto counts = c.recordCounts();
    REQUIRE(counts.ok());
    for (const auto &[table, n] : *counts)
        if (table == "audit_log")
            return n;
    FAIL("no audit_log count");
    return 0;
}

inline std::string sha256Of(const std::string &bytes)
{
    return QCryptographicHash::hash(QByteArray::fromStdString(bytes), QCryptographicHash::Sha256).toHex().toStdString();
}

// A new casebook holding the sample district and one board-requested technical-assistance case.
struct WithCase {
    TempDir dir;
    std::unique_ptr<services::Casebook> c = newCasebook(dir);
    Id caseId = 0;
    WithCase()
    {
        const auto sample = insertSampleDistrict(c->database());
        auto made = c->add<Case>(boardRequestCase(sample.district.id));
        REQUIRE(made.ok());
        caseId = made->record.id;
    }
};

} // namespace casebook::test
