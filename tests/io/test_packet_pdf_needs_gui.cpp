// The io library does not create the program's application object: in a program without a
// QGuiApplication (this test binary has none), typesetting a packet is an Internal error, not a crash.
#include "io/packet_pdf.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>

TEST_CASE("Typesetting a packet without a QGuiApplication is an internal error and creates none")
{
    REQUIRE(QCoreApplication::instance() == nullptr);
    auto pdf = casebook::io::renderPacketPdf(nlohmann::ordered_json::object());
    REQUIRE_FALSE(pdf.ok());
    CHECK(pdf.error().kind == casebook::ErrorKind::Internal);
    CHECK(pdf.error().text().find("needs a QGuiApplication") != std::string::npos);
    CHECK(QCoreApplication::instance() == nullptr);
}
