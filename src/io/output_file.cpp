// Whole-file writes; see output_file.h.
#include "output_file.h"

#include <QSaveFile>

namespace casebook::io {

Status writeWholeFile(const std::string &path, const std::string &bytes)
{
    QSaveFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly))
        return Error::badInput(path, "cannot be written: " + file.errorString().toStdString());
    file.write(bytes.data(), qint64(bytes.size()));
    if (!file.commit())
        return Error::badInput(path, "cannot be written: " + file.errorString().toStdString());
    return {};
}

} // namespace casebook::io
