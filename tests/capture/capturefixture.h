#pragma once

#include "crypto/fieldcipher.h"
#include "store/database.h"

#include <memory>
#include <optional>

#include <QImage>
#include <QStringList>
#include <QTemporaryDir>

namespace yc::test {

// A database with the demo catalog and one accepted case whose materials
// can take attachments.
struct CaseFixture
{
    std::shared_ptr<Database> db;
    std::optional<FieldCipher> cipher;
    qint64 caseId = 0;
    QStringList materialCodes;

    bool setUp(const QTemporaryDir &dir);
};

// A synthetic page: white paper with dark text lines on a grey desk,
// turned clockwise by `degrees` about the page centre.
QImage documentOnDesk(QSize canvas, QSize paper, double degrees, bool colour = false);

} // namespace yc::test
