// libxlsxwriter at run time; see xlsx_writer_library.h.
#include "xlsx_writer_library.h"

#include <QString>

#include <dlfcn.h>

#include <string>

namespace casebook::io {

// libxlsxwriter is opened at run time, with RTLD_DEEPBIND, and not linked: it writes its zip
// through the system's minizip, while QuaZip (the packet, the .xlsx reader) exports its own,
// incompatible copy of the same minizip functions. Linked together, libxlsxwriter's zipOpen3() call
// lands in QuaZip's and crashes. DEEPBIND makes libxlsxwriter find its own minizip first. (Sanitizer
// runtimes refuse DEEPBIND; in such a build writing .xlsx reports an error instead of crashing.)
Result<const XlsxWriterLibrary *> xlsxWriterLibrary()
{
    static const Result<const XlsxWriterLibrary *> loaded = []() -> Result<const XlsxWriterLibrary *> {
#if defined(__SANITIZE_ADDRESS__)
        // AddressSanitizer aborts the process on an RTLD_DEEPBIND dlopen; say so instead.
        return Error::internal("writing .xlsx is not available in a sanitizer build (libxlsxwriter is opened with "
                               "RTLD_DEEPBIND, which sanitizer runtimes refuse)");
#endif
        void *library = dlopen("libxlsxwriter.so.4", RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
        if (!library)
            return Error::internal(std::string("writing .xlsx needs libxlsxwriter (Debian package libxlsxwriter4): ") +
                                   dlerror());
        static XlsxWriterLibrary api;
#define CASEBOOK_XLSX_LOAD(name)                                                                   \
    api.name = reinterpret_cast<decltype(api.name)>(dlsym(library, #name));                          \
    if (!api.name)                                                                                 \
        return Error::internal("libxlsxwriter has no " #name);
        CASEBOOK_XLSX_FUNCTIONS(CASEBOOK_XLSX_LOAD)
#undef CASEBOOK_XLSX_LOAD
        return static_cast<const XlsxWriterLibrary *>(&api);
    }();
    return loaded;
}

Result<XlsxOutput> XlsxOutput::open(const std::string &path)
{
    auto loaded = xlsxWriterLibrary();
    if (!loaded)
        return loaded.error();
    auto out = OutputFile::create(path);
    if (!out)
        return out.error();
    lxw_workbook *book = (*loaded)->workbook_new(out->writePath().c_str());
    if (!book)
        return Error::io(path, "cannot be written");
    return XlsxOutput{*loaded, book, std::move(*out), path};
}

Status XlsxOutput::close()
{
    const lxw_error error = x->workbook_close(book);
    book = nullptr;
    if (error != LXW_NO_ERROR)
        return Error::io(path, std::string("cannot be written: ") + x->lxw_strerror(error) +
                                   "; nothing was written and any file of that name is as it was");
    return file.commit();
}

std::string xlsxCellText(const std::string &text)
{
    constexpr qsizetype kMaxCellText = 32767; // Excel's limit for one cell
    QString s = QString::fromUtf8(text.data(), qsizetype(text.size()));
    for (QChar &c : s)
        if ((c.unicode() < 0x20 && c != u'\n' && c != u'\t') || c.unicode() == 0x7f)
            c = QChar(0xFFFD);
    if (s.size() > kMaxCellText)
        s = s.left(kMaxCellText - 1) + QChar(0x2026);
    return s.toStdString();
}

} // namespace casebook::io
