// Casebook's fuzz target bodies; see fuzz_targets.h.
#include "fuzz_targets.h"

#include "io/essa_import.h"
#include "io/interchange.h"
#include "storage/case_store.h"

#include "domain/codes.h"
#include "domain/validation.h"
#include "io/delimited_text.h"

#include <nlohmann/json.hpp>

#include <QByteArray>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include <unistd.h>

namespace casebook::fuzz {

namespace {

namespace fs = std::filesystem;

bool g_throwOnBrokenPromise = false;

[[noreturn]] void broken(const std::string &what) { brokenPromise(what); }

// One scratch casebook per process, with a district and a school the files can name. Each input
// runs inside an outer transaction that is rolled back, so the casebook never grows.
struct Scratch {
    fs::path dir;
    std::unique_ptr<storage::Database> db;

    Scratch()
    {
        const fs::path base = fs::exists("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path();
        dir = base / ("casebook-fuzz-" + std::to_string(::getpid()));
        fs::create_directories(dir);
        auto opened = storage::Database::open((dir / "fuzz.sqlite").string(), storage::Database::OpenMode::CreateIfMissing);
        if (!opened)
            broken("cannot create the scratch casebook: " + opened.error().text());
        db = std::move(*opened);
        if (storage::listAll<District>(*db)->empty()) {
            auto d = storage::insert<District>(*db, District{.cds = "0161119", .name = "Sample Unified",
                                                             .county = "Alameda"});
            if (d)
                (void)storage::insert<School>(*db, School{.districtId = d->id, .cds = "01611190130229",
                                                          .name = "Sample High", .titleI = true});
        }
        auto memory = db->upgradedCopyInMemory();
        if (!memory)
            broken("cannot copy the scratch casebook into memory: " + memory.error().text());
        db = std::move(*memory);
    }
    ~Scratch()
    {
        db.reset();
        std::error_code ec;
        fs::remove_all(dir, ec);
    }

    std::string write(const std::string &name, const std::uint8_t *data, std::size_t size)
    {
        const auto path = (dir / name).string();
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char *>(data), std::streamsize(size));
        return path;
    }

    std::int64_t count(const char *sql) { return std::get<std::int64_t>(*db->connection().scalar(sql)); }
};

Scratch &scratch()
{
    static Scratch s;
    return s;
}

} // namespace

void throwOnBrokenPromise(bool enabled) { g_throwOnBrokenPromise = enabled; }

void brokenPromise(const std::string &what)
{
    if (g_throwOnBrokenPromise)
        throw BrokenPromise(what);
    std::cerr << "fuzz: " << what << "\n";
    std::abort();
}

int dashboardImport(const std::uint8_t *data, std::size_t size)
{
    auto &s = scratch();
    const auto path = s.write("eladownload2024.txt", data, size);
    auto outer = storage::WriteTransaction::begin(*s.db);
    if (!outer)
        broken("cannot begin: " + outer.error().text());
    const auto before = s.count("SELECT count(*) FROM dashboard_results");
    auto report = io::importDashboardFile(*s.db, path);
    const auto after = s.count("SELECT count(*) FROM dashboard_results");
    if (report) {
        if (after != report->rows && report->outcome != io::ImportOutcome::Unchanged)
            broken("the import reported " + std::to_string(report->rows) + " rows but stored " + std::to_string(after));
    } else {
        if (after != before)
            broken("a refused import left " + std::to_string(after - before) + " rows behind");
        if (report.error().message.empty())
            broken("a refused import without a message");
    }
    return 0; // `outer` rolls everything back
}

int essaImport(const std::uint8_t *data, std::size_t size)
{
    auto &s = scratch();
    const auto path = s.write("essaassistance24.csv", data, size);
    auto outer = storage::WriteTransaction::begin(*s.db);
    if (!outer)
        broken("cannot begin: " + outer.error().text());
    const auto before = s.count("SELECT count(*) FROM cases") + s.count("SELECT count(*) FROM essa_assistance");
    io::EssaImportOptions options;
    options.designatedOn = Date(2025, 1, 10);
    auto report = io::importEssaFile(*s.db, path, options);
    const auto after = s.count("SELECT count(*) FROM cases") + s.count("SELECT count(*) FROM essa_assistance");
    if (!report) {
        if (after != before)
            broken("a refused ESSA import changed the casebook");
        if (report.error().message.empty())
            broken("a refused ESSA import without a message");
    }
    return 0;
}

namespace {

FieldMap fieldsOf(const nlohmann::json &object)
{
    FieldMap fields;
    for (const auto &[key, value] : object.items()) {
        if (value.is_string())
            fields[key] = value.get<std::string>();
        else if (value.is_number_integer())
            fields[key] = value.get<std::int64_t>();
        else if (value.is_number_float())
            fields[key] = value.get<double>();
        else if (value.is_null())
            fields[key] = std::monostate{};
        else if (value.is_boolean())
            fields[key] = std::int64_t(value.get<bool>() ? 1 : 0);
    }
    return fields;
}

// A record read from fields writes the same fields back, and reads back equal.
template <typename T>
void roundTrip(const FieldMap &fields)
{
    auto record = fromFields<T>(fields);
    if (!record) {
        if (record.error().message.empty())
            broken("fromFields refused without a message");
        return;
    }
    const FieldMap written = toFields(*record);
    auto again = fromFields<T>(written);
    if (!again)
        broken(std::string(RecordTraits<T>::label) + ": its own fields were refused: " + again.error().text());
    if (toFields(*again) != written)
        broken(std::string(RecordTraits<T>::label) + ": fields changed on a second round trip");
    if constexpr (std::is_same_v<T, Case> || std::is_same_v<T, District>) {
        (void)validate(*record);
    } else if constexpr (std::is_same_v<T, School>) {
        (void)validate(*record, District{.id = 1, .cds = "0161119", .name = "Sample Unified"});
    } else {
        Case parent;
        parent.id = 1;
        parent.districtId = 1;
        parent.title = "Parent";
        parent.openedOn = Date(2025, 1, 15);
        (void)validate(*record, parent);
    }
}

} // namespace

int recordJson(const std::uint8_t *data, std::size_t size)
{
    const auto json = nlohmann::json::parse(data, data + size, nullptr, false);
    if (json.is_discarded() || !json.is_object())
        return 0;
    const FieldMap fields = fieldsOf(json);
    roundTrip<District>(fields);
    roundTrip<School>(fields);
    roundTrip<Case>(fields);
    roundTrip<QualifyingGroup>(fields);
    roundTrip<Activity>(fields);
    roundTrip<Communication>(fields);
    roundTrip<ScheduledContact>(fields);
    roundTrip<DocumentationItem>(fields);
    roundTrip<Partner>(fields);
    roundTrip<CceeRecommendation>(fields);
    roundTrip<SpiAction>(fields);
    roundTrip<Intervention>(fields);
    roundTrip<MonitoringReview>(fields);
    roundTrip<Attachment>(fields);
    return 0;
}

int codesAndDates(const std::uint8_t *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    if (auto d = Date::parse(text)) {
        if (d->toString() != text)
            broken("Date::parse accepted \"" + text + "\" but writes it as " + d->toString());
        (void)d->addMonths(int(size) - 20);
        (void)d->addDays(std::int64_t(size) * 1000);
        (void)d->weekday();
    }
    if (validateDistrictCode(text).ok() && text.size() != 7)
        broken("a district code that is not 7 digits was accepted");
    if (validateSchoolCode(text).ok()) {
        if (text.size() != 14)
            broken("a school code that is not 14 digits was accepted");
        if (!validateDistrictCode(districtPartOf(text)).ok())
            broken("the district part of a valid school code is not a valid district code");
    }
    (void)districtPartOf(text);
    (void)findStudentGroup(text);
    (void)validateStudentGroup(text);
    (void)isNumericallySignificant(text, int(size));
    (void)findIndicator(text);
    (void)io::parseIndicatorCode(text);
    (void)io::indicatorFromFileName(text);
    (void)parseEnum<CaseStatus>(text, "status");
    (void)parseEnum<CommunicationMode>(text, "mode");
    const std::string utf8 = io::toUtf8(text);
    if (!io::isValidUtf8(utf8))
        broken("toUtf8 produced invalid UTF-8");
    if (io::isValidUtf8(text) && utf8 != text)
        broken("toUtf8 changed text that already was UTF-8");
    (void)io::trimBlanks(text);
    return 0;
}

int jsonImport(const std::uint8_t *data, std::size_t size)
{
    // The whole-casebook JSON import (io/interchange.h) inside a transaction that is rolled back:
    // it must accept or refuse with a message, and a refusal must leave nothing behind.
    auto &s = scratch();
    auto outer = storage::WriteTransaction::begin(*s.db);
    if (!outer)
        broken("cannot begin: " + outer.error().text());
    const auto before = s.count("SELECT count(*) FROM audit_log");
    auto summary = io::importCasebook(*s.db, std::string(reinterpret_cast<const char *>(data), size), "fuzz.json");
    const auto after = s.count("SELECT count(*) FROM audit_log");
    if (!summary) {
        if (after != before)
            broken("a refused JSON import left " + std::to_string(after - before) + " audit rows behind");
        if (summary.error().message.empty())
            broken("a refused JSON import without a message");
    }
    return 0; // `outer` rolls back
}

int jsonRoundTrip(const std::uint8_t *data, std::size_t size)
{
    // Casebook's own export of a casebook whose attachment is the input repeated (its first byte picks
    // how often: up to the 25 MiB limit) must pass every check of its own import and give the bytes
    // back; a base64 pattern in the schema, checked by std::regex, once overflowed the stack from ~20 KiB on.
    if (size == 0)
        return 0;
    auto &s = scratch();
    auto outer = storage::WriteTransaction::begin(*s.db);
    if (!outer)
        broken("cannot begin: " + outer.error().text());
    const std::size_t repeat = 1 + std::size_t(data[0]) * std::size_t(data[0]) * 8;
    const std::size_t copies = std::min(repeat, std::size_t(kMaxAttachmentBytes) / size);
    // Allocated once: growing a vector to 25 MiB by copies moved it a dozen times per input.
    std::vector<unsigned char> bytes;
    bytes.reserve(copies * size);
    for (std::size_t i = 0; i < copies; ++i)
        bytes.insert(bytes.end(), data, data + size);
    auto districts = storage::listAll<District>(*s.db);
    if (!districts || districts->empty())
        broken("the scratch casebook has no district");
    Case c;
    c.kind = CaseKind::TechnicalAssistance;
    c.origin = TaOrigin::BoardRequest;
    c.districtId = districts->front().id;
    c.title = "Fuzzed evidence";
    c.openedOn = Date(2025, 3, 1);
    auto created = storage::createCase(*s.db, c);
    if (!created)
        broken("cannot create the case: " + created.error().text());
    auto attached = storage::addAttachment(*s.db, created->id, AttachmentOwner::Case, created->id, "evidence.bin",
                                           "application/octet-stream", bytes);
    if (!attached)
        broken("cannot attach " + std::to_string(bytes.size()) + " bytes: " + attached.error().text());
    auto document = io::exportCasebook(*s.db);
    if (!document)
        broken("cannot export: " + document.error().text());
    const std::string text = io::interchangeText(*document);
    auto parsed = io::parseCasebookDocument(text, "export.json");
    if (!parsed)
        broken("Casebook refuses its own export: " + parsed.error().text());
    for (const auto &a : parsed->at("attachments"))
        if (a.at("id").get<Id>() == attached->id) {
            const auto decoded = QByteArray::fromBase64(QByteArray::fromStdString(a.at("content_base64").get<std::string>()));
            if (std::size_t(decoded.size()) != bytes.size() ||
                !std::equal(bytes.begin(), bytes.end(), reinterpret_cast<const unsigned char *>(decoded.constData())))
                broken("the exported attachment's bytes differ from the stored ones");
            return 0; // `outer` rolls back
        }
    broken("the attachment is missing from the export");
}

Target targetNamed(std::string_view name)
{
    if (name == "dashboard_import") return dashboardImport;
    if (name == "essa_import") return essaImport;
    if (name == "record_json") return recordJson;
    if (name == "codes_and_dates") return codesAndDates;
    if (name == "json_import") return jsonImport;
    if (name == "json_round_trip") return jsonRoundTrip;
    return nullptr;
}

} // namespace casebook::fuzz
