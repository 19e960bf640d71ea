// Benchmark data from a seed; see generator.h. Names, places and text are invented from word lists.
#include "generator.h"

#include "storage/case_store.h"

#include "domain/codes.h"
#include "domain/workflow.h"

#include <array>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>

namespace casebook::io {

namespace {

using namespace storage;

// splitmix64: tiny, fast, and the same sequence everywhere.
class Sequence {
public:
    explicit Sequence(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // 0 .. n-1
    std::int64_t below(std::int64_t n) { return n <= 0 ? 0 : std::int64_t(next() % std::uint64_t(n)); }
    std::int64_t between(std::int64_t lo, std::int64_t hi) { return lo + below(hi - lo + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename A>
    const auto &pick(const A &list) { return list[std::size_t(below(std::int64_t(std::size(list))))]; }

private:
    std::uint64_t m_state;
};

constexpr std::array kFirstNames{"Dana", "Luis", "Priya", "Sam", "Maria", "James", "Mei", "Carlos", "Aisha", "Tom",
                                 "Rosa", "Kevin", "Linh", "Omar", "Grace", "Diego", "Hannah", "Raj", "Elena", "Marcus"};
constexpr std::array kLastNames{"Whitfield", "Ortega", "Natarajan", "Oduya", "Garcia", "Nguyen", "Chen", "Lopez",
                                "Patel", "Johnson", "Kim", "Hernandez", "Okafor", "Silva", "Brooks", "Ramirez"};
constexpr std::array kRoles{"Director of Accountability", "County DA Lead", "LCAP Coordinator", "Principal",
                            "Assistant Superintendent", "Data Coordinator", "Board Member", "Special Education Director",
                            "EL Coordinator", "Fiscal Services Director"};
constexpr std::array kPlaces{"Alder", "Bayview", "Cedar Grove", "Del Monte", "Eastside", "Fairmont", "Granite Hills",
                             "Harbor", "Indian Creek", "Juniper", "King City", "Laguna", "Mission", "North Valley",
                             "Oak Park", "Pleasant Ridge", "Riverbank", "Sierra Vista", "Twin Oaks", "Valley Center"};
constexpr std::array kSchoolKinds{"Elementary", "Middle", "High", "Academy", "K-8", "Continuation High",
                                  "Charter", "Preparatory"};
constexpr std::array kCounties{"Alameda", "Fresno", "Kern", "Los Angeles", "Monterey", "Orange", "Riverside",
                               "Sacramento", "San Bernardino", "San Diego", "San Joaquin", "Santa Clara", "Stanislaus",
                               "Tulare", "Ventura"};
constexpr std::array kOpenings{
    "Met with the district team to review", "Called the LCAP coordinator about", "Emailed the county lead regarding",
    "Site visit to observe", "Video call with the cabinet on", "Sent a letter confirming", "Reviewed with the principal",
    "Working session on"};
constexpr std::array kTopics{
    "the Dashboard results for Students with Disabilities in ELA and mathematics",
    "chronic absenteeism among English Learners and the attendance plan",
    "the root-cause analysis for the suspension rate of African American students",
    "the fiscal expert's scope of work and the timeline for the budget review",
    "the LCAP goals and the increased or improved services actions",
    "data submission timelines and the CALPADS certification calendar",
    "the evidence-based interventions in the school plan and their cost",
    "the needs assessment and resource inequities found at the school",
    "progress monitoring data for the English Learner Progress Indicator",
    "the graduation-rate cohort and credit-recovery options"};
constexpr std::array kOutcomes{
    "Agreed next steps and owners; minutes to follow.", "The district will send the revised draft by the next meeting.",
    "County staff will share two exemplars from similar districts.", "No change to the schedule was needed.",
    "Questions about the survey results remain open.", "The board will hear an update at its next regular meeting.",
    "Action items were added to the shared tracker.", "The team asked for more time to collect site-level data."};
constexpr std::array kFollowUps{"", "", "Send the agenda a week ahead.", "Check the data export before the next call.",
                                "Confirm the fiscal expert's start date.", "Share the revised LCAP goal language."};
constexpr std::array kDocTitles{"Quarterly progress report", "Root-cause analysis", "Revised LCAP goal language",
                                "Attendance improvement plan", "Fiscal review memo", "Data governance checklist",
                                "Board presentation", "Needs assessment summary", "Monitoring report",
                                "Evidence-based practice review"};
constexpr std::array kGroups{"SWD", "EL", "SED", "HOM", "FOS", "AA", "HI", "LTEL"};
constexpr std::array kIndicatorsForGroups{std::pair{"ELA", 4}, std::pair{"MATH", 4}, std::pair{"CHRONIC", 5},
                                          std::pair{"SUSP", 6}, std::pair{"GRAD", 5}};
constexpr std::array kModes{CommunicationMode::Meeting, CommunicationMode::Video, CommunicationMode::Phone,
                            CommunicationMode::Email, CommunicationMode::Email, CommunicationMode::Letter,
                            CommunicationMode::SiteVisit};

// Two picks joined by `separator`. Each pick is its own statement: the order in which the operands
// of one expression are evaluated is unspecified, and the sequence must not depend on the compiler.
template <typename A, typename B>
std::string twoPicks(Sequence &r, const A &first, std::string_view separator, const B &second)
{
    std::string s = r.pick(first);
    s += separator;
    s += r.pick(second);
    return s;
}

std::string person(Sequence &r) { return twoPicks(r, kFirstNames, " ", kLastNames); }
std::string personWithRole(Sequence &r)
{
    std::string s = person(r);
    s += ", ";
    s += r.pick(kRoles);
    return s;
}

std::string summaryText(Sequence &r)
{
    std::string s = twoPicks(r, kOpenings, " ", kTopics);
    s += ". ";
    s += r.pick(kOutcomes);
    if (r.chance(40))
        s += std::string(" ") + r.pick(kOutcomes);
    return s;
}

// Splits `total` over `parts` so the counts add up exactly but vary from part to part.
std::vector<std::int64_t> spread(Sequence &r, std::int64_t total, std::int64_t parts)
{
    std::vector<std::int64_t> out(std::size_t(std::max<std::int64_t>(parts, 0)), parts > 0 ? total / parts : 0);
    for (std::int64_t i = 0; i < total % std::max<std::int64_t>(parts, 1); ++i)
        ++out[std::size_t(i)];
    for (std::size_t i = 0; i + 1 < out.size(); i += 2) {
        const std::int64_t shift = r.below(out[i] / 2 + 1);
        out[i] -= shift;
        out[i + 1] += shift;
    }
    return out;
}

template <typename T>
Result<T> add(Database &db, T record, std::int64_t &count)
{
    auto stored = insert<T>(db, std::move(record));
    if (stored)
        ++count;
    return stored;
}

#define GENERATOR_TRY_ADD(expr)                                                                                        \
    if (auto added = (expr); !added)                                                                                   \
        return added.error();

Case makeCase(Sequence &r, Id districtId, const std::vector<Id> &schools, const Date &today, std::int64_t n)
{
    Case c;
    c.districtId = districtId;
    c.openedOn = today.addDays(-r.between(30, 730));
    c.owner = personWithRole(r);
    const auto kind = r.below(10);
    const bool closed = r.chance(12);
    if (kind < 4) {
        c.kind = CaseKind::TechnicalAssistance;
        c.origin = TaOrigin::Required;
        c.title = "Differentiated assistance " + std::to_string(n) + " — " + twoPicks(r, kGroups, " and ", kGroups);
        c.commSchedule = std::array{CommunicationSchedule::Monthly, CommunicationSchedule::Quarterly,
                                    CommunicationSchedule::Weekly}[std::size_t(r.below(3))];
        c.commScheduleStart = c.openedOn.addDays(r.between(7, 30));
        c.countyContact = personWithRole(r);
        c.status = closed ? CaseStatus::Closed : CaseStatus::Active;
    } else if (kind < 6) {
        c.kind = CaseKind::TechnicalAssistance;
        c.origin = TaOrigin::BoardRequest;
        c.title = "Board request " + std::to_string(n) + ": " + r.pick(kTopics);
        c.status = closed ? CaseStatus::Closed : CaseStatus::Active;
    } else if (kind < 7) {
        c.kind = CaseKind::SpiIntervention;
        c.title = "SPI intervention " + std::to_string(n);
        c.academicAdvisor = personWithRole(r);
        c.status = closed ? CaseStatus::Closed : CaseStatus::Active;
    } else {
        c.kind = CaseKind::SchoolPlan;
        c.schoolId = schools[std::size_t(r.below(std::int64_t(schools.size())))];
        c.title = "School plan " + std::to_string(n) + " (CSI)";
        c.designationYear = c.openedOn.year();
        c.needsAssessment = "Needs assessment: " + std::string(r.pick(kTopics)) + ".";
        c.approvedByDistrictOn = c.openedOn.addDays(r.between(60, 150));
        c.monitoringIntervalMonths = 3;
        c.status = closed ? CaseStatus::Exited : CaseStatus::Monitoring;
        if (closed)
            c.exitedOn = today.addDays(-r.between(0, 20));
    }
    if (closed && c.kind != CaseKind::SchoolPlan)
        c.closedOn = today.addDays(-r.between(0, 20));
    c.notes = "Opened from the " + std::to_string(c.openedOn.year()) + " Dashboard. " + r.pick(kOutcomes);
    return c;
}

Status addCaseRecords(Database &db, Sequence &r, const Case &c, std::int64_t communications,
                      std::int64_t documentation, const Date &today, CasebookGenerated &out)
{
    if (c.kind == CaseKind::TechnicalAssistance) {
        if (c.origin == TaOrigin::Required)
            for (int g = 0; g < 1 + r.below(3); ++g) {
                const auto &[indicator, priority] = r.pick(kIndicatorsForGroups);
                std::int64_t ignored = 0;
                GENERATOR_TRY_ADD(add(db, QualifyingGroup{.caseId = c.id, .studentGroup = r.pick(kGroups),
                                                          .indicator = indicator, .priority = priority}, ignored));
            }
        for (int area = 1; area <= 5; ++area) {
            Activity a;
            a.caseId = c.id;
            a.area = area;
            a.owner = person(r);
            a.dueOn = c.openedOn.addMonths(3 * area + int(r.below(3)));
            a.status = *a.dueOn < today && r.chance(80) ? ActivityStatus::Complete : ActivityStatus::InProgress;
            if (a.status == ActivityStatus::Complete)
                a.evidence = twoPicks(r, kDocTitles, " adopted; ", kOutcomes);
            GENERATOR_TRY_ADD(add(db, a, out.activities));
        }
    }
    const auto span = std::max<std::int64_t>(1, c.openedOn.daysUntil(c.closedOn.value_or(today)));
    for (std::int64_t k = 0; k < communications; ++k) {
        Communication m;
        m.caseId = c.id;
        const auto offset = (k + 1) * span / (communications + 1) + r.between(-3, 3);
        m.occurredOn = c.openedOn.addDays(std::clamp<std::int64_t>(offset, 0, span));
        m.mode = r.pick(kModes);
        m.participants = personWithRole(r);
        m.participants += "; " + personWithRole(r);
        m.summary = summaryText(r);
        m.followUps = r.pick(kFollowUps);
        GENERATOR_TRY_ADD(add(db, m, out.communications));
    }
    for (std::int64_t k = 0; k < documentation; ++k) {
        DocumentationItem d;
        d.caseId = c.id;
        d.title = std::string(r.pick(kDocTitles)) + " " + std::to_string(k + 1);
        d.dueOn = c.openedOn.addMonths(int(3 * (k + 1)));
        if (d.dueOn < today && r.chance(85))
            d.submittedOn = std::max(c.openedOn, d.dueOn.addDays(r.between(-10, 12)));
        d.recipient = personWithRole(r);
        d.activityArea = c.kind == CaseKind::TechnicalAssistance ? int(r.between(0, 5)) : 0;
        GENERATOR_TRY_ADD(add(db, d, out.documentationItems));
    }
    return {};
}

// The packet benchmark's case: open for two years, 500 communications, 50 attachments.
Status addLongCase(Database &db, Sequence &r, Id districtId, const Date &today, CasebookGenerated &out)
{
    Case c;
    c.kind = CaseKind::TechnicalAssistance;
    c.origin = TaOrigin::Required;
    c.districtId = districtId;
    c.title = "Differentiated assistance — two years, full record";
    c.openedOn = today.addYears(-2);
    c.owner = personWithRole(r);
    c.commSchedule = CommunicationSchedule::Weekly;
    c.commScheduleStart = c.openedOn.addDays(7);
    c.countyContact = personWithRole(r);
    c.status = CaseStatus::Active;
    auto stored = add(db, c, out.cases);
    if (!stored)
        return stored.error();
    out.longCaseId = stored->id;
    CASEBOOK_TRY(addCaseRecords(db, r, *stored, 500, 8, today, out));
    auto comms = listWhere<Communication>(db, "case_id", stored->id, "occurred_on");
    if (!comms)
        return comms.error();
    for (int k = 0; k < 50; ++k) {
        // Attachments of 20-200 KB: minutes, sign-in sheets, reports.
        std::vector<unsigned char> bytes(std::size_t(r.between(20'000, 200'000)));
        for (auto &b : bytes)
            b = static_cast<unsigned char>(r.next());
        const auto &owner = (*comms)[std::size_t(k * 10)];
        char name[64];
        std::snprintf(name, sizeof name, "minutes-%s-%02d.pdf", owner.occurredOn.toString().c_str(), k + 1);
        auto a = addAttachment(db, stored->id, AttachmentOwner::Communication, owner.id, name, "application/pdf", bytes);
        if (!a)
            return a.error();
        ++out.attachments;
    }
    return {};
}

} // namespace

CasebookSize CasebookSize::scaled(double scale)
{
    const auto times = [&](std::int64_t n) { return std::max<std::int64_t>(1, std::llround(double(n) * scale)); };
    CasebookSize base;
    return {times(base.cases), times(base.communications), times(base.documentationItems)};
}

Result<CasebookGenerated> generateCasebook(Database &db, const CasebookGeneratorOptions &options)
{
    const auto &size = options.size;
    if (size.cases < 1 || size.communications < 0 || size.documentationItems < 0)
        return Error::badInput("size", "expected at least one case and no negative counts");
    Sequence r(options.seed);
    CasebookGenerated out;
    return inTransaction<CasebookGenerated>(db, [&]() -> Result<CasebookGenerated> {
        // A county office: one district per 50 cases (at least one), ten schools each.
        const std::int64_t districts = std::max<std::int64_t>(1, size.cases / 50);
        std::vector<Id> districtIds;
        std::vector<std::vector<Id>> schoolIds(static_cast<std::size_t>(districts));
        for (std::int64_t d = 0; d < districts; ++d) {
            char cds[8];
            std::snprintf(cds, sizeof cds, "%02d%05d", int(1 + d % 58), int(10000 + d));
            auto district = add(db, District{.cds = cds,
                                             .name = twoPicks(r, kPlaces, " Unified ", std::array{std::to_string(d + 1)}),
                                             .county = r.pick(kCounties)},
                                out.districts);
            if (!district)
                return district.error();
            districtIds.push_back(district->id);
            for (int s = 1; s <= 10; ++s) {
                char school[16];
                std::snprintf(school, sizeof school, "%s%07d", cds, 100000 + s);
                auto stored = add(db, School{.districtId = district->id, .cds = school,
                                             .name = twoPicks(r, kPlaces, " ", kSchoolKinds), .charter = r.chance(8),
                                             .titleI = r.chance(60)},
                                  out.schools);
                if (!stored)
                    return stored.error();
                schoolIds[std::size_t(d)].push_back(stored->id);
            }
        }
        const std::int64_t ordinary = size.cases - (options.longCase ? 1 : 0);
        const auto comms = spread(r, size.communications - (options.longCase ? 500 : 0), std::max<std::int64_t>(ordinary, 1));
        const auto docs = spread(r, size.documentationItems - (options.longCase ? 8 : 0), std::max<std::int64_t>(ordinary, 1));
        for (std::int64_t n = 0; n < ordinary; ++n) {
            const auto d = std::size_t(n % districts);
            auto stored = add(db, makeCase(r, districtIds[d], schoolIds[d], options.today, n + 1), out.cases);
            if (!stored)
                return stored.error();
            CASEBOOK_TRY(addCaseRecords(db, r, *stored, comms[std::size_t(n)], docs[std::size_t(n)], options.today, out));
        }
        if (options.longCase)
            CASEBOOK_TRY(addLongCase(db, r, districtIds.front(), options.today, out));
        return out;
    });
}

namespace {

// One entity of the Dashboard files: the state, a district or a school.
struct Entity {
    std::string cds;
    char rtype;
    std::string schoolName, districtName, countyName;
    bool charter;
    int enrollment;
};

std::string number(double v, int decimals)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

} // namespace

Result<DashboardFilesGenerated> generateDashboardFiles(const std::string &directory,
                                                       const DashboardGeneratorOptions &options)
{
    std::error_code ec;
    std::filesystem::create_directories(directory, ec);
    if (ec)
        return Error::io(directory, "cannot create the folder: " + ec.message());
    Sequence r(options.seed ^ 0xDA5B0A7DULL);
    std::vector<Entity> entities;
    entities.push_back({"00000000000000", 'X', "", "", "", false, 5'800'000});
    const auto districts = std::max<std::int64_t>(1, std::llround(1000 * options.scale));
    for (std::int64_t d = 0; d < districts; ++d) {
        const int county = int(1 + d % 58);
        char code[8];
        std::snprintf(code, sizeof code, "%02d%05d", county, int(10000 + d));
        const std::string name = twoPicks(r, kPlaces, " Unified ", std::array{std::to_string(d + 1)});
        const std::string countyName = r.pick(kCounties);
        entities.push_back({districtLevelCds(code), 'D', "", name, countyName, false,
                            int(r.between(800, 60'000))});
        for (int s = 1; s <= 10; ++s) {
            char school[16];
            std::snprintf(school, sizeof school, "%s%07d", code, 100000 + s);
            entities.push_back({school, 'S', twoPicks(r, kPlaces, " ", kSchoolKinds), name, countyName,
                                r.chance(8), int(r.between(150, 2500))});
        }
    }
    DashboardFilesGenerated out;
    out.sampleDistrictCds = entities[1].cds.substr(0, 7);
    // ELA and Math also report SBA and CAA takers (kept, never used for findings): about 20 groups.
    const std::string header = "cds\trtype\tschoolname\tdistrictname\tcountyname\tcharter_flag\tcoe_flag\tdass_flag\t"
                               "studentgroup\tcurrdenom\tcurrstatus\tpriordenom\tpriorstatus\tchange\tstatuslevel\t"
                               "changelevel\tcolor\tbox\thscutpoints\tflag95pct\tcurrnumer\treportingyear\n";
    std::vector<char> buffer(1 << 20);
    for (const auto &indicator : indicators()) {
        const std::string path =
            (std::filesystem::path(directory) / (std::string(indicator.fileStem) + std::to_string(options.year) + ".txt"))
                .string();
        std::ofstream file;
        file.rdbuf()->pubsetbuf(buffer.data(), std::streamsize(buffer.size()));
        file.open(path, std::ios::binary | std::ios::trunc);
        if (!file)
            return Error::io(path, "cannot write the file");
        file << header;
        std::vector<std::string_view> groups;
        for (const auto &g : studentGroups())
            groups.push_back(g.code);
        if (indicator.indicator == Indicator::ELA || indicator.indicator == Indicator::Math) {
            groups.push_back("SBA");
            groups.push_back("CAA");
        }
        const bool distance = indicator.indicator == Indicator::ELA || indicator.indicator == Indicator::Math;
        std::int64_t rows = 0;
        std::string line;
        for (const auto &e : entities) {
            for (const auto group : groups) {
                const int share = group == "ALL" ? 100 : int(r.between(0, 45));
                const int denom = e.enrollment * share / 100;
                const bool shown = denom >= 11; // CDE suppresses counts under 11
                line.clear();
                line += e.cds;
                line += '\t';
                line += e.rtype;
                line += '\t' + e.schoolName + '\t' + e.districtName + '\t' + e.countyName + '\t';
                line += e.charter ? "Y" : "";
                line += "\t\t\t";
                line += group;
                line += '\t';
                if (!shown) {
                    line += std::to_string(denom) + "\t*\t*\t*\t*\t0\t0\t0\t\t\t\t\t";
                } else {
                    const double status = distance ? double(r.between(-1500, 800)) / 10.0 : double(r.between(0, 600)) / 10.0;
                    const double prior = status + double(r.between(-200, 200)) / 10.0;
                    const int priorDenom = std::max(0, denom + int(r.between(-denom / 10, denom / 10)));
                    const int statusLevel = int(r.between(1, 5)), changeLevel = int(r.between(1, 5));
                    const int color = denom >= 30 ? int(r.between(1, 5)) : 0;
                    line += std::to_string(denom) + '\t' + number(status, 1) + '\t' + std::to_string(priorDenom) + '\t' +
                            number(prior, 1) + '\t' + number(status - prior, 1) + '\t' + std::to_string(statusLevel) +
                            '\t' + std::to_string(changeLevel) + '\t' + std::to_string(color) + '\t' +
                            std::to_string((statusLevel - 1) * 5 + changeLevel) + "\t\t" + (r.chance(3) ? "Y" : "") +
                            '\t' + (distance ? "" : std::to_string(int(double(denom) * status / 100.0))) + '\t';
                }
                line += std::to_string(options.year);
                line += '\n';
                file << line;
                out.bytesTotal += std::int64_t(line.size());
                ++rows;
            }
        }
        file.close();
        if (!file)
            return Error::io(path, "cannot write the file (disk full?)");
        out.paths.push_back(path);
        out.rowsPerFileMax = std::max(out.rowsPerFileMax, rows);
        out.rowsTotal += rows;
    }
    return out;
}

} // namespace casebook::io
