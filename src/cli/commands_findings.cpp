// Commands about what the Dashboard says: local-indicator (staff-entered facts) and findings.
#include "command.h"

#include "domain/eligibility.h"
#include "io/findings_report.h"
#include "io/paths.h"
#include "services/case_from_findings.h"

#include <nlohmann/json.hpp>


namespace casebook::cli {

namespace {

using Json = nlohmann::ordered_json;

Result<int> yearOption(const Context &ctx, const std::string &name)
{
    const std::string v = ctx.option(name);
    if (v.size() == 4 && std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::stoi(v);
    return Error::badInput(name, "expected a Dashboard year such as 2024, got \"" + v + "\"");
}

int runLocalIndicator(Context &ctx)
{
    const std::string district = ctx.option("--district");
    if (auto s = validateDistrictCode(district, "--district"); !s)
        return ctx.fail(s.error());
    auto year = yearOption(ctx, "--year");
    if (!year)
        return ctx.fail(year.error());
    const bool local = ctx.has("--priority") || ctx.has("--status");
    if (!local && !ctx.has("--calpads-late")) {
        ctx.err << "casebook-cli local-indicator: give --priority and --status, or --calpads-late, or both\n";
        return Usage;
    }
    LocalIndicator li{district, *year, 0, LocalIndicatorStatus::Met};
    if (local) {
        if (!ctx.has("--priority") || !ctx.has("--status")) {
            ctx.err << "casebook-cli local-indicator: --priority and --status go together\n";
            return Usage;
        }
        const std::string p = ctx.option("--priority");
        if (p.size() != 1 || !isLocalIndicatorPriority(p[0] - '0'))
            return ctx.fail(Error::badInput("--priority", "expected 1, 2, 3, 6 or 7 (the local indicators), got \"" + p + "\""));
        li.priority = p[0] - '0';
        auto status = parseEnum<LocalIndicatorStatus>(ctx.option("--status"), "--status");
        if (!status)
            return ctx.fail(status.error());
        li.status = *status;
    }
    std::optional<bool> late;
    if (ctx.has("--calpads-late")) {
        const std::string v = ctx.option("--calpads-late");
        if (v != "yes" && v != "no")
            return ctx.fail(Error::badInput("--calpads-late", "expected yes or no, got \"" + v + "\""));
        late = v == "yes";
    }
    auto db = ctx.openDatabase();
    if (!db)
        return DatabaseError;
    auto done = db->recordLocalData(local ? std::vector<LocalIndicator>{li} : std::vector<LocalIndicator>{},
                                    late ? std::optional<services::CalpadsReport>({district, *year, *late}) : std::nullopt);
    if (!done)
        return ctx.fail(done.error());
    if (local)
        ctx.out << "District " << district << ", " << *year << " Dashboard: Priority " << li.priority << " ("
                << lcffPriorityName(li.priority) << ") local indicator " << enumLabel(li.status) << "\n";
    if (late)
        ctx.out << "District " << district << ", " << *year << " Dashboard: CALPADS data "
                << (*late ? "not submitted on time" : "submitted on time") << "\n";
    return Ok;
}

Json indicatorFindings(const std::vector<GroupIndicatorFinding> &list)
{
    Json out = Json::array();
    for (const auto &f : list)
        out.push_back({{"studentgroup", f.studentGroup}, {"indicator", indicatorInfo(f.indicator).code}, {"text", f.text}});
    return out;
}

Json findingsJson(const EligibilityDetermination &d, const DashboardFindings &f, const std::string &districtName,
                  const std::vector<LocalIndicator> &local, std::optional<bool> calpadsLate,
                  const ReferralFinding &referral)
{
    Json groups = Json::array();
    for (const auto &g : d.groups) {
        Json reasons = Json::array();
        for (const auto &c : g.criteria)
            reasons.push_back(c.reason);
        Json criteria = Json::array();
        for (const auto &c : g.criteria)
            criteria.push_back({{"priority", c.priority}, {"id", c.criterionId}, {"criterion", c.criterion},
                                {"evidence", c.evidence}});
        groups.push_back({{"studentgroup", g.studentGroup},
                          {"name", studentGroupName(g.studentGroup)},
                          {"priorities", g.priorities},
                          {"qualifies", g.qualifies},
                          {"letter", g.letter.empty() ? Json(nullptr) : Json(g.letter)},
                          {"reasons", reasons},
                          {"explanation", g.explanation},
                          {"criteria", criteria}});
    }
    Json localJson = Json::array();
    for (const auto &li : local)
        localJson.push_back({{"priority", li.priority}, {"status", enumCode(li.status)}});
    return {{"version", 1},
            {"district", d.districtCds},
            {"district_name", districtName},
            {"year", d.year},
            {"eligible", d.eligible},
            {"grounds", d.grounds},
            {"groups", groups},
            {"local_indicators", localJson},
            {"local_priorities_not_met_two_years", d.localPriorities},
            {"calpads_late", calpadsLate ? Json(*calpadsLate) : Json(nullptr)},
            {"criteria_source", d.source},
            {"referral_52072",
             {{"decided", referral.decided},
              {"referred", referral.decided ? Json(referral.referred) : Json(nullptr)},
              {"years_met", referral.yearsMet},
              {"years_not_imported", referral.yearsUnknown},
              {"explanation", referral.explanation}}},
            {"low_performing", indicatorFindings(f.lowPerforming)},
            {"disparities", indicatorFindings(f.disparities)},
            {"numerically_significant", indicatorFindings(f.numericallySignificant)}};
}

void printText(Context &ctx, const EligibilityDetermination &d, const DashboardFindings &f, const std::string &name,
               const ReferralFinding &referral)
{
    ctx.out << "District " << d.districtCds << (name.empty() ? "" : " " + name) << ", " << d.year << " Dashboard\n\n"
            << "Differentiated assistance: " << (d.eligible ? "ELIGIBLE" : "not eligible") << "\n";
    for (const auto &g : d.grounds)
        ctx.out << "  - " << g << "\n";
    const auto groups = [&](const char *title, bool qualifying) {
        ctx.out << "\n" << title << ":\n";
        bool any = false;
        for (const auto &g : d.groups)
            if (g.qualifies == qualifying) {
                ctx.out << "  " << g.explanation << (g.letter.empty() ? "" : " [CDE letter " + g.letter + "]") << "\n";
                any = true;
            }
        if (!any)
            ctx.out << "  (none)\n";
    };
    groups("Qualifying student groups (criteria met in two or more priorities)", true);
    groups("Student groups meeting the criteria in one priority only (not qualifying)", false);
    const auto list = [&](const char *title, const std::vector<GroupIndicatorFinding> &items) {
        ctx.out << "\n" << title << ":\n";
        if (items.empty())
            ctx.out << "  (none)\n";
        for (const auto &i : items)
            ctx.out << "  " << i.text << "\n";
    };
    list("Low-performing student groups", f.lowPerforming);
    list(kDisparityPractice.data(), f.disparities); // a literal: NUL-terminated
    ctx.out << "\nCCEE referral: " << referral.explanation << "\n";
    ctx.out << "\nCriteria: " << d.source << "\n";
}

Json groupsJson(const EligibilityDetermination &d)
{
    Json out = Json::array();
    for (const auto &g : d.groups)
        out.push_back({{"studentgroup", g.studentGroup},
                       {"priorities", g.priorities},
                       {"qualifies", g.qualifies},
                       {"letter", g.letter.empty() ? Json(nullptr) : Json(g.letter)},
                       {"explanation", g.explanation}});
    return out;
}

int printCharter(Context &ctx, services::Casebook &db, const std::string &school, int year, const std::string &format)
{
    auto c = db.charterYear(school, year);
    if (!c)
        return ctx.fail(c.error());
    if (format == "json") {
        ctx.out << Json{{"version", 1},
                        {"school", school},
                        {"year", year},
                        {"prior_year", c->priorYear},
                        {"decided", c->decided},
                        {"eligible", c->decided ? Json(c->eligible) : Json(nullptr)},
                        {"explanation", c->explanation},
                        {"groups", groupsJson(c->current)},
                        {"prior_groups", c->prior ? groupsJson(*c->prior) : Json(nullptr)}}
                       .dump(2)
                << "\n";
        return Ok;
    }
    ctx.out << "Charter school " << school << ", " << year << " Dashboard\n\nDifferentiated assistance: "
            << (!c->decided ? "not decided" : c->eligible ? "ELIGIBLE" : "not eligible") << "\n  " << c->explanation
            << "\n";
    const auto list = [&](const EligibilityDetermination &d) {
        ctx.out << "\nStudent groups meeting criteria, " << d.year << " Dashboard:\n";
        if (d.groups.empty())
            ctx.out << "  (none)\n";
        for (const auto &g : d.groups)
            ctx.out << "  " << g.explanation << (g.qualifies ? " (qualifies)" : "") << "\n";
    };
    list(c->current);
    if (c->prior)
        list(*c->prior);
    return Ok;
}

int runFindings(Context &ctx)
{
    const std::string format = ctx.option("--format", "text");
    if (format != "text" && format != "json") {
        ctx.err << "casebook-cli: unknown --format \"" << format << "\"; expected one of text, json\n";
        return Usage;
    }
    if (ctx.has("--school") == ctx.has("--district")) {
        ctx.err << "casebook-cli findings: give --district CDS (7 digits) or --school CDS (a charter school's 14)\n";
        return Usage;
    }
    const bool charter = ctx.has("--school");
    const std::string district = charter ? ctx.option("--school") : ctx.option("--district");
    if (auto s = charter ? validateSchoolCode(district, "--school") : validateDistrictCode(district, "--district"); !s)
        return ctx.fail(s.error());
    auto db = ctx.openDatabase(services::OpenMode::OpenExisting);
    if (!db)
        return DatabaseError;
    const std::string cds = charter ? district : districtLevelCds(district);
    int year = 0;
    if (ctx.has("--year")) {
        auto y = yearOption(ctx, "--year");
        if (!y)
            return ctx.fail(y.error());
        year = *y;
    } else {
        auto years = db->dashboardYears(cds);
        if (!years)
            return ctx.fail(years.error());
        if (years->empty())
            return ctx.fail(Error::notFound("no Dashboard results for district " + district +
                                            "; import CDE's files with casebook-cli import dashboard"));
        year = years->front();
    }
    if (charter)
        return printCharter(ctx, *db, district, year, format);
    auto known = db->districtYear(district, year);
    if (!known)
        return ctx.fail(known.error());
    if (known->results.empty() && known->local.empty() && !known->calpadsLate)
        return ctx.fail(Error::notFound("no Dashboard results or local indicators for district " + district + " in " +
                                        std::to_string(year)));
    const auto findings = findDashboardFindings(year, known->results);
    auto referral = db->referral(district, year);
    if (!referral)
        return ctx.fail(referral.error());
    if (format == "json")
        ctx.out << findingsJson(known->determination, findings, known->name, known->local, known->calpadsLate,
                                *referral)
                       .dump(2)
                << "\n";
    else
        printText(ctx, known->determination, findings, known->name, *referral);
    return Ok;
}

std::string joinNumbers(const std::vector<int> &numbers)
{
    std::string out;
    for (int n : numbers)
        out += (out.empty() ? "" : ", ") + std::to_string(n);
    return out;
}

Json reconciliationJson(const Reconciliation &r, const std::string &name, bool compared)
{
    Json groups = Json::array();
    for (const auto &g : r.groups)
        groups.push_back({{"studentgroup", g.studentGroup},
                          {"casebook_letter", g.casebookLetter.empty() ? Json(nullptr) : Json(g.casebookLetter)},
                          {"cde_letter", g.cdeLetter.empty() ? Json(nullptr) : Json(g.cdeLetter)},
                          {"casebook_priorities", g.casebookPriorities},
                          {"cde_priorities", g.cdePriorities},
                          {"agrees", g.agrees},
                          {"difference", g.difference}});
    return {{"district", r.districtCds},
            {"name", name},
            {"compared", compared},
            {"casebook_eligible", compared ? Json(r.casebookEligible) : Json(nullptr)},
            {"cde_status", r.cdeStatus},
            {"cde_in_assistance", r.cdeInAssistance},
            {"year_in_assistance", r.yearInAssistance ? Json(*r.yearInAssistance) : Json(nullptr)},
            {"status_agrees", compared ? Json(r.statusAgrees) : Json(nullptr)},
            {"agrees", compared ? Json(r.agrees()) : Json(nullptr)},
            {"groups", compared ? groups : Json::array()},
            {"differences", r.differences},
            {"notes", r.notes}};
}

int runReconcile(Context &ctx)
{
    const std::string format = ctx.option("--format", "text");
    if (format != "text" && format != "json") {
        ctx.err << "casebook-cli: unknown --format \"" << format << "\"; expected one of text, json\n";
        return Usage;
    }
    auto year = yearOption(ctx, "--year");
    if (!year)
        return ctx.fail(year.error());
    std::string only;
    if (ctx.has("--district")) {
        only = ctx.option("--district");
        if (auto s = validateDistrictCode(only, "--district"); !s)
            return ctx.fail(s.error());
    }
    auto db = ctx.openDatabase(services::OpenMode::OpenExisting);
    if (!db)
        return DatabaseError;
    auto report = db->reconcile(*year, only.empty() ? std::nullopt : std::optional<std::string>(only));
    if (!report)
        return ctx.fail(report.error());
    Json list = Json::array();
    for (const auto &[r, name, compared] : report->districts) {
        if (format == "json") {
            list.push_back(reconciliationJson(r, name, compared));
            continue;
        }
        ctx.out << "District " << r.districtCds << " " << name << ": "
                << (!compared ? "not compared" : r.agrees() ? "agrees" : std::to_string(r.differences.size()) +
                                                                             (r.differences.size() == 1 ? " difference"
                                                                                                        : " differences"))
                << "\n  CDE: \"" << r.cdeStatus << "\"";
        if (compared)
            ctx.out << "; Casebook: " << (r.casebookEligible ? "eligible" : "not eligible");
        ctx.out << "\n";
        if (compared)
            for (const auto &g : r.groups)
                if (g.agrees)
                    ctx.out << "  " << g.studentGroup << ": " << g.cdeLetter << " (priorities "
                            << joinNumbers(g.cdePriorities) << ") agrees\n";
        for (const auto &d : r.differences)
            ctx.out << "  - " << d << "\n";
        for (const auto &n : r.notes)
            ctx.out << "  Note: " << n << "\n";
    }
    const int agree = report->agree, differ = report->differ, notCompared = report->notCompared;
    if (format == "json") {
        ctx.out << Json{{"version", 1},
                        {"year", *year},
                        {"agree", agree},
                        {"differ", differ},
                        {"not_compared", notCompared},
                        {"districts", list}}
                       .dump(2)
                << "\n";
    } else {
        ctx.out << "\n" << *year << ": " << agree << " of " << (agree + differ) << " compared districts agree with CDE";
        if (notCompared)
            ctx.out << "; " << notCompared << " not compared (no Dashboard results imported)";
        ctx.out << "\n";
    }
    return Ok;
}

// The GUI's "Create required-assistance case…" (services/case_from_findings.h).
int runFromFindings(Context &ctx)
{
    if (!ctx.has("--district") || !ctx.has("--year")) {
        ctx.err << "casebook-cli from-findings: give --district CDS (7 digits) and --year YEAR\n";
        return Usage;
    }
    services::FindingsCaseRequest request;
    request.districtCds = ctx.option("--district");
    if (auto s = validateDistrictCode(request.districtCds, "--district"); !s)
        return ctx.fail(s.error());
    auto year = yearOption(ctx, "--year");
    if (!year)
        return ctx.fail(year.error());
    request.year = *year;
    auto opened = ctx.dateOption("--opened-on"), identified = ctx.dateOption("--identified-on"),
         letter = ctx.dateOption("--letter-on"), start = ctx.dateOption("--schedule-start");
    for (const auto *r : {&opened, &identified, &letter, &start})
        if (!*r)
            return ctx.fail(r->error());
    if (ctx.has("--schedule")) {
        auto schedule = parseEnum<CommunicationSchedule>(ctx.option("--schedule"), "--schedule");
        if (!schedule)
            return ctx.fail(schedule.error());
        request.schedule = *schedule;
    }
    auto db = ctx.openDatabase(services::OpenMode::OpenExisting);
    if (!db)
        return DatabaseError;
    request.openedOn = opened->value_or(io::today());
    request.identifiedOn = *identified;
    request.countyLetterOn = *letter;
    request.scheduleStart = *start;
    request.countyContact = ctx.option("--county-contact");
    request.owner = ctx.option("--owner");
    auto proposal = db->proposeCaseFromFindings(request);
    if (!proposal)
        return ctx.fail(proposal.error());
    auto made = db->openCaseFromFindings(*proposal);
    if (!made)
        return ctx.fail(made.error());
    const Case *created = &made->record;
    ctx.out << "Opened case " << created->id << ": " << created->title << " (" << proposal->districtName << ")\n";
    for (const auto &g : proposal->groups)
        ctx.out << "  qualifying group " << studentGroupName(g.studentGroup) << " \u2014 "
                << (g.indicator.empty() ? std::string("local indicator") : g.indicator) << " (priority " << g.priority
                << ")\n";
    if (!created->identifiedOn)
        ctx.out << "  the identification date is not recorded: the two-year minimum counts from the opening date "
                   "until it is (edit case " << created->id << " identified_on=YYYY-MM-DD)\n";
    return Ok;
}

} // namespace

void addFindingsCommands(std::vector<Command> &commands)
{
    commands.push_back(
        {"local-indicator", "", "Record a district's local indicator (priorities 1, 2, 3, 6, 7) or its CALPADS timeliness.",
         "Local indicators are reported by the district, not in CDE's download files, so staff enter them here;\n"
         "\"Not Met for Two or More Years\" counts toward differentiated assistance from the 2023 Dashboard on\n"
         "(and in 2019). Late CALPADS submission is a ground of its own from the 2024 Dashboard on.",
         {{"--district", "CDS", "The 7-digit county-district code."},
          {"--year", "YEAR", "The Dashboard year."},
          {"--priority", "P", "1, 2, 3, 6 (climate survey) or 7."},
          {"--status", "met|not_met|not_met_two_years", "The local indicator's result."},
          {"--calpads-late", "yes|no", "Whether the district failed to submit CALPADS data on time."}},
         0, 0, runLocalIndicator});
    commands.push_back(
        {"findings", "", "What the Dashboard says about a district: eligibility for differentiated assistance and why.",
         "Applies the differentiated-assistance criteria of the Dashboard year (Ed Code 52064.5; CDE's \"LEA Criteria\n"
         "for Differentiated Assistance\") to the district's imported results, local indicators and CALPADS flag,\n"
         "and lists low-performing groups and disparities. --format json follows schemas/findings.schema.json.",
         {{"--district", "CDS", "The 7-digit county-district code."},
          {"--school", "CDS", "Instead of --district: a charter school's 14-digit code (its own rows, charter_flag Y;\n"
                              "the criteria met on two consecutive Dashboards, from 2023 on)."},
          {"--year", "YEAR", "The Dashboard year (default: the latest imported for the district)."},
          {"--format", "text|json", "Readable text (default) or one JSON object."}},
         0, 0, runFindings});
    commands.push_back(
        {"reconcile", "", "Casebook's determinations beside CDE's official eligibility file, every difference named.",
         "For each district CDE's LCFF District/COE Eligibility File of the year lists (import it with\n"
         "`import eligibility`), computes the determination from the imported Dashboard files, local indicators\n"
         "and CALPADS flag, and compares: the status, and per student group CDE's letter (A-K) and the priorities\n"
         "behind it. A district in its second year of assistance agrees when the Dashboard no longer makes it\n"
         "eligible. Districts without imported Dashboard results are listed as not compared.",
         {{"--year", "YEAR", "The Dashboard year of the eligibility file."},
          {"--district", "CDS", "Only this 7-digit county-district code."},
          {"--format", "text|json", "Readable text (default) or one JSON object."}},
         0, 0, runReconcile});
    commands.push_back(
        {"from-findings", "", "Open the required technical-assistance case the findings call for, with its groups.",
         "The same operation as the GUI's \"Create required-assistance case…\": computes the district's\n"
         "determination for the Dashboard year from the imported results, refuses when the district is not\n"
         "eligible, and writes the case (in its first state, \"Determined\"), its five activities and the\n"
         "student groups that made the district eligible, in one transaction with their audit rows. The\n"
         "two-year minimum runs from --identified-on (Ed Code 52071(c)(1)).",
         {{"--district", "CDS", "The 7-digit county-district code."},
          {"--year", "YEAR", "The Dashboard year of the identification."},
          {"--identified-on", "DATE", "The date of CDE's determination (the identification)."},
          {"--letter-on", "DATE", "The date of the County Superintendent's determination letter."},
          {"--opened-on", "DATE", "The case's opening date (default: today)."},
          {"--schedule", "none|weekly|monthly|quarterly|dates", "The communication schedule (default none)."},
          {"--schedule-start", "DATE", "The first communication date of a weekly, monthly or quarterly schedule."},
          {"--county-contact", "TEXT", "The county office's contact person."},
          {"--owner", "TEXT", "The case's owner."}},
         0, 0, runFromFindings});
}

} // namespace casebook::cli
