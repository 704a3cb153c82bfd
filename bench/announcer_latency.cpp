// How long a call takes to become an announcement on disk: from the start of
// QueueEngine::callNext to the announcer's WAV file being written whole
// (the queue event read back, the text laid out, chime + words twice
// rendered from the clips, the file written and renamed), against the
// call-next operation alone on the same database in the same run (one
// BEGIN IMMEDIATE transaction with synchronous=FULL).
//
//   bench_announcer_latency [--calls 100] [--runs 5]
//
// Everything runs in this process, as inside yichuang-halld: the engine on a
// temporary database, the announcer fed by onChanged(seq) as
// HallServer::changed feeds it. Each call waits for the previous
// announcement to finish, so no queueing is measured.
#include "app/announcer/announcer.h"
#include "app/announcer/announcerconfig.h"
#include "app/announcer/clipspeaker.h"
#include "app/announcer/pcmoutput.h"
#include "benchsupport.h"
#include "queue/queueengine.h"
#include "store/database.h"
#include "store/schema.h"
#include "store/sql.h"

#include <algorithm>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace yc;

namespace {

using namespace yc::bench;

std::shared_ptr<Database> prepare(const QString &path)
{
    auto db = Database::open(path, mainSchema());
    if (!db)
        return nullptr;
    QSqlDatabase c = db.value()->connection();
    const QStringList statements{
        QStringLiteral("INSERT INTO hall (id, code, name, created_at) VALUES (1, 'B', 'bench', "
                       "'2026-01-01T00:00:00.000Z')"),
        QStringLiteral("INSERT INTO hall_window (hall_id, number, name, window_type) VALUES (1, 1, 'w', "
                       "'comprehensive')"),
        QStringLiteral("INSERT INTO hall_window (hall_id, number, name, window_type) VALUES (1, 2, 'w', "
                       "'comprehensive')"),
        QStringLiteral(
            "INSERT INTO business_line (id, hall_id, prefix, name, opens_at, closes_at) VALUES (1, 1, "
            "'A', 'line', '00:00', '23:59')")};
    for (const QString &s : statements)
        if (!sql::run(c, s))
            return nullptr;
    return db.value();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("calls"), QStringLiteral("Calls per run."), QStringLiteral("n"),
                      QStringLiteral("100")});
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("Counted runs."), QStringLiteral("n"), QStringLiteral("5")});
    parser.process(app);
    const int calls = std::max(1, parser.value(QStringLiteral("calls")).toInt());
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    std::vector<double> announced;
    std::vector<double> plain;
    for (int run = 0; run <= runs; ++run) { // run 0 warms up and is not counted
        QTemporaryDir dir;
        auto db = prepare(dir.filePath(QStringLiteral("hall.db")));
        if (!db) {
            out() << "cannot prepare the database" << Qt::endl;
            return 1;
        }
        queue::QueueEngine engine(db);
        announcer::AnnouncerConfig config; // chime, twice: a hall's usual setting
        config.voice = announcer::AnnouncerConfig::Voice::Clips;
        config.output = announcer::AnnouncerConfig::Output::Wav;
        config.wavDir = dir.filePath(QStringLiteral("voice"));
        auto made = announcer::Announcer::create(engine, config);
        if (!made) {
            out() << made.error().message << Qt::endl;
            return 1;
        }
        announcer::Announcer &voice = *made.value();
        int written = 0;
        QObject::connect(&voice.queue(), &announcer::AnnouncementQueue::spoken, &app,
                         [&written](const announcer::Announcement &, bool ok) { written += ok ? 1 : 0; });
        const queue::Actor withVoice{QStringLiteral("1001"), 1, {QStringLiteral("clerk")}};
        const queue::Actor without{QStringLiteral("1002"), 2, {QStringLiteral("clerk")}};
        std::vector<double> a;
        std::vector<double> p;
        for (int i = 0; i < calls; ++i) {
            queue::QueueEngine::IssueRequest issue;
            issue.lineId = 1;
            for (int k = 0; k < 2; ++k)
                if (!engine.issue(issue))
                    return 1;
            QElapsedTimer t;
            t.start();
            auto change = engine.callNext(withVoice);
            if (!change)
                return 1;
            voice.onChanged(change->seq);
            if (!spinUntil([&] { return written == i + 1; })) {
                out() << "announcement " << i << " was not written" << Qt::endl;
                return 1;
            }
            a.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!engine.finish(withVoice, change->ticket.id, {}))
                return 1;
            // The baseline: the same operation, nobody announcing it (the
            // announcer skips its event on the next call).
            t.restart();
            auto bare = engine.callNext(without);
            if (!bare)
                return 1;
            p.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!engine.finish(without, bare->ticket.id, {}))
                return 1;
        }
        if (run > 0) {
            announced.push_back(percentile(a, 0.5));
            plain.push_back(percentile(p, 0.5));
        }
    }
    out() << "calls per run " << calls << ", runs " << runs << ", clips with chime, said twice, WAV output"
          << Qt::endl;
    line(QStringLiteral("announcer_call_to_wav_p50"), percentile(announced, 0.5), QStringLiteral("ms"),
         percentile(plain, 0.5), 2);
    return 0;
}
