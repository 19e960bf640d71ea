#include "sample_data.h"

#include <stdexcept>

namespace casebook::test {

Date date(const std::string &iso)
{
    auto d = Date::parse(iso);
    if (!d)
        throw std::runtime_error(d.error().text());
    return *d;
}

Sample insertSampleDistrict(storage::Database &db)
{
    District d{.cds = "0161119", .name = "Sample Unified", .county = "Alameda"};
    auto district = storage::insert<District>(db, d);
    if (!district)
        throw std::runtime_error(district.error().text());
    School s{.districtId = district->id, .cds = "01611190130229", .name = "Sample High", .titleI = true};
    auto school = storage::insert<School>(db, s);
    if (!school)
        throw std::runtime_error(school.error().text());
    return {*district, *school};
}

Case requiredCase(Id districtId, const std::string &determinedOn)
{
    Case c;
    c.kind = CaseKind::TechnicalAssistance;
    c.origin = TaOrigin::Required;
    c.districtId = districtId;
    c.title = "Differentiated assistance 2024 Dashboard";
    c.openedOn = date(determinedOn);
    c.owner = "Director of Accountability";
    c.commSchedule = CommunicationSchedule::Quarterly;
    c.commScheduleStart = date(determinedOn).addMonths(1);
    return c;
}

Case boardRequestCase(Id districtId, const std::string &requestedOn)
{
    Case c;
    c.kind = CaseKind::TechnicalAssistance;
    c.origin = TaOrigin::BoardRequest;
    c.districtId = districtId;
    c.title = "Board request: LCAP data review";
    c.openedOn = date(requestedOn);
    return c;
}

Case spiCase(Id districtId, const std::string &identifiedOn)
{
    Case c;
    c.kind = CaseKind::SpiIntervention;
    c.districtId = districtId;
    c.title = "SPI intervention";
    c.openedOn = date(identifiedOn);
    c.academicAdvisor = "Dr. A. Advisor";
    return c;
}

Case schoolPlanCase(Id districtId, Id schoolId, const std::string &designatedOn)
{
    Case c;
    c.kind = CaseKind::SchoolPlan;
    c.districtId = districtId;
    c.schoolId = schoolId;
    c.title = "CSI plan, Sample High";
    c.openedOn = date(designatedOn);
    c.designation = Designation::CSI;
    c.designationYear = 2023;
    return c;
}

} // namespace casebook::test
