#include "samsimulator.h"

#include "idcard/samstatus.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace yc::idcardsim {

using idcard::Command;

namespace {

QString hex4(quint16 code)
{
    return QStringLiteral("%1").arg(code, 4, 16, QLatin1Char('0'));
}

std::optional<quint16> parseCode(const QString &s)
{
    bool ok = false;
    const uint v = s.toUInt(&ok, 16);
    if (!ok || s.size() != 4)
        return std::nullopt;
    return quint16(v);
}

QByteArray appendedAddressBlock(const QString &address)
{
    QByteArray out;
    for (int i = 0; i < 35; ++i) {
        const char16_t u = i < address.size() ? address.at(i).unicode() : u' ';
        out.append(char(u & 0xFF));
        out.append(char(u >> 8));
    }
    return out;
}

} // namespace

void SamSimulator::setCard(std::optional<SimCard> card)
{
    m_card = std::move(card);
    ++m_generation;
}

SamSimulator::Output SamSimulator::feed(const QByteArray &bytes, int lineBaud)
{
    Output out;
    if (m_requiredBaud != 0 && lineBaud != m_requiredBaud) {
        out.events << QStringLiteral("wrong-baud %1").arg(lineBaud);
        return out;
    }
    m_reader.append(bytes);
    for (;;) {
        const auto next = m_reader.next();
        if (next.outcome == idcard::FrameReader::Outcome::NeedMore)
            break;
        if (next.outcome != idcard::FrameReader::Outcome::Frame) {
            out.events << QStringLiteral("bad-frame");
            out.reply += idcard::buildResponse(idcard::sam::kBadChecksum);
            continue;
        }
        const auto command = idcard::parseCommandBody(next.body);
        if (!command) {
            out.reply += idcard::buildResponse(idcard::sam::kBadLength);
            continue;
        }
        const quint16 code = quint16(command->command());
        out.events << QStringLiteral("rx ") + hex4(code);
        if (m_silent > 0) {
            --m_silent;
            continue;
        }
        if (auto swap = m_swapOn.find(code); swap != m_swapOn.end()) {
            setCard(swap.value());
            m_swapOn.erase(swap);
            out.events << QStringLiteral("swapped");
        }
        QByteArray reply;
        if (auto forced = m_forced.find(code); forced != m_forced.end()) {
            reply = idcard::buildResponse(forced->sw3);
            if (--forced->count <= 0)
                m_forced.erase(forced);
        } else {
            reply = answer(command.value());
        }
        out.reply += applyFaults(code, reply);
    }
    return out;
}

QByteArray SamSimulator::answer(const idcard::CommandFrame &command)
{
    using namespace idcard::sam;
    const bool sessionValid = m_card && m_selected == m_generation;
    switch (command.command()) {
    case Command::ResetSam:
    case Command::SamStatus:
        return idcard::buildResponse(kOk);
    case Command::SamId:
        return idcard::buildResponse(kOk, QByteArray::fromHex("0102030405060708090a0b0c0d0e0f10"));
    case Command::FindCard:
        return m_card ? idcard::buildResponse(kCardFound, QByteArray(4, '\0'))
                      : idcard::buildResponse(kFindFailed);
    case Command::SelectCard:
        if (!m_card)
            return idcard::buildResponse(kSelectFailed);
        m_selected = m_generation;
        return idcard::buildResponse(kOk, m_card->serial);
    case Command::ReadBase:
    case Command::ReadBaseWithFingerprint: {
        if (!sessionValid)
            return idcard::buildResponse(kReadFailed);
        const bool fp = command.command() == Command::ReadBaseWithFingerprint;
        return idcard::buildResponse(
            kOk, idcard::joinBaseInfo({idcard::joinCardText(m_card->text), m_card->wlt, QByteArray()}, fp));
    }
    case Command::ReadAppendedAddress:
        if (!sessionValid)
            return idcard::buildResponse(kReadFailed);
        if (m_card->appendedAddress.isEmpty())
            return idcard::buildResponse(kNoContent);
        return idcard::buildResponse(kOk, appendedAddressBlock(m_card->appendedAddress));
    }
    if (command.cmd == 0x61 && command.para == 0xFF)
        return idcard::buildResponse(kOk);
    return idcard::buildResponse(kBadCommand);
}

QByteArray SamSimulator::applyFaults(quint16 code, QByteArray reply)
{
    if (m_badChecksum > 0) {
        --m_badChecksum;
        reply[reply.size() - 1] = char(reply.at(reply.size() - 1) ^ 0x5A);
    }
    if (auto cut = m_truncate.find(code); cut != m_truncate.end()) {
        reply.truncate(cut->first);
        if (--cut->second <= 0)
            m_truncate.erase(cut);
    }
    if (!m_garbage.isEmpty()) {
        reply.prepend(m_garbage);
        m_garbage.clear();
    }
    return reply;
}

QString SamSimulator::control(const QString &line)
{
    const QString trimmed = line.trimmed();
    const qsizetype space = trimmed.indexOf(QLatin1Char(' '));
    const QString verb = space < 0 ? trimmed : trimmed.left(space);
    const QString rest = space < 0 ? QString() : trimmed.mid(space + 1).trimmed();
    const QStringList args = rest.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const auto count = [&args](int i) { return args.size() > i ? args.at(i).toInt() : 1; };
    const auto cardArg = [](const QString &json) -> Result<SimCard> {
        QJsonParseError error{};
        const auto doc = QJsonDocument::fromJson(json.toUtf8(), &error);
        if (!doc.isObject())
            return Error{QStringLiteral("sim.json"), QStringLiteral("card must be a JSON object")};
        return cardFromJson(doc.object());
    };

    if (verb == QLatin1String("card")) {
        auto card = cardArg(rest);
        if (!card)
            return QStringLiteral("error ") + card.error().message;
        setCard(card.value());
        return QStringLiteral("ok card");
    }
    if (verb == QLatin1String("remove")) {
        setCard(std::nullopt);
        return QStringLiteral("ok remove");
    }
    if (verb == QLatin1String("status") && args.size() >= 2) {
        const auto code = parseCode(args.at(0));
        bool ok = false;
        const uint sw3 = args.at(1).toUInt(&ok, 16);
        if (!code || !ok || sw3 > 0xFF)
            return QStringLiteral("error usage: status <cmd hex4> <sw3 hex> [count]");
        m_forced.insert(*code, {quint8(sw3), count(2)});
        return QStringLiteral("ok status");
    }
    if ((verb == QLatin1String("swap-on") || verb == QLatin1String("remove-on")) && !args.isEmpty()) {
        const auto code = parseCode(args.at(0));
        if (!code)
            return QStringLiteral("error usage: swap-on <cmd hex4> <json> | remove-on <cmd hex4>");
        if (verb == QLatin1String("remove-on")) {
            m_swapOn.insert(*code, std::nullopt);
            return QStringLiteral("ok remove-on");
        }
        auto card = cardArg(rest.mid(args.at(0).size()).trimmed());
        if (!card)
            return QStringLiteral("error ") + card.error().message;
        m_swapOn.insert(*code, card.value());
        return QStringLiteral("ok swap-on");
    }
    if (verb == QLatin1String("split") && args.size() == 1) {
        m_split = qMax(0, args.at(0).toInt());
        return QStringLiteral("ok split");
    }
    if (verb == QLatin1String("garbage") && args.size() == 1) {
        m_garbage = QByteArray::fromHex(args.at(0).toLatin1());
        return QStringLiteral("ok garbage");
    }
    if (verb == QLatin1String("bad-checksum")) {
        m_badChecksum = count(0);
        return QStringLiteral("ok bad-checksum");
    }
    if (verb == QLatin1String("truncate") && args.size() >= 2) {
        const auto code = parseCode(args.at(0));
        if (!code)
            return QStringLiteral("error usage: truncate <cmd hex4> <bytes> [count]");
        m_truncate.insert(*code, {qMax(0, args.at(1).toInt()), count(2)});
        return QStringLiteral("ok truncate");
    }
    if (verb == QLatin1String("silent")) {
        m_silent = count(0);
        return QStringLiteral("ok silent");
    }
    if (verb == QLatin1String("baud") && args.size() == 1) {
        m_requiredBaud = args.at(0).toInt();
        return QStringLiteral("ok baud");
    }
    if (verb == QLatin1String("quit")) {
        m_quit = true;
        return QStringLiteral("ok quit");
    }
    return QStringLiteral("error unknown command: ") + verb;
}

} // namespace yc::idcardsim
