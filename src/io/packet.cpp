// Writing the packet zip; see packet.h.
#include "packet.h"

#include "json_schema.h"
#include "output_file.h"
#include "packet_pdf.h"
#include "safe_file_name.h"

#include "storage/case_bundle.h"
#include "storage/case_store.h"
#include "storage/casebook_check.h"
#include "storage/deadline_store.h"
#include "storage/transfer.h"

#include <algorithm>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace casebook::io {

namespace {


// Whether deflating a file is worth its time: attachments are mostly PDFs, images and Office files,
// already compressed, where deflate spends ~25 instructions a byte to save nothing. Judged from its
// first 64 KiB, deflated fast.
bool compressesWell(const QByteArray &bytes)
{
    const QByteArray sample = bytes.left(64 * 1024);
    return sample.size() < 256 || qCompress(sample, 1).size() < sample.size() * 9 / 10;
}

// Writes the entries to `path` by the rule of output_file.h: a failed or killed export leaves no half
// zip and no temporary file, and the old file is replaced in one step.
Status writeZip(const std::string &path, const std::vector<ZipEntry> &entries)
{
    auto out = OutputFile::create(path);
    if (!out)
        return out.error();
    {
        QuaZip zip(QString::fromStdString(out->writePath()));
        if (!zip.open(QuaZip::mdCreate))
            return Error::io(path, "cannot be written (zip error " + std::to_string(zip.getZipError()) + ")");
        zip.setUtf8Enabled(true);
        for (const auto &e : entries) {
            QuaZipFile file(&zip);
            QuaZipNewInfo info(QString::fromStdString(e.name));
            info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                QFileDevice::ReadOther);
            const bool deflate = compressesWell(e.bytes); // else stored as it is
            if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, deflate ? Z_DEFLATED : 0,
                           deflate ? Z_DEFAULT_COMPRESSION : 0) ||
                file.write(e.bytes) != e.bytes.size()) {
                zip.close();
                return Error::io(path, "cannot be written: " + e.name + " failed (is the disk full?); nothing "
                                       "was written and any file of that name is as it was");
            }
            file.close();
        }
        zip.close();
        if (zip.getZipError() != 0)
            return Error::io(path, "cannot be written (zip error " + std::to_string(zip.getZipError()) +
                                       "); nothing was written and any file of that name is as it was");
    }
    return out->commit();
}

QByteArray bytesOf(const std::vector<unsigned char> &v)
{
    return QByteArray(reinterpret_cast<const char *>(v.data()), qsizetype(v.size()));
}

} // namespace

std::string lastPacketSettingKey(Id caseId) { return "packet.last_export.case." + std::to_string(caseId); }

Result<PacketPeriod> defaultPacketPeriod(storage::Database &db, const Case &c, const PacketRequest &request)
{
    PacketPeriod p{c.openedOn, request.to.value_or(request.today), "whole_case"};
    if (request.from) {
        p.from = *request.from;
        p.basis = "given";
        return p;
    }
    auto last = storage::readSetting(db, lastPacketSettingKey(c.id));
    if (!last)
        return last.error();
    if (*last) {
        const auto recorded = nlohmann::json::parse(**last, nullptr, false);
        std::optional<Date> lastFrom, lastTo;
        if (recorded.is_object() && recorded.value("from", nlohmann::json()).is_string() &&
            recorded.value("to", nlohmann::json()).is_string()) {
            auto f = Date::parse(recorded["from"].get<std::string>());
            auto t = Date::parse(recorded["to"].get<std::string>());
            if (f && t) {
                lastFrom = *f;
                lastTo = *t;
            }
        }
        if (lastTo && lastTo->addDays(1) <= p.to) {
            p.from = lastTo->addDays(1);
            p.basis = "since_last_packet";
        } else if (lastTo && !request.to) {
            // Nothing new since the last packet (made today): the same period again.
            p.from = *lastFrom;
            p.to = *lastTo;
            p.basis = "last_packet_again";
        }
    }
    return p;
}

Result<PreparedPacket> preparePacket(storage::Database &db, const PacketRequest &request)
{
    auto bundle = storage::loadCaseBundle(db, request.caseId);
    if (!bundle)
        return bundle.error();
    auto period = defaultPacketPeriod(db, bundle->caseRecord, request);
    if (!period)
        return period.error();
    if (period->to < period->from)
        return Error::badInput("--from", "the period starts (" + period->from.toString() + ") after it ends (" +
                                             period->to.toString() + ")");
    auto calendar = storage::loadCalendarSettings(db);
    if (!calendar)
        return calendar.error();

    PacketInput input;
    input.bundle = recordsInPeriod(*bundle, *period);
    input.period = *period;
    input.preparedBy = request.preparedBy;
    input.preparedOn = request.today;
    input.generator = request.generator;
    input.deadlines = upcomingDeadlines(*bundle, *calendar, request.today);

    UniqueFileNames names;
    std::vector<ZipEntry> attachmentEntries;
    for (const auto &a : input.bundle.attachments) {
        auto content = attachmentContent(db, a.id);
        if (!content)
            return content.error();
        // The index vouches for each attachment's SHA-256: bytes that no longer match it are refused.
        if (const auto problems = storage::checkAttachmentBytes(a, *content); !problems.empty())
            return Error::database(problems.front().where + ": " + problems.front().what +
                                   "; the packet was not written (`casebook-cli check` lists every problem)");
        const std::string path = "attachments/" + names.add(std::to_string(a.id) + "-" + safeFileName(a.fileName));
        input.attachments.push_back({a, path});
        attachmentEntries.push_back({path, bytesOf(*content)});
    }

    const nlohmann::ordered_json content = packetContent(input);
    // The data is checked against its published schema before anything is written.
    CASEBOOK_TRY(validateAgainstSchema(nlohmann::json::parse(content.dump()), kPacketSchema, "packet.json"));
    auto pdf = renderPacketPdf(content);
    if (!pdf)
        return pdf.error();

    PreparedPacket packet;
    packet.period = *period;
    packet.pages = pdf->pages;
    packet.entries.push_back({"packet.pdf", pdf->bytes});
    const std::string json = content.dump(2) + "\n";
    packet.entries.push_back({"packet.json", QByteArray(json.data(), qsizetype(json.size()))});
    for (auto &e : attachmentEntries)
        packet.entries.push_back(std::move(e));
    return packet;
}

Result<PacketReport> writePacket(storage::Database &db, const PacketRequest &request, const PreparedPacket &packet)
{
    CASEBOOK_TRY(writeZip(request.outPath, packet.entries));
    const nlohmann::json record{{"from", packet.period.from.toString()},
                                {"to", packet.period.to.toString()},
                                {"prepared_on", request.today.toString()}};
    PacketReport report{packet.period, packet.pages, {}, {}};
    if (auto recorded = storage::writeSetting(db, lastPacketSettingKey(request.caseId), record.dump(), request.caseId);
        !recorded)
        report.notRecorded = request.outPath + " was written, but it could not be recorded as the case's last packet, "
                                               "so the next packet's period starts where this one did: " +
                             recorded.error().text();
    for (const auto &e : packet.entries)
        report.files.push_back(e.name);
    return report;
}

std::string packetFileName(const std::string &districtName, const PacketPeriod &period, const std::string &extension)
{
    std::string district = districtName;
    std::replace(district.begin(), district.end(), '/', '-');
    std::replace(district.begin(), district.end(), '\\', '-');
    const std::string dash = "\u2013"; // an en dash, as between the dates of a period
    return safeFileName("Casebook packet " + dash + " " + (district.empty() ? "district" : district) + " " + dash + " " +
                        period.from.toString() + dash + period.to.toString() + "." + extension);
}

Result<PacketReport> exportPacket(storage::Database &db, const PacketRequest &request)
{
    auto packet = preparePacket(db, request);
    if (!packet)
        return packet.error();
    return writePacket(db, request, *packet);
}

} // namespace casebook::io
