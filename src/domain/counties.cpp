// The county table; see counties.h.
#include "counties.h"

#include <array>

namespace casebook {

namespace {

// CDE's county codes: the counties in alphabetical order, 01 to 58.
constexpr std::array<std::string_view, 58> kCounties{
    "Alameda",     "Alpine",          "Amador",        "Butte",           "Calaveras",     "Colusa",
    "Contra Costa", "Del Norte",      "El Dorado",     "Fresno",          "Glenn",         "Humboldt",
    "Imperial",    "Inyo",            "Kern",          "Kings",           "Lake",          "Lassen",
    "Los Angeles", "Madera",          "Marin",         "Mariposa",        "Mendocino",     "Merced",
    "Modoc",       "Mono",            "Monterey",      "Napa",            "Nevada",        "Orange",
    "Placer",      "Plumas",          "Riverside",     "Sacramento",      "San Benito",    "San Bernardino",
    "San Diego",   "San Francisco",   "San Joaquin",   "San Luis Obispo", "San Mateo",     "Santa Barbara",
    "Santa Clara", "Santa Cruz",      "Shasta",        "Sierra",          "Siskiyou",      "Solano",
    "Sonoma",      "Stanislaus",      "Sutter",        "Tehama",          "Trinity",       "Tulare",
    "Tuolumne",    "Ventura",         "Yolo",          "Yuba"};

} // namespace

std::string_view countyOfCode(std::string_view cds)
{
    if (cds.size() < 2 || cds[0] < '0' || cds[0] > '9' || cds[1] < '0' || cds[1] > '9')
        return {};
    const int county = (cds[0] - '0') * 10 + (cds[1] - '0');
    return county >= 1 && county <= 58 ? kCounties[std::size_t(county - 1)] : std::string_view{};
}

} // namespace casebook
