// libxlsxwriter at run time; see xlsx_writer_library.h.
#include "xlsx_writer_library.h"

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

} // namespace casebook::io
