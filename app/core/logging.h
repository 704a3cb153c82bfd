#pragma once

#include <QString>

namespace yc::logging {

// Sends every Qt log message to <directory>/<program>.log (rotated at
// maxBytes, keeping `keep` older files) and to stderr. Messages pass through
// pii::scrub first: an ID or mobile number that slipped into a log call is
// masked before it reaches the disk.
void install(const QString &directory, const QString &program, qint64 maxBytes = 5 * 1024 * 1024,
             int keep = 5);
// Restores Qt's default handler and closes the file.
void uninstall();
QString currentFile();

} // namespace yc::logging
